// A suite's history as series: for each benchmark (name, unit and direction together), its
// value in each run that measured it, oldest first. Read from the history shards
// (store/history-index.ts) and kept in columns, so 10,000 runs × 100 benchmarks stay small.
import type { Direction } from '../results/model.ts';
import type { SuiteHistory } from '../store/history-index.ts';

/** One run of the history. Untrusted text (id, commit, branch): escape before rendering. */
export interface HistoryRunInfo {
  id: string;
  commit?: string;
  branch: string;
  /** ISO time the run started. */
  time: string;
}

export interface BenchmarkSeries {
  /** Untrusted text: escape before rendering. */
  name: string;
  unit: string;
  direction: Direction;
  /** For each value, the run it came from: an index into `SuiteSeries.runs`. Ascending. */
  runs: number[];
  /** Median of the run's samples. */
  values: number[];
  /** Samples behind each value. */
  n: number[];
  /** Coefficient of variation of each run's samples. */
  cv: number[];
  /** Runs in which the benchmark failed (no value). */
  failures: number;
}

export interface SuiteSeries {
  suite: string;
  /** The branch the runs were taken from; absent for every branch. */
  branch?: string;
  /** Runs oldest first (by time, then id). */
  runs: HistoryRunInfo[];
  /** Sorted by name, then unit. */
  benchmarks: BenchmarkSeries[];
}

/** The series of every benchmark of a suite's history, of one branch or all. Pure. */
export function extractSeries(history: SuiteHistory, options: { branch?: string } = {}): SuiteSeries {
  const runs: HistoryRunInfo[] = [];
  const byKey = new Map<string, BenchmarkSeries>();
  const shards = [...history.shards].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  for (const shard of shards) {
    const columns = shard.benchmarks.map((column) => {
      const key = `${column.name}\u0000${column.unit}\u0000${column.direction}`;
      let series = byKey.get(key);
      if (series === undefined) {
        series = { name: column.name, unit: column.unit, direction: column.direction, runs: [], values: [], n: [], cv: [], failures: 0 };
        byKey.set(key, series);
      }
      return series;
    });
    for (const run of shard.runs) {
      if (options.branch !== undefined && run.branch !== options.branch) continue;
      const index = runs.length;
      runs.push({ id: run.id, ...(run.commit !== undefined ? { commit: run.commit } : {}), branch: run.branch, time: run.time });
      const { stats } = run;
      for (let column = 0; column < stats.length; column++) {
        const stat = stats[column];
        if (stat === null || stat === undefined) continue;
        const series = columns[column]!;
        series.runs.push(index);
        series.values.push(stat[0]);
        series.n.push(stat[1]);
        series.cv.push(stat[2]);
      }
      for (const column of run.failed ?? []) columns[column]!.failures += 1;
    }
  }
  const benchmarks = [...byKey.values()]
    .filter((s) => s.values.length > 0 || s.failures > 0)
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.unit, b.unit) || compareText(a.direction, b.direction));
  return { suite: history.index.suite, ...(options.branch !== undefined ? { branch: options.branch } : {}), runs, benchmarks };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
