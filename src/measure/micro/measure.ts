// Timing one benchmark in the child: calibrate a batch, warm up, then one sample per round.
import { performance } from 'node:perf_hooks';
import { Bench, type Task } from 'tinybench';
import type { BenchFunction, TimeUnit } from './registry.ts';
import { warmupLimitMs } from './protocol.ts';

// One timed batch must swamp the timer's resolution and the cost of timing it.
const BATCH_TARGET_MS = 1;
// Warm-up stops once two successive chunks agree this closely: the JIT has settled.
const SETTLED = 0.05;

const NS_PER: Record<TimeUnit, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9 };

export interface Prepared {
  name: string;
  task: Task;
  /** Calls per timed batch. */
  batch: number;
  /** Nanoseconds per unit of the samples. */
  nsPerUnit: number;
}

export function createRoundBench(roundTimeMs: number): Bench {
  // Every batch is a full millisecond or more, so one batch is enough of a minimum;
  // the round lasts `roundTimeMs`. Warm-up is ours (see warmUp), not tinybench's fixed one.
  return new Bench({ time: roundTimeMs, iterations: 1, warmup: false, throws: false });
}

/** Calibrate the batch size and warm `fn` up, then add its timed task to `bench`. */
export async function prepare(bench: Bench, name: string, fn: BenchFunction, unit: TimeUnit, warmupMs: number): Promise<Prepared> {
  const first = fn();
  const async = isThenable(first);
  if (async) await first;
  const batch = compileBatch(fn, async);
  const msPerCall = await warmUp(batch, warmupMs);
  batch.calls = Math.max(1, Math.ceil(BATCH_TARGET_MS / msPerCall));
  bench.add(name, batch.run, { async });
  const task = bench.getTask(name);
  if (!task) throw new Error(`tinybench did not keep the task "${name}"`);
  return { name, task, batch: batch.calls, nsPerUnit: NS_PER[unit] };
}

/** One sample: the mean time per call over one round, in the benchmark's unit. */
export async function measureRound(prepared: Prepared): Promise<number> {
  const { task } = prepared;
  task.reset(false);
  await task.run();
  const result = task.result;
  if (result.state === 'errored') throw result.error;
  if (result.state !== 'completed') throw new Error(`the round ended in state "${result.state}"`);
  return (result.latency.mean * 1e6) / prepared.batch / prepared.nsPerUnit;
}

// Runs growing batches until one takes BATCH_TARGET_MS, for at least `warmupMs`, then on until
// two successive chunks agree or the warm-up budget is spent. Returns the time per call in ms.
// The minimum matters more than the settling: V8 may move a function to a faster or slower tier
// well after its timings first look steady.
async function warmUp(batch: Batch, warmupMs: number): Promise<number> {
  const minMs = warmupMs;
  const maxMs = warmupLimitMs(warmupMs);
  const chunkMs = Math.max(warmupMs / 5, 2 * BATCH_TARGET_MS);
  const started = performance.now();
  let previous: number | undefined;
  for (;;) {
    let calls = 0;
    let spent = 0;
    while (spent < chunkMs) {
      const t0 = performance.now();
      if (batch.async) await batch.run();
      else batch.run();
      const took = performance.now() - t0;
      spent += took;
      calls += batch.calls;
      if (took < BATCH_TARGET_MS) batch.calls *= 2;
    }
    const perCall = spent / calls;
    const elapsed = performance.now() - started;
    const settled = previous !== undefined && Math.abs(perCall - previous) <= SETTLED * previous;
    if (elapsed >= maxMs || (elapsed >= minMs && settled)) return perCall;
    previous = perCall;
  }
}

interface Batch {
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
function compileBatch(fn: BenchFunction, async: boolean): Batch {
  const batch: Batch & { kept: unknown } = { run: () => {}, async, calls: 1, kept: undefined };
  const loop = async ? 'r = await fn()' : 'r = fn()';
  const body = `/* batch ${++compiled} */ return ${async ? 'async ' : ''}function batch() { let r; for (let i = 0; i < b.calls; i++) ${loop}; b.kept = r; };`;
  batch.run = new Function('fn', 'b', body)(fn, batch) as () => unknown;
  return batch;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
