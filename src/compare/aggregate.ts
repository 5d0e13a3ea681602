// Suite-wide figures: the geometric mean of the changes, and whether most benchmarks moved together.
import type { Direction } from '../results/model.ts';
import type { Comparison } from './types.ts';
import { leaveOneOutMedians, orientation } from './common-mode.ts';
import { median } from '../stats/descriptive.ts';
import { normalQuantile } from '../stats/normal.ts';
import type { RunNoise } from './run-noise.ts';

export interface Compared {
  direction: Direction;
  /** log(head median / baseline median). */
  logRatio: number;
  /** Standard error of logRatio from the two medians' distribution-free intervals. */
  logRatioSe: number;
  /** Hodges-Lehmann log shift and its within-run interval (before any between-run widening). */
  logShift: number;
  withinLower: number;
  withinUpper: number;
  /**
   * Relative between-run standard deviation used for this benchmark (separate-runs only): σ_r when a
   * common shift was split off, otherwise all of it.
   */
  runNoise?: number;
}

/** Fewer benchmarks than this, and a shared shift cannot be told from chance. */
export const COMMON_SHIFT_MIN_BENCHMARKS = 5;
/** Share of the benchmarks that must have moved the same way to call the shift common. */
export const COMMON_SHIFT_SHARE = 0.8;

/**
 * exp(mean log ratio) − 1, and its interval. The within-run errors of different benchmarks are
 * independent, so they shrink with the count. With `commonNoise` (σ_c), the between-run effect is
 * split: the common part is shared by every benchmark and does not shrink (√2·σ_c), each benchmark's
 * own part σ_r is independent and does. Without it, each benchmark's runNoise is taken as fully
 * shared: √2 · mean runNoise, the largest the variance of a mean can be, so the interval is honest,
 * if anything wide.
 */
export function geomean(
  items: readonly Compared[],
  confidence: number,
  commonNoise?: number,
): { change: number; ci?: [number, number]; n: number } | undefined {
  const n = items.length;
  if (n === 0) return undefined;
  const mean = items.reduce((a, b) => a + b.logRatio, 0) / n;
  const within = items.reduce((a, b) => a + b.logRatioSe ** 2, 0) / n ** 2;
  const noises = items.filter((i) => i.runNoise !== undefined).map((i) => i.runNoise!);
  const between =
    commonNoise !== undefined
      ? 2 * commonNoise ** 2 + noises.reduce((a, b) => a + 2 * b ** 2, 0) / n ** 2
      : noises.length > 0
        ? 2 * (noises.reduce((a, b) => a + b, 0) / noises.length) ** 2
        : 0;
  const se = Math.sqrt(within + between);
  const z = normalQuantile((1 + confidence) / 2);
  const change = Math.expm1(mean);
  if (!Number.isFinite(se)) return { change, n };
  return { change, ci: [Math.expm1(mean - z * se), Math.expm1(mean + z * se)], n };
}

/** The suite's common shift across runs, on log scale and oriented so that slower is positive. */
export interface SuiteShift {
  /** c: median of the oriented log shifts. */
  shift: number;
  /** Half-width at `confidence` of the interval of c: z · √(2σ_c² + the median's sampling variance). */
  band: number;
  /** |c| ≤ band: this machine's run-to-run noise explains it. */
  explained: boolean;
  /** Per item, in its order: the oriented leave-one-out median of the others. */
  centres: number[];
  /** The shift as Comparison.commonShift reports it. */
  reported: NonNullable<Comparison['commonShift']>;
}

/**
 * The common shift of a suite compared across runs (see common-mode.ts), from items that all have
 * `runNoise` = σ_r, and σ_c. The median's own sampling variance is taken as π/2 times the mean
 * variance of one shift over the count, its large-sample value.
 */
export function suiteShift(items: readonly Compared[], common: RunNoise, confidence: number): SuiteShift {
  const z = normalQuantile((1 + confidence) / 2);
  const n = items.length;
  const oriented = items.map((i) => orientation(i.direction) * i.logShift);
  const shift = median(oriented);
  const variance = items.reduce((a, i) => a + ((i.withinUpper - i.withinLower) / (2 * z)) ** 2 + 2 * (i.runNoise ?? 0) ** 2, 0) / n;
  const band = z * Math.sqrt(2 * common.noise ** 2 + (Math.PI / 2) * (variance / n));
  const up = items.filter((i) => (orientation(i.direction) === 1 ? i.withinLower > 0 : i.withinUpper < 0)).length;
  const down = items.filter((i) => (orientation(i.direction) === 1 ? i.withinUpper < 0 : i.withinLower > 0)).length;
  // Reported in the units of the more common kind, as the geomean is: a slower run is "+" for times.
  const sign = alike(items)[0]?.direction === 'bigger' ? -1 : 1;
  const explained = Math.abs(shift) <= band;
  const ends = [Math.expm1(sign * shift - band), Math.expm1(sign * shift + band)] as const;
  return {
    shift,
    band,
    explained,
    centres: leaveOneOutMedians(oriented),
    reported: {
      change: Math.expm1(sign * shift),
      share: Math.max(up, down) / n,
      ci: [ends[0], ends[1]],
      runNoise: common.noise,
      runNoiseSource: common.source,
      explainedByNoise: explained,
    },
  };
}

/**
 * When at least COMMON_SHIFT_MIN_BENCHMARKS were compared and COMMON_SHIFT_SHARE of them moved the
 * same way, the median shift and that share. "Moved" means the benchmark's own within-run interval
 * excludes zero, so that chance ups and downs of unchanged benchmarks do not count.
 */
export function commonShift(items: readonly Compared[]): { change: number; share: number } | undefined {
  const n = items.length;
  if (n < COMMON_SHIFT_MIN_BENCHMARKS) return undefined;
  const up = items.filter((i) => i.withinLower > 0).length;
  const down = items.filter((i) => i.withinUpper < 0).length;
  const share = Math.max(up, down) / n;
  if (share < COMMON_SHIFT_SHARE) return undefined;
  return { change: Math.expm1(median(items.map((i) => i.logShift))), share };
}

/**
 * Times going up and throughput going down are the same slowdown, but their ratios point opposite
 * ways; averaging them would cancel it out. So suite-wide figures use the benchmarks of the more
 * common direction only (times, on a tie).
 */
export function alike(items: readonly Compared[]): Compared[] {
  const bigger = items.filter((i) => i.direction === 'bigger');
  return 2 * bigger.length > items.length ? bigger : items.filter((i) => i.direction === 'smaller');
}
