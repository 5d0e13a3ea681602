import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  UsageError,
  describe
} from "./chunk-A3TNSP7U.js";

// src/measure/load/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
function parseDuration(value, where) {
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= 0) return value;
  } else if (typeof value === "string") {
    const text = value.trim();
    let total = 0;
    let matched = 0;
    PART.lastIndex = 0;
    for (let m = PART.exec(text); m; m = PART.exec(text)) {
      total += Number(m[1]) * UNIT_MS[m[2]];
      matched = PART.lastIndex;
    }
    if (text !== "" && matched === text.length) return total;
  }
  throw new UsageError(`${where}: expected a duration like '250ms', '30s', '5m', '2h' or '1m30s' (or a number of ms), found ${describe(value)}`);
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 12e4) return `${trim(ms / 1e3)} s`;
  if (ms < 72e5) return `${trim(ms / 6e4)} min`;
  return `${trim(ms / 36e5)} h`;
}
function trim(x) {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

// src/measure/load/to-results.ts
var METRIC_SEPARATOR = " \u203A ";
var STANDARD = [
  { key: "p50", metric: "p50 latency", unit: "ms", direction: "smaller" },
  { key: "p95", metric: "p95 latency", unit: "ms", direction: "smaller" },
  { key: "p99", metric: "p99 latency", unit: "ms", direction: "smaller" },
  { key: "throughput", metric: "throughput", unit: "ops/s", direction: "bigger" },
  { key: "errorRate", metric: "error rate", unit: "%", direction: "smaller" }
];
function toScenarioResult(outcome, group) {
  const { samples: _samples, histogram: _histogram, metrics: _metrics, group: _group, ...result } = outcome;
  return { ...result, ...group !== void 0 ? { group } : {} };
}
function scenarioBenchmarks(outcome, group) {
  const named = (metric) => `${outcome.name}${METRIC_SEPARATOR}${metric}`;
  const where = group !== void 0 ? { group } : {};
  if (outcome.error !== void 0) {
    return [{ name: named("p95 latency"), unit: "ms", direction: "smaller", ...where, error: outcome.error, samples: [] }];
  }
  const benchmarks = [];
  for (const { key, metric, unit, direction } of STANDARD) {
    const samples = unit === "%" ? outcome.samples[key] : outcome.samples[key].filter((v) => v > 0);
    if (samples.length > 0) benchmarks.push({ name: named(metric), unit, direction, ...where, samples });
  }
  for (const extra of outcome.metrics ?? []) {
    if (extra.samples.length > 0) benchmarks.push({ name: named(extra.metric), unit: extra.unit, direction: extra.direction, ...where, samples: [...extra.samples] });
  }
  return benchmarks;
}
function failedScenario(name, executor, model, error) {
  return {
    name,
    executor: typeof executor === "string" && executor !== "" ? executor : "unknown",
    model,
    duration: 0,
    iterations: 0,
    throughput: 0,
    errors: { count: 0, rate: 0, byKind: {} },
    dropped: 0,
    thresholds: [],
    error,
    windows: [],
    samples: { p50: [], p95: [], p99: [], throughput: [], errorRate: [] }
  };
}

export {
  parseDuration,
  formatDuration,
  toScenarioResult,
  scenarioBenchmarks,
  failedScenario
};
