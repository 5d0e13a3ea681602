// The comparison's settings: defaults in one place, and a check that names the bad option.
import { describe, UsageError } from '../errors.ts';

import type { Correction } from '../stats/correction.ts';

export type { Correction };

export interface CompareOptions {
  /** Family-wise (Holm) or false-discovery (BH) level for significance. */
  alpha: number;
  /** Smallest relative change worth failing a check for, e.g. 0.05 for 5%. */
  threshold: number;
  correction: Correction;
  /** Confidence level of the reported intervals, e.g. 0.95. */
  confidence: number;
  /** Fewer samples than this on either side: inconclusive. */
  minSamples: number;
  /**
   * 'same-run': both sides measured in one interleaved run, within-run spread is the whole story.
   * 'separate-runs': the baseline is from another run, so between-run noise must be accounted for.
   */
  pairing: 'same-run' | 'separate-runs';
  /**
   * separate-runs: relative standard deviation (log scale) of how much one benchmark moves against
   * the rest of its suite from run to run, assumed until the history teaches it. For a suite with
   * too few benchmarks to split off the common shift, the whole between-run noise assumed is
   * √(defaultRunNoise² + defaultCommonNoise²).
   */
  defaultRunNoise: number;
  /**
   * separate-runs: relative standard deviation (log scale) of the level of a whole run, how much
   * every benchmark moves at once from run to run, assumed until the history is long enough.
   */
  defaultCommonNoise: number;
  /**
   * separate-runs: how many of the newest stored runs of the baseline branch (the baseline run
   * among them) make the reference distribution a benchmark is judged against
   * (compare/history-reference.ts), once at least MIN_HISTORY_RUNS of them hold it.
   */
  window: number;
}

/**
 * window 20. Bencher's thresholds read a window of recent metrics bounded by a minimum and maximum
 * sample size (its t-test example: at most 64); Conbench's lookback z-score needs only two
 * historic runs, and makes up for it with z thresholds of 30 or 50 in the reports of Arrow and
 * Velox. Here: twenty runs give the MAD-based interval of history-reference.ts ν = 0.37 · 19 ≈ 7
 * degrees of freedom, past which a longer window narrows it little (the t quantile at 97.5% is 2.4
 * at ν = 7, 2.2 at ν = 11), while older runs are more likely to have seen another runner image or
 * Node version. At most MAX_WINDOW runs are read.
 */
export const DEFAULT_WINDOW = 20;
/** Stored runs a benchmark's history must hold before it is the reference (compare/history-reference.ts). */
export const MIN_HISTORY_RUNS = 5;
export const MAX_WINDOW = 100;

/**
 * Keep every default here so that tuning touches one constant. `threshold` is a first guess.
 * The two noise defaults come from real runs on the shared 2-core VM, kept in __tests__/fixtures/runs/:
 *   real-aa/      five A/A runs of examples/demo's suite (5 benchmarks, 10 samples in 2 processes)
 *                 in a quiet period;
 *   real-loaded/  24 runs of evaluation/workloads (20 benchmarks), 12 of them A/A, while other
 *                 engineers' test suites kept the load average at 8–12.
 * defaultRunNoise 0.05     σ_r. real-aa: over all 10 pairs of runs, the relative shifts (log median
 *                          shift minus the leave-one-out median of the other benchmarks') give 0.052
 *                          by the robust scale the history is learned with (root mean square 0.082,
 *                          swollen by one benchmark with bimodal samples). real-loaded gives 0.20, but
 *                          there the samples spread as much within each run, and the within-run
 *                          interval, added on top, carries it: no A/A pair flags anything at 0.05.
 * defaultCommonNoise 0.4   σ_c. real-aa: the standard deviation of the runs' level is 0.245 (one run
 *                          of five was ~1.7× faster). real-loaded: 0.34, and 0.38 from successive
 *                          A/A runs; one run was 4.4× slower than the run before it, which 0.25 calls
 *                          a regression of every benchmark and 0.35 does not. A default must hold
 *                          before the history shows what kind of machine this is, so the larger,
 *                          rounded up.
 */
export const DEFAULT_COMPARE_OPTIONS: Readonly<CompareOptions> = Object.freeze({
  alpha: 0.05,
  threshold: 0.05,
  correction: 'holm',
  confidence: 0.95,
  minSamples: 5,
  pairing: 'separate-runs',
  defaultRunNoise: 0.05,
  defaultCommonNoise: 0.4,
  window: DEFAULT_WINDOW,
});

/** Defaults filled in, every value checked; throws UsageError naming the option. */
export function resolveCompareOptions(options: Partial<CompareOptions> = {}): CompareOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<CompareOptions>;
  const o: CompareOptions = { ...DEFAULT_COMPARE_OPTIONS, ...defined };
  between('alpha', o.alpha, 'a probability between 0 and 1, e.g. 0.05');
  between('confidence', o.confidence, 'a level between 0 and 1, e.g. 0.95');
  if (typeof o.threshold !== 'number' || !(o.threshold >= 0) || !Number.isFinite(o.threshold)) {
    fail('threshold', 'a relative change of 0 or more, e.g. 0.05 for 5%', o.threshold);
  }
  for (const name of ['defaultRunNoise', 'defaultCommonNoise'] as const) {
    const value = o[name];
    if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) {
      fail(name, 'a relative standard deviation of 0 or more, e.g. 0.05 for 5%', value);
    }
  }
  if (!Number.isInteger(o.window) || o.window < 2 || o.window > MAX_WINDOW) fail('window', `a whole number of runs from 2 to ${MAX_WINDOW}`, o.window);
  if (!Number.isInteger(o.minSamples) || o.minSamples < 1) fail('minSamples', 'a whole number of 1 or more', o.minSamples);
  if (!['holm', 'bh', 'none'].includes(o.correction)) fail('correction', "one of 'holm', 'bh' or 'none'", o.correction);
  if (!['same-run', 'separate-runs'].includes(o.pairing)) fail('pairing', "'same-run' or 'separate-runs'", o.pairing);
  return o;
}

function between(name: keyof CompareOptions, value: unknown, expected: string): void {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) fail(name, expected, value);
}

function fail(name: keyof CompareOptions, expected: string, found: unknown): never {
  throw new UsageError(`compare option '${name}' must be ${expected}; found ${describe(found)}`);
}
