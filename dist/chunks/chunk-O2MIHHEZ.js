import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/report/format.ts
var MINUS = "\u2212";
var NOT_A_NUMBER = "n/a";
var TIME_STEPS = [
  [1, "ns"],
  [1e3, "\xB5s"],
  [1e6, "ms"],
  [1e9, "s"]
];
var SIZE_STEPS = [
  [1, "B"],
  [1024, "KiB"],
  [1024 ** 2, "MiB"],
  [1024 ** 3, "GiB"],
  [1024 ** 4, "TiB"]
];
var TIME_UNITS = {
  ns: 1,
  nanosecond: 1,
  nanoseconds: 1,
  us: 1e3,
  \u00B5s: 1e3,
  \u03BCs: 1e3,
  microsecond: 1e3,
  microseconds: 1e3,
  ms: 1e6,
  millisecond: 1e6,
  milliseconds: 1e6,
  s: 1e9,
  sec: 1e9,
  second: 1e9,
  seconds: 1e9
};
var SIZE_UNITS = {
  B: 1,
  byte: 1,
  bytes: 1,
  kB: 1e3,
  KB: 1e3,
  KiB: 1024,
  MB: 1e6,
  MiB: 1024 ** 2,
  GB: 1e9,
  GiB: 1024 ** 3
};
function scaleOf(unit) {
  const slash = unit.indexOf("/");
  const base = slash === -1 ? unit : unit.slice(0, slash);
  const suffix = slash === -1 ? "" : unit.slice(slash);
  const time = TIME_UNITS[base] ?? TIME_UNITS[base.toLowerCase()];
  if (time !== void 0) return { factor: time, suffix, steps: TIME_STEPS };
  const size = SIZE_UNITS[base];
  if (size !== void 0) return { factor: size, suffix, steps: SIZE_STEPS };
  return void 0;
}
function significant(value) {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const abs = Math.abs(value);
  if (abs === 0) return "0";
  if (abs >= 1e3) return Math.round(value).toString();
  return value.toPrecision(3);
}
var SI_STEPS = [
  [1, ""],
  [1e3, "k"],
  [1e6, "M"],
  [1e9, "G"],
  [1e12, "T"]
];
function pickStep(abs, steps) {
  let chosen = steps[0] ?? [1, ""];
  for (const step of steps) {
    if (abs >= step[0]) chosen = step;
  }
  return chosen;
}
function scaled(value, steps) {
  let step = pickStep(Math.abs(value), steps);
  let shown = significant(value / step[0]);
  if (Math.abs(Number(shown)) >= 1e3) {
    const next = steps[steps.indexOf(step) + 1];
    if (next !== void 0) {
      step = next;
      shown = significant(value / step[0]);
    }
  }
  return [shown, step[1]];
}
function formatValue(value, unit) {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const scale = scaleOf(unit);
  if (scale !== void 0) {
    const [shown2, name] = scaled(value * scale.factor, scale.steps);
    return `${shown2} ${name}${scale.suffix}`;
  }
  const [shown, prefix] = scaled(value, SI_STEPS);
  const number = `${shown}${prefix}`;
  return unit === "" ? number : `${number} ${unit}`;
}
function signed(text, negative) {
  if (/^0(\.0+)?$/.test(text)) return text;
  return negative ? `${MINUS}${text}` : `+${text}`;
}
function formatChange(change) {
  if (!Number.isFinite(change)) return NOT_A_NUMBER;
  const percent = Math.abs(change * 100);
  const digits = percent >= 1e3 ? 0 : 1;
  return `${signed(percent.toFixed(digits), change < 0)}%`;
}
function formatInterval(ci) {
  return `[${formatChange(ci[0])}, ${formatChange(ci[1])}]`;
}
function formatPValue(p) {
  if (!Number.isFinite(p)) return NOT_A_NUMBER;
  if (p < 1e-3) return "<0.001";
  return Math.min(p, 1).toFixed(3);
}
function formatSpread(cv) {
  if (!Number.isFinite(cv)) return NOT_A_NUMBER;
  const percent = Math.abs(cv * 100);
  return `\xB1${percent >= 0.95 ? percent.toFixed(0) : percent.toFixed(1)}%`;
}
function formatLevel(level) {
  if (!Number.isFinite(level)) return NOT_A_NUMBER;
  return `${Number((level * 100).toFixed(2))}%`;
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

export {
  formatValue,
  formatChange,
  formatInterval,
  formatPValue,
  formatSpread,
  formatLevel,
  plural
};
