// Everything a scenario measures, as it runs: latency and scheduler lag in HDR histograms,
// errors by kind, dropped iterations, and per-window figures. Executors only say when
// iterations were meant to start, started and ended; the numbers are made here.
import type { LatencySummary, LoadModel, ScenarioWindow, ThresholdResult } from '../results/model.ts';
import { Extremes, newHistogram, percentileMs, recordMs, round, summarizeLatency, type Histogram } from './histogram.ts';
import { brokenAbortThreshold, evaluateThreshold, type Aggregation, type Observe, type Threshold } from './thresholds.ts';
import type { ScenarioOutcome, ScenarioProgress, WindowSamples } from './types.ts';
import { formatDuration } from './duration.ts';

/** Fewest iterations a merged window needs for its percentile to be more than its largest value. */
const PERCENTILES = [
  { key: 'p50', p: 50, fewest: 2 },
  { key: 'p95', p: 95, fewest: 20 },
  { key: 'p99', p: 99, fewest: 100 },
] as const;
/** An error rate from fewer iterations than this says more about luck than about the code. */
const ERROR_RATE_FEWEST = 20;

export interface RecorderOptions {
  model: LoadModel;
  windowMs: number;
  thresholds: readonly Threshold[];
  /** Clock reading the scenario started at. */
  start: number;
  /** Expected length in ms, for progress. */
  expectedMs?: number;
  onProgress?: (progress: ScenarioProgress) => void;
  /** Values of metrics other than latency, errors, iterations and dropped (e.g. heap). */
  observe?: Observe;
}

interface Pending {
  histogram: Histogram;
  count: number;
}

export class Recorder {
  readonly #o: RecorderOptions;
  readonly #latency = newHistogram();
  readonly #latencyExact = new Extremes();
  readonly #lag: Histogram | undefined;
  readonly #lagExact = new Extremes();
  readonly #window = newHistogram();
  readonly #windows: ScenarioWindow[] = [];
  readonly #byKind: Record<string, number> = {};
  readonly #pending: Record<(typeof PERCENTILES)[number]['key'], Pending>;
  readonly #samples: WindowSamples = { p50: [], p95: [], p99: [], throughput: [], errorRate: [] };
  #errorPending = { iterations: 0, errors: 0 };
  #windowStart: number;
  #windowIterations = 0;
  #windowErrors = 0;
  #windowDropped = 0;
  #iterations = 0;
  #errors = 0;
  #dropped = 0;
  #inFlight = 0;
  #maxInFlight = 0;
  #last: number;
  #broken: ThresholdResult | undefined;
  #brokenAt = 0;
  #counting = true;

  constructor(options: RecorderOptions) {
    this.#o = options;
    this.#windowStart = options.start;
    this.#last = options.start;
    this.#lag = options.model === 'open' ? newHistogram() : undefined;
    this.#pending = {
      p50: { histogram: newHistogram(), count: 0 },
      p95: { histogram: newHistogram(), count: 0 },
      p99: { histogram: newHistogram(), count: 0 },
    };
  }

  get iterations(): number {
    return this.#iterations;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Why the scenario should stop now: an abort-on-fail threshold broke. */
  get abortReason(): string | undefined {
    return this.#broken ? abortReason(this.#broken, this.#brokenAt) : undefined;
  }

  /** An iteration starts `lagMs` after it was meant to (0 in the closed model). */
  started(lagMs: number): void {
    if (this.#lag) {
      recordMs(this.#lag, lagMs);
      this.#lagExact.add(lagMs);
    }
    if (++this.#inFlight > this.#maxInFlight) this.#maxInFlight = this.#inFlight;
  }

  /**
   * An iteration ended at `end`; its latency is from `from` (the intended start in the open
   * model, the actual start in the closed one). `errorKind` is set when it failed.
   */
  ended(from: number, end: number, errorKind?: string): void {
    this.#inFlight--;
    if (!this.#counting) return;
    this.advance(end);
    const ms = end - from;
    recordMs(this.#latency, ms);
    this.#latencyExact.add(ms);
    recordMs(this.#window, ms);
    this.#iterations++;
    this.#windowIterations++;
    if (errorKind !== undefined) {
      this.#errors++;
      this.#windowErrors++;
      this.#byKind[errorKind] = (this.#byKind[errorKind] ?? 0) + 1;
    }
  }

  /** An iteration meant to start at `at` could not: no virtual user was free. */
  dropped(at: number): void {
    this.advance(at);
    this.#dropped++;
    this.#windowDropped++;
  }

  /**
   * From now on iterations that end are not counted: the scenario gave up waiting for them, or
   * told them to stop (an iteration cut short says nothing about the target).
   */
  stopCounting(): void {
    this.#counting = false;
  }

  /**
   * Close every window that ended by `now`, checking the abort-on-fail thresholds at each
   * (see `abortReason`).
   */
  advance(now: number): void {
    if (now > this.#last) this.#last = now;
    while (now >= this.#windowStart + this.#o.windowMs) {
      this.#closeWindow(this.#windowStart + this.#o.windowMs);
      if (this.#broken === undefined && this.#o.thresholds.length > 0) {
        this.#brokenAt = this.#windowStart - this.#o.start;
        this.#broken = brokenAbortThreshold(this.#o.thresholds, this.observe, this.#brokenAt);
      }
    }
  }

  #closeWindow(end: number): void {
    const duration = end - this.#windowStart;
    const count = this.#windowIterations;
    const window: ScenarioWindow = {
      start: round(this.#windowStart - this.#o.start),
      duration: round(duration),
      iterations: count,
      errors: this.#windowErrors,
      dropped: this.#windowDropped,
      throughput: duration > 0 ? round((count * 1_000) / duration) : 0,
      ...(count > 0
        ? { p50: round(percentileMs(this.#window, 50)), p95: round(percentileMs(this.#window, 95)), p99: round(percentileMs(this.#window, 99)) }
        : {}),
    };
    this.#windows.push(window);
    this.#collectSamples(window, duration);
    this.#window.reset();
    this.#windowStart = end;
    this.#windowIterations = 0;
    this.#windowErrors = 0;
    this.#windowDropped = 0;
    this.#o.onProgress?.({
      elapsed: end - this.#o.start,
      ...(this.#o.expectedMs !== undefined ? { expected: this.#o.expectedMs } : {}),
      iterations: this.#iterations,
      errors: this.#errors,
      dropped: this.#dropped,
      window,
    });
  }

  // Windows with too few iterations for a percentile are merged with the next ones until they
  // have enough, so every sample is a real percentile of real iterations.
  #collectSamples(window: ScenarioWindow, duration: number): void {
    if (window.iterations > 0) {
      for (const { key, p, fewest } of PERCENTILES) {
        const pending = this.#pending[key];
        pending.histogram.add(this.#window);
        pending.count += window.iterations;
        if (pending.count >= fewest) {
          this.#samples[key].push(round(percentileMs(pending.histogram, p)));
          pending.histogram.reset();
          pending.count = 0;
        }
      }
      this.#errorPending.iterations += window.iterations;
      this.#errorPending.errors += window.errors;
      if (this.#errorPending.iterations >= ERROR_RATE_FEWEST) {
        this.#samples.errorRate.push(round((100 * this.#errorPending.errors) / this.#errorPending.iterations));
        this.#errorPending = { iterations: 0, errors: 0 };
      }
    }
    // Only whole windows: a short last one (the drain after the end) would read as a slump.
    if (duration >= this.#o.windowMs && window.iterations > 0) this.#samples.throughput.push(window.throughput);
  }

  readonly observe: Observe = (metric: string, aggregation: Aggregation): number | undefined => {
    const elapsedS = (this.#last - this.#o.start) / 1_000;
    switch (metric) {
      case 'latency':
        return this.#trend(aggregation, this.#latency, this.#latencyExact);
      case 'lag':
        return this.#lag ? this.#trend(aggregation, this.#lag, this.#lagExact) : undefined;
      case 'errors':
        if (aggregation.kind === 'count') return this.#errors;
        return this.#iterations > 0 ? this.#errors / this.#iterations : undefined;
      case 'iterations':
        if (aggregation.kind === 'count') return this.#iterations;
        return elapsedS > 0 ? this.#iterations / elapsedS : undefined;
      case 'dropped':
        if (aggregation.kind === 'count') return this.#dropped;
        return elapsedS > 0 ? this.#dropped / elapsedS : undefined;
      default:
        return this.#o.observe?.(metric, aggregation);
    }
  };

  #trend(aggregation: Aggregation, histogram: Histogram, exact: Extremes): number | undefined {
    if (exact.count === 0) return undefined;
    switch (aggregation.kind) {
      case 'avg':
        return round(exact.sum / exact.count);
      case 'min':
        return round(exact.min);
      case 'max':
        return round(exact.max);
      case 'med':
        return round(Math.min(exact.max, percentileMs(histogram, 50)));
      case 'p':
        return round(Math.min(exact.max, Math.max(exact.min, percentileMs(histogram, aggregation.p))));
      default:
        return undefined;
    }
  }

  /** The figures of the run that ended at `end`. */
  finish(end: number, identity: { name: string; executor: string; aborted?: string }): ScenarioOutcome {
    this.advance(end);
    // The last, partial window; its iterations count, its throughput is not a whole window's.
    // A sliver with nothing in it (the run ended just after a window closed) is not a window.
    const partial = end - this.#windowStart;
    if (this.#windowIterations > 0 || this.#windowDropped > 0 || partial >= this.#o.windowMs / 10) this.#closeWindow(Math.max(end, this.#windowStart));
    for (const { key, p } of PERCENTILES) {
      const pending = this.#pending[key];
      if (pending.count > 0 && this.#samples[key].length === 0) this.#samples[key].push(round(percentileMs(pending.histogram, p)));
    }
    if (this.#errorPending.iterations > 0 && this.#samples.errorRate.length === 0) {
      this.#samples.errorRate.push(round((100 * this.#errorPending.errors) / this.#errorPending.iterations));
    }
    if (this.#samples.throughput.length === 0 && this.#iterations > 0 && end > this.#o.start) {
      this.#samples.throughput.push(round((this.#iterations * 1_000) / (end - this.#o.start)));
    }
    const duration = end - this.#o.start;
    const latency = summarizeLatency(this.#latency, this.#latencyExact);
    const lag: LatencySummary | undefined = this.#lag ? summarizeLatency(this.#lag, this.#lagExact) : undefined;
    return {
      name: identity.name,
      executor: identity.executor,
      model: this.#o.model,
      duration: round(duration),
      iterations: this.#iterations,
      throughput: duration > 0 ? round((this.#iterations * 1_000) / duration) : 0,
      ...(latency ? { latency } : {}),
      errors: { count: this.#errors, rate: this.#iterations > 0 ? this.#errors / this.#iterations : 0, byKind: { ...this.#byKind } },
      dropped: this.#dropped,
      ...(lag ? { schedulerLag: lag } : {}),
      maxConcurrency: this.#maxInFlight,
      thresholds: this.#o.thresholds.map((t) => evaluateThreshold(t, this.observe)),
      ...(identity.aborted !== undefined ? { aborted: identity.aborted } : {}),
      windows: this.#windows,
      samples: this.#samples,
      histogram: this.#latency,
    };
  }
}

/** Why a scenario stopped early, for people. */
export function abortReason(broken: ThresholdResult, elapsedMs: number): string {
  const observed = broken.observed === undefined ? '' : ` (observed ${broken.observed})`;
  return `threshold ${broken.metric} '${broken.expression}' broke${observed} after ${formatDuration(elapsedMs)}, and it is set to abort on fail`;
}
