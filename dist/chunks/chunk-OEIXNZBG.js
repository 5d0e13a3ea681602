import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  median
} from "./chunk-7YACBLEX.js";

// src/history/change-points.ts
var CHANGE_POINT_WINDOW = 50;
var CHANGE_POINT_P_VALUE = 2e-4;
var CHANGE_POINT_PERMUTATIONS = 49999;
var CHANGE_POINT_MIN_SEGMENT = 5;
var SCREEN_PERMUTATIONS = 200;
var CHANGE_POINT_SEED = 1234;
function detectChangePoints(values, options = {}) {
  const settings = checkOptions(options);
  const window = options.window ?? CHANGE_POINT_WINDOW;
  if (!Number.isInteger(window) || window < 2 * settings.minSegment) {
    throw new RangeError(`window must be a whole number of at least 2 \xD7 minSegment (${2 * settings.minSegment}), found ${window}`);
  }
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`values[${i}] must be a finite number, found ${v}`);
  });
  const search = new Search(values, settings);
  const found = [];
  const step = Math.max(1, Math.floor(window / 2));
  for (let grid = 0; grid < values.length; grid += step) {
    const start = Math.max(grid, found[found.length - 1]?.index ?? 0);
    const end = Math.min(start + window, values.length);
    if (end - start >= 2 * settings.minSegment) found.push(...search.window(start, end));
    if (end === values.length) break;
  }
  return describeSegments(values, search.confirm(found, window));
}
function checkOptions(options) {
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
var Search = class {
  values;
  settings;
  ranks;
  rowAll;
  order;
  keys;
  constructor(values, settings) {
    this.values = values;
    this.settings = settings;
    this.ranks = new Float64Array(values.length);
    this.rowAll = new Float64Array(values.length);
    this.order = new Int32Array(values.length);
    this.keys = new Float64Array(values.length);
  }
  /** Change points in `values[start, end)`, hierarchically. */
  window(start, end) {
    const found = [];
    let parts = [{ from: start, to: end }];
    for (; ; ) {
      const split = this.test(parts);
      if (split === void 0 || split.pValue > this.settings.pValue) break;
      found.push(split);
      const at = parts.findIndex((p) => p.from < split.index && split.index < p.to);
      const { from, to } = parts[at];
      parts = [...parts.slice(0, at), { from, to: split.index }, { from: split.index, to }, ...parts.slice(at + 1)];
    }
    return found;
  }
  /** The best split of any of `parts`, with the p-value of the smallest of theirs (Šidák over the parts). */
  test(parts, screen = true) {
    const { minSegment, permutations, seed } = this.settings;
    let chosen;
    let testable = 0;
    for (const part of parts) {
      const m = part.to - part.from;
      if (m < 2 * minSegment) continue;
      testable++;
      this.rank(part);
      scanSplits(this.ranks, this.rowAll, part.from, part.to, minSegment);
      const { index, q } = best;
      const known = nullDistributions.get(distributionKey(m, minSegment, permutations, seed));
      const pValue = known !== void 0 || !screen || this.screen(part, q) ? nullDistribution(m, minSegment, permutations, seed).pValue(q) : 1;
      if (chosen === void 0 || pValue < chosen.pValue || pValue === chosen.pValue && q / m > chosen.q / m) chosen = { index, pValue, q };
    }
    if (chosen === void 0) return void 0;
    return { ...chosen, pValue: Math.min(1, -Math.expm1(testable * Math.log1p(-Math.min(chosen.pValue, 1 - 1e-16)))) };
  }
  /**
   * Whether a part's split may be significant: false as soon as one of SCREEN_PERMUTATIONS
   * shufflings of the part reaches its Q. Most windows hold no change and are settled after a
   * handful; only the rest are looked up in (and may first build) the distribution for their
   * length. It can only turn a change point down, never make one, so the test stays exact; it
   * turns down a split whose true p-value is pValue with chance 1 − (1 − pValue)^200 (4% at 0.0002).
   */
  screen({ from, to }, q) {
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
  confirm(found, window) {
    const half = Math.floor(window / 2);
    const known = /* @__PURE__ */ new Map();
    let points = found;
    for (; ; ) {
      const tested = [];
      points.forEach((point, i) => {
        const from = Math.max(tested[i - 1]?.index ?? 0, point.index - half);
        const to = Math.min(points[i + 1]?.index ?? this.values.length, point.index + half);
        const key = `${from}:${to}`;
        if (!known.has(key)) known.set(key, this.test([{ from, to }]));
        tested.push(known.get(key) ?? { ...point, pValue: 1 });
      });
      let weakest = -1;
      tested.forEach((t, i) => {
        if (t.pValue > this.settings.pValue && (weakest === -1 || t.pValue > tested[weakest].pValue)) weakest = i;
      });
      if (weakest === -1) return tested;
      points = points.filter((_, i) => i !== weakest);
    }
  }
  /**
   * Ranks 1..m of `values[from, to)` into `ranks`, ties broken at random (seeded by the part's
   * place, so the same part always ranks the same), and each rank's summed distance to the others.
   */
  rank({ from, to }) {
    const m = to - from;
    const { order, keys, ranks, rowAll } = this;
    const state = Int32Array.of(mix(this.settings.seed, from, to));
    for (let k = 0; k < m; k++) {
      order[k] = from + k;
      keys[from + k] = next(state);
    }
    const values = this.values;
    for (let k = 1; k < m; k++) {
      const item = order[k];
      const v = values[item];
      const key = keys[item];
      let j = k - 1;
      while (j >= 0 && (values[order[j]] > v || values[order[j]] === v && keys[order[j]] > key)) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = item;
    }
    for (let k = 0; k < m; k++) {
      const r = k + 1;
      ranks[order[k]] = r;
      rowAll[order[k]] = (r - 1) * r / 2 + (m - r) * (m - r + 1) / 2;
    }
  }
};
var NullDistribution = class {
  sorted;
  constructor(m, minSegment, permutations, seed) {
    const ranks = new Float64Array(m);
    const rowAll = new Float64Array(m);
    for (let k = 0; k < m; k++) ranks[k] = k + 1;
    const state = Int32Array.of(mix(seed, m, minSegment));
    const maxima = new Float64Array(permutations);
    for (let k = 0; k < m; k++) rowAll[k] = k * (k + 1) / 2 + (m - k - 1) * (m - k) / 2;
    for (let i = 0; i < permutations; i++) {
      shuffle(ranks, rowAll, 0, m, state);
      scanSplits(ranks, rowAll, 0, m, minSegment);
      maxima[i] = best.q;
    }
    this.sorted = maxima.sort();
  }
  /** (b+1)/(N+1) for the b of N sampled maxima at or above `q` (within rounding). */
  pValue(q) {
    const threshold = q - 1e-9 * Math.abs(q);
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.sorted[mid] < threshold) lo = mid + 1;
      else hi = mid;
    }
    return (this.sorted.length - lo + 1) / (this.sorted.length + 1);
  }
};
var nullDistributions = /* @__PURE__ */ new Map();
function distributionKey(m, minSegment, permutations, seed) {
  return `${m}/${minSegment}/${permutations}/${seed}`;
}
function nullDistribution(m, minSegment, permutations, seed) {
  const key = distributionKey(m, minSegment, permutations, seed);
  let known = nullDistributions.get(key);
  if (known === void 0) {
    known = new NullDistribution(m, minSegment, permutations, seed);
    nullDistributions.set(key, known);
  }
  return known;
}
var best = { index: -1, q: -Infinity };
function scanSplits(values, rowAll, from, to, minSegment, all) {
  best.index = -1;
  best.q = -Infinity;
  const m = to - from;
  if (m < 2 * minSegment) return;
  const { rows: cRows, within: cWithin, total: cTotal } = coefficients(m);
  let total = 0;
  for (let k = from; k < to; k++) total += rowAll[k];
  total /= 2;
  let withinX = 0;
  let rows = 0;
  for (let j = from; j < to - minSegment; j++) {
    const vj = values[j];
    let left = 0;
    for (let i = from; i < j; i++) left += Math.abs(values[i] - vj);
    withinX += left;
    rows += rowAll[j];
    const n1 = j + 1 - from;
    if (n1 < minSegment) continue;
    const q = cRows[n1] * rows - cWithin[n1] * withinX - cTotal[n1] * total;
    if (all !== void 0) all[n1 - minSegment] = q;
    if (q > best.q) {
      best.q = q;
      best.index = j + 1;
    }
  }
}
function coefficients(m) {
  let known = coefficientCache.get(m);
  if (known === void 0) {
    known = { rows: new Float64Array(m), within: new Float64Array(m), total: new Float64Array(m) };
    for (let n1 = 2; n1 <= m - 2; n1++) {
      const n2 = m - n1;
      const x = 2 * n2 / (m * (n1 - 1));
      const y = 2 * n1 / (m * (n2 - 1));
      known.rows[n1] = 2 / m + y;
      known.within[n1] = 4 / m + x + y;
      known.total[n1] = y;
    }
    coefficientCache.set(m, known);
  }
  return known;
}
var coefficientCache = /* @__PURE__ */ new Map();
function describeSegments(values, found) {
  const bounds = [0, ...found.map((f) => f.index), values.length];
  const medians = bounds.slice(0, -1).map((from, i) => median(values.slice(from, bounds[i + 1])));
  return found.map((f, i) => {
    const before = medians[i];
    const after = medians[i + 1];
    return { index: f.index, pValue: f.pValue, before, after, change: before === 0 ? NaN : after / before - 1, q: f.q };
  });
}
function next(state) {
  const a = state[0] + 1831565813 | 0;
  state[0] = a;
  let t = Math.imul(a ^ a >>> 15, a | 1);
  t ^= t + Math.imul(t ^ t >>> 7, t | 61);
  return ((t ^ t >>> 14) >>> 0) / 4294967296;
}
function shuffle(a, b, from, to, state) {
  for (let i = to - 1; i > from; i--) {
    const j = from + Math.floor(next(state) * (i - from + 1));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
    const u = b[i];
    b[i] = b[j];
    b[j] = u;
  }
}
function mix(seed, x, y) {
  let h = Math.imul(seed ^ 2654435769, 2246822507) ^ Math.imul(x + 1, 3266489909) ^ Math.imul(y + 7, 668265263);
  h ^= h >>> 16;
  h = Math.imul(h, 2146121005);
  h ^= h >>> 15;
  return h | 0;
}

export {
  CHANGE_POINT_WINDOW,
  CHANGE_POINT_P_VALUE,
  CHANGE_POINT_MIN_SEGMENT,
  detectChangePoints
};
