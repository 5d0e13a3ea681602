/**
 * Where a benchmark's level changed in its history: E-divisive means (Matteson & James 2014,
 * https://arxiv.org/abs/1306.4933) in sliding windows, as Hunter/Apache Otava run it
 * (Fleming et al. 2023, https://arxiv.org/abs/2301.03034), with the permutation significance
 * test of Matteson & James and MongoDB's signal-processing-algorithms.
 *
 * Per window of `window` runs (windows start every `window / 2` runs, so each run is seen twice
 * and a step near one window's edge sits in the middle of the next):
 * 1. The candidate split is the one that maximises the energy statistic
 *    Q(τ) = n·m/(n+m) · (2/(n·m) Σ|x−y| − 2/(n(n−1)) Σ|x−x'| − 2/(m(m−1)) Σ|y−y'|)
 *    between the window's runs before τ (x, n of them) and from τ on (y, m of them).
 * 2. It is a change point when few permutations of the window reach its Q: p = (b+1)/(N+1)
 *    for b of N permutations at or above it. The test stops as soon as its answer is known
 *    (b big enough that p can no longer fall to `pValue`), so a window with no change costs a
 *    handful of permutations and only a real change costs all N.
 * 3. After a change point, the parts on either side are searched again (hierarchically, as
 *    E-divisive does), permuting runs only within their part.
 * As in Otava, a window never reaches back past the last change point found, so a step is
 * tested in one window. Each change point is then placed by the best split of up to half a
 * window either side of it (between its neighbours): the window that found it may have had it
 * near an edge.
 *
 * Ratio-scale data (every value above 0) is analysed as logarithms, so a 10% step weighs the
 * same at 1 µs as at 1 s and a slow outlier does not outweigh a fast one.
 *
 * Pure and deterministic: the permutations of each window come from a generator seeded by
 * `seed` and the window's start, so appending runs does not move change points found earlier
 * in the history, except in the last windows.
 */

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
 * Permutations per test at most. With no permutation reaching the observed Q the p-value is
 * 1/(N+1), so N must be at least 1/pValue − 1: 4999 for 0.0002. Only a window with a real change
 * runs them all (a few ms); one without stops after a handful. (MongoDB's default is 100 at
 * p 0.05.)
 */
export const CHANGE_POINT_PERMUTATIONS = 4999;

/**
 * Fewest runs on either side of a change point. Below 2 the within-segment distance is not
 * defined; 5 keeps a burst of a few slow runs (a busy CI machine) from being called a change,
 * and still finds a step 5 runs after it happened.
 */
export const CHANGE_POINT_MIN_SEGMENT = 5;

/** MongoDB's signal-processing-algorithms seeds its default E-divisive with 1234. */
export const CHANGE_POINT_SEED = 1234;

export interface ChangePointOptions {
  /** Largest p-value of a change point; default CHANGE_POINT_P_VALUE. */
  pValue?: number;
  /** Permutations per significance test at most; default CHANGE_POINT_PERMUTATIONS. */
  permutations?: number;
  /** Fewest values on either side of a change point; default CHANGE_POINT_MIN_SEGMENT. */
  minSegment?: number;
  /** Seed of the permutations; default CHANGE_POINT_SEED. */
  seed?: number;
  /** Values per window; default CHANGE_POINT_WINDOW. */
  window?: number;
  /** Analyse logarithms of the values; default: when every value is above 0. */
  logScale?: boolean;
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
  /** The energy statistic Q of the split, in the analysed scale. */
  q: number;
}

export interface Found {
  index: number;
  pValue: number;
  q: number;
}

/** Change points of a series, oldest first. */
export function detectChangePoints(values: readonly number[], options: ChangePointOptions = {}): ChangePoint[] {
  const pValue = options.pValue ?? CHANGE_POINT_P_VALUE;
  const permutations = options.permutations ?? CHANGE_POINT_PERMUTATIONS;
  const minSegment = options.minSegment ?? CHANGE_POINT_MIN_SEGMENT;
  const seed = options.seed ?? CHANGE_POINT_SEED;
  const window = options.window ?? CHANGE_POINT_WINDOW;
  if (!(pValue > 0 && pValue <= 1)) throw new RangeError(`pValue must be above 0 and at most 1, found ${pValue}`);
  if (!Number.isInteger(permutations) || permutations < 1) throw new RangeError(`permutations must be a whole number of 1 or more, found ${permutations}`);
  if (!Number.isInteger(minSegment) || minSegment < 2) throw new RangeError(`minSegment must be a whole number of 2 or more, found ${minSegment}`);
  if (!Number.isInteger(window) || window < 2 * minSegment) {
    throw new RangeError(`window must be a whole number of at least 2 × minSegment (${2 * minSegment}), found ${window}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, found ${seed}`);
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`values[${i}] must be a finite number, found ${v}`);
  });

  const logScale = options.logScale ?? values.every((v) => v > 0);
  if (logScale && !values.every((v) => v > 0)) throw new RangeError('logScale needs every value above 0');
  const z = Float64Array.from(values, logScale ? Math.log : (v) => v);

  const search = new WindowSearch(z, { pValue, permutations, minSegment });
  const found: Found[] = [];
  const step = Math.max(1, Math.floor(window / 2));
  // As Otava's split step: a window never reaches back past the last change point, so a step
  // is tested once, in the first window that finds it.
  for (let grid = 0; grid < z.length; grid += step) {
    const start = Math.max(grid, found[found.length - 1]?.index ?? 0);
    const end = Math.min(start + window, z.length);
    if (end - start >= 2 * minSegment) found.push(...search.changePoints(start, end, windowSeed(seed, start)));
    if (end === z.length) break;
  }
  return describeSegments(values, relocate(z, found, window, minSegment));
}

/**
 * The energy statistic of every split of `z[from, to)` with at least `minSegment` values a side;
 * `q[k]` is Q of the split before value `minSegment + k`. Exported for tests against an
 * independent computation.
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
 * The permutation test of the best split of `z` taken whole, with every permutation run (no
 * early stop). Exported for tests against an exact enumeration of orderings.
 */
export function splitTest(z: readonly number[], minSegment: number, permutations: number, seed: number): Found | undefined {
  const search = new WindowSearch(Float64Array.from(z), { pValue: 1, permutations, minSegment });
  const part = { from: 0, to: z.length };
  search.load(part);
  scanSplits(search.values, search.rowAll, 0, z.length, minSegment);
  if (best.index === -1) return undefined;
  const { index, q } = best;
  search.load(part);
  const exceedances = search.permute([part], q, permutations, permutations, Int32Array.of(seed));
  return { index, q, pValue: (exceedances + 1) / (permutations + 1) };
}

interface SearchOptions {
  pValue: number;
  permutations: number;
  minSegment: number;
}

interface Part {
  from: number;
  to: number;
}

/** Hierarchical E-divisive inside one window, with the permutation test. */
class WindowSearch {
  private readonly z: Float64Array;
  private readonly options: SearchOptions;
  readonly values: Float64Array;
  readonly rowAll: Float64Array;

  constructor(z: Float64Array, options: SearchOptions) {
    this.z = z;
    this.options = options;
    this.values = new Float64Array(z.length);
    this.rowAll = new Float64Array(z.length);
  }

  changePoints(start: number, end: number, seed: number): Found[] {
    return this.search(start, end, Int32Array.of(seed));
  }

  private search(start: number, end: number, random: Int32Array): Found[] {
    const { minSegment, pValue, permutations } = this.options;
    const found: Found[] = [];
    let parts: Part[] = [{ from: start, to: end }];
    for (;;) {
      for (const part of parts) this.load(part);
      let candidate: { index: number; q: number; part: number } | undefined;
      parts.forEach((part, i) => {
        scanSplits(this.values, this.rowAll, part.from, part.to, minSegment);
        if (best.index !== -1 && (candidate === undefined || best.q > candidate.q)) candidate = { index: best.index, q: best.q, part: i };
      });
      if (candidate === undefined) break;

      // b exceedances give p = (b+1)/(N+1) at best; once that exceeds pValue, stop permuting.
      const allowed = Math.floor(pValue * (permutations + 1) - 1 + 1e-9);
      const exceedances = this.permute(parts, candidate.q, permutations, allowed, random);
      if (exceedances > allowed) break;

      found.push({ index: candidate.index, pValue: (exceedances + 1) / (permutations + 1), q: candidate.q });
      const { from, to } = parts[candidate.part]!;
      parts = [...parts.slice(0, candidate.part), { from, to: candidate.index }, { from: candidate.index, to }, ...parts.slice(candidate.part + 1)];
    }
    return found;
  }

  /**
   * How many of up to `permutations` shufflings (each part shuffled within itself) reach Q of
   * `q` in some part; stops once more than `allowed` have.
   */
  permute(parts: Part[], q: number, permutations: number, allowed: number, random: Int32Array): number {
    const threshold = q - 1e-9 * Math.abs(q);
    const minSegment = this.options.minSegment;
    let exceedances = 0;
    for (let i = 0; i < permutations && exceedances <= allowed; i++) {
      let largest = -Infinity;
      for (const { from, to } of parts) {
        shuffle(this.values, this.rowAll, from, to, random);
        scanSplits(this.values, this.rowAll, from, to, minSegment);
        if (best.q > largest) largest = best.q;
      }
      if (largest >= threshold) exceedances++;
    }
    return exceedances;
  }

  /** Copies a part's values in order, with each one's summed distance to the others in the part. */
  load({ from, to }: Part): void {
    this.values.set(this.z.subarray(from, to), from);
    distanceSums(this.z, from, to, this.rowAll);
  }
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

/**
 * A change point's place, settled on the runs around it: the best split of up to half a window
 * on either side (not past its neighbours). The window that found it may have had it near an
 * edge, where its position is less certain.
 */
function relocate(z: Float64Array, found: Found[], window: number, minSegment: number): Found[] {
  const half = Math.floor(window / 2);
  const rowAll = new Float64Array(z.length);
  const located: Found[] = [];
  found.forEach((point, i) => {
    const from = Math.max(located[i - 1]?.index ?? 0, point.index - half);
    const to = Math.min(found[i + 1]?.index ?? z.length, point.index + half);
    distanceSums(z, from, to, rowAll);
    scanSplits(z, rowAll, from, to, minSegment);
    located.push(best.index === -1 ? point : { ...point, index: best.index, q: best.q });
  });
  return located;
}

function describeSegments(values: readonly number[], found: Found[]): ChangePoint[] {
  const bounds = [0, ...found.map((f) => f.index), values.length];
  const medians = bounds.slice(0, -1).map((from, i) => median(values.slice(from, bounds[i + 1])));
  return found.map((f, i) => {
    const before = medians[i]!;
    const after = medians[i + 1]!;
    return { index: f.index, pValue: f.pValue, before, after, change: before === 0 ? NaN : after / before - 1, q: f.q };
  });
}

function median(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Fisher–Yates over a part, moving each value's distance sum with it. The generator is
 * mulberry32, stepped inline with its state in an Int32Array: a closure over a number that
 * outgrows a small integer allocates on every call, which was half the cost of a permutation.
 */
function shuffle(values: Float64Array, rowAll: Float64Array, from: number, to: number, state: Int32Array): void {
  let a = state[0]!;
  for (let i = to - 1; i > from; i--) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const j = from + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (i - from + 1));
    const v = values[i]!;
    values[i] = values[j]!;
    values[j] = v;
    const r = rowAll[i]!;
    rowAll[i] = rowAll[j]!;
    rowAll[j] = r;
  }
  state[0] = a;
}

/** A window's own seed, so its permutations do not depend on the windows before it. */
function windowSeed(seed: number, start: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(start + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}
