#!/usr/bin/env node
import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  LOAD_LIMIT_MS,
  blame,
  childEntry,
  crashMessage,
  duration,
  runChild,
  sourceArgs
} from "./chunks/chunk-SCAWZMBO.js";
import {
  EXIT_BAD_INPUT,
  EXIT_OK,
  LocalStore,
  OPTIONS,
  RESULTS_FORMAT,
  RESULTS_VERSION,
  adjustPValues,
  alignUnits,
  alike,
  commonShift,
  compareRuns,
  createProgressReporter,
  decide,
  detectRevision,
  displayWidth,
  formatSpread,
  formatValue,
  gate,
  geomean,
  loadBaseline,
  measure,
  median,
  newRunId,
  normalCdf,
  normalQuantile,
  normalSf,
  parseDuration,
  parseNumber,
  percent,
  plural,
  readResultsFile,
  renderReport,
  resolveCompareOptions,
  resolveConfig,
  sanitizeTerminal,
  shortCommit,
  truncate,
  writeResultsFile
} from "./chunks/chunk-3G5SLKEY.js";
import {
  SETTLE_MIN_SHARE,
  settleLimitMs
} from "./chunks/chunk-YXRWVZUI.js";
import {
  discoverBenchmarkFiles,
  relativeTo
} from "./chunks/chunk-VJYNFM5C.js";
import {
  InputError,
  UsageError,
  describe,
  isUserError
} from "./chunks/chunk-A3TNSP7U.js";
import {
  collectEnvironment
} from "./chunks/chunk-6ROBQZ6W.js";
import "./chunks/chunk-35VAMBZN.js";

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/config/file.ts
import { readFile } from "node:fs/promises";
var CONFIG_FILE = "benchgate.config.json";
async function readConfigFile(path, explicit) {
  let text2;
  try {
    text2 = await readFile(path, "utf8");
  } catch (err) {
    if (err.code === "ENOENT" && !explicit) return void 0;
    throw new InputError(path, `cannot read the config file (${err.code ?? err.message})`);
  }
  let values;
  try {
    values = JSON.parse(text2);
  } catch (err) {
    throw new InputError(path, `not valid JSON: ${err.message}`);
  }
  if (typeof values !== "object" || values === null || Array.isArray(values)) {
    throw new InputError(path, `expected an object of options such as {"threshold": "5%"}, found ${describe(values)}`);
  }
  const { $schema: _ignored, ...options } = values;
  return { values: options, origin: (name) => `${path}: ${name}` };
}

// src/cli/commands.ts
import { mkdir } from "node:fs/promises";
import { dirname, resolve as resolve2 } from "node:path";

// src/report/run-summary.ts
var MAX_NAME = 80;
var MAX_ERROR = 120;
function median2(sorted) {
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}
function describeSamples(samples) {
  const n = samples.length;
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((sum, x) => sum + x, 0) / n;
  const variance = n > 1 ? samples.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1) : 0;
  return { n, median: median2(sorted), cv: mean !== 0 ? Math.sqrt(variance) / Math.abs(mean) : Number.NaN };
}
function cells(b) {
  const name = truncate(sanitizeTerminal(b.group ? `${b.group} > ${b.name}` : b.name), MAX_NAME);
  if (b.error !== void 0) return [name, "", "", `error: ${truncate(sanitizeTerminal(b.error), MAX_ERROR)}`];
  if (b.samples.length === 0) return [name, "", "", "no samples"];
  const s = describeSamples(b.samples);
  const spread = Number.isFinite(s.cv) ? formatSpread(s.cv) : "";
  return [name, sanitizeTerminal(formatValue(s.median, b.unit)), spread, `n=${s.n}`];
}
function renderRunSummary(result) {
  const where = [result.run.commit ? shortCommit(result.run.commit) : "", result.run.branch ? `(${result.run.branch})` : ""].filter((part) => part !== "").join(" ");
  const failed = result.benchmarks.filter((b) => b.error !== void 0).length;
  const counted = `${plural(result.benchmarks.length - failed, "benchmark")} measured${failed > 0 ? `, ${failed} failed` : ""}`;
  const lines = [sanitizeTerminal(`${result.suite}${where ? ` at ${where}` : ""}: ${counted}`)];
  if (result.benchmarks.length > 0) {
    const rows = [["benchmark", "median", "spread", "samples"], ...result.benchmarks.map(cells)];
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ""))));
    lines.push("");
    for (const [name, value, spread, note] of rows) {
      const pad = (text2, width) => " ".repeat(Math.max(0, (width ?? 0) - displayWidth(text2)));
      lines.push(`${name}${pad(name, widths[0])}  ${pad(value, widths[1])}${value}  ${pad(spread, widths[2])}${spread}  ${note}`.trimEnd());
    }
  }
  return `${lines.join("\n")}
`;
}

// src/cli/ab-command.ts
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/measure/ab/conditions.ts
function summarizeWarmups(warmups) {
  const ms = warmups.map((w) => w.ms).sort((a, b) => a - b);
  const m = ms.length >> 1;
  const medianMs = ms.length === 0 ? 0 : ms.length % 2 ? ms[m] : (ms[m - 1] + ms[m]) / 2;
  return { count: warmups.length, settled: warmups.filter((w) => w.settled).length, medianMs };
}
function describeConditions(c) {
  const head = c.head.workingTree ? `the working tree${c.head.uncommitted ? " (with uncommitted changes)" : ""}${c.head.commit ? ` at ${c.head.commit.slice(0, 7)}` : ""}` : `${c.head.ref} (${c.head.commit?.slice(0, 7)})`;
  const w = c.warmup;
  const capped = w.count - w.settled;
  return [
    `Interleaved run: base ${c.base.ref} (${c.base.commit.slice(0, 7)}) against head ${head}, on ${c.env.cpu} (${c.env.cores} cores), Node ${c.env.node}, in ${seconds(c.elapsedMs)}.`,
    `Conditions: alternating round pairs in balanced random order (ABBA), ${c.processes} process${c.processes === 1 ? "" : "es"} per version and file, ${c.roundTimeMs} ms rounds (${c.roundStatistic === "median" ? "median batch per round" : "mean per round"}), GC before each round ${c.gcBeforeRound ? "on" : "off"}, ${c.semiSpaceMb ? `young generation fixed at ${c.semiSpaceMb} MB semi-spaces` : "young generation sized by V8"}, ${c.cpu === void 0 ? "not pinned to CPUs" : `pinned to CPU ${c.cpu} (taskset)`}, warm-up until timings settle (${w.settled} of ${w.count} settled${capped > 0 ? `, ${capped} stopped at the ${seconds(w.maxMs)} limit` : ""}; median ${Math.round(w.medianMs)} ms).`,
    "Paired analysis: per round pair the log ratio head/base; Wilcoxon signed-rank test and Hodges-Lehmann (Walsh average) interval of the median ratio, widened where process pairs disagree.",
    `Sampling: adaptive, at least ${c.budget.minPairs} and at most ${c.budget.maxPairs} pairs per benchmark, ${seconds(c.budget.benchmarkMs)} per benchmark, ${seconds(c.budget.totalMs)} for the run${c.setup ? `; setup: ${c.setup}` : ""}.`
  ];
}
function samplingSentence(s, budgetMs) {
  const pairs = `${s.pairs} pair${s.pairs === 1 ? "" : "s"}`;
  const noise = s.last?.pairNoise !== void 0 ? `pairs vary by \xB1${pct(s.last.pairNoise)}` : void 0;
  const more = s.last?.pairsNeeded !== void 0 && s.last.pairsNeeded > s.pairs ? `; about ${s.last.pairsNeeded} pairs would decide it` : "";
  switch (s.stop) {
    case "beyond":
      return `Stopped early after ${pairs}: clearly beyond the threshold.`;
    case "within":
      return `Stopped early after ${pairs}: clearly within the threshold.`;
    case "budget":
      return `Its time budget (${seconds(budgetMs)}) ran out after ${pairs}${noise ? `; ${noise}` : ""}${more}.`;
    case "total-budget":
      return `The run's time budget ran out after ${pairs}${noise ? `; ${noise}` : ""}${more}.`;
    case "max-pairs":
      return `Stopped at the limit of ${pairs}${noise ? `; ${noise}` : ""}${more}.`;
    case "failed":
      return `Stopped after ${pairs}: it failed.`;
    case "unpaired":
      return "Measured on one side only.";
  }
}
function pct(x) {
  const v = x * 100;
  return `${v < 1 ? v.toFixed(2) : v.toFixed(1)}%`;
}
function seconds(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 12e4) return `${(ms / 1e3).toFixed(ms < 1e4 ? 1 : 0)} s`;
  return `${(ms / 6e4).toFixed(1)} min`;
}
function noiseLines(run2, threshold, mode) {
  const baseByName = new Map(run2.base.benchmarks.map((b) => [b.name, b]));
  const rows = run2.head.benchmarks.flatMap((h) => {
    const s = run2.sampling[h.name];
    const b = baseByName.get(h.name);
    if (!s || !b || s.stop === "unpaired") return [];
    return [{ name: h.name, pairs: s.pairs, spread: s.last?.pairNoise, baseCv: cv(b.samples), headCv: cv(h.samples), stop: s.stop }];
  });
  if (mode === "notable") {
    const noisy = rows.filter((r) => r.spread !== void 0 && r.spread > threshold);
    if (noisy.length === 0) return [];
    return [`Too noisy to gate at ${pct(threshold)} (pairs vary by more than that): ${noisy.map((r) => `${r.name} (\xB1${pct(r.spread)})`).join(", ")}.`];
  }
  if (rows.length === 0) return [];
  const width = Math.min(40, Math.max(9, ...rows.map((r) => r.name.length)));
  const line = (cells2) => `  ${cells2[0].padEnd(width)}${cells2.slice(1, 5).map((c) => c.padStart(13)).join("")}  ${cells2[5]}`;
  return [
    "Noise within this run:",
    line(["benchmark", "pairs", "pair spread", "CV base", "CV head", "sampling"]),
    ...rows.map(
      (r) => line([
        r.name.length > width ? `${r.name.slice(0, width - 1)}\u2026` : r.name,
        String(r.pairs),
        r.spread === void 0 ? "-" : `\xB1${pct(r.spread)}`,
        r.baseCv === void 0 ? "-" : pct(r.baseCv),
        r.headCv === void 0 ? "-" : pct(r.headCv),
        STOP_TEXT[r.stop]
      ])
    )
  ];
}
var STOP_TEXT = {
  beyond: "stopped early: beyond the threshold",
  within: "stopped early: within the threshold",
  budget: "its time budget ran out",
  "total-budget": "the run's budget ran out",
  "max-pairs": "pair limit reached",
  failed: "failed",
  unpaired: "one side only"
};
function cv(samples) {
  const n = samples.length;
  if (n < 2) return void 0;
  const mean = samples.reduce((a, b) => a + b, 0) / n;
  return Math.sqrt(samples.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) / mean;
}

// src/measure/ab/progress.ts
function interleaveProgress(write) {
  return (event) => {
    switch (event.type) {
      case "file-start":
        write(`${event.file}: warming up ${event.sides.join(" and ")}\u2026
`);
        return;
      case "stopped": {
        const s = event.sampling;
        const change = s.last?.change !== void 0 ? ` ${signed(s.last.change)}` : "";
        const interval = s.last?.interval ? ` (${signed(s.last.interval[0])} to ${signed(s.last.interval[1])})` : "";
        write(`  ${event.benchmark}: ${STOP_WORDS[s.stop]} after ${s.pairs} pairs${change}${interval}
`);
        return;
      }
      case "error":
        write(`  ${event.benchmark} failed in ${event.side}: ${event.message.split("\n", 1)[0]}
`);
        return;
      case "warmup":
      case "round":
      case "file-end":
        return;
    }
  };
}
var STOP_WORDS = {
  beyond: "decided, beyond the threshold,",
  within: "decided, within the threshold,",
  budget: "its time budget ran out",
  "total-budget": "the run's time budget ran out",
  "max-pairs": "pair limit reached",
  failed: "stopped",
  unpaired: "measured on one side"
};
function signed(x) {
  const v = x * 100;
  return `${v >= 0 ? "+" : "-"}${Math.abs(v).toFixed(Math.abs(v) < 1 ? 2 : 1)}%`;
}

// src/measure/ab/run.ts
import { join as join2 } from "node:path";

// src/compare/paired-wilcoxon.ts
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
    p = permutationPValue(ranked.map((d, i) => d === 0 ? 0 : ranks[i]), rPlus);
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

// src/compare/paired-interval.ts
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

// src/compare/paired-stopping.ts
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
  const centres = used.map((g) => median3(Float64Array.from(g).sort()));
  const mean = centres.reduce((a, b) => a + b, 0) / k;
  const between = centres.reduce((a, c) => a + (c - mean) ** 2, 0) / (k - 1);
  const within = robustSpread(used.flatMap((g, i) => g.map((v) => v - centres[i])));
  const chance = used.reduce((a, g) => a + (1.2533 * within) ** 2 / g.length, 0) / k;
  return { sd: Math.sqrt(Math.max(0, between - chance)), groups: k };
}
var MIN_PAIRS_PER_PROCESS = 3;
function robustSpread(values) {
  const sorted = Float64Array.from(values).sort();
  const mid = median3(sorted);
  const deviations = Float64Array.from(values, (v) => Math.abs(v - mid)).sort();
  return 1.4826 * median3(deviations);
}
function median3(sorted) {
  const n = sorted.length;
  const m = n >> 1;
  return n % 2 === 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

// src/compare/paired-compare.ts
var VERDICTS = ["regression", "improvement", "unchanged", "inconclusive", "new", "missing", "error"];
function comparePaired(head, base, options = {}, extras = {}) {
  const o = resolveCompareOptions({ ...options, pairing: "same-run" });
  const baseByName = /* @__PURE__ */ new Map();
  for (const b of base.benchmarks) if (!baseByName.has(b.name)) baseByName.set(b.name, b);
  const headNames = new Set(head.benchmarks.map((b) => b.name));
  const benchmarks = [];
  const tested = [];
  for (const h of head.benchmarks) {
    const outcome = assessPaired(h, baseByName.get(h.name), o);
    const sampling = extras.sampling?.[h.name];
    if ("evidence" in outcome) {
      if (sampling) outcome.note += ` ${sampling}`;
      tested.push(outcome);
      benchmarks.push(outcome.comparison);
    } else {
      if (sampling && outcome.verdict === "inconclusive") outcome.reason += ` ${sampling}`;
      benchmarks.push(outcome);
    }
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
  const adjusted = adjustPValues(tested.map((t) => t.decisionP), o.correction);
  tested.forEach((t, i) => {
    const adjustedP = adjusted[i];
    const { verdict, reason } = decide({ ...t.evidence, adjustedP }, o);
    Object.assign(t.comparison, { verdict, reason: reason + t.note, adjustedP });
  });
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0]));
  for (const b of benchmarks) counts[b.verdict]++;
  const compared = alike(tested.map((t) => t.aggregate));
  const mean = geomean(compared, o.confidence);
  const shift = commonShift(compared);
  return {
    suite: head.suite,
    head: head.run,
    baseline: base.run,
    options: o,
    benchmarks,
    counts,
    ...mean ? { geomean: mean } : {},
    ...shift ? { commonShift: shift } : {},
    historyRuns: 0
  };
}
function pairedLogRatios(head, base) {
  if (head.length !== base.length) return void 0;
  if (![...head, ...base].every((v) => v > 0 && Number.isFinite(v))) return void 0;
  return head.map((h, i) => Math.log(h / base[i]));
}
function assessPaired(h, b, o) {
  const base = b && b.error === void 0 && b.samples.length > 0 ? b : void 0;
  const settled = (verdict, reason) => ({
    ...identity(h),
    verdict,
    reason,
    ...base && verdict !== "inconclusive" ? { baseline: summarize(base.samples) } : {},
    ...h.samples.length > 0 ? { head: summarize(h.samples) } : {}
  });
  if (h.error !== void 0) return settled("error", `Failed in head: ${firstLine(h.error)}`);
  if (!b) return settled("new", "In head, but not in the baseline.");
  if (!base) return settled("inconclusive", `No baseline to compare with: it failed in the base tree (${firstLine(b.error ?? "no samples")}).`);
  if (b.direction !== h.direction) {
    return settled("inconclusive", `The direction changed from '${b.direction} is better' in the baseline to '${h.direction} is better' in head, so the numbers are not compared.`);
  }
  const units = alignUnits(b.unit, h.unit);
  if (!units.ok) return settled("inconclusive", units.reason);
  const baseSamples = units.factor === 1 ? b.samples : b.samples.map((v) => v * units.factor);
  const note = units.factor === 1 ? "" : ` Baseline converted from ${b.unit} to ${h.unit}.`;
  const sides = { baseline: summarize(baseSamples), head: summarize(h.samples) };
  const inconclusive = (reason) => ({ ...identity(h), verdict: "inconclusive", reason, ...sides });
  const d = pairedLogRatios(h.samples, baseSamples);
  if (!d) {
    return inconclusive(
      h.samples.length !== baseSamples.length ? `The samples are not paired: ${h.samples.length} in head and ${baseSamples.length} in the baseline.` : "A sample is zero, negative or not a finite number, so the ratio of a pair is undefined."
    );
  }
  if (d.length < o.minSamples) return inconclusive(`Too few round pairs: ${d.length}; at least ${o.minSamples} are needed.`);
  const pValue = wilcoxonSignedRank(d).pValue;
  const est = walshInterval(d, o.confidence);
  if (est.rank === 0) {
    return { ...inconclusive(`Too few round pairs for a ${percent(o.confidence, false)} interval (${d.length}).`), change: Math.expm1(est.centre), pValue };
  }
  const z = normalQuantile((1 + o.confidence) / 2);
  const effect = processEffect(d, h.processes);
  const between = effect.groups > 0 ? effect.sd / Math.sqrt(effect.groups) : 0;
  const lower = est.centre - Math.hypot(est.centre - est.lower, z * between);
  const upper = est.centre + Math.hypot(est.upper - est.centre, z * between);
  const se = Math.hypot((est.upper - est.lower) / (2 * z), between);
  const pZ = se > 0 ? Math.min(1, 2 * normalSf(Math.abs(est.centre) / se)) : est.centre === 0 ? 1 : 0;
  const decisionP = between > 0 ? Math.max(pValue, pZ) : pValue;
  const pairNoise = robustSpread(d);
  const comparison = {
    ...identity(h),
    verdict: "inconclusive",
    reason: "",
    ...sides,
    change: Math.expm1(est.centre),
    ci: [Math.expm1(lower), Math.expm1(upper)],
    pValue
  };
  const processNote = between > 0 && z * between > (est.upper - est.lower) / 2 ? ` Processes differ by \xB1${percent(effect.sd, false)} beyond the rounds' noise, which widens the interval.` : "";
  return {
    comparison,
    evidence: { direction: h.direction, change: comparison.change, ci: comparison.ci, noiseFromRuns: false, spread: pairNoise },
    decisionP,
    note: `${note}${processNote}`,
    aggregate: {
      direction: h.direction,
      logRatio: est.centre,
      logRatioSe: se,
      logShift: est.centre,
      withinLower: est.lower,
      withinUpper: est.upper
    }
  };
}
function identity(b) {
  return { name: b.name, unit: b.unit, direction: b.direction, ...b.group === void 0 ? {} : { group: b.group } };
}
function summarize(samples) {
  const n = samples.length;
  const mean = samples.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(samples.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  return { n, median: median(samples), cv: sd === 0 ? 0 : sd / Math.abs(mean) };
}
function firstLine(text2) {
  const line = text2.split("\n", 1)[0].trim();
  return line.length > 200 ? `${line.slice(0, 199)}\u2026` : line;
}

// src/measure/ab/command.ts
import { execFileSync } from "node:child_process";
import { cpus } from "node:os";
function childCommand(options) {
  const node = options.node ?? "node";
  const entry = childEntry();
  const semiSpace = options.semiSpaceMb ? [`--min-semi-space-size=${options.semiSpaceMb}`, `--max-semi-space-size=${options.semiSpaceMb}`] : [];
  const nodeArgs = [...options.gc ? ["--expose-gc"] : [], ...semiSpace, ...sourceArgs(node, entry, options.env)];
  if (options.cpu === void 0) return { command: node, args: nodeArgs, entry };
  checkCpuList(options.cpu);
  return { command: findTaskset(options.env), args: ["-c", options.cpu, node, ...nodeArgs], entry };
}
function checkCpuList(list2, available = cpus().length) {
  if (!/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(list2)) {
    throw new UsageError(`--cpu: expected a CPU list such as 1, 2,3 or 0-3, found ${JSON.stringify(list2)}`);
  }
  for (const part of list2.split(",")) {
    const [from, to = from] = part.split("-").map(Number);
    if (to < from) throw new UsageError(`--cpu: the range ${part} runs backwards; write it as ${to}-${from}`);
    if (to >= available) {
      throw new UsageError(`--cpu: CPU ${to} does not exist; this machine has CPUs 0 to ${available - 1}`);
    }
  }
}
function findTaskset(env) {
  try {
    execFileSync("taskset", ["--version"], { stdio: "ignore", timeout: 1e4, ...env ? { env } : {} });
    return "taskset";
  } catch (err) {
    const code = err.code;
    const why = code === "ENOENT" ? "it was not found in PATH" : `it did not run (${code ?? err.message})`;
    throw new UsageError(`--cpu pins the benchmark processes with taskset, but ${why}; install util-linux (it provides taskset) or leave --cpu out`);
  }
}

// src/measure/ab/interleave.ts
import { performance } from "node:perf_hooks";

// src/measure/ab/driven-child.ts
var IDLE_LIMIT_MS = 24 * 60 * 60 * 1e3;
var DrivenChild = class _DrivenChild {
  /** Benchmarks the file registers (after the filter), in registration order. */
  registered = [];
  /** The file could not be loaded or registers nothing: why. */
  loadError;
  /** Benchmarks that failed during setup or warm-up, with why. */
  failed = /* @__PURE__ */ new Map();
  warmups = /* @__PURE__ */ new Map();
  env;
  #handle;
  #exit;
  #options;
  #closed;
  #waiter;
  #round;
  #timeouts = /* @__PURE__ */ new Map();
  constructor(options) {
    this.#options = options;
    const config = {
      file: options.file,
      rounds: 1,
      roundTimeMs: options.roundTimeMs,
      warmupMs: options.warmupMs,
      ...options.filter ? { filter: options.filter } : {},
      ...options.only ? { needed: Object.fromEntries(options.only.map((name) => [name, 1])) } : {},
      driven: { settle: true, gc: options.gc, statistic: options.statistic }
    };
    this.#closed = runChild({
      node: options.command,
      nodeArgs: options.args,
      entry: options.entry,
      config,
      cwd: options.cwd,
      ...options.env ? { env: options.env } : {},
      limitAfter: (last) => this.#limitAfter(last),
      onMessage: (message) => this.#onMessage(message),
      onSpawn: (handle) => this.#handle = handle,
      ...options.signal ? { signal: options.signal } : {}
    });
    this.#closed.then(
      (exit) => this.#ended(exit),
      (err) => this.#ended({ kind: "crash", code: null, signal: null, stderr: err.message, last: void 0 })
    );
  }
  /** Spawn, load the file and warm every benchmark up; resolves when the child is ready or gone. */
  static async start(options) {
    const child = new _DrivenChild(options);
    await child.#wait();
    return child;
  }
  /** Why the child is gone, once it is. */
  get ended() {
    return this.#exit;
  }
  /** Names this child can still run. */
  get runnable() {
    return this.#exit ? [] : this.registered.map((b) => b.name).filter((name) => !this.failed.has(name));
  }
  /** Run one round of each of `names`, in that order. */
  async runRound(round, names) {
    const outcome = { samples: /* @__PURE__ */ new Map(), errors: /* @__PURE__ */ new Map() };
    if (this.#exit) return { ...outcome, ended: this.#exit };
    this.#round = outcome;
    this.#handle?.send({ type: "run", round, benchmarks: [...names] }, this.#options.timeoutMs);
    await this.#wait();
    this.#round = void 0;
    if (this.#exit) outcome.ended = this.#exit;
    return outcome;
  }
  /** Tear down and wait for the process to end. */
  async finish() {
    this.#handle?.send({ type: "finish" }, this.#options.timeoutMs);
    await this.#closed.catch(() => void 0);
  }
  #wait() {
    if (this.#exit) return Promise.resolve();
    return new Promise((resolve3) => this.#waiter = resolve3);
  }
  #wake() {
    const waiter = this.#waiter;
    this.#waiter = void 0;
    waiter?.();
  }
  #onMessage(message) {
    switch (message.type) {
      case "env":
        this.env = message.env;
        return;
      case "registered":
        this.registered = message.benchmarks.filter((b) => !this.#options.only || this.#options.only.includes(b.name));
        for (const b of message.benchmarks) if (b.timeoutMs) this.#timeouts.set(b.name, b.timeoutMs);
        if (message.total === 0) this.loadError = "registers no benchmarks: call bench(name, fn) from 'benchgate' at the top level of the file";
        return;
      case "load-error":
        this.loadError = `could not be loaded: ${message.message}`;
        return;
      case "warmed":
        this.warmups.set(message.benchmark, { ms: message.ms, settled: message.settled });
        return;
      case "sample":
        this.#round?.samples.set(message.benchmark, message.value);
        return;
      case "error": {
        const text2 = message.where ? `${message.message}, ${message.where.replace(/^at\s+/, "at ")}` : message.message;
        this.#round?.errors.set(message.benchmark, text2);
        this.failed.set(message.benchmark, text2);
        return;
      }
      case "ready":
      case "round-end":
        this.#wake();
        return;
      case "warmup":
      case "start":
      case "teardown":
      case "done":
        return;
    }
  }
  #ended(exit) {
    if (exit.kind === "done") {
      this.#exit ??= "finished";
    } else if (exit.kind === "aborted") {
      this.#exit = "the run was aborted";
    } else if (exit.kind === "timeout") {
      const culprit = blame(exit, (name) => this.#timeoutOf(name));
      if (culprit) {
        this.failed.set(culprit.benchmark, culprit.message);
        this.#round?.errors.set(culprit.benchmark, culprit.message);
      }
      this.#exit = culprit ? `stopped: "${culprit.benchmark}" ${culprit.message}` : `the benchmark process stopped responding for ${duration(exit.limitMs)}`;
    } else {
      const message = crashMessage(exit);
      const last = exit.last;
      const culprit = last?.type === "start" || last?.type === "warmup" || last?.type === "teardown" ? last.benchmark : void 0;
      if (culprit) {
        this.failed.set(culprit, message);
        this.#round?.errors.set(culprit, message);
      }
      if (!this.registered.length && !this.loadError) this.loadError = message;
      this.#exit = message;
    }
    this.#wake();
  }
  #timeoutOf(name) {
    return this.#timeouts.get(name) ?? this.#options.timeoutMs;
  }
  #limitAfter(last) {
    const { timeoutMs, warmupMs } = this.#options;
    switch (last?.type) {
      case void 0:
      case "env":
        return Math.max(LOAD_LIMIT_MS, timeoutMs);
      case "warmup":
        return this.#timeoutOf(last.benchmark) + settleLimitMs(warmupMs);
      case "start":
      case "teardown":
        return this.#timeoutOf(last.benchmark);
      case "ready":
      case "round-end":
        return IDLE_LIMIT_MS;
      default:
        return timeoutMs;
    }
  }
};

// src/measure/ab/order.ts
var PairOrders = class {
  #last = /* @__PURE__ */ new Map();
  #count = /* @__PURE__ */ new Map();
  #random;
  constructor(random = Math.random) {
    this.#random = random;
  }
  /** The order of the next pair of `key` (a benchmark in a process pair). */
  next(key) {
    const n = this.#count.get(key) ?? 0;
    const previous = this.#last.get(key);
    const order = n % 2 === 1 && previous ? previous === "base-first" ? "head-first" : "base-first" : this.#random() < 0.5 ? "base-first" : "head-first";
    this.#count.set(key, n + 1);
    this.#last.set(key, order);
    return order;
  }
};
function shuffle(items, random = Math.random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

// src/measure/ab/interleave.ts
async function measureInterleaved(options) {
  const files = { base: filesOf(options.base, options.benchmarks, "base"), head: filesOf(options.head, options.benchmarks, "head") };
  if (files.head.size === 0 && files.base.size === 0) {
    throw new UsageError(`no benchmark files in ${options.benchmarks} in either tree: expected files named *.bench.ts, *.bench.mts, *.bench.js or *.bench.mjs`);
  }
  const run2 = new InterleavedRun(options);
  const groups = [.../* @__PURE__ */ new Set([...files.base.keys(), ...files.head.keys()])].sort();
  for (const [i, group] of groups.entries()) {
    options.signal?.throwIfAborted();
    await run2.file(group, { base: files.base.get(group), head: files.head.get(group) }, groups.length - i);
  }
  return run2.result();
}
function filesOf(cwd, dir, side) {
  try {
    return new Map(discoverBenchmarkFiles(dir, cwd).map((path) => [relativeTo(cwd, path), path]));
  } catch (err) {
    if (side === "base" && err instanceof UsageError) return /* @__PURE__ */ new Map();
    throw err;
  }
}
var InterleavedRun = class {
  #o;
  #started = performance.now();
  #results = { base: /* @__PURE__ */ new Map(), head: /* @__PURE__ */ new Map() };
  #sampling = {};
  #warmups = [];
  #orders;
  #random;
  #env;
  #benchmarksSeen = 0;
  #filesSeen = 0;
  #suiteSize = 1;
  /** Next id for a process pair: a replacement child starts a new one. */
  #pairIds = 0;
  constructor(options) {
    this.#o = options;
    this.#random = options.random ?? Math.random;
    this.#orders = new PairOrders(this.#random);
  }
  async file(group, paths, filesLeft) {
    const o = this.#o;
    const fileStarted = performance.now();
    const sides = ["base", "head"].filter((side) => paths[side]);
    o.onEvent?.({ type: "file-start", file: group, sides });
    const children = { base: [], head: [] };
    const pairIds = [];
    try {
      for (let p = 0; p < o.processes; p++) {
        pairIds.push(this.#pairIds++);
        for (const side of sides) {
          if (p > 0 && children[side].length === 0) continue;
          const child = await this.#spawn(side, group, paths[side], p);
          if (child) children[side].push(child);
        }
      }
      const names = {
        base: new Set(children.base[0]?.registered.map((b) => b.name) ?? []),
        head: new Set(children.head[0]?.registered.map((b) => b.name) ?? [])
      };
      for (const side of sides) for (const name of names[side]) this.#entry(side, name, group, children[side][0]);
      for (const side of sides) for (const child of children[side]) this.#noteFailures(side, child);
      const paired = [...names.head].filter((name) => names.base.has(name) && this.#usable(name));
      const alone = { base: [...names.base].filter((n) => !names.head.has(n)), head: [...names.head].filter((n) => !names.base.has(n)) };
      const count = paired.length + alone.base.length + alone.head.length;
      this.#filesSeen++;
      this.#benchmarksSeen += count;
      const later = (filesLeft - 1) * (this.#benchmarksSeen / this.#filesSeen);
      this.#suiteSize = Math.round(this.#benchmarksSeen + later);
      const left = o.budgetMs - (performance.now() - this.#started);
      const deadline = fileStarted + Math.max(0, left) * (count / Math.max(1, count + later));
      const tracks = paired.map((name) => ({ name, logRatios: [], processes: [], spentMs: 0, headFirst: 0 }));
      if (tracks.length > 0) await this.#pairRounds(group, paths, tracks, children, pairIds, deadline);
      for (const side of sides) await this.#aloneRounds(side, alone[side], children[side]);
    } finally {
      await Promise.all([...children.base, ...children.head].map((child) => child.finish()));
    }
    o.onEvent?.({ type: "file-end", file: group });
  }
  result() {
    const finish = (side) => [...this.#results[side].values()].map((result) => {
      if (result.samples.length === 0 && !result.error) result.error = "produced no samples";
      return result;
    });
    return {
      base: finish("base"),
      head: finish("head"),
      sampling: this.#sampling,
      warmups: this.#warmups,
      env: this.#env ?? collectEnvironment(),
      elapsedMs: performance.now() - this.#started
    };
  }
  async #pairRounds(group, paths, tracks, children, pairIds, deadline) {
    const o = this.#o;
    const pairs = Math.min(children.base.length, children.head.length);
    for (let round = 1; ; round++) {
      const active = tracks.filter((t) => !t.stop);
      if (active.length === 0 || pairs === 0) break;
      o.onEvent?.({ type: "round", file: group, round, active: active.length });
      const units = shuffle(active.flatMap((track) => Array.from({ length: pairs }, (_, p) => ({ track, p }))), this.#random);
      for (const { track, p } of units) {
        o.signal?.throwIfAborted();
        if (track.stop) continue;
        const order = this.#orders.next(`${track.name}\0${pairIds[p]}`);
        const sides = order === "head-first" ? ["head", "base"] : ["base", "head"];
        const t0 = performance.now();
        const outcomes = {};
        for (const side of sides) outcomes[side] = await children[side][p].runRound(round, [track.name]);
        track.spentMs += performance.now() - t0;
        const base = outcomes.base.samples.get(track.name);
        const head = outcomes.head.samples.get(track.name);
        if (base !== void 0 && head !== void 0 && base > 0 && head > 0) {
          this.#add("base", track.name, base, pairIds[p]);
          this.#add("head", track.name, head, pairIds[p]);
          track.logRatios.push(Math.log(head / base));
          track.processes.push(pairIds[p]);
          if (order === "head-first") track.headFirst++;
        }
        for (const side of sides) {
          const error = outcomes[side].errors.get(track.name);
          if (error) this.#fail(side, track.name, error);
          if (outcomes[side].ended && !o.signal?.aborted) {
            const replacement = await this.#replace(side, group, paths[side], children[side][p], p);
            if (replacement) {
              children[side][p] = replacement;
              pairIds[p] = this.#pairIds++;
            }
          }
        }
        for (const t of tracks) if (!t.stop && !this.#usable(t.name)) this.#stop(t, "failed");
      }
      for (const track of active) {
        if (track.stop) continue;
        if (track.logRatios.length >= o.minPairs) {
          track.last = o.decide(track.logRatios, { benchmark: track.name, benchmarks: this.#suiteSize, processes: track.processes });
          if (track.last.state !== "continue") {
            this.#stop(track, track.last.state);
            continue;
          }
        }
        if (track.spentMs >= o.benchmarkBudgetMs) this.#stop(track, "budget");
        else if (track.logRatios.length >= o.maxPairs) this.#stop(track, "max-pairs");
        else if (performance.now() >= deadline && track.logRatios.length >= o.minPairs) this.#stop(track, "total-budget");
      }
    }
  }
  /** Benchmarks on one side only: a few rounds for their numbers, not paired with anything. */
  async #aloneRounds(side, names, children) {
    if (names.length === 0) return;
    const rounds = Math.max(1, Math.ceil(this.#o.minPairs / Math.max(1, children.length)));
    for (let round = 1; round <= rounds; round++) {
      for (const [p, child] of children.entries()) {
        this.#o.signal?.throwIfAborted();
        const outcome = await child.runRound(round, shuffle(names.filter((n) => !this.#results[side].get(n)?.error), this.#random));
        for (const [name, value] of outcome.samples) this.#add(side, name, value, p);
        for (const [name, error] of outcome.errors) this.#fail(side, name, error);
      }
    }
    for (const name of names) this.#sampling[name] = { pairs: 0, stop: "unpaired", spentMs: 0, headFirst: 0 };
  }
  async #spawn(side, group, path, p, only) {
    const o = this.#o;
    o.onEvent?.({ type: "warmup", file: group, side, process: p });
    const env = o.sideEnv?.[side] ?? o.env;
    const seed = this.#seedOf(p);
    const seeds = [`--hash-seed=${seed}`, `--random-seed=${seed}`];
    const child = await DrivenChild.start({
      ...o.command,
      args: [...o.command.args, ...seeds],
      cwd: side === "base" ? o.base : o.head,
      ...env ? { env } : {},
      file: path,
      roundTimeMs: o.roundTimeMs,
      warmupMs: o.warmupMs,
      timeoutMs: o.timeoutMs,
      ...o.filter ? { filter: { source: o.filter.source, flags: o.filter.flags } } : {},
      ...only ? { only } : {},
      gc: o.gc,
      statistic: o.statistic,
      ...o.signal ? { signal: o.signal } : {}
    });
    o.signal?.throwIfAborted();
    if (side === "head") this.#env ??= child.env;
    for (const [benchmark, w] of child.warmups) this.#warmups.push({ side, file: group, process: p, benchmark, ...w });
    if (child.loadError || child.ended && child.registered.length === 0) {
      const message = child.loadError ?? child.ended ?? "could not be started";
      if (!this.#results[side].has(group)) {
        this.#results[side].set(group, { name: group, unit: "ns/op", direction: "smaller", samples: [], processes: [], group, error: message });
        this.#o.onEvent?.({ type: "error", side, benchmark: group, message });
      }
      return void 0;
    }
    return child;
  }
  /** A child that died mid-run is replaced by a fresh one with what it still had to run. */
  async #replace(side, group, path, dead, p) {
    this.#noteFailures(side, dead);
    const remaining = dead.registered.map((b) => b.name).filter((name) => !dead.failed.has(name) && !this.#results[side].get(name)?.error);
    if (remaining.length === 0) return void 0;
    const child = await this.#spawn(side, group, path, p, remaining);
    if (child) this.#noteFailures(side, child);
    return child;
  }
  #entry(side, name, group, child) {
    if (this.#results[side].has(name)) {
      const other = this.#results[side].get(name);
      this.#fail(side, name, `the name is used in both ${other.group} and ${group}; benchmark names must be unique within a run`);
      return;
    }
    const unit = child.registered.find((b) => b.name === name)?.unit ?? "ns/op";
    this.#results[side].set(name, { name, unit, direction: "smaller", samples: [], processes: [], group });
  }
  #noteFailures(side, child) {
    for (const [name, message] of child.failed) this.#fail(side, name, message);
  }
  #add(side, name, value, pairId) {
    const result = this.#results[side].get(name);
    if (!result || result.error) return;
    result.samples.push(value);
    result.processes?.push(pairId);
  }
  #fail(side, name, message) {
    const result = this.#results[side].get(name);
    if (!result || result.error) return;
    result.error = message;
    this.#o.onEvent?.({ type: "error", side, benchmark: name, message });
  }
  #seeds = /* @__PURE__ */ new Map();
  #seedOf(p) {
    let seed = this.#seeds.get(p);
    if (seed === void 0) this.#seeds.set(p, seed = 1 + Math.floor(this.#random() * 2 ** 30));
    return seed;
  }
  #usable(name) {
    return !this.#results.base.get(name)?.error && !this.#results.head.get(name)?.error;
  }
  #stop(track, stop) {
    track.stop = stop;
    const sampling = {
      pairs: track.logRatios.length,
      stop,
      spentMs: track.spentMs,
      headFirst: track.headFirst,
      ...track.last ? { last: track.last } : {}
    };
    this.#sampling[track.name] = sampling;
    this.#o.onEvent?.({ type: "stopped", benchmark: track.name, sampling });
  }
};

// src/measure/ab/interrupt.ts
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var cleanups = [];
function onSignal(signal) {
  runAll();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}
function runAll() {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop();
    try {
      cleanup();
    } catch {
    }
  }
}
function onInterrupt(cleanup) {
  if (cleanups.length === 0) for (const s of SIGNALS) process.on(s, onSignal);
  cleanups.push(cleanup);
  return () => {
    const at = cleanups.lastIndexOf(cleanup);
    if (at >= 0) cleanups.splice(at, 1);
    if (cleanups.length === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
}

// src/measure/ab/setup.ts
import { spawn } from "node:child_process";
var TAIL_LINES = 12;
async function runSetup(command, tree, io) {
  const env = io.env ?? process.env;
  const actions = env.GITHUB_ACTIONS === "true";
  const heading = `setup in the ${tree.label} tree, ${tree.revision}: ${command}`;
  io.write(actions ? `::group::${heading}
` : `\u2500\u2500 ${heading}
`);
  const prefix = actions ? "" : `${tree.label} \u2502 `;
  const tail = [];
  const started = Date.now();
  try {
    const exit = await new Promise((resolve3, reject) => {
      const child = spawn(command, { cwd: tree.cwd, env, shell: true, detached: true, stdio: ["ignore", "pipe", "pipe"] });
      const kill = () => {
        try {
          if (child.pid !== void 0) process.kill(-child.pid, "SIGKILL");
        } catch {
        }
      };
      const forget = onInterrupt(kill);
      const onAbort = () => kill();
      io.signal?.addEventListener("abort", onAbort, { once: true });
      const lines = lineWriter((line) => {
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        io.write(`${prefix}${line}
`);
      });
      child.stdout.setEncoding("utf8").on("data", lines.push);
      child.stderr.setEncoding("utf8").on("data", lines.push);
      child.on("error", (err) => {
        forget();
        io.signal?.removeEventListener("abort", onAbort);
        reject(new UsageError(`the setup command could not be started in the ${tree.label} tree (${tree.cwd}): ${err.message}`));
      });
      child.on("close", (code, signal) => {
        lines.end();
        forget();
        io.signal?.removeEventListener("abort", onAbort);
        resolve3({ code, signal });
      });
    });
    io.signal?.throwIfAborted();
    if (exit.code !== 0) {
      const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
      const quoted = tail.length ? `; its output ended with:
${tail.map((l) => `  ${l}`).join("\n")}` : " without output";
      throw new UsageError(`the setup command ${JSON.stringify(command)} ${how} in the ${tree.label} tree, ${tree.revision} (${tree.cwd})${quoted}`);
    }
    io.write(`${actions ? "" : "\u2500\u2500 "}setup of the ${tree.label} tree done in ${((Date.now() - started) / 1e3).toFixed(1)} s
`);
  } finally {
    if (actions) io.write("::endgroup::\n");
  }
}
function lineWriter(onLine) {
  let pending = "";
  return {
    push: (chunk) => {
      const parts = (pending + chunk).split(/\r?\n/);
      pending = parts.pop() ?? "";
      for (const line of parts) onLine(line);
    },
    end: () => {
      if (pending) onLine(pending);
      pending = "";
    }
  };
}

// src/measure/ab/worktree.ts
import { execFile, execFileSync as execFileSync2 } from "node:child_process";
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
var exec = promisify(execFile);
async function repositoryOf(cwd) {
  let root;
  try {
    root = (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  } catch (err) {
    throw new UsageError(`ab compares two revisions of a git repository, but ${cwd} is not inside one (${firstLine2(err)})`);
  }
  return { root, subfolder: relative(realpathSync(root), realpathSync(cwd)) };
}
async function resolveCommit(root, ref, what) {
  try {
    return (await git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
  } catch {
    throw new UsageError(`${what}: no commit named ${JSON.stringify(ref)} in ${root} (expected a branch, tag or commit, e.g. main or HEAD~1; a shallow clone may need fetch-depth: 0)`);
  }
}
async function isDirty(root) {
  try {
    return (await git(root, ["status", "--porcelain", "--untracked-files=no"])).trim() !== "";
  } catch {
    return false;
  }
}
function createWorktrees(root) {
  const folder = mkdtempSync(join(tmpdir(), "benchgate-ab-"));
  const added = [];
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    for (const path of added) {
      try {
        execFileSync2("git", ["worktree", "remove", "--force", path], { cwd: root, stdio: "ignore", timeout: 6e4 });
      } catch {
      }
    }
    rmSync(folder, { recursive: true, force: true });
    try {
      execFileSync2("git", ["worktree", "prune"], { cwd: root, stdio: "ignore", timeout: 6e4 });
    } catch {
    }
    forget();
  };
  const forget = onInterrupt(remove);
  return {
    folder,
    async add(name, ref) {
      const commit = await resolveCommit(root, ref, name === "base" ? "--base" : "--head");
      const path = join(folder, name);
      added.push(path);
      try {
        await git(root, ["worktree", "add", "--detach", "--quiet", path, commit]);
      } catch (err) {
        throw new UsageError(`could not check out ${ref} (${commit.slice(0, 12)}) into a worktree at ${path}: ${firstLine2(err)}`);
      }
      return { ref, commit, path };
    },
    remove
  };
}
async function git(cwd, args) {
  const { stdout } = await exec("git", args, { cwd, timeout: 12e4, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
function firstLine2(err) {
  const text2 = String(err.stderr || err.message || err);
  return text2.trim().split("\n").filter(Boolean).slice(-1)[0] ?? "git failed";
}

// src/measure/ab/run.ts
var AB_DEFAULTS = Object.freeze({
  processes: 4,
  roundTimeMs: 20,
  budgetMs: 4 * 6e4,
  benchmarkBudgetMs: 6e4,
  minPairs: 10,
  maxPairs: 400,
  statistic: "median",
  gc: true,
  semiSpaceMb: 16
});
function samplingSettings(options) {
  const settings = {
    processes: options.processes ?? AB_DEFAULTS.processes,
    roundTimeMs: options.roundTimeMs ?? AB_DEFAULTS.roundTimeMs,
    budgetMs: options.budgetMs ?? AB_DEFAULTS.budgetMs,
    benchmarkBudgetMs: options.benchmarkBudgetMs ?? AB_DEFAULTS.benchmarkBudgetMs,
    minPairs: options.minPairs ?? AB_DEFAULTS.minPairs,
    maxPairs: options.maxPairs ?? AB_DEFAULTS.maxPairs,
    gc: options.gc ?? AB_DEFAULTS.gc,
    semiSpaceMb: options.semiSpaceMb ?? AB_DEFAULTS.semiSpaceMb,
    statistic: options.statistic ?? AB_DEFAULTS.statistic,
    ...options.cpu ? { cpu: options.cpu } : {}
  };
  if (!Number.isInteger(settings.semiSpaceMb) || settings.semiSpaceMb < 0 || settings.semiSpaceMb > 1024) {
    throw new UsageError(`semi-space: expected a whole number of MB from 0 to 1024, found ${settings.semiSpaceMb}`);
  }
  if (!Number.isInteger(settings.processes) || settings.processes < 1) throw new UsageError(`processes: expected a whole number of at least 1, found ${settings.processes}`);
  if (!(settings.roundTimeMs > 0) || settings.roundTimeMs >= options.config.timeout) {
    throw new UsageError(`round time: expected a positive number of ms shorter than the timeout (${options.config.timeout} ms), found ${settings.roundTimeMs}`);
  }
  if (settings.minPairs < 2 || settings.maxPairs < settings.minPairs) {
    throw new UsageError(`expected 2 \u2264 min-pairs \u2264 max-pairs, found min-pairs ${settings.minPairs} and max-pairs ${settings.maxPairs}`);
  }
  return settings;
}
async function measureTrees(trees, options) {
  const settings = samplingSettings(options);
  const { config } = options;
  const command = childCommand({ gc: settings.gc, semiSpaceMb: settings.semiSpaceMb, ...options.node ? { node: options.node } : {}, ...settings.cpu ? { cpu: settings.cpu } : {}, ...options.env ? { env: options.env } : {} });
  const measured = await measureInterleaved({
    base: trees.base,
    head: trees.head,
    benchmarks: config.benchmarks,
    ...config.filter ? { filter: config.filter } : {},
    processes: settings.processes,
    roundTimeMs: settings.roundTimeMs,
    warmupMs: config.warmup,
    timeoutMs: config.timeout,
    budgetMs: settings.budgetMs,
    benchmarkBudgetMs: settings.benchmarkBudgetMs,
    minPairs: settings.minPairs,
    maxPairs: settings.maxPairs,
    statistic: settings.statistic,
    gc: settings.gc,
    command,
    ...options.env ? { env: options.env } : {},
    ...options.sideEnv ? { sideEnv: options.sideEnv } : {},
    decide: (logRatios, { benchmarks, processes }) => samplingDecision(logRatios, { threshold: config.threshold, alpha: config.alpha, benchmarks, minPairs: settings.minPairs }, processes),
    ...options.onEvent ? { onEvent: options.onEvent } : {},
    ...options.signal ? { signal: options.signal } : {}
  });
  return { measured, settings };
}
async function runInterleaved(options) {
  const { root, subfolder } = await repositoryOf(options.cwd);
  samplingSettings(options);
  childCommand({ gc: options.gc ?? AB_DEFAULTS.gc, ...options.node ? { node: options.node } : {}, ...options.cpu ? { cpu: options.cpu } : {}, ...options.env ? { env: options.env } : {} });
  const baseCommit = await resolveCommit(root, options.base, "--base");
  const headCommit = options.head ? await resolveCommit(root, options.head, "--head") : await resolveCommit(root, "HEAD", "the working tree").catch(() => void 0);
  const uncommitted = options.head ? void 0 : await isDirty(root);
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", forwardAbort, { once: true });
  const forgetAbort = onInterrupt(() => controller.abort(new Error("interrupted")));
  const trees = createWorktrees(root);
  const write = options.write ?? (() => {
  });
  try {
    const base = await trees.add("base", baseCommit);
    const head = options.head ? await trees.add("head", headCommit) : void 0;
    const baseCwd = join2(base.path, subfolder);
    const headCwd = head ? join2(head.path, subfolder) : options.cwd;
    if (options.setup) {
      const io = { write, ...options.env ? { env: options.env } : {}, signal: controller.signal };
      await runSetup(options.setup, { label: "base", revision: `${options.base} (${baseCommit.slice(0, 7)})`, cwd: baseCwd }, io);
      const headRevision = options.head ? `${options.head} (${headCommit.slice(0, 7)})` : "the working tree";
      await runSetup(options.setup, { label: "head", revision: headRevision, cwd: headCwd }, io);
    }
    const time = /* @__PURE__ */ new Date();
    const { config } = options;
    const { measured, settings } = await measureTrees({ base: baseCwd, head: headCwd }, { ...options, signal: controller.signal });
    const run2 = (commit) => ({
      id: newRunId(time),
      ...commit ? { commit } : {},
      time: time.toISOString(),
      tool: "benchgate",
      env: measured.env
    });
    const warmups = summarizeWarmups(measured.warmups);
    return {
      head: { format: RESULTS_FORMAT, version: RESULTS_VERSION, suite: config.suite, run: run2(headCommit), benchmarks: measured.head },
      base: { format: RESULTS_FORMAT, version: RESULTS_VERSION, suite: config.suite, run: run2(baseCommit), benchmarks: measured.base },
      sampling: measured.sampling,
      conditions: {
        base: { ref: options.base, commit: baseCommit },
        head: { ...options.head ? { ref: options.head } : {}, ...headCommit ? { commit: headCommit } : {}, workingTree: !options.head, ...uncommitted ? { uncommitted } : {} },
        ...options.setup ? { setup: options.setup } : {},
        processes: settings.processes,
        roundTimeMs: settings.roundTimeMs,
        roundStatistic: settings.statistic,
        gcBeforeRound: settings.gc,
        semiSpaceMb: settings.semiSpaceMb,
        ...settings.cpu ? { cpu: settings.cpu } : {},
        warmup: { mode: "until settled", minMs: SETTLE_MIN_SHARE * config.warmup, maxMs: settleLimitMs(config.warmup), ...warmups },
        budget: { totalMs: settings.budgetMs, benchmarkMs: settings.benchmarkBudgetMs, minPairs: settings.minPairs, maxPairs: settings.maxPairs },
        elapsedMs: measured.elapsedMs,
        env: measured.env
      }
    };
  } finally {
    trees.remove();
    forgetAbort();
    options.signal?.removeEventListener("abort", forwardAbort);
  }
}
function compareInterleaved(run2, options) {
  const sampling = {};
  for (const [name, s] of Object.entries(run2.sampling)) sampling[name] = samplingSentence(s, run2.conditions.budget.benchmarkMs);
  return comparePaired(run2.head, run2.base, options, { sampling });
}
function interleavedNotes(run2) {
  return describeConditions(run2.conditions);
}

// src/cli/ab-command.ts
var USAGE = 'benchgate ab --base REF [--head REF] [--setup "npm ci && npm run build"] [--budget 4m] [--cpu 1] [--threshold 2%]';
var abCommand = {
  name: "ab",
  usage: USAGE,
  summary: "Measure a base revision and head side by side in alternating rounds on this machine, and exit 1 on a regression.",
  // processes and round-time are the shared options' names with ab's own defaults, hence listed as ab's flags.
  options: ["suite", "benchmarks", "timeout", "warmup", "filter", "threshold", "alpha", "correction", "confidence", "min-samples", "fail-on", "format"],
  flags: {
    base: { type: "string", description: "Revision to compare against: a branch, tag or commit (required). Checked out into a temporary git worktree." },
    head: { type: "string", description: "Revision under test (default: the working tree as it is, uncommitted changes included)." },
    setup: { type: "string", description: 'Shell command run in each tree before measuring, e.g. "npm ci && npm run build".' },
    processes: { type: "string", description: `Long-lived benchmark processes per version and file; each pairs with one of the other version (default: ${AB_DEFAULTS.processes}).` },
    "round-time": { type: "string", description: `Length of one round of one benchmark; a pair is two rounds back to back (default: ${AB_DEFAULTS.roundTimeMs}ms).` },
    budget: { type: "string", description: `Time for the whole run, warm-ups included (default: ${AB_DEFAULTS.budgetMs / 6e4}m); every benchmark still gets --min-pairs.` },
    "benchmark-budget": { type: "string", description: `Most time one benchmark's pairs may take (default: ${AB_DEFAULTS.benchmarkBudgetMs / 1e3}s).` },
    "min-pairs": { type: "string", description: `Round pairs before a benchmark may stop (default: ${AB_DEFAULTS.minPairs}).` },
    "max-pairs": { type: "string", description: `Most round pairs per benchmark (default: ${AB_DEFAULTS.maxPairs}).` },
    cpu: { type: "string", description: "Pin the benchmark processes to these CPUs with taskset, e.g. 1 or 2,3 (Linux, util-linux)." },
    "expose-gc": { type: "boolean", description: "Start the benchmark processes with --expose-gc and collect garbage before each round (the default)." },
    "no-expose-gc": { type: "boolean", description: "Do not collect garbage before each round." },
    "semi-space": { type: "string", description: `Fix V8's young generation at this semi-space size in MB, so that garbage collection runs alike in every process; 0 lets V8 size it (default: ${AB_DEFAULTS.semiSpaceMb}).` },
    node: { type: "string", description: "The Node that runs the benchmarks (default: node from PATH)." },
    out: { type: "string", description: "Also write both sides' samples, the pairing and the conditions to this JSON file." },
    output: { type: "string", description: "Also write the report to this file." }
  },
  positionals: [],
  async run({ config, flags, io }) {
    const base = text(flags.base);
    if (!base) throw new UsageError(`missing --base REF; usage: ${USAGE}`);
    if (flags["expose-gc"] && flags["no-expose-gc"]) throw new UsageError("give --expose-gc or --no-expose-gc, not both");
    const head = text(flags.head);
    const setup = text(flags.setup);
    const cpu = text(flags.cpu);
    const node = text(flags.node);
    const budget = flags.budget === void 0 ? void 0 : parseDuration("--budget", flags.budget, { min: 1e3 });
    const benchmarkBudget = flags["benchmark-budget"] === void 0 ? void 0 : parseDuration("--benchmark-budget", flags["benchmark-budget"], { min: 10 });
    const minPairs = flags["min-pairs"] === void 0 ? void 0 : parseNumber("--min-pairs", flags["min-pairs"], { min: 2, max: 1e5, integer: true });
    const maxPairs = flags["max-pairs"] === void 0 ? void 0 : parseNumber("--max-pairs", flags["max-pairs"], { min: 2, max: 1e5, integer: true });
    const semiSpaceMb = flags["semi-space"] === void 0 ? void 0 : parseNumber("--semi-space", flags["semi-space"], { min: 0, max: 1024, integer: true });
    const write = (chunk) => void io.stderr.write(chunk);
    const processes = flags.processes === void 0 ? void 0 : parseNumber("--processes", flags.processes, { min: 1, max: 100, integer: true });
    const roundTimeMs = flags["round-time"] === void 0 ? void 0 : parseDuration("--round-time", flags["round-time"], { min: 1, max: 6e5 });
    const run2 = await runInterleaved({
      cwd: io.cwd,
      base,
      ...head ? { head } : {},
      ...setup ? { setup } : {},
      config,
      ...processes !== void 0 ? { processes } : {},
      ...roundTimeMs !== void 0 ? { roundTimeMs } : {},
      ...budget !== void 0 ? { budgetMs: budget } : {},
      ...benchmarkBudget !== void 0 ? { benchmarkBudgetMs: benchmarkBudget } : {},
      ...minPairs !== void 0 ? { minPairs } : {},
      ...maxPairs !== void 0 ? { maxPairs } : {},
      gc: !flags["no-expose-gc"],
      ...semiSpaceMb !== void 0 ? { semiSpaceMb } : {},
      ...cpu ? { cpu } : {},
      ...node ? { node } : {},
      env: io.env,
      write,
      onEvent: interleaveProgress(write)
    });
    const comparison = compareInterleaved(run2, {
      alpha: config.alpha,
      threshold: config.threshold,
      correction: config.correction,
      confidence: config.confidence,
      minSamples: config.minSamples
    });
    const notes = [...interleavedNotes(run2), ...noiseLines(run2, config.threshold, config.format === "markdown" ? "notable" : "all")];
    const report = (color) => {
      const body = renderReport(comparison, config.format, { notes, color });
      if (config.format !== "terminal") return body;
      return `${body.replace(/\n*$/, "\n")}
${notes.join("\n")}
`;
    };
    const shown = report(config.format === "terminal" && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && io.env.TERM !== "dumb");
    io.stdout.write(shown.endsWith("\n") ? shown : `${shown}
`);
    const output = text(flags.output);
    if (output) await writeFile(resolve(io.cwd, output), report(false));
    const out = text(flags.out);
    if (out) await writeFile(resolve(io.cwd, out), `${JSON.stringify({ format: "benchgate/interleaved", version: 1, ...run2 }, null, 1)}
`);
    const outcome = gate(comparison, config.failOn);
    io.stderr.write(`benchgate: ${outcome.reason}
`);
    return outcome.exitCode;
  }
};
function text(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}

// src/cli/commands.ts
var MEASURE_OPTIONS = ["suite", "benchmarks", "samples", "processes", "round-time", "timeout", "warmup", "filter"];
var STATS_OPTIONS = ["threshold", "alpha", "correction", "confidence", "min-samples", "run-noise", "fail-on"];
var run = {
  name: "run",
  usage: "benchgate run [--out FILE] [--benchmarks DIR] [--samples N] [--processes N] [--filter RE]",
  summary: "Run the benchmarks in benchmarks/ and write their raw samples to a results file.",
  options: MEASURE_OPTIONS,
  flags: {
    out: { type: "string", description: "Results file to write (default: benchgate-results.json)." },
    commit: { type: "string", description: "Commit to record (default: from GITHUB_SHA or git)." },
    branch: { type: "string", description: "Branch to record (default: from GitHub's environment or git)." }
  },
  positionals: [],
  async run({ config, flags, io }) {
    const out = resolve2(io.cwd, stringFlag(flags, "out") ?? "benchgate-results.json");
    const detected = await detectRevision(io.cwd, io.env);
    const commit = stringFlag(flags, "commit") ?? detected.commit;
    const branch = stringFlag(flags, "branch") ?? detected.branch;
    const progress = createProgressReporter(io.stderr, { env: io.env });
    const result = await measure(config, {
      cwd: io.cwd,
      ...commit ? { commit } : {},
      ...branch ? { branch } : {},
      onEvent: (event) => progress.onEvent(event)
    });
    progress.finish();
    await mkdir(dirname(out), { recursive: true });
    await writeResultsFile(out, result);
    io.stdout.write(renderRunSummary(result));
    io.stdout.write(`
Wrote ${result.benchmarks.length} benchmarks to ${out}
`);
    return EXIT_OK;
  }
};
var save = {
  name: "save",
  usage: "benchgate save FILE --branch NAME [--store DIR] [--retain N] [--tool FORMAT]",
  summary: "Keep a results file in the local store as the newest run of a branch (baseline and history).",
  options: ["store", "retain", "tool", "suite"],
  flags: {
    branch: { type: "string", description: "Branch to keep the run under (required)." },
    commit: { type: "string", description: "Commit to record when the file has none." }
  },
  positionals: ["FILE"],
  async run({ config, flags, positionals, io }) {
    const file = positionals[0];
    if (!file) throw new UsageError(`missing the results file to save; usage: ${save.usage}`);
    const branch = requireFlag(flags, "branch", save.usage);
    const result = await readResults(io.cwd, file, config, stringFlag(flags, "commit"));
    const store = new LocalStore(resolve2(io.cwd, config.store), { retain: config.retain });
    const saved = await store.save(result, branch);
    const kept = await store.list(saved.suite, branch);
    io.stdout.write(`Saved run ${saved.id}${saved.commit ? ` (commit ${saved.commit.slice(0, 12)})` : ""} as the baseline of ${saved.suite}/${branch} in ${store.location}; ${kept.length} run${kept.length === 1 ? "" : "s"} kept.
`);
    return EXIT_OK;
  }
};
var compareCommand = {
  name: "compare",
  usage: "benchgate compare --head FILE (--base FILE | --baseline-branch NAME) [--format terminal|markdown|json] [--threshold 5%] [--fail-on regression|never]",
  summary: "Compare a results file with a baseline, print the report, and exit 1 on a regression.",
  options: [...STATS_OPTIONS, "store", "tool", "suite", "format"],
  flags: {
    head: { type: "string", description: "Results file of the code under test (required)." },
    base: { type: "string", description: "Results file of the baseline." },
    "baseline-branch": { type: "string", description: "Use the newest stored run of this branch as the baseline, and its earlier runs to learn between-run noise." },
    output: { type: "string", description: "Also write the report to this file." }
  },
  positionals: [],
  async run({ config, flags, io }) {
    const headFile = requireFlag(flags, "head", compareCommand.usage);
    const baseFile = stringFlag(flags, "base");
    const baselineBranch = stringFlag(flags, "baseline-branch");
    if (baseFile === void 0 === (baselineBranch === void 0)) {
      throw new UsageError(`give exactly one of --base FILE or --baseline-branch NAME; usage: ${compareCommand.usage}`);
    }
    const head = await readResults(io.cwd, headFile, config);
    let base;
    if (baseFile !== void 0) {
      base = { baseline: await readResults(io.cwd, baseFile, config), history: [], source: baseFile };
    } else {
      const store = new LocalStore(resolve2(io.cwd, config.store), { retain: config.retain });
      base = await loadBaseline(store, head.suite, baselineBranch);
    }
    const comparison = compareRuns(head, base, config);
    const report = renderReport(comparison, config.format, { color: config.format === "terminal" && colorWanted(io) });
    io.stdout.write(report.endsWith("\n") ? report : `${report}
`);
    const output = stringFlag(flags, "output");
    if (output) {
      const { writeFile: writeFile2 } = await import("node:fs/promises");
      await writeFile2(resolve2(io.cwd, output), renderReport(comparison, config.format, { color: false }));
    }
    const outcome = gate(comparison, config.failOn);
    io.stderr.write(`benchgate: ${outcome.reason}
`);
    return outcome.exitCode;
  }
};
var list = {
  name: "list",
  usage: "benchgate list --branch NAME [--store DIR] [--suite NAME]",
  summary: "List the runs kept in the local store for a branch, newest first.",
  options: ["store", "suite", "retain"],
  flags: { branch: { type: "string", description: "Branch whose runs to list (required)." } },
  positionals: [],
  async run({ config, flags, io }) {
    const branch = requireFlag(flags, "branch", list.usage);
    const store = new LocalStore(resolve2(io.cwd, config.store), { retain: config.retain });
    const refs = await store.list(config.suite, branch);
    if (refs.length === 0) io.stdout.write(`No runs of suite ${config.suite} on branch ${branch} in ${store.location}.
`);
    for (const ref of refs) io.stdout.write(`${ref.time}  ${(ref.commit ?? "-").slice(0, 12).padEnd(12)}  ${ref.id}
`);
    return EXIT_OK;
  }
};
var COMMANDS = { run, save, compare: compareCommand, list, ab: abCommand };
async function readResults(cwd, file, config, commit) {
  const result = await readResultsFile(resolve2(cwd, file), { tool: config.tool, suite: config.suite });
  if (commit && !result.run.commit) result.run.commit = commit;
  return result;
}
function stringFlag(flags, name) {
  const value = flags[name];
  return typeof value === "string" && value !== "" ? value : void 0;
}
function requireFlag(flags, name, usage) {
  const value = stringFlag(flags, name);
  if (value === void 0) throw new UsageError(`missing --${name}; usage: ${usage}`);
  return value;
}
function colorWanted(io) {
  return Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && io.env.TERM !== "dumb";
}

// src/cli/help.ts
function helpText(commandName) {
  const command = commandName ? COMMANDS[commandName] : void 0;
  if (!command) {
    const rows = Object.values(COMMANDS).map((c) => `  ${c.name.padEnd(9)} ${c.summary}`);
    return [
      "benchgate: catch performance regressions with statistics, not single numbers.",
      "",
      "Usage: benchgate <command> [options]",
      "",
      "Commands:",
      ...rows,
      "",
      "Run 'benchgate help <command>' for its options. Options can also be set in benchgate.config.json.",
      "Exit codes: 0 no regression, 1 regression or failed benchmark, 2 bad usage or bad input.",
      ""
    ].join("\n");
  }
  const lines = [`Usage: ${command.usage}`, "", command.summary, ""];
  const own = Object.entries(command.flags).map(([name, spec]) => flagLine(name, spec.type === "string" ? "VALUE" : "", spec.description));
  const shared = OPTIONS.filter((o) => command.options.includes(o.name)).map(
    (o) => flagLine(o.name, "VALUE", `${o.description} (default: ${o.defaultText ?? String(o.default)})`)
  );
  lines.push("Options:", ...own, ...shared, flagLine("config", "FILE", "Read options from this JSON file (default: benchgate.config.json when present)."), "");
  return lines.join("\n");
}
function flagLine(name, value, description) {
  const flag = `--${name}${value ? ` ${value}` : ""}`;
  return `  ${flag.padEnd(26)} ${description}`;
}

// src/cli/main.ts
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "help" || name === "--help" || name === "-h") {
    io.stdout.write(helpText(rest[0]));
    return name === void 0 ? EXIT_BAD_INPUT : EXIT_OK;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${VERSION}
`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`benchgate: unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(", ")}. See 'benchgate help'.
`);
    return EXIT_BAD_INPUT;
  }
  try {
    const { flags, positionals } = parseFlags(command, rest);
    if (flags.help) {
      io.stdout.write(helpText(name));
      return EXIT_OK;
    }
    const config = await loadConfig(flags, io.cwd);
    const ctx = { config, flags, positionals, io };
    return await command.run(ctx);
  } catch (err) {
    if (isUserError(err)) {
      io.stderr.write(`benchgate ${name}: ${err.message}
`);
      return EXIT_BAD_INPUT;
    }
    throw err;
  }
}
var VERSION = true ? "0.1.0" : "dev";
function parseFlags(command, args) {
  const options = { help: { type: "boolean", short: "h" }, config: { type: "string" } };
  for (const name of command.options) options[name] = { type: "string" };
  for (const [name, spec] of Object.entries(command.flags)) options[name] = { type: spec.type };
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    if (positionals.length > command.positionals.length) {
      throw new UsageError(`unexpected argument '${positionals[command.positionals.length]}'; usage: ${command.usage}`);
    }
    return { flags: values, positionals };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${err.message.replace(/\. To specify a positional.*$/s, "")}. See 'benchgate help ${command.name}'.`);
  }
}
async function loadConfig(flags, cwd) {
  const explicit = typeof flags.config === "string";
  const path = explicit ? flags.config : CONFIG_FILE;
  const { resolve: resolve3 } = await import("node:path");
  const file = await readConfigFile(resolve3(cwd, path), explicit);
  const known = new Set(OPTIONS.map((o) => o.name));
  const fromFlags = {
    values: Object.fromEntries(Object.entries(flags).filter(([name]) => known.has(name))),
    origin: (name) => `--${name}`
  };
  return resolveConfig(file ? [{ ...file, origin: (name) => `${path}: ${name}` }, fromFlags] : [fromFlags]);
}

// src/cli.ts
main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`benchgate: unexpected error, please report it: ${err?.stack ?? String(err)}
`);
    process.exitCode = 2;
  }
);
