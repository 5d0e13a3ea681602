// Number formatting shared by every report, so a change reads the same in a comment and a terminal.

const MINUS = '\u2212';
const NOT_A_NUMBER = 'n/a';

interface Scale {
  /** Factor from the sample unit to the base unit (ns or bytes). */
  factor: number;
  /** What follows the base unit in the sample unit, e.g. "/op". */
  suffix: string;
  steps: ReadonlyArray<readonly [number, string]>;
}

const TIME_STEPS = [
  [1, 'ns'],
  [1e3, 'µs'],
  [1e6, 'ms'],
  [1e9, 's'],
] as const;

const SIZE_STEPS = [
  [1, 'B'],
  [1024, 'KiB'],
  [1024 ** 2, 'MiB'],
  [1024 ** 3, 'GiB'],
  [1024 ** 4, 'TiB'],
] as const;

const TIME_UNITS: Record<string, number> = {
  ns: 1,
  nanosecond: 1,
  nanoseconds: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  microsecond: 1e3,
  microseconds: 1e3,
  ms: 1e6,
  millisecond: 1e6,
  milliseconds: 1e6,
  s: 1e9,
  sec: 1e9,
  second: 1e9,
  seconds: 1e9,
};

// Case matters: "Mb" would be megabits, and "ms" is not "Ms".
const SIZE_UNITS: Record<string, number> = {
  B: 1,
  byte: 1,
  bytes: 1,
  kB: 1e3,
  KB: 1e3,
  KiB: 1024,
  MB: 1e6,
  MiB: 1024 ** 2,
  GB: 1e9,
  GiB: 1024 ** 3,
};

function scaleOf(unit: string): Scale | undefined {
  const slash = unit.indexOf('/');
  const base = slash === -1 ? unit : unit.slice(0, slash);
  const suffix = slash === -1 ? '' : unit.slice(slash);
  // "ops/s" and friends are rates, not times: only a unit whose base is a time or size scales.
  const time = TIME_UNITS[base] ?? TIME_UNITS[base.toLowerCase()];
  if (time !== undefined) return { factor: time, suffix, steps: TIME_STEPS };
  const size = SIZE_UNITS[base];
  if (size !== undefined) return { factor: size, suffix, steps: SIZE_STEPS };
  return undefined;
}

/** Three significant figures without an exponent for everyday magnitudes: 1.23, 12.3, 123, 1234. */
export function significant(value: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  if (abs >= 1000) return Math.round(value).toString();
  // Trailing zeros stay: 1.20 says three figures were measured, and lines up with 1.23.
  return value.toPrecision(3);
}

const SI_STEPS = [
  [1, ''],
  [1e3, 'k'],
  [1e6, 'M'],
  [1e9, 'G'],
  [1e12, 'T'],
] as const;

function pickStep(abs: number, steps: ReadonlyArray<readonly [number, string]>): readonly [number, string] {
  let chosen = steps[0] ?? ([1, ''] as const);
  for (const step of steps) {
    if (abs >= step[0]) chosen = step;
  }
  return chosen;
}

/** Scale a number into [1, 1000) of the steps where possible, and round a rounding edge (999.6 -> 1.00k). */
function scaled(value: number, steps: ReadonlyArray<readonly [number, string]>): [string, string] {
  let step = pickStep(Math.abs(value), steps);
  let shown = significant(value / step[0]);
  if (Math.abs(Number(shown)) >= 1000) {
    const next = steps[steps.indexOf(step) + 1];
    if (next !== undefined) {
      step = next;
      shown = significant(value / step[0]);
    }
  }
  return [shown, step[1]];
}

/**
 * A measured value with its unit, scaled to a readable unit when the unit is a known time
 * (ns ... s) or size (bytes ... GiB), keeping any "/op" suffix: 1234567 "ns/op" -> "1.23 ms/op".
 * Other units keep their name, with an SI prefix on the number: 1234567 "ops/s" -> "1.23M ops/s".
 */
export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const scale = scaleOf(unit);
  if (scale !== undefined) {
    const [shown, name] = scaled(value * scale.factor, scale.steps);
    return `${shown} ${name}${scale.suffix}`;
  }
  const [shown, prefix] = scaled(value, SI_STEPS);
  const number = `${shown}${prefix}`;
  return unit === '' ? number : `${number} ${unit}`;
}

function signed(text: string, negative: boolean): string {
  if (/^0(\.0+)?$/.test(text)) return text;
  return negative ? `${MINUS}${text}` : `+${text}`;
}

/** A relative change as a signed percentage: 0.123 -> "+12.3%", -0.041 -> "−4.1%" (true minus sign). */
export function formatChange(change: number): string {
  if (!Number.isFinite(change)) return NOT_A_NUMBER;
  const percent = Math.abs(change * 100);
  const digits = percent >= 1000 ? 0 : 1;
  return `${signed(percent.toFixed(digits), change < 0)}%`;
}

/** A confidence interval of a relative change: "[+8.1%, +16.0%]". */
export function formatInterval(ci: readonly [number, number]): string {
  return `[${formatChange(ci[0])}, ${formatChange(ci[1])}]`;
}

/** A p-value to three decimals, or "<0.001" below that. */
export function formatPValue(p: number): string {
  if (!Number.isFinite(p)) return NOT_A_NUMBER;
  if (p < 0.001) return '<0.001';
  return Math.min(p, 1).toFixed(3);
}

/** Within-run spread (coefficient of variation) as "±2%", or "±0.4%" below 1%. */
export function formatSpread(cv: number): string {
  if (!Number.isFinite(cv)) return NOT_A_NUMBER;
  const percent = Math.abs(cv * 100);
  return `±${percent >= 0.95 ? percent.toFixed(0) : percent.toFixed(1)}%`;
}

/** A level such as alpha or confidence as a percentage without trailing zeros: 0.95 -> "95%", 0.995 -> "99.5%". */
export function formatLevel(level: number): string {
  if (!Number.isFinite(level)) return NOT_A_NUMBER;
  return `${Number((level * 100).toFixed(2))}%`;
}

/** "1 regression", "2 regressions"; `plural` defaults to singular + "s". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
