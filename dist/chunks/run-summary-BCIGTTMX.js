import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  COUNTS_MISS,
  processSpread
} from "./chunk-2VUD333O.js";
import {
  displayWidth,
  renderCapacityTerminal,
  renderLoadTerminal
} from "./chunk-32OFYQXO.js";
import {
  shortCommit
} from "./chunk-7R5O4J34.js";
import "./chunk-BKZE4V4I.js";
import "./chunk-6276UR5Y.js";
import "./chunk-KKTEDBXK.js";
import "./chunk-YVCKGH6B.js";
import {
  formatSpread,
  formatValue,
  plural
} from "./chunk-O2MIHHEZ.js";
import {
  sanitizeTerminal,
  truncate
} from "./chunk-GB4UPQNG.js";
import "./chunk-J3CZYFUD.js";
import "./chunk-ZDWY5RTS.js";
import {
  median
} from "./chunk-7YACBLEX.js";
import "./chunk-UAHUT6WC.js";
import "./chunk-WQC4CHKN.js";
import "./chunk-35VAMBZN.js";

// src/report/run-summary.ts
var MAX_NAME = 80;
var MAX_ERROR = 120;
function describeSamples(samples) {
  const n = samples.length;
  const mean = samples.reduce((sum, x) => sum + x, 0) / n;
  const variance = n > 1 ? samples.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1) : 0;
  return { n, median: n > 0 ? median(samples) : Number.NaN, cv: mean !== 0 ? Math.sqrt(variance) / Math.abs(mean) : Number.NaN };
}
function cells(b, counted) {
  const name = truncate(sanitizeTerminal(b.group ? `${b.group} > ${b.name}` : b.name), MAX_NAME);
  if (b.error !== void 0) return [name, "", "", `error: ${truncate(sanitizeTerminal(b.error), MAX_ERROR)}`];
  if (b.samples.length === 0) return [name, "", "", "no samples"];
  const s = describeSamples(b.samples);
  const apart = counted ? processSpread(b) : void 0;
  const spread = apart !== void 0 ? formatApart(apart) : Number.isFinite(s.cv) ? formatSpread(s.cv) : "";
  return [name, sanitizeTerminal(formatValue(s.median, b.unit)), spread, `n=${s.n}`];
}
function formatApart(spread) {
  return spread === 0 ? "same" : `${Number((spread * 100).toPrecision(2))}% apart`;
}
function countedLines(result) {
  const spreads = result.benchmarks.flatMap((b) => {
    const spread = b.error === void 0 ? processSpread(b) : void 0;
    return spread === void 0 ? [] : [{ name: b.name, spread }];
  });
  const processes = Math.max(0, ...result.benchmarks.flatMap((b) => b.processes ?? [])) + 1;
  const lines = [
    `Instructions per operation, counted under valgrind on Node ${result.run.env.node}: one batch per benchmark in each of ${plural(processes, "process", "processes")}.`
  ];
  if (spreads.length > 0) {
    const same = spreads.filter((s) => s.spread === 0).length;
    const widest = spreads.reduce((a, b) => b.spread > a.spread ? b : a);
    lines.push(
      same === spreads.length ? `The processes agree exactly on all ${plural(spreads.length, "benchmark")}.` : `The processes agree exactly on ${same} of ${plural(spreads.length, "benchmark")}; the widest spread is ${Number((widest.spread * 100).toPrecision(2))}% (${truncate(widest.name, MAX_NAME)}).`
    );
  }
  lines.push(COUNTS_MISS);
  return lines.map(sanitizeTerminal);
}
function renderRunSummary(result) {
  const where = [result.run.commit ? shortCommit(result.run.commit) : "", result.run.branch ? `(${result.run.branch})` : ""].filter((part) => part !== "").join(" ");
  const failed = result.benchmarks.filter((b) => b.error !== void 0).length;
  const counted = `${plural(result.benchmarks.length - failed, "benchmark")} measured${failed > 0 ? `, ${failed} failed` : ""}`;
  const lines = [sanitizeTerminal(`${result.suite}${where ? ` at ${where}` : ""}: ${counted}`)];
  const instructions = result.run.measure === "instructions";
  if (instructions) lines.push(...countedLines(result));
  if (result.benchmarks.length > 0) {
    const rows = [["benchmark", "median", "spread", "samples"], ...result.benchmarks.map((b) => cells(b, instructions))];
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ""))));
    lines.push("");
    for (const [name, value, spread, note] of rows) {
      const pad = (text, width) => " ".repeat(Math.max(0, (width ?? 0) - displayWidth(text)));
      lines.push(`${name}${pad(name, widths[0])}  ${pad(value, widths[1])}${value}  ${pad(spread, widths[2])}${spread}  ${note}`.trimEnd());
    }
  }
  for (const section of [renderLoadTerminal(result.scenarios), renderCapacityTerminal(result.scenarios)]) {
    if (section !== "") lines.push("", section);
  }
  return `${lines.join("\n")}
`;
}
export {
  renderRunSummary
};
