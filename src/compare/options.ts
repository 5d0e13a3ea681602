// The comparison's settings: defaults in one place, and a check that names the bad option.
import { describe, UsageError } from '../errors.ts';
import type { CompareOptions } from './types.ts';

/**
 * `threshold` and `defaultRunNoise` are first guesses, to be tuned from measurements of real
 * runners; keep every default here so that tuning touches one constant.
 */
export const DEFAULT_COMPARE_OPTIONS: Readonly<CompareOptions> = Object.freeze({
  alpha: 0.05,
  threshold: 0.05,
  correction: 'holm',
  confidence: 0.95,
  minSamples: 5,
  pairing: 'separate-runs',
  defaultRunNoise: 0.03,
});

/** Defaults filled in, every value checked; throws UsageError naming the option. */
export function resolveCompareOptions(options: Partial<CompareOptions> = {}): CompareOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<CompareOptions>;
  const o: CompareOptions = { ...DEFAULT_COMPARE_OPTIONS, ...defined };
  between('alpha', o.alpha, 'a probability between 0 and 1, e.g. 0.05');
  between('confidence', o.confidence, 'a level between 0 and 1, e.g. 0.95');
  if (typeof o.threshold !== 'number' || !(o.threshold >= 0) || !Number.isFinite(o.threshold)) {
    fail('threshold', 'a relative change of 0 or more, e.g. 0.05 for 5%', o.threshold);
  }
  if (typeof o.defaultRunNoise !== 'number' || !(o.defaultRunNoise >= 0) || !Number.isFinite(o.defaultRunNoise)) {
    fail('defaultRunNoise', 'a relative standard deviation of 0 or more, e.g. 0.03 for 3%', o.defaultRunNoise);
  }
  if (!Number.isInteger(o.minSamples) || o.minSamples < 1) fail('minSamples', 'a whole number of 1 or more', o.minSamples);
  if (!['holm', 'bh', 'none'].includes(o.correction)) fail('correction', "one of 'holm', 'bh' or 'none'", o.correction);
  if (!['same-run', 'separate-runs'].includes(o.pairing)) fail('pairing', "'same-run' or 'separate-runs'", o.pairing);
  return o;
}

function between(name: keyof CompareOptions, value: unknown, expected: string): void {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) fail(name, expected, value);
}

function fail(name: keyof CompareOptions, expected: string, found: unknown): never {
  throw new UsageError(`compare option '${name}' must be ${expected}; found ${describe(found)}`);
}
