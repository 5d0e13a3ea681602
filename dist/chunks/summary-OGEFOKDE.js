import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  detectChangePoints
} from "./chunk-OEIXNZBG.js";
import {
  normalSf
} from "./chunk-ZDWY5RTS.js";
import {
  median
} from "./chunk-7YACBLEX.js";
import "./chunk-35VAMBZN.js";

// src/stats/mann-kendall.ts
function mannKendall(values) {
  const n = values.length;
  if (n < 3) throw new RangeError(`mannKendall needs at least 3 values, found ${n}`);
  let s = 0;
  const slopes = new Float64Array(n * (n - 1) / 2);
  let k = 0;
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = values[j] - values[i];
      s += Math.sign(d);
      slopes[k++] = d / (j - i);
    }
  }
  slopes.sort();
  const mid = slopes.length >> 1;
  const slope = slopes.length % 2 === 1 ? slopes[mid] : (slopes[mid - 1] + slopes[mid]) / 2;
  let ties = 0;
  const sorted = Float64Array.from(values).sort();
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    const t = j - i;
    ties += t * (t - 1) * (2 * t + 5);
    i = j;
  }
  const variance = (n * (n - 1) * (2 * n + 5) - ties) / 18;
  const pValue = variance > 0 ? Math.min(1, 2 * normalSf(Math.abs(s) / Math.sqrt(variance))) : 1;
  return { slope, s, pValue };
}

// src/history/summary.ts
var TREND_RUNS = 100;
var TREND_MIN_RUNS = 10;
var TREND_P_VALUE = 0.01;
function summarizeSuite(suite, options = {}) {
  return suite.benchmarks.map((series) => summarizeSeries(suite, series, options));
}
function summarizeSeries(suite, series, options = {}) {
  const { values } = series;
  const found = detectChangePoints(values, options);
  const changePoints = found.map((c) => ({
    index: c.index,
    run: suite.runs[series.runs[c.index]],
    before: c.before,
    after: c.after,
    change: c.change,
    pValue: c.pValue,
    runsAgo: values.length - c.index,
    verdict: verdictOf(c.change, series.direction)
  }));
  const lastStep = found[found.length - 1]?.index ?? 0;
  const recent = values.slice(Math.max(lastStep, values.length - TREND_RUNS));
  const last = values.length - 1;
  return {
    name: series.name,
    unit: series.unit,
    direction: series.direction,
    runs: values.length,
    failures: series.failures,
    ...last >= 0 ? { latest: { value: values[last], run: suite.runs[series.runs[last]] } } : {},
    ...recent.length >= TREND_MIN_RUNS ? { trend: trendOf(recent, series.direction) } : {},
    changePoints
  };
}
function recentChanges(summaries, withinRuns) {
  const recent = /* @__PURE__ */ new Map();
  for (const summary of summaries) {
    const last = summary.changePoints[summary.changePoints.length - 1];
    if (last !== void 0 && last.runsAgo <= withinRuns) recent.set(summary.name, { ...last, name: summary.name, unit: summary.unit });
  }
  return recent;
}
function trendOf(values, direction) {
  const positive = values.every((v) => v > 0);
  const { slope, pValue } = mannKendall(positive ? values.map(Math.log) : values);
  const level = Math.abs(median(values));
  const perRun = positive ? Math.expm1(slope) : level === 0 ? Number.NaN : slope / level;
  const change = positive ? Math.expm1(slope * (values.length - 1)) : perRun * (values.length - 1);
  return { runs: values.length, perRun, change, pValue, verdict: pValue > TREND_P_VALUE ? "flat" : verdictOf(change, direction) };
}
function verdictOf(change, direction) {
  return change > 0 === (direction === "smaller") ? "regression" : "improvement";
}
export {
  TREND_MIN_RUNS,
  TREND_P_VALUE,
  TREND_RUNS,
  recentChanges,
  summarizeSeries,
  summarizeSuite
};
