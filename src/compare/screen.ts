// What every comparison checks before any statistics, stored or paired: a failed or one-sided
// benchmark, a changed direction or unit. Either a settled verdict, or the samples to test.
import type { BenchmarkResult } from '../results/model.ts';
import { median } from '../stats/descriptive.ts';
import type { BenchmarkComparison, SideSummary, Verdict } from './types.ts';
import { alignUnits } from './units.ts';

export type Screened =
  | { settled: BenchmarkComparison }
  | {
      /** Baseline samples in head's unit. */
      baseSamples: readonly number[];
      /** Said in the reason when the baseline's unit was converted. */
      note: string;
      sides: { baseline: SideSummary; head: SideSummary };
      inconclusive: (reason: string) => BenchmarkComparison;
    };

/** `baseName` says where the baseline was measured, for the reason: "baseline run", "base tree". */
export function screen(h: BenchmarkResult, b: BenchmarkResult | undefined, baseName: string): Screened {
  const base = b && b.error === undefined && b.samples.length > 0 ? b : undefined;
  const settled = (verdict: Verdict, reason: string): Screened => ({
    settled: {
      ...identity(h),
      verdict,
      reason,
      ...(base && verdict !== 'inconclusive' ? { baseline: summarize(base.samples) } : {}),
      ...(h.samples.length > 0 ? { head: summarize(h.samples) } : {}),
    },
  });
  if (h.error !== undefined) return settled('error', `Failed in head: ${firstLine(h.error)}`);
  if (!b) return settled('new', 'In head, but not in the baseline.');
  if (!base) return settled('inconclusive', `No baseline to compare with: it failed in the ${baseName} (${firstLine(b.error ?? 'no samples')}).`);
  if (b.direction !== h.direction) {
    return settled(
      'inconclusive',
      `The direction changed from '${b.direction} is better' in the baseline to '${h.direction} is better' in head, so the numbers are not compared.`,
    );
  }
  const units = alignUnits(b.unit, h.unit);
  if (!units.ok) return settled('inconclusive', units.reason);
  const baseSamples = units.factor === 1 ? b.samples : b.samples.map((v) => v * units.factor);
  const sides = { baseline: summarize(baseSamples), head: summarize(h.samples) };
  return {
    baseSamples,
    note: units.factor === 1 ? '' : ` Baseline converted from ${b.unit} to ${h.unit}.`,
    sides,
    inconclusive: (reason) => ({ ...identity(h), verdict: 'inconclusive', reason, ...sides }),
  };
}

export function identity(b: BenchmarkResult): Pick<BenchmarkComparison, 'name' | 'unit' | 'direction' | 'group'> {
  return { name: b.name, unit: b.unit, direction: b.direction, ...(b.group === undefined ? {} : { group: b.group }) };
}

export function summarize(samples: readonly number[]): SideSummary {
  const n = samples.length;
  const mean = samples.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(samples.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  return { n, median: median(samples), cv: sd === 0 ? 0 : sd / Math.abs(mean) };
}

/** Errors can carry whole stack traces; a reason is one sentence. */
export function firstLine(text: string): string {
  const line = text.split('\n', 1)[0]!.trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
