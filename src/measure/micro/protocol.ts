// What the runner and a benchmark child process say to each other over the IPC channel.
// IPC rather than stdout, so whatever the user's code prints cannot break the conversation.
import type { Environment } from '../../results/model.ts';

/** Passed to the child as its one command-line argument, JSON-encoded. */
export interface ChildConfig {
  /** Absolute path of the benchmark file. */
  file: string;
  /** Rounds this process runs; round numbers go from 1 to `rounds`. */
  rounds: number;
  roundTimeMs: number;
  /** Shortest warm-up of each benchmark, in ms. */
  warmupMs: number;
  /** Only benchmarks whose name matches run. */
  filter?: { source: string; flags: string };
  /** Only these of the file's benchmarks run (a shard's part of a split file); absent: all. */
  select?: FileSelection;
  /**
   * After a restart: how many rounds each benchmark still needs. A benchmark runs in the last
   * `needed[name]` rounds; one not listed does not run. Absent: every selected benchmark, every round.
   */
  needed?: Record<string, number>;
  /** Driven round by round by the runner (interleaved A/B runs) instead of running `rounds` by itself. */
  driven?: DrivenConfig;
  /** Count instructions instead of timing: the process runs under callgrind; one measured batch per benchmark. */
  instructions?: CountingConfig;
}

/** The benchmarks run one after another, each warmed up and counted once (instruments/counted.ts). */
export interface CountingConfig {
  /** Folder callgrind writes this process's dumps into. */
  dumps: string;
  /** Instructions one counted batch should hold, at least. */
  batchInstructions: number;
}

/**
 * A driven child warms its benchmarks up, says 'ready', and then runs one round of the benchmarks
 * each 'run' names, in that order, until 'finish'. `rounds` and `needed` only select benchmarks then.
 */
export interface DrivenConfig {
  /** Warm up until the timings settle (at least warmupMs · SETTLE_MIN_SHARE, at most warmupLimitMs), instead of at least warmupMs. */
  settle: boolean;
  /** Collect garbage before each round (the child must be started with --expose-gc). */
  gc: boolean;
  /** What one round's sample is: the mean time per call over its batches (default), or the median batch. */
  statistic?: RoundStatistic;
}

export type RoundStatistic = 'mean' | 'median';

/** Which benchmarks of one file run: all, only some, or all but some (a shard's part of a split file). */
export type FileSelection = { kind: 'all' } | { kind: 'only'; names: string[] } | { kind: 'except'; names: string[] };

export function selects(selection: FileSelection | undefined, name: string): boolean {
  switch (selection?.kind) {
    case undefined:
    case 'all':
      return true;
    case 'only':
      return selection.names.includes(name);
    case 'except':
      return !selection.names.includes(name);
  }
}

/** What the runner says to a driven child. */
export type ParentMessage =
  /** Run one round of each of these benchmarks now, in this order; `round` is echoed back. */
  | { type: 'run'; round: number; benchmarks: string[] }
  /** Tear down and exit. */
  | { type: 'finish' };

export interface RegisteredInfo {
  name: string;
  /** The unit of its samples, e.g. "ns/op". */
  unit: string;
  /** Its own round timeout in ms, when it sets one. */
  timeoutMs?: number;
}

export type ChildMessage =
  | { type: 'env'; env: Environment }
  /** Benchmarks selected to run (after the filter), in registration order; `total` counts every registration. */
  | { type: 'registered'; benchmarks: RegisteredInfo[]; total: number }
  /** The file could not be loaded; nothing runs. */
  | { type: 'load-error'; message: string }
  /** Setup, calibration and warm-up of one benchmark begin. */
  | { type: 'warmup'; benchmark: string }
  /** Warm-up of one benchmark is over: how long it took and whether its timings settled (else the limit stopped it). */
  | { type: 'warmed'; benchmark: string; ms: number; settled: boolean }
  /** A driven child has warmed everything up and waits for 'run'. */
  | { type: 'ready' }
  /** Instructions mode: one batch of calls (warm-up or measured) begins. */
  | { type: 'batch'; benchmark: string }
  | { type: 'start'; benchmark: string; round: number }
  /** Time per operation over one round (mean, or the median batch in driven mode when asked), in the benchmark's unit; or instructions per operation. */
  | { type: 'sample'; benchmark: string; round: number; value: number }
  | { type: 'round-end'; round: number }
  | { type: 'teardown'; benchmark: string }
  /** The benchmark failed and stops; `where` is the first stack frame, when known. */
  | { type: 'error'; benchmark: string; message: string; where?: string }
  | { type: 'done' };

/** Longest warm-up of one benchmark, in ms; the runner allows for it before calling the benchmark hung. */
export function warmupLimitMs(warmupMs: number): number {
  return 4 * warmupMs;
}

/** A settling warm-up lasts at least this share of warmupMs: a first flat stretch can still be followed by a faster tier. */
export const SETTLE_MIN_SHARE = 0.4;

/** Longest settling warm-up: as long as any warm-up may take, and at least long enough to see timings settle at all. */
export function settleLimitMs(warmupMs: number): number {
  return Math.max(warmupLimitMs(warmupMs), 160);
}
