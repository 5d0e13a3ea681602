import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  median
} from "./chunk-7YACBLEX.js";

// src/compare/units.ts
var SECONDS = /* @__PURE__ */ new Map([
  ["ns", 1e-9],
  ["us", 1e-6],
  ["\xB5s", 1e-6],
  ["\u03BCs", 1e-6],
  ["ms", 1e-3],
  ["s", 1]
]);
function alignUnits(baselineUnit, headUnit) {
  if (baselineUnit === headUnit) return { ok: true, factor: 1 };
  const base = parseTime(baselineUnit);
  const head = parseTime(headUnit);
  if (base && head && base.per === head.per) return { ok: true, factor: base.seconds / head.seconds };
  return {
    ok: false,
    reason: `The unit changed from '${baselineUnit}' in the baseline to '${headUnit}' in head, so the numbers are not comparable.`
  };
}
function parseTime(unit) {
  const slash = unit.indexOf("/");
  const time = (slash < 0 ? unit : unit.slice(0, slash)).trim();
  const seconds = SECONDS.get(time);
  return seconds === void 0 ? void 0 : { seconds, per: slash < 0 ? "" : unit.slice(slash).trim() };
}
function isTimeUnit(unit) {
  return parseTime(unit) !== void 0;
}

// src/compare/screen.ts
function screen(h, b, baseName) {
  const base = b && b.error === void 0 && b.samples.length > 0 ? b : void 0;
  const settled = (verdict, reason) => ({
    settled: {
      ...identity(h),
      verdict,
      reason,
      ...base && verdict !== "inconclusive" ? { baseline: summarize(base.samples) } : {},
      ...h.samples.length > 0 ? { head: summarize(h.samples) } : {}
    }
  });
  if (h.error !== void 0) return settled("error", `Failed in head: ${firstLine(h.error)}`);
  if (!b) return settled("new", "In head, but not in the baseline.");
  if (!base) return settled("inconclusive", `No baseline to compare with: it failed in the ${baseName} (${firstLine(b.error ?? "no samples")}).`);
  if (b.direction !== h.direction) {
    return settled(
      "inconclusive",
      `The direction changed from '${b.direction} is better' in the baseline to '${h.direction} is better' in head, so the numbers are not compared.`
    );
  }
  const units = alignUnits(b.unit, h.unit);
  if (!units.ok) return settled("inconclusive", units.reason);
  const baseSamples = units.factor === 1 ? b.samples : b.samples.map((v) => v * units.factor);
  const sides = { baseline: summarize(baseSamples), head: summarize(h.samples) };
  return {
    baseSamples,
    note: units.factor === 1 ? "" : ` Baseline converted from ${b.unit} to ${h.unit}.`,
    sides,
    inconclusive: (reason) => ({ ...identity(h), verdict: "inconclusive", reason, ...sides })
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
function firstLine(text) {
  const line = text.split("\n", 1)[0].trim();
  return line.length > 200 ? `${line.slice(0, 199)}\u2026` : line;
}

export {
  isTimeUnit,
  screen,
  identity,
  summarize
};
