import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  DEFAULT_SUITE,
  MAX_RESULTS_FILE_BYTES,
  TOOL_FORMATS,
  parseResults,
  readResultsFile,
  serializeResults,
  writeResultsFile
} from "./chunk-D4TPAHM6.js";
import "./chunk-6AURYK43.js";
import "./chunk-T3JLG3ZN.js";
import "./chunk-P4TMX5AB.js";
import "./chunk-H7FUGREM.js";
import "./chunk-Y6W2A5IZ.js";
import "./chunk-WQC4CHKN.js";
import "./chunk-B57NQ3GO.js";
import "./chunk-35VAMBZN.js";
export {
  DEFAULT_SUITE,
  MAX_RESULTS_FILE_BYTES,
  TOOL_FORMATS,
  parseResults,
  readResultsFile,
  serializeResults,
  writeResultsFile
};
