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
} from "./chunk-M52ZIWB2.js";
import "./chunk-7HRADWV7.js";
import "./chunk-YFLZ372B.js";
import "./chunk-QNWSZNGF.js";
import "./chunk-YLFZVSI4.js";
import "./chunk-6ROBQZ6W.js";
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
