import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  UsageError,
  describe
} from "./chunk-WQC4CHKN.js";

// src/config/compare-options.ts
var DEFAULT_WINDOW = 20;
var MIN_HISTORY_RUNS = 5;
var MAX_WINDOW = 100;
var DEFAULT_COMPARE_OPTIONS = Object.freeze({
  alpha: 0.05,
  threshold: 0.05,
  correction: "holm",
  confidence: 0.95,
  minSamples: 5,
  pairing: "separate-runs",
  defaultRunNoise: 0.05,
  defaultCommonNoise: 0.4,
  window: DEFAULT_WINDOW
});
function resolveCompareOptions(options = {}) {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== void 0));
  const o = { ...DEFAULT_COMPARE_OPTIONS, ...defined };
  between("alpha", o.alpha, "a probability between 0 and 1, e.g. 0.05");
  between("confidence", o.confidence, "a level between 0 and 1, e.g. 0.95");
  if (typeof o.threshold !== "number" || !(o.threshold >= 0) || !Number.isFinite(o.threshold)) {
    fail("threshold", "a relative change of 0 or more, e.g. 0.05 for 5%", o.threshold);
  }
  for (const name of ["defaultRunNoise", "defaultCommonNoise"]) {
    const value = o[name];
    if (typeof value !== "number" || !(value >= 0) || !Number.isFinite(value)) {
      fail(name, "a relative standard deviation of 0 or more, e.g. 0.05 for 5%", value);
    }
  }
  if (!Number.isInteger(o.window) || o.window < 2 || o.window > MAX_WINDOW) fail("window", `a whole number of runs from 2 to ${MAX_WINDOW}`, o.window);
  if (!Number.isInteger(o.minSamples) || o.minSamples < 1) fail("minSamples", "a whole number of 1 or more", o.minSamples);
  if (!["holm", "bh", "none"].includes(o.correction)) fail("correction", "one of 'holm', 'bh' or 'none'", o.correction);
  if (!["same-run", "separate-runs"].includes(o.pairing)) fail("pairing", "'same-run' or 'separate-runs'", o.pairing);
  return o;
}
function between(name, value, expected) {
  if (typeof value !== "number" || !(value > 0 && value < 1)) fail(name, expected, value);
}
function fail(name, expected, found) {
  throw new UsageError(`compare option '${name}' must be ${expected}; found ${describe(found)}`);
}

export {
  MIN_HISTORY_RUNS,
  MAX_WINDOW,
  DEFAULT_COMPARE_OPTIONS,
  resolveCompareOptions
};
