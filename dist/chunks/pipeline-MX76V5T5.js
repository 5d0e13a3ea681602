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
} from "./chunk-FLBHTGIL.js";
import "./chunk-64NJG7VW.js";
import "./chunk-4FJMC4UT.js";
import "./chunk-P2KB2XTB.js";
import "./chunk-IJ5FDZGS.js";
import "./chunk-BKZE4V4I.js";
import "./chunk-A7UEXHXZ.js";
import "./chunk-FBGYDLHF.js";
import "./chunk-S6DX54RV.js";
import "./chunk-GDSMRSPO.js";
import "./chunk-PFIZFXOY.js";
import "./chunk-T3JLG3ZN.js";
import "./chunk-P4TMX5AB.js";
import "./chunk-H7FUGREM.js";
import "./chunk-Y6W2A5IZ.js";
import "./chunk-J3CZYFUD.js";
import "./chunk-ZDWY5RTS.js";
import "./chunk-7YACBLEX.js";
import "./chunk-Y6AZWZSZ.js";
import "./chunk-A3TNSP7U.js";
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
