import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

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
function noiseLines(run, threshold, mode) {
  const baseByName = new Map(run.base.benchmarks.map((b) => [b.name, b]));
  const rows = run.head.benchmarks.flatMap((h) => {
    const s = run.sampling[h.name];
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
  const line = (cells) => `  ${cells[0].padEnd(width)}${cells.slice(1, 5).map((c) => c.padStart(13)).join("")}  ${cells[5]}`;
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

export {
  summarizeWarmups,
  describeConditions,
  samplingSentence,
  noiseLines
};
