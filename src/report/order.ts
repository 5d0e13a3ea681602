// The order and the words in which every report lists verdicts: what needs a person's eyes first.
import type { BenchmarkComparison, Verdict } from '../compare/types.ts';

/** Regressions first, then improvements, failures, the undecided, new, missing; small changes, then unchanged last. */
export const REPORT_ORDER: readonly Verdict[] = ['regression', 'improvement', 'error', 'inconclusive', 'new', 'missing', 'small-change', 'unchanged'];

/** The verdict column's word; `~` is benchstat's "no significant change". */
export const VERDICT_LABEL: Record<Verdict, string> = {
  regression: 'regression',
  improvement: 'improvement',
  unchanged: '~',
  'small-change': 'small change',
  inconclusive: 'inconclusive',
  new: 'new',
  missing: 'missing',
  error: 'error',
};

/**
 * Benchmarks in report order: by verdict as in REPORT_ORDER; within regressions and
 * improvements the largest change first; otherwise as the suite listed them.
 */
export function orderForReport(benchmarks: readonly BenchmarkComparison[]): BenchmarkComparison[] {
  const rank = (b: BenchmarkComparison): number => {
    const index = REPORT_ORDER.indexOf(b.verdict);
    return index === -1 ? REPORT_ORDER.length : index;
  };
  const size = (b: BenchmarkComparison): number => (b.change !== undefined && Number.isFinite(b.change) ? Math.abs(b.change) : -1);
  const bySize = (b: BenchmarkComparison): boolean => b.verdict === 'regression' || b.verdict === 'improvement';
  return benchmarks
    .map((benchmark, index) => ({ benchmark, index }))
    .sort((x, y) => {
      const byVerdict = rank(x.benchmark) - rank(y.benchmark);
      if (byVerdict !== 0) return byVerdict;
      if (bySize(x.benchmark)) {
        const byChange = size(y.benchmark) - size(x.benchmark);
        if (byChange !== 0) return byChange;
      }
      return x.index - y.index;
    })
    .map(({ benchmark }) => benchmark);
}
