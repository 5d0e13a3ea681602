import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  SCENARIO_FILE,
  SCENARIO_FILE_TEXT,
  discoverScenarioFiles,
  findFiles
} from "./chunk-F5CW32DU.js";
import "./chunk-35VAMBZN.js";
export {
  SCENARIO_FILE,
  SCENARIO_FILE_TEXT,
  discoverScenarioFiles,
  findFiles
};
