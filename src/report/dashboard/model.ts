/**
 * The trend dashboard's own files, written next to a store's history (or into an output
 * folder with a copy of it). The page reads them, then each suite's monthly history shards
 * (store/history-index.ts) lazily, newest month first.
 *
 *     index.html                                   the page
 *     benchgate-dashboard/app.js, uPlot.js, …      the program (no CDN, no network at view time)
 *     benchgate-dashboard/suites.json              which suites there are (DashboardManifest)
 *     benchgate-dashboard/suites/<suite>.json      one suite's summary (SuiteSummary): the index
 *     benchgate-dashboard/changes/<suite>.json     its change points and verdict marks (SuiteChanges),
 *                                                  read after the first chart is drawn
 *     <suite>/history/index.json, <YYYY-MM>.json   the store's history, read as it is
 *
 * The summaries are made from the history and the verdicts the Action recorded for the runs
 * it saved (store/verdict-log.ts).
 *
 * `<suite>` is the suite's folder in the store (run-files.ts `suiteFolder`). Everything in
 * these files that came from a user or a tool (suite, benchmark, branch names, commits) is
 * untrusted text: the page only ever puts it into the DOM as text.
 */
import type { Direction } from '../../results/model.ts';

export const SITE_FOLDER = 'benchgate-dashboard';
export const MANIFEST_FILE = `${SITE_FOLDER}/suites.json`;
export const MANIFEST_FORMAT = 'benchgate/dashboard';
export const SUMMARY_FORMAT = 'benchgate/dashboard-suite';
export const CHANGES_FORMAT = 'benchgate/dashboard-changes';
export const DASHBOARD_VERSION = 1;

/** How many of the latest values a benchmark's sparkline in the index shows. */
export const TREND_POINTS = 40;
/** The index's change: the latest value against the median of this many runs before it. */
export const TREND_WINDOW = 10;

/** Verdicts worth a mark on a chart. */
export const MARKED_VERDICTS: readonly string[] = ['regression', 'improvement', 'error'];

export interface DashboardManifest {
  format: typeof MANIFEST_FORMAT;
  version: typeof DASHBOARD_VERSION;
  generated: string;
  /** Where a commit opens: `${repository}/commit/<sha>`; only an http(s) URL, else absent. */
  repository?: string;
  /** The summary is at benchgate-dashboard/suites/<folder>.json, the changes at …/changes/<folder>.json; a stamp changes when its file does. */
  suites: Array<{ name: string; folder: string; runs: number; benchmarks: number; stamp: string; changesStamp: string }>;
}

export interface ColumnRef {
  name: string;
  unit: string;
  direction: Direction;
  /** The file or group the benchmark came from, when the history knows it. */
  group?: string;
}

/** One point of a series, as the index and the change-point list name it. */
export interface RunRef {
  id: string;
  commit?: string;
  time: string;
}

export interface ChangePointSummary {
  /** Position in the benchmark's series (runs of the branch with a value): the first value after the step. */
  index: number;
  /** The last run before the step and the first after it: the commit range the step happened in. */
  from: RunRef;
  to: RunRef;
  /** Level before and after (medians of the segments), in the benchmark's unit. */
  before: number;
  after: number;
  /** after / before − 1. */
  change: number;
  pValue: number;
  /** Whether the step is for the worse, given the benchmark's direction. */
  worse: boolean;
}

export interface VerdictMark {
  run: RunRef;
  verdict: string;
  /** Relative change the comparison found, when it had one. */
  change?: number;
}

export interface BenchmarkSummary extends ColumnRef {
  runs: number;
  latest?: RunRef & { value: number; n: number; cv: number };
  /** The latest values, oldest first, for the sparkline. */
  trend: number[];
  /** Latest value against the median of the TREND_WINDOW values before it, minus 1. */
  change?: number;
  /** How many change points the changes file lists for it. */
  steps: number;
  /** The verdict the Action gave the branch's newest run, when it recorded the run's verdicts. */
  lastVerdict?: string;
}

export interface BenchmarkChanges {
  changePoints: ChangePointSummary[];
  marks: VerdictMark[];
}

/** Change points and marks of every benchmark, in the order of the summary's branches and benchmarks. */
export interface SuiteChanges {
  format: typeof CHANGES_FORMAT;
  version: typeof DASHBOARD_VERSION;
  suite: string;
  branches: Array<{ name: string; benchmarks: BenchmarkChanges[] }>;
}

export interface BranchSummary {
  name: string;
  runs: number;
  benchmarks: BenchmarkSummary[];
}

export interface SuiteSummary {
  format: typeof SUMMARY_FORMAT;
  version: typeof DASHBOARD_VERSION;
  suite: string;
  folder: string;
  /** The history shards, oldest first, as the history index lists them (with a stamp for caching). */
  shards: Array<{ month: string; file: string; runs: number; branches: string[] }>;
  /** How change points were found, for the page to say; absent when this build finds none. */
  changePointMethod?: string;
  /** Branch shown first: the one with the most runs. */
  defaultBranch: string;
  branches: BranchSummary[];
}

export function columnKey(c: { name: string; unit: string; direction: string }): string {
  return `${c.name}\u0000${c.unit}\u0000${c.direction}`;
}
