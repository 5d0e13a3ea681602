import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  SideFailedError,
  interleavedNotes,
  measureTrees,
  runInterleaved,
  samplingSettings
} from "./chunk-WASCZUJT.js";
import {
  AB_DEFAULTS
} from "./chunk-3J6VE4A2.js";
import "./chunk-XBOTGVGR.js";
import "./chunk-PS3TK6NZ.js";
import "./chunk-T3JLG3ZN.js";
import "./chunk-P4TMX5AB.js";
import "./chunk-NL2PSIOX.js";
import "./chunk-F6PKTPLN.js";
import "./chunk-55BDL67P.js";
import "./chunk-YSAKSZ46.js";
import "./chunk-YLFZVSI4.js";
import "./chunk-ZDWY5RTS.js";
import "./chunk-F6NHEW6R.js";
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
