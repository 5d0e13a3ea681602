import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  BATCH_INSTRUCTIONS,
  LOAD_LIMIT_MS,
  blame,
  childEntry,
  crashMessage,
  duration,
  runMicroSuite,
  sourceArgs
} from "./chunk-NL2PSIOX.js";
import "./chunk-F6PKTPLN.js";
import "./chunk-55BDL67P.js";
import "./chunk-YSAKSZ46.js";
import "./chunk-YLFZVSI4.js";
import "./chunk-F6NHEW6R.js";
import "./chunk-WQC4CHKN.js";
import "./chunk-35VAMBZN.js";
export {
  BATCH_INSTRUCTIONS,
  LOAD_LIMIT_MS,
  blame,
  childEntry,
  crashMessage,
  duration,
  runMicroSuite,
  sourceArgs
};
