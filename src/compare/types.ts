// The shape of a comparison: what compare/ produces and report/ and gate/ read.
import type { Direction, RunMeta } from '../results/model.ts';

export type Verdict =
  | 'regression'
  | 'improvement'
  | 'unchanged'
  /** Too few samples or too much noise to say either way. */
  | 'inconclusive'
  /** In head, not in baseline. */
  | 'new'
  /** In baseline, not in head. */
  | 'missing'
  /** The benchmark failed in head (threw, timed out, produced nothing). */
  | 'error';

export type Correction = 'holm' | 'bh' | 'none';

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
   * Relative between-run standard deviation of a benchmark's median assumed when the
   * history is too short to learn it (separate-runs only).
   */
  defaultRunNoise: number;
}

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
  /** Confidence interval of `change` at `confidence`, widened by between-run noise when separate-runs. */
  ci?: [number, number];
  /** Two-sided Mann-Whitney U p-value of the samples. */
  pValue?: number;
  /** p-value after multiple-comparison correction (and between-run noise when separate-runs). */
  adjustedP?: number;
  /** Relative between-run standard deviation used for this benchmark (separate-runs only). */
  runNoise?: number;
  /** Where runNoise came from: learned from n stored runs, or the default. */
  runNoiseSource?: 'history' | 'default';
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
   * When most benchmarks moved together in one direction: the shared shift.
   * Worth showing: a whole-run shift is more often the machine than the code.
   */
  commonShift?: { change: number; share: number };
  /** How many earlier baseline runs informed the between-run noise. */
  historyRuns: number;
}
