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
} from "./chunk-E2VFUGP7.js";
import "./chunk-IUBNFFXB.js";
import "./chunk-VJYNFM5C.js";
import "./chunk-QNWSZNGF.js";
import "./chunk-YLFZVSI4.js";
import "./chunk-6ROBQZ6W.js";
import "./chunk-A3TNSP7U.js";
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
