// Runs a micro-benchmark suite: each file in its own child processes, one after another,
// and gathers every round's sample into BenchmarkResults.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { NothingMatchedError, UsageError, describe } from '../../errors.ts';
import { collectEnvironment } from '../../results/environment.ts';
import type { BenchmarkResult, Environment } from '../../results/model.ts';
import { checkBenchmarkFiles, discoverBenchmarkFiles, relativeTo } from './discover.ts';
import type { ProgressEvent } from './events.ts';
import { warmupLimitMs, type ChildConfig, type ChildMessage, type FileSelection } from './protocol.ts';
import { describeCrash, runChild, type ChildExit } from './spawn-child.ts';
import { callgrindArgs, DETERMINISTIC_V8_FLAGS, requireValgrind, VALGRIND_SLOWDOWN } from '../instruments/valgrind.ts';

export type { ProgressEvent } from './events.ts';

export interface MicroSuiteOptions {
  /** Folder searched for benchmark files (default "benchmarks"), relative to cwd. */
  dir?: string;
  /** Benchmark files to run instead of searching `dir`. */
  files?: string[];
  /** Samples per benchmark (default 10), spread over the processes: each runs ceil(samples / processes) rounds. */
  samples?: number;
  /** Child processes per file (default 2). */
  processes?: number;
  /** Length of one round of one benchmark, in ms (default 100). */
  roundTimeMs?: number;
  /**
   * Shortest warm-up of each benchmark in each process, in ms (default 250); it goes on, up to
   * four times as long, until its timings settle.
   */
  warmupMs?: number;
  /** Longest one round may take before the benchmark is stopped as hung, in ms (default 30 s). */
  timeoutMs?: number;
  /** The Node that runs the benchmarks (default "node" from PATH). */
  node?: string;
  /**
   * What one sample is: the time per operation over a round (default), or the instructions per
   * operation of one counted batch, under valgrind (Linux only; docs/instructions.md). Instructions
   * take one sample per process, so `samples`, `roundTimeMs` and `warmupMs` do not apply.
   */
  measure?: 'time' | 'instructions';
  /** Instructions mode: instructions one counted batch should hold, at least (default 5 million). */
  batchInstructions?: number;
  filter?: RegExp;
  /**
   * A shard's part: the benchmarks to run of each file, by its path relative to cwd. Files not in
   * it do not run, and running none of the suite is no error.
   */
  selection?: ReadonlyMap<string, FileSelection>;
  cwd?: string;
  /** Environment of the benchmark processes (default: this process's). The benchmarks are untrusted code in a PR: pass one without secrets. */
  env?: NodeJS.ProcessEnv;
  onEvent?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
}

export interface MicroSuiteResult {
  benchmarks: BenchmarkResult[];
  /** The Node and machine that ran the benchmarks, as the child process saw them. */
  env: Environment;
}

interface Settings {
  cwd: string;
  /** Instructions mode: valgrind to run the children under. */
  counting?: { valgrind: string; batchInstructions: number };
  /** Child processes running at once. */
  parallel: number;
  /** Unit of a failed file's stand-in result. */
  unit: string;
  env: NodeJS.ProcessEnv | undefined;
  node: string;
  nodeArgs: string[];
  entry: string;
  rounds: number;
  processes: number;
  roundTimeMs: number;
  warmupMs: number;
  timeoutMs: number;
  filter?: { source: string; flags: string };
  /** Set when running a shard's part of the suite. */
  sharded: boolean;
}

interface FileState {
  path: string;
  /** Relative to cwd: the results' `group`. */
  group: string;
  select?: FileSelection;
  /** Benchmarks this file owns, in registration order; known once its first process has loaded it. */
  names?: string[];
  failed: boolean;
}

/** The last message of one child and when it came. */
interface Clock {
  last?: ChildMessage;
  at: number;
  /** Time so far outside any benchmark's warm-up, rounds or teardown. */
  loading?: number;
}

interface Entry {
  result: BenchmarkResult;
  owner: FileState;
  timeoutMs?: number;
}

// Loading can be slow for good reasons (tsx's first compile, large imports), so it is not held to a round's limit.
export const LOAD_LIMIT_MS = 30_000;

// "A few million": the markers around a batch cost about 20 thousand instructions and are taken
// off, and a batch this size takes 20–50 ms under callgrind, small beside the two dumps it costs.
export const BATCH_INSTRUCTIONS = 5_000_000;

export async function runMicroSuite(options: MicroSuiteOptions = {}): Promise<MicroSuiteResult> {
  const cwd = options.cwd ?? process.cwd();
  const samples = count('samples', options.samples ?? 10);
  const processes = count('processes', options.processes ?? 2);
  const roundTimeMs = positive('roundTimeMs', options.roundTimeMs ?? 100);
  const warmupMs = positive('warmupMs', options.warmupMs ?? 250);
  const timeoutMs = positive('timeoutMs', options.timeoutMs ?? 30_000);
  if (roundTimeMs >= timeoutMs) {
    throw new UsageError(`roundTimeMs (${roundTimeMs}) must be shorter than timeoutMs (${timeoutMs}): every round would time out`);
  }
  const paths = options.files ? checkBenchmarkFiles(options.files, cwd) : discoverBenchmarkFiles(options.dir ?? 'benchmarks', cwd);
  const node = options.node ?? 'node';
  const entry = childEntry();
  const counting =
    options.measure === 'instructions'
      ? {
          valgrind: requireValgrind(options.env ?? process.env),
          batchInstructions: count('batchInstructions', options.batchInstructions ?? BATCH_INSTRUCTIONS),
        }
      : undefined;
  const settings: Settings = {
    cwd,
    env: options.env,
    ...(counting ? { counting } : {}),
    // Counts do not depend on what else the machine runs, so processes can share it; times do.
    parallel: counting ? Math.max(1, Math.min(availableParallelism(), processes * paths.length)) : 1,
    unit: counting ? 'instructions' : 'ns/op',
    node,
    nodeArgs: counting ? [...DETERMINISTIC_V8_FLAGS, ...sourceArgs(node, entry, options.env)] : ['--expose-gc', ...sourceArgs(node, entry, options.env)],
    entry,
    rounds: counting ? 1 : Math.ceil(samples / processes),
    processes,
    roundTimeMs,
    warmupMs,
    timeoutMs,
    ...(options.filter ? { filter: { source: options.filter.source, flags: options.filter.flags } } : {}),
    sharded: options.selection !== undefined,
  };
  const files: FileState[] = [];
  for (const path of paths) {
    const group = relativeTo(cwd, path);
    const select = options.selection?.get(group);
    if (options.selection && !select) continue;
    files.push({ path, group, failed: false, ...(select && select.kind !== 'all' ? { select } : {}) });
  }
  const suite = new SuiteRun(settings, files, options);
  return suite.run();
}

class SuiteRun {
  readonly #settings: Settings;
  readonly #files: FileState[];
  readonly #emit: (event: ProgressEvent) => void;
  readonly #signal: AbortSignal | undefined;
  readonly #entries = new Map<string, Entry>();
  #env: Environment | undefined;
  #done = 0;

  constructor(settings: Settings, files: FileState[], options: MicroSuiteOptions) {
    this.#settings = settings;
    this.#files = files;
    this.#emit = options.onEvent ?? (() => {});
    this.#signal = options.signal;
  }

  get #total(): number {
    return this.#files.length * this.#settings.processes * this.#settings.rounds;
  }

  async run(): Promise<MicroSuiteResult> {
    // Files interleave across processes (a/p0, b/p0, a/p1, b/p1) so a slow spell of the
    // machine lands on different files' processes instead of all of one file's.
    const slots: [FileState, number][] = [];
    for (let index = 0; index < this.#settings.processes; index++) for (const file of this.#files) slots.push([file, index]);
    let next = 0;
    let finished = 0;
    const worker = async () => {
      while (next < slots.length) {
        const [file, index] = slots[next++]!;
        this.#signal?.throwIfAborted();
        await this.#runSlot(file, index);
        finished++;
        this.#done = finished * this.#settings.rounds;
        this.#emit({ type: 'file-end', ...this.#where(file, index), done: this.#done, total: this.#total });
      }
    };
    await Promise.all(Array.from({ length: this.#settings.parallel }, worker));
    // In file order whichever process spoke first, each benchmark's samples in process order.
    const entries = [...this.#entries.values()].sort((a, b) => this.#files.indexOf(a.owner) - this.#files.indexOf(b.owner));
    const benchmarks = entries.map(({ result }) => {
      if (result.samples.length === 0 && !result.error) result.error = 'produced no samples';
      if (result.wallTime !== undefined) result.wallTime = Math.round(result.wallTime * 10) / 10;
      return this.#settings.parallel > 1 ? inProcessOrder(result) : result;
    });
    if (benchmarks.length === 0 && this.#settings.filter && !this.#settings.sharded) {
      const { source, flags } = this.#settings.filter;
      throw new NothingMatchedError(`the filter /${source}/${flags} matches no benchmark in ${this.#files.length} file(s)`);
    }
    return { benchmarks, env: this.#env ?? collectEnvironment() };
  }

  async #runSlot(file: FileState, index: number): Promise<void> {
    const { rounds } = this.#settings;
    if (file.failed) return;
    let needed = file.names ? this.#stillNeeded(file, new Map()) : undefined;
    if (needed && Object.keys(needed).length === 0) return;
    this.#emit({ type: 'file-start', ...this.#where(file, index), done: this.#done, total: this.#total });

    const taken = new Map<string, number>();
    for (;;) {
      const clock: Clock = { at: performance.now() };
      const { counting } = this.#settings;
      const dumps = counting ? await mkdtemp(join(tmpdir(), 'benchgate-callgrind-')) : undefined;
      const config: ChildConfig = {
        file: file.path,
        rounds,
        roundTimeMs: this.#settings.roundTimeMs,
        warmupMs: this.#settings.warmupMs,
        ...(this.#settings.filter ? { filter: this.#settings.filter } : {}),
        ...(file.select ? { select: file.select } : {}),
        ...(needed ? { needed } : {}),
        ...(counting && dumps ? { instructions: { dumps, batchInstructions: counting.batchInstructions } } : {}),
      };
      let exit: ChildExit;
      try {
        exit = await runChild({
          // Under valgrind the runner's Node is valgrind's program, with the same options.
          node: counting ? counting.valgrind : this.#settings.node,
          nodeArgs: counting && dumps ? [...callgrindArgs(dumps), this.#settings.node, ...this.#settings.nodeArgs] : this.#settings.nodeArgs,
          entry: this.#settings.entry,
          config,
          cwd: this.#settings.cwd,
          ...(this.#settings.env ? { env: this.#settings.env } : {}),
          limitAfter: (last) => this.#limitAfter(file, last),
          onMessage: (message) => {
            const loading = this.#charge(file, clock, message);
            this.#onMessage(file, index, taken, message);
            if (message.type === 'registered')
              this.#spread(
                file,
                loading,
                message.benchmarks.map((b) => b.name),
              );
          },
          ...(this.#signal ? { signal: this.#signal } : {}),
        });
      } finally {
        if (dumps) await rm(dumps, { recursive: true, force: true });
      }
      this.#charge(file, clock);
      if (exit.kind === 'done') return;
      if (exit.kind === 'aborted') throw this.#signal?.reason ?? new Error('the run was aborted');
      if (!file.names) {
        this.#failFile(file, index, exit.kind === 'timeout' ? `timed out after ${duration(exit.limitMs)} while loading` : crashMessage(exit));
        return;
      }
      const culprit = exit.kind === 'timeout' ? blame(exit, (name) => this.#owned(file, name)?.timeoutMs ?? this.#settings.timeoutMs) : undefined;
      if (!culprit) {
        // Without a benchmark to blame, everything this process had left is lost.
        const message = exit.kind === 'timeout' ? `the benchmark process stopped responding for ${duration(exit.limitMs)}` : crashMessage(exit);
        for (const name of Object.keys(this.#stillNeeded(file, taken))) this.#fail(file, index, name, message);
        return;
      }
      this.#fail(file, index, culprit.benchmark, culprit.message);
      // The child is gone; a fresh one carries on with what the others still need.
      needed = this.#stillNeeded(file, taken);
      if (Object.keys(needed).length === 0) return;
    }
  }

  #onMessage(file: FileState, index: number, taken: Map<string, number>, message: ChildMessage): void {
    const where = this.#where(file, index);
    switch (message.type) {
      case 'env':
        this.#env ??= message.env;
        return;
      case 'registered':
        if (file.names) return;
        file.names = [];
        for (const { name, unit, timeoutMs } of message.benchmarks) {
          const other = this.#entries.get(name);
          if (other) {
            this.#fail(
              other.owner,
              index,
              name,
              `the name is used in both ${other.owner.group} and ${file.group}; benchmark names must be unique within a run`,
            );
            continue;
          }
          file.names.push(name);
          this.#entries.set(name, {
            result: { name, unit, direction: 'smaller', samples: [], processes: [], group: file.group },
            owner: file,
            ...(timeoutMs ? { timeoutMs } : {}),
          });
        }
        if (message.total === 0) {
          this.#failFile(file, index, "registers no benchmarks: call bench(name, fn) from 'benchgate' at the top level of the file");
        }
        return;
      case 'load-error':
        this.#failFile(file, index, `could not be loaded: ${message.message}`);
        return;
      case 'start':
        this.#emit({
          type: 'round',
          ...where,
          benchmark: message.benchmark,
          round: message.round,
          rounds: this.#settings.rounds,
          done: this.#done,
          total: this.#total,
        });
        return;
      case 'sample': {
        const entry = this.#owned(file, message.benchmark);
        if (!entry) return;
        entry.result.samples.push(message.value);
        entry.result.processes?.push(index);
        taken.set(message.benchmark, (taken.get(message.benchmark) ?? 0) + 1);
        this.#emit({ type: 'sample', ...where, benchmark: message.benchmark, round: message.round, value: message.value, unit: entry.result.unit });
        return;
      }
      case 'round-end':
        this.#done++;
        this.#emit({ type: 'round-end', ...where, round: message.round, rounds: this.#settings.rounds, done: this.#done, total: this.#total });
        return;
      case 'error': {
        const location = message.where ? `, ${this.#location(message.where)}` : '';
        this.#fail(file, index, message.benchmark, `${message.message}${location}`);
        return;
      }
      case 'warmup':
      case 'batch':
      case 'warmed':
      case 'ready':
      case 'teardown':
      case 'done':
        return;
    }
  }

  // The time from a child's 'warmup', 'start' or 'teardown' of a benchmark to its next message is
  // that benchmark's: what a shard spends on it, and what the next split balances by. Returns the
  // time not charged to a benchmark since the child started, while it was loading the file.
  #charge(file: FileState, clock: Clock, message?: ChildMessage): number {
    const now = performance.now();
    const last = clock.last;
    const elapsed = now - clock.at;
    clock.last = message;
    clock.at = now;
    if (last && (last.type === 'warmup' || last.type === 'start' || last.type === 'teardown')) {
      const entry = this.#owned(file, last.benchmark);
      if (entry) entry.result.wallTime = (entry.result.wallTime ?? 0) + elapsed;
      return 0;
    }
    clock.loading = (clock.loading ?? 0) + elapsed;
    return last === undefined || last.type === 'env' ? clock.loading : 0;
  }

  // Starting a process and loading the file is paid once per process by whichever shard runs any
  // of the file: shared out over the benchmarks it loaded, so a whole file weighs what it costs.
  #spread(file: FileState, ms: number, names: string[]): void {
    const owned = names.map((name) => this.#owned(file, name)).filter((e): e is Entry => e !== undefined);
    for (const entry of owned) entry.result.wallTime = (entry.result.wallTime ?? 0) + ms / owned.length;
  }

  #limitAfter(file: FileState, last: ChildMessage | undefined): number {
    const { timeoutMs, warmupMs, counting } = this.#settings;
    const slow = counting ? VALGRIND_SLOWDOWN : 1;
    const own = (name: string) => (this.#owned(file, name)?.timeoutMs ?? timeoutMs) * slow;
    switch (last?.type) {
      case undefined:
      case 'env':
        return Math.max(LOAD_LIMIT_MS, timeoutMs) * slow;
      case 'warmup':
        // Counting sends a message before every batch, so only setup and the first call come before the next.
        return own(last.benchmark) + (counting ? 0 : warmupLimitMs(warmupMs));
      case 'batch':
      case 'start':
      case 'teardown':
        return own(last.benchmark);
      default:
        return timeoutMs * slow;
    }
  }

  /** Rounds each benchmark of `file` still needs in this process: not failed, short of `rounds`. */
  #stillNeeded(file: FileState, taken: Map<string, number>): Record<string, number> {
    const needed: Record<string, number> = {};
    for (const name of file.names ?? []) {
      const entry = this.#owned(file, name);
      const left = this.#settings.rounds - (taken.get(name) ?? 0);
      if (entry && !entry.result.error && left > 0) needed[name] = left;
    }
    return needed;
  }

  #owned(file: FileState, name: string): Entry | undefined {
    const entry = this.#entries.get(name);
    return entry?.owner === file ? entry : undefined;
  }

  #fail(file: FileState, index: number, name: string, message: string): void {
    const entry = this.#entries.get(name);
    if (!entry || entry.result.error) return;
    entry.result.error = message;
    this.#emit({ type: 'error', ...this.#where(file, index), benchmark: name, message });
  }

  // A file that cannot run is reported as one failed benchmark named after the file, so the
  // failure reaches the report and the gate instead of silently shrinking the suite.
  #failFile(file: FileState, index: number, message: string): void {
    if (file.failed) return;
    file.failed = true;
    this.#entries.set(file.group, {
      result: { name: file.group, unit: this.#settings.unit, direction: 'smaller', samples: [], processes: [], group: file.group, error: message },
      owner: file,
    });
    this.#emit({ type: 'error', ...this.#where(file, index), benchmark: file.group, message });
  }

  #where(file: FileState, index: number) {
    return { file: file.group, process: index, processes: this.#settings.processes };
  }

  /** "at fn (file:///x/y.ts:3:9)" -> "at y.ts:3:9" relative to cwd. */
  #location(frame: string): string {
    const inner = /\((.*)\)$/.exec(frame)?.[1] ?? frame.replace(/^at\s+/, '');
    const path = inner.replace(/^file:\/\/[^\s:]*(?=:|$)/, (url) => {
      try {
        return relativeTo(this.#settings.cwd, fileURLToPath(url));
      } catch {
        return url;
      }
    });
    return `at ${path}`;
  }
}

export function blame(exit: Extract<ChildExit, { kind: 'timeout' }>, timeoutOf: (name: string) => number): { benchmark: string; message: string } | undefined {
  const { last, limitMs } = exit;
  switch (last?.type) {
    case 'start':
      return { benchmark: last.benchmark, message: `timed out after ${duration(limitMs)} in round ${last.round}` };
    // The limit there includes the warm-up's own budget; the timeout is what people set and can raise.
    case 'warmup':
      return { benchmark: last.benchmark, message: `timed out after ${duration(timeoutOf(last.benchmark))} in setup or warm-up` };
    case 'batch':
      return { benchmark: last.benchmark, message: `timed out after ${duration(limitMs)} in one batch of calls under valgrind` };
    case 'teardown':
      return { benchmark: last.benchmark, message: `teardown timed out after ${duration(limitMs)}` };
    default:
      return undefined;
  }
}

export function crashMessage(exit: Extract<ChildExit, { kind: 'crash' }>): string {
  return describeCrash('benchmark', exit, doing(exit.last));
}

function doing(last: ChildMessage | undefined): string {
  switch (last?.type) {
    case undefined:
    case 'env':
      return 'while loading the file';
    case 'warmup':
      return `during setup or warm-up of "${last.benchmark}"`;
    case 'batch':
      return `while "${last.benchmark}" was being counted`;
    case 'start':
      return `while "${last.benchmark}" ran round ${last.round}`;
    case 'teardown':
      return `during teardown of "${last.benchmark}"`;
    default:
      return 'before finishing';
  }
}

export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

// Processes may finish in any order when they run side by side; the data reads best in process order.
function inProcessOrder(result: BenchmarkResult): BenchmarkResult {
  const { processes } = result;
  if (!processes || processes.length !== result.samples.length) return result;
  const order = processes.map((_, i) => i).sort((a, b) => processes[a]! - processes[b]!);
  return { ...result, samples: order.map((i) => result.samples[i]!), processes: order.map((i) => processes[i]!) };
}

function count(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${name}: expected a whole number of at least 1, found ${describe(value)}`);
  return value;
}

function positive(name: string, value: number): number {
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new UsageError(`${name}: expected a positive number of milliseconds, found ${describe(value)}`);
  }
  return value;
}

// The bundle ships dist/child.js beside its entries, or one folder up when this code sits in a
// split chunk (dist/chunks/); in benchgate's own sources the child is child.ts.
export function childEntry(): string {
  for (const bundled of ['./child.js', '../child.js']) {
    const url = new URL(bundled, import.meta.url);
    if (existsSync(url)) return fileURLToPath(url);
  }
  return fileURLToPath(new URL('./child.ts', import.meta.url));
}

const strippingNodes = new Map<string, boolean>();

// Only benchgate's own TypeScript sources need these. A Node that cannot strip types runs child.ts
// through tsx; the condition lets `import { bench } from 'benchgate'` resolve to src/api.ts
// (given a "benchgate-source" entry in package.json's exports).
export function sourceArgs(node: string, entry: string, env: NodeJS.ProcessEnv | undefined): string[] {
  if (!entry.endsWith('.ts')) return [];
  let strips = strippingNodes.get(node);
  if (strips === undefined) {
    try {
      strips = execFileSync(node, ['-p', 'Boolean(process.features.typescript)'], { encoding: 'utf8', timeout: 10_000, env }).trim() === 'true';
    } catch {
      strips = true; // Let the real spawn report why this Node cannot start.
    }
    strippingNodes.set(node, strips);
  }
  return ['--conditions=benchgate-source', ...(strips ? [] : ['--import', import.meta.resolve('tsx')])];
}
