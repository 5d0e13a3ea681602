import type { Summary } from './model.ts';

/**
 * Describe samples with the few numbers people read first. Sample standard deviation
 * (n-1) because the samples are a sample of the benchmark, not all of it; with one
 * sample there is no spread to speak of, so stddev and cv are 0 rather than NaN (NaN
 * would not survive JSON). Empty samples have no summary: throws.
 */
export function summarize(samples: readonly number[]): Summary {
  const n = samples.length;
  if (n === 0) throw new RangeError('summarize: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  let sum = 0;
  for (const x of sorted) sum += x;
  const mean = sum / n;
  let squares = 0;
  for (const x of sorted) squares += (x - mean) ** 2;
  const stddev = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return {
    n,
    median,
    mean,
    min: sorted[0]!,
    max: sorted[n - 1]!,
    stddev,
    cv: mean !== 0 ? stddev / Math.abs(mean) : 0,
  };
}
