// From what a scenario run gives to the results model: its details as a ScenarioResult, and
// the figures compared with a baseline as ordinary benchmarks whose samples are per-window
// values, so the existing comparison gives them intervals and p-values.
import type { BenchmarkResult, ScenarioResult } from '../results/model.ts';
import type { ScenarioOutcome, WindowSamples } from './types.ts';

/** Separates a scenario's name from the figure in benchmark names: "checkout › p95 latency". */
export const METRIC_SEPARATOR = ' › ';

const STANDARD: { key: keyof WindowSamples; metric: string; unit: string; direction: 'smaller' | 'bigger' }[] = [
  { key: 'p50', metric: 'p50 latency', unit: 'ms', direction: 'smaller' },
  { key: 'p95', metric: 'p95 latency', unit: 'ms', direction: 'smaller' },
  { key: 'p99', metric: 'p99 latency', unit: 'ms', direction: 'smaller' },
  { key: 'throughput', metric: 'throughput', unit: 'ops/s', direction: 'bigger' },
  { key: 'errorRate', metric: 'error rate', unit: '%', direction: 'smaller' },
];

/** The scenario's details for RunResult.scenarios: the outcome less what only comparing needs. */
export function toScenarioResult(outcome: ScenarioOutcome, group?: string): ScenarioResult {
  const { samples: _samples, histogram: _histogram, metrics: _metrics, group: _group, ...result } = outcome;
  return { ...result, ...(group !== undefined ? { group } : {}) };
}

/** The scenario's comparable figures as benchmarks named "<scenario> › <figure>". */
export function scenarioBenchmarks(outcome: ScenarioOutcome, group?: string): BenchmarkResult[] {
  const named = (metric: string) => `${outcome.name}${METRIC_SEPARATOR}${metric}`;
  const where = group !== undefined ? { group } : {};
  if (outcome.error !== undefined) {
    // A scenario that could not run fails its headline figure, so the gate sees it.
    return [{ name: named('p95 latency'), unit: 'ms', direction: 'smaller', ...where, error: outcome.error, samples: [] }];
  }
  const benchmarks: BenchmarkResult[] = [];
  for (const { key, metric, unit, direction } of STANDARD) {
    // Latency of zero (a no-op measured to the microsecond) cannot be compared as a ratio.
    const samples = unit === '%' ? outcome.samples[key] : outcome.samples[key].filter((v) => v > 0);
    if (samples.length > 0) benchmarks.push({ name: named(metric), unit, direction, ...where, samples });
  }
  for (const extra of outcome.metrics ?? []) {
    if (extra.samples.length > 0)
      benchmarks.push({ name: named(extra.metric), unit: extra.unit, direction: extra.direction, ...where, samples: [...extra.samples] });
  }
  return benchmarks;
}

/** A scenario that failed before or while running: no figures, and why. */
export function failedScenario(name: string, executor: unknown, model: 'open' | 'closed', error: string): ScenarioOutcome {
  return {
    name,
    executor: typeof executor === 'string' && executor !== '' ? executor : 'unknown',
    model,
    duration: 0,
    iterations: 0,
    throughput: 0,
    errors: { count: 0, rate: 0, byKind: {} },
    dropped: 0,
    thresholds: [],
    error,
    windows: [],
    samples: { p50: [], p95: [], p99: [], throughput: [], errorRate: [] },
  };
}
