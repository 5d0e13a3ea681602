// Unit-aware numbers for the page: times move between ns, µs, ms and s, rates between
// ops/s, K ops/s and M ops/s, sizes between B, KiB and MiB, keeping what follows the unit
// ("/op", "/iter"). One scale per axis, chosen by the largest value on it.

export interface Scale {
  /** Multiply a value in the benchmark's unit by this to get it in `unit`. */
  factor: number;
  unit: string;
}

const TIME: Array<[string, number]> = [
  ['ns', 1e-9],
  ['µs', 1e-6],
  ['ms', 1e-3],
  ['s', 1],
];
const TIME_NAMES: Record<string, number> = {
  ns: 1e-9,
  nanosecond: 1e-9,
  nanoseconds: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  μs: 1e-6,
  microsecond: 1e-6,
  microseconds: 1e-6,
  ms: 1e-3,
  millisecond: 1e-3,
  milliseconds: 1e-3,
  s: 1,
  sec: 1,
  second: 1,
  seconds: 1,
};
const RATE = /^([a-z]+)\s*\/\s*(s|sec|second)$/i;
const SIZE = /^(b|bytes?)(\/.+)?$/i;
const PREFIXES: Array<[string, number]> = [
  ['', 1],
  ['K', 1e3],
  ['M', 1e6],
  ['G', 1e9],
];
const BINARY: Array<[string, number]> = [
  ['B', 1],
  ['KiB', 1024],
  ['MiB', 1024 ** 2],
  ['GiB', 1024 ** 3],
];

/** The scale that shows `magnitude` (a value in `unit`, usually the largest on an axis) best. */
export function scaleFor(unit: string, magnitude: number): Scale {
  const size = Math.abs(magnitude);
  const slash = unit.indexOf('/');
  const head = slash === -1 ? unit : unit.slice(0, slash);
  const tail = slash === -1 ? '' : unit.slice(slash);
  const seconds = TIME_NAMES[head.trim().toLowerCase()] ?? TIME_NAMES[head.trim()];
  if (seconds !== undefined && !RATE.test(unit)) {
    const inSeconds = size * seconds;
    let chosen = TIME[0]!;
    for (const candidate of TIME) if (inSeconds >= candidate[1] * 0.9999) chosen = candidate;
    return { factor: seconds / chosen[1], unit: `${chosen[0]}${tail}` };
  }
  if (RATE.test(unit)) return pick(PREFIXES, size, (p) => `${p}${p ? ' ' : ''}${unit}`);
  const sized = SIZE.exec(unit);
  if (sized) return pick(BINARY, size, (p) => `${p}${sized[2] ?? ''}`);
  return { factor: 1, unit };
}

function pick(steps: Array<[string, number]>, size: number, name: (prefix: string) => string): Scale {
  let chosen = steps[0]!;
  for (const step of steps) if (size >= step[1]) chosen = step;
  return { factor: 1 / chosen[1], unit: name(chosen[0]) };
}

/** A number with about `digits` significant digits, without exponent notation for everyday sizes. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const size = Math.abs(value);
  if (size >= 1e15 || size < 1e-6) return value.toExponential(digits - 1);
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(size)));
  return value.toFixed(Math.min(decimals, 20));
}

/** `value` in `unit`, shown in the scale that suits it, e.g. 1534000 ns/op → "1.53 ms/op". */
export function formatValue(value: number, unit: string, digits = 3): string {
  const scale = scaleFor(unit, value);
  return `${formatNumber(value * scale.factor, digits)} ${scale.unit}`.trim();
}

/** A relative change as a signed percentage, e.g. 0.123 → "+12.3%". */
export function formatChange(change: number): string {
  const percent = change * 100;
  const text = Math.abs(percent) >= 100 ? percent.toFixed(0) : Math.abs(percent) >= 10 ? percent.toFixed(1) : percent.toFixed(2);
  return `${percent >= 0 ? '+' : ''}${text}%`;
}

/**
 * Tick labels of a value axis: one scale for the whole axis, and as many decimals as the step
 * between ticks needs. A log axis spans decades: each tick gets its own scale and three significant digits.
 */
export function axisLabels(unit: string, splits: readonly number[], log = false): string[] {
  const finite = splits.filter((s) => Number.isFinite(s));
  if (finite.length === 0) return splits.map(() => '');
  const top = Math.max(...finite.map((s) => Math.abs(s)));
  const scale = scaleFor(unit, top);
  if (log) {
    return splits.map((s) => {
      const own = scaleFor(unit, s);
      return `${trimZeros(formatNumber(s * own.factor, 3))} ${own.unit}`;
    });
  }
  const step = finite.length > 1 ? Math.abs(finite[1]! - finite[0]!) * scale.factor : Math.abs(top * scale.factor);
  const decimals = step > 0 ? Math.max(0, Math.min(9, -Math.floor(Math.log10(step) + 1e-9))) : 0;
  return splits.map((s) => `${(s * scale.factor).toFixed(decimals)} ${scale.unit}`);
}

function trimZeros(text: string): string {
  return text.includes('.') && !text.includes('e') ? text.replace(/\.?0+$/, '') : text;
}
