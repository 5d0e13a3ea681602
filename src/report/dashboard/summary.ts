// A suite's summary for the dashboard: per branch and benchmark, the latest value, a short
// trend, the change points of the whole series and the verdicts the Action recorded. Pure:
// history in, summary out. The page draws the index from this alone, before any shard loads.
import { median } from '../../stats/descriptive.ts';
import type { HistoryColumn, HistoryIndex, HistoryShard } from '../../store/history-index.ts';
import type { VerdictLog } from '../../store/verdict-log.ts';
import type { DetectChangePoints } from './change-points.ts';
import {
  CHANGES_FORMAT,
  DASHBOARD_VERSION,
  MARKED_VERDICTS,
  SUMMARY_FORMAT,
  TREND_POINTS,
  TREND_WINDOW,
  columnKey,
  type BenchmarkChanges,
  type BenchmarkSummary,
  type BranchSummary,
  type ChangePointSummary,
  type RunRef,
  type SuiteChanges,
  type SuiteSummary,
  type VerdictMark,
} from './model.ts';

export interface SuiteHistory {
  suite: string;
  /** The suite's folder in the store, where its history/ is. */
  folder: string;
  index: HistoryIndex;
  /** Every shard the index lists, in any order. */
  shards: HistoryShard[];
  /** The verdict files of the suite, in any order; none when the Action never recorded any. */
  verdicts?: VerdictLog[];
}

export interface SummaryOptions {
  detect: DetectChangePoints;
  /** Said on the page next to the change points; absent: the page says none were looked for. */
  changePointMethod?: string;
}

interface Point {
  run: RunRef;
  value: number;
  n: number;
  cv: number;
}

export function summarizeSuite(history: SuiteHistory, options: SummaryOptions): { summary: SuiteSummary; changes: SuiteChanges } {
  const shards = [...history.shards].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const columns = new Map<string, HistoryColumn & { group?: string }>();
  for (const c of history.index.benchmarks) columns.set(columnKey(c), c);

  // branch -> column key -> points, oldest first
  const series = new Map<string, Map<string, Point[]>>();
  const runsOf = new Map<string, RunRef[]>();
  for (const shard of shards) {
    const keys = shard.benchmarks.map((c) => {
      const key = columnKey(c);
      if (!columns.has(key)) columns.set(key, c);
      return key;
    });
    for (const run of shard.runs) {
      const ref: RunRef = { id: run.id, ...(run.commit !== undefined ? { commit: run.commit } : {}), time: run.time };
      let branch = series.get(run.branch);
      if (branch === undefined) {
        branch = new Map();
        series.set(run.branch, branch);
        runsOf.set(run.branch, []);
      }
      runsOf.get(run.branch)!.push(ref);
      for (let i = 0; i < run.stats.length; i++) {
        const stat = run.stats[i];
        if (stat === null || stat === undefined) continue;
        const key = keys[i]!;
        let points = branch.get(key);
        if (points === undefined) {
          points = [];
          branch.set(key, points);
        }
        points.push({ run: ref, value: stat[0], n: stat[1], cv: stat[2] });
      }
    }
  }

  const recorded = recordedVerdicts(history.verdicts ?? []);
  const both: Array<{ branch: BranchSummary; changes: BenchmarkChanges[] }> = [];
  for (const [name, byColumn] of series) {
    const runs = runsOf.get(name)!;
    const newest = runs[runs.length - 1];
    const summarized: Array<{ summary: BenchmarkSummary; changes: BenchmarkChanges }> = [];
    for (const [key, points] of byColumn) {
      const column = columns.get(key)!;
      summarized.push(summarizeBenchmark(column, points, recorded, newest, options.detect));
    }
    summarized.sort((a, b) => compareText(a.summary.name, b.summary.name) || compareText(a.summary.unit, b.summary.unit));
    both.push({ branch: { name, runs: runs.length, benchmarks: summarized.map((s) => s.summary) }, changes: summarized.map((s) => s.changes) });
  }
  both.sort((a, b) => b.branch.runs - a.branch.runs || compareText(a.branch.name, b.branch.name));
  const branches = both.map((b) => b.branch);

  const changes: SuiteChanges = {
    format: CHANGES_FORMAT,
    version: DASHBOARD_VERSION,
    suite: history.suite,
    branches: both.map((b) => ({ name: b.branch.name, benchmarks: b.changes })),
  };
  const summary: SuiteSummary = {
    format: SUMMARY_FORMAT,
    version: DASHBOARD_VERSION,
    suite: history.suite,
    folder: history.folder,
    shards: history.index.shards.map((s) => ({ month: s.month, file: s.file, runs: s.runs, branches: s.branches })),
    ...(options.changePointMethod !== undefined ? { changePointMethod: options.changePointMethod } : {}),
    defaultBranch: branches[0]?.name ?? '',
    branches,
  };
  return { summary, changes };
}

type Recorded = Map<string, Map<string, { verdict: VerdictMark['verdict']; change?: number }>>;

function recordedVerdicts(files: VerdictLog[]): Recorded {
  const byRun: Recorded = new Map();
  for (const file of files) {
    for (const run of file.runs) {
      const verdicts = new Map<string, { verdict: VerdictMark['verdict']; change?: number }>();
      for (const v of run.verdicts) verdicts.set(columnKey(v), { verdict: v.verdict, ...(v.change !== undefined ? { change: v.change } : {}) });
      byRun.set(run.id, verdicts);
    }
  }
  return byRun;
}

function summarizeBenchmark(
  column: HistoryColumn & { group?: string },
  points: Point[],
  recorded: Recorded,
  newestRun: RunRef | undefined,
  detect: DetectChangePoints,
): { summary: BenchmarkSummary; changes: BenchmarkChanges } {
  const key = columnKey(column);
  const values = points.map((p) => p.value);
  const last = points[points.length - 1];
  const summary: BenchmarkSummary = {
    name: column.name,
    unit: column.unit,
    direction: column.direction,
    ...(column.group !== undefined ? { group: column.group } : {}),
    runs: points.length,
    trend: values.slice(-TREND_POINTS),
    steps: 0,
  };
  const changes: BenchmarkChanges = { changePoints: [], marks: [] };
  if (last !== undefined) {
    summary.latest = { ...last.run, value: last.value, n: last.n, cv: last.cv };
    const window = values.slice(-TREND_WINDOW - 1, -1);
    if (window.length > 0) {
      const reference = median(window);
      if (reference > 0) summary.change = round(last.value / reference - 1, 4);
    }
  }
  changes.changePoints = detect(values)
    .filter((cp) => cp.index > 0 && cp.index < points.length && Number.isFinite(cp.change))
    .map((cp): ChangePointSummary => ({
      index: cp.index,
      from: points[cp.index - 1]!.run,
      to: points[cp.index]!.run,
      before: round(cp.before, 6),
      after: round(cp.after, 6),
      change: round(cp.change, 4),
      pValue: round(cp.pValue, 3),
      worse: column.direction === 'smaller' ? cp.after > cp.before : cp.after < cp.before,
    }));
  for (const point of points) {
    const verdict = recorded.get(point.run.id)?.get(key);
    if (verdict !== undefined && MARKED_VERDICTS.includes(verdict.verdict)) changes.marks.push({ run: point.run, ...verdict });
  }
  // The newest run of the branch, not of this benchmark: a benchmark missing from it has no last verdict.
  if (newestRun !== undefined && last !== undefined && last.run.id === newestRun.id && recorded.has(newestRun.id)) {
    summary.lastVerdict = recorded.get(newestRun.id)!.get(key)?.verdict ?? 'unchanged';
  }
  summary.steps = changes.changePoints.length;
  return { summary, changes };
}

function round(value: number, digits: number): number {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(digits));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
