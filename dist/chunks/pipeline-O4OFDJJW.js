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
} from "./chunk-47KGHI5R.js";
import "./chunk-7Q63OILY.js";
import "./chunk-NECEHW2K.js";
import "./chunk-EOCZADK4.js";
import "./chunk-ATMPQGPB.js";
import "./chunk-BKZE4V4I.js";
import "./chunk-6276UR5Y.js";
import "./chunk-35DZHO55.js";
import "./chunk-SZJA2XLE.js";
import "./chunk-YVCKGH6B.js";
import "./chunk-S6DX54RV.js";
import "./chunk-D4TPAHM6.js";
import "./chunk-6AURYK43.js";
import "./chunk-T3JLG3ZN.js";
import "./chunk-P4TMX5AB.js";
import "./chunk-H7FUGREM.js";
import "./chunk-Y6W2A5IZ.js";
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
