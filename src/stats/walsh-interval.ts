// The centre of paired differences and its distribution-free confidence interval.
//
// Hodges-Lehmann one-sample estimate: the median of the n(n+1)/2 Walsh averages (d_i + d_j)/2, i ≤ j.
// Interval (Tukey; as R's wilcox.test(conf.int = TRUE)): the k-th smallest and k-th largest Walsh
// averages, where k is the largest whole number with P(T+ ≤ k − 1) ≤ (1 − confidence) / 2 under the
// null distribution of the signed-rank statistic. It is the set of centres the two-sided signed-rank
// test would not reject, so its coverage is at least `confidence` for continuous, symmetric
// differences. k comes from the exact distribution up to EXACT_MAX_PAIRS differences, and from the
// normal approximation with continuity correction, k = ⌊N/2 + 1/2 − z·σ⌋, beyond.
// On log ratios the centre is a log ratio: relative change = exp(centre) − 1.
import { normalCdf, normalQuantile } from './normal.ts';
import { EXACT_MAX_PAIRS, signedRankCdf } from './wilcoxon.ts';

export interface CentreEstimate {
  /** Median of the Walsh averages. */
  centre: number;
  /** Interval bounds; −Infinity / Infinity when too few differences to reach the confidence at all. */
  lower: number;
  upper: number;
  /** Rank k of the bounds among the sorted Walsh averages (0 when unbounded). */
  rank: number;
  method: 'exact' | 'normal';
  /** Coverage the chosen ranks give: at least the requested confidence when exact. */
  coverage: number;
}

export function walshInterval(differences: readonly number[], confidence: number): CentreEstimate {
  const n = differences.length;
  if (n === 0) throw new RangeError('the Hodges-Lehmann centre needs at least one difference');
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be between 0 and 1; got ${confidence}`);
  const walsh = walshAverages(differences);
  const total = walsh.length;
  const mid = Math.floor((total + 1) / 2);
  const centre = total % 2 === 1 ? walsh[mid - 1]! : (walsh[mid - 1]! + walsh[mid]!) / 2;
  const { rank, method, coverage } = signedRankCriticalRank(n, confidence);
  if (rank === 0) return { centre, lower: -Infinity, upper: Infinity, rank, method, coverage: 1 };
  return { centre, lower: walsh[rank - 1]!, upper: walsh[total - rank]!, rank, method, coverage };
}

/** All (d_i + d_j)/2 for i ≤ j, sorted ascending. */
export function walshAverages(differences: readonly number[]): Float64Array {
  const n = differences.length;
  const d = Float64Array.from(differences);
  for (const v of d) if (!Number.isFinite(v)) throw new RangeError(`a difference is ${v}; expected finite numbers`);
  const walsh = new Float64Array((n * (n + 1)) / 2);
  let at = 0;
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) walsh[at++] = (d[i]! + d[j]!) / 2;
  return walsh.sort();
}

/**
 * The rank k of the interval bounds among the N = n(n+1)/2 sorted Walsh averages: the largest k with
 * P(T+ ≤ k − 1) ≤ (1 − confidence) / 2. Zero when even the extremes do not reach the confidence.
 */
export function signedRankCriticalRank(n: number, confidence: number): { rank: number; method: 'exact' | 'normal'; coverage: number } {
  const tail = (1 - confidence) / 2;
  const total = (n * (n + 1)) / 2;
  if (n <= EXACT_MAX_PAIRS) {
    let rank = 0;
    // The cdf grows with k; beyond the middle it exceeds any tail below 1/2.
    while (rank < Math.floor((total + 1) / 2) && signedRankCdf(rank, n) <= tail) rank++;
    return { rank, method: 'exact', coverage: 1 - 2 * signedRankCdf(rank - 1, n) };
  }
  const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
  const z = normalQuantile(1 - tail);
  const rank = Math.min(Math.floor((total + 1) / 2), Math.max(0, Math.floor(total / 2 + 0.5 - z * sd)));
  return { rank, method: 'normal', coverage: rank === 0 ? 1 : 1 - 2 * normalCdf((rank - 0.5 - total / 2) / sd) };
}
