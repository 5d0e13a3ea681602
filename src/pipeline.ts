// The steps every front door shares: measure, load the baseline, compare, report.
// The CLI and the Action call these and only map the outcome to their own world.
import { compareByShard } from './compare/shards.ts';
import type { Comparison } from './compare/types.ts';
import type { Config, ReportFormat } from './config/options.ts';
import { optionName } from './config/naming.ts';
import { InputError, NothingMatchedError, UsageError } from './errors.ts';
import { newRunId } from './results/run-meta.ts';
import type { ProgressEvent } from './measure/micro/runner.ts';
import type { FileSelection } from './measure/micro/protocol.ts';
import type { ShardSpec } from './measure/shard-run.ts';
import { renderJson } from './report/json.ts';
import { renderMarkdown } from './report/markdown.ts';
import { renderTerminal } from './report/terminal.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from './results/model.ts';
import { suiteFolder } from './store/run-files.ts';
import type { Store } from './store/store.ts';

export interface MeasureContext {
  cwd: string;
  commit?: string;
  branch?: string;
  /** Environment of the benchmark processes (the Action strips its secrets from it). */
  env?: NodeJS.ProcessEnv;
  onEvent?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
  /** Measure only this shard's part of the suite, split as planned from these stored runs (newest first). */
  shard?: { spec: ShardSpec; runs: readonly RunResult[] };
}

export async function measure(config: Config, ctx: MeasureContext): Promise<RunResult> {
  // Loaded on demand: only `run` needs the runners and tinybench, and cold start matters.
  const { discoverScenarioFiles, findFiles } = await import('./load/discover.ts');
  const { BENCHMARK_FILE } = await import('./measure/micro/discover.ts');
  const time = new Date();
  const started = performance.now();
  let scenarioFiles = discoverScenarioFiles(config.benchmarks, ctx.cwd);
  const microFiles = findFiles(config.benchmarks, ctx.cwd, BENCHMARK_FILE);
  const part = ctx.shard ? (await import('./measure/shard-run.ts')).planPart(ctx.shard.spec, ctx.shard.runs, ctx.cwd, microFiles, scenarioFiles) : undefined;
  if (part) scenarioFiles = part.scenarioFiles;
  // Without scenario files the micro runner speaks for the folder (and says when it is empty).
  const runMicro = part ? part.micro.size > 0 || (microFiles.length === 0 && scenarioFiles.length === 0) : scenarioFiles.length === 0 || microFiles.length > 0;
  const micro = runMicro ? await measureMicro(config, ctx, part?.micro) : undefined;
  const load = scenarioFiles.length > 0 ? await measureLoad(config, ctx, scenarioFiles) : undefined;
  if (config.filter && !part && !micro && !load?.benchmarks.length) {
    throw new UsageError(`the filter /${config.filter?.source}/${config.filter?.flags} matches no benchmark or scenario`);
  }
  const env = micro?.env ?? load?.env ?? (await import('./results/environment.ts')).collectEnvironment();
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: config.suite,
    run: {
      id: newRunId(time),
      ...(ctx.commit ? { commit: ctx.commit } : {}),
      ...(ctx.branch ? { branch: ctx.branch } : {}),
      time: time.toISOString(),
      tool: 'benchgate',
      // Said only when it is not the default, so runs timed before this field existed read the same.
      ...(config.measure === 'instructions' && micro ? { measure: 'instructions' as const } : {}),
      env,
      ...(part ? { shard: { ...part.shard, wallTime: Math.round(performance.now() - started) } } : {}),
    },
    benchmarks: [...(micro?.benchmarks ?? []), ...(load?.benchmarks ?? [])],
    ...(load && load.scenarios.length > 0 ? { scenarios: load.scenarios } : {}),
  };
}

/** The micro-benchmarks; null when the filter left none (the scenarios may still match it). */
async function measureMicro(config: Config, ctx: MeasureContext, selection?: ReadonlyMap<string, FileSelection>) {
  const { runMicroSuite } = await import('./measure/micro/runner.ts');
  try {
    return await runMicroSuite({
      ...(selection ? { selection } : {}),
      dir: config.benchmarks,
      cwd: ctx.cwd,
      samples: config.samples,
      processes: config.processes,
      roundTimeMs: config.roundTime,
      timeoutMs: config.timeout,
      warmupMs: config.warmup,
      measure: config.measure,
      ...(ctx.env ? { env: ctx.env } : {}),
      ...(config.filter ? { filter: config.filter } : {}),
      ...(ctx.onEvent ? { onEvent: ctx.onEvent } : {}),
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
  } catch (err) {
    if (err instanceof NothingMatchedError) return null;
    throw err;
  }
}

async function measureLoad(config: Config, ctx: MeasureContext, files: string[]) {
  const { runLoadSuite } = await import('./load/runner.ts');
  return runLoadSuite({
    files,
    cwd: ctx.cwd,
    timeoutMs: config.timeout,
    ...(ctx.env ? { env: ctx.env } : {}),
    ...(config.filter ? { filter: config.filter } : {}),
    ...(ctx.onEvent ? { onEvent: ctx.onEvent } : {}),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
}

export interface Baseline {
  /** The run compared against; undefined when the store has none yet. */
  baseline?: RunResult;
  /** Earlier runs of the same branch, newest first, to learn between-run noise from. */
  history: RunResult[];
  /** Where it came from, for the report. */
  source: string;
  /** Earlier runs that could not be read and were left out of the history (never deleted). */
  unreadable?: string[];
}

/** How many earlier runs inform the between-run noise: enough to learn it, few enough to stay current; more when the `window` asks for more. */
export const HISTORY_RUNS = 20;

/**
 * The newest stored run of `branch` that `accept` allows (for a PR: at or before the merge-base),
 * and the runs before it as history. A baseline that cannot be read is an error; an unreadable
 * older run only leaves the history one run shorter.
 */
export async function loadBaseline(
  store: Store,
  suite: string,
  branch: string,
  accept: (commit: string | undefined) => boolean = () => true,
  window = HISTORY_RUNS,
): Promise<Baseline> {
  const refs = await store.list(suite, branch);
  const start = refs.findIndex((ref) => accept(ref.commit));
  if (start < 0) return { history: [], source: `${store.location} (branch ${branch}: no stored run)` };
  const [chosen, ...older] = refs.slice(start, start + Math.max(window, HISTORY_RUNS + 1));
  const baseline = await store.load(chosen!);
  const history: RunResult[] = [];
  const unreadable: string[] = [];
  for (const outcome of await Promise.allSettled(older.map((ref) => store.load(ref)))) {
    if (outcome.status === 'fulfilled') history.push(outcome.value);
    else unreadable.push((outcome.reason as Error).message);
  }
  return { baseline, history, source: `${store.location} (branch ${branch})`, ...(unreadable.length ? { unreadable } : {}) };
}

export function compareRuns(head: RunResult, base: Baseline, config: Config, pairing: 'same-run' | 'separate-runs' = 'separate-runs'): Comparison {
  if (base.baseline && base.baseline.suite !== head.suite) {
    throw new UsageError(
      `the baseline is of suite '${base.baseline.suite}' but the results are of suite '${head.suite}'; set ${optionName('suite')} or compare files of the same suite`,
    );
  }
  return compareByShard(head, base.baseline, base.history, {
    alpha: config.alpha,
    threshold: config.threshold,
    correction: config.correction,
    confidence: config.confidence,
    minSamples: config.minSamples,
    defaultRunNoise: config.runNoise,
    defaultCommonNoise: config.commonNoise,
    window: config.window,
    pairing,
  });
}

export interface ReportContext {
  title?: string;
  runUrl?: string;
  notes?: string[];
  color?: boolean;
}

export function renderReport(comparison: Comparison, format: ReportFormat, ctx: ReportContext = {}): string {
  switch (format) {
    case 'json':
      return renderJson(comparison);
    case 'markdown':
      return renderMarkdown(comparison, {
        ...(ctx.title ? { title: ctx.title } : {}),
        ...(comparison.head.commit ? { headCommit: comparison.head.commit } : {}),
        ...(comparison.baseline?.commit ? { baseCommit: comparison.baseline.commit } : {}),
        ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
        ...(ctx.notes ? { notes: ctx.notes } : {}),
      });
    case 'terminal':
      return renderTerminal(comparison, { color: ctx.color ?? false });
  }
}

/** A change in the baseline's history this many runs old or newer gets a line in the PR comment. */
export const RECENT_CHANGE_RUNS = 50;
/** Runs of history read for those lines: the last change points need only the last windows. */
const RECENT_HISTORY_RUNS = 500;

/**
 * Lines for the report's notes (plain text; the markdown escapes them) on benchmarks of
 * `comparison` whose history on `branch` changed in its last RECENT_CHANGE_RUNS runs, e.g.
 * "parse changed at commit 3f2a9c1, 12 runs ago: 100 ns/op → 117 ns/op (+17.0%, a regression)".
 * None when the store keeps no history; a history that cannot be read is a line, not a failure.
 */
export async function recentHistoryNotes(store: Store | undefined, suite: string, branch: string, comparison: Comparison): Promise<string[]> {
  // The local store and a data branch keep a history folder (neither imported here: `compare` of two files loads neither); the cache store has none.
  const withFolder = store as { dataFolder?: () => Promise<string> } | undefined;
  const folder = typeof withFolder?.dataFolder === 'function' ? await withFolder.dataFolder() : undefined;
  if (folder === undefined) return [];
  const [{ readSuiteHistory }, { extractSeries }, { recentChanges, summarizeSeries }, { historyNotes }] = await Promise.all([
    import('./store/history-index.ts'),
    import('./history/series.ts'),
    import('./history/summary.ts'),
    import('./report/history.ts'),
  ]);
  let history;
  try {
    history = await readSuiteHistory(folder, suiteFolder(suite), { branch });
  } catch (err) {
    if (err instanceof InputError) return [`The history of ${suite} could not be read for change points: ${err.message}`];
    throw err;
  }
  if (history === undefined) return [];
  const series = extractSeries(history, { branch });
  const names = new Set(comparison.benchmarks.map((b) => b.name));
  const summaries = series.benchmarks
    .filter((b) => names.has(b.name))
    .map((b) => {
      const from = Math.max(0, b.values.length - RECENT_HISTORY_RUNS);
      return summarizeSeries(series, { ...b, runs: b.runs.slice(from), values: b.values.slice(from), n: b.n.slice(from), cv: b.cv.slice(from) });
    });
  return historyNotes(recentChanges(summaries, RECENT_CHANGE_RUNS).values());
}

export interface DashboardOptions {
  /** The store's folder (a local store, or the data branch's folder in a checkout). */
  storeFolder: string;
  /** Where the site goes; the store's folder itself when the site lives beside the data. */
  out: string;
  /** Only this suite. */
  suite?: string;
  /** Where a commit opens; only an http(s) URL is used. */
  repository?: string;
  /** Runs that could not be read and were left out. */
  skipped?: (message: string) => void;
  now?: Date;
}

export interface DashboardOutcome {
  suites: number;
  benchmarks: number;
  runs: number;
  /** Paths written (changed or new), relative to `out`. */
  written: string[];
  /** Every path of the site, written or already as it should be. */
  files: string[];
}

/** Reads every suite's history in the store and writes the dashboard, touching only what changed. */
export async function writeDashboard(options: DashboardOptions): Promise<DashboardOutcome> {
  const { readStoredHistories } = await import('./store/history-read.ts');
  const { writeChangedFiles } = await import('./store/write-changed.ts');
  const { renderSite } = await import('./report/dashboard/site.ts');
  const { dashboardAssets } = await import('./report/dashboard/assets.ts');
  const { detectChangePoints, CHANGE_POINT_METHOD } = await import('./report/dashboard/change-points.ts');
  const { resolve } = await import('node:path');
  const histories = await readStoredHistories(options.storeFolder, {
    ...(options.suite !== undefined ? { suite: options.suite } : {}),
    ...(options.skipped ? { skipped: options.skipped } : {}),
  });
  if (options.suite !== undefined && histories.length === 0) {
    throw new UsageError(`suite '${options.suite}' has no stored runs or history in ${options.storeFolder}`);
  }
  const site = renderSite({
    suites: histories,
    assets: await dashboardAssets(),
    ...(options.repository !== undefined ? { repository: options.repository } : {}),
    generated: (options.now ?? new Date()).toISOString(),
    detect: detectChangePoints,
    ...(CHANGE_POINT_METHOD !== undefined ? { changePointMethod: CHANGE_POINT_METHOD } : {}),
  });
  const beside = resolve(options.out) === resolve(options.storeFolder);
  // Beside the data, the stored history is the site's; elsewhere the site carries a copy (or, for a
  // store that keeps only raw runs, the history built from them).
  const files = [...site, ...histories.flatMap((h) => (beside && h.source === 'history' ? [] : h.files))];
  const written = await writeChangedFiles(options.out, files);
  return {
    suites: histories.length,
    benchmarks: histories.reduce((sum, h) => sum + h.index.benchmarks.length, 0),
    runs: histories.reduce((sum, h) => sum + h.index.shards.reduce((s, shard) => s + shard.runs, 0), 0),
    written,
    files: files.map((f) => f.path),
  };
}
