import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  SideFailedError,
  interleavedNotes,
  measureTrees,
  runInterleaved,
  samplingSettings
} from "./chunk-VUSI6CVD.js";
import {
  AB_DEFAULTS
} from "./chunk-3J6VE4A2.js";
import "./chunk-XBOTGVGR.js";
import "./chunk-PS3TK6NZ.js";
import "./chunk-T3JLG3ZN.js";
import "./chunk-P4TMX5AB.js";
import "./chunk-E2VFUGP7.js";
import "./chunk-IUBNFFXB.js";
import "./chunk-VJYNFM5C.js";
import "./chunk-QNWSZNGF.js";
import "./chunk-YLFZVSI4.js";
import "./chunk-ZDWY5RTS.js";
import "./chunk-6ROBQZ6W.js";
import "./chunk-A3TNSP7U.js";
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
