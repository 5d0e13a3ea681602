import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  compareInterleaved,
  comparePaired,
  markedAsPaired,
  pairedLogRatios,
  pairingProblems
} from "./chunk-YNZXVR6U.js";
import "./chunk-G24S2XKU.js";
import "./chunk-XBOTGVGR.js";
import "./chunk-PS3TK6NZ.js";
import "./chunk-6276UR5Y.js";
import "./chunk-6BO3VCDY.js";
import "./chunk-ZDWY5RTS.js";
import "./chunk-7YACBLEX.js";
import "./chunk-WQC4CHKN.js";
import "./chunk-35VAMBZN.js";
export {
  compareInterleaved,
  comparePaired,
  markedAsPaired,
  pairedLogRatios,
  pairingProblems
};
