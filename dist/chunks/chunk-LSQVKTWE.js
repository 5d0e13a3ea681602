import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  REPORT_ORDER,
  VERDICT_LABEL,
  decideSentence,
  orderForReport,
  reasonGroups,
  renderCapacityMarkdown,
  renderLoadMarkdown,
  renderTerminal
} from "./chunk-32OFYQXO.js";
import {
  UNCHANGED_MAX_HALF_WIDTH,
  VERDICTS,
  adjustPValues,
  alike,
  commonShift,
  decide,
  geomean,
  pText,
  percent,
  suiteShift,
  whatWouldDecide,
  zeroCounts
} from "./chunk-RPZOKY5D.js";
import {
  MIN_HISTORY_RUNS,
  resolveCompareOptions
} from "./chunk-4OGZUK54.js";
import {
  NO_BASELINE_SENTENCE,
  commonShiftSentence,
  compareCounted,
  headline,
  isCounted,
  methodSentence,
  shortCommit
} from "./chunk-7R5O4J34.js";
import {
  identity,
  screen,
  summarize
} from "./chunk-6276UR5Y.js";
import {
  suiteFolder
} from "./chunk-UAMIT3OO.js";
import {
  optionName
} from "./chunk-T3JLG3ZN.js";
import {
  RESULTS_FORMAT,
  RESULTS_VERSION
} from "./chunk-P4TMX5AB.js";
import {
  renderShardsMarkdown
} from "./chunk-KKTEDBXK.js";
import {
  COMMON_MODE_MIN_BENCHMARKS,
  clustered,
  commonNoiseFor,
  historyRuns,
  learnCommonMode,
  learnRunNoise,
  leaveOneOutMedians,
  orientation,
  processLogMedians,
  processTest,
  relativeNoiseFor,
  runNoiseFor
} from "./chunk-YVCKGH6B.js";
import {
  formatChange,
  formatInterval,
  formatLevel,
  formatPValue,
  formatSpread,
  formatValue,
  plural
} from "./chunk-O2MIHHEZ.js";
import {
  escapeMarkdown,
  truncate
} from "./chunk-GB4UPQNG.js";
import {
  tQuantile,
  tSf
} from "./chunk-J3CZYFUD.js";
import {
  normalCdf,
  normalQuantile,
  normalSf
} from "./chunk-ZDWY5RTS.js";
import {
  median
} from "./chunk-7YACBLEX.js";
import {
  InputError,
  NothingMatchedError,
  UsageError
} from "./chunk-WQC4CHKN.js";
import {
  newRunId
} from "./chunk-B57NQ3GO.js";

// src/compare/common-verdict.ts
function decideAcrossRuns(e, o) {
  const label = o.correction === "none" ? "p" : "adjusted p";
  const excludesZero = ([lo, hi]) => lo > 0 || hi < 0;
  const large = Math.abs(e.change) >= o.threshold;
  const wholeSignificant = e.wholeP < o.alpha && excludesZero(e.wholeCi);
  const relativeSignificant = e.relativeP < o.alpha && Math.abs(e.relative) >= o.threshold;
  const moved = `${e.change >= 0 ? "Up" : "Down"} ${percent(Math.abs(e.change), false)}`;
  const interval2 = (ci2) => `${percent(o.confidence, false)} CI ${percent(ci2[0])} to ${percent(ci2[1])}`;
  const worse = e.direction === "smaller" ? e.change > 0 : e.change < 0;
  const flagged = worse ? "regression" : "improvement";
  const beyond = `beyond the ${percent(o.threshold, false)} threshold`;
  if (large && wholeSignificant) {
    return {
      verdict: flagged,
      reason: `${moved} (${interval2(e.wholeCi)}), significant (${pText(e.wholeP, label)}) and ${beyond}.`,
      ci: e.wholeCi,
      adjustedP: e.wholeP
    };
  }
  const relativeDecides = large && relativeSignificant && e.run.explained && Math.sign(e.relative) === Math.sign(e.change) && excludesZero(e.relativeCi);
  if (relativeDecides) {
    return {
      verdict: flagged,
      reason: `${moved} (${interval2(e.relativeCi)}), ${percent(e.relative)} against the rest of the suite, which moved ${percent(e.run.shift)}: significant (${pText(e.relativeP, label)}) and ${beyond}.`,
      ci: e.relativeCi,
      adjustedP: e.relativeP
    };
  }
  const ci = e.wholeCi;
  const settle = (verdict, reason) => ({
    verdict,
    reason: relativeSignificant ? `${reason} Against the rest of the suite it moved ${percent(e.relative)} (${pText(e.relativeP, label)}).` : reason,
    ci,
    adjustedP: e.wholeP
  });
  if (o.threshold > 0) {
    const decides = whatWouldDecide(e.commonBasis, e.unit);
    if ((ci[1] - ci[0]) / 2 > UNCHANGED_MAX_HALF_WIDTH * o.threshold) {
      return settle("inconclusive", `Too noisy to tell: ${percent(e.change)} (${interval2(ci)}); ${widest(e, o.threshold)}. ${decides}`);
    }
    if (!wholeSignificant && large) {
      return settle("inconclusive", `${moved}, but not significant (${pText(e.wholeP, label)}; ${interval2(ci)}): ${widest(e, o.threshold)}. ${decides}`);
    }
  }
  if (wholeSignificant) {
    return settle("unchanged", `${moved} (${interval2(ci)}): significant, but within the ${percent(o.threshold, false)} threshold.`);
  }
  return settle("unchanged", `No significant change: ${percent(e.change)} (${interval2(ci)}).`);
}
function widest(e, threshold) {
  const within = e.within;
  const relative = Math.SQRT2 * e.runNoise;
  const common = Math.SQRT2 * e.commonNoise;
  if (common >= relative && common >= within) {
    const vary = `vary by \xB1${percent(e.commonNoise, false)}`;
    const basis = e.commonBasis === void 0 ? "" : e.commonBasis.source === "history" ? `, measured over ${e.commonBasis.runs} stored runs` : ", assumed: no stored run has measured it yet";
    if (Math.abs(e.run.shift) < threshold) return `whole runs of this machine ${vary} between them${basis ? ` (${basis.slice(2)})` : ""}`;
    return `the whole run moved ${percent(e.run.shift)}, ${e.run.explained ? "which" : "more than"} this machine's runs ${e.run.explained ? "do" : "usually do"} (they ${vary}${basis})`;
  }
  if (relative >= within) return `it moves by \xB1${percent(e.runNoise, false)} against the rest of the suite from run to run`;
  return `samples vary by \xB1${percent(e.spread, false)} within the run`;
}

// src/stats/mann-whitney.ts
var EXACT_WORK_LIMIT = 1e6;
function exactIsAffordable(n1, n2) {
  const m = Math.min(n1, n2);
  return m * m * Math.max(n1, n2) <= EXACT_WORK_LIMIT;
}
function mannWhitney(x, y, method = "auto") {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError(`Mann-Whitney U needs at least one value on each side; got ${n1} and ${n2}`);
  const { u, tieTerm } = rankSums(x, y);
  const ties = tieTerm > 0;
  const chosen = method === "auto" ? !ties && exactIsAffordable(n1, n2) ? "exact" : "asymptotic" : method;
  const uMax = Math.max(u, n1 * n2 - u);
  let p;
  if (chosen === "exact") {
    p = 2 * uCdf(n1 * n2 - Math.floor(uMax), n1, n2);
  } else {
    const n = n1 + n2;
    const sd = Math.sqrt(n1 * n2 / 12 * (n + 1 - tieTerm / (n * (n - 1))));
    const z = (uMax - n1 * n2 / 2 - 0.5) / sd;
    p = 2 * normalSf(z);
  }
  return { u, pValue: Math.min(1, Math.max(0, p)), method: chosen, ties };
}
function rankSums(x, y) {
  const xs = sortedCopy(x, "first sample");
  const ys = sortedCopy(y, "second sample");
  let i = 0;
  let j = 0;
  let rank = 1;
  let rankSumX = 0;
  let tieTerm = 0;
  while (i < xs.length || j < ys.length) {
    const value = Math.min(i < xs.length ? xs[i] : Infinity, j < ys.length ? ys[j] : Infinity);
    let inX = 0;
    let inY = 0;
    while (i < xs.length && xs[i] === value) {
      i++;
      inX++;
    }
    while (j < ys.length && ys[j] === value) {
      j++;
      inY++;
    }
    const t = inX + inY;
    rankSumX += inX * (rank + (t - 1) / 2);
    if (t > 1) tieTerm += t * t * t - t;
    rank += t;
  }
  return { u: rankSumX - xs.length * (xs.length + 1) / 2, tieTerm };
}
function sortedCopy(values, what) {
  const copy = Float64Array.from(values);
  for (const v of copy) if (Number.isNaN(v)) throw new RangeError(`Mann-Whitney U: the ${what} contains NaN`);
  return copy.sort();
}
function uCdf(k, n1, n2) {
  const total = n1 * n2;
  if (k < 0) return 0;
  if (k >= total) return 1;
  const lower = lowerTail(n1, n2);
  const kk = Math.floor(k);
  if (kk < lower.length) return lower[kk];
  return 1 - lower[total - kk - 1];
}
var MAX_CACHED = 256;
var lowerTails = /* @__PURE__ */ new Map();
function lowerTail(n1, n2) {
  const m = Math.min(n1, n2);
  const n = Math.max(n1, n2);
  const key = `${m},${n}`;
  const cached = lowerTails.get(key);
  if (cached) return cached;
  const counts = lowerHalfCounts(m, n);
  const half = counts.length - 1;
  let below = 0;
  for (let k = 0; k < half; k++) below += counts[k];
  const middle = counts[half];
  const all = 2 * below + (m * n % 2 === 0 ? middle : 2 * middle);
  const tail = new Float64Array(half + 1);
  let running = 0;
  for (let k = 0; k <= half; k++) {
    running += counts[k];
    tail[k] = running / all;
  }
  if (lowerTails.size >= MAX_CACHED) lowerTails.delete(lowerTails.keys().next().value);
  lowerTails.set(key, tail);
  return tail;
}
function lowerHalfCounts(m, n) {
  const half = Math.floor(m * n / 2);
  const c = new Float64Array(half + 1);
  c[0] = 1;
  for (let i = 1; i <= m; i++) {
    const top = Math.min(i * n, half);
    for (let k = i; k <= top; k++) c[k] += c[k - i];
    const a = n + i;
    for (let k = top; k >= a; k--) c[k] -= c[k - a];
  }
  return c;
}

// src/stats/hodges-lehmann.ts
function hodgesLehmann(base, head, confidence) {
  if (base.length === 0 || head.length === 0) {
    throw new RangeError(`Hodges-Lehmann needs at least one value on each side; got ${base.length} and ${head.length}`);
  }
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be between 0 and 1; got ${confidence}`);
  const b = sortedFinite(base, "baseline");
  const h = sortedFinite(head, "head");
  const total = b.length * h.length;
  const select = differenceSelector(b, h);
  const mid = Math.floor((total + 1) / 2);
  const shift = total % 2 === 1 ? select(mid) : (select(mid) + select(mid + 1)) / 2;
  const { rank, method, coverage } = criticalRank(b.length, h.length, confidence);
  if (rank === 0) return { shift, lower: -Infinity, upper: Infinity, rank, method, coverage: 1 };
  return { shift, lower: select(rank), upper: select(total + 1 - rank), rank, method, coverage };
}
function criticalRank(n1, n2, confidence) {
  const tail = (1 - confidence) / 2;
  const total = n1 * n2;
  if (exactIsAffordable(n1, n2)) {
    let lo = 0;
    let hi = Math.floor(total / 2) + 1;
    while (lo < hi) {
      const k = Math.ceil((lo + hi) / 2);
      if (uCdf(k - 1, n1, n2) <= tail) lo = k;
      else hi = k - 1;
    }
    return { rank: lo, method: "exact", coverage: 1 - 2 * uCdf(lo - 1, n1, n2) };
  }
  const sd = Math.sqrt(total * (n1 + n2 + 1) / 12);
  const z = normalQuantile(1 - tail);
  const rank = Math.min(Math.floor((total + 1) / 2), Math.max(0, Math.floor(total / 2 + 0.5 - z * sd)));
  return { rank, method: "normal", coverage: rank === 0 ? 1 : 1 - 2 * normalCdf((rank - 0.5 - total / 2) / sd) };
}
function medianInterval(values, confidence) {
  const sorted = sortedFinite(values, "sample");
  const n = sorted.length;
  if (n === 0) throw new RangeError("median interval of an empty sample");
  const tail = (1 - confidence) / 2;
  let rank;
  if (n <= 1e3) {
    let pmf = 2 ** -n;
    let cdf = 0;
    rank = 0;
    while (rank < Math.floor((n + 1) / 2) && cdf + pmf <= tail) {
      cdf += pmf;
      pmf *= (n - rank) / (rank + 1);
      rank++;
    }
  } else {
    rank = Math.floor(n / 2 + 0.5 - normalQuantile(1 - tail) * Math.sqrt(n) / 2);
  }
  rank = Math.max(1, rank);
  return [sorted[rank - 1], sorted[n - rank]];
}
var LIST_LIMIT = 5e4;
function differenceSelector(base, head) {
  if (base.length * head.length <= LIST_LIMIT) {
    const all = new Float64Array(base.length * head.length);
    let at = 0;
    for (const y of head) for (const x of base) all[at++] = y - x;
    all.sort();
    return (k) => all[k - 1];
  }
  return (k) => selectDifference(base, head, k);
}
function selectDifference(base, head, k) {
  const n1 = base.length;
  const n2 = head.length;
  if (!(k >= 1 && k <= n1 * n2)) throw new RangeError(`rank ${k} is outside 1\u2026${n1 * n2}`);
  const at = (j, c) => head[j] - base[n1 - 1 - c];
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
      if (k <= sumLess) to[j] = Math.min(to[j], less[j]);
      else from[j] = Math.max(from[j], notMore[j]);
      remaining += to[j] - from[j];
    }
  }
  let below = 0;
  const rest = new Float64Array(remaining);
  let at2 = 0;
  for (let j = 0; j < n2; j++) {
    below += from[j];
    for (let c = from[j]; c < to[j]; c++) rest[at2++] = at(j, c);
  }
  rest.sort();
  return rest[k - below - 1];
}
function weightedMiddle(at, from, to, remaining) {
  const rows = [];
  for (let j = 0; j < from.length; j++) {
    const weight = to[j] - from[j];
    if (weight > 0) rows.push({ value: at(j, from[j] + to[j] - 1 >> 1), weight });
  }
  rows.sort((a, b) => a.value - b.value);
  let seen = 0;
  for (const row2 of rows) {
    seen += row2.weight;
    if (2 * seen >= remaining) return row2.value;
  }
  return rows[rows.length - 1].value;
}
function sortedFinite(values, what) {
  const copy = Float64Array.from(values);
  for (const v of copy) if (!Number.isFinite(v)) throw new RangeError(`the ${what} sample contains ${v}; expected finite numbers`);
  return copy.sort();
}

// src/compare/history-reference.ts
var MAD_EFFICIENCY = 0.37;
var MAD_SCALE = 1.482602218505602;
function predict(values) {
  const n = values.length;
  if (n < 2) throw new RangeError(`a prediction needs at least two values; got ${n}`);
  const centre = median(values);
  const deviations = values.map((v) => Math.abs(v - centre));
  let scale = median(deviations) * MAD_SCALE;
  if (scale === 0) scale = deviations.reduce((a, b) => a + b, 0) / n * Math.sqrt(Math.PI / 2);
  return { centre, scale, n, df: Math.max(1, MAD_EFFICIENCY * (n - 1)), se: scale * Math.sqrt(1 + Math.PI / (2 * n)) };
}
function predictionP(p, d) {
  if (p.se > 0) return Math.min(1, 2 * tSf(Math.abs(d) / p.se, p.df));
  return d === 0 ? 1 : 0;
}
function predictionInterval(p, d, confidence) {
  const q = tQuantile((1 + confidence) / 2, p.df);
  return [d - q * p.se, d + q * p.se];
}
function learnReference(history, suite, exclude, window) {
  const runs = historyRuns(history, suite, exclude, window);
  const perRun = runs.map(runLevelValues);
  const series = /* @__PURE__ */ new Map();
  for (const values of perRun) {
    for (const [name, v] of values) {
      const s = series.get(name);
      if (!s) series.set(name, { unit: v.unit, direction: v.direction, values: [v.log], relative: [] });
      else if (s.unit === v.unit && s.direction === v.direction) s.values.push(v.log);
      else values.delete(name);
    }
  }
  const centres = new Map([...series].map(([name, s]) => [name, median(s.values)]));
  const levels = [];
  for (const values of perRun) {
    const split = splitLevel(values, centres);
    if (!split) continue;
    levels.push(split.level);
    for (const [name, r] of split.relative) series.get(name).relative.push(r);
  }
  return { runs: runs.length, series, levels, centres };
}
function headLevel(reference, head) {
  return splitLevel(runLevelValues(head), reference.centres);
}
function runLevelValues(run2) {
  const out = /* @__PURE__ */ new Map();
  for (const b of run2.benchmarks) {
    const log = runLevelLog(b);
    if (log === void 0 || out.has(b.name)) continue;
    out.set(b.name, { log, unit: b.unit, direction: b.direction });
  }
  return out;
}
function runLevelLog(b) {
  if (b.error !== void 0 || b.samples.length === 0) return void 0;
  const m = median(b.samples);
  return m > 0 && Number.isFinite(m) ? Math.log(m) : void 0;
}
function splitLevel(values, centres) {
  const names = [];
  const deviations = [];
  for (const [name, v] of values) {
    const c = centres.get(name);
    if (c === void 0) continue;
    names.push(name);
    deviations.push(orientation(v.direction) * (v.log - c));
  }
  if (names.length < COMMON_MODE_MIN_BENCHMARKS) return void 0;
  const others = leaveOneOutMedians(deviations);
  const relative = new Map(names.map((name, i) => [name, values.get(name).log - orientation(values.get(name).direction) * others[i]]));
  return { level: median(deviations), relative, deviations };
}

// src/compare/compare.ts
function compare(head, baseline, history, options = {}) {
  const o = resolveCompareOptions(options);
  return finishComparison(head, baseline, o, [comparePart(head, baseline, history, o)]);
}
function comparePart(head, baseline, history, o) {
  const baseByName = /* @__PURE__ */ new Map();
  for (const b of baseline?.benchmarks ?? []) if (!baseByName.has(b.name)) baseByName.set(b.name, b);
  const headNames = new Set(head.benchmarks.map((b) => b.name));
  const benchmarks = [];
  const estimates = [];
  const anchors = [];
  const fromHistory = [];
  const judge = o.pairing === "separate-runs" && baseline ? historyJudge(head, [baseline, ...history], o) : void 0;
  for (const h of head.benchmarks) {
    const same = identical(h, baseByName.get(h.name));
    if (same) {
      benchmarks.push(same);
      const outcome2 = assess(h, baseByName.get(h.name), o);
      if ("est" in outcome2 && outcome2.aggregate) anchors.push(outcome2);
      continue;
    }
    if (o.pairing === "separate-runs" && isCounted(h, baseByName.get(h.name))) {
      benchmarks.push(compareCounted(h, baseByName.get(h.name), history, o));
      continue;
    }
    const judged = judge?.(h, baseByName.get(h.name));
    if (judged) {
      benchmarks.push(judged.comparison);
      fromHistory.push(judged.pending);
      continue;
    }
    let outcome = assess(h, baseByName.get(h.name), o);
    if (judge && !("est" in outcome) && outcome.verdict === "inconclusive" && outcome.reason.startsWith("Too few samples")) {
      outcome = { ...outcome, reason: `${outcome.reason} ${whatWouldDecide({ source: "history", runs: judge.have(h.name) }, h.unit)}` };
    }
    if ("est" in outcome) estimates.push(outcome);
    benchmarks.push("est" in outcome ? outcome.comparison : outcome);
  }
  for (const b of baseByName.values()) {
    if (headNames.has(b.name)) continue;
    benchmarks.push({
      ...identity(b),
      verdict: "missing",
      reason: "In the baseline, but not in head.",
      ...b.error === void 0 && b.samples.length > 0 ? { baseline: summarize(b.samples) } : {}
    });
  }
  const z = normalQuantile((1 + o.confidence) / 2);
  const onLog = [...estimates.filter((e) => e.aggregate !== void 0), ...anchors];
  let pending;
  let historyRuns2 = 0;
  let shared;
  let commonNoise;
  if (o.pairing === "same-run") {
    pending = estimates.map((e) => singleTest(e, o, z));
  } else if (baseline && onLog.length >= COMMON_MODE_MIN_BENCHMARKS) {
    const model = learnCommonMode([baseline, ...history], head.suite, [head.run.id]);
    const common = commonNoiseFor(model, o.defaultCommonNoise);
    const noiseOf = (e) => relativeNoiseFor(model, e.benchmark.name, o.defaultRunNoise);
    for (const e of onLog) e.aggregate.runNoise = noiseOf(e).noise;
    const suite = suiteShift(
      onLog.map((e) => e.aggregate),
      common,
      o.confidence
    );
    const centreOf = new Map(onLog.map((e, i) => [e, suite.centres[i]]));
    pending = estimates.map((e) => {
      const centre = centreOf.get(e);
      const own = noiseOf(e);
      if (centre === void 0) return singleTest(e, o, z, { noise: Math.hypot(own.noise, common.noise), source: own.source, runs: own.runs });
      return twoTests(e, o, z, centre, own, common, suite);
    });
    historyRuns2 = model.relative.pooled === void 0 ? 0 : model.runs;
    shared = suite.reported;
    commonNoise = common.noise;
  } else {
    const model = baseline ? learnRunNoise([baseline, ...history], head.suite, [head.run.id]) : { runs: 0, benchmarks: /* @__PURE__ */ new Map() };
    const fallback = Math.hypot(o.defaultRunNoise, o.defaultCommonNoise);
    pending = estimates.map((e) => singleTest(e, o, z, runNoiseFor(model, e.benchmark.name, fallback)));
    historyRuns2 = model.pooled === void 0 || estimates.length === 0 ? 0 : model.runs;
  }
  if (judge && fromHistory.length > 0) historyRuns2 = Math.max(historyRuns2, judge.runs);
  if (judge?.shift && fromHistory.length >= onLog.length) shared = judge.shift;
  return {
    benchmarks,
    pending: [...fromHistory, ...pending],
    compared: onLog.map((e) => e.aggregate),
    historyRuns: historyRuns2,
    ...shared ? { commonShift: shared } : {},
    ...commonNoise !== void 0 ? { commonNoise } : {}
  };
}
function finishComparison(head, baseline, o, parts) {
  const pending = parts.flatMap((p) => p.pending);
  const adjusted = adjustPValues(
    pending.flatMap((p) => p.pValues),
    o.correction
  );
  let at = 0;
  for (const p of pending) {
    p.settle(adjusted.slice(at, at + p.pValues.length));
    at += p.pValues.length;
  }
  const benchmarks = parts.flatMap((p) => p.benchmarks);
  const counts = zeroCounts();
  for (const b of benchmarks) counts[b.verdict]++;
  const compared2 = alike(parts.flatMap((p) => p.compared));
  const noises = parts.map((p) => p.commonNoise).filter((n) => n !== void 0);
  const commonNoise = noises.length > 0 ? Math.max(...noises) : void 0;
  const mean = geomean(compared2, o.confidence, commonNoise);
  const shift = parts.length === 1 ? parts[0].commonShift ?? commonShift(compared2) : void 0;
  const historyRuns2 = Math.max(0, ...parts.map((p) => p.historyRuns));
  return {
    suite: head.suite,
    head: head.run,
    ...baseline ? { baseline: baseline.run } : {},
    options: o,
    benchmarks,
    counts,
    ...mean ? { geomean: mean } : {},
    ...shift ? { commonShift: shift } : {},
    historyRuns: historyRuns2,
    ...head.scenarios ? { scenarios: head.scenarios } : {}
  };
}
function singleTest(e, o, z, noise) {
  const { est } = e;
  let ci = [est.lower, est.upper];
  let decisionP = e.pValue;
  let noiseFromRuns = false;
  if (noise) {
    const between = Math.SQRT2 * noise.noise;
    const wide = widen(est, between, z);
    ci = wide.ci;
    decisionP = Math.max(e.pValue, zTest(est.shift, wide.se));
    noiseFromRuns = z * between > (est.upper - est.lower) / 2;
    Object.assign(e.comparison, { runNoise: noise.noise, runNoiseSource: noise.source });
    if (e.aggregate) e.aggregate.runNoise = noise.noise;
  }
  const relativeCi = [e.toRelative(ci[0]), e.toRelative(ci[1])];
  e.comparison.ci = relativeCi;
  return {
    pValues: [decisionP],
    settle: ([adjustedP]) => {
      const { verdict, reason } = decide(
        {
          direction: e.benchmark.direction,
          change: e.comparison.change,
          ci: relativeCi,
          adjustedP,
          ...noise ? { runNoise: noise.noise, basis: { source: noise.source, runs: Math.max(1, noise.runs) } } : {},
          noiseFromRuns,
          spread: e.spread,
          unit: e.benchmark.unit
        },
        o
      );
      Object.assign(e.comparison, { verdict, reason: reason + e.note, adjustedP });
    }
  };
}
function twoTests(e, o, z, centre, own, common, suite) {
  const { est } = e;
  const commonNoise = common.noise;
  const sign = orientation(e.benchmark.direction);
  const within = (est.upper - est.lower) / (2 * z);
  const relative = est.shift - sign * centre;
  const relativeNoise = Math.SQRT2 * own.noise;
  const wholeNoise = Math.SQRT2 * Math.hypot(own.noise, commonNoise);
  const a = widen(est, relativeNoise, z);
  const b = widen(est, wholeNoise, z);
  const rel = (ci) => [Math.expm1(ci[0]), Math.expm1(ci[1])];
  Object.assign(e.comparison, { relativeChange: Math.expm1(relative), runNoise: own.noise, runNoiseSource: own.source });
  return {
    pValues: [zTest(relative, Math.hypot(within, relativeNoise)), Math.max(e.pValue, zTest(est.shift, b.se))],
    settle: ([relativeP, wholeP]) => {
      const decision = decideAcrossRuns(
        {
          direction: e.benchmark.direction,
          change: e.comparison.change,
          relative: Math.expm1(relative),
          relativeP,
          wholeP,
          relativeCi: rel(a.ci),
          wholeCi: rel(b.ci),
          within,
          runNoise: own.noise,
          commonNoise,
          spread: e.spread,
          run: { shift: Math.expm1(sign * suite.shift), explained: suite.explained },
          // The baseline run is the history's first run, measured or not.
          commonBasis: { source: common.source, runs: Math.max(1, common.runs) },
          unit: e.benchmark.unit
        },
        o
      );
      Object.assign(e.comparison, { verdict: decision.verdict, reason: decision.reason + e.note, ci: decision.ci, adjustedP: decision.adjustedP });
    }
  };
}
function widen(est, between, z) {
  return {
    ci: [est.shift - Math.hypot(est.shift - est.lower, z * between), est.shift + Math.hypot(est.upper - est.shift, z * between)],
    se: Math.hypot((est.upper - est.lower) / (2 * z), between)
  };
}
function zTest(shift, se) {
  if (se > 0) return Math.min(1, 2 * normalSf(Math.abs(shift) / se));
  return shift === 0 ? 1 : 0;
}
function assess(h, b, o) {
  const screened = screen(h, b, "baseline run");
  if ("settled" in screened) return screened.settled;
  const { baseSamples, note, sides, inconclusive } = screened;
  for (const [side, samples] of [
    ["baseline", baseSamples],
    ["head", h.samples]
  ]) {
    const odd = samples.find((v) => !Number.isFinite(v));
    if (odd !== void 0) return inconclusive(`The ${side} has a sample that is not a finite number (${odd}).`);
  }
  const short = [
    ...baseSamples.length < o.minSamples ? [`${baseSamples.length} in the baseline`] : [],
    ...h.samples.length < o.minSamples ? [`${h.samples.length} in head`] : []
  ];
  if (short.length > 0) return inconclusive(`Too few samples: ${short.join(" and ")}; at least ${o.minSamples} are needed.`);
  if (baseSamples.every((v) => v === 0) && h.samples.every((v) => v > 0)) {
    return {
      ...identity(h),
      verdict: h.direction === "smaller" ? "regression" : "improvement",
      reason: `Every baseline sample is 0; every head sample is above 0 (median ${sides.head.median} ${h.unit}).`,
      ...sides
    };
  }
  const onLogScale = baseSamples.every((v) => v > 0) && h.samples.every((v) => v > 0);
  const baseMedian = sides.baseline.median;
  if (!onLogScale && !(baseMedian > 0)) {
    const value = baseSamples[0];
    if ([...baseSamples, ...h.samples].every((v) => v === value)) {
      return { ...identity(h), verdict: "unchanged", reason: `Every sample on both sides is ${value}.`, ...sides };
    }
    return inconclusive(`The baseline median is ${baseMedian}, so a relative change is undefined.`);
  }
  const toScale = onLogScale ? Math.log : (v) => v / baseMedian;
  const toRelative = onLogScale ? Math.expm1 : (v) => v;
  const tBase = baseSamples.map(toScale);
  const tHead = h.samples.map(toScale);
  let pValue = mannWhitney(baseSamples, h.samples).pValue;
  let est = hodgesLehmann(tBase, tHead, o.confidence);
  let processNote = "";
  if (o.pairing === "separate-runs" && onLogScale && est.rank > 0) {
    const perProcess = [processLogMedians(baseSamples, b?.processes), processLogMedians(h.samples, h.processes)];
    if (perProcess[0] && perProcess[1] && (clustered(perProcess[0]) || clustered(perProcess[1]))) {
      const t = processTest(perProcess[0].medians, perProcess[1].medians, o.confidence);
      est = { ...est, lower: Math.min(est.lower, t.lower + est.shift - t.shift), upper: Math.max(est.upper, t.upper + est.shift - t.shift) };
      pValue = Math.max(pValue, t.pValue);
      processNote = ` Its processes differ more than its rounds do, so the test counts processes (${t.processes[0]} and ${t.processes[1]}), not rounds.`;
    }
  }
  if (est.rank === 0) {
    return {
      ...inconclusive(`Too few samples for a ${percent(o.confidence, false)} interval (${baseSamples.length} and ${h.samples.length}).`),
      change: toRelative(est.shift),
      pValue
    };
  }
  const comparison = {
    ...identity(h),
    verdict: "inconclusive",
    reason: "",
    ...sides,
    change: toRelative(est.shift),
    pValue
  };
  return {
    comparison,
    benchmark: h,
    est,
    pValue,
    toRelative,
    spread: Math.max(sides.baseline.cv, sides.head.cv),
    note: note + processNote,
    ...onLogScale ? { aggregate: compared(h.direction, sides, tBase, tHead, est, o.confidence) } : {}
  };
}
function compared(direction, sides, logBase, logHead, est, confidence) {
  const z = normalQuantile((1 + confidence) / 2);
  const se = (values) => {
    const [lo, hi] = medianInterval(values, confidence);
    return (hi - lo) / (2 * z);
  };
  return {
    direction,
    logRatio: Math.log(sides.head.median / sides.baseline.median),
    logRatioSe: Math.hypot(se(logBase), se(logHead)),
    logShift: est.shift,
    withinLower: est.lower,
    withinUpper: est.upper
  };
}
var STEADY_RATIOS = 1;
function historyJudge(head, stored, o) {
  const reference = learnReference(stored, head.suite, [head.run.id], o.window);
  const split = headLevel(reference, head);
  const levels = reference.levels.length >= MIN_HISTORY_RUNS ? predict(reference.levels) : void 0;
  const levelShift = split && levels ? split.level - levels.centre : void 0;
  let outOfRange = levelShift !== void 0 && Math.abs(Math.expm1(levelShift)) >= o.threshold && predictionP(levels, levelShift) < 1 - o.confidence ? { shift: levelShift, levels } : void 0;
  let wholeOnly = false;
  if (outOfRange && split) {
    const distances = [];
    for (const [name, r] of split.relative) {
      const s = reference.series.get(name);
      if (!s || s.relative.length < MIN_HISTORY_RUNS) continue;
      const p = predict(s.relative);
      if (p.se > 0) distances.push(Math.abs(r - p.centre) / p.se);
    }
    if (distances.length > 0 && median(distances) <= STEADY_RATIOS) {
      outOfRange = void 0;
      wholeOnly = true;
    }
  }
  const judge = (h, b) => {
    const series = reference.series.get(h.name);
    const value = runLevelLog(h);
    if (!series || series.values.length < MIN_HISTORY_RUNS || value === void 0) return void 0;
    if (series.unit !== h.unit || series.direction !== h.direction) return void 0;
    const screened = screen(h, b, "baseline run");
    if ("settled" in screened) return void 0;
    return historyTest(
      h,
      screened.sides,
      screened.baseSamples,
      series,
      value,
      reference,
      wholeOnly ? void 0 : split?.relative.get(h.name),
      levelShift,
      outOfRange,
      o
    );
  };
  const shift = levelShift === void 0 ? void 0 : {
    change: Math.expm1(levelShift),
    share: shareAlong(split.deviations, levelShift + levels.centre),
    ci: predictionInterval(levels, levelShift, o.confidence).map(Math.expm1),
    runNoise: levels.scale,
    runNoiseSource: "history",
    explainedByNoise: predictionP(levels, levelShift) >= 1 - o.confidence
  };
  const have = (name) => reference.series.get(name)?.values.length ?? 0;
  return Object.assign(judge, { runs: reference.runs, have, ...shift ? { shift } : {} });
}
function historyTest(h, sides, baseSamples, series, value, reference, relative, levelShift, outOfRange, o) {
  const own = predict(series.values);
  const split = relative !== void 0 && series.relative.length >= MIN_HISTORY_RUNS ? predict(series.relative) : void 0;
  const useRelative = split !== void 0 && split.scale < own.scale;
  const values = useRelative ? series.relative : series.values;
  const prediction = useRelative ? split : own;
  const d = (useRelative ? relative : value) - prediction.centre;
  const whole = Math.expm1(value - median(series.values));
  const p = predictionP(prediction, d);
  const [lo, hi] = predictionInterval(prediction, d, o.confidence);
  const ci = [Math.expm1(lo), Math.expm1(hi)];
  const comparison = {
    ...identity(h),
    verdict: "inconclusive",
    reason: "",
    ...sides,
    change: Math.expm1(d),
    ci,
    ...baseSamples.length > 1 && h.samples.length > 1 ? { pValue: mannWhitney(baseSamples, h.samples).pValue } : {},
    runNoise: prediction.scale,
    runNoiseSource: "history",
    ...relative !== void 0 && split ? { relativeChange: Math.expm1(relative - split.centre) } : {},
    reference: {
      whole,
      runs: values.length,
      window: reference.runs,
      median: Math.exp(median(series.values)),
      ...levelShift !== void 0 ? { runShift: Math.expm1(orientation(h.direction) * levelShift) } : {}
    }
  };
  return {
    comparison,
    pending: {
      pValues: [p],
      settle: ([adjustedP]) => {
        const { verdict, reason } = decide(
          {
            direction: h.direction,
            change: comparison.change,
            ci,
            adjustedP,
            runNoise: prediction.scale,
            noiseFromRuns: true,
            spread: Math.max(sides.baseline.cv, sides.head.cv),
            basis: {
              source: "history",
              runs: values.length,
              against: useRelative ? "relative" : "whole",
              ...useRelative && levelShift !== void 0 ? { runShift: Math.expm1(orientation(h.direction) * levelShift) } : {}
            },
            unit: h.unit
          },
          o
        );
        const flagged = verdict === "regression" || verdict === "improvement";
        if (outOfRange && (flagged || verdict === "small-change")) {
          const shift = Math.expm1(orientation(h.direction) * outOfRange.shift);
          const [lo2, hi2] = predictionInterval(outOfRange.levels, 0, o.confidence).map((v) => Math.expm1(orientation(h.direction) * v));
          const reason2 = `${percent(comparison.change)}${useRelative ? " against the rest of the suite" : ""}, but the whole run moved ${percent(shift)} against the median of the ${outOfRange.levels.n} stored runs, beyond the ${percent(Math.min(lo2, hi2))} to ${percent(Math.max(lo2, hi2))} they show: this run is unlike its reference. What would decide it: measuring again when the machine is as it was, \`measure: instructions\` or \`benchgate ab\` (both sides in alternating rounds of one run).`;
          Object.assign(comparison, { verdict: "inconclusive", reason: reason2, adjustedP });
          return;
        }
        const x = d + prediction.centre;
        const beyond = d > 0 ? x - Math.max(...values) : Math.min(...values) - x;
        if (flagged && beyond < Math.log1p(o.threshold)) {
          const reason2 = `${percent(comparison.change)}${useRelative ? " against the rest of the suite" : ""} (${pText(adjustedP, o.correction === "none" ? "p" : "adjusted p")}), but within ${percent(o.threshold).replace(/^[+−-]/, "")} of the ${d > 0 ? "highest" : "lowest"} of its ${values.length} stored runs: it has moved this far before.`;
          Object.assign(comparison, { verdict: "inconclusive", reason: reason2, adjustedP });
          return;
        }
        if (useRelative && flagged && (Math.sign(whole) !== Math.sign(d) || Math.abs(whole) < o.threshold)) {
          const reason2 = `${percent(comparison.change)} against the rest of the suite (${pText(adjustedP, o.correction === "none" ? "p" : "adjusted p")}), but ${percent(whole)} against the median of its ${series.values.length} stored runs: the rest of the suite moved, not clearly this benchmark.`;
          Object.assign(comparison, { verdict: "inconclusive", reason: reason2, adjustedP });
          return;
        }
        Object.assign(comparison, { verdict, reason, adjustedP });
      }
    }
  };
}
function identical(h, b) {
  if (!b || h.error !== void 0 || b.error !== void 0 || h.samples.length === 0) return void 0;
  if (h.unit !== b.unit || h.direction !== b.direction || h.samples.length !== b.samples.length) return void 0;
  if (!h.samples.every((v, i) => Object.is(v, b.samples[i]))) return void 0;
  const side = summarize(h.samples);
  return { ...identity(h), verdict: "unchanged", reason: "Identical samples in head and the baseline.", baseline: side, head: side, change: 0, ci: [0, 0] };
}
function shareAlong(deviations, level) {
  if (deviations.length === 0) return 0;
  return deviations.filter((d) => level >= 0 ? d > 0 : d < 0).length / deviations.length;
}

// src/compare/shards.ts
function compareByShard(head, baseline, history, options = {}) {
  const o = resolveCompareOptions(options);
  const headShard = shardOf(head);
  const baseShard = shardOf(baseline);
  if (o.pairing === "same-run" || !headShard && !baseShard) return compare(head, baseline, history, options);
  const headNames = new Set(head.benchmarks.map((b) => b.name));
  const keyOf = (name) => `${headNames.has(name) && headShard?.(name) || "-"}|${baseShard?.(name) ?? "-"}`;
  const groups = /* @__PURE__ */ new Map();
  for (const b of [...head.benchmarks, ...baseline?.benchmarks ?? []]) {
    const key = keyOf(b.name);
    groups.set(key, (groups.get(key) ?? /* @__PURE__ */ new Set()).add(b.name));
  }
  const keys = [...groups.keys()].sort();
  const only = (run2, names) => ({ ...run2, benchmarks: run2.benchmarks.filter((b) => names.has(b.name)) });
  const parts = keys.map((key) => {
    const names = groups.get(key);
    return comparePart(
      only(head, names),
      baseline && only(baseline, names),
      history.map((run2) => only(run2, names)),
      o
    );
  });
  const comparison = finishComparison(head, baseline, o, parts);
  const order = new Map([...head.benchmarks, ...baseline?.benchmarks ?? []].map((b, i) => [b.name, i]).reverse());
  comparison.benchmarks.sort((a, b) => order.get(a.name) - order.get(b.name));
  comparison.shards = keys.map((key, i) => {
    const [h, b] = key.split("|");
    const part = parts[i];
    return {
      ...h !== "-" ? { head: Number(h) } : {},
      ...b !== "-" ? { baseline: Number(b) } : {},
      benchmarks: groups.get(key).size,
      ...part.commonShift ? { commonShift: part.commonShift } : {}
    };
  });
  return comparison;
}
function shardOf(run2) {
  if (!run2) return void 0;
  if (run2.run.shard) {
    const { index } = run2.run.shard;
    return () => index;
  }
  if (!run2.run.shards?.length) return void 0;
  const byName = new Map(run2.benchmarks.filter((b) => b.shard !== void 0).map((b) => [b.name, b.shard]));
  return (name) => byName.get(name);
}

// src/report/json.ts
var COMPARISON_JSON_FORMAT = "benchgate/comparison";
var COMPARISON_JSON_VERSION = 1;
function num(value) {
  return value !== void 0 && Number.isFinite(value) ? value : null;
}
function interval(ci) {
  if (ci === void 0) return null;
  const [lo, hi] = ci;
  return Number.isFinite(lo) && Number.isFinite(hi) ? [lo, hi] : null;
}
function run(meta) {
  return { commit: meta.commit ?? null, branch: meta.branch ?? null, time: meta.time };
}
function sideJson(s) {
  return s === void 0 ? null : { n: s.n, median: num(s.median), cv: num(s.cv) };
}
function benchmark(b) {
  return {
    name: b.name,
    group: b.group ?? null,
    unit: b.unit,
    direction: b.direction,
    verdict: b.verdict,
    reason: b.reason,
    baseline: sideJson(b.baseline),
    head: sideJson(b.head),
    change: num(b.change),
    ci: interval(b.ci),
    pValue: num(b.pValue),
    adjustedP: num(b.adjustedP),
    runNoise: num(b.runNoise),
    runNoiseSource: b.runNoiseSource ?? null,
    reference: b.reference === void 0 ? null : { runs: b.reference.runs, window: b.reference.window, median: num(b.reference.median), runShift: num(b.reference.runShift) }
  };
}
function toComparisonJson(c) {
  const o = c.options;
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, c.counts[v] ?? 0]));
  return {
    format: COMPARISON_JSON_FORMAT,
    version: COMPARISON_JSON_VERSION,
    suite: c.suite,
    head: run(c.head),
    baseline: c.baseline === void 0 ? null : run(c.baseline),
    // Listed key by key so the document's shape does not follow whatever else an options object carries.
    options: {
      alpha: o.alpha,
      threshold: o.threshold,
      correction: o.correction,
      confidence: o.confidence,
      minSamples: o.minSamples,
      pairing: o.pairing,
      defaultRunNoise: o.defaultRunNoise,
      defaultCommonNoise: o.defaultCommonNoise,
      window: o.window
    },
    historyRuns: c.historyRuns,
    counts,
    geomean: c.geomean === void 0 ? null : { change: num(c.geomean.change), ci: interval(c.geomean.ci), n: c.geomean.n },
    commonShift: c.commonShift === void 0 ? null : { change: num(c.commonShift.change), share: num(c.commonShift.share) },
    benchmarks: c.benchmarks.map(benchmark)
  };
}
function renderJson(c) {
  return `${JSON.stringify(toComparisonJson(c), null, 2)}
`;
}

// src/report/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var DEFAULT_MARKDOWN_LIMIT = GITHUB_COMMENT_LIMIT - 1024;
var MAX_NAME = 200;
var MAX_REASON = 160;
var DASH = "\u2014";
var ICON = { fail: "\u274C ", pass: "\u2705 ", neutral: "" };
function utf8Length(text) {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 128 ? 1 : code < 2048 ? 2 : code < 65536 ? 3 : 4;
  }
  return bytes;
}
function cell(text) {
  return escapeMarkdown(truncate(text, MAX_NAME));
}
function nameCell(b) {
  const name = b.group ? `${truncate(b.group, MAX_NAME)} \u203A ${truncate(b.name, MAX_NAME)}` : truncate(b.name, MAX_NAME);
  return escapeMarkdown(name);
}
function sideCell(side, unit) {
  if (side === void 0) return DASH;
  const shown = formatValue(side.median, unit);
  const value = /^[0-9A-Za-z .µ/%]*$/u.test(shown) ? shown : escapeMarkdown(shown);
  return Number.isFinite(side.cv) ? `${value} ${formatSpread(side.cv)}` : value;
}
function changeCell(change, ci) {
  if (change === void 0) return DASH;
  return ci === void 0 ? formatChange(change) : `${formatChange(change)} ${formatInterval(ci)}`;
}
function verdictCell(b) {
  const label = VERDICT_LABEL[b.verdict] ?? b.verdict;
  const word = b.verdict === "regression" || b.verdict === "error" ? `**${label}**` : label;
  return b.verdict === "error" && b.reason ? `${word}: ${escapeMarkdown(truncate(b.reason, MAX_REASON))}` : word;
}
var DECIDED = ["regression", "improvement", "error"];
function reasonLines(folded) {
  return reasonGroups(folded, REPORT_ORDER).map(({ label, example, count }) => {
    const reason = escapeMarkdown(truncate(example.reason, MAX_REASON));
    return count === 1 ? `${label} (${nameCell(example)}): ${reason}` : `${label} (${count}, e.g. ${nameCell(example)}): ${reason}`;
  });
}
function foldSummary(folded) {
  const counts = /* @__PURE__ */ new Map();
  for (const b of folded) counts.set(b.verdict, (counts.get(b.verdict) ?? 0) + 1);
  const words = REPORT_ORDER.filter((v) => counts.has(v)).map((v) => `${counts.get(v)} ${v === "unchanged" ? "unchanged" : v}`);
  return `${plural(folded.length, "other benchmark")}: ${words.join(", ")}`;
}
function row(cells) {
  return `| ${cells.join(" | ")} |`;
}
function comparisonTable(c) {
  const change = `change [${formatLevel(c.options.confidence)} CI]`;
  const header = [row(["benchmark", "baseline", "current", change, "p", "verdict"]), row([":--", "--:", "--:", "--:", "--:", ":--"])].join("\n");
  const toRow = (b) => {
    const p = b.adjustedP ?? b.pValue;
    return row([
      nameCell(b),
      sideCell(b.baseline, b.unit),
      sideCell(b.head, b.unit),
      changeCell(b.change, b.ci),
      p === void 0 ? "" : formatPValue(p),
      verdictCell(b)
    ]);
  };
  const g = c.geomean;
  const geomeanRow = g === void 0 ? void 0 : row([`*geomean* of ${plural(g.n, "benchmark")}`, "", "", changeCell(g.change, g.ci), "", ""]);
  return geomeanRow === void 0 ? { header, toRow } : { header, toRow, geomeanRow };
}
function firstRunTable() {
  const header = [row(["benchmark", "current", "verdict"]), row([":--", "--:", ":--"])].join("\n");
  const toRow = (b) => row([nameCell(b), sideCell(b.head, b.unit), verdictCell(b)]);
  return { header, toRow };
}
function commitPhrase(commit, branch) {
  const parts = [];
  if (commit) parts.push(escapeMarkdown(shortCommit(commit)));
  if (branch) parts.push(parts.length > 0 ? `(${escapeMarkdown(branch)})` : escapeMarkdown(branch));
  return parts.join(" ");
}
function safeUrl(url) {
  if (url === void 0) return void 0;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
    return parsed.href.replace(/[()\s<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  } catch {
    return void 0;
  }
}
function footer(c, ctx) {
  const head = commitPhrase(ctx.headCommit ?? c.head.commit, c.head.branch);
  const lines = [];
  if (c.baseline !== void 0) {
    const base = commitPhrase(ctx.baseCommit ?? c.baseline.commit, c.baseline.branch);
    const pair = head && base ? `Compared ${head} with baseline ${base}. ` : "";
    lines.push(`${pair}${methodSentence(c)}.`);
  } else if (head) {
    lines.push(`Measured ${head}.`);
  }
  const url = safeUrl(ctx.runUrl);
  if (url !== void 0) lines.push(`[Workflow run](${url})`);
  return lines.length > 0 ? [`<sub>${lines.join(" ")}</sub>`] : [];
}
function leftOut(count, what) {
  return `_${plural(count, what)} left out to keep within GitHub's comment size limit._`;
}
function assemble(s, keepMain, keepFolded) {
  const blocks = [...s.top];
  const mainRows = s.main.slice(0, keepMain);
  if (mainRows.length > 0 || s.table.geomeanRow !== void 0) {
    const rows = s.table.geomeanRow === void 0 ? mainRows : [...mainRows, s.table.geomeanRow];
    blocks.push([s.table.header, ...rows].join("\n"));
  }
  if (keepMain < s.main.length) blocks.push(leftOut(s.main.length - keepMain, "row"));
  if (s.folded.length > 0) {
    const inner = [`<details><summary>${s.foldSummary}</summary>`];
    if (keepFolded > 0) inner.push([s.table.header, ...s.folded.slice(0, keepFolded)].join("\n"));
    if (keepFolded < s.folded.length) inner.push(leftOut(s.folded.length - keepFolded, "other row"));
    inner.push("</details>");
    blocks.push(inner.join("\n\n"));
  }
  blocks.push(...s.reasons);
  blocks.push(...s.bottom);
  return `${blocks.join("\n\n")}
`;
}
function largestFitting(max, fits) {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function renderMarkdown(c, ctx = {}) {
  const limit = ctx.maxLength ?? DEFAULT_MARKDOWN_LIMIT;
  const head = headline(c);
  const title = ctx.title ?? `benchgate: ${c.suite}`;
  const top = [`### ${cell(title)}`, `${ICON[head.tone]}**${head.verdict}**: ${head.detail}`];
  if (c.baseline === void 0) top.push(NO_BASELINE_SENTENCE);
  if (c.benchmarks.length === 0) top.push("This run has no benchmarks.");
  const bottom = [];
  const load = renderLoadMarkdown(c.scenarios);
  if (load !== "") bottom.push(load);
  const capacity = renderCapacityMarkdown(c.scenarios);
  if (capacity !== "") bottom.push(capacity);
  const shards = renderShardsMarkdown(c);
  if (shards !== "") bottom.push(shards);
  const shift = commonShiftSentence(c);
  if (shift !== void 0) bottom.push(`**Note:** ${shift}`);
  for (const note of ctx.notes ?? []) bottom.push(escapeMarkdown(truncate(note, 1e3)));
  bottom.push(...footer(c, ctx));
  const table = c.baseline === void 0 ? firstRunTable() : comparisonTable(c);
  const ordered = orderForReport(c.benchmarks);
  const isMain = (b) => c.baseline === void 0 || DECIDED.includes(b.verdict);
  const folded = ordered.filter((b) => !isMain(b));
  const decide2 = decideSentence(c, (text) => `\`${text}\``);
  const sections = {
    top,
    table,
    main: ordered.filter(isMain).map(table.toRow),
    folded: folded.map(table.toRow),
    foldSummary: foldSummary(folded),
    reasons: [...reasonLines(folded), ...decide2 ? [decide2] : []],
    bottom
  };
  const fits = (keepMain, keepUnchanged) => utf8Length(assemble(sections, keepMain, keepUnchanged)) <= limit;
  const allMain = sections.main.length;
  if (fits(allMain, 0)) {
    return assemble(
      sections,
      allMain,
      largestFitting(sections.folded.length, (n) => fits(allMain, n))
    );
  }
  return assemble(
    sections,
    largestFitting(allMain, (n) => fits(n, 0)),
    0
  );
}

// src/pipeline.ts
async function measure(config, ctx) {
  const { discoverScenarioFiles, findFiles } = await import("./discover-2SKIK7V3.js");
  const { BENCHMARK_FILE } = await import("./discover-N2BDUGXK.js");
  const time = /* @__PURE__ */ new Date();
  const started = performance.now();
  let scenarioFiles = discoverScenarioFiles(config.benchmarks, ctx.cwd);
  const microFiles = findFiles(config.benchmarks, ctx.cwd, BENCHMARK_FILE);
  const part = ctx.shard ? (await import("./shard-run-GUTK34AH.js")).planPart(ctx.shard.spec, ctx.shard.runs, ctx.cwd, microFiles, scenarioFiles) : void 0;
  if (part) scenarioFiles = part.scenarioFiles;
  const runMicro = part ? part.micro.size > 0 || microFiles.length === 0 && scenarioFiles.length === 0 : scenarioFiles.length === 0 || microFiles.length > 0;
  const micro = runMicro ? await measureMicro(config, ctx, part?.micro) : void 0;
  const load = scenarioFiles.length > 0 ? await measureLoad(config, ctx, scenarioFiles) : void 0;
  if (config.filter && !part && !micro && !load?.benchmarks.length) {
    throw new UsageError(`the filter /${config.filter?.source}/${config.filter?.flags} matches no benchmark or scenario`);
  }
  const env = micro?.env ?? load?.env ?? (await import("./environment-PP2GCHAN.js")).collectEnvironment();
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: config.suite,
    run: {
      id: newRunId(time),
      ...ctx.commit ? { commit: ctx.commit } : {},
      ...ctx.branch ? { branch: ctx.branch } : {},
      time: time.toISOString(),
      tool: "benchgate",
      // Said only when it is not the default, so runs timed before this field existed read the same.
      ...config.measure === "instructions" && micro ? { measure: "instructions" } : {},
      env,
      ...part ? { shard: { ...part.shard, wallTime: Math.round(performance.now() - started) } } : {}
    },
    benchmarks: [...micro?.benchmarks ?? [], ...load?.benchmarks ?? []],
    ...load && load.scenarios.length > 0 ? { scenarios: load.scenarios } : {}
  };
}
async function measureMicro(config, ctx, selection) {
  const { runMicroSuite } = await import("./runner-BDP6TIAY.js");
  try {
    return await runMicroSuite({
      ...selection ? { selection } : {},
      dir: config.benchmarks,
      cwd: ctx.cwd,
      samples: config.samples,
      processes: config.processes,
      roundTimeMs: config.roundTime,
      timeoutMs: config.timeout,
      warmupMs: config.warmup,
      measure: config.measure,
      ...ctx.env ? { env: ctx.env } : {},
      ...config.filter ? { filter: config.filter } : {},
      ...ctx.onEvent ? { onEvent: ctx.onEvent } : {},
      ...ctx.signal ? { signal: ctx.signal } : {}
    });
  } catch (err) {
    if (err instanceof NothingMatchedError) return null;
    throw err;
  }
}
async function measureLoad(config, ctx, files) {
  const { runLoadSuite } = await import("./runner-NLXP6VIF.js");
  return runLoadSuite({
    files,
    cwd: ctx.cwd,
    timeoutMs: config.timeout,
    ...ctx.env ? { env: ctx.env } : {},
    ...config.filter ? { filter: config.filter } : {},
    ...ctx.onEvent ? { onEvent: ctx.onEvent } : {},
    ...ctx.signal ? { signal: ctx.signal } : {}
  });
}
var HISTORY_RUNS = 20;
async function loadBaseline(store, suite, branch, accept = () => true, window = HISTORY_RUNS) {
  const refs = await store.list(suite, branch);
  const start = refs.findIndex((ref) => accept(ref.commit));
  if (start < 0) return { history: [], source: `${store.location} (branch ${branch}: no stored run)` };
  const [chosen, ...older] = refs.slice(start, start + Math.max(window, HISTORY_RUNS + 1));
  const baseline = await store.load(chosen);
  const history = [];
  const unreadable = [];
  for (const outcome of await Promise.allSettled(older.map((ref) => store.load(ref)))) {
    if (outcome.status === "fulfilled") history.push(outcome.value);
    else unreadable.push(outcome.reason.message);
  }
  return { baseline, history, source: `${store.location} (branch ${branch})`, ...unreadable.length ? { unreadable } : {} };
}
function compareRuns(head, base, config, pairing = "separate-runs") {
  if (base.baseline && base.baseline.suite !== head.suite) {
    throw new UsageError(
      `the baseline is of suite '${base.baseline.suite}' but the results are of suite '${head.suite}'; set ${optionName("suite")} or compare files of the same suite`
    );
  }
  return compareByShard(head, base.baseline, base.history, {
    alpha: config.alpha,
    threshold: config.threshold,
    correction: config.correction,
    confidence: config.confidence,
    minSamples: config.minSamples,
    defaultRunNoise: config.runNoise,
    defaultCommonNoise: config.commonNoise,
    window: config.window,
    pairing
  });
}
function renderReport(comparison, format, ctx = {}) {
  switch (format) {
    case "json":
      return renderJson(comparison);
    case "markdown":
      return renderMarkdown(comparison, {
        ...ctx.title ? { title: ctx.title } : {},
        ...comparison.head.commit ? { headCommit: comparison.head.commit } : {},
        ...comparison.baseline?.commit ? { baseCommit: comparison.baseline.commit } : {},
        ...ctx.runUrl ? { runUrl: ctx.runUrl } : {},
        ...ctx.notes ? { notes: ctx.notes } : {}
      });
    case "terminal":
      return renderTerminal(comparison, { color: ctx.color ?? false });
  }
}
var RECENT_CHANGE_RUNS = 50;
var RECENT_HISTORY_RUNS = 500;
async function recentHistoryNotes(store, suite, branch, comparison) {
  const withFolder = store;
  const folder = typeof withFolder?.dataFolder === "function" ? await withFolder.dataFolder() : void 0;
  if (folder === void 0) return [];
  const [{ readSuiteHistory }, { extractSeries }, { recentChanges, summarizeSeries }, { historyNotes }] = await Promise.all([
    import("./history-index-DTJDJBSC.js"),
    import("./series-PRKYKPCK.js"),
    import("./summary-OGEFOKDE.js"),
    import("./history-IL26KX4I.js")
  ]);
  let history;
  try {
    history = await readSuiteHistory(folder, suiteFolder(suite), { branch });
  } catch (err) {
    if (err instanceof InputError) return [`The history of ${suite} could not be read for change points: ${err.message}`];
    throw err;
  }
  if (history === void 0) return [];
  const series = extractSeries(history, { branch });
  const names = new Set(comparison.benchmarks.map((b) => b.name));
  const summaries = series.benchmarks.filter((b) => names.has(b.name)).map((b) => {
    const from = Math.max(0, b.values.length - RECENT_HISTORY_RUNS);
    return summarizeSeries(series, { ...b, runs: b.runs.slice(from), values: b.values.slice(from), n: b.n.slice(from), cv: b.cv.slice(from) });
  });
  return historyNotes(recentChanges(summaries, RECENT_CHANGE_RUNS).values());
}
async function writeDashboard(options) {
  const { readStoredHistories } = await import("./history-read-ITIXLNB6.js");
  const { writeChangedFiles } = await import("./write-changed-MOR7D4KZ.js");
  const { renderSite } = await import("./site-HVCLFGB3.js");
  const { dashboardAssets } = await import("./assets-NTFMCIW7.js");
  const { detectChangePoints, CHANGE_POINT_METHOD } = await import("./change-points-7SOK4Z5P.js");
  const { resolve } = await import("node:path");
  const histories = await readStoredHistories(options.storeFolder, {
    ...options.suite !== void 0 ? { suite: options.suite } : {},
    ...options.skipped ? { skipped: options.skipped } : {}
  });
  if (options.suite !== void 0 && histories.length === 0) {
    throw new UsageError(`suite '${options.suite}' has no stored runs or history in ${options.storeFolder}`);
  }
  const site = renderSite({
    suites: histories,
    assets: await dashboardAssets(),
    ...options.repository !== void 0 ? { repository: options.repository } : {},
    generated: (options.now ?? /* @__PURE__ */ new Date()).toISOString(),
    detect: detectChangePoints,
    ...CHANGE_POINT_METHOD !== void 0 ? { changePointMethod: CHANGE_POINT_METHOD } : {}
  });
  const beside = resolve(options.out) === resolve(options.storeFolder);
  const files = [...site, ...histories.flatMap((h) => beside && h.source === "history" ? [] : h.files)];
  const written = await writeChangedFiles(options.out, files);
  return {
    suites: histories.length,
    benchmarks: histories.reduce((sum, h) => sum + h.index.benchmarks.length, 0),
    runs: histories.reduce((sum, h) => sum + h.index.shards.reduce((s, shard) => s + shard.runs, 0), 0),
    written,
    files: files.map((f) => f.path)
  };
}

export {
  renderJson,
  measure,
  HISTORY_RUNS,
  loadBaseline,
  compareRuns,
  renderReport,
  RECENT_CHANGE_RUNS,
  recentHistoryNotes,
  writeDashboard
};
