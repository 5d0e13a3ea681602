// Measure two trees of the same project (base and head) in alternating rounds on this machine.
//
// Per benchmark file, each tree gets `processes` long-lived children, loaded and warmed up once.
// Then, round after round, every benchmark still undecided gets one round pair per process pair:
// one round in the base child and one in the head child, right after each other, in a balanced
// random order (order.ts), the pairs of a round shuffled. A slow spell of the machine so hits both
// versions alike, and the log ratio of a pair sees through it. After each round the caller's
// `decide` says, per benchmark, whether its pairs already settle the question against the
// threshold; a benchmark stops when they do, when its own time budget is spent, or, once it has
// `minPairs`, when the file's share of the run's budget is.
import { performance } from 'node:perf_hooks';
import { UsageError } from '../../errors.ts';
import { collectEnvironment } from '../../results/environment.ts';
import type { BenchmarkResult, Environment } from '../../results/model.ts';
import { discoverBenchmarkFiles, relativeTo } from '../micro/discover.ts';
import type { FileSelection, RoundStatistic } from '../micro/protocol.ts';
import type { ChildCommand } from './command.ts';
import { DrivenChild, type RoundOutcome } from './driven-child.ts';
import { PairOrders, shuffle } from './order.ts';

export type Side = 'base' | 'head';

/** What the statistics say about a benchmark's pairs so far (see stopping.ts). */
export interface SamplingVerdict {
  state: 'beyond' | 'within' | 'continue';
  change?: number;
  interval?: [number, number];
  pairNoise?: number;
  pairsNeeded?: number;
}

export interface DecideContext {
  benchmark: string;
  /** How many benchmarks the run compares, as far as known (later files are estimated). */
  benchmarks: number;
  /** The process pair of each log ratio. */
  processes: readonly number[];
}

export type Decide = (logRatios: readonly number[], context: DecideContext) => SamplingVerdict;

export type StopReason =
  /** Clearly beyond the threshold. */
  | 'beyond'
  /** Clearly within ±threshold. */
  | 'within'
  /** Its own time budget is spent. */
  | 'budget'
  /** The run's total budget (this file's share of it) is spent. */
  | 'total-budget'
  | 'max-pairs'
  /** It failed on one side. */
  | 'failed'
  /** It exists on one side only: measured alone, not paired. */
  | 'unpaired';

export interface BenchmarkSampling {
  pairs: number;
  stop: StopReason;
  /** Time spent on its pairs, in ms. */
  spentMs: number;
  /** The last word of `decide`. */
  last?: SamplingVerdict;
  /** Pairs in which head ran first (the rest ran base first). */
  headFirst: number;
  /** The order of each pair, in the order of the samples: "h" head first, "b" base first. */
  order: string;
}

export interface WarmupRecord {
  side: Side;
  file: string;
  process: number;
  benchmark: string;
  ms: number;
  settled: boolean;
}

export type InterleaveEvent =
  | { type: 'file-start'; file: string; sides: Side[] }
  | { type: 'warmup'; file: string; side: Side; process: number }
  | { type: 'round'; file: string; round: number; active: number }
  | { type: 'stopped'; benchmark: string; sampling: BenchmarkSampling }
  | { type: 'error'; side: Side; benchmark: string; message: string }
  | { type: 'file-end'; file: string };

export interface InterleaveOptions {
  /** Folder of each tree that the benchmarks folder is relative to; the children's cwd. */
  base: string;
  head: string;
  /** Folder searched for *.bench.* files in each tree. */
  benchmarks: string;
  filter?: RegExp;
  /** A shard's part: what to run of each file, by its path relative to the tree. Files not in it do not run. */
  selection?: ReadonlyMap<string, FileSelection>;
  /** Long-lived children per tree and file. */
  processes: number;
  roundTimeMs: number;
  warmupMs: number;
  timeoutMs: number;
  /** Total budget of the run (warm-ups included), in ms; every paired benchmark still gets minPairs. */
  budgetMs: number;
  /** Most time one benchmark's pairs may take, in ms. */
  benchmarkBudgetMs: number;
  minPairs: number;
  maxPairs: number;
  statistic: RoundStatistic;
  gc: boolean;
  command: ChildCommand;
  env?: NodeJS.ProcessEnv;
  /** Environment of one side's children instead of `env` (the accuracy evaluation slows head down this way). */
  sideEnv?: Partial<Record<Side, NodeJS.ProcessEnv>>;
  decide: Decide;
  onEvent?: (event: InterleaveEvent) => void;
  signal?: AbortSignal;
  random?: () => number;
}

export interface InterleavedMeasurement {
  /** Samples of benchmarks on both sides are paired by position: head.samples[i] with base.samples[i]. */
  base: BenchmarkResult[];
  head: BenchmarkResult[];
  /** How the sampling of each benchmark went, by name. */
  sampling: Record<string, BenchmarkSampling>;
  warmups: WarmupRecord[];
  /** The Node and machine of the head children. */
  env: Environment;
  elapsedMs: number;
}

interface Track {
  name: string;
  logRatios: number[];
  /** The process pair of each log ratio. */
  processes: number[];
  spentMs: number;
  headFirst: number;
  order: string;
  stop?: StopReason;
  last?: SamplingVerdict;
}

export async function measureInterleaved(options: InterleaveOptions): Promise<InterleavedMeasurement> {
  const files = { base: filesOf(options.base, options.benchmarks, 'base'), head: filesOf(options.head, options.benchmarks, 'head') };
  if (files.head.size === 0 && files.base.size === 0) {
    throw new UsageError(`no benchmark files in ${options.benchmarks} in either tree: expected files named *.bench.ts, *.bench.mts, *.bench.js or *.bench.mjs`);
  }
  const all = new Set([...files.base.keys(), ...files.head.keys()]);
  const groups = [...all].filter((g) => !options.selection || options.selection.has(g)).sort();
  const run = new InterleavedRun(options, all.size);
  for (const [i, group] of groups.entries()) {
    options.signal?.throwIfAborted();
    await run.file(group, { base: files.base.get(group), head: files.head.get(group) }, groups.length - i);
  }
  const result = run.result();
  if (options.filter && !options.selection && result.head.length === 0 && result.base.length === 0) {
    throw new UsageError(`the filter /${options.filter.source}/${options.filter.flags} matches no benchmark in ${groups.length} file(s) of either tree`);
  }
  return result;
}

/** Benchmark files of a tree by their path relative to its folder; none when it has no benchmarks folder. */
function filesOf(cwd: string, dir: string, side: Side): Map<string, string> {
  try {
    return new Map(discoverBenchmarkFiles(dir, cwd).map((path) => [relativeTo(cwd, path), path]));
  } catch (err) {
    // A base from before the benchmarks existed has none: everything in head is then new.
    if (side === 'base' && err instanceof UsageError) return new Map();
    throw err;
  }
}

class InterleavedRun {
  readonly #o: InterleaveOptions;
  readonly #started = performance.now();
  readonly #results: Record<Side, Map<string, BenchmarkResult>> = { base: new Map(), head: new Map() };
  readonly #sampling: Record<string, BenchmarkSampling> = {};
  readonly #warmups: WarmupRecord[] = [];
  readonly #orders: PairOrders;
  readonly #random: () => number;
  #env: Environment | undefined;
  #benchmarksSeen = 0;
  #filesSeen = 0;
  #suiteSize = 1;
  /** Benchmark files in the whole suite, a shard's and the others'. */
  readonly #suiteFiles: number;
  /** Next id for a process pair: a replacement child starts a new one. */
  #pairIds = 0;

  constructor(options: InterleaveOptions, suiteFiles: number) {
    this.#o = options;
    this.#suiteFiles = suiteFiles;
    this.#random = options.random ?? Math.random;
    this.#orders = new PairOrders(this.#random);
  }

  async file(group: string, paths: Record<Side, string | undefined>, filesLeft: number): Promise<void> {
    const o = this.#o;
    const fileStarted = performance.now();
    const sides = (['base', 'head'] as const).filter((side) => paths[side]);
    o.onEvent?.({ type: 'file-start', file: group, sides });
    const children: Record<Side, DrivenChild[]> = { base: [], head: [] };
    const pairIds: number[] = [];
    try {
      for (let p = 0; p < o.processes; p++) {
        pairIds.push(this.#pairIds++);
        for (const side of sides) {
          if (p > 0 && children[side].length === 0) continue;
          const child = await this.#spawn(side, group, paths[side]!, p);
          if (child) children[side].push(child);
        }
      }
      const names = {
        base: new Set(children.base[0]?.registered.map((b) => b.name) ?? []),
        head: new Set(children.head[0]?.registered.map((b) => b.name) ?? []),
      };
      for (const side of sides) for (const name of names[side]) this.#entry(side, name, group, children[side][0]!);
      for (const side of sides) for (const child of children[side]) this.#noteFailures(side, child);

      const paired = [...names.head].filter((name) => names.base.has(name) && this.#usable(name));
      const alone = { base: [...names.base].filter((n) => !names.head.has(n)), head: [...names.head].filter((n) => !names.base.has(n)) };
      const count = paired.length + alone.base.length + alone.head.length;
      // This file's share of what is left of the run's budget, guessing the later files' size from the earlier ones.
      this.#filesSeen++;
      this.#benchmarksSeen += count;
      const perFile = this.#benchmarksSeen / this.#filesSeen;
      const later = (filesLeft - 1) * perFile;
      // The stopping rule corrects for the whole suite, as the final Holm does. A shard measures part
      // of it, but the merge corrects over every shard's benchmarks: guess those from all the suite's
      // files, or a benchmark could stop at a p the merged verdict then finds too large.
      this.#suiteSize = Math.round(Math.max(this.#benchmarksSeen + later, perFile * this.#suiteFiles));
      const left = o.budgetMs - (performance.now() - this.#started);
      const deadline = fileStarted + Math.max(0, left) * (count / Math.max(1, count + later));

      const tracks = paired.map((name): Track => ({ name, logRatios: [], processes: [], spentMs: 0, headFirst: 0, order: '' }));
      if (tracks.length > 0) await this.#pairRounds(group, paths as Record<Side, string>, tracks, children, pairIds, deadline);
      for (const side of sides) await this.#aloneRounds(side, alone[side], children[side]);
    } finally {
      await Promise.all([...children.base, ...children.head].map((child) => child.finish()));
    }
    o.onEvent?.({ type: 'file-end', file: group });
  }

  result(): InterleavedMeasurement {
    const finish = (side: Side) =>
      [...this.#results[side].values()].map((result) => {
        if (result.samples.length === 0 && !result.error) result.error = 'produced no samples';
        return result;
      });
    return {
      base: finish('base'),
      head: finish('head'),
      sampling: this.#sampling,
      warmups: this.#warmups,
      env: this.#env ?? collectEnvironment(),
      elapsedMs: performance.now() - this.#started,
    };
  }

  async #pairRounds(
    group: string,
    paths: Record<Side, string>,
    tracks: Track[],
    children: Record<Side, DrivenChild[]>,
    pairIds: number[],
    deadline: number,
  ): Promise<void> {
    const o = this.#o;
    const pairs = Math.min(children.base.length, children.head.length);
    for (let round = 1; ; round++) {
      const active = tracks.filter((t) => !t.stop);
      if (active.length === 0 || pairs === 0) break;
      o.onEvent?.({ type: 'round', file: group, round, active: active.length });
      const units = shuffle(
        active.flatMap((track) => Array.from({ length: pairs }, (_, p) => ({ track, p }))),
        this.#random,
      );
      for (const { track, p } of units) {
        o.signal?.throwIfAborted();
        if (track.stop) continue;
        const order = this.#orders.next(`${track.name}\u0000${pairIds[p]}`);
        const sides: [Side, Side] = order === 'head-first' ? ['head', 'base'] : ['base', 'head'];
        const t0 = performance.now();
        const outcomes = {} as Record<Side, RoundOutcome>;
        for (const side of sides) outcomes[side] = await children[side][p]!.runRound(round, [track.name]);
        track.spentMs += performance.now() - t0;
        const base = outcomes.base.samples.get(track.name);
        const head = outcomes.head.samples.get(track.name);
        if (base !== undefined && head !== undefined && base > 0 && head > 0) {
          this.#add('base', track.name, base, pairIds[p]!);
          this.#add('head', track.name, head, pairIds[p]!);
          track.logRatios.push(Math.log(head / base));
          track.processes.push(pairIds[p]!);
          if (order === 'head-first') track.headFirst++;
          track.order += order === 'head-first' ? 'h' : 'b';
        }
        for (const side of sides) {
          const error = outcomes[side].errors.get(track.name);
          if (error) this.#fail(side, track.name, error);
          if (outcomes[side].ended && !o.signal?.aborted) {
            const replacement = await this.#replace(side, group, paths[side], children[side][p]!, p);
            if (replacement) {
              children[side][p] = replacement;
              pairIds[p] = this.#pairIds++;
            }
          }
        }
        for (const t of tracks) if (!t.stop && !this.#usable(t.name)) this.#stop(t, 'failed');
      }
      for (const track of active) {
        if (track.stop) continue;
        if (track.logRatios.length >= o.minPairs) {
          track.last = o.decide(track.logRatios, { benchmark: track.name, benchmarks: this.#suiteSize, processes: track.processes });
          if (track.last.state !== 'continue') {
            this.#stop(track, track.last.state);
            continue;
          }
        }
        if (track.spentMs >= o.benchmarkBudgetMs) this.#stop(track, 'budget');
        else if (track.logRatios.length >= o.maxPairs) this.#stop(track, 'max-pairs');
        else if (performance.now() >= deadline && track.logRatios.length >= o.minPairs) this.#stop(track, 'total-budget');
      }
    }
  }

  /** Benchmarks on one side only: a few rounds for their numbers, not paired with anything. */
  async #aloneRounds(side: Side, names: string[], children: DrivenChild[]): Promise<void> {
    if (names.length === 0) return;
    const rounds = Math.max(1, Math.ceil(this.#o.minPairs / Math.max(1, children.length)));
    for (let round = 1; round <= rounds; round++) {
      for (const [p, child] of children.entries()) {
        this.#o.signal?.throwIfAborted();
        const outcome = await child.runRound(
          round,
          shuffle(
            names.filter((n) => !this.#results[side].get(n)?.error),
            this.#random,
          ),
        );
        for (const [name, value] of outcome.samples) this.#add(side, name, value, p);
        for (const [name, error] of outcome.errors) this.#fail(side, name, error);
      }
    }
    for (const name of names) this.#sampling[name] = { pairs: 0, stop: 'unpaired', spentMs: 0, headFirst: 0, order: '' };
  }

  async #spawn(side: Side, group: string, path: string, p: number, only?: string[]): Promise<DrivenChild | undefined> {
    const o = this.#o;
    o.onEvent?.({ type: 'warmup', file: group, side, process: p });
    const env = o.sideEnv?.[side] ?? o.env;
    const select = o.selection?.get(group);
    // Both children of a process pair get the same seeds (hash tables, Math.random, V8's own
    // randomness such as where its heap goes): what the seeds change then changes both alike and
    // cancels in the pair's ratio, while other process pairs average over other seeds.
    const seed = this.#seedOf(p);
    const seeds = [`--hash-seed=${seed}`, `--random-seed=${seed}`];
    const child = await DrivenChild.start({
      ...o.command,
      args: [...o.command.args, ...seeds],
      cwd: side === 'base' ? o.base : o.head,
      ...(env ? { env } : {}),
      file: path,
      roundTimeMs: o.roundTimeMs,
      warmupMs: o.warmupMs,
      timeoutMs: o.timeoutMs,
      ...(o.filter ? { filter: { source: o.filter.source, flags: o.filter.flags } } : {}),
      ...(select ? { select } : {}),
      ...(only ? { only } : {}),
      gc: o.gc,
      statistic: o.statistic,
      ...(o.signal ? { signal: o.signal } : {}),
    });
    o.signal?.throwIfAborted();
    if (side === 'head') this.#env ??= child.env;
    for (const [benchmark, w] of child.warmups) this.#warmups.push({ side, file: group, process: p, benchmark, ...w });
    if (child.loadError || (child.ended && child.registered.length === 0)) {
      // A file that cannot run is reported as one failed benchmark named after the file, as `run` does.
      const message = child.loadError ?? child.ended ?? 'could not be started';
      if (!this.#results[side].has(group)) {
        this.#results[side].set(group, { name: group, unit: 'ns/op', direction: 'smaller', samples: [], processes: [], group, error: message });
        this.#o.onEvent?.({ type: 'error', side, benchmark: group, message });
      }
      return undefined;
    }
    return child;
  }

  /** A child that died mid-run is replaced by a fresh one with what it still had to run. */
  async #replace(side: Side, group: string, path: string, dead: DrivenChild, p: number): Promise<DrivenChild | undefined> {
    this.#noteFailures(side, dead);
    const remaining = dead.registered.map((b) => b.name).filter((name) => !dead.failed.has(name) && !this.#results[side].get(name)?.error);
    if (remaining.length === 0) return undefined;
    const child = await this.#spawn(side, group, path, p, remaining);
    if (child) this.#noteFailures(side, child);
    return child;
  }

  #entry(side: Side, name: string, group: string, child: DrivenChild): void {
    if (this.#results[side].has(name)) {
      const other = this.#results[side].get(name)!;
      this.#fail(side, name, `the name is used in both ${other.group} and ${group}; benchmark names must be unique within a run`);
      return;
    }
    const unit = child.registered.find((b) => b.name === name)?.unit ?? 'ns/op';
    this.#results[side].set(name, { name, unit, direction: 'smaller', samples: [], processes: [], group });
  }

  #noteFailures(side: Side, child: DrivenChild): void {
    for (const [name, message] of child.failed) this.#fail(side, name, message);
  }

  #add(side: Side, name: string, value: number, pairId: number): void {
    const result = this.#results[side].get(name);
    if (!result || result.error) return;
    result.samples.push(value);
    result.processes?.push(pairId);
  }

  #fail(side: Side, name: string, message: string): void {
    const result = this.#results[side].get(name);
    if (!result || result.error) return;
    result.error = message;
    this.#o.onEvent?.({ type: 'error', side, benchmark: name, message });
  }

  readonly #seeds = new Map<number, number>();
  #seedOf(p: number): number {
    let seed = this.#seeds.get(p);
    if (seed === undefined) this.#seeds.set(p, (seed = 1 + Math.floor(this.#random() * 2 ** 30)));
    return seed;
  }

  #usable(name: string): boolean {
    return !this.#results.base.get(name)?.error && !this.#results.head.get(name)?.error;
  }

  #stop(track: Track, stop: StopReason): void {
    track.stop = stop;
    const sampling: BenchmarkSampling = {
      pairs: track.logRatios.length,
      stop,
      spentMs: track.spentMs,
      headFirst: track.headFirst,
      order: track.order,
      ...(track.last ? { last: track.last } : {}),
    };
    this.#sampling[track.name] = sampling;
    this.#o.onEvent?.({ type: 'stopped', benchmark: track.name, sampling });
  }
}
