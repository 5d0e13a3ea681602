import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  DEFAULT_SUITE,
  MAX_RESULTS_FILE_BYTES,
  readProblem,
  readResultsFile,
  readResultsText,
  serializeResults,
  writeResultsFile
} from "./chunk-JCCVQM4K.js";
import {
  TOOL_FORMATS
} from "./chunk-MWBVEDBA.js";
import "./chunk-4RP5KYJS.js";
import "./chunk-T3JLG3ZN.js";
import "./chunk-P4TMX5AB.js";
import "./chunk-H7FUGREM.js";
import "./chunk-THQGDHP6.js";
import "./chunk-WQC4CHKN.js";
import "./chunk-35VAMBZN.js";
export {
  DEFAULT_SUITE,
  MAX_RESULTS_FILE_BYTES,
  TOOL_FORMATS,
  readProblem,
  readResultsFile,
  readResultsText,
  serializeResults,
  writeResultsFile
};
