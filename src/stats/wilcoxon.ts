// Wilcoxon signed-rank test of paired differences (for interleaved runs: the log ratio head/base of
// each round pair), two-sided, with the semantics of scipy.stats.wilcoxon(d, zero_method=...,
// correction=..., alternative='two-sided').
//
// Method ('auto'), as SciPy ≥ 1.11 chooses it:
//   exact        no ties, no zeros, n ≤ 50: the exact null distribution of T+.
//   permutation  ties or zeros, n ≤ 13: the exact distribution of T+ over all 2^n sign flips of these
//                very differences (with their tied ranks), which is what SciPy's permutation test
//                enumerates at that size.
//   asymptotic   otherwise: normal approximation, variance reduced for tied ranks and, under 'pratt',
//                for the zeros (Cureton 1967); optional continuity correction.
// Zeros: 'wilcox' drops them (SciPy's default); 'pratt' ranks them with the rest but counts them on
// neither side.
import { normalSf } from './normal.ts';

export type ZeroMethod = 'wilcox' | 'pratt';
export type SignedRankMethod = 'exact' | 'permutation' | 'asymptotic';

export interface SignedRankOptions {
  zeroMethod?: ZeroMethod;
  /** Continuity correction of the normal approximation (SciPy's default: off). */
  correction?: boolean;
  method?: 'auto' | SignedRankMethod;
}

export interface SignedRankResult {
  /** Sum of the ranks of the positive differences. */
  rPlus: number;
  rMinus: number;
  /** min(T+, T−), SciPy's two-sided `statistic`. */
  statistic: number;
  pValue: number;
  method: SignedRankMethod;
  /** Differences ranked (all of them under 'pratt', the non-zero ones under 'wilcox'). */
  count: number;
  zeros: number;
  ties: boolean;
}

/** Above this many differences SciPy's 'auto' always uses the normal approximation. */
export const EXACT_MAX_PAIRS = 50;
/** Up to this many, tied or zero differences get the exact permutation distribution (2^13 sign flips). */
export const PERMUTATION_MAX_PAIRS = 13;

export function wilcoxonSignedRank(differences: readonly number[], options: SignedRankOptions = {}): SignedRankResult {
  const zeroMethod = options.zeroMethod ?? 'wilcox';
  for (const [i, d] of differences.entries()) {
    if (!Number.isFinite(d)) throw new RangeError(`difference #${i + 1} is ${d}; the signed-rank test needs finite numbers`);
  }
  const zeros = differences.filter((d) => d === 0).length;
  const ranked = zeroMethod === 'wilcox' ? differences.filter((d) => d !== 0) : [...differences];
  const count = ranked.length;
  if (count === 0 || zeros === count) {
    // Nothing moved in any pair: no evidence of a change either way.
    return { rPlus: 0, rMinus: 0, statistic: 0, pValue: 1, method: 'asymptotic', count, zeros, ties: false };
  }
  const { ranks, tieTerm } = absoluteRanks(ranked, zeroMethod === 'pratt');
  let rPlus = 0;
  let rMinus = 0;
  ranked.forEach((d, i) => {
    if (d > 0) rPlus += ranks[i]!;
    else if (d < 0) rMinus += ranks[i]!;
  });
  const ties = tieTerm > 0;
  const method = chooseMethod(options.method ?? 'auto', differences.length, ties, zeros);
  let p: number;
  if (method === 'exact') {
    // With ties T+ may be a half; rounding outwards keeps the test conservative, as SciPy does.
    p = 2 * Math.min(signedRankSf(Math.floor(rPlus), count), signedRankCdf(Math.ceil(rPlus), count));
  } else if (method === 'permutation') {
    p = permutationPValue(
      ranked.map((d, i) => (d === 0 ? 0 : ranks[i]!)),
      rPlus,
    );
  } else {
    const nz = zeroMethod === 'pratt' ? zeros : 0;
    const mean = (count * (count + 1)) / 4 - (nz * (nz + 1)) / 4;
    const variance = (count * (count + 1) * (2 * count + 1) - nz * (nz + 1) * (2 * nz + 1) - tieTerm / 2) / 24;
    const se = Math.sqrt(variance);
    let z = (rPlus - mean) / se;
    if (options.correction && z !== 0) z -= (Math.sign(z) * 0.5) / se;
    p = se > 0 ? 2 * normalSf(Math.abs(z)) : 1;
  }
  return { rPlus, rMinus, statistic: Math.min(rPlus, rMinus), pValue: Math.min(1, Math.max(0, p)), method, count, zeros, ties };
}

function chooseMethod(asked: 'auto' | SignedRankMethod, n: number, ties: boolean, zeros: number): SignedRankMethod {
  if (asked !== 'auto') return asked;
  if (n > EXACT_MAX_PAIRS) return 'asymptotic';
  if (!ties && zeros === 0) return 'exact';
  return n <= PERMUTATION_MAX_PAIRS ? 'permutation' : 'asymptotic';
}

/**
 * Average ranks of |d| (1 = smallest) and the tie term Σ(t³ − t) over groups of equal non-zero |d|.
 * Zeros, when kept ('pratt'), take the lowest ranks but never count as a tie.
 */
function absoluteRanks(values: readonly number[], zerosKept: boolean): { ranks: number[]; tieTerm: number } {
  const order = values.map((_, i) => i).sort((a, b) => Math.abs(values[a]!) - Math.abs(values[b]!));
  const ranks = new Array<number>(values.length);
  let tieTerm = 0;
  for (let start = 0; start < order.length;) {
    const size = Math.abs(values[order[start]!]!);
    let end = start;
    while (end + 1 < order.length && Math.abs(values[order[end + 1]!]!) === size) end++;
    const t = end - start + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!] = (start + end) / 2 + 1;
    if (t > 1 && !(zerosKept && size === 0)) tieTerm += t * t * t - t;
    start = end + 1;
  }
  return { ranks, tieTerm };
}

/**
 * Two-sided p-value of T+ over every assignment of signs to the given ranks (zero differences carry
 * rank 0: flipping them changes nothing). Ranks are whole or half numbers, so the distribution is
 * counted on doubled ranks exactly.
 */
function permutationPValue(ranks: readonly number[], rPlus: number): number {
  const doubled = ranks.map((r) => Math.round(2 * r));
  const total = doubled.reduce((a, b) => a + b, 0);
  const counts = new Float64Array(total + 1);
  counts[0] = 1;
  let reach = 0;
  for (const r of doubled) {
    if (r === 0) continue;
    for (let s = reach; s >= 0; s--) if (counts[s]) counts[s + r]! += counts[s]!;
    reach += r;
  }
  const observed = Math.round(2 * rPlus);
  let all = 0;
  let atMost = 0;
  let atLeast = 0;
  for (let s = 0; s <= total; s++) {
    const c = counts[s]!;
    all += c;
    if (s <= observed) atMost += c;
    if (s >= observed) atLeast += c;
  }
  return Math.min(1, (2 * Math.min(atMost, atLeast)) / all);
}

const distributions = new Map<number, Float64Array>();

/** P(T+ = k) for k = 0 … n(n+1)/2 under the null hypothesis, without ties; cached per n. */
export function signedRankPmf(n: number): Float64Array {
  const cached = distributions.get(n);
  if (cached) return cached;
  const total = (n * (n + 1)) / 2;
  // Counts of subsets of {1…n} by their sum: the coefficients of Π (1 + q^i). Below 2^53 up to
  // n = 52, so the counts stay exact where they are used (n ≤ 50).
  const counts = new Float64Array(total + 1);
  counts[0] = 1;
  for (let i = 1; i <= n; i++) {
    for (let s = (i * (i + 1)) / 2; s >= i; s--) counts[s]! += counts[s - i]!;
  }
  const scale = 2 ** -n;
  const pmf = counts.map((c) => c * scale);
  if (distributions.size > 64) distributions.delete(distributions.keys().next().value!);
  distributions.set(n, pmf);
  return pmf;
}

/** P(T+ ≤ k) for n untied differences. */
export function signedRankCdf(k: number, n: number): number {
  const pmf = signedRankPmf(n);
  if (k < 0) return 0;
  if (k >= pmf.length - 1) return 1;
  let sum = 0;
  for (let s = 0; s <= k; s++) sum += pmf[s]!;
  return sum;
}

/** P(T+ ≥ k) for n untied differences. */
export function signedRankSf(k: number, n: number): number {
  const pmf = signedRankPmf(n);
  if (k <= 0) return 1;
  if (k > pmf.length - 1) return 0;
  let sum = 0;
  for (let s = pmf.length - 1; s >= k; s--) sum += pmf[s]!;
  return sum;
}
