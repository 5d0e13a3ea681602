import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  brokenThresholds
} from "./chunk-BKZE4V4I.js";
import {
  identity,
  screen
} from "./chunk-6276UR5Y.js";
import {
  formatChange,
  formatLevel,
  formatSpread,
  plural
} from "./chunk-O2MIHHEZ.js";
import {
  median
} from "./chunk-7YACBLEX.js";

// src/compare/counted.ts
var COUNT_UNIT = "instructions";
var COUNT_FLOOR = 1e-3;
function isCounted(h, b) {
  return h.unit === COUNT_UNIT && b?.unit === COUNT_UNIT;
}
function storedNoise(medians) {
  const positive = medians.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length < 3) return 0;
  const moves = positive.slice(1).map((v, i) => Math.abs(Math.log(v / positive[i])));
  return STORED_MOVES * median(moves);
}
var STORED_MOVES = 3;
function spread(values) {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length < 2) return 0;
  const m = median(positive);
  return Math.max(...positive.map((v) => Math.abs(Math.log(v / m))));
}
function compareCounted(h, b, history, o) {
  const screened = screen(h, b, "baseline run");
  if ("settled" in screened) return screened.settled;
  const { baseSamples, sides, inconclusive } = screened;
  const positive = (xs) => xs.length > 0 && xs.every((v) => v > 0 && Number.isFinite(v));
  if (!positive(baseSamples) || !positive(h.samples)) return inconclusive("A count that is not a positive number cannot be compared.");
  const stored = [b, ...history.map((r) => r.benchmarks.find((x) => x.name === h.name && x.unit === COUNT_UNIT && x.error === void 0))].filter((x) => x !== void 0 && x.samples.length > 0).slice(0, o.window + 1).map((x) => median(x.samples));
  const sources = [
    [COUNT_FLOOR, "the counting floor"],
    [spread(h.samples), "head's processes"],
    [spread(baseSamples), "the baseline's processes"],
    [storedNoise(stored), `${stored.length} stored runs`]
  ];
  const [uncertainty, source] = sources.reduce((a, c) => c[0] > a[0] ? c : a);
  const d = Math.log(sides.head.median / sides.baseline.median);
  const change = Math.expm1(d);
  const ci = [Math.expm1(d - uncertainty), Math.expm1(d + uncertainty)];
  const worse = h.direction === "smaller" ? d > 0 : d < 0;
  const pct = (x) => `${x >= 0 ? "+" : "\u2212"}${Math.abs(x * 100).toFixed(Math.abs(x) < 0.1 ? 2 : 1)}%`;
  const within = `\xB1${(Math.expm1(uncertainty) * 100).toFixed(2)}%, the largest spread of ${source}`;
  const counted = {
    ...identity(h),
    ...sides,
    change,
    ci,
    runNoise: uncertainty,
    runNoiseSource: stored.length > 1 ? "history" : "default"
  };
  const beyond = Math.abs(d) > uncertainty;
  const threshold = Math.log1p(o.threshold);
  if (!beyond) {
    if (Math.abs(d) + uncertainty < threshold) return { ...counted, verdict: "unchanged", reason: `Counts agree: ${pct(change)} (${within}).` };
    return {
      ...counted,
      verdict: "inconclusive",
      reason: `Counted ${pct(change)}, within ${within}, which reaches the ${pct(o.threshold).slice(1)} threshold.`
    };
  }
  if (Math.abs(d) >= threshold) {
    return {
      ...counted,
      verdict: worse ? "regression" : "improvement",
      reason: `Counted ${pct(change)} (${within}), at or beyond the ${pct(o.threshold).slice(1)} threshold.`
    };
  }
  return { ...counted, verdict: "small-change", reason: `Counted ${pct(change)} (${within}), below the ${pct(o.threshold).slice(1)} threshold.` };
}

// src/report/summary.ts
var NO_BASELINE_SENTENCE = "No baseline found for this suite: this run is shown as is, with nothing to compare it with.";
var COUNT_WORDS = {
  regression: (n) => plural(n, "regression"),
  improvement: (n) => plural(n, "improvement"),
  unchanged: (n) => `${n} unchanged`,
  "small-change": (n) => plural(n, "small change"),
  error: (n) => `${n} failed`,
  inconclusive: (n) => `${n} inconclusive`,
  new: (n) => `${n} new`,
  missing: (n) => `${n} missing`
};
function countPhrases(counts) {
  const always = ["regression", "improvement", "unchanged"];
  const order = ["regression", "improvement", "error", "inconclusive", "new", "missing", "small-change", "unchanged"];
  return order.filter((verdict) => always.includes(verdict) || (counts[verdict] ?? 0) > 0).map((verdict) => COUNT_WORDS[verdict](counts[verdict] ?? 0));
}
function headline(c) {
  const count = (verdict) => c.counts[verdict] ?? 0;
  const broken = brokenThresholds(c.scenarios).length;
  const brokenPhrase = broken > 0 ? [plural(broken, "broken threshold")] : [];
  if (c.baseline === void 0) {
    const failed = count("error");
    const measured = plural(c.benchmarks.length - failed, "benchmark");
    return {
      tone: failed > 0 || broken > 0 ? "fail" : "neutral",
      verdict: broken > 0 ? "Thresholds broken" : "No baseline yet",
      detail: [failed > 0 ? `${measured} measured, ${failed} failed` : `${measured} measured`, ...brokenPhrase].join(", ")
    };
  }
  const detail = [...brokenPhrase, ...countPhrases(c.counts)].join(", ");
  if (count("regression") > 0) return { tone: "fail", verdict: "Regression", detail };
  if (count("error") > 0) return { tone: "fail", verdict: "Benchmarks failed", detail };
  if (broken > 0) return { tone: "fail", verdict: "Thresholds broken", detail };
  if (count("improvement") > 0) return { tone: "pass", verdict: "Improved", detail };
  if (count("inconclusive") > 0) return { tone: "neutral", verdict: "Inconclusive", detail };
  return { tone: "pass", verdict: "No significant change", detail };
}
var CORRECTION_WORDS = {
  holm: "Holm-corrected",
  bh: "Benjamini-Hochberg-corrected",
  none: "not corrected for multiple comparisons"
};
function methodSentence(c) {
  const o = c.options;
  const fromHistory = c.benchmarks.filter((b) => b.reference !== void 0).length;
  const counted = c.benchmarks.filter((b) => b.unit === COUNT_UNIT && b.change !== void 0).length;
  if (counted > 0 && counted === c.benchmarks.filter((b) => b.change !== void 0).length && o.pairing === "separate-runs") {
    return `Instruction counts compared as the ratio of run medians, their uncertainty the largest spread of the processes and stored runs (at least ${formatSpread(COUNT_FLOOR)}), threshold ${formatLevel(o.threshold)}`;
  }
  const parts = [
    c.test === "wilcoxon-signed-rank" ? "Wilcoxon signed-rank on round pairs" : fromHistory > 0 ? `robust prediction interval over the stored runs${fromHistory < c.benchmarks.length ? " (Mann-Whitney U for the rest)" : ""}` : "Mann-Whitney U",
    CORRECTION_WORDS[o.correction] ?? o.correction,
    `\u03B1=${o.alpha}`,
    `threshold ${formatLevel(o.threshold)}`
  ];
  if (o.pairing === "same-run") {
    parts.push(c.test === "wilcoxon-signed-rank" ? "base and head measured side by side in alternating rounds" : "both sides measured in one interleaved run");
  } else {
    const common = c.commonShift?.runNoise === void 0 ? void 0 : c.commonShift;
    const assumedCommon = common?.runNoiseSource === "default" ? formatSpread(common.runNoise) : void 0;
    if (fromHistory > 0) {
      parts.push(`${plural(fromHistory, "benchmark")} judged against a window of ${plural(c.historyRuns, "stored run")}`);
    } else if (c.historyRuns > 0) {
      parts.push(
        `between-run noise learned from ${plural(c.historyRuns, "run")}${assumedCommon ? ` (whole runs assumed to move by ${assumedCommon} until the history is longer)` : ""}`
      );
    } else if (common) {
      parts.push(
        `between-run noise assumed ${formatSpread(o.defaultRunNoise)} per benchmark and ${formatSpread(common.runNoise)} for whole runs (no history yet)`
      );
    } else {
      parts.push(`between-run noise assumed ${formatSpread(o.defaultRunNoise)} (no history yet)`);
    }
  }
  return parts.join(", ");
}
function commonShiftSentence(c) {
  const shift = c.commonShift;
  if (shift === void 0 || !Number.isFinite(shift.change)) return void 0;
  const beyondNoise = shift.explainedByNoise === false;
  if (shift.share < 0.8 && !beyondNoise) return void 0;
  const who = shift.share >= 0.995 ? "All benchmarks" : shift.share >= 0.8 ? `${Math.round(shift.share * 100)}% of benchmarks` : "The suite as a whole";
  const noise = shift.runNoise === void 0 ? "" : `, ${beyondNoise ? "more than this machine's runs usually do" : "which this machine's runs do"} (they vary by ${formatSpread(shift.runNoise)})`;
  if (beyondNoise) return `${who} moved ${formatChange(shift.change)} together${noise}: possibly the code, not only the runner.`;
  const directions = new Set(c.benchmarks.filter((b) => b.baseline && b.head).map((b) => b.direction));
  let cause = "likely the runner, not the code";
  if (directions.size === 1) {
    const larger = shift.change > 0;
    const slower = directions.has("smaller") ? larger : !larger;
    cause = `likely a ${slower ? "slower" : "faster"} runner, not the code`;
  }
  return `${who} moved ${formatChange(shift.change)} together${noise}: ${cause}.`;
}
function shortCommit(commit) {
  return /^[0-9a-f]{7,64}$/i.test(commit) ? commit.slice(0, 7) : commit;
}

export {
  COUNT_UNIT,
  isCounted,
  compareCounted,
  NO_BASELINE_SENTENCE,
  headline,
  methodSentence,
  commonShiftSentence,
  shortCommit
};
