import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  CHANGE_POINT_MIN_SEGMENT,
  CHANGE_POINT_P_VALUE,
  CHANGE_POINT_WINDOW,
  detectChangePoints
} from "./chunk-OEIXNZBG.js";
import "./chunk-7YACBLEX.js";
import "./chunk-35VAMBZN.js";

// src/report/dashboard/change-points.ts
var CHANGE_POINT_METHOD = `E-divisive means over the run medians, in windows of ${CHANGE_POINT_WINDOW} runs, permutation test at p < ${CHANGE_POINT_P_VALUE}, at least ${CHANGE_POINT_MIN_SEGMENT} runs either side; before and after are the medians of the segments.`;
var detectChangePoints2 = (values) => detectChangePoints(values);
export {
  CHANGE_POINT_METHOD,
  detectChangePoints2 as detectChangePoints
};
