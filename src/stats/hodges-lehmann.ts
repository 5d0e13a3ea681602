// The shift between two samples and its distribution-free confidence interval.
//
// Hodges-Lehmann: the shift estimate is the median of all n1·n2 differences head_j − base_i.
// Interval (Moses; Bauer 1972): the k-th smallest and k-th largest of those differences, where k is
// the largest whole number with P(U ≤ k − 1) ≤ (1 − confidence) / 2 under the null distribution of
// the Mann-Whitney U. This is the set of shifts the two-sided Mann-Whitney test would not reject,
// so its coverage is at least `confidence` for continuous data.
// k comes from the exact distribution of U when that is affordable (see mann-whitney.ts) and from
// the normal approximation with continuity correction, k = ⌊n1·n2/2 + 1/2 − z·σ⌋, otherwise.
// Computed on log samples, the shift is a log ratio: relative change = exp(shift) − 1.
import { exactIsAffordable, uCdf } from './mann-whitney.ts';
import { normalCdf, normalQuantile } from './normal.ts';

export interface ShiftEstimate {
  /** Median of all pairwise differences head_j − base_i. */
  shift: number;
  /** Interval bounds; −Infinity / Infinity when too few samples to reach the confidence at all. */
  lower: number;
  upper: number;
  /** The rank k of the bounds among the sorted differences (0 when unbounded). */
  rank: number;
  /** Where k came from. */
  method: 'exact' | 'normal';
  /** Coverage the chosen ranks give: at least the requested confidence when exact. */
  coverage: number;
}

export interface RelativeChange {
  /** Hodges-Lehmann shift of the log samples: a log ratio. */
  logShift: number;
  logLower: number;
  logUpper: number;
  /** exp(shift) − 1: 0.1 means head is 10% larger than baseline. */
  change: number;
  lower: number;
  upper: number;
}

/** Hodges-Lehmann shift of `head` relative to `base` with its confidence interval. */
export function hodgesLehmann(base: readonly number[], head: readonly number[], confidence: number): ShiftEstimate {
  if (base.length === 0 || head.length === 0) {
    throw new RangeError(`Hodges-Lehmann needs at least one value on each side; got ${base.length} and ${head.length}`);
  }
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be between 0 and 1; got ${confidence}`);
  const b = sortedFinite(base, 'baseline');
  const h = sortedFinite(head, 'head');
  const total = b.length * h.length;
  const select = differenceSelector(b, h);
  const mid = Math.floor((total + 1) / 2);
  const shift = total % 2 === 1 ? select(mid) : (select(mid) + select(mid + 1)) / 2;
  const { rank, method, coverage } = criticalRank(b.length, h.length, confidence);
  if (rank === 0) return { shift, lower: -Infinity, upper: Infinity, rank, method, coverage: 1 };
  return { shift, lower: select(rank), upper: select(total + 1 - rank), rank, method, coverage };
}

/** The Hodges-Lehmann shift on log scale, as a relative change. Samples must be positive. */
export function relativeChange(base: readonly number[], head: readonly number[], confidence: number): RelativeChange {
  const est = hodgesLehmann(logs(base, 'baseline'), logs(head, 'head'), confidence);
  return {
    logShift: est.shift,
    logLower: est.lower,
    logUpper: est.upper,
    change: Math.expm1(est.shift),
    lower: Math.expm1(est.lower),
    upper: Math.expm1(est.upper),
  };
}

/**
 * The rank k of the interval bounds among the n1·n2 sorted differences: the largest k with
 * P(U ≤ k − 1) ≤ (1 − confidence) / 2. Zero when even the extreme differences do not reach it.
 */
export function criticalRank(n1: number, n2: number, confidence: number): { rank: number; method: 'exact' | 'normal'; coverage: number } {
  const tail = (1 - confidence) / 2;
  const total = n1 * n2;
  if (exactIsAffordable(n1, n2)) {
    // P(U ≤ k − 1) grows with k and exceeds any tail < 1/2 by k − 1 = ⌊total/2⌋.
    let lo = 0;
    let hi = Math.floor(total / 2) + 1;
    while (lo < hi) {
      const k = Math.ceil((lo + hi) / 2);
      if (uCdf(k - 1, n1, n2) <= tail) lo = k;
      else hi = k - 1;
    }
    return { rank: lo, method: 'exact', coverage: 1 - 2 * uCdf(lo - 1, n1, n2) };
  }
  const sd = Math.sqrt((total * (n1 + n2 + 1)) / 12);
  const z = normalQuantile(1 - tail);
  const rank = Math.min(Math.floor((total + 1) / 2), Math.max(0, Math.floor(total / 2 + 0.5 - z * sd)));
  return { rank, method: 'normal', coverage: rank === 0 ? 1 : 1 - 2 * normalCdf((rank - 0.5 - total / 2) / sd) };
}

/**
 * Distribution-free interval for the median of one sample: the order statistics l and n + 1 − l with
 * l the largest rank such that P(Binomial(n, 1/2) ≤ l − 1) ≤ (1 − confidence) / 2. With so few
 * values that no rank qualifies (n ≤ 5 at 95%), the range of the sample.
 */
export function medianInterval(values: readonly number[], confidence: number): [number, number] {
  const sorted = sortedFinite(values, 'sample');
  const n = sorted.length;
  if (n === 0) throw new RangeError('median interval of an empty sample');
  const tail = (1 - confidence) / 2;
  let rank: number;
  if (n <= 1000) {
    let pmf = 2 ** -n;
    let cdf = 0;
    rank = 0;
    // At the top of each turn cdf = P(B ≤ rank − 1) and pmf = P(B = rank).
    while (rank < Math.floor((n + 1) / 2) && cdf + pmf <= tail) {
      cdf += pmf;
      pmf *= (n - rank) / (rank + 1);
      rank++;
    }
  } else {
    rank = Math.floor(n / 2 + 0.5 - (normalQuantile(1 - tail) * Math.sqrt(n)) / 2);
  }
  rank = Math.max(1, rank);
  return [sorted[rank - 1]!, sorted[n - rank]!];
}

/**
 * The k-th smallest (1-based) of all differences head_j − base_i, both arrays sorted ascending.
 * Exposed for tests; hodgesLehmann uses it through differenceSelector.
 */
export function kthPairwiseDifference(base: Float64Array, head: Float64Array, k: number): number {
  return selectDifference(base, head, k);
}

/** Up to this many differences are simply listed and sorted; beyond, they are selected without listing. */
const LIST_LIMIT = 50_000;

function differenceSelector(base: Float64Array, head: Float64Array): (k: number) => number {
  if (base.length * head.length <= LIST_LIMIT) {
    const all = new Float64Array(base.length * head.length);
    let at = 0;
    for (const y of head) for (const x of base) all[at++] = y - x;
    all.sort();
    return (k) => all[k - 1]!;
  }
  return (k) => selectDifference(base, head, k);
}

/**
 * Selection in the sorted matrix of differences (Johnson & Mizoguchi 1978, in the form of
 * Monahan 1984): keep, per row, the range of columns that may still hold the answer; split on the
 * weighted median of the rows' middle candidates, which removes at least a quarter of the candidates
 * each turn, so O(log(n1·n2)) turns of O(n log n) each. Differences are always computed as head − base
 * so every comparison sees the same rounded values.
 */
function selectDifference(base: Float64Array, head: Float64Array, k: number): number {
  const n1 = base.length;
  const n2 = head.length;
  if (!(k >= 1 && k <= n1 * n2)) throw new RangeError(`rank ${k} is outside 1…${n1 * n2}`);
  // Row j, column c: head[j] − base[n1 − 1 − c]; increasing along a row and down a column.
  const at = (j: number, c: number): number => head[j]! - base[n1 - 1 - c]!;
  const from = new Int32Array(n2);
  const to = new Int32Array(n2).fill(n1);
  const less = new Int32Array(n2);
  const notMore = new Int32Array(n2);
  let remaining = n1 * n2;
  while (remaining > Math.max(4096, 4 * (n1 + n2))) {
    const pivot = weightedMiddle(at, from, to, remaining);
    let c = n1;
    let d = n1;
    let sumLess = 0;
    let sumNotMore = 0;
    // Rows grow downwards, so each count can only shrink from one row to the next.
    for (let j = 0; j < n2; j++) {
      while (c > 0 && at(j, c - 1) >= pivot) c--;
      while (d > 0 && at(j, d - 1) > pivot) d--;
      less[j] = c;
      notMore[j] = d;
      sumLess += c;
      sumNotMore += d;
    }
    if (k > sumLess && k <= sumNotMore) return pivot;
    remaining = 0;
    for (let j = 0; j < n2; j++) {
      if (k <= sumLess) to[j] = Math.min(to[j]!, less[j]!);
      else from[j] = Math.max(from[j]!, notMore[j]!);
      remaining += to[j]! - from[j]!;
    }
  }
  let below = 0;
  const rest = new Float64Array(remaining);
  let at2 = 0;
  for (let j = 0; j < n2; j++) {
    below += from[j]!;
    for (let c = from[j]!; c < to[j]!; c++) rest[at2++] = at(j, c);
  }
  rest.sort();
  return rest[k - below - 1]!;
}

function weightedMiddle(at: (j: number, c: number) => number, from: Int32Array, to: Int32Array, remaining: number): number {
  const rows: { value: number; weight: number }[] = [];
  for (let j = 0; j < from.length; j++) {
    const weight = to[j]! - from[j]!;
    if (weight > 0) rows.push({ value: at(j, (from[j]! + to[j]! - 1) >> 1), weight });
  }
  rows.sort((a, b) => a.value - b.value);
  let seen = 0;
  for (const row of rows) {
    seen += row.weight;
    if (2 * seen >= remaining) return row.value;
  }
  return rows[rows.length - 1]!.value;
}

function sortedFinite(values: readonly number[], what: string): Float64Array {
  const copy = Float64Array.from(values);
  for (const v of copy) if (!Number.isFinite(v)) throw new RangeError(`the ${what} sample contains ${v}; expected finite numbers`);
  return copy.sort();
}

function logs(values: readonly number[], what: string): number[] {
  return values.map((v) => {
    if (!(v > 0)) throw new RangeError(`the ${what} sample contains ${v}; a relative change needs positive values`);
    return Math.log(v);
  });
}
