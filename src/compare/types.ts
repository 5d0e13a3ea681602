// The shape of a comparison: what compare/ produces and report/ and gate/ read.
import type { Direction, RunMeta, ScenarioResult } from '../results/model.ts';

export type Verdict =
  | 'regression'
  | 'improvement'
  | 'unchanged'
  /** A significant change smaller than the threshold: reported, never gated. */
  | 'small-change'
  /** Too few samples or too much noise to say either way. */
  | 'inconclusive'
  /** In head, not in baseline. */
  | 'new'
  /** In baseline, not in head. */
  | 'missing'
  /** The benchmark failed in head (threw, timed out, produced nothing). */
  | 'error';

/** Every verdict, in the order counts list them. */
export const VERDICTS: readonly Verdict[] = ['regression', 'improvement', 'small-change', 'unchanged', 'inconclusive', 'new', 'missing', 'error'];

/** A count of 0 for every verdict, to add to. */
export function zeroCounts(): Record<Verdict, number> {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
}

export type { CompareOptions, Correction } from '../config/compare-options.ts';
import type { CompareOptions } from '../config/compare-options.ts';

export interface SideSummary {
  n: number;
  median: number;
  /** Within-run coefficient of variation. */
  cv: number;
}

export interface BenchmarkComparison {
  name: string;
  unit: string;
  direction: Direction;
  group?: string;
  verdict: Verdict;
  /** One short sentence for people: why this verdict. */
  reason: string;
  baseline?: SideSummary;
  head?: SideSummary;
  /** Relative change head vs baseline (0.1 = head is 10% larger), Hodges-Lehmann on log scale. */
  change?: number;
  /**
   * Confidence interval of `change` at `confidence`. same-run: the within-run interval.
   * separate-runs: the within-run interval widened by the between-run noise of the test that decided:
   * by √2·σ_r when the benchmark was flagged for moving against the rest of the suite (the interval
   * the change has if the whole run's shift is taken as known), else by √(2σ_r² + 2σ_c²), every
   * source of between-run noise (with too few benchmarks for a common shift: by √2 · runNoise).
   */
  ci?: [number, number];
  /** Two-sided Mann-Whitney U p-value of the samples. */
  pValue?: number;
  /** p-value after multiple-comparison correction (and between-run noise when separate-runs) of the test that decided, as for `ci`. */
  adjustedP?: number;
  /**
   * separate-runs, with a common shift: relative change against the rest of the suite,
   * exp(d − c) − 1 with c the median log shift of the other benchmarks.
   */
  relativeChange?: number;
  /**
   * Relative between-run standard deviation used for this benchmark (separate-runs only): σ_r, how
   * much it moves against the rest of the suite, when there is a common shift; otherwise the whole
   * run-to-run spread of its median.
   */
  runNoise?: number;
  /** Where runNoise came from: learned from n stored runs, or the default. */
  runNoiseSource?: 'history' | 'default';
  /**
   * separate-runs, judged against the stored history (compare/history-reference.ts): `runs` stored
   * run-level values of this benchmark in a window of `window` runs, their median (in the unit),
   * and, when the whole run's shift was split off, that shift. `change` and `ci` are then against
   * the median (after the run's shift is split off, when it was), runNoise is the normal-consistent
   * MAD of the values judged against, and `whole` is the change against the median with the shift.
   */
  reference?: { runs: number; window: number; median: number; whole: number; runShift?: number };
}

export interface ShardGroup {
  /** Shard (1-based) that measured these benchmarks in head; absent when head was not sharded (or lacks them). */
  head?: number;
  /** Likewise in the baseline. */
  baseline?: number;
  benchmarks: number;
  commonShift?: Comparison['commonShift'];
}

export interface Comparison {
  suite: string;
  head: RunMeta;
  baseline?: RunMeta;
  options: CompareOptions;
  benchmarks: BenchmarkComparison[];
  counts: Record<Verdict, number>;
  /** Geometric mean of head/baseline median ratios over benchmarks compared on both sides, minus 1. */
  geomean?: { change: number; ci?: [number, number]; n: number };
  /**
   * The shift shared by the suite. separate-runs with at least 4 benchmarks compared on log scale:
   * always, as the median shift, with its interval, σ_c and whether this machine's run-to-run noise
   * explains it. Otherwise only when at least 5 were compared and most moved together (`share`).
   * A whole-run shift is more often the machine than the code.
   */
  commonShift?: {
    /** exp(median log shift) − 1, in the direction of the more common kind of benchmark (times, on a tie). */
    change: number;
    /** Share of the compared benchmarks whose own within-run interval moved the way the majority did. */
    share: number;
    /** Interval of `change` at `confidence`: the median's sampling error and √2·σ_c. */
    ci?: [number, number];
    /** σ_c: relative standard deviation of a whole run's level from run to run. */
    runNoise?: number;
    runNoiseSource?: 'history' | 'default';
    /** True when `ci` includes 0: a shift this machine shows between runs of the same code. */
    explainedByNoise?: boolean;
  };
  /** How many earlier baseline runs informed the between-run noise. */
  historyRuns: number;
  /**
   * When either run was measured in shards: the groups of benchmarks compared apart, by the shard
   * that measured them in head and in the baseline, each with its own common shift (commonShift above is then absent).
   */
  shards?: ShardGroup[];
  /** The test behind the p-values: Mann-Whitney U on two sets of samples (default), or Wilcoxon signed-rank on round pairs (`benchgate ab`). */
  test?: 'mann-whitney' | 'wilcoxon-signed-rank';
  /** Head's load scenarios, carried for the report and the gate (their thresholds); absent when it had none. */
  scenarios?: ScenarioResult[];
}
