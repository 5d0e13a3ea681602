// The steps every front door shares: measure, load the baseline, compare, report.
// The CLI and the Action call these and only map the outcome to their own world.
import { compare } from './compare/compare.ts';
import type { Comparison } from './compare/types.ts';
import type { Config, ReportFormat } from './config/options.ts';
import { UsageError } from './errors.ts';
import { newRunId } from './results/run-meta.ts';
import type { ProgressEvent } from './measure/micro/runner.ts';
import { renderJson } from './report/json.ts';
import { renderMarkdown } from './report/markdown.ts';
import { renderTerminal } from './report/terminal.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from './results/model.ts';
import type { Store } from './store/store.ts';

export interface MeasureContext {
  cwd: string;
  commit?: string;
  branch?: string;
  /** Environment of the benchmark processes (the Action strips its secrets from it). */
  env?: NodeJS.ProcessEnv;
  onEvent?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
}

export async function measure(config: Config, ctx: MeasureContext): Promise<RunResult> {
  // Loaded on demand: only `run` needs the runners and tinybench, and cold start matters.
  const { discoverScenarioFiles, findFiles } = await import('./load/discover.ts');
  const { BENCHMARK_FILE } = await import('./measure/micro/discover.ts');
  const time = new Date();
  const scenarioFiles = discoverScenarioFiles(config.benchmarks, ctx.cwd);
  // Without scenario files the micro runner speaks for the folder (and says when it is empty).
  const micro = scenarioFiles.length === 0 || findFiles(config.benchmarks, ctx.cwd, BENCHMARK_FILE).length > 0 ? await measureMicro(config, ctx) : undefined;
  const load = scenarioFiles.length > 0 ? await measureLoad(config, ctx, scenarioFiles) : undefined;
  if (config.filter && !micro && !load?.benchmarks.length) {
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
    },
    benchmarks: [...(micro?.benchmarks ?? []), ...(load?.benchmarks ?? [])],
    ...(load && load.scenarios.length > 0 ? { scenarios: load.scenarios } : {}),
  };
}

/** The micro-benchmarks; null when the filter left none (the scenarios may still match it). */
async function measureMicro(config: Config, ctx: MeasureContext) {
  const { runMicroSuite } = await import('./measure/micro/runner.ts');
  try {
    return await runMicroSuite({
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
    if (config.filter && err instanceof UsageError && /^the filter .* matches no benchmark/.test(err.message)) return null;
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

/** How many earlier runs inform the between-run noise: enough to learn it, few enough to stay current. */
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
): Promise<Baseline> {
  const refs = await store.list(suite, branch);
  const start = refs.findIndex((ref) => accept(ref.commit));
  if (start < 0) return { history: [], source: `${store.location} (branch ${branch}: no stored run)` };
  const [chosen, ...older] = refs.slice(start, start + 1 + HISTORY_RUNS);
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
      `the baseline is of suite '${base.baseline.suite}' but the results are of suite '${head.suite}'; pass --suite or compare files of the same suite`,
    );
  }
  return compare(head, base.baseline, base.history, {
    alpha: config.alpha,
    threshold: config.threshold,
    correction: config.correction,
    confidence: config.confidence,
    minSamples: config.minSamples,
    defaultRunNoise: config.runNoise,
    defaultCommonNoise: config.commonNoise,
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
