// The soak executor: hold a steady load for a long time and watch whether the target drifts.
// Latency: the trend of per-window p95 over time (on a log scale, so the change reads as a ratio)
// and the largest step in it (a change point). Memory: heap after forced GC against iterations
// done, the same growth-per-operation test as the memory check. Both are reported in a `soak`
// block; they fail the gate only when the scenario asks (failOnDrift), since a long run on a
// shared machine also sees the machine change.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, UsageError } from '../errors.ts';
import type { ScenarioWindow, ThresholdResult } from '../results/model.ts';
import { registerExecutor } from './executors.ts';
import { mean, median } from '../stats/descriptive.ts';
import { linearTrend, senSlope } from '../stats/regression.ts';
import { welchTest } from '../stats/welch.ts';
import { DEFAULT_LEAK_THRESHOLD, DEFAULT_STEADY_FRACTION, type MemorySample } from './memory.ts';
import { commonSettings, durationOption, numberOption, onlyKnownOptions, option, where, wholeNumber } from './options.ts';
import { runScenario } from './run-scenario.ts';
import type { IterationFunction, RunOptions, ScenarioDefinition, ScenarioOutcome } from './types.ts';

/** A window needs this many iterations for its p95 to be a percentile rather than its slowest few. */
const FEWEST_FOR_P95 = 20;
/** Fewer usable windows than this and there is no trend to speak of. */
export const MIN_SOAK_WINDOWS = 6;
/** Share of the run, from its start, left out of the latency trend as warm-up. */
const WARM_UP_SHARE = 0.1;
/** Each side of a change point needs this many windows. */
const MIN_SEGMENT = 3;

/** Default: p95 more than 20% worse at the end of the run than at its start (with 95% confidence) is drift. */
export const DEFAULT_LATENCY_DRIFT = 0.2;

export interface SoakMemoryReading extends MemorySample {
  /** ms since the soak started. */
  at: number;
}

export interface SoakInput {
  windows: readonly Pick<ScenarioWindow, 'start' | 'duration' | 'iterations' | 'p95'>[];
  memory: readonly SoakMemoryReading[];
  /** Heap readings were taken right after forced collections (else they include garbage). */
  forcedGc: boolean;
}

export interface SoakOptions {
  /** Relative change of p95 over the run counted as drift (default DEFAULT_LATENCY_DRIFT). */
  latencyDrift?: number;
  /** Growth per operation counted as a leak, bytes (default DEFAULT_LEAK_THRESHOLD). */
  leakThreshold?: number;
  confidence?: number;
}

export interface LatencyDrift {
  /** p95 on the fitted line at the first and last window, ms. */
  start: number;
  end: number;
  /** end / start − 1, with its confidence interval. */
  change: number;
  ci: [number, number];
  drift: boolean;
  windows: number;
}

export interface ChangePoint {
  /** ms since the start: the first window after the step. */
  at: number;
  /** Median p95 before and after, ms. */
  before: number;
  after: number;
  /** after / before − 1 (geometric means). */
  change: number;
  /** Welch's t-test on log p95, Bonferroni-corrected for every split tried. */
  pValue: number;
}

export interface MemoryDrift {
  /** Growth of heap + external after GC per operation over the steady half, bytes. */
  growthPerOp: number;
  ci: [number, number];
  /** The same growth per minute of the run, bytes. */
  growthPerMinute: number;
  leak: boolean;
  readings: number;
}

export type SoakVerdict = 'drift' | 'stable' | 'inconclusive';

export interface SoakAnalysis {
  verdict: SoakVerdict;
  /** What drifted, or why nothing could be said, in plain words. */
  reasons: string[];
  latency?: LatencyDrift;
  changePoint?: ChangePoint;
  memory?: MemoryDrift;
  latencyDrift: number;
  leakThreshold: number;
  forcedGc: boolean;
}

function percent(x: number): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(Math.abs(x) < 0.1 ? 1 : 0)}%`;
}

/** The split of log p95 into two runs of windows with the most significant difference of means. */
export function findChangePoint(times: readonly number[], p95: readonly number[]): ChangePoint | undefined {
  const logs = p95.map(Math.log);
  const splits = logs.length - 2 * MIN_SEGMENT + 1;
  if (splits < 1) return undefined;
  let best: ChangePoint | undefined;
  for (let k = MIN_SEGMENT; k <= logs.length - MIN_SEGMENT; k++) {
    const before = logs.slice(0, k);
    const after = logs.slice(k);
    const p = Math.min(1, welchTest(before, after) * splits);
    if (best === undefined || p < best.pValue) {
      best = {
        at: times[k]!,
        before: median(p95.slice(0, k)),
        after: median(p95.slice(k)),
        change: Math.exp(mean(after) - mean(before)) - 1,
        pValue: p,
      };
    }
  }
  return best;
}

function latencyDrift(windows: SoakInput['windows'], threshold: number, confidence: number): { drift?: LatencyDrift; changePoint?: ChangePoint } {
  // The first tenth of the run (one window at least) is warm-up: code compiles, connections open,
  // caches fill. A slow start is not drift.
  const end = windows.reduce((max, w) => Math.max(max, w.start + w.duration), 0);
  const warm = windows.filter((w, i) => i > 0 && w.start >= end * WARM_UP_SHARE);
  const usable = warm.filter((w) => w.iterations >= FEWEST_FOR_P95 && w.p95 !== undefined && w.p95 > 0);
  if (usable.length < MIN_SOAK_WINDOWS) return {};
  const times = usable.map((w) => w.start + w.duration / 2);
  const p95 = usable.map((w) => w.p95!);
  const minutes = times.map((t) => t / 60_000);
  const trend = senSlope(minutes, p95.map(Math.log), confidence);
  const span = minutes[minutes.length - 1]! - minutes[0]!;
  const startLog = trend.intercept + trend.slope * minutes[0]!;
  const change = Math.exp(trend.slope * span) - 1;
  const ci: [number, number] = [Math.exp(trend.ci[0] * span) - 1, Math.exp(trend.ci[1] * span) - 1];
  const drift: LatencyDrift = {
    start: Math.exp(startLog),
    end: Math.exp(startLog + trend.slope * span),
    change,
    ci,
    drift: ci[0] > threshold,
    windows: usable.length,
  };
  const changePoint = findChangePoint(times, p95);
  return { drift, ...(changePoint ? { changePoint } : {}) };
}

function memoryDrift(readings: readonly SoakMemoryReading[], threshold: number, confidence: number): MemoryDrift | undefined {
  const last = readings[readings.length - 1];
  if (last === undefined) return undefined;
  const from = last.operations * (1 - DEFAULT_STEADY_FRACTION);
  const steady = readings.filter((r) => r.operations >= from);
  if (steady.length < 3 || new Set(steady.map((r) => r.operations)).size < 3) return undefined;
  const perOp = linearTrend(
    steady.map((r) => r.operations),
    steady.map((r) => r.heapUsed + r.external),
    confidence,
  );
  const perMs = linearTrend(
    steady.map((r) => r.at),
    steady.map((r) => r.heapUsed + r.external),
    confidence,
  );
  return { growthPerOp: perOp.slope, ci: perOp.ci, growthPerMinute: perMs.slope * 60_000, leak: perOp.ci[0] > threshold, readings: steady.length };
}

/** Did latency or memory drift over the run? Pure: windows and readings in, verdict out. */
export function analyzeSoak(input: SoakInput, options: SoakOptions = {}): SoakAnalysis {
  const threshold = options.latencyDrift ?? DEFAULT_LATENCY_DRIFT;
  const leakThreshold = options.leakThreshold ?? DEFAULT_LEAK_THRESHOLD;
  const confidence = options.confidence ?? 0.95;
  const { drift, changePoint } = latencyDrift(input.windows, threshold, confidence);
  const memory = memoryDrift(input.memory, leakThreshold, confidence);
  const reasons: string[] = [];
  if (drift?.drift) {
    reasons.push(
      `p95 latency drifted ${percent(drift.change)} over the run (${drift.start.toPrecision(3)} → ${drift.end.toPrecision(3)} ms; ${Math.round(confidence * 100)}% CI ${percent(drift.ci[0])} to ${percent(drift.ci[1])}), beyond the ${percent(threshold)} allowed`,
    );
  }
  // Only a step up is drift: latency that improves part-way through a soak is no cause for alarm.
  const stepped = changePoint !== undefined && changePoint.pValue < 1 - confidence && changePoint.change >= threshold;
  if (stepped && changePoint) {
    reasons.push(
      `p95 latency stepped ${percent(changePoint.change)} at ${(changePoint.at / 1_000).toFixed(1)} s (median ${changePoint.before.toPrecision(3)} → ${changePoint.after.toPrecision(3)} ms)`,
    );
  }
  const leaking = memory !== undefined && memory.leak && input.forcedGc;
  if (leaking && memory) {
    reasons.push(
      `memory kept after GC grew by ${memory.growthPerOp.toFixed(0)} B per operation (${(memory.growthPerMinute / 1024 / 1024).toFixed(2)} MiB per minute), above the ${leakThreshold} B/op threshold`,
    );
  }
  let verdict: SoakVerdict;
  if (reasons.length > 0) {
    verdict = 'drift';
  } else if (drift === undefined && memory === undefined) {
    verdict = 'inconclusive';
    reasons.push(
      `too short to see a trend: fewer than ${MIN_SOAK_WINDOWS} windows with ${FEWEST_FOR_P95} or more iterations, and fewer than 3 memory readings in the second half`,
    );
  } else {
    verdict = 'stable';
  }
  return {
    verdict,
    reasons,
    ...(drift ? { latency: drift } : {}),
    ...(changePoint ? { changePoint } : {}),
    ...(memory ? { memory } : {}),
    latencyDrift: threshold,
    leakThreshold,
    forcedGc: input.forcedGc,
  };
}

/** The `soak` block of a soak scenario's result. */
export interface SoakBlock extends SoakAnalysis {
  [key: string]: unknown;
  /** Heap readings over the run (at most MAX_STORED_READINGS, evenly thinned). */
  readings: SoakMemoryReading[];
  memoryEvery: number;
}

const MAX_STORED_READINGS = 200;

/**
 * Options of `executor: 'soak'` (besides iterations, thresholds, window, gracefulStop, maxDuration):
 *   rate | vus                the load held: an arrival rate per timeUnit (open) or virtual users (closed)
 *   duration                  default 5m, or 1m when CI is set
 *   timeUnit, preAllocatedVUs, maxVUs  with rate, as for constant-arrival-rate
 *   memoryEvery = '10s'       heap reading interval (after two forced collections when --expose-gc)
 *   latencyDrift = 0.2        p95 worse by more than this over the run (95% sure) is drift
 *   leakThreshold = 64        bytes per operation of growth that is drift
 *   failOnDrift = false       drift becomes broken thresholds, failing the gate
 * maxDuration defaults to duration + 1 minute, so an hours-long soak is not cut at 10 minutes.
 */
const SOAK_OPTIONS = ['rate', 'vus', 'timeUnit', 'duration', 'preAllocatedVUs', 'maxVUs', 'memoryEvery', 'latencyDrift', 'leakThreshold', 'failOnDrift'];

/** Default length: a soak is long when asked for; in CI, unless told otherwise, a short one. */
export function defaultSoakDuration(env: NodeJS.ProcessEnv = process.env): number {
  return env.CI && env.CI !== 'false' ? 60_000 : 5 * 60_000;
}

interface SoakSettings {
  durationMs: number;
  memoryEveryMs: number;
  latencyDrift: number;
  leakThreshold: number;
  failOnDrift: boolean;
  load: { executor: 'constant-arrival-rate'; rate: number } | { executor: 'constant-vus'; vus: number };
}

function soakSettings(def: ScenarioDefinition): SoakSettings {
  onlyKnownOptions(def, SOAK_OPTIONS);
  commonSettings(def);
  const hasRate = option(def, 'rate') !== undefined;
  const hasVus = option(def, 'vus') !== undefined;
  if (hasRate === hasVus) {
    throw new UsageError(
      `${where(def)}: a soak holds either an arrival rate (rate: 100) or a number of virtual users (vus: 10); expected one of them, found ${hasRate ? 'both' : 'neither'}`,
    );
  }
  if (!hasRate) {
    for (const key of ['timeUnit', 'preAllocatedVUs', 'maxVUs']) {
      if (option(def, key) !== undefined) throw new UsageError(`${where(def, key)}: only for an arrival rate (rate), not with vus`);
    }
  }
  const load = hasRate
    ? { executor: 'constant-arrival-rate' as const, rate: numberOption(def, 'rate') }
    : { executor: 'constant-vus' as const, vus: wholeNumber(def, 'vus', 1) };
  const durationMs = durationOption(def, 'duration') ?? defaultSoakDuration();
  const memoryEveryMs = durationOption(def, 'memoryEvery') ?? 10_000;
  if (!(memoryEveryMs >= 50)) throw new UsageError(`${where(def, 'memoryEvery')}: expected at least 50ms, found ${describe(option(def, 'memoryEvery'))}`);
  const failOnDrift = option(def, 'failOnDrift') ?? false;
  if (typeof failOnDrift !== 'boolean') throw new UsageError(`${where(def, 'failOnDrift')}: expected true or false, found ${describe(failOnDrift)}`);
  const latency = numberOption(def, 'latencyDrift', { fallback: DEFAULT_LATENCY_DRIFT });
  return {
    durationMs,
    memoryEveryMs,
    latencyDrift: latency,
    leakThreshold: numberOption(def, 'leakThreshold', { fallback: DEFAULT_LEAK_THRESHOLD, allowZero: true }),
    failOnDrift,
    load,
  };
}

function thin<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  return Array.from({ length: max }, (_, i) => items[Math.round((i * (items.length - 1)) / (max - 1))]!);
}

async function runSoak(def: ScenarioDefinition, fn: IterationFunction, options: RunOptions): Promise<ScenarioOutcome> {
  const s = soakSettings(def);
  const clock = options.now ?? (() => performance.now());
  const gc = (globalThis as { gc?: unknown }).gc;
  const collect = typeof gc === 'function' ? (gc as () => void) : undefined;
  let started = 0;
  const counted: IterationFunction = (data, ctx) => {
    started++;
    return fn(data, ctx);
  };
  const readings: SoakMemoryReading[] = [];
  const begin = clock();
  const read = () => {
    if (collect) {
      collect();
      collect();
    }
    const m = process.memoryUsage();
    readings.push({ at: clock() - begin, operations: started, heapUsed: m.heapUsed, external: m.external, rss: m.rss });
  };
  read();
  const stop = new AbortController();
  const sampler = (async () => {
    try {
      for (;;) {
        await sleep(s.memoryEveryMs, undefined, { signal: stop.signal });
        read();
      }
    } catch {
      // Stopped: the run is over.
    }
  })();

  let outcome: ScenarioOutcome;
  try {
    outcome = await runScenario(
      {
        name: def.name,
        ...s.load,
        duration: s.durationMs,
        // A soak may run for hours: the hard cap follows the duration unless the scenario sets it.
        maxDuration: def.maxDuration ?? s.durationMs + 60_000,
        ...(option(def, 'timeUnit') !== undefined ? { timeUnit: option(def, 'timeUnit') as string } : {}),
        ...(option(def, 'preAllocatedVUs') !== undefined ? { preAllocatedVUs: option(def, 'preAllocatedVUs') as number } : {}),
        ...(option(def, 'maxVUs') !== undefined ? { maxVUs: option(def, 'maxVUs') as number } : {}),
        ...(def.iterations !== undefined ? { iterations: def.iterations } : {}),
        ...(def.thresholds !== undefined ? { thresholds: def.thresholds } : {}),
        ...(def.window !== undefined ? { window: def.window } : {}),
        ...(def.gracefulStop !== undefined ? { gracefulStop: def.gracefulStop } : {}),
      } as ScenarioDefinition,
      counted,
      options,
    );
  } finally {
    stop.abort();
    await sampler;
  }
  read();

  const analysis = analyzeSoak(
    { windows: outcome.windows, memory: readings, forcedGc: collect !== undefined },
    { latencyDrift: s.latencyDrift, leakThreshold: s.leakThreshold },
  );
  const soak: SoakBlock = { ...analysis, readings: thin(readings, MAX_STORED_READINGS), memoryEvery: s.memoryEveryMs };
  const checks: ThresholdResult[] = [];
  if (s.failOnDrift && analysis.latency) {
    checks.push({
      metric: 'latency',
      expression: `p95 drift < ${Math.round(s.latencyDrift * 100)}% over the run (soak)`,
      observed: Math.round(analysis.latency.change * 1000) / 1000,
      passed: !analysis.reasons.some((r) => r.startsWith('p95 latency')),
    });
  }
  if (s.failOnDrift && analysis.memory && analysis.forcedGc) {
    checks.push({
      metric: 'heap',
      expression: `growth per op < ${s.leakThreshold} B (soak)`,
      observed: Math.round(analysis.memory.growthPerOp * 10) / 10,
      passed: !analysis.memory.leak,
    });
  }
  return { ...outcome, executor: 'soak', soak, thresholds: [...outcome.thresholds, ...checks] };
}

registerExecutor({
  name: 'soak',
  // Only labels a soak that failed before running; a run's own label follows the load it held.
  model: 'open',
  check: (def) => void soakSettings(def),
  run: runSoak,
});
