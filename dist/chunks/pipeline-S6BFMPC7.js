import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  HISTORY_RUNS,
  RECENT_CHANGE_RUNS,
  compareRuns,
  loadBaseline,
  measure,
  recentHistoryNotes,
  renderReport,
  writeDashboard
} from "./chunk-LSQVKTWE.js";
import "./chunk-32OFYQXO.js";
import "./chunk-RPZOKY5D.js";
import "./chunk-4OGZUK54.js";
import "./chunk-7R5O4J34.js";
import "./chunk-BKZE4V4I.js";
import "./chunk-6276UR5Y.js";
import "./chunk-UAMIT3OO.js";
import "./chunk-T3JLG3ZN.js";
import "./chunk-P4TMX5AB.js";
import "./chunk-KKTEDBXK.js";
import "./chunk-YVCKGH6B.js";
import "./chunk-O2MIHHEZ.js";
import "./chunk-GB4UPQNG.js";
import "./chunk-J3CZYFUD.js";
import "./chunk-ZDWY5RTS.js";
import "./chunk-7YACBLEX.js";
import "./chunk-UAHUT6WC.js";
import "./chunk-WQC4CHKN.js";
import "./chunk-B57NQ3GO.js";
import "./chunk-35VAMBZN.js";
export {
  HISTORY_RUNS,
  RECENT_CHANGE_RUNS,
  compareRuns,
  loadBaseline,
  measure,
  recentHistoryNotes,
  renderReport,
  writeDashboard
};
