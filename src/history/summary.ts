// What a person wants to know of each benchmark's history: where it stands now, where it is
// heading, and where it changed. The same results feed `benchgate history`, the dashboard and
// the PR comment ("this benchmark changed at commit X, 12 runs ago").
import type { Direction } from '../results/model.ts';
import { median } from '../stats/descriptive.ts';
import { mannKendall } from '../stats/mann-kendall.ts';
import { detectChangePoints, type ChangePointOptions } from './change-points.ts';
import type { BenchmarkSeries, HistoryRunInfo, SuiteSeries } from './series.ts';

/**
 * The trend is taken over the runs since the last change point, at most this many: a hundred
 * runs is weeks to months of a busy default branch, recent enough to say "now".
 */
export const TREND_RUNS = 100;
/** Fewer runs than this since the last change point: no trend is given (too few to tell drift from noise). */
export const TREND_MIN_RUNS = 10;
/** A trend counts when its Mann–Kendall p-value is at most this; the same strictness as a gate's alpha. */
export const TREND_P_VALUE = 0.01;

export type HistoryVerdict = 'regression' | 'improvement';

export interface HistoryChangePoint {
  /** Index in the series' values of the first value after the step. */
  index: number;
  /** The run of that value: its commit is where the step shows first. */
  run: HistoryRunInfo;
  /** Median of the segment before and after, in the benchmark's unit. */
  before: number;
  after: number;
  /** after / before − 1. */
  change: number;
  pValue: number;
  /** Values of the benchmark since the step, the first after it included. */
  runsAgo: number;
  verdict: HistoryVerdict;
}

export interface HistoryTrend {
  /** Values it was taken over (the latest, since the last change point). */
  runs: number;
  /** Relative change per run (Sen's slope, on log values when every value is above 0). */
  perRun: number;
  /** Relative change over those runs at that slope. */
  change: number;
  /** Mann–Kendall, two-sided. */
  pValue: number;
  /** 'flat' when pValue > TREND_P_VALUE. */
  verdict: HistoryVerdict | 'flat';
}

export interface SeriesSummary {
  name: string;
  unit: string;
  direction: Direction;
  /** Values in the series. */
  runs: number;
  failures: number;
  latest?: { value: number; run: HistoryRunInfo };
  trend?: HistoryTrend;
  changePoints: HistoryChangePoint[];
}

/** Summaries of every benchmark of a suite's series, in its order. Pure. */
export function summarizeSuite(suite: SuiteSeries, options: ChangePointOptions = {}): SeriesSummary[] {
  return suite.benchmarks.map((series) => summarizeSeries(suite, series, options));
}

/** Latest value, trend and change points of one benchmark. Pure. */
export function summarizeSeries(suite: SuiteSeries, series: BenchmarkSeries, options: ChangePointOptions = {}): SeriesSummary {
  const { values } = series;
  const found = detectChangePoints(values, options);
  const changePoints = found.map((c): HistoryChangePoint => ({
    index: c.index,
    run: suite.runs[series.runs[c.index]!]!,
    before: c.before,
    after: c.after,
    change: c.change,
    pValue: c.pValue,
    runsAgo: values.length - c.index,
    verdict: verdictOf(c.change, series.direction),
  }));
  const lastStep = found[found.length - 1]?.index ?? 0;
  const recent = values.slice(Math.max(lastStep, values.length - TREND_RUNS));
  const last = values.length - 1;
  return {
    name: series.name,
    unit: series.unit,
    direction: series.direction,
    runs: values.length,
    failures: series.failures,
    ...(last >= 0 ? { latest: { value: values[last]!, run: suite.runs[series.runs[last]!]! } } : {}),
    ...(recent.length >= TREND_MIN_RUNS ? { trend: trendOf(recent, series.direction) } : {}),
    changePoints,
  };
}

/**
 * For the PR comment: each benchmark's last change point if it is at most `withinRuns` runs
 * old, by benchmark name. Pure.
 */
export function recentChanges(summaries: readonly SeriesSummary[], withinRuns: number): Map<string, HistoryChangePoint & { name: string; unit: string }> {
  const recent = new Map<string, HistoryChangePoint & { name: string; unit: string }>();
  for (const summary of summaries) {
    const last = summary.changePoints[summary.changePoints.length - 1];
    if (last !== undefined && last.runsAgo <= withinRuns) recent.set(summary.name, { ...last, name: summary.name, unit: summary.unit });
  }
  return recent;
}

function trendOf(values: readonly number[], direction: Direction): HistoryTrend {
  const positive = values.every((v) => v > 0);
  const { slope, pValue } = mannKendall(positive ? values.map(Math.log) : values);
  const level = Math.abs(median(values));
  const perRun = positive ? Math.expm1(slope) : level === 0 ? Number.NaN : slope / level;
  const change = positive ? Math.expm1(slope * (values.length - 1)) : perRun * (values.length - 1);
  return { runs: values.length, perRun, change, pValue, verdict: pValue > TREND_P_VALUE ? 'flat' : verdictOf(change, direction) };
}

function verdictOf(change: number, direction: Direction): HistoryVerdict {
  return change > 0 === (direction === 'smaller') ? 'regression' : 'improvement';
}
