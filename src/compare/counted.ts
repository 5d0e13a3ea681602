// Instruction counts (`measure: instructions`) compared across runs. A count is not a sample of a
// noisy quantity: the same code counts the same instructions in every process, up to a small
// spread that benchgate measures (the processes of one run, and the moves between the stored runs
// of the baseline branch). So no significance test, no assumed between-run noise and no
// multiple-comparison correction: the change is the ratio of the run medians, and its uncertainty
// is the largest spread seen, never less than COUNT_FLOOR. The threshold then means what it says,
// down to 1%.
import type { BenchmarkResult, RunResult } from '../results/model.ts';
import { median } from '../stats/descriptive.ts';
import { identity, screen } from './screen.ts';
import type { BenchmarkComparison, CompareOptions } from './types.ts';

/** The unit `measure: instructions` records. */
export const COUNT_UNIT = 'instructions';

/**
 * The least uncertainty of a counted change: a counted batch is accepted when it agrees with the
 * batch before it within 0.1% (measure/instruments/counted.ts), so two counts of unchanged code
 * may differ by that much without any process or run showing it.
 */
export const COUNT_FLOOR = 0.001;

/** Whether both sides of a benchmark are instruction counts, to be compared by compareCounted. */
export function isCounted(h: BenchmarkResult, b: BenchmarkResult | undefined): boolean {
  return h.unit === COUNT_UNIT && b?.unit === COUNT_UNIT;
}

/**
 * How far counts of unchanged code move from one stored run to the next: STORED_MOVES times the
 * median move between consecutive runs (0 for fewer than 3 runs). The median, so that a real
 * change merged in the window (one large move) is not taken for noise.
 */
function storedNoise(medians: readonly number[]): number {
  const positive = medians.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length < 3) return 0;
  const moves = positive.slice(1).map((v, i) => Math.abs(Math.log(v / positive[i]!)));
  return STORED_MOVES * median(moves);
}

/** A typical move between runs times this covers most moves of counts of unchanged code. */
const STORED_MOVES = 3;

/** Largest relative distance of any value from the median of `values` (0 for fewer than 2). */
function spread(values: readonly number[]): number {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length < 2) return 0;
  const m = median(positive);
  return Math.max(...positive.map((v) => Math.abs(Math.log(v / m))));
}

/**
 * The counted benchmark `h` against the baseline's `b`: `history` holds the earlier stored runs of
 * the baseline branch (newest first), whose run medians show how far counts of this benchmark
 * moved between runs of unchanged code.
 */
export function compareCounted(h: BenchmarkResult, b: BenchmarkResult | undefined, history: readonly RunResult[], o: CompareOptions): BenchmarkComparison {
  const screened = screen(h, b, 'baseline run');
  if ('settled' in screened) return screened.settled;
  const { baseSamples, sides, inconclusive } = screened;
  const positive = (xs: readonly number[]) => xs.length > 0 && xs.every((v) => v > 0 && Number.isFinite(v));
  if (!positive(baseSamples) || !positive(h.samples)) return inconclusive('A count that is not a positive number cannot be compared.');

  const stored = [b!, ...history.map((r) => r.benchmarks.find((x) => x.name === h.name && x.unit === COUNT_UNIT && x.error === undefined))]
    .filter((x): x is BenchmarkResult => x !== undefined && x.samples.length > 0)
    .slice(0, o.window + 1)
    .map((x) => median(x.samples));
  const sources: [number, string][] = [
    [COUNT_FLOOR, 'the counting floor'],
    [spread(h.samples), "head's processes"],
    [spread(baseSamples), "the baseline's processes"],
    [storedNoise(stored), `${stored.length} stored runs`],
  ];
  const [uncertainty, source] = sources.reduce((a, c) => (c[0] > a[0] ? c : a));
  const d = Math.log(sides.head.median / sides.baseline.median);
  const change = Math.expm1(d);
  const ci: [number, number] = [Math.expm1(d - uncertainty), Math.expm1(d + uncertainty)];
  const worse = h.direction === 'smaller' ? d > 0 : d < 0;
  const pct = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(Math.abs(x) < 0.1 ? 2 : 1)}%`;
  const within = `±${(Math.expm1(uncertainty) * 100).toFixed(2)}%, the largest spread of ${source}`;
  const counted = {
    ...identity(h),
    ...sides,
    change,
    ci,
    runNoise: uncertainty,
    runNoiseSource: stored.length > 1 ? ('history' as const) : ('default' as const),
  };
  const beyond = Math.abs(d) > uncertainty;
  const threshold = Math.log1p(o.threshold);
  if (!beyond) {
    // Within what unchanged code shows: unchanged when even the far end stays under the threshold.
    if (Math.abs(d) + uncertainty < threshold) return { ...counted, verdict: 'unchanged', reason: `Counts agree: ${pct(change)} (${within}).` };
    return {
      ...counted,
      verdict: 'inconclusive',
      reason: `Counted ${pct(change)}, within ${within}, which reaches the ${pct(o.threshold).slice(1)} threshold.`,
    };
  }
  if (Math.abs(d) >= threshold) {
    return {
      ...counted,
      verdict: worse ? 'regression' : 'improvement',
      reason: `Counted ${pct(change)} (${within}), at or beyond the ${pct(o.threshold).slice(1)} threshold.`,
    };
  }
  return { ...counted, verdict: 'small-change', reason: `Counted ${pct(change)} (${within}), below the ${pct(o.threshold).slice(1)} threshold.` };
}
