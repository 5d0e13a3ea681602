// Timing one benchmark in the child: calibrate a batch, warm up, then one sample per round.
import { performance } from 'node:perf_hooks';
import { Bench, type Task } from 'tinybench';
import type { BenchFunction, TimeUnit } from './registry.ts';
import type { RoundStatistic } from './protocol.ts';
import { SETTLE_MIN_SHARE, settleLimitMs, warmupLimitMs } from './protocol.ts';

// One timed batch must swamp the timer's resolution and the cost of timing it.
const BATCH_TARGET_MS = 1;
// Warm-up stops once two successive chunks agree this closely: the JIT has settled.
const SETTLED = 0.05;
// A settling warm-up (interleaved runs) times short chunks and calls the timings settled when the
// median of the last SETTLE_WINDOW / 2 chunks is within SETTLE_FLAT of the median of the
// SETTLE_WINDOW / 2 before: flat, not still falling (or rising). Medians, so one interrupted
// chunk on a busy machine does not hold the warm-up up.
const SETTLE_CHUNK_MS = 10;
const SETTLE_WINDOW = 8;
const SETTLE_FLAT = 0.05;

const NS_PER: Record<TimeUnit, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9 };

export interface Prepared {
  name: string;
  task: Task;
  /** Calls per timed batch. */
  batch: number;
  /** Nanoseconds per unit of the samples. */
  nsPerUnit: number;
  /** How long the warm-up took, and whether the timings settled before its limit. */
  warmup: WarmupOutcome;
}

export interface WarmupOutcome {
  ms: number;
  settled: boolean;
}

/** 'minimum': at least warmupMs, on until two chunks agree (up to the limit). 'settle': until the timings are flat (interleaved runs). */
export type WarmupMode = 'minimum' | 'settle';

export function createRoundBench(roundTimeMs: number): Bench {
  // Every batch is a full millisecond or more, so one batch is enough of a minimum;
  // the round lasts `roundTimeMs`. Warm-up is ours (see warmUp), not tinybench's fixed one.
  return new Bench({ time: roundTimeMs, iterations: 1, warmup: false, throws: false });
}

/** Calibrate the batch size and warm `fn` up, then add its timed task to `bench`. */
export async function prepare(
  bench: Bench,
  name: string,
  fn: BenchFunction,
  unit: TimeUnit,
  warmupMs: number,
  mode: WarmupMode = 'minimum',
): Promise<Prepared> {
  const started = performance.now();
  const first = fn();
  const async = isThenable(first);
  if (async) await first;
  const batch = compileBatch(fn, async);
  const { perCall, settled } = mode === 'settle' ? await warmUpUntilSettled(batch, warmupMs) : await warmUp(batch, warmupMs);
  batch.calls = Math.max(1, Math.ceil(BATCH_TARGET_MS / perCall));
  bench.add(name, batch.run, { async });
  const task = bench.getTask(name);
  if (!task) throw new Error(`tinybench did not keep the task "${name}"`);
  return { name, task, batch: batch.calls, nsPerUnit: NS_PER[unit], warmup: { ms: performance.now() - started, settled } };
}

/**
 * One sample: the time per call over one round, in the benchmark's unit. 'mean' over all its
 * batches, or 'median' batch, which a batch the OS preempted (a busy machine) does not move.
 */
export async function measureRound(prepared: Prepared, statistic: RoundStatistic = 'mean'): Promise<number> {
  const { task } = prepared;
  task.reset(false);
  await task.run();
  const result = task.result;
  if (result.state === 'errored') throw result.error;
  if (result.state !== 'completed') throw new Error(`the round ended in state "${result.state}"`);
  const ms = statistic === 'median' ? result.latency.p50 : result.latency.mean;
  return (ms * 1e6) / prepared.batch / prepared.nsPerUnit;
}

// Runs growing batches until one takes BATCH_TARGET_MS, for at least `warmupMs`, then on until
// two successive chunks agree or the warm-up budget is spent. Returns the time per call in ms.
// The minimum matters more than the settling: V8 may move a function to a faster or slower tier
// well after its timings first look steady.
async function warmUp(batch: Batch, warmupMs: number): Promise<{ perCall: number; settled: boolean }> {
  const minMs = warmupMs;
  const maxMs = warmupLimitMs(warmupMs);
  const chunkMs = Math.max(warmupMs / 5, 2 * BATCH_TARGET_MS);
  const started = performance.now();
  let previous: number | undefined;
  for (;;) {
    const perCall = await timeChunk(batch, chunkMs);
    const elapsed = performance.now() - started;
    const settled = previous !== undefined && Math.abs(perCall - previous) <= SETTLED * previous;
    if (elapsed >= maxMs || (elapsed >= minMs && settled)) return { perCall, settled };
    previous = perCall;
  }
}

// Timings per call of successive SETTLE_CHUNK_MS chunks, until the last SETTLE_WINDOW are flat
// (after at least SETTLE_MIN_SHARE of warmupMs) or the warm-up limit is reached.
async function warmUpUntilSettled(batch: Batch, warmupMs: number): Promise<{ perCall: number; settled: boolean }> {
  const minMs = SETTLE_MIN_SHARE * warmupMs;
  const maxMs = settleLimitMs(warmupMs);
  const started = performance.now();
  const chunks: number[] = [];
  for (;;) {
    chunks.push(await timeChunk(batch, SETTLE_CHUNK_MS));
    const elapsed = performance.now() - started;
    const settled = chunks.length >= SETTLE_WINDOW && isFlat(chunks.slice(-SETTLE_WINDOW));
    if ((settled && elapsed >= minMs) || elapsed >= maxMs) return { perCall: middle(chunks.slice(-SETTLE_WINDOW / 2)), settled };
  }
}

/** Whether the later half of `window` has the same median as the earlier half, within SETTLE_FLAT. */
export function isFlat(window: readonly number[]): boolean {
  const half = window.length >> 1;
  const earlier = middle(window.slice(0, half));
  const later = middle(window.slice(half));
  return Math.abs(later - earlier) <= SETTLE_FLAT * earlier;
}

/** Time per call, in ms, over batches run for about `ms`; batches grow until one takes BATCH_TARGET_MS. */
async function timeChunk(batch: Batch, ms: number): Promise<number> {
  let calls = 0;
  let spent = 0;
  while (spent < ms) {
    const t0 = performance.now();
    if (batch.async) await batch.run();
    else batch.run();
    const took = performance.now() - t0;
    spent += took;
    calls += batch.calls;
    if (took < BATCH_TARGET_MS) batch.calls *= 2;
  }
  return spent / calls;
}

function middle(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
}

export interface Batch {
  /** Calls `fn` `calls` times in a row; async when `fn` is. */
  run: () => unknown;
  async: boolean;
  calls: number;
}

// Each benchmark gets its own compiled copy of the batch loop. One shared loop would see every
// benchmark's function at its call site, turn megamorphic, and make one benchmark's timing depend
// on which others share its file. The result is kept so the optimiser cannot drop the call.
// The numbered comment keeps V8's compilation cache from handing every copy the same code.
let compiled = 0;
export function compileBatch(fn: BenchFunction, async: boolean): Batch {
  const batch: Batch & { kept: unknown } = { run: () => {}, async, calls: 1, kept: undefined };
  const loop = async ? 'r = await fn()' : 'r = fn()';
  const body = `/* batch ${++compiled} */ return ${async ? 'async ' : ''}function batch() { let r; for (let i = 0; i < b.calls; i++) ${loop}; b.kept = r; };`;
  batch.run = new Function('fn', 'b', body)(fn, batch) as () => unknown;
  return batch;
}

export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
