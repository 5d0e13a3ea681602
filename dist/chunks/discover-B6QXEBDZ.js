import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  BENCHMARK_FILE,
  checkBenchmarkFiles,
  discoverBenchmarkFiles,
  relativeTo
} from "./chunk-VJYNFM5C.js";
import "./chunk-A3TNSP7U.js";
import "./chunk-35VAMBZN.js";
export {
  BENCHMARK_FILE,
  checkBenchmarkFiles,
  discoverBenchmarkFiles,
  relativeTo
};
