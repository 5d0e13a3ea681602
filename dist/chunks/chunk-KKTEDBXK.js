import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  COMMON_MODE_MIN_BENCHMARKS
} from "./chunk-YVCKGH6B.js";
import {
  formatChange,
  formatInterval
} from "./chunk-O2MIHHEZ.js";
import {
  escapeMarkdown,
  sanitizeTerminal,
  truncate
} from "./chunk-GB4UPQNG.js";

// src/report/shards.ts
var TARGET_JOB_MS = 10 * 6e4;
function shardBalance(run, target = TARGET_JOB_MS) {
  const shards = run.shards;
  if (!shards || shards.length === 0) return void 0;
  const total = shards.reduce((sum, s) => sum + s.wallTime, 0);
  const mean = total / shards.length;
  const slowest = shards.reduce((a, b) => b.wallTime > a.wallTime ? b : a);
  const ratio = mean > 0 ? slowest.wallTime / mean : 1;
  return { shards, slowest, mean, ratio, total, suggested: Math.max(1, Math.ceil(total * Math.max(1, ratio) / target)), target };
}
function renderShardsMarkdown(c) {
  const b = shardBalance(c.head);
  const shifts = shiftsSentence(c);
  if (!b) return shifts ? `**Shards:** ${shifts}` : "";
  const rows = b.shards.map((s) => `| ${s.index}/${s.count} | ${cell(s.env.runner ?? "")} | ${cell(s.env.cpu)} | ${formatWallTime(s.wallTime)} |`);
  const lead = `**Shards:** ${sentence(b, (s) => escapeMarkdown(truncate(s, 80)))}${shifts ? ` ${shifts}` : ""}`;
  return [lead, "", "| shard | runner | CPU | wall time |", "|:--|:--|:--|--:|", ...rows].join("\n");
}
function renderShardsTerminal(c) {
  const b = shardBalance(c.head);
  const shifts = shiftsSentence(c);
  if (!b) return shifts ? `Shards: ${shifts}` : "";
  const lines = [`Shards: ${sentence(b, (s) => sanitizeTerminal(truncate(s, 80)))}${shifts ? ` ${shifts}` : ""}`];
  for (const s of b.shards) {
    lines.push(`  ${`${s.index}/${s.count}`.padEnd(6)} ${formatWallTime(s.wallTime).padStart(8)}  ${sanitizeTerminal(truncate(s.env.runner ?? "", 60))}`);
  }
  return lines.join("\n");
}
function shiftsSentence(c) {
  const groups = (c.shards ?? []).filter((g) => g.commonShift && Number.isFinite(g.commonShift.change));
  if (groups.length === 0) {
    return (c.shards ?? []).length > 1 ? `Each shard ran on its own machine, so benchmarks were compared within their own shard; no shard had the ${COMMON_MODE_MIN_BENCHMARKS} benchmarks (measured on the same shard in head and the baseline) that a whole-shard shift needs, so each was judged on its whole run-to-run noise.` : "";
  }
  const parts = groups.map((g) => {
    const shift = g.commonShift;
    const name = g.head !== void 0 && (g.baseline === void 0 || g.baseline === g.head) ? `shard ${g.head}` : `shard ${g.head ?? "\u2013"} (${g.baseline ?? "\u2013"} in the baseline)`;
    const ci = shift.ci ? ` ${formatInterval(shift.ci)}` : "";
    const noise = shift.explainedByNoise === void 0 ? "" : shift.explainedByNoise ? ", within its run-to-run noise" : ", beyond its run-to-run noise";
    return `${name} ${formatChange(shift.change)}${ci}${noise}`;
  });
  return `Each shard ran on its own machine, so each was compared with its own whole-shard shift: ${parts.join("; ")}.`;
}
function sentence(b, text) {
  const runner = b.slowest.env.runner ? ` on ${text(b.slowest.env.runner)}` : "";
  const split = `the slowest, shard ${b.slowest.index}${runner}, took ${formatWallTime(b.slowest.wallTime)}: ${b.ratio.toFixed(2)}\xD7 the mean of ${formatWallTime(b.mean)}; ${formatWallTime(b.total)} of measuring in all.`;
  const per = formatWallTime(b.target);
  const each = formatWallTime(b.total / b.suggested * Math.max(1, b.ratio));
  const advice = b.suggested === b.shards.length ? `${b.suggested} shards keep each job within ${per} of measuring.` : b.suggested === 1 ? `One job would do: about ${each} of measuring, within ${per}.` : `For jobs within ${per} of measuring, use ${b.suggested} shards: about ${each} each at this balance.`;
  return `${b.shards.length} shards; ${split} ${advice}`;
}
function cell(text) {
  return escapeMarkdown(truncate(text, 80));
}
function formatWallTime(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
  const seconds = Math.round(ms / 1e3);
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, "0")}s`;
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, "0")}m`;
}

export {
  TARGET_JOB_MS,
  shardBalance,
  renderShardsMarkdown,
  renderShardsTerminal,
  formatWallTime
};
