/**
 * Where a benchmark's level changed in its history: E-divisive (Matteson & James 2014,
 * https://arxiv.org/abs/1306.4933) in sliding windows, as Hunter/Apache Otava run it (Fleming et
 * al. 2023, https://arxiv.org/abs/2301.03034), with a permutation significance test as in
 * Matteson & James and MongoDB's signal-processing-algorithms.
 *
 * Per window of `window` runs (windows start every `window / 2` runs, so a step near one
 * window's edge sits in the middle of the next):
 * 1. The runs' values are replaced by their ranks within the window (ties broken at random,
 *    seeded). The candidate split is the one that maximises the energy statistic of the ranks,
 *    Q(τ) = n·m/(n+m) · (2/(n·m) Σ|x−y| − 2/(n(n−1)) Σ|x−x'| − 2/(m(m−1)) Σ|y−y'|),
 *    between the window's runs before τ (x, n of them) and from τ on (y, m of them).
 * 2. Its p-value is that of the permutation test: the share of orderings of the window whose
 *    largest Q reaches it. On ranks that distribution is the same for every window of the same
 *    length, so it is sampled once (`permutations` orderings, seeded) and shared by every window
 *    and every series: a window costs one pass over its pairs, whether or not it holds a step.
 * 3. After a change point, the parts on either side are searched again (hierarchically, as
 *    E-divisive does), each against the distribution of its own length; the smallest p of k
 *    parts counts as 1 − (1 − p)^k.
 * As in Otava, a window never reaches back past the last change point found, so a step is
 * tested in one window. Each change point is then placed by the best split of up to half a
 * window either side of it (between its neighbours): the window that found it may have had it
 * near an edge.
 *
 * Ranks make the analysis the same on a log scale as on a linear one (ratio-scale data needs no
 * transform: a 10% step weighs the same at 1 µs as at 1 s), and one slow run cannot outweigh the
 * rest; for 15–20% steps in 3% noise they lose nothing that matters (docs/change-points.md).
 *
 * Pure and deterministic: every random choice comes from `seed`, the window's place and the
 * part's length, so appending runs does not move change points found earlier in the history,
 * except in the last windows.
 */
import { median } from '../stats/descriptive.ts';

/**
 * Runs per window. Apache Otava's `compute_change_points` uses 50 (`window_len=50`); it is
 * long enough to see a 15% step in 3% noise with 5 runs on one side, and short enough that
 * two changes a few dozen runs apart do not blur into one.
 */
export const CHANGE_POINT_WINDOW = 50;

/**
 * Largest p-value of a change point, per window tested. Apache Otava's default is 0.001 (with a
 * t-test); here it is lower because a history of 2,000 runs is ~80 windows, each tested, and the
 * target is at most one spurious change point per 25 such histories: 80 × 25 × 0.0002 = 0.4
 * expected (docs/change-points.md measures it).
 */
export const CHANGE_POINT_P_VALUE = 0.0002;

/**
 * Orderings sampled for the permutation distribution of each window length. A p-value is
 * (b+1)/(N+1) for b of N orderings at or above the observed Q, so N must be well above
 * 1/pValue: at 49,999, p = 0.0002 means the observed Q beats all but 9 of them, and the
 * threshold that sets is within about a third of the exact one. (MongoDB's default is 100 at
 * p 0.05.) Sampling them takes a few milliseconds per window length, once per process.
 */
export const CHANGE_POINT_PERMUTATIONS = 49_999;

/**
 * Fewest runs on either side of a change point. Below 2 the within-segment distance is not
 * defined; 5 keeps a burst of a few slow runs (a busy CI machine) from being called a change,
 * and still finds a step 5 runs after it happened.
 */
export const CHANGE_POINT_MIN_SEGMENT = 5;

/** Shufflings a window gets before its p-value is looked up; see Search.screen. */
const SCREEN_PERMUTATIONS = 200;

/** MongoDB's signal-processing-algorithms seeds its default E-divisive with 1234. */
export const CHANGE_POINT_SEED = 1234;

export interface ChangePointOptions {
  /** Largest p-value of a change point; default CHANGE_POINT_P_VALUE. */
  pValue?: number;
  /** Orderings sampled for each permutation distribution; default CHANGE_POINT_PERMUTATIONS. */
  permutations?: number;
  /** Fewest values on either side of a change point; default CHANGE_POINT_MIN_SEGMENT. */
  minSegment?: number;
  /** Seed of every random choice; default CHANGE_POINT_SEED. */
  seed?: number;
  /** Values per window; default CHANGE_POINT_WINDOW. */
  window?: number;
}

export interface ChangePoint {
  /** Index of the first value after the step. */
  index: number;
  /** Of the permutation test, in the window where the change point was found. */
  pValue: number;
  /** Median of the segment before (from the previous change point, or the start). */
  before: number;
  /** Median of the segment after (up to the next change point, or the end). */
  after: number;
  /** after / before − 1; NaN when `before` is 0. */
  change: number;
  /** The energy statistic Q of the split, on the ranks of the runs around it. */
  q: number;
}

export interface Split {
  index: number;
  pValue: number;
  q: number;
}

interface Settings {
  pValue: number;
  permutations: number;
  minSegment: number;
  seed: number;
}

/** Change points of a series, oldest first. */
export function detectChangePoints(values: readonly number[], options: ChangePointOptions = {}): ChangePoint[] {
  const settings = checkOptions(options);
  const window = options.window ?? CHANGE_POINT_WINDOW;
  if (!Number.isInteger(window) || window < 2 * settings.minSegment) {
    throw new RangeError(`window must be a whole number of at least 2 × minSegment (${2 * settings.minSegment}), found ${window}`);
  }
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`values[${i}] must be a finite number, found ${v}`);
  });

  const search = new Search(values, settings);
  const found: Split[] = [];
  const step = Math.max(1, Math.floor(window / 2));
  // As Otava's split step: a window never reaches back past the last change point, so a step
  // is tested once, in the first window that finds it.
  for (let grid = 0; grid < values.length; grid += step) {
    const start = Math.max(grid, found[found.length - 1]?.index ?? 0);
    const end = Math.min(start + window, values.length);
    if (end - start >= 2 * settings.minSegment) found.push(...search.window(start, end));
    if (end === values.length) break;
  }
  return describeSegments(values, search.confirm(found, window));
}

/**
 * The energy statistic of every split of `z` as given (no ranks), with at least `minSegment`
 * values a side; `q[k]` is Q of the split before value `minSegment + k`. Exported for tests
 * against an independent computation.
 */
export function splitStatistics(z: ArrayLike<number>, minSegment: number): Float64Array {
  const values = Float64Array.from(z);
  const rowAll = new Float64Array(values.length);
  distanceSums(values, 0, values.length, rowAll);
  const q = new Float64Array(Math.max(0, values.length - 2 * minSegment + 1));
  scanSplits(values, rowAll, 0, values.length, minSegment, q);
  return q;
}

/**
 * The permutation test of the best split of `values` taken whole: its index, Q on the ranks,
 * and p-value. Exported for tests against an exact enumeration of orderings.
 */
export function splitTest(values: readonly number[], options: Omit<ChangePointOptions, 'window' | 'pValue'> = {}): Split | undefined {
  const search = new Search(values, checkOptions(options));
  return search.test([{ from: 0, to: values.length }], false);
}

function checkOptions(options: ChangePointOptions): Settings {
  const pValue = options.pValue ?? CHANGE_POINT_P_VALUE;
  const permutations = options.permutations ?? CHANGE_POINT_PERMUTATIONS;
  const minSegment = options.minSegment ?? CHANGE_POINT_MIN_SEGMENT;
  const seed = options.seed ?? CHANGE_POINT_SEED;
  if (!(pValue > 0 && pValue <= 1)) throw new RangeError(`pValue must be above 0 and at most 1, found ${pValue}`);
  if (!Number.isInteger(permutations) || permutations < 1) throw new RangeError(`permutations must be a whole number of 1 or more, found ${permutations}`);
  if (!Number.isInteger(minSegment) || minSegment < 2) throw new RangeError(`minSegment must be a whole number of 2 or more, found ${minSegment}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, found ${seed}`);
  return { pValue, permutations, minSegment, seed };
}

interface Part {
  from: number;
  to: number;
}

/** The search over one series: ranks parts of it, finds and tests splits. */
class Search {
  private readonly values: readonly number[];
  private readonly settings: Settings;
  private readonly ranks: Float64Array;
  private readonly rowAll: Float64Array;
  private readonly order: Int32Array;
  private readonly keys: Float64Array;

  constructor(values: readonly number[], settings: Settings) {
    this.values = values;
    this.settings = settings;
    this.ranks = new Float64Array(values.length);
    this.rowAll = new Float64Array(values.length);
    this.order = new Int32Array(values.length);
    this.keys = new Float64Array(values.length);
  }

  /** Change points in `values[start, end)`, hierarchically. */
  window(start: number, end: number): Split[] {
    const found: Split[] = [];
    let parts: Part[] = [{ from: start, to: end }];
    for (;;) {
      const split = this.test(parts);
      if (split === undefined || split.pValue > this.settings.pValue) break;
      found.push(split);
      const at = parts.findIndex((p) => p.from < split.index && split.index < p.to);
      const { from, to } = parts[at]!;
      parts = [...parts.slice(0, at), { from, to: split.index }, { from: split.index, to }, ...parts.slice(at + 1)];
    }
    return found;
  }

  /** The best split of any of `parts`, with the p-value of the smallest of theirs (Šidák over the parts). */
  test(parts: Part[], screen = true): Split | undefined {
    const { minSegment, permutations, seed } = this.settings;
    let chosen: Split | undefined;
    let testable = 0;
    for (const part of parts) {
      const m = part.to - part.from;
      if (m < 2 * minSegment) continue;
      testable++;
      this.rank(part);
      scanSplits(this.ranks, this.rowAll, part.from, part.to, minSegment);
      const { index, q } = best;
      // The screen saves sampling a distribution; one already sampled is cheaper to look up.
      const known = nullDistributions.get(distributionKey(m, minSegment, permutations, seed));
      const pValue = known !== undefined || !screen || this.screen(part, q) ? nullDistribution(m, minSegment, permutations, seed).pValue(q) : 1;
      if (chosen === undefined || pValue < chosen.pValue || (pValue === chosen.pValue && q / m > chosen.q / m)) chosen = { index, pValue, q };
    }
    if (chosen === undefined) return undefined;
    return { ...chosen, pValue: Math.min(1, -Math.expm1(testable * Math.log1p(-Math.min(chosen.pValue, 1 - 1e-16)))) };
  }

  /**
   * Whether a part's split may be significant: false as soon as one of SCREEN_PERMUTATIONS
   * shufflings of the part reaches its Q. Most windows hold no change and are settled after a
   * handful; only the rest are looked up in (and may first build) the distribution for their
   * length. It can only turn a change point down, never make one, so the test stays exact; it
   * turns down a split whose true p-value is pValue with chance 1 − (1 − pValue)^200 (4% at 0.0002).
   */
  private screen({ from, to }: Part, q: number): boolean {
    const threshold = q - 1e-9 * Math.abs(q);
    const state = Int32Array.of(mix(this.settings.seed, to, from));
    for (let i = 0; i < SCREEN_PERMUTATIONS; i++) {
      shuffle(this.ranks, this.rowAll, from, to, state);
      scanSplits(this.ranks, this.rowAll, from, to, this.settings.minSegment);
      if (best.q >= threshold) return false;
    }
    return true;
  }

  /**
   * Each change point tested again on the runs around it (up to half a window either side, not
   * past its neighbours) and placed at the best split there; the weakest that fails is dropped
   * and its neighbours tested again, until all pass. The window that found a change point may
   * have had it near an edge, where a split a few runs early can pass for the step.
   */
  confirm(found: Split[], window: number): Split[] {
    const half = Math.floor(window / 2);
    const known = new Map<string, Split | undefined>();
    let points = found;
    for (;;) {
      const tested: Split[] = [];
      points.forEach((point, i) => {
        const from = Math.max(tested[i - 1]?.index ?? 0, point.index - half);
        const to = Math.min(points[i + 1]?.index ?? this.values.length, point.index + half);
        const key = `${from}:${to}`;
        if (!known.has(key)) known.set(key, this.test([{ from, to }]));
        tested.push(known.get(key) ?? { ...point, pValue: 1 });
      });
      let weakest = -1;
      tested.forEach((t, i) => {
        if (t.pValue > this.settings.pValue && (weakest === -1 || t.pValue > tested[weakest]!.pValue)) weakest = i;
      });
      if (weakest === -1) return tested;
      points = points.filter((_, i) => i !== weakest);
    }
  }

  /**
   * Ranks 1..m of `values[from, to)` into `ranks`, ties broken at random (seeded by the part's
   * place, so the same part always ranks the same), and each rank's summed distance to the others.
   */
  private rank({ from, to }: Part): void {
    const m = to - from;
    const { order, keys, ranks, rowAll } = this;
    const state = Int32Array.of(mix(this.settings.seed, from, to));
    for (let k = 0; k < m; k++) {
      order[k] = from + k;
      keys[from + k] = next(state);
    }
    // Insertion sort: parts are at most a window long, and a comparator sort allocates.
    const values = this.values;
    for (let k = 1; k < m; k++) {
      const item = order[k]!;
      const v = values[item]!;
      const key = keys[item]!;
      let j = k - 1;
      while (j >= 0 && (values[order[j]!]! > v || (values[order[j]!]! === v && keys[order[j]!]! > key))) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = item;
    }
    for (let k = 0; k < m; k++) {
      const r = k + 1;
      ranks[order[k]!] = r;
      rowAll[order[k]!] = ((r - 1) * r) / 2 + ((m - r) * (m - r + 1)) / 2;
    }
  }
}

/**
 * The permutation distribution of the largest Q over the splits of m ranks: `permutations`
 * orderings of 1..m, sampled once per (m, minSegment, permutations, seed) and kept.
 */
class NullDistribution {
  private readonly sorted: Float64Array;

  constructor(m: number, minSegment: number, permutations: number, seed: number) {
    const ranks = new Float64Array(m);
    const rowAll = new Float64Array(m);
    for (let k = 0; k < m; k++) ranks[k] = k + 1;
    const state = Int32Array.of(mix(seed, m, minSegment));
    const maxima = new Float64Array(permutations);
    for (let k = 0; k < m; k++) rowAll[k] = (k * (k + 1)) / 2 + ((m - k - 1) * (m - k)) / 2;
    for (let i = 0; i < permutations; i++) {
      shuffle(ranks, rowAll, 0, m, state);
      scanSplits(ranks, rowAll, 0, m, minSegment);
      maxima[i] = best.q;
    }
    this.sorted = maxima.sort();
  }

  /** (b+1)/(N+1) for the b of N sampled maxima at or above `q` (within rounding). */
  pValue(q: number): number {
    const threshold = q - 1e-9 * Math.abs(q);
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < threshold) lo = mid + 1;
      else hi = mid;
    }
    return (this.sorted.length - lo + 1) / (this.sorted.length + 1);
  }
}

const nullDistributions = new Map<string, NullDistribution>();

function distributionKey(m: number, minSegment: number, permutations: number, seed: number): string {
  return `${m}/${minSegment}/${permutations}/${seed}`;
}

function nullDistribution(m: number, minSegment: number, permutations: number, seed: number): NullDistribution {
  const key = distributionKey(m, minSegment, permutations, seed);
  let known = nullDistributions.get(key);
  if (known === undefined) {
    known = new NullDistribution(m, minSegment, permutations, seed);
    nullDistributions.set(key, known);
  }
  return known;
}

/** Where `scanSplits` leaves the best split it saw: its index in the series and its Q. */
const best = { index: -1, q: -Infinity };

/**
 * Finds the split of `values[from, to)` with the largest Q, in one pass over the pairs, and
 * leaves it in `best` (index −1 when the part is too short); with `all`, also writes Q of the
 * split before offset `minSegment + k` to `all[k]`. With `rowAll[k]` the summed distance from
 * value k to every other value of the part (the same in any order, so computed once per part),
 * the sums a split at τ needs are
 *   within x:  W(τ) = Σ_{j<τ} Σ_{i<j} |v_i − v_j|
 *   between:   Σ_{k<τ} rowAll[k] − 2·W(τ)
 *   within y:  total − (Σ_{k<τ} rowAll[k] − W(τ))
 */
function scanSplits(values: Float64Array, rowAll: Float64Array, from: number, to: number, minSegment: number, all?: Float64Array): void {
  best.index = -1;
  best.q = -Infinity;
  const m = to - from;
  if (m < 2 * minSegment) return;
  const { rows: cRows, within: cWithin, total: cTotal } = coefficients(m);
  let total = 0;
  for (let k = from; k < to; k++) total += rowAll[k]!;
  total /= 2;
  let withinX = 0;
  let rows = 0;
  for (let j = from; j < to - minSegment; j++) {
    const vj = values[j]!;
    let left = 0;
    for (let i = from; i < j; i++) left += Math.abs(values[i]! - vj);
    withinX += left;
    rows += rowAll[j]!;
    const n1 = j + 1 - from;
    if (n1 < minSegment) continue;
    const q = cRows[n1]! * rows - cWithin[n1]! * withinX - cTotal[n1]! * total;
    if (all !== undefined) all[n1 - minSegment] = q;
    if (q > best.q) {
      best.q = q;
      best.index = j + 1;
    }
  }
}

/**
 * Q of a split with n1 values before and n2 = m − n1 after, written in the running sums of
 * `scanSplits` (R = Σ_{k<τ} rowAll[k], W = within x, T = total):
 *   Q = 2/m·(R − 2W) − 2·n2/(m(n1−1))·W − 2·n1/(m(n2−1))·(T − R + W)
 *     = rows[n1]·R − within[n1]·W − total[n1]·T
 * Memoised per m: a series has few distinct part sizes.
 */
function coefficients(m: number): { rows: Float64Array; within: Float64Array; total: Float64Array } {
  let known = coefficientCache.get(m);
  if (known === undefined) {
    known = { rows: new Float64Array(m), within: new Float64Array(m), total: new Float64Array(m) };
    for (let n1 = 2; n1 <= m - 2; n1++) {
      const n2 = m - n1;
      const x = (2 * n2) / (m * (n1 - 1));
      const y = (2 * n1) / (m * (n2 - 1));
      known.rows[n1] = 2 / m + y;
      known.within[n1] = 4 / m + x + y;
      known.total[n1] = y;
    }
    coefficientCache.set(m, known);
  }
  return known;
}

const coefficientCache = new Map<number, { rows: Float64Array; within: Float64Array; total: Float64Array }>();

/** Summed distance from each value of `z[from, to)` to the others, into `rowAll`. */
function distanceSums(z: ArrayLike<number>, from: number, to: number, rowAll: Float64Array): void {
  rowAll.fill(0, from, to);
  for (let j = from + 1; j < to; j++) {
    const zj = z[j]!;
    for (let i = from; i < j; i++) {
      const d = Math.abs(z[i]! - zj);
      rowAll[i] = rowAll[i]! + d;
      rowAll[j] = rowAll[j]! + d;
    }
  }
}

function describeSegments(values: readonly number[], found: Split[]): ChangePoint[] {
  const bounds = [0, ...found.map((f) => f.index), values.length];
  const medians = bounds.slice(0, -1).map((from, i) => median(values.slice(from, bounds[i + 1])));
  return found.map((f, i) => {
    const before = medians[i]!;
    const after = medians[i + 1]!;
    return { index: f.index, pValue: f.pValue, before, after, change: before === 0 ? NaN : after / before - 1, q: f.q };
  });
}

/**
 * mulberry32, stepped with its state in an Int32Array: a closure over a number that outgrows a
 * small integer would allocate on every call, and sampling the distributions calls it millions
 * of times.
 */
function next(state: Int32Array): number {
  const a = (state[0]! + 0x6d2b79f5) | 0;
  state[0] = a;
  let t = Math.imul(a ^ (a >>> 15), a | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Fisher–Yates over `[from, to)` of both arrays alike (ranks and their distance sums). */
function shuffle(a: Float64Array, b: Float64Array, from: number, to: number, state: Int32Array): void {
  for (let i = to - 1; i > from; i--) {
    const j = from + Math.floor(next(state) * (i - from + 1));
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
    const u = b[i]!;
    b[i] = b[j]!;
    b[j] = u;
  }
}

/** A seed for one use, from the series seed and two numbers that name the use. */
function mix(seed: number, x: number, y: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(x + 1, 0xc2b2ae35) ^ Math.imul(y + 7, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h | 0;
}
