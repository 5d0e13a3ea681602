import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  SideFailedError,
  interleavedNotes,
  measureTrees,
  runInterleaved,
  samplingSettings
} from "./chunk-O42XWX2B.js";
import {
  AB_DEFAULTS
} from "./chunk-3J6VE4A2.js";
import "./chunk-XBOTGVGR.js";
import "./chunk-PS3TK6NZ.js";
import "./chunk-T3JLG3ZN.js";
import "./chunk-P4TMX5AB.js";
import "./chunk-M52ZIWB2.js";
import "./chunk-7HRADWV7.js";
import "./chunk-YFLZ372B.js";
import "./chunk-QNWSZNGF.js";
import "./chunk-YLFZVSI4.js";
import "./chunk-ZDWY5RTS.js";
import "./chunk-6ROBQZ6W.js";
import "./chunk-WQC4CHKN.js";
import "./chunk-B57NQ3GO.js";
import "./chunk-35VAMBZN.js";
export {
  AB_DEFAULTS,
  SideFailedError,
  interleavedNotes,
  measureTrees,
  runInterleaved,
  samplingSettings
};
