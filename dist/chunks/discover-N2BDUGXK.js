import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  BENCHMARK_FILE,
  checkBenchmarkFiles,
  discoverBenchmarkFiles,
  relativeTo
} from "./chunk-55BDL67P.js";
import "./chunk-WQC4CHKN.js";
import "./chunk-35VAMBZN.js";
export {
  BENCHMARK_FILE,
  checkBenchmarkFiles,
  discoverBenchmarkFiles,
  relativeTo
};
