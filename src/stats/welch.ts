// Welch's t-test of two samples with unequal variances: the change point of a soak run's latency.
import { mean, variance } from './descriptive.ts';
import { tCdf } from './student-t.ts';

/** Two-sided p of Welch's t-test that `a` and `b` have the same mean. */
export function welchTest(a: readonly number[], b: readonly number[]): number {
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  const se = Math.sqrt(va + vb);
  if (se === 0) return mean(a) === mean(b) ? 1 : 0;
  const t = (mean(b) - mean(a)) / se;
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  return 2 * tCdf(-Math.abs(t), Math.max(df, 1));
}
