import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/load/to-results.ts
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
    if (extra.samples.length > 0)
      benchmarks.push({ name: named(extra.metric), unit: extra.unit, direction: extra.direction, ...where, samples: [...extra.samples] });
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
  toScenarioResult,
  scenarioBenchmarks,
  failedScenario
};
