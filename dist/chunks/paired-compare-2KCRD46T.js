import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  compareInterleaved,
  comparePaired,
  pairedLogRatios,
  pairingProblems
} from "./chunk-2JF3JQYG.js";
import "./chunk-XBOTGVGR.js";
import "./chunk-RPZOKY5D.js";
import "./chunk-4OGZUK54.js";
import "./chunk-PS3TK6NZ.js";
import "./chunk-6276UR5Y.js";
import "./chunk-YVCKGH6B.js";
import "./chunk-J3CZYFUD.js";
import "./chunk-ZDWY5RTS.js";
import "./chunk-7YACBLEX.js";
import "./chunk-WQC4CHKN.js";
import "./chunk-35VAMBZN.js";
export {
  compareInterleaved,
  comparePaired,
  pairedLogRatios,
  pairingProblems
};
