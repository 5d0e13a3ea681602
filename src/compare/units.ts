// When baseline and head report a benchmark in different units. Times convert when both units are
// known and say the same thing per what ("ns/op" and "ms/op", or "ns" and "ms"); anything else
// ("ns/op" against "ms", "ops/s" against "ms") is not compared, because a wrong factor would turn
// into a confident, wrong verdict.

const SECONDS = new Map<string, number>([
  ['ns', 1e-9],
  ['us', 1e-6],
  ['µs', 1e-6],
  ['μs', 1e-6],
  ['ms', 1e-3],
  ['s', 1],
]);

export type UnitAlignment =
  /** Multiply baseline samples by `factor` to express them in the head's unit. */
  { ok: true; factor: number } | { ok: false; reason: string };

export function alignUnits(baselineUnit: string, headUnit: string): UnitAlignment {
  if (baselineUnit === headUnit) return { ok: true, factor: 1 };
  const base = parseTime(baselineUnit);
  const head = parseTime(headUnit);
  if (base && head && base.per === head.per) return { ok: true, factor: base.seconds / head.seconds };
  return {
    ok: false,
    reason: `The unit changed from '${baselineUnit}' in the baseline to '${headUnit}' in head, so the numbers are not comparable.`,
  };
}

function parseTime(unit: string): { seconds: number; per: string } | undefined {
  const slash = unit.indexOf('/');
  const time = (slash < 0 ? unit : unit.slice(0, slash)).trim();
  const seconds = SECONDS.get(time);
  return seconds === undefined ? undefined : { seconds, per: slash < 0 ? '' : unit.slice(slash).trim() };
}

/** A time per something ("ns/op", "ms"): what `measure: instructions` can count instead. */
export function isTimeUnit(unit: string): boolean {
  return parseTime(unit) !== undefined;
}
