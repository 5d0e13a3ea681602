// The memory check: run an operation many times, force a garbage collection every few operations,
// and fit a line to the heap left after each collection. What survives a full collection is what
// the operation keeps; its slope per operation, with a confidence interval, is the leak.
// Also the 'memory' executor, which runs a scenario's iteration function this way.
import { describe, UsageError } from '../errors.ts';
import type { ThresholdResult } from '../results/model.ts';
import { median } from '../stats/descriptive.ts';
import { linearTrend, theilSen } from '../stats/regression.ts';
import { registerExecutor } from './executors.ts';
import { runIteration } from './iteration.ts';
import { commonSettings, numberOption, onlyKnownOptions, option, where, wholeNumber } from './options.ts';
import { Recorder } from './recorder.ts';
import { stopReason } from './stopping.ts';
import type { Aggregation } from './thresholds.ts';
import type { IterationFunction, RunOptions, ScenarioDefinition, ScenarioOutcome } from './types.ts';

/** One reading, taken right after a forced full garbage collection. */
export interface MemorySample {
  /** Operations completed when the reading was taken (warm-up excluded). */
  operations: number;
  /** V8 heap in use after the collection, bytes. */
  heapUsed: number;
  /** Memory of C++ objects bound to JS (Buffers, ArrayBuffers) after the collection, bytes. */
  external: number;
  /** Resident set size of the process, bytes. */
  rss: number;
  /** V8 heap in use just before the collection (garbage included), bytes. */
  heapBeforeGc?: number;
}

export interface MemorySeries {
  samples: MemorySample[];
  /** Largest heap in use seen just before a collection: the high-water mark of the run, bytes. */
  peakHeap: number;
  /** Largest resident set size seen, bytes. */
  peakRss: number;
  /** Operations run before the first sample, to let lazy compilation and caches settle. */
  warmup: number;
  /** Operations that threw; a throwing operation still counts towards the series. */
  errors: number;
  /** Latency of each measured operation in ms, in order. */
  latencies: Float64Array;
}

export type LeakVerdict = 'leak' | 'no-leak' | 'inconclusive';

export interface MemoryAnalysis {
  verdict: LeakVerdict;
  /** One sentence for people: why this verdict. */
  reason: string;
  /** Growth of what survives garbage collection (heap + external) over the steady part of the run, bytes per operation. */
  growthPerOp: number;
  /** Its confidence interval, bytes per operation. */
  ci: [number, number];
  confidence: number;
  /** The leak threshold the interval was held against, bytes per operation. */
  threshold: number;
  /** Growth of the V8 heap alone, bytes per operation. */
  heapGrowthPerOp: number;
  operations: number;
  /** Samples the slope was fitted to. */
  samples: number;
  /** Readings left out as momentary spikes (see dropOutliers). */
  outliers: number;
  peakHeap: number;
  peakRss: number;
  /** Heap + external after collection at the first and last sample, bytes. */
  retainedStart: number;
  retainedEnd: number;
}

/**
 * Default leak threshold, bytes per operation. A leak is declared only when the whole confidence
 * interval of the growth lies above it. Zero would flag V8's own settling (inline caches, feedback
 * vectors, code that is compiled late), which adds a few bytes per operation over the first
 * thousands; 64 bytes is well above that noise on a quiet run and well below a leak worth finding
 * (a retained request object, a closure per call, a cache without a bound: hundreds of bytes or more),
 * so a 1 KiB-per-operation leak is flagged within 2,000 operations.
 */
export const DEFAULT_LEAK_THRESHOLD = 64;

export const DEFAULT_MEMORY_ITERATIONS = 2_000;
/** Samples per run when `sampleEvery` is not given: enough for a tight slope, few enough collections. */
export const DEFAULT_MEMORY_SAMPLES = 40;

/** A reading further than this from the robust line, in robust standard deviations, is a spike. */
const OUTLIER_SCALE = 5;
/** ...and further than this in bytes: a flat series has no spread, and V8 moves by a few pages anyway. */
const OUTLIER_MIN_BYTES = 64 * 1024;

/**
 * Momentary spikes: now and then a reading catches something alive only at that instant (a callback
 * in flight, a buffer about to be dropped), hundreds of KB above its neighbours. One such reading at
 * the end of a short run would tilt a least-squares line into a leak. A leak is a line, not a spike,
 * so readings far from a robust line are left out, at most one in ten (one for fewer than twenty).
 */
function dropOutliers(samples: readonly MemorySample[]): { kept: MemorySample[]; outliers: number } {
  if (samples.length < 6) return { kept: [...samples], outliers: 0 };
  const x = samples.map((q) => q.operations);
  const y = samples.map((q) => q.heapUsed + q.external);
  const line = theilSen(x, y);
  const residuals = y.map((v, i) => v - line.intercept - line.slope * x[i]!);
  const scale = 1.4826 * median(residuals.map(Math.abs));
  const limit = Math.max(OUTLIER_SCALE * scale, OUTLIER_MIN_BYTES);
  const budget = Math.max(1, Math.floor(samples.length / 10));
  const worst = residuals
    .map((r, i) => ({ r: Math.abs(r), i }))
    .filter((e) => e.r > limit)
    .sort((a, b) => b.r - a.r)
    .slice(0, budget)
    .map((e) => e.i);
  const drop = new Set(worst);
  return { kept: samples.filter((_, i) => !drop.has(i)), outliers: drop.size };
}

/**
 * Share of the run, counted from its end, whose samples the slope is fitted to. The first half
 * lets the JIT compile and tier up, caches fill and pools reach their size: tens of KB in steps that
 * look like growth over a short run. A leak keeps growing through the second half; settling does not.
 */
export const DEFAULT_STEADY_FRACTION = 0.5;

/** The verdict on a series: a leak only when the whole interval of the growth lies above the threshold. */
export function analyzeMemory(
  series: Pick<MemorySeries, 'samples' | 'peakHeap' | 'peakRss'>,
  options: { threshold?: number; confidence?: number; steadyFraction?: number } = {},
): MemoryAnalysis {
  const threshold = options.threshold ?? DEFAULT_LEAK_THRESHOLD;
  const confidence = options.confidence ?? 0.95;
  const steadyFraction = options.steadyFraction ?? DEFAULT_STEADY_FRACTION;
  const all = series.samples;
  const first = all[0];
  const last = all[all.length - 1];
  const from = first === undefined || last === undefined ? 0 : last.operations - steadyFraction * (last.operations - first.operations);
  const s = all.filter((q) => q.operations >= from);
  if (s.length < 3) {
    throw new RangeError(
      `memory check: expected at least 3 samples in the steady part of the run, found ${s.length}; run more iterations or sample more often`,
    );
  }
  const { kept, outliers } = dropOutliers(s);
  const ops = kept.map((q) => q.operations);
  const total = linearTrend(
    ops,
    kept.map((q) => q.heapUsed + q.external),
    confidence,
  );
  const heap = linearTrend(
    ops,
    kept.map((q) => q.heapUsed),
    confidence,
  );
  const [lo, hi] = total.ci;
  const level = `${Number((confidence * 100).toFixed(2))}%`;
  const bytes = (v: number) => `${v.toFixed(v !== 0 && Math.abs(v) < 10 ? 1 : 0)} B/op`;
  const interval = `${bytes(total.slope)} [${level} CI ${bytes(lo)} to ${bytes(hi)}]`;
  const verdict: LeakVerdict = lo > threshold ? 'leak' : hi < threshold ? 'no-leak' : 'inconclusive';
  const spikes = outliers === 0 ? '' : ` (${outliers === 1 ? 'one momentary spike' : `${outliers} momentary spikes`} left out)`;
  const reason =
    (verdict === 'leak'
      ? `memory kept after garbage collection grows by ${interval}, above the ${bytes(threshold)} threshold`
      : verdict === 'no-leak'
        ? `growth ${interval} stays below the ${bytes(threshold)} threshold`
        : `growth ${interval} reaches the ${bytes(threshold)} threshold without clearing it; run more iterations`) + spikes;
  return {
    verdict,
    reason,
    growthPerOp: total.slope,
    ci: total.ci,
    confidence,
    threshold,
    heapGrowthPerOp: heap.slope,
    operations: last?.operations ?? 0,
    samples: kept.length,
    outliers,
    peakHeap: series.peakHeap,
    peakRss: series.peakRss,
    retainedStart: first === undefined ? 0 : first.heapUsed + first.external,
    retainedEnd: last === undefined ? 0 : last.heapUsed + last.external,
  };
}

export interface MemoryRunOptions {
  /** Measured operations (after warm-up). */
  iterations: number;
  /** Operations between forced collections; default iterations / DEFAULT_MEMORY_SAMPLES. */
  sampleEvery?: number;
  /** Operations run before measuring; default 10% of iterations, at least 50. */
  warmup?: number;
  /** The collector: `globalThis.gc` when the process was started with --expose-gc. */
  gc?: () => void;
  signal?: AbortSignal;
  now?: () => number;
  /** The warm-up is over: measured operations start now. */
  onMeasureStart?: () => void;
  /** Each measured reading as it is taken. */
  onReading?: (sample: MemorySample) => void;
}

/** `globalThis.gc`, or an error that says how to get it. */
export function requireGc(scenario: string): () => void {
  const gc = (globalThis as { gc?: unknown }).gc;
  if (typeof gc !== 'function') {
    throw new Error(
      `scenario "${scenario}": the memory check needs forced garbage collection, but global.gc is missing; ` +
        'run the process with node --expose-gc (benchgate starts scenario files that way)',
    );
  }
  return gc as () => void;
}

/**
 * Run `operation` one call at a time: warm-up, then `iterations` measured calls with a full
 * collection every `sampleEvery` calls and a reading of heap, external and RSS right after it.
 * Every buffer the run writes to is allocated before the first reading, so the run's own
 * bookkeeping does not look like growth. An operation that throws is counted, not fatal.
 * `operation` gets its 0-based number within its phase and whether it is measured (false in warm-up).
 */
export async function runMemorySeries(operation: (index: number, measured: boolean) => unknown, options: MemoryRunOptions): Promise<MemorySeries> {
  const iterations = Math.floor(options.iterations);
  if (!(iterations >= 3)) throw new RangeError(`memory check: expected at least 3 iterations, found ${options.iterations}`);
  const sampleEvery = Math.max(1, Math.floor(options.sampleEvery ?? iterations / DEFAULT_MEMORY_SAMPLES));
  const warmup = Math.max(0, Math.floor(options.warmup ?? Math.max(50, iterations / 10)));
  const gc = options.gc ?? requireGc('memory');
  const now = options.now ?? (() => performance.now());

  let errors = 0;
  let measured = false;
  const call = async (index: number): Promise<void> => {
    try {
      await operation(index, measured);
    } catch {
      errors++;
    }
  };
  const capacity = Math.floor(Math.max(iterations, warmup) / sampleEvery) + 2;
  const ops = new Float64Array(capacity);
  const heapBefore = new Float64Array(capacity);
  const heapUsed = new Float64Array(capacity);
  const external = new Float64Array(capacity);
  const rss = new Float64Array(capacity);
  const latencies = new Float64Array(Math.max(iterations, warmup));
  let count = 0;
  let peakHeap = 0;
  let peakRss = 0;
  const read = (done: number): void => {
    const before = process.memoryUsage();
    peakHeap = Math.max(peakHeap, before.heapUsed);
    // Twice: memory held by weak callbacks and finalizers (external memory above all) is only
    // released by the collection after the one that ran them, and a single pass leaves spikes.
    gc();
    gc();
    const after = process.memoryUsage();
    peakRss = Math.max(peakRss, before.rss, after.rss);
    ops[count] = done;
    heapBefore[count] = before.heapUsed;
    heapUsed[count] = after.heapUsed;
    external[count] = after.external;
    rss[count] = after.rss;
    count++;
    if (measured) options.onReading?.(sampleAt(count - 1));
  };
  const sampleAt = (i: number): MemorySample => ({
    operations: ops[i]!,
    heapUsed: heapUsed[i]!,
    external: external[i]!,
    rss: rss[i]!,
    heapBeforeGc: heapBefore[i]!,
  });
  // The warm-up goes through the same loop, readings included, so that compiling the loop and the
  // readings themselves happens before the first sample that counts; then its readings are dropped.
  const loop = async (total: number): Promise<number> => {
    read(0);
    let done = 0;
    while (done < total && !options.signal?.aborted) {
      const start = now();
      await call(done);
      latencies[done] = now() - start;
      done++;
      if (done % sampleEvery === 0 || done === total) {
        // One turn of the event loop first, so work the operations queued behind microtasks (async
        // hooks' destroy queue, zero-delay timers, finished I/O) runs and its memory can be released.
        await new Promise<void>((resolve) => setImmediate(resolve));
        read(done);
      }
    }
    return done;
  };
  if (warmup > 0) await loop(warmup);
  count = 0;
  measured = true;
  options.onMeasureStart?.();
  const done = await loop(iterations);

  const samples: MemorySample[] = [];
  for (let i = 0; i < count; i++) samples.push(sampleAt(i));
  return { samples, peakHeap, peakRss, warmup, errors, latencies: latencies.subarray(0, done) };
}

/** The `memory` block of a memory scenario's result: the analysis and the readings behind it. */
export interface MemoryBlock extends MemoryAnalysis {
  [key: string]: unknown;
  warmup: number;
  sampleEvery: number;
  /** Every reading after warm-up (at most MAX_STORED_READINGS, evenly thinned). */
  readings: MemorySample[];
}

const MAX_STORED_READINGS = 200;

/**
 * Options of `executor: 'memory'` (besides iterations, thresholds, window):
 *   iterations = 2000         measured operations, one at a time
 *   sampleEvery               operations between forced collections (default iterations / 40)
 *   warmup                    operations before measuring (default 10% of iterations, at least 50)
 *   leakThreshold = 64        bytes per operation; a leak when the whole 95% interval is above it
 *   failOnLeak = true         a leak is a broken threshold ('heap', "growth per op < 64 B (leak check)")
 * Thresholds on `heap` (avg, min, med, max, p(N)) are over the heap readings after collection.
 */
const MEMORY_OPTIONS = ['sampleEvery', 'warmup', 'leakThreshold', 'failOnLeak'];

interface MemorySettings {
  iterations: number;
  sampleEvery: number;
  warmup: number;
  leakThreshold: number;
  failOnLeak: boolean;
}

function memorySettings(def: ScenarioDefinition): MemorySettings {
  onlyKnownOptions(def, MEMORY_OPTIONS);
  const common = commonSettings(def);
  const iterations = common.iterations ?? DEFAULT_MEMORY_ITERATIONS;
  if (iterations < 3) throw new UsageError(`${where(def, 'iterations')}: expected at least 3 for a memory check, found ${iterations}`);
  const sampleEvery = wholeNumber(def, 'sampleEvery', 1, Math.max(1, Math.floor(iterations / DEFAULT_MEMORY_SAMPLES)));
  if (Math.floor(iterations / sampleEvery) < 6) {
    throw new UsageError(
      `${where(def, 'sampleEvery')}: expected at most iterations / 6 (${Math.floor(iterations / 6)}) so the steady half of the run has readings to fit, found ${sampleEvery}`,
    );
  }
  const warmup = wholeNumber(def, 'warmup', 0, Math.max(50, Math.floor(iterations / 10)));
  const leakThreshold = numberOption(def, 'leakThreshold', { fallback: DEFAULT_LEAK_THRESHOLD, allowZero: true });
  const failOnLeak = option(def, 'failOnLeak') ?? true;
  if (typeof failOnLeak !== 'boolean') throw new UsageError(`${where(def, 'failOnLeak')}: expected true or false, found ${describe(failOnLeak)}`);
  return { iterations, sampleEvery, warmup, leakThreshold, failOnLeak };
}

function aggregate(values: Float64Array, aggregation: Aggregation): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = Array.from(values).sort((a, b) => a - b);
  switch (aggregation.kind) {
    case 'avg':
      return sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
    case 'min':
      return sorted[0];
    case 'max':
      return sorted[sorted.length - 1];
    case 'med':
      return quantile(sorted, 0.5);
    case 'p':
      return quantile(sorted, aggregation.p / 100);
    default:
      return undefined;
  }
}

function quantile(sorted: readonly number[], q: number): number {
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

function thin<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  return Array.from({ length: max }, (_, i) => items[Math.round((i * (items.length - 1)) / (max - 1))]!);
}

/** The largest value of each of about ten runs of consecutive readings: a peak with a spread. */
function chunkPeaks(values: readonly number[]): number[] {
  const size = Math.max(1, Math.ceil(values.length / 10));
  const peaks: number[] = [];
  for (let i = 0; i < values.length; i += size) peaks.push(Math.max(...values.slice(i, i + size)));
  return peaks;
}

/** What survives collection (heap + external) at each reading of the steady half, bytes. */
function retainedSamples(samples: readonly MemorySample[], steadyFraction: number): number[] {
  const last = samples[samples.length - 1];
  if (last === undefined) return [];
  const from = last.operations * (1 - steadyFraction);
  return samples.filter((q) => q.operations >= from).map((q) => q.heapUsed + q.external);
}

async function runMemory(def: ScenarioDefinition, fn: IterationFunction, options: RunOptions): Promise<ScenarioOutcome> {
  const settings = memorySettings(def);
  const common = commonSettings(def);
  const gc = requireGc(def.name);
  const clock = options.now ?? (() => performance.now());
  const internal = new AbortController();
  const forward = () => internal.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', forward, { once: true });

  // Allocated before the first reading, like every buffer of the run.
  const afterGc = new Float64Array(Math.floor(settings.iterations / settings.sampleEvery) + 2);
  let readings = 0;
  const heapObserve = (metric: string, aggregation: Aggregation): number | undefined =>
    metric === 'heap' ? aggregate(afterGc.subarray(0, readings), aggregation) : undefined;
  let recorder: Recorder | undefined;
  let start = clock();

  const operation = (index: number, measured: boolean): Promise<void> =>
    new Promise<void>((resolve) => {
      const began = clock();
      if (measured) recorder?.started(0);
      runIteration(fn, options.data, 1, index, internal.signal, (kind) => {
        if (measured) recorder?.ended(began, clock(), kind);
        if (recorder?.abortReason !== undefined) internal.abort(new Error(recorder.abortReason));
        resolve();
      });
    });

  let series: MemorySeries;
  try {
    series = await runMemorySeries(operation, {
      iterations: settings.iterations,
      sampleEvery: settings.sampleEvery,
      warmup: settings.warmup,
      gc,
      signal: internal.signal,
      now: clock,
      onMeasureStart: () => {
        start = clock();
        recorder = new Recorder({
          model: 'closed',
          windowMs: common.windowMs,
          thresholds: common.thresholds,
          start,
          observe: heapObserve,
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        });
      },
      onReading: (sample) => {
        if (readings < afterGc.length) afterGc[readings++] = sample.heapUsed;
      },
    });
  } finally {
    options.signal?.removeEventListener('abort', forward);
  }
  if (!recorder) throw new Error(`${where(def)}: stopped during warm-up, before anything was measured`);

  const aborted = recorder.abortReason ?? stopReason(options.signal);
  const outcome = recorder.finish(clock(), { name: def.name, executor: 'memory', ...(aborted ? { aborted } : {}) });
  let analysis: MemoryAnalysis;
  try {
    analysis = analyzeMemory(series, { threshold: settings.leakThreshold });
  } catch (err) {
    return { ...outcome, error: err instanceof Error ? err.message : String(err) };
  }
  const memory: MemoryBlock = {
    ...analysis,
    warmup: series.warmup,
    sampleEvery: settings.sampleEvery,
    readings: thin(series.samples, MAX_STORED_READINGS),
  };
  const leakCheck: ThresholdResult = {
    metric: 'heap',
    expression: `growth per op < ${settings.leakThreshold} B (leak check)`,
    observed: Math.round(analysis.growthPerOp * 10) / 10,
    passed: analysis.verdict !== 'leak',
  };
  return {
    ...outcome,
    ...(settings.failOnLeak ? { thresholds: [...outcome.thresholds, leakCheck] } : {}),
    memory,
    metrics: [
      // Growth per operation is judged by the leak check, not compared: it is often zero or
      // negative, and a comparison works on ratios of positive samples. The memory the operation
      // holds on to is compared instead; a leak raises it.
      { metric: 'heap after GC', unit: 'B', direction: 'smaller', samples: retainedSamples(series.samples, DEFAULT_STEADY_FRACTION) },
      { metric: 'peak heap', unit: 'B', direction: 'smaller', samples: chunkPeaks(series.samples.map((q) => q.heapBeforeGc ?? q.heapUsed)) },
      { metric: 'peak RSS', unit: 'B', direction: 'smaller', samples: chunkPeaks(series.samples.map((q) => q.rss)) },
    ],
  };
}

registerExecutor({
  name: 'memory',
  model: 'closed',
  check: (def) => void memorySettings(def),
  run: runMemory,
});
