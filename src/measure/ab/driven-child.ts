// One long-lived benchmark child of an interleaved run: loaded and warmed up once, then told to run
// one round of named benchmarks at a time, so the runner can put rounds of the two versions of the
// code right next to each other.
import type { Environment } from '../../results/model.ts';
import { blame, crashMessage, duration, LOAD_LIMIT_MS } from '../micro/runner.ts';
import { settleLimitMs, type ChildConfig, type ChildMessage, type FileSelection, type RegisteredInfo, type RoundStatistic } from '../micro/protocol.ts';
import { runChild, type ChildExit, type ChildHandle } from '../micro/spawn-child.ts';

export interface DrivenChildOptions {
  /** Program and arguments before the child entry: node and its flags, behind taskset when pinned. */
  command: string;
  args: string[];
  entry: string;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Absolute path of the benchmark file. */
  file: string;
  roundTimeMs: number;
  warmupMs: number;
  timeoutMs: number;
  filter?: { source: string; flags: string };
  /** A shard's part of the file. */
  select?: FileSelection;
  /** Only these benchmarks run (a replacement child leaves out those that failed before). */
  only?: readonly string[];
  gc: boolean;
  statistic: RoundStatistic;
  signal?: AbortSignal;
}

export interface Warmup {
  ms: number;
  settled: boolean;
}

export interface RoundOutcome {
  /** One sample per benchmark that ran. */
  samples: Map<string, number>;
  /** Benchmarks that failed in this round, with why. */
  errors: Map<string, string>;
  /** Set when the child is gone (crashed, hung, aborted): it runs nothing more. */
  ended?: string;
}

/** How long an idle driven child may wait for its next command: the runner may be busy with others. */
const IDLE_LIMIT_MS = 24 * 60 * 60 * 1000;

export class DrivenChild {
  /** Benchmarks the file registers (after the filter), in registration order. */
  registered: RegisteredInfo[] = [];
  /** The file could not be loaded or registers nothing: why. */
  loadError?: string;
  /** Benchmarks that failed during setup or warm-up, with why. */
  readonly failed = new Map<string, string>();
  readonly warmups = new Map<string, Warmup>();
  env?: Environment;
  #handle?: ChildHandle;
  #exit?: string;
  readonly #options: DrivenChildOptions;
  readonly #closed: Promise<ChildExit>;
  #waiter?: () => void;
  #round?: RoundOutcome;
  #timeouts = new Map<string, number>();

  private constructor(options: DrivenChildOptions) {
    this.#options = options;
    const config: ChildConfig = {
      file: options.file,
      rounds: 1,
      roundTimeMs: options.roundTimeMs,
      warmupMs: options.warmupMs,
      ...(options.filter ? { filter: options.filter } : {}),
      ...(options.select ? { select: options.select } : {}),
      ...(options.only ? { needed: Object.fromEntries(options.only.map((name) => [name, 1])) } : {}),
      driven: { settle: true, gc: options.gc, statistic: options.statistic },
    };
    this.#closed = runChild({
      node: options.command,
      nodeArgs: options.args,
      entry: options.entry,
      config,
      cwd: options.cwd,
      ...(options.env ? { env: options.env } : {}),
      limitAfter: (last) => this.#limitAfter(last),
      onMessage: (message) => this.#onMessage(message),
      onSpawn: (handle) => (this.#handle = handle),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    this.#closed.then(
      (exit) => this.#ended(exit),
      (err: unknown) => this.#ended({ kind: 'crash', code: null, signal: null, stderr: (err as Error).message, last: undefined }),
    );
  }

  /** Spawn, load the file and warm every benchmark up; resolves when the child is ready or gone. */
  static async start(options: DrivenChildOptions): Promise<DrivenChild> {
    const child = new DrivenChild(options);
    await child.#wait();
    return child;
  }

  /** Why the child is gone, once it is. */
  get ended(): string | undefined {
    return this.#exit;
  }

  /** Names this child can still run. */
  get runnable(): string[] {
    return this.#exit ? [] : this.registered.map((b) => b.name).filter((name) => !this.failed.has(name));
  }

  /** Run one round of each of `names`, in that order. */
  async runRound(round: number, names: readonly string[]): Promise<RoundOutcome> {
    const outcome: RoundOutcome = { samples: new Map(), errors: new Map() };
    if (this.#exit) return { ...outcome, ended: this.#exit };
    this.#round = outcome;
    this.#handle?.send({ type: 'run', round, benchmarks: [...names] }, this.#options.timeoutMs);
    await this.#wait();
    this.#round = undefined;
    if (this.#exit) outcome.ended = this.#exit;
    return outcome;
  }

  /** Tear down and wait for the process to end. */
  async finish(): Promise<void> {
    this.#handle?.send({ type: 'finish' }, this.#options.timeoutMs);
    await this.#closed.catch(() => undefined);
  }

  #wait(): Promise<void> {
    if (this.#exit) return Promise.resolve();
    return new Promise((resolve) => (this.#waiter = resolve));
  }

  #wake(): void {
    const waiter = this.#waiter;
    this.#waiter = undefined;
    waiter?.();
  }

  #onMessage(message: ChildMessage): void {
    switch (message.type) {
      case 'env':
        this.env = message.env;
        return;
      case 'registered':
        this.registered = message.benchmarks.filter((b) => !this.#options.only || this.#options.only.includes(b.name));
        for (const b of message.benchmarks) if (b.timeoutMs) this.#timeouts.set(b.name, b.timeoutMs);
        if (message.total === 0) this.loadError = "registers no benchmarks: call bench(name, fn) from 'benchgate' at the top level of the file";
        return;
      case 'load-error':
        this.loadError = `could not be loaded: ${message.message}`;
        return;
      case 'warmed':
        this.warmups.set(message.benchmark, { ms: message.ms, settled: message.settled });
        return;
      case 'sample':
        this.#round?.samples.set(message.benchmark, message.value);
        return;
      case 'error': {
        const text = message.where ? `${message.message}, ${message.where.replace(/^at\s+/, 'at ')}` : message.message;
        this.#round?.errors.set(message.benchmark, text);
        this.failed.set(message.benchmark, text);
        return;
      }
      case 'ready':
      case 'round-end':
        this.#wake();
        return;
      case 'warmup':
      case 'start':
      case 'teardown':
      case 'done':
        return;
    }
  }

  #ended(exit: ChildExit): void {
    if (exit.kind === 'done') {
      this.#exit ??= 'finished';
    } else if (exit.kind === 'aborted') {
      this.#exit = 'the run was aborted';
    } else if (exit.kind === 'timeout') {
      const culprit = blame(exit, (name) => this.#timeoutOf(name));
      if (culprit) {
        this.failed.set(culprit.benchmark, culprit.message);
        this.#round?.errors.set(culprit.benchmark, culprit.message);
      }
      this.#exit = culprit ? `stopped: "${culprit.benchmark}" ${culprit.message}` : `the benchmark process stopped responding for ${duration(exit.limitMs)}`;
    } else {
      const message = crashMessage(exit);
      const last = exit.last;
      const culprit = last?.type === 'start' || last?.type === 'warmup' || last?.type === 'teardown' ? last.benchmark : undefined;
      if (culprit) {
        this.failed.set(culprit, message);
        this.#round?.errors.set(culprit, message);
      }
      if (!this.registered.length && !this.loadError) this.loadError = message;
      this.#exit = message;
    }
    this.#wake();
  }

  #timeoutOf(name: string): number {
    return this.#timeouts.get(name) ?? this.#options.timeoutMs;
  }

  #limitAfter(last: ChildMessage | undefined): number {
    const { timeoutMs, warmupMs } = this.#options;
    switch (last?.type) {
      case undefined:
      case 'env':
        return Math.max(LOAD_LIMIT_MS, timeoutMs);
      case 'warmup':
        return this.#timeoutOf(last.benchmark) + settleLimitMs(warmupMs);
      case 'start':
      case 'teardown':
        return this.#timeoutOf(last.benchmark);
      case 'ready':
      case 'round-end':
        return IDLE_LIMIT_MS;
      default:
        return timeoutMs;
    }
  }
}
