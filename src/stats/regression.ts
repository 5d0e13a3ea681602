// Straight lines through points: least squares with its slope's interval (growth of memory per
// operation), and the robust Theil-Sen line with Sen's interval (drift of a soak run's latency).
import { median } from './descriptive.ts';
import { normalQuantile } from './normal.ts';
import { tQuantile } from './student-t.ts';

export interface LinearTrend {
  /** Change of y per unit of x, least squares. */
  slope: number;
  intercept: number;
  /** Standard error of the slope. */
  stderr: number;
  /** Confidence interval of the slope (Student's t with n − 2 degrees of freedom). */
  ci: [number, number];
  confidence: number;
  n: number;
}

/** Least-squares line through (x, y) with the slope's confidence interval. Needs three points or more. */
export function linearTrend(x: ArrayLike<number>, y: ArrayLike<number>, confidence = 0.95): LinearTrend {
  const n = x.length;
  if (n !== y.length) throw new RangeError(`linearTrend: ${n} x values but ${y.length} y values`);
  if (n < 3) throw new RangeError(`linearTrend: expected at least 3 points, found ${n}`);
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i]! - mx) ** 2;
    sxy += (x[i]! - mx) * (y[i]! - my);
  }
  if (sxx === 0) throw new RangeError('linearTrend: every x is the same, so there is no slope');
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let residual = 0;
  for (let i = 0; i < n; i++) residual += (y[i]! - intercept - slope * x[i]!) ** 2;
  const stderr = Math.sqrt(residual / (n - 2) / sxx);
  const half = tQuantile(1 - (1 - confidence) / 2, n - 2) * stderr;
  return { slope, intercept, stderr, ci: [slope - half, slope + half], confidence, n };
}

/** Theil-Sen: the median of the slopes between every pair of points; a few wild points cannot move it. */
export function theilSen(x: readonly number[], y: readonly number[]): { slope: number; intercept: number } {
  const slopes: number[] = [];
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      if (x[j] !== x[i]) slopes.push((y[j]! - y[i]!) / (x[j]! - x[i]!));
    }
  }
  const slope = slopes.length > 0 ? median(slopes) : 0;
  return { slope, intercept: median(y.map((v, i) => v - slope * x[i]!)) };
}

/**
 * Theil-Sen slope (the median of all pairwise slopes) with Sen's distribution-free interval from
 * Kendall's S. One window caught by a hiccup of the machine cannot tilt it, as it would a
 * least-squares line, and windows need not be normally distributed.
 */
export function senSlope(x: readonly number[], y: readonly number[], confidence = 0.95): { slope: number; intercept: number; ci: [number, number] } {
  const n = x.length;
  const slopes: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (x[j] !== x[i]) slopes.push((y[j]! - y[i]!) / (x[j]! - x[i]!));
    }
  }
  slopes.sort((a, b) => a - b);
  const m = slopes.length;
  if (m === 0) throw new RangeError('senSlope: expected at least two distinct x values');
  const slope = median(slopes);
  const intercept = median(y.map((v, i) => v - slope * x[i]!));
  // Normal approximation of Kendall's S (no ties in time): Var(S) = n(n−1)(2n+5)/18.
  const c = normalQuantile(1 - (1 - confidence) / 2) * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
  const lower = Math.max(0, Math.round((m - c) / 2) - 1);
  const upper = Math.min(m - 1, Math.round((m + c) / 2));
  return { slope, intercept, ci: [slopes[lower]!, slopes[upper]!] };
}
