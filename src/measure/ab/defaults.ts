// benchgate ab's own defaults, apart from the runner so that the CLI's help can name them
// without loading it.
import type { RoundStatistic } from '../micro/protocol.ts';

export const AB_DEFAULTS = Object.freeze({
  processes: 4,
  roundTimeMs: 20,
  budgetMs: 4 * 60_000,
  benchmarkBudgetMs: 60_000,
  minPairs: 10,
  maxPairs: 400,
  statistic: 'median' as RoundStatistic,
  gc: true,
  semiSpaceMb: 16,
});
