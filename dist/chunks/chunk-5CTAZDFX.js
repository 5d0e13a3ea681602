import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  median
} from "./chunk-7YACBLEX.js";
import {
  parseDuration
} from "./chunk-UAHUT6WC.js";
import {
  UsageError,
  describe
} from "./chunk-WQC4CHKN.js";

// src/load/faults/schedule.ts
var FAULT_FIELDS = ["latencyMs", "jitterMs", "reset", "drop", "bandwidth"];
function checkFault(value, where) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new UsageError(`${where}: expected an object such as { latencyMs: 200 } or { reset: 0.1 }, found ${describe(value)}`);
  }
  const fault = value;
  for (const key of Object.keys(fault)) {
    if (!FAULT_FIELDS.includes(key)) {
      throw new UsageError(`${where}.${key}: expected one of ${FAULT_FIELDS.join(", ")}, found an unknown field`);
    }
  }
  const number = (key, ok, expected) => {
    const x = fault[key];
    if (x !== void 0 && (typeof x !== "number" || !Number.isFinite(x) || !ok(x)))
      throw new UsageError(`${where}.${key}: expected ${expected}, found ${describe(x)}`);
  };
  number("latencyMs", (x) => x >= 0, "a number of milliseconds \u2265 0");
  number("jitterMs", (x) => x >= 0, "a number of milliseconds \u2265 0");
  number("reset", (x) => x >= 0 && x <= 1, "a fraction between 0 and 1");
  number("drop", (x) => x >= 0 && x <= 1, "a fraction between 0 and 1");
  number("bandwidth", (x) => x > 0, "a number of bytes per second > 0");
  return { ...fault };
}
function describeFault(fault) {
  const parts = [];
  if (fault.latencyMs !== void 0 || fault.jitterMs !== void 0) {
    parts.push(`latency ${fault.latencyMs ?? 0}${fault.jitterMs ? `\xB1${fault.jitterMs}` : ""} ms`);
  }
  if (fault.reset !== void 0) parts.push(`reset ${percent(fault.reset)}`);
  if (fault.drop !== void 0) parts.push(`drop ${percent(fault.drop)}`);
  if (fault.bandwidth !== void 0) parts.push(`bandwidth ${bytesPerSecond(fault.bandwidth)}`);
  return parts.length > 0 ? parts.join(", ") : "no fault";
}
function percent(x) {
  return `${Number((x * 100).toPrecision(3))}%`;
}
function bytesPerSecond(x) {
  if (x >= 1e6) return `${Number((x / 1e6).toPrecision(3))} MB/s`;
  if (x >= 1e3) return `${Number((x / 1e3).toPrecision(3))} KB/s`;
  return `${x} B/s`;
}
function planFaults(schedule, where = "faults") {
  if (!Array.isArray(schedule)) throw new UsageError(`${where}: expected an array of { at, for?, fault }, found ${describe(schedule)}`);
  return schedule.map((entry, index) => {
    const at = `${where}[${index}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      throw new UsageError(`${at}: expected an object { at, for?, fault }, found ${describe(entry)}`);
    }
    const e = entry;
    if (e.at === void 0) throw new UsageError(`${at}.at: missing; expected when the fault starts, such as "5s"`);
    const startMs = parseDuration(e.at, `${at}.at`);
    const lengthMs = e.for === void 0 ? void 0 : parseDuration(e.for, `${at}.for`);
    if (lengthMs === 0) throw new UsageError(`${at}.for: expected a duration above zero, found ${describe(e.for)}`);
    const fault = checkFault(e.fault, `${at}.fault`);
    if (e.name !== void 0 && (typeof e.name !== "string" || e.name.trim() === "")) {
      throw new UsageError(`${at}.name: expected a non-empty string, found ${describe(e.name)}`);
    }
    return {
      index,
      name: typeof e.name === "string" ? e.name : describeFault(fault),
      fault,
      startMs,
      ...lengthMs !== void 0 ? { endMs: startMs + lengthMs } : {}
    };
  });
}
function combineFaults(faults) {
  return Object.assign({}, ...faults);
}

// src/load/faults/analysis.ts
var DEFAULT_RECOVERY = { p95Tolerance: 0.5, errorRateTolerance: 0.01, p95SlackMs: 1 };
function overlap(w, start, end) {
  return Math.max(0, Math.min(w.start + w.duration, end) - Math.max(w.start, start));
}
function figures(windows) {
  const iterations = windows.reduce((n, w) => n + w.iterations, 0);
  const errors = windows.reduce((n, w) => n + w.errors, 0);
  const p95s = windows.flatMap((w) => w.p95 !== void 0 ? [w.p95] : []);
  const p95 = p95s.length > 0 ? median(p95s) : void 0;
  return {
    windows: windows.length,
    iterations,
    errors,
    ...iterations > 0 ? { errorRate: errors / iterations } : {},
    ...p95 !== void 0 ? { p95, worstP95: Math.max(...p95s) } : {}
  };
}
function isBack(w, baseline, c) {
  if (w.iterations === 0 || w.p95 === void 0 || baseline.p95 === void 0 || baseline.errorRate === void 0) return false;
  const p95Ok = w.p95 <= Math.max(baseline.p95 * (1 + c.p95Tolerance), baseline.p95 + c.p95SlackMs);
  const errorsOk = w.errors / w.iterations <= baseline.errorRate + c.errorRateTolerance;
  return p95Ok && errorsOk;
}
function analyzeFaults(windows, spans, criteria = {}) {
  const c = { ...DEFAULT_RECOVERY, ...criteria };
  const ordered = [...windows].sort((a, b) => a.start - b.start);
  const runEnd = ordered.length > 0 ? Math.max(...ordered.map((w) => w.start + w.duration)) : 0;
  const touchedByAnyFault = (w) => spans.some((s) => overlap(w, s.start, s.end ?? Number.POSITIVE_INFINITY) > 0);
  const disturbed = [];
  const isDisturbed = (w) => touchedByAnyFault(w) || disturbed.some((d) => overlap(w, d.start, d.end) > 0);
  const faults = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const end = span.end ?? runEnd;
    const baselineWindows = ordered.filter((w) => w.start + w.duration <= span.start && !isDisturbed(w));
    const baseline = figures(baselineWindows);
    let duringWindows = ordered.filter((w) => overlap(w, span.start, end) >= w.duration / 2);
    if (duringWindows.length === 0) duringWindows = ordered.filter((w) => overlap(w, span.start, end) > 0);
    const report = {
      name: span.name,
      description: describeFault(span.fault),
      fault: { ...span.fault },
      start: span.start,
      ...span.end !== void 0 ? { end: span.end } : {},
      baseline,
      during: figures(duringWindows),
      recovered: false
    };
    const back = span.end !== void 0 && baseline.p95 !== void 0 ? ordered.find((w) => w.start >= span.end && isBack(w, baseline, c)) : void 0;
    disturbed.push({ start: span.start, end: back ? back.start : Number.POSITIVE_INFINITY });
    if (span.end === void 0) faults.push({ ...report, note: "the fault lasted until the end of the run" });
    else if (baseline.p95 === void 0 || baseline.errorRate === void 0)
      faults.push({ ...report, note: "no fault-free window before the fault to compare with" });
    else if (!back) {
      const left = Math.max(0, runEnd - span.end);
      faults.push({ ...report, note: `not back to the baseline by the end of the run, ${Math.round(left)} ms after the fault` });
    } else faults.push({ ...report, recovered: true, recoveryMs: back.start - span.end });
  }
  return { criteria: c, faults };
}

// src/load/faults/block.ts
var SOURCES_KEY = /* @__PURE__ */ Symbol.for("benchgate.faultSources");
function sources() {
  const holder = globalThis;
  holder[SOURCES_KEY] ??= /* @__PURE__ */ new Set();
  return holder[SOURCES_KEY];
}
function registerFaultSource(source) {
  sources().add(source);
}
function wallClock() {
  return performance.timeOrigin + performance.now();
}
function faultSpansBetween(startedAt, endedAt, from = sources()) {
  const spans = [];
  for (const source of from) {
    for (const period of source.periods()) {
      if (period.start >= endedAt || period.end !== void 0 && period.end <= startedAt) continue;
      const end = period.end === void 0 || period.end >= endedAt ? void 0 : period.end - startedAt;
      spans.push({ name: period.name, fault: period.fault, start: Math.max(0, period.start - startedAt), ...end !== void 0 ? { end } : {} });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
function faultsBlock(windows, startedAt, durationMs, criteria = {}) {
  const spans = faultSpansBetween(startedAt, startedAt + durationMs);
  if (spans.length === 0) return void 0;
  return analyzeFaults(windows, spans, criteria);
}

export {
  checkFault,
  describeFault,
  planFaults,
  combineFaults,
  registerFaultSource,
  wallClock,
  faultsBlock
};
