import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  normalCdf,
  normalQuantile,
  normalSf
} from "./chunk-ZDWY5RTS.js";

// src/stats/wilcoxon.ts
var EXACT_MAX_PAIRS = 50;
var PERMUTATION_MAX_PAIRS = 13;
function wilcoxonSignedRank(differences, options = {}) {
  const zeroMethod = options.zeroMethod ?? "wilcox";
  for (const [i, d] of differences.entries()) {
    if (!Number.isFinite(d)) throw new RangeError(`difference #${i + 1} is ${d}; the signed-rank test needs finite numbers`);
  }
  const zeros = differences.filter((d) => d === 0).length;
  const ranked = zeroMethod === "wilcox" ? differences.filter((d) => d !== 0) : [...differences];
  const count = ranked.length;
  if (count === 0 || zeros === count) {
    return { rPlus: 0, rMinus: 0, statistic: 0, pValue: 1, method: "asymptotic", count, zeros, ties: false };
  }
  const { ranks, tieTerm } = absoluteRanks(ranked, zeroMethod === "pratt");
  let rPlus = 0;
  let rMinus = 0;
  ranked.forEach((d, i) => {
    if (d > 0) rPlus += ranks[i];
    else if (d < 0) rMinus += ranks[i];
  });
  const ties = tieTerm > 0;
  const method = chooseMethod(options.method ?? "auto", differences.length, ties, zeros);
  let p;
  if (method === "exact") {
    p = 2 * Math.min(signedRankSf(Math.floor(rPlus), count), signedRankCdf(Math.ceil(rPlus), count));
  } else if (method === "permutation") {
    p = permutationPValue(
      ranked.map((d, i) => d === 0 ? 0 : ranks[i]),
      rPlus
    );
  } else {
    const nz = zeroMethod === "pratt" ? zeros : 0;
    const mean = count * (count + 1) / 4 - nz * (nz + 1) / 4;
    const variance = (count * (count + 1) * (2 * count + 1) - nz * (nz + 1) * (2 * nz + 1) - tieTerm / 2) / 24;
    const se = Math.sqrt(variance);
    let z = (rPlus - mean) / se;
    if (options.correction && z !== 0) z -= Math.sign(z) * 0.5 / se;
    p = se > 0 ? 2 * normalSf(Math.abs(z)) : 1;
  }
  return { rPlus, rMinus, statistic: Math.min(rPlus, rMinus), pValue: Math.min(1, Math.max(0, p)), method, count, zeros, ties };
}
function chooseMethod(asked, n, ties, zeros) {
  if (asked !== "auto") return asked;
  if (n > EXACT_MAX_PAIRS) return "asymptotic";
  if (!ties && zeros === 0) return "exact";
  return n <= PERMUTATION_MAX_PAIRS ? "permutation" : "asymptotic";
}
function absoluteRanks(values, zerosKept) {
  const order = values.map((_, i) => i).sort((a, b) => Math.abs(values[a]) - Math.abs(values[b]));
  const ranks = new Array(values.length);
  let tieTerm = 0;
  for (let start = 0; start < order.length; ) {
    const size = Math.abs(values[order[start]]);
    let end = start;
    while (end + 1 < order.length && Math.abs(values[order[end + 1]]) === size) end++;
    const t = end - start + 1;
    for (let k = start; k <= end; k++) ranks[order[k]] = (start + end) / 2 + 1;
    if (t > 1 && !(zerosKept && size === 0)) tieTerm += t * t * t - t;
    start = end + 1;
  }
  return { ranks, tieTerm };
}
function permutationPValue(ranks, rPlus) {
  const doubled = ranks.map((r) => Math.round(2 * r));
  const total = doubled.reduce((a, b) => a + b, 0);
  const counts = new Float64Array(total + 1);
  counts[0] = 1;
  let reach = 0;
  for (const r of doubled) {
    if (r === 0) continue;
    for (let s = reach; s >= 0; s--) if (counts[s]) counts[s + r] += counts[s];
    reach += r;
  }
  const observed = Math.round(2 * rPlus);
  let all = 0;
  let atMost = 0;
  let atLeast = 0;
  for (let s = 0; s <= total; s++) {
    const c = counts[s];
    all += c;
    if (s <= observed) atMost += c;
    if (s >= observed) atLeast += c;
  }
  return Math.min(1, 2 * Math.min(atMost, atLeast) / all);
}
var distributions = /* @__PURE__ */ new Map();
function signedRankPmf(n) {
  const cached = distributions.get(n);
  if (cached) return cached;
  const total = n * (n + 1) / 2;
  const counts = new Float64Array(total + 1);
  counts[0] = 1;
  for (let i = 1; i <= n; i++) {
    for (let s = i * (i + 1) / 2; s >= i; s--) counts[s] += counts[s - i];
  }
  const scale = 2 ** -n;
  const pmf = counts.map((c) => c * scale);
  if (distributions.size > 64) distributions.delete(distributions.keys().next().value);
  distributions.set(n, pmf);
  return pmf;
}
function signedRankCdf(k, n) {
  const pmf = signedRankPmf(n);
  if (k < 0) return 0;
  if (k >= pmf.length - 1) return 1;
  let sum = 0;
  for (let s = 0; s <= k; s++) sum += pmf[s];
  return sum;
}
function signedRankSf(k, n) {
  const pmf = signedRankPmf(n);
  if (k <= 0) return 1;
  if (k > pmf.length - 1) return 0;
  let sum = 0;
  for (let s = pmf.length - 1; s >= k; s--) sum += pmf[s];
  return sum;
}

// src/stats/walsh-interval.ts
function walshInterval(differences, confidence) {
  const n = differences.length;
  if (n === 0) throw new RangeError("the Hodges-Lehmann centre needs at least one difference");
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be between 0 and 1; got ${confidence}`);
  const walsh = walshAverages(differences);
  const total = walsh.length;
  const mid = Math.floor((total + 1) / 2);
  const centre = total % 2 === 1 ? walsh[mid - 1] : (walsh[mid - 1] + walsh[mid]) / 2;
  const { rank, method, coverage } = signedRankCriticalRank(n, confidence);
  if (rank === 0) return { centre, lower: -Infinity, upper: Infinity, rank, method, coverage: 1 };
  return { centre, lower: walsh[rank - 1], upper: walsh[total - rank], rank, method, coverage };
}
function walshAverages(differences) {
  const n = differences.length;
  const d = Float64Array.from(differences);
  for (const v of d) if (!Number.isFinite(v)) throw new RangeError(`a difference is ${v}; expected finite numbers`);
  const walsh = new Float64Array(n * (n + 1) / 2);
  let at = 0;
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) walsh[at++] = (d[i] + d[j]) / 2;
  return walsh.sort();
}
function signedRankCriticalRank(n, confidence) {
  const tail = (1 - confidence) / 2;
  const total = n * (n + 1) / 2;
  if (n <= EXACT_MAX_PAIRS) {
    let rank2 = 0;
    while (rank2 < Math.floor((total + 1) / 2) && signedRankCdf(rank2, n) <= tail) rank2++;
    return { rank: rank2, method: "exact", coverage: 1 - 2 * signedRankCdf(rank2 - 1, n) };
  }
  const sd = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24);
  const z = normalQuantile(1 - tail);
  const rank = Math.min(Math.floor((total + 1) / 2), Math.max(0, Math.floor(total / 2 + 0.5 - z * sd)));
  return { rank, method: "normal", coverage: rank === 0 ? 1 : 1 - 2 * normalCdf((rank - 0.5 - total / 2) / sd) };
}

// src/measure/ab/stopping.ts
var STOPPING_CONFIDENCE = 0.99;
function samplingDecision(logRatios, rule, processes) {
  const pairs = logRatios.length;
  if (pairs < Math.max(2, rule.minPairs)) return { state: "continue", pairs };
  const confidence = rule.confidence ?? STOPPING_CONFIDENCE;
  const est = walshInterval(logRatios, confidence);
  const change = Math.expm1(est.centre);
  const pairNoise = robustSpread(logRatios);
  if (est.rank === 0) return { state: "continue", pairs, change, pairNoise };
  const z = normalQuantile((1 + confidence) / 2);
  const effect = processEffect(logRatios, processes);
  const between = effect.groups > 0 ? effect.sd / Math.sqrt(effect.groups) : 0;
  const logLower = est.centre - Math.hypot(est.centre - est.lower, z * between);
  const logUpper = est.centre + Math.hypot(est.upper - est.centre, z * between);
  const lower = Math.expm1(logLower);
  const upper = Math.expm1(logUpper);
  const t = rule.threshold;
  const base = { pairs, change, interval: [lower, upper], pairNoise };
  const beyond = t > 0 ? lower >= t || upper <= -t : lower > 0 || upper < 0;
  let p = wilcoxonSignedRank(logRatios).pValue;
  if (between > 0) p = Math.max(p, 2 * normalSf(Math.abs(est.centre) / Math.hypot((est.upper - est.lower) / (2 * z), between)));
  if (beyond && p < rule.alpha / Math.max(1, rule.benchmarks)) return { state: "beyond", ...base };
  if (t > 0 && lower > -t && upper < t) return { state: "within", ...base };
  return { state: "continue", ...base, ...needed({ lower: logLower, upper: logUpper }, change, t, pairs) };
}
function needed(est, change, threshold, pairs) {
  const halfWidth = (est.upper - est.lower) / 2;
  const room = Math.abs(Math.abs(Math.log1p(change)) - Math.abs(Math.log1p(Math.sign(change) * threshold)));
  if (!(halfWidth > 0) || !(room > 0)) return {};
  return { pairsNeeded: Math.ceil(pairs * (halfWidth / room) ** 2) };
}
function processEffect(logRatios, processes) {
  if (!processes || processes.length !== logRatios.length) return { sd: 0, groups: 0 };
  const groups = /* @__PURE__ */ new Map();
  logRatios.forEach((d, i) => {
    const key = processes[i];
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  });
  const used = [...groups.values()].filter((g) => g.length >= MIN_PAIRS_PER_PROCESS);
  const k = used.length;
  if (k < 2) return { sd: 0, groups: k };
  const centres = used.map((g) => median(Float64Array.from(g).sort()));
  const mean = centres.reduce((a, b) => a + b, 0) / k;
  const between = centres.reduce((a, c) => a + (c - mean) ** 2, 0) / (k - 1);
  const within = robustSpread(used.flatMap((g, i) => g.map((v) => v - centres[i])));
  const chance = used.reduce((a, g) => a + (1.2533 * within) ** 2 / g.length, 0) / k;
  return { sd: Math.sqrt(Math.max(0, between - chance)), groups: k };
}
var MIN_PAIRS_PER_PROCESS = 3;
function robustSpread(values) {
  const sorted = Float64Array.from(values).sort();
  const mid = median(sorted);
  const deviations = Float64Array.from(values, (v) => Math.abs(v - mid)).sort();
  return 1.4826 * median(deviations);
}
function median(sorted) {
  const n = sorted.length;
  const m = n >> 1;
  return n % 2 === 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

export {
  wilcoxonSignedRank,
  walshInterval,
  samplingDecision,
  processEffect,
  robustSpread
};
