import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  COUNT_UNIT,
  NO_BASELINE_SENTENCE,
  commonShiftSentence,
  headline,
  methodSentence,
  shortCommit
} from "./chunk-7R5O4J34.js";
import {
  brokenThresholds
} from "./chunk-BKZE4V4I.js";
import {
  renderShardsTerminal
} from "./chunk-KKTEDBXK.js";
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
  sanitizeTerminal,
  truncate
} from "./chunk-GB4UPQNG.js";
import {
  formatDuration
} from "./chunk-UAHUT6WC.js";

// src/report/capacity.ts
var MAX_NAME = 120;
var MAX_REASON = 240;
var MAX_SCENARIOS = 20;
var HEADROOM = 0.8;
var NOTABLE_CONTENTION = 0.05;
function num(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function texts(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string").map((v) => truncate(v, MAX_REASON)) : [];
}
function block(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function rate(value) {
  return formatValue(value, "ops/s");
}
function bytes(value, unit = "B") {
  const shown = formatValue(Math.abs(value), unit);
  return value < 0 ? `\u2212${shown}` : shown;
}
function duration(ms3) {
  if (ms3 < 12e4) return `${Number((ms3 / 1e3).toPrecision(3))} s`;
  if (ms3 < 72e5) return `${Number((ms3 / 6e4).toPrecision(3))} min`;
  return `${Number((ms3 / 36e5).toPrecision(3))} h`;
}
function percent(value) {
  const p = value * 100;
  return `${p === 0 ? "0" : Number(p.toPrecision(2))}%`;
}
function readUsl(value) {
  const u = block(value);
  if (!u) return void 0;
  const sigma = num(u.sigma);
  const kappa = num(u.kappa);
  const lambda = num(u.lambda);
  if (sigma === void 0 || kappa === void 0 || lambda === void 0) return void 0;
  const peakConcurrency = num(u.peakConcurrency);
  const peakThroughput = num(u.peakThroughput);
  const rSquared = num(u.rSquared);
  return {
    sigma,
    kappa,
    lambda,
    ...peakConcurrency !== void 0 ? { peakConcurrency } : {},
    ...peakThroughput !== void 0 ? { peakThroughput } : {},
    ...rSquared !== void 0 ? { rSquared } : {},
    warnings: texts(u.warnings)
  };
}
function uslAdvice(usl, declineSeen2) {
  if (usl.warnings.length > 0) return ["The scalability fit is not reliable enough to plan on (see the warnings); measure more steps before relying on it."];
  const advice = [];
  if (usl.kappa > 0 && usl.peakConcurrency !== void 0) {
    const beyond = declineSeen2 ? "and falls beyond it (coherency cost)" : "and gains nothing beyond it";
    advice.push(
      `Throughput peaks at about ${Math.round(usl.peakConcurrency)} operations in flight ${beyond}: cap concurrency near that (connection pool, worker count) rather than adding more.`
    );
  }
  if (usl.sigma >= NOTABLE_CONTENTION) {
    advice.push(
      `About ${percent(usl.sigma)} of the work is serialised (contention): more concurrency gives at most ${Number((1 / usl.sigma).toPrecision(2))}\xD7 one unit's throughput; look for a lock, a single connection or a single-threaded stage.`
    );
  }
  if (advice.length === 0)
    advice.push("Throughput grows almost linearly with concurrency over what was measured: more workers or instances should add capacity.");
  return advice;
}
function declineSeen(steps, usl) {
  if (!Array.isArray(steps) || usl.peakConcurrency === void 0 || usl.peakThroughput === void 0) return false;
  const peak = usl.peakThroughput;
  const at = usl.peakConcurrency;
  return steps.some((step) => {
    const s = block(step);
    const inFlight = num(s?.inFlight);
    const throughput = num(s?.throughput);
    return inFlight !== void 0 && throughput !== void 0 && inFlight > at && throughput < peak * 0.9;
  });
}
function stressSection(s, c) {
  const lines = [];
  const sustainable = num(c.sustainableRate);
  const breaking = num(c.breakingRate);
  const knee = num(c.kneeConcurrency);
  const maxThroughput = num(c.maxThroughput);
  const steps = Array.isArray(c.steps) ? c.steps.length : void 0;
  const firstRate = Array.isArray(c.steps) ? num(c.steps[0]?.rate) : void 0;
  const reasons = texts(c.breakingReasons);
  if (breaking !== void 0) {
    lines.push({ label: "Breaking point", text: `${rate(breaking)}${reasons.length > 0 ? ` \u2014 ${reasons.join("; ")}` : ""}` });
  } else if (c.stoppedBy === "max-rate" && sustainable !== void 0) {
    lines.push({ label: "Breaking point", text: `not reached: still within every limit at ${rate(sustainable)}, the most it was asked to offer` });
  } else {
    lines.push({ label: "Breaking point", text: "not found before the search stopped" });
  }
  if (sustainable !== void 0) {
    const at = [];
    if (s.latency) at.push(`p95 ${formatValue(s.latency.p95, "ms")}`);
    if (s.iterations > 0) at.push(`${percent(s.errors.rate)} errors`);
    const held = s.thresholds.length > 0 ? `every threshold held${at.length > 0 ? ": " : ""}` : "";
    const figures3 = at.length > 0 || held ? ` (${held}${at.join(", ")})` : "";
    const inFlight = knee !== void 0 ? `, about ${Number(knee.toPrecision(2))} in flight (Little's law)` : "";
    lines.push({ label: "Sustainable rate", text: `${rate(sustainable)}${figures3}${inFlight}` });
  } else {
    lines.push({ label: "Sustainable rate", text: `none: even the first rate${firstRate !== void 0 ? `, ${rate(firstRate)},` : ""} broke a limit` });
  }
  if (maxThroughput !== void 0 && maxThroughput > 0) {
    lines.push({ label: "Most completed", text: `${rate(maxThroughput)}${steps !== void 0 ? ` over ${steps} steps` : ""}` });
  }
  const usl = readUsl(c.usl);
  if (usl) {
    const fit = usl.rSquared !== void 0 ? `, R\xB2 ${usl.rSquared.toFixed(2)}` : "";
    const params = `\u03C3 ${Number(usl.sigma.toPrecision(2))}, \u03BA ${Number(usl.kappa.toPrecision(2))}${fit}`;
    const peak = usl.peakConcurrency !== void 0 && usl.peakThroughput !== void 0 ? `peak ${rate(usl.peakThroughput)} at ${Number(usl.peakConcurrency.toPrecision(2))} in flight` : usl.peakThroughput !== void 0 ? `no peak, a ceiling of ${rate(usl.peakThroughput)}` : "no limit in sight";
    lines.push({ label: "USL", text: `${peak} (${params})` });
    for (const warning of usl.warnings) lines.push({ label: "Warning", text: warning });
  }
  const advice = [];
  if (sustainable !== void 0 && breaking !== void 0) {
    advice.push(`Plan for at most ${rate(sustainable * HEADROOM)} (${percent(HEADROOM)} of the sustainable rate) to keep headroom for bursts.`);
  } else if (sustainable !== void 0) {
    advice.push(`The limit is above ${rate(sustainable)}: raise maxRate to find it.`);
  } else {
    advice.push("Start lower (startRate) or look at the errors of the first step.");
  }
  if (knee !== void 0 && sustainable !== void 0) {
    advice.push(`Size pools (database connections, workers) for at least ${Math.ceil(knee)} operations in flight.`);
  }
  if (usl) advice.push(...uslAdvice(usl, declineSeen(c.steps, usl)));
  lines.push({ label: "Advice", text: advice.join(" ") });
  return lines;
}
function memorySection(m, sustainable) {
  const lines = [];
  const growth = num(m.growthPerOp);
  const ci = Array.isArray(m.ci) ? m.ci.map(num) : [];
  const threshold = num(m.threshold);
  const verdict = m.verdict === "leak" || m.verdict === "no-leak" || m.verdict === "inconclusive" ? m.verdict : void 0;
  if (growth !== void 0) {
    const interval = ci[0] !== void 0 && ci[1] !== void 0 ? ` [${bytes(ci[0], "B/op")} to ${bytes(ci[1], "B/op")}]` : "";
    const word = verdict === "leak" ? "a leak" : verdict === "no-leak" ? "no leak" : verdict === "inconclusive" ? "not clear either way" : void 0;
    const against = threshold !== void 0 ? ` against a threshold of ${bytes(threshold, "B/op")}` : "";
    lines.push({ label: "Memory per operation", text: `${bytes(growth, "B/op")}${interval}${word ? ` \u2014 ${word}${against}` : ""}` });
  }
  const peakHeap = num(m.peakHeap);
  const peakRss = num(m.peakRss);
  const peaks = [peakHeap !== void 0 ? `heap ${bytes(peakHeap)}` : "", peakRss !== void 0 ? `RSS ${bytes(peakRss)}` : ""].filter(Boolean);
  if (peaks.length > 0) lines.push({ label: "Peak", text: peaks.join(", ") });
  if (verdict === "leak" && growth !== void 0) {
    const hourly = sustainable !== void 0 ? ` At the sustainable rate ${sustainable.scenario} found, ${rate(sustainable.rate)}, that is ${bytes(growth * sustainable.rate * 3600)} an hour.` : "";
    lines.push({
      label: "Advice",
      text: `Every operation leaves about ${bytes(growth)} behind: ${bytes(growth * 1e6)} per million operations.${hourly} Look for what keeps a reference per call: a cache without a bound, listeners added and never removed, closures held in a list.`
    });
  }
  return lines;
}
function soakSection(s, k) {
  const verdict = k.verdict === "drift" || k.verdict === "stable" || k.verdict === "inconclusive" ? k.verdict : void 0;
  const reasons = texts(k.reasons);
  const length = s.duration > 0 ? ` over ${duration(s.duration)}` : "";
  const lines = [];
  if (verdict === "stable") lines.push({ label: "Soak", text: `stable${length}: neither latency nor memory drifted` });
  else if (verdict === "drift") lines.push({ label: "Soak", text: `drift${length}` });
  else if (verdict === "inconclusive") lines.push({ label: "Soak", text: `inconclusive${length}` });
  for (const reason of reasons) lines.push({ label: verdict === "drift" ? "Drift" : "Why", text: reason });
  if (verdict === "drift") {
    lines.push({
      label: "Advice",
      text: "A target that gets slower or bigger the longer it runs will fail in production on a timescale the tests do not reach: look for growing queues, caches, connection churn or fragmentation."
    });
  }
  return lines;
}
function sections(scenarios) {
  const found = scenarios.find((s) => s.error === void 0 && num(block(s.capacity)?.sustainableRate) !== void 0);
  const sustainable = found ? { rate: num(block(found.capacity)?.sustainableRate), scenario: truncate(found.name, MAX_NAME) } : void 0;
  const out = [];
  for (const s of scenarios) {
    if (s.error !== void 0) continue;
    const name = truncate(s.group ? `${s.group} \u203A ${s.name}` : s.name, MAX_NAME);
    const capacity = block(s.capacity);
    const memory = block(s.memory);
    const soak = block(s.soak);
    if (capacity) out.push({ name, kind: "stress", lines: stressSection(s, capacity) });
    if (memory) out.push({ name, kind: "memory", lines: memorySection(memory, sustainable) });
    if (soak) out.push({ name, kind: "soak", lines: soakSection(s, soak) });
  }
  return out.filter((section) => section.lines.length > 0);
}
function renderCapacityMarkdown(scenarios) {
  const all = sections(scenarios ?? []);
  if (all.length === 0) return "";
  const blocks = ["#### Capacity"];
  for (const section of all.slice(0, MAX_SCENARIOS)) {
    const items = section.lines.map((line) => `- **${line.label}:** ${escapeMarkdown(line.text)}`);
    blocks.push(`**${escapeMarkdown(section.name)}** (${section.kind})
${items.join("\n")}`);
  }
  if (all.length > MAX_SCENARIOS) blocks.push(`_${all.length - MAX_SCENARIOS} more not shown._`);
  return blocks.join("\n\n");
}
function renderCapacityTerminal(scenarios) {
  const all = sections(scenarios ?? []);
  if (all.length === 0) return "";
  const lines = ["Capacity"];
  for (const section of all.slice(0, MAX_SCENARIOS)) {
    lines.push(`  ${sanitizeTerminal(section.name)} (${section.kind})`);
    for (const line of section.lines) lines.push(`    ${line.label}: ${sanitizeTerminal(line.text)}`);
  }
  if (all.length > MAX_SCENARIOS) lines.push(`  ${all.length - MAX_SCENARIOS} more not shown.`);
  return lines.join("\n");
}

// src/load/faults/describe.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var num2 = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
function percent2(rate2) {
  const p = rate2 * 100;
  if (p === 0) return "0%";
  if (p < 0.1) return "<0.1%";
  return `${Number(p.toPrecision(p < 10 ? 2 : 3))}%`;
}
function ms(x) {
  return x < 10 ? `${Number(x.toPrecision(2))} ms` : `${Math.round(x)} ms`;
}
function figures(during, before) {
  const parts = [];
  const rate2 = num2(during.errorRate);
  const baseRate = before ? num2(before.errorRate) : void 0;
  if (rate2 !== void 0) parts.push(`error rate ${percent2(rate2)}${baseRate !== void 0 ? ` (before: ${percent2(baseRate)})` : ""}`);
  const p95 = num2(during.p95);
  const baseP95 = before ? num2(before.p95) : void 0;
  if (p95 !== void 0) parts.push(`p95 ${ms(p95)}${baseP95 !== void 0 ? ` (before: ${ms(baseP95)})` : ""}`);
  if (rate2 === void 0 && num2(during.iterations) === 0) parts.push("no request finished");
  return parts;
}
function describeFaultsBlock(block2) {
  if (!isObject(block2) || !Array.isArray(block2.faults)) return [];
  return block2.faults.filter(isObject).map((f) => {
    const name = typeof f.name === "string" ? f.name : "fault";
    const what = typeof f.description === "string" && f.description !== name ? ` (${f.description})` : "";
    const start = num2(f.start);
    const end = num2(f.end);
    const when = start === void 0 ? "" : end === void 0 ? ` from ${formatDuration(start)} on` : ` from ${formatDuration(start)} for ${formatDuration(end - start)}`;
    const during = isObject(f.during) ? figures(f.during, isObject(f.baseline) ? f.baseline : void 0) : [];
    const recovery = num2(f.recoveryMs);
    const after = f.recovered === true && recovery !== void 0 ? recovery === 0 ? "back to normal in the first window after it ended" : `back to normal ${formatDuration(recovery)} after it ended` : typeof f.note === "string" ? f.note : "no recovery time";
    return `${name}${what}${when}: ${during.length > 0 ? `${during.join(", ")}; ` : ""}${after}`;
  });
}

// src/report/load.ts
var MAX_NAME2 = 120;
var MAX_MESSAGE = 300;
var MAX_ROWS = 50;
var DASH = "\u2014";
var CLOSED_MODEL_NOTE = "closed model: latency counts from each iteration\u2019s actual start, so while the target stalls the virtual users wait and the stall shows in few samples. An arrival-rate executor shows the wait it causes.";
function loadCell(s) {
  const model = s.model === "open" ? "open" : "closed";
  return s.maxConcurrency !== void 0 && s.model === "closed" ? `${model} \xB7 ${plural(s.maxConcurrency, "VU")}` : model;
}
function ms2(value) {
  return value === void 0 ? DASH : formatValue(value, "ms");
}
function errorsCell(s) {
  if (s.iterations === 0) return DASH;
  const rate2 = s.errors.rate * 100;
  return `${rate2 === 0 ? "0" : rate2 < 0.01 ? "<0.01" : Number(rate2.toPrecision(2))}%`;
}
function thresholdsCell(s, icons) {
  if (s.thresholds.length === 0) return DASH;
  const passed = s.thresholds.filter((t) => t.passed).length;
  const all = passed === s.thresholds.length;
  const mark = icons ? all ? "\u2705 " : "\u274C " : all ? "" : "BROKEN ";
  return `${mark}${passed} of ${s.thresholds.length} held`;
}
function observedText(b) {
  const { threshold } = b;
  if (threshold.observed === void 0) return "nothing to measure (no iteration ended)";
  const unit = threshold.metric === "latency" || threshold.metric === "lag" ? "ms" : threshold.metric === "heap" ? "bytes" : "";
  return `observed ${unit ? formatValue(threshold.observed, unit) : String(threshold.observed)}`;
}
function figures2(s) {
  const failed = s.error !== void 0;
  return {
    load: loadCell(s),
    iterations: failed ? DASH : String(s.iterations),
    throughput: failed ? DASH : formatValue(s.throughput, "ops/s"),
    p50: ms2(s.latency?.p50),
    p95: ms2(s.latency?.p95),
    p99: ms2(s.latency?.p99),
    errors: failed ? DASH : errorsCell(s),
    dropped: failed ? DASH : String(s.dropped),
    lag: s.schedulerLag ? ms2(s.schedulerLag.p99) : DASH
  };
}
function notes(scenarios) {
  const lines = [];
  for (const s of scenarios) {
    const name = truncate(s.name, MAX_NAME2);
    if (s.error !== void 0) lines.push(`${name} failed: ${truncate(s.error, MAX_MESSAGE)}`);
    if (s.aborted !== void 0) lines.push(`${name} stopped early: ${truncate(s.aborted, MAX_MESSAGE)}`);
  }
  const closed = scenarios.filter((s) => s.model === "closed" && s.error === void 0);
  if (closed.length > 0) {
    const who = closed.length === scenarios.length ? "All scenarios here" : closed.map((s) => truncate(s.name, MAX_NAME2)).join(", ");
    lines.push(`${who}: ${CLOSED_MODEL_NOTE}`);
  }
  return lines;
}
function renderLoadMarkdown(scenarios) {
  if (!scenarios || scenarios.length === 0) return "";
  const blocks = ["#### Load scenarios"];
  const broken = brokenThresholds(scenarios);
  if (broken.length > 0) {
    const items = broken.slice(0, MAX_ROWS).map((b) => {
      const what = escapeMarkdown(`${truncate(b.scenario, MAX_NAME2)}: ${b.threshold.metric} ${truncate(b.threshold.expression, MAX_NAME2)}`);
      return `- \u274C **${what}** \u2014 ${observedText(b)}`;
    });
    if (broken.length > MAX_ROWS) items.push(`- _and ${broken.length - MAX_ROWS} more_`);
    blocks.push(`**${plural(broken.length, "broken threshold")}:**
${items.join("\n")}`);
  }
  const header = "| scenario | load | iterations | throughput | p50 | p95 | p99 | errors | dropped | lag p99 | thresholds |\n| :-- | :-- | --: | --: | --: | --: | --: | --: | --: | --: | :-- |";
  const rows = scenarios.slice(0, MAX_ROWS).map((s) => {
    const f = figures2(s);
    const name = escapeMarkdown(truncate(s.group ? `${s.group} \u203A ${s.name}` : s.name, MAX_NAME2));
    const cells = [name, f.load, f.iterations, f.throughput, f.p50, f.p95, f.p99, f.errors, f.dropped, f.lag, thresholdsCell(s, true)];
    return `| ${cells.join(" | ")} |`;
  });
  blocks.push([header, ...rows].join("\n"));
  if (scenarios.length > MAX_ROWS) blocks.push(`_${plural(scenarios.length - MAX_ROWS, "more scenario")} not shown._`);
  const faults = faultLines(scenarios);
  if (faults.length > 0) blocks.push(`**Network faults:**
${faults.map(([name, line]) => `- ${escapeMarkdown(`${name}: ${line}`)}`).join("\n")}`);
  const notesText = notes(scenarios);
  if (notesText.length > 0) blocks.push(notesText.map((n) => `<sub>${escapeMarkdown(n)}</sub>`).join("<br>\n"));
  return blocks.join("\n\n");
}
function renderLoadTerminal(scenarios) {
  if (!scenarios || scenarios.length === 0) return "";
  const lines = ["Load scenarios"];
  const table = [["scenario", "load", "iterations", "throughput", "p50", "p95", "p99", "errors", "dropped", "lag p99", "thresholds"]];
  for (const s of scenarios) {
    const f = figures2(s);
    const name = sanitizeTerminal(truncate(s.name, MAX_NAME2));
    table.push(
      [name, f.load, f.iterations, f.throughput, f.p50, f.p95, f.p99, f.errors, f.dropped, f.lag, thresholdsCell(s, false)].map((c) => c.replace(DASH, "-"))
    );
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => Array.from(row[i] ?? "").length)));
  for (const row of table) {
    lines.push(
      row.map((cell, i) => {
        const gap = " ".repeat(Math.max(0, widths[i] - Array.from(cell).length));
        return i === 0 || i === 1 || i === row.length - 1 ? cell + gap : gap + cell;
      }).join("  ").trimEnd()
    );
  }
  const broken = brokenThresholds(scenarios);
  if (broken.length > 0) {
    lines.push("", `${plural(broken.length, "broken threshold")}:`);
    for (const b of broken) {
      lines.push(
        `  x ${sanitizeTerminal(truncate(b.scenario, MAX_NAME2))}: ${sanitizeTerminal(b.threshold.metric)} ${sanitizeTerminal(truncate(b.threshold.expression, MAX_NAME2))} (${observedText(b)})`
      );
    }
  }
  const notesText = notes(scenarios);
  if (notesText.length > 0) lines.push("", ...notesText.map((n) => `Note: ${sanitizeTerminal(n)}`));
  for (const [name, line] of faultLines(scenarios)) lines.push(sanitizeTerminal(`fault \xB7 ${name}: ${line}`));
  return lines.join("\n");
}
function faultLines(scenarios) {
  return scenarios.flatMap((s) => s.faults ? describeFaultsBlock(s.faults).map((line) => [truncate(s.name, MAX_NAME2), line]) : []);
}

// src/report/order.ts
var REPORT_ORDER = ["regression", "improvement", "error", "inconclusive", "new", "missing", "small-change", "unchanged"];
var VERDICT_LABEL = {
  regression: "regression",
  improvement: "improvement",
  unchanged: "~",
  "small-change": "small change",
  inconclusive: "inconclusive",
  new: "new",
  missing: "missing",
  error: "error"
};
function orderForReport(benchmarks) {
  const rank = (b) => {
    const index = REPORT_ORDER.indexOf(b.verdict);
    return index === -1 ? REPORT_ORDER.length : index;
  };
  const size = (b) => b.change !== void 0 && Number.isFinite(b.change) ? Math.abs(b.change) : -1;
  const bySize = (b) => b.verdict === "regression" || b.verdict === "improvement";
  return benchmarks.map((benchmark, index) => ({ benchmark, index })).sort((x, y) => {
    const byVerdict = rank(x.benchmark) - rank(y.benchmark);
    if (byVerdict !== 0) return byVerdict;
    if (bySize(x.benchmark)) {
      const byChange = size(y.benchmark) - size(x.benchmark);
      if (byChange !== 0) return byChange;
    }
    return x.index - y.index;
  }).map(({ benchmark }) => benchmark);
}

// src/report/reasons.ts
function reasonKind(reason) {
  const head = reason.split(/[:(;]|\s[+\u2212-]?\d/u)[0].trim().replace(/[.,]$/, "");
  return head === "" ? reason.trim() : head;
}
function reasonGroups(benchmarks, verdicts) {
  const groups = /* @__PURE__ */ new Map();
  for (const b of benchmarks) {
    if (!verdicts.includes(b.verdict) || b.verdict === "unchanged" || !b.reason) continue;
    const key = `${b.verdict}\0${reasonKind(b.reason)}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { verdict: b.verdict, label: capitalize(VERDICT_LABEL[b.verdict] ?? b.verdict), example: b, count: 1 });
  }
  return [...groups.values()];
}
function decideSentence(c, code = (text) => text) {
  const undecided = c.counts.inconclusive ?? 0;
  if (undecided === 0 || c.baseline === void 0) return void 0;
  const them = undecided === 1 ? "the inconclusive one" : `the ${undecided} inconclusive ones`;
  if (c.options.pairing === "same-run") return `To decide ${them}: more round pairs (a longer budget) or a quieter machine.`;
  const inconclusive = c.benchmarks.filter((b) => b.verdict === "inconclusive");
  if (inconclusive.every((b) => b.unit === COUNT_UNIT)) {
    return `To decide ${them}: counts whose processes agree more closely (see docs/instructions.md on warm-up), or a threshold above their spread.`;
  }
  const history = c.historyRuns > 0 ? `more stored runs of the baseline branch (the noise now comes from ${plural(c.historyRuns, "run")})` : "stored runs of the baseline branch to learn the noise from (none yet)";
  return `To decide ${them}: ${history}, ${code("measure: instructions")}, or ${code("compare: interleaved")} (${code("benchgate ab")}), which measures both sides in one run.`;
}
function capitalize(text) {
  return text.replace(/^./, (c) => c.toUpperCase());
}

// src/report/terminal.ts
var MAX_NAME3 = 80;
var MAX_REASON2 = 120;
var DASH2 = "-";
var RESET = "\x1B[0m";
var VERDICT_COLOR = {
  regression: "\x1B[31m",
  improvement: "\x1B[32m",
  error: "\x1B[1;31m",
  inconclusive: "\x1B[33m",
  new: "\x1B[36m",
  missing: "\x1B[36m",
  unchanged: "\x1B[2m",
  "small-change": "\x1B[2m"
};
var BOLD = "\x1B[1m";
var ZERO_WIDTH = /[\p{M}\u200B-\u200D\u2060\uFEFF]/u;
var DOUBLE_WIDTH = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
function displayWidth(text) {
  let width = 0;
  for (const ch of text) {
    if (ZERO_WIDTH.test(ch)) continue;
    width += DOUBLE_WIDTH.test(ch) ? 2 : 1;
  }
  return width;
}
function side(s, unit) {
  if (s === void 0) return DASH2;
  const value = sanitizeTerminal(formatValue(s.median, unit));
  return Number.isFinite(s.cv) ? `${value} ${formatSpread(s.cv)}` : value;
}
function nameOf(b) {
  const name = truncate(sanitizeTerminal(b.name), MAX_NAME3);
  return b.group ? `${truncate(sanitizeTerminal(b.group), MAX_NAME3)} > ${name}` : name;
}
function verdictText(b) {
  const label = VERDICT_LABEL[b.verdict] ?? sanitizeTerminal(b.verdict);
  return b.verdict === "error" && b.reason ? `${label}: ${truncate(sanitizeTerminal(b.reason), MAX_REASON2)}` : label;
}
function pad(cell, width, color) {
  const gap = " ".repeat(Math.max(0, width - displayWidth(cell.text)));
  const text = color && cell.color && cell.text !== "" ? `${cell.color}${cell.text}${RESET}` : cell.text;
  return cell.align === "left" ? `${text}${gap}` : `${gap}${text}`;
}
function layout(rows, color) {
  const widths = [];
  for (const cells of rows) {
    cells.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell.text));
    });
  }
  return rows.map((cells) => {
    const last = cells.length - 1;
    return cells.map((cell, i) => i === last && cell.align === "left" ? pad(cell, 0, color) : pad(cell, widths[i] ?? 0, color)).join("  ").trimEnd();
  });
}
function commitPhrase(commit, branch) {
  const parts = [];
  if (commit) parts.push(sanitizeTerminal(shortCommit(commit)));
  if (branch) parts.push(parts.length > 0 ? `(${sanitizeTerminal(branch)})` : sanitizeTerminal(branch));
  return parts.join(" ");
}
function renderTerminal(c, opts = {}) {
  const color = opts.color === true;
  const paint = (text, code) => color ? `${code}${text}${RESET}` : text;
  const head = headline(c);
  const lines = [];
  const headCommit = commitPhrase(c.head.commit, c.head.branch);
  let title = sanitizeTerminal(c.suite);
  if (c.baseline !== void 0) {
    const base = commitPhrase(c.baseline.commit, c.baseline.branch);
    if (headCommit && base) title += `: ${headCommit} vs baseline ${base}`;
  } else if (headCommit) {
    title += `: ${headCommit}`;
  }
  lines.push(title);
  const toneColor = head.tone === "fail" ? VERDICT_COLOR.regression : head.tone === "pass" ? VERDICT_COLOR.improvement : "";
  lines.push(`${paint(head.verdict, `${BOLD}${toneColor}`)}: ${head.detail}`);
  if (c.baseline === void 0) lines.push(NO_BASELINE_SENTENCE);
  lines.push("");
  const ordered = orderForReport(c.benchmarks);
  const rows = [];
  if (c.baseline === void 0) {
    rows.push([
      { text: "benchmark", align: "left" },
      { text: "current", align: "right" },
      { text: "verdict", align: "left" }
    ]);
    for (const b of ordered) {
      rows.push([
        { text: nameOf(b), align: "left" },
        { text: side(b.head, b.unit), align: "right" },
        { text: verdictText(b), align: "left", color: VERDICT_COLOR[b.verdict] }
      ]);
    }
  } else {
    rows.push([
      { text: "benchmark", align: "left" },
      { text: "baseline", align: "right" },
      { text: "current", align: "right" },
      { text: "change", align: "right" },
      { text: `${formatLevel(c.options.confidence)} CI`, align: "left" },
      { text: "p", align: "right" },
      { text: "verdict", align: "left" }
    ]);
    for (const b of ordered) {
      const p = b.adjustedP ?? b.pValue;
      const tint = VERDICT_COLOR[b.verdict];
      rows.push([
        { text: nameOf(b), align: "left" },
        { text: side(b.baseline, b.unit), align: "right" },
        { text: side(b.head, b.unit), align: "right" },
        { text: b.change === void 0 ? DASH2 : formatChange(b.change), align: "right", color: tint },
        { text: b.ci === void 0 ? "" : formatInterval(b.ci), align: "left" },
        { text: p === void 0 ? "" : formatPValue(p), align: "right" },
        { text: verdictText(b), align: "left", color: tint }
      ]);
    }
    if (c.geomean !== void 0) {
      const g = c.geomean;
      rows.push([
        { text: `geomean of ${plural(g.n, "benchmark")}`, align: "left" },
        { text: "", align: "right" },
        { text: "", align: "right" },
        { text: formatChange(g.change), align: "right" },
        { text: g.ci === void 0 ? "" : formatInterval(g.ci), align: "left" },
        { text: "", align: "right" },
        { text: "", align: "left" }
      ]);
    }
  }
  if (c.benchmarks.length === 0) lines.push("This run has no benchmarks.");
  else lines.push(...layout(rows, color));
  const load = renderLoadTerminal(c.scenarios);
  if (load !== "") lines.push("", load);
  const capacity = renderCapacityTerminal(c.scenarios);
  if (capacity !== "") lines.push("", capacity);
  const shards = renderShardsTerminal(c);
  if (shards !== "") lines.push("", shards);
  const reasons = reasonGroups(ordered, ["inconclusive", "new", "missing"]).map(({ label, example, count }) => {
    const reason = truncate(sanitizeTerminal(example.reason), MAX_REASON2);
    return count === 1 ? `${label} (${nameOf(example)}): ${reason}` : `${label} (${count}, e.g. ${nameOf(example)}): ${reason}`;
  });
  const decide = decideSentence(c);
  if (reasons.length > 0 || decide) lines.push("", ...reasons, ...decide ? [decide] : []);
  const shift = commonShiftSentence(c);
  const notes2 = [];
  if (shift !== void 0) notes2.push(`Note: ${shift}`);
  if (c.baseline !== void 0) notes2.push(`${methodSentence(c)}.`);
  if (notes2.length > 0) lines.push("", ...notes2);
  return `${lines.join("\n")}
`;
}

export {
  renderCapacityMarkdown,
  renderCapacityTerminal,
  renderLoadMarkdown,
  renderLoadTerminal,
  REPORT_ORDER,
  VERDICT_LABEL,
  orderForReport,
  reasonGroups,
  decideSentence,
  displayWidth,
  renderTerminal
};
