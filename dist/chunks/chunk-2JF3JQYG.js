import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  processEffect,
  robustSpread,
  walshInterval,
  wilcoxonSignedRank
} from "./chunk-XBOTGVGR.js";
import {
  adjustPValues,
  alike,
  commonShift,
  decide,
  geomean,
  percent,
  zeroCounts
} from "./chunk-RPZOKY5D.js";
import {
  resolveCompareOptions
} from "./chunk-4OGZUK54.js";
import {
  samplingSentence
} from "./chunk-PS3TK6NZ.js";
import {
  identity,
  screen,
  summarize
} from "./chunk-6276UR5Y.js";
import {
  normalQuantile,
  normalSf
} from "./chunk-ZDWY5RTS.js";

// src/compare/paired-compare.ts
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
  const adjusted = adjustPValues(
    tested.map((t) => t.decisionP),
    o.correction
  );
  tested.forEach((t, i) => {
    const adjustedP = adjusted[i];
    const { verdict, reason } = decide({ ...t.evidence, adjustedP }, o);
    Object.assign(t.comparison, { verdict, reason: reason + t.note, adjustedP });
  });
  const counts = zeroCounts();
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
    historyRuns: 0,
    test: "wilcoxon-signed-rank"
  };
}
function pairedLogRatios(head, base) {
  if (head.length !== base.length) return void 0;
  if (![...head, ...base].every((v) => v > 0 && Number.isFinite(v))) return void 0;
  return head.map((h, i) => Math.log(h / base[i]));
}
function assessPaired(h, b, o) {
  const screened = screen(h, b, "base tree");
  if ("settled" in screened) return screened.settled;
  const { baseSamples, note, sides, inconclusive } = screened;
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
function compareInterleaved(run, options) {
  const sampling = {};
  for (const [name, s] of Object.entries(run.sampling)) sampling[name] = samplingSentence(s, run.conditions.budget.benchmarkMs);
  return comparePaired(run.head, run.base, options, { sampling });
}
function pairingProblems(head, base) {
  const baseByName = new Map(base.benchmarks.map((b) => [b.name, b]));
  const headNames = new Set(head.benchmarks.map((b) => b.name));
  const problems = [];
  for (const h of head.benchmarks) {
    const b = baseByName.get(h.name);
    if (!b) problems.push({ name: h.name, kind: "only-in-head" });
    else if (h.error === void 0 && b.error === void 0 && h.samples.length !== b.samples.length) {
      problems.push({ name: h.name, kind: "sample-counts", head: h.samples.length, base: b.samples.length });
    }
  }
  for (const b of base.benchmarks) if (!headNames.has(b.name)) problems.push({ name: b.name, kind: "only-in-base" });
  return problems;
}

export {
  comparePaired,
  pairedLogRatios,
  compareInterleaved,
  pairingProblems
};
