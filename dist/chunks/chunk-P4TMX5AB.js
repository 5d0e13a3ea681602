import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/results/model.ts
var RESULTS_FORMAT = "benchgate/results";
var RESULTS_VERSION = 1;
var MEASURES = ["time", "instructions"];

export {
  RESULTS_FORMAT,
  RESULTS_VERSION,
  MEASURES
};
