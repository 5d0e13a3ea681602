// Suites split over several machines: `run --shard K/N` measures one part, `merge` makes one run
// of the parts. The split is planned from stored runs (--timings FILE or --timings-branch NAME),
// which every shard must be given alike.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Config } from '../config/options.ts';
import { UsageError } from '../errors.ts';
import { EXIT_OK } from '../gate/gate.ts';
import { parseShard, TIMING_RUNS, type ShardSpec } from '../measure/shard-spec.ts';
import type { RunResult } from '../results/model.ts';
import type { Command, CommandContext } from './commands.ts';

/** `run`'s flags for sharding. */
export const SHARD_FLAGS: Command['flags'] = {
  shard: { type: 'string', description: 'Measure only part K of the suite split N ways, e.g. 2/4; merge the parts with `benchgate merge`.' },
  timings: {
    type: 'string',
    description: 'With --shard: a results file (say, the last merged run) whose wall times balance the split; give every shard the same.',
  },
  'timings-branch': {
    type: 'string',
    description: `With --shard: balance the split by the newest ${TIMING_RUNS} runs of this branch in the local store (--store).`,
  },
};

/** The shard to measure and the stored runs to split by, from `run`'s flags; undefined without --shard. */
export async function shardFromFlags(ctx: CommandContext): Promise<{ spec: ShardSpec; runs: RunResult[] } | undefined> {
  const { flags, config, io } = ctx;
  const raw = text(flags.shard);
  const timings = text(flags.timings);
  const branch = text(flags['timings-branch']);
  if (raw === undefined) {
    if (timings !== undefined || branch !== undefined)
      throw new UsageError(`--${timings !== undefined ? 'timings' : 'timings-branch'} is for --shard K/N only`);
    return undefined;
  }
  const spec = parseShard('--shard', raw);
  if (timings !== undefined && branch !== undefined) throw new UsageError('give one of --timings FILE or --timings-branch NAME, not both');
  let runs: RunResult[] = [];
  const { readResultsFile } = await import('../results/io.ts');
  if (timings !== undefined) runs = [await readResultsFile(resolve(io.cwd, timings), { suite: config.suite })];
  else if (branch !== undefined) runs = await storedRuns(config, io.cwd, branch);
  return { spec, runs: runs.filter((r) => r.suite === config.suite) };
}

async function storedRuns(config: Config, cwd: string, branch: string): Promise<RunResult[]> {
  const { LocalStore } = await import('../store/local.ts');
  const store = new LocalStore(resolve(cwd, config.store), { retain: config.retain });
  const refs = await store.list(config.suite, branch, TIMING_RUNS);
  return Promise.all(refs.map((ref) => store.load(ref)));
}

/** One line for the terminal: what this shard measures and how the split was balanced. */
export async function describeShard(result: RunResult): Promise<string> {
  const { formatWallTime } = await import('../report/shards.ts');
  const shard = result.run.shard!;
  const by = shard.timings ? `planned from the stored run ${shard.timings}` : 'planned by counting files (no stored run to balance by)';
  return `Shard ${shard.index}/${shard.count}: ${result.benchmarks.length} benchmarks in ${formatWallTime(shard.wallTime)}, ${by}; split ${shard.plan}.\n`;
}

export const mergeCommand: Command = {
  name: 'merge',
  usage: 'benchgate merge FILE... --out FILE',
  summary: 'Merge the results of the shards of one run (run --shard K/N) into one results file.',
  options: [],
  flags: { out: { type: 'string', description: 'Results file to write (required).' } },
  positionals: ['FILE...'],
  async run({ flags, positionals, io }) {
    const out = text(flags.out);
    if (out === undefined) throw new UsageError(`missing --out; usage: ${mergeCommand.usage}`);
    if (positionals.length === 0) throw new UsageError(`missing the shards' results files; usage: ${mergeCommand.usage}`);
    const [{ mergeShards }, { newRunId }, { readResultsFile, writeResultsFile }] = await Promise.all([
      import('../results/merge.ts'),
      import('../results/run-meta.ts'),
      import('../results/io.ts'),
    ]);
    const files = await Promise.all(positionals.map(async (source) => ({ source, run: await readResultsFile(resolve(io.cwd, source)) })));
    const merged = mergeShards(files, newRunId());
    const path = resolve(io.cwd, out);
    await mkdir(dirname(path), { recursive: true });
    await writeResultsFile(path, merged);
    const shards = merged.run.shards!;
    io.stdout.write(`Merged ${shards.length} shards, ${merged.benchmarks.length} benchmarks, into ${path}\n`);
    return EXIT_OK;
  },
};

function text(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
