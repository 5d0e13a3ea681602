// Instructions per call of one benchmark, in a process under callgrind: calibrate a batch by
// counting, warm it up, then count one batch. Every decision here is taken on call counts and
// instruction counts, never on time, so two processes running the same code take the same steps
// and V8 (run with --predictable) compiles the same code at the same moments.
import type { BenchFunction } from '../micro/registry.ts';
import { compileBatch, isThenable, type Batch } from '../micro/measure.ts';
import type { Events } from './callgrind.ts';
import type { InstructionCounter } from './counter.ts';

export interface CountingOptions {
  /** Instructions one counted batch should hold, at least (calls come in steps of 1, 2, 5, 10, …). */
  batchInstructions: number;
}

export interface CountingHooks {
  /** Before each batch, counted or not: lets the runner know the process is alive. */
  batch(): Promise<void>;
  /** Just before each batch that may be the measured one. */
  measuring(): Promise<void>;
}

export interface Counted {
  /** Events per call of the measured batch, the markers' own cost taken off. */
  perCall: Events;
  /** Calls in each batch, the measured one included. */
  calls: number;
  /** Calls made before the measured batch (the first call, calibration and warm-up). */
  warmupCalls: number;
  /** Whether the measured batch agreed with the one before it within SETTLED_WITHIN (else the tries ran out). */
  settled: boolean;
}

// V8 moves a hot function to faster (sometimes slower) code after a number of calls: in the
// accuracy workloads the last such step came after 300 to 850 calls (measured on Node 24 under
// callgrind, warming up batch by batch), so the warm-up makes WARMUP_CALLS calls when that costs
// no more than WARMUP_INSTRUCTIONS, which bounds it for slow functions.
const WARMUP_CALLS = 1_000;
const WARMUP_INSTRUCTIONS = 100_000_000;
const MIN_WARMUP_BATCHES = 2;
// After the warm-up, batches are counted until one agrees this closely with the one before it;
// that one is the measurement. Settled code repeats to a few parts per million; a tenth of a
// percent leaves room for a batch that happens to allocate across a boundary of the heap's growth.
const SETTLED_WITHIN = 0.001;
const MAX_COUNTED_BATCHES = 5;
// Calibration grows the batch until one holds a quarter of the target. A call costs a few
// instructions at the least, so the cap on calls only stops a runaway.
const MAX_PROBES = 12;
const MAX_CALLS = 100_000_000;

/** The largest of 1, 2, 5, 10, 20, 50, … not above `calls` (at least 1): a few percent more work rarely moves a batch to another size. */
export function roundedCalls(calls: number): number {
  if (!(calls >= 1)) return 1;
  const decade = 10 ** Math.floor(Math.log10(calls));
  const step = [5, 2, 1].find((s) => s * decade <= calls * (1 + 1e-12)) ?? 1;
  return step * decade;
}

/** Whether two counts agree within `within` of the larger. */
export function agree(a: number, b: number, within = SETTLED_WITHIN): boolean {
  return Math.abs(a - b) <= within * Math.max(a, b);
}

/** The counted cost of the markers themselves (about 600 instructions): an empty section, once the path is warm. */
export async function markerOverhead(counter: InstructionCounter): Promise<Events> {
  const empty = () => undefined;
  await counter.count(empty, false);
  return counter.count(empty, false);
}

export async function countPerCall(
  fn: BenchFunction,
  counter: InstructionCounter,
  overhead: Events,
  options: CountingOptions,
  hooks: CountingHooks,
): Promise<Counted> {
  const first = fn();
  const async = isThenable(first);
  if (async) await first;
  const batch = compileBatch(fn, async);
  let warmupCalls = 1;
  const counted = async (collect: boolean): Promise<Events> => {
    await hooks.batch();
    const events = net(await counter.count(batch.run, async, collect), overhead);
    warmupCalls += batch.calls;
    return events;
  };

  // Calibration: grow the batch until it holds a quarter of the target; its calls are warm-up too.
  batch.calls = 1;
  let instructions = (await counted(false)).Ir ?? 0;
  for (let probe = 1; instructions * 4 < options.batchInstructions && probe < MAX_PROBES; probe++) {
    batch.calls = Math.min(MAX_CALLS, Math.ceil(batch.calls * Math.min(16, options.batchInstructions / Math.max(instructions, 1))));
    instructions = (await counted(false)).Ir ?? 0;
  }
  // Whether a collection fell inside an uncollected probe depends on what arrived over IPC and
  // when, which differs between processes; sizing the batch from a collected count of the last
  // probe's size keeps every process on the same batch size, and so on the same compiled code.
  instructions = (await counted(true)).Ir ?? instructions;
  const perCallEstimate = instructions / batch.calls;
  batch.calls = Math.min(MAX_CALLS, roundedCalls(options.batchInstructions / Math.max(perCallEstimate, 1)));

  const warmupBatches = Math.max(
    MIN_WARMUP_BATCHES,
    Math.min(Math.ceil(WARMUP_CALLS / batch.calls), Math.floor(WARMUP_INSTRUCTIONS / Math.max(perCallEstimate * batch.calls, 1))),
  );
  for (let i = 0; i < warmupBatches; i++) await uncounted(batch, async, hooks);
  warmupCalls += warmupBatches * batch.calls;

  let previous = await counted(true);
  for (let tries = 2; ; tries++) {
    const before = warmupCalls;
    // Said before the batch, so a batch that never returns is blamed on the measurement.
    await hooks.measuring();
    const events = await counted(true);
    const settled = agree(events.Ir ?? 0, previous.Ir ?? 0);
    if (settled || tries >= MAX_COUNTED_BATCHES) return { perCall: perCallOf(events, batch.calls), calls: batch.calls, warmupCalls: before, settled };
    previous = events;
  }
}

// Without a collection first: the JIT learns the same either way, and collections cost more than the batch.
async function uncounted(batch: Batch, async: boolean, hooks: CountingHooks): Promise<void> {
  await hooks.batch();
  if (async) await batch.run();
  else batch.run();
}

function net(events: Events, overhead: Events): Events {
  return Object.fromEntries(Object.entries(events).map(([name, value]) => [name, Math.max(0, value - (overhead[name] ?? 0))]));
}

function perCallOf(events: Events, calls: number): Events {
  return Object.fromEntries(Object.entries(events).map(([name, value]) => [name, value / calls]));
}
