// Suite-wide figures: the geometric mean of the changes, and whether most benchmarks moved together.
import type { Direction } from '../results/model.ts';
import { median } from './median.ts';
import { normalQuantile } from './normal.ts';

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
  /** Relative between-run standard deviation used for this benchmark (separate-runs only). */
  runNoise?: number;
}

/** Fewer benchmarks than this, and a shared shift cannot be told from chance. */
export const COMMON_SHIFT_MIN_BENCHMARKS = 5;
/** Share of the benchmarks that must have moved the same way to call the shift common. */
export const COMMON_SHIFT_SHARE = 0.8;

/**
 * exp(mean log ratio) − 1, and its interval. The within-run errors of different benchmarks are
 * independent, so they shrink with the count; the between-run effect is largely shared by all
 * benchmarks of a run (a whole run slows at once), so it is taken as fully shared and does not
 * shrink: √2 · mean runNoise. That is the largest the variance of a mean can be, so the interval is
 * honest, if anything wide.
 */
export function geomean(items: readonly Compared[], confidence: number): { change: number; ci?: [number, number]; n: number } | undefined {
  const n = items.length;
  if (n === 0) return undefined;
  const mean = items.reduce((a, b) => a + b.logRatio, 0) / n;
  const within = items.reduce((a, b) => a + b.logRatioSe ** 2, 0) / n ** 2;
  const noises = items.filter((i) => i.runNoise !== undefined).map((i) => i.runNoise!);
  const shared = noises.length > 0 ? 2 * (noises.reduce((a, b) => a + b, 0) / noises.length) ** 2 : 0;
  const se = Math.sqrt(within + shared);
  const z = normalQuantile((1 + confidence) / 2);
  const change = Math.expm1(mean);
  if (!Number.isFinite(se)) return { change, n };
  return { change, ci: [Math.expm1(mean - z * se), Math.expm1(mean + z * se)], n };
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
