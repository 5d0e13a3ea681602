// A monotonic trend in a series: the Mann–Kendall test (Mann 1945, Kendall 1975) and Sen's
// slope (Sen 1968), the pair used for trends in noisy environmental series: rank-based, so one
// slow run does not make a trend, and free of any assumption on the noise.
import { normalSf } from './normal.ts';

export interface Trend {
  /** Sen's slope: the median of (y_j − y_i)/(j − i) over all pairs i < j, per step. */
  slope: number;
  /** Mann–Kendall S: concordant minus discordant pairs. */
  s: number;
  /** Two-sided p-value of S, normal approximation with the tie correction of the variance. */
  pValue: number;
}

/**
 * Trend of `values` taken at equal steps (runs). Needs 3 values or more. O(n²) pairs: meant for
 * the last hundred or so runs of a series.
 */
export function mannKendall(values: readonly number[]): Trend {
  const n = values.length;
  if (n < 3) throw new RangeError(`mannKendall needs at least 3 values, found ${n}`);
  let s = 0;
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = values[j]! - values[i]!;
      s += Math.sign(d);
      slopes[k++] = d / (j - i);
    }
  }
  slopes.sort();
  const mid = slopes.length >> 1;
  const slope = slopes.length % 2 === 1 ? slopes[mid]! : (slopes[mid - 1]! + slopes[mid]!) / 2;

  let ties = 0;
  const sorted = Float64Array.from(values).sort();
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    const t = j - i;
    ties += t * (t - 1) * (2 * t + 5);
    i = j;
  }
  const variance = (n * (n - 1) * (2 * n + 5) - ties) / 18;
  const pValue = variance > 0 ? Math.min(1, 2 * normalSf(Math.abs(s) / Math.sqrt(variance))) : 1;
  return { slope, s, pValue };
}
