import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  compareInterleaved,
  comparePaired,
  pairedLogRatios
} from "./chunk-BI54WHMP.js";
import "./chunk-XQH2P4RH.js";
import "./chunk-XBOTGVGR.js";
import "./chunk-PS3TK6NZ.js";
import "./chunk-ZDWY5RTS.js";
import "./chunk-RF3GPAF3.js";
import "./chunk-A3TNSP7U.js";
import "./chunk-35VAMBZN.js";
export {
  compareInterleaved,
  comparePaired,
  pairedLogRatios
};
