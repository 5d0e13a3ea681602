// The child process: loads one benchmark file, runs its benchmarks in interleaved rounds and
// reports over the IPC channel. Runs on the user's Node, so it keeps to what Node 20 offers.
import { collectEnvironment } from '../../results/environment.ts';
import { countPerCall, markerOverhead } from '../instruments/counted.ts';
import { InstructionCounter } from '../instruments/counter.ts';
import { loadBenchmarkFile } from './load.ts';
import { createRoundBench, measureRound, prepare, type Prepared } from './measure.ts';
import {
  selects,
  type ChildConfig,
  type ChildMessage,
  type CountingConfig,
  type DrivenConfig,
  type ParentMessage,
  type RegisteredInfo,
  type RoundStatistic,
} from './protocol.ts';
import { registry, type RegisteredBenchmark } from './registry.ts';
import { sendToParent } from './send-to-parent.ts';

interface Running {
  prepared: Prepared;
  definition: RegisteredBenchmark;
  firstRound: number;
}

const send = (message: ChildMessage): Promise<void> => sendToParent(message);

async function main(config: ChildConfig): Promise<void> {
  await send({ type: 'env', env: collectEnvironment() });
  try {
    await loadBenchmarkFile(config.file);
  } catch (err) {
    await send({ type: 'load-error', message: describeError(err).message });
    return;
  }

  const all = registry().benchmarks;
  const filter = config.filter ? new RegExp(config.filter.source, config.filter.flags) : undefined;
  const selected = unique(all.filter((b) => (!filter || filter.test(b.name)) && selects(config.select, b.name)));
  await send({ type: 'registered', benchmarks: selected.map((b) => info(b, config)), total: all.length });

  const wanted: RegisteredBenchmark[] = [];
  for (const definition of selected) {
    const count = all.filter((b) => b.name === definition.name).length;
    if (count > 1) {
      await send({
        type: 'error',
        benchmark: definition.name,
        message: `the name is registered ${count} times in this file; benchmark names must be unique within a run`,
      });
    } else if (!config.needed || (config.needed[definition.name] ?? 0) > 0) {
      wanted.push(definition);
    }
  }

  if (config.instructions) return runCounted(config.instructions, wanted);

  const bench = createRoundBench(config.roundTimeMs);
  const running: Running[] = [];
  for (const definition of wanted) {
    await send({ type: 'warmup', benchmark: definition.name });
    try {
      await definition.options.setup?.();
    } catch (err) {
      await fail(definition.name, err, 'setup failed: ');
      continue;
    }
    try {
      const mode = config.driven?.settle ? 'settle' : 'minimum';
      const prepared = await prepare(bench, definition.name, definition.fn, definition.options.unit ?? 'ns', config.warmupMs, mode);
      const needed = config.needed?.[definition.name] ?? config.rounds;
      running.push({ prepared, definition, firstRound: config.rounds - needed + 1 });
      if (config.driven) await send({ type: 'warmed', benchmark: definition.name, ms: prepared.warmup.ms, settled: prepared.warmup.settled });
    } catch (err) {
      await fail(definition.name, err);
      await tearDown(definition);
    }
  }

  if (config.driven) await runDriven(config.driven, running);
  else await runRounds(config, running);
  for (const { definition } of running) await tearDown(definition);
}

// One benchmark after another, in the order the file registers them, each warmed up, counted
// once and torn down before the next: what ran before a benchmark is then the same in every process.
async function runCounted(counting: CountingConfig, wanted: RegisteredBenchmark[]): Promise<void> {
  const counter = new InstructionCounter(counting.dumps);
  const overhead = await markerOverhead(counter);
  for (const definition of wanted) {
    const benchmark = definition.name;
    await send({ type: 'warmup', benchmark });
    try {
      await definition.options.setup?.();
    } catch (err) {
      await fail(benchmark, err, 'setup failed: ');
      continue;
    }
    try {
      const counted = await countPerCall(
        definition.fn,
        counter,
        overhead,
        { batchInstructions: counting.batchInstructions },
        {
          batch: () => send({ type: 'batch', benchmark }),
          measuring: () => send({ type: 'start', benchmark, round: 1 }),
        },
      );
      await send({ type: 'sample', benchmark, round: 1, value: counted.perCall.Ir ?? 0 });
    } catch (err) {
      await fail(benchmark, err);
    }
    await tearDown(definition);
  }
  await send({ type: 'round-end', round: 1 });
}

async function runRounds(config: ChildConfig, running: Running[]): Promise<void> {
  const firstRound = Math.min(...running.map((r) => r.firstRound));
  for (let round = firstRound; round <= config.rounds; round++) {
    // A fresh order every round spreads machine drift over all benchmarks instead of one.
    for (const current of shuffle(running.filter((r) => r.firstRound <= round))) {
      globalThis.gc?.();
      await runOne(running, current, round);
    }
    await send({ type: 'round-end', round });
  }
}

// The runner decides what runs when, so that rounds of two versions of the code, each in its own
// child, can follow one another closely. Names the child does not run (failed, filtered) are skipped.
async function runDriven(driven: DrivenConfig, running: Running[]): Promise<void> {
  const inbox = messages();
  await send({ type: 'ready' });
  for (;;) {
    const message = await inbox.next();
    if (message === undefined || message.type === 'finish') return;
    for (const name of message.benchmarks) {
      const current = running.find((r) => r.definition.name === name);
      if (!current) continue;
      if (driven.gc) globalThis.gc?.();
      await runOne(running, current, message.round, driven.statistic);
    }
    await send({ type: 'round-end', round: message.round });
  }
}

async function runOne(running: Running[], current: Running, round: number, statistic: RoundStatistic = 'mean'): Promise<void> {
  await send({ type: 'start', benchmark: current.definition.name, round });
  try {
    const value = await measureRound(current.prepared, statistic);
    await send({ type: 'sample', benchmark: current.definition.name, round, value });
  } catch (err) {
    await fail(current.definition.name, err);
    running.splice(running.indexOf(current), 1);
    await tearDown(current.definition);
  }
}

/** The runner's messages, one at a time, in order; undefined once the channel has closed. */
function messages(): { next: () => Promise<ParentMessage | undefined> } {
  const queue: ParentMessage[] = [];
  let waiting: ((message: ParentMessage | undefined) => void) | undefined;
  process.on('message', (message: ParentMessage) => {
    if (waiting) {
      const wake = waiting;
      waiting = undefined;
      wake(message);
    } else {
      queue.push(message);
    }
  });
  return {
    next: () => (queue.length > 0 ? Promise.resolve(queue.shift()) : new Promise((resolve) => (waiting = resolve))),
  };
}

async function tearDown(definition: RegisteredBenchmark): Promise<void> {
  if (!definition.options.teardown) return;
  await send({ type: 'teardown', benchmark: definition.name });
  try {
    await definition.options.teardown();
  } catch (err) {
    await fail(definition.name, err, 'teardown failed: ');
  }
}

async function fail(benchmark: string, err: unknown, prefix = ''): Promise<void> {
  const { message, where } = describeError(err);
  await send({ type: 'error', benchmark, message: prefix + message, ...(where ? { where } : {}) });
}

function describeError(err: unknown): { message: string; where?: string } {
  if (!(err instanceof Error)) return { message: `threw ${String(err)}` };
  // The first frame in a file, so a throw inside JSON.parse points at the caller, not "<anonymous>".
  const frames = (err.stack ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '));
  const where = frames.find((frame) => /file:\/\/|\(\/|^at \//.test(frame)) ?? frames[0];
  const message = err.message || err.name;
  return where ? { message, where } : { message };
}

function info(definition: RegisteredBenchmark, config: ChildConfig): RegisteredInfo {
  const { timeout, unit = 'ns' } = definition.options;
  return { name: definition.name, unit: config.instructions ? 'instructions' : `${unit}/op`, ...(timeout ? { timeoutMs: timeout } : {}) };
}

function unique(benchmarks: RegisteredBenchmark[]): RegisteredBenchmark[] {
  const seen = new Set<string>();
  return benchmarks.filter((b) => !seen.has(b.name) && seen.add(b.name));
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

// The IPC channel alone may not keep the event loop alive; a benchmark awaiting a promise
// that never settles must be stopped by the runner's watchdog, not end the process quietly.
const keepAlive = setInterval(() => {}, 1 << 30);
process.on('disconnect', () => process.exit(1));

const config = JSON.parse(process.argv[2] ?? '{}') as ChildConfig;
main(config).then(
  async () => {
    clearInterval(keepAlive);
    await send({ type: 'done' });
    // The user's code may leave handles open (servers, timers); the run is over regardless.
    process.exit(0);
  },
  (err: unknown) => {
    process.stderr.write(`benchgate child: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(70);
  },
);
