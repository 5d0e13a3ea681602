// `benchgate ab` and the Action's `compare: interleaved`: check the base revision out into a
// temporary worktree, run the setup command in each tree, measure both in alternating rounds
// (interleave.ts), and compare the round pairs (compare/paired-compare.ts). The worktrees are
// removed whatever happens.
import { join } from 'node:path';
import { samplingDecision } from './stopping.ts';
import { setOption } from '../../config/naming.ts';
import type { Config } from '../../config/options.ts';
import { UsageError } from '../../errors.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from '../../results/model.ts';
import { SETTLE_MIN_SHARE, settleLimitMs, type FileSelection, type RoundStatistic } from '../micro/protocol.ts';
import { newRunId } from '../../results/run-meta.ts';
import { childCommand } from './command.ts';
import { shareDependencies } from './dependencies.ts';
import { describeConditions, summarizeWarmups, type Conditions } from './conditions.ts';
import { measureInterleaved, type BenchmarkSampling, type InterleavedMeasurement, type InterleaveEvent, type Side } from './interleave.ts';
import { onInterrupt } from '../interrupt.ts';
import { runSetup } from './setup.ts';
import { createWorktrees, isDirty, repositoryOf, resolveCommit } from './worktree.ts';

/**
 * Defaults of an interleaved run, chosen so that a 20-benchmark suite fits in about 5 minutes (see
 * docs/ab.md). Rounds are shorter and processes more than `run`'s: many short pairs, close together
 * in time, see through a busy machine better than a few long ones, and process effects can only be
 * told from a change with several process pairs.
 */
export { AB_DEFAULTS } from './defaults.ts';
import { AB_DEFAULTS } from './defaults.ts';

/** How to measure, whatever the trees: the shared options and the sampling settings. */
export interface MeasureOptions {
  config: Pick<Config, 'suite' | 'benchmarks' | 'filter' | 'timeout' | 'warmup' | 'threshold' | 'alpha'>;
  /** Long-lived children per version and benchmark file (default AB_DEFAULTS.processes). */
  processes?: number;
  /** Length of one round of one benchmark, in ms (default AB_DEFAULTS.roundTimeMs). */
  roundTimeMs?: number;
  budgetMs?: number;
  benchmarkBudgetMs?: number;
  minPairs?: number;
  maxPairs?: number;
  /** GC before each round (children started with --expose-gc). */
  gc?: boolean;
  /** Pin the benchmark children to these CPUs with taskset, e.g. "1" or "2,3". */
  cpu?: string;
  /** Fix V8's young generation at this semi-space size in MB; 0: let V8 size it (default AB_DEFAULTS.semiSpaceMb). */
  semiSpaceMb?: number;
  statistic?: RoundStatistic;
  /** Measure every benchmark to maxPairs (or its budget), never stopping early when its pairs decide: fixed-size paired files. */
  fixedPairs?: boolean;
  /** The Node that runs the benchmarks (default "node" from PATH). */
  node?: string;
  /** Environment of the setup commands and benchmark processes (the Action strips its secrets). */
  env?: NodeJS.ProcessEnv;
  /** A shard's part of the suite: what to run of each file, by its path relative to the tree. */
  selection?: ReadonlyMap<string, FileSelection>;
  onEvent?: (event: InterleaveEvent) => void;
  signal?: AbortSignal;
}

export interface InterleavedOptions extends MeasureOptions {
  /** Folder inside the repository to run from; the benchmarks folder is relative to it in each tree. */
  cwd: string;
  /** The base revision: a branch, tag or commit. */
  base: string;
  /** The head revision; default: the working tree at cwd, as it is (uncommitted changes included). */
  head?: string;
  /** Shell command run in each tree before measuring, e.g. "npm ci && npm run build". */
  setup?: string;
  /** Setup output and headings. */
  write?: (text: string) => void;
}

/** One side could run none of its benchmarks: nothing can be compared, and that must not pass as "no regression". */
export class SideFailedError extends UsageError {
  override name = 'SideFailedError';
  readonly side: Side;
  constructor(side: Side, message: string) {
    super(message);
    this.side = side;
  }
}

export interface InterleavedRun {
  /** Samples of benchmarks on both sides are paired by position; `processes` says which process pair. */
  head: RunResult;
  base: RunResult;
  /** How each benchmark's sampling went, by name. */
  sampling: Record<string, BenchmarkSampling>;
  conditions: Conditions;
}

/** The sampling settings in force, defaults filled in. */
export interface SamplingSettings {
  processes: number;
  roundTimeMs: number;
  budgetMs: number;
  benchmarkBudgetMs: number;
  minPairs: number;
  maxPairs: number;
  gc: boolean;
  semiSpaceMb: number;
  statistic: RoundStatistic;
  cpu?: string;
}

export function samplingSettings(options: MeasureOptions): SamplingSettings {
  const settings: SamplingSettings = {
    processes: options.processes ?? AB_DEFAULTS.processes,
    roundTimeMs: options.roundTimeMs ?? AB_DEFAULTS.roundTimeMs,
    budgetMs: options.budgetMs ?? AB_DEFAULTS.budgetMs,
    benchmarkBudgetMs: options.benchmarkBudgetMs ?? AB_DEFAULTS.benchmarkBudgetMs,
    minPairs: options.minPairs ?? AB_DEFAULTS.minPairs,
    maxPairs: options.maxPairs ?? AB_DEFAULTS.maxPairs,
    gc: options.gc ?? AB_DEFAULTS.gc,
    semiSpaceMb: options.semiSpaceMb ?? AB_DEFAULTS.semiSpaceMb,
    statistic: options.statistic ?? AB_DEFAULTS.statistic,
    ...(options.cpu ? { cpu: options.cpu } : {}),
  };
  if (!Number.isInteger(settings.semiSpaceMb) || settings.semiSpaceMb < 0 || settings.semiSpaceMb > 1024) {
    throw new UsageError(`semi-space: expected a whole number of MB from 0 to 1024, found ${settings.semiSpaceMb}`);
  }
  if (!Number.isInteger(settings.processes) || settings.processes < 1)
    throw new UsageError(`processes: expected a whole number of at least 1, found ${settings.processes}`);
  if (!(settings.roundTimeMs > 0) || settings.roundTimeMs >= options.config.timeout) {
    throw new UsageError(`round time: expected a positive number of ms shorter than the timeout (${options.config.timeout} ms), found ${settings.roundTimeMs}`);
  }
  if (settings.minPairs < 2 || settings.maxPairs < settings.minPairs) {
    throw new UsageError(`expected 2 ≤ min-pairs ≤ max-pairs, found min-pairs ${settings.minPairs} and max-pairs ${settings.maxPairs}`);
  }
  return settings;
}

/**
 * Measure two folders in alternating rounds, sampling each benchmark until its pairs decide it
 * against the threshold or its time is up. No git: the folders are given (runInterleaved makes them).
 */
export async function measureTrees(
  trees: { base: string; head: string },
  options: MeasureOptions & { sideEnv?: Partial<Record<Side, NodeJS.ProcessEnv>> },
): Promise<{ measured: InterleavedMeasurement; settings: SamplingSettings }> {
  const settings = samplingSettings(options);
  const { config } = options;
  const command = childCommand({
    gc: settings.gc,
    semiSpaceMb: settings.semiSpaceMb,
    ...(options.node ? { node: options.node } : {}),
    ...(settings.cpu ? { cpu: settings.cpu } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  const measured = await measureInterleaved({
    base: trees.base,
    head: trees.head,
    benchmarks: config.benchmarks,
    ...(config.filter ? { filter: config.filter } : {}),
    ...(options.selection ? { selection: options.selection } : {}),
    processes: settings.processes,
    roundTimeMs: settings.roundTimeMs,
    warmupMs: config.warmup,
    timeoutMs: config.timeout,
    budgetMs: settings.budgetMs,
    benchmarkBudgetMs: settings.benchmarkBudgetMs,
    minPairs: settings.minPairs,
    maxPairs: settings.maxPairs,
    statistic: settings.statistic,
    gc: settings.gc,
    command,
    ...(options.env ? { env: options.env } : {}),
    ...(options.sideEnv ? { sideEnv: options.sideEnv } : {}),
    decide: (logRatios, { benchmarks, processes }) =>
      options.fixedPairs
        ? { state: 'continue', pairs: logRatios.length }
        : samplingDecision(logRatios, { threshold: config.threshold, alpha: config.alpha, benchmarks, minPairs: settings.minPairs }, processes),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { measured, settings };
}

export async function runInterleaved(options: InterleavedOptions): Promise<InterleavedRun> {
  const { root, subfolder } = await repositoryOf(options.cwd);
  // Checked before any worktree exists, so that bad settings or a bad --cpu cost nothing.
  samplingSettings(options);
  childCommand({
    gc: options.gc ?? AB_DEFAULTS.gc,
    ...(options.node ? { node: options.node } : {}),
    ...(options.cpu ? { cpu: options.cpu } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  const baseCommit = await resolveCommit(root, options.base, '--base');
  const headCommit = options.head
    ? await resolveCommit(root, options.head, '--head')
    : await resolveCommit(root, 'HEAD', 'the working tree').catch(() => undefined);
  const uncommitted = options.head ? undefined : await isDirty(root);

  const controller = new AbortController();
  const forwardAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', forwardAbort, { once: true });
  const trees = createWorktrees(root);
  // Registered after the worktrees, so that on an interrupt it runs first: the benchmark
  // processes stop before their worktree goes.
  const forgetAbort = onInterrupt(() => controller.abort(new Error('interrupted')));
  const write = options.write ?? (() => {});
  try {
    const base = await trees.add('base', baseCommit);
    const head = options.head ? await trees.add('head', headCommit!) : undefined;
    const baseCwd = join(base.path, subfolder);
    const headCwd = head ? join(head.path, subfolder) : options.cwd;
    const unshared: Partial<Record<Side, string[]>> = {};
    if (!options.setup) {
      for (const [side, tree] of [['base', base.path], ...(head ? [['head', head.path]] : [])] as Array<[Side, string]>) {
        const shared = await shareDependencies(root, tree, subfolder);
        for (const folder of shared.linked) {
          write(`── the ${side} tree uses the working tree's node_modules${folder ? ` in ${folder}` : ''}: same lockfile, and no --setup to install its own\n`);
        }
        unshared[side] = shared.refused;
      }
    }
    if (options.setup) {
      const io = { write, ...(options.env ? { env: options.env } : {}), signal: controller.signal };
      await runSetup(options.setup, { label: 'base', revision: `${options.base} (${baseCommit.slice(0, 7)})`, cwd: baseCwd }, io);
      const headRevision = options.head ? `${options.head} (${headCommit!.slice(0, 7)})` : 'the working tree';
      await runSetup(options.setup, { label: 'head', revision: headRevision, cwd: headCwd }, io);
    }
    const time = new Date();
    const { config } = options;
    const { measured, settings } = await measureTrees({ base: baseCwd, head: headCwd }, { ...options, signal: controller.signal });
    const revisions: Record<Side, string> = {
      base: `${options.base} (${baseCommit.slice(0, 7)})`,
      head: options.head ? `${options.head} (${headCommit!.slice(0, 7)})` : 'the working tree',
    };
    for (const side of ['base', 'head'] as const) {
      const results = measured[side];
      if (results.length === 0 || results.some((b) => b.samples.length > 0)) continue;
      const first = results.find((b) => b.error !== undefined)?.error ?? 'no samples';
      const more = results.length > 1 ? ` (and ${results.length - 1} more)` : '';
      const why = (unshared[side] ?? []).map((r) => ` Its dependencies were not shared: ${r}.`).join('');
      const advice = options.setup
        ? `Check that the setup command ${JSON.stringify(options.setup)} installs and builds what the benchmarks import.`
        : `If its dependencies are missing, give a setup command to run in each tree before measuring: ${setOption('setup', '"npm ci"')} (or whatever installs and builds the project).`;
      throw new SideFailedError(
        side,
        `every benchmark of the ${side} tree, ${revisions[side]}, failed, so nothing could be compared: ${firstLine(first)}${more}.${why} ${advice}`,
      );
    }
    const ids: Record<Side, string> = { head: newRunId(time), base: newRunId(time) };
    // Each side names the other: their samples pair by position, which `compare` recognises.
    const run = (side: Side, commit: string | undefined): RunResult['run'] => ({
      id: ids[side],
      ...(commit ? { commit } : {}),
      time: time.toISOString(),
      tool: 'benchgate',
      env: measured.env,
      pairedWith: ids[side === 'head' ? 'base' : 'head'],
    });
    const warmups = summarizeWarmups(measured.warmups);
    return {
      head: { format: RESULTS_FORMAT, version: RESULTS_VERSION, suite: config.suite, run: run('head', headCommit), benchmarks: measured.head },
      base: { format: RESULTS_FORMAT, version: RESULTS_VERSION, suite: config.suite, run: run('base', baseCommit), benchmarks: measured.base },
      sampling: measured.sampling,
      conditions: {
        base: { ref: options.base, commit: baseCommit },
        head: {
          ...(options.head ? { ref: options.head } : {}),
          ...(headCommit ? { commit: headCommit } : {}),
          workingTree: !options.head,
          ...(uncommitted ? { uncommitted } : {}),
        },
        ...(options.setup ? { setup: options.setup } : {}),
        processes: settings.processes,
        roundTimeMs: settings.roundTimeMs,
        roundStatistic: settings.statistic,
        gcBeforeRound: settings.gc,
        semiSpaceMb: settings.semiSpaceMb,
        ...(settings.cpu ? { cpu: settings.cpu } : {}),
        warmup: { mode: 'until settled', minMs: SETTLE_MIN_SHARE * config.warmup, maxMs: settleLimitMs(config.warmup), ...warmups },
        budget: { totalMs: settings.budgetMs, benchmarkMs: settings.benchmarkBudgetMs, minPairs: settings.minPairs, maxPairs: settings.maxPairs },
        elapsedMs: measured.elapsedMs,
        env: measured.env,
      },
    };
  } finally {
    trees.remove();
    forgetAbort();
    options.signal?.removeEventListener('abort', forwardAbort);
  }
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/** Lines for the report's notes: the conditions in force. */
export function interleavedNotes(run: InterleavedRun): string[] {
  return describeConditions(run.conditions);
}
