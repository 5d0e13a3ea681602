import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  shortCommit
} from "./chunk-7R5O4J34.js";
import "./chunk-BKZE4V4I.js";
import "./chunk-6276UR5Y.js";
import {
  formatChange,
  formatPValue,
  formatValue,
  plural
} from "./chunk-O2MIHHEZ.js";
import {
  sanitizeTerminal,
  truncate
} from "./chunk-GB4UPQNG.js";
import "./chunk-7YACBLEX.js";
import "./chunk-35VAMBZN.js";

// src/report/history.ts
var MAX_NAME = 120;
function historyJson(reports) {
  return {
    format: "benchgate/history-report",
    version: 1,
    suites: reports.map((r) => ({
      suite: r.suite,
      branch: r.branch,
      runs: r.runs,
      ...r.from !== void 0 ? { from: r.from, to: r.to } : {},
      benchmarks: r.benchmarks.map((b) => ({
        name: b.name,
        unit: b.unit,
        direction: b.direction,
        runs: b.runs,
        failures: b.failures,
        latest: b.latest === void 0 ? null : { value: b.latest.value, commit: b.latest.run.commit ?? null, time: b.latest.run.time },
        trend: b.trend ?? null,
        changePoints: b.changePoints.map((c) => ({
          commit: c.run.commit ?? null,
          index: c.index,
          before: c.before,
          after: c.after,
          change: finiteOrNull(c.change),
          pValue: c.pValue,
          time: c.run.time,
          runsAgo: c.runsAgo,
          verdict: c.verdict
        }))
      }))
    }))
  };
}
function historyTerminal(reports) {
  const out = [];
  for (const r of reports) {
    const span = r.from !== void 0 ? ` (${day(r.from)} to ${day(r.to)})` : "";
    out.push(`benchgate history: suite ${text(r.suite)}, branch ${text(r.branch)}, ${plural(r.runs, "run")}${span}`, "");
    if (r.benchmarks.length === 0) out.push("  No benchmark has a value on this branch.", "");
    for (const b of r.benchmarks) {
      out.push(`${text(b.name)}  (${text(b.unit)}, ${b.direction} is better)`);
      if (b.latest !== void 0) {
        out.push(`  latest   ${formatValue(b.latest.value, b.unit)} at ${commitOf(b.latest.run.commit)} (${day(b.latest.run.time)}); ${plural(b.runs, "run")}`);
      }
      if (b.failures > 0) out.push(`  failed   in ${plural(b.failures, "run")}`);
      if (b.trend !== void 0) {
        const t = b.trend;
        const word = t.verdict === "flat" ? "flat" : `${t.verdict === "regression" ? "worsening" : "improving"}`;
        out.push(`  trend    ${word} over the last ${plural(t.runs, "run")}: ${formatChange(t.change)} (Mann\u2013Kendall p ${formatPValue(t.pValue)})`);
      }
      if (b.changePoints.length === 0) {
        out.push("  changes  none found");
      } else {
        out.push(`  changes  ${b.changePoints.length}:`);
        for (const c of b.changePoints) {
          out.push(
            `    ${commitOf(c.run.commit).padEnd(12)} ${day(c.run.time)}  ${plural(c.runsAgo, "run").padStart(10)} ago  ${formatValue(c.before, b.unit)} \u2192 ${formatValue(c.after, b.unit)}  ${formatChange(c.change).padStart(7)}  ${c.verdict}  p ${formatPValue(c.pValue)}`
          );
        }
      }
      out.push("");
    }
  }
  return `${out.join("\n").trimEnd()}
`;
}
function historyNotes(changes) {
  return [...changes].map(
    (c) => `${truncate(c.name, MAX_NAME)} changed at commit ${commitOf(c.run.commit)}, ${plural(c.runsAgo, "run")} ago: ${formatValue(c.before, c.unit)} \u2192 ${formatValue(c.after, c.unit)} (${formatChange(c.change)}, ${c.verdict === "regression" ? "a regression" : "an improvement"}).`
  );
}
function text(value) {
  return sanitizeTerminal(truncate(value, MAX_NAME));
}
function commitOf(commit) {
  return commit === void 0 ? "no commit" : text(shortCommit(commit));
}
function day(time) {
  return time.slice(0, 10);
}
function finiteOrNull(x) {
  return Number.isFinite(x) ? x : null;
}
export {
  historyJson,
  historyNotes,
  historyTerminal
};
