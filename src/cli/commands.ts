// The CLI's commands. Each reads its flags, calls the pipeline, prints, and returns an exit code.
// Cold start counts (a CI step may call `compare` hundreds of times): this table holds each
// command's flags and help; what a command needs is imported when it runs (compare's whole run is
// compare-command.ts), so `--version` loads no comparison and `compare` no runner, dashboard or
// store it does not use. scripts/weight.ts measures it (docs/weight.json);
// __tests__/architecture/cli-startup.test.ts records what `compare` loads.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Config, OptionName } from '../config/options.ts';
import { UsageError } from '../errors.ts';
import { EXIT_OK } from '../gate/gate.ts';
import { sanitizeTerminal } from '../report/escape.ts';
import type { LocalStore } from '../store/local.ts';
import { abCommand } from './ab-command.ts';
import { dashboardCommand } from './dashboard-command.ts';
import { historyCommand } from './history-command.ts';
import { importHistoryCommand } from './import-history-command.ts';
import { describeShard, mergeCommand, SHARD_FLAGS, shardFromFlags } from './shard-commands.ts';
import type { CliIo } from './main.ts';

export interface CommandContext {
  config: Config;
  flags: Record<string, string | boolean | undefined>;
  positionals: string[];
  io: CliIo;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Options from the shared table that this command reads. */
  options: OptionName[];
  /** Flags of this command alone. */
  flags: Record<string, { type: 'string' | 'boolean'; description: string }>;
  positionals: string[];
  run: (ctx: CommandContext) => Promise<number>;
}

const MEASURE_OPTIONS: OptionName[] = ['suite', 'benchmarks', 'samples', 'processes', 'round-time', 'timeout', 'warmup', 'filter', 'measure'];
// `run --shard --timings-branch` reads the local store.
const RUN_OPTIONS: OptionName[] = [...MEASURE_OPTIONS, 'store'];
const STATS_OPTIONS: OptionName[] = ['threshold', 'alpha', 'correction', 'confidence', 'min-samples', 'run-noise', 'common-noise', 'fail-on'];

const run: Command = {
  name: 'run',
  usage: 'benchgate run [--out FILE] [--benchmarks DIR] [--samples N] [--processes N] [--filter RE] [--shard K/N [--timings FILE]]',
  summary: 'Run the benchmarks in benchmarks/ (or one shard of them) and write their raw samples to a results file.',
  options: RUN_OPTIONS,
  flags: {
    out: { type: 'string', description: 'Results file to write (default: benchgate-results.json).' },
    commit: { type: 'string', description: 'Commit to record (default: from GITHUB_SHA or git).' },
    branch: { type: 'string', description: "Branch to record (default: from GitHub's environment or git)." },
    ...SHARD_FLAGS,
  },
  positionals: [],
  async run(ctx) {
    const { config, flags, io } = ctx;
    const [{ createProgressReporter }, { detectRevision }, { measure }, { renderRunSummary }, { writeResultsFile }, { gateRun }] = await Promise.all([
      import('../measure/micro/progress.ts'),
      import('../results/run-meta.ts'),
      import('../pipeline.ts'),
      import('../report/run-summary.ts'),
      import('../results/io.ts'),
      import('../gate/gate.ts'),
    ]);
    const shard = await shardFromFlags(ctx);
    const defaultOut = shard ? `benchgate-results.shard-${shard.spec.index}-of-${shard.spec.count}.json` : 'benchgate-results.json';
    const out = resolve(io.cwd, stringFlag(flags, 'out') ?? defaultOut);
    const detected = await detectRevision(io.cwd, io.env);
    const commit = stringFlag(flags, 'commit') ?? detected.commit;
    const branch = stringFlag(flags, 'branch') ?? detected.branch;
    const progress = createProgressReporter(io.stderr, { env: io.env });
    const result = await measure(config, {
      cwd: io.cwd,
      ...(commit ? { commit } : {}),
      ...(branch ? { branch } : {}),
      onEvent: (event) => progress.onEvent(event),
      ...(shard ? { shard } : {}),
    });
    progress.finish();
    if (result.run.shard) io.stderr.write(await describeShard(result));
    await mkdir(dirname(out), { recursive: true });
    await writeResultsFile(out, result);
    io.stdout.write(renderRunSummary(result));
    io.stdout.write(`\nWrote ${result.benchmarks.length} benchmarks to ${out}\n`);
    const outcome = gateRun(result.scenarios);
    if (outcome.failed) io.stderr.write(`benchgate: ${outcome.reason}\n`);
    return outcome.exitCode;
  },
};

const save: Command = {
  name: 'save',
  usage: 'benchgate save FILE --branch NAME [--store DIR] [--retain N] [--tool FORMAT]',
  summary: 'Keep a results file in the local store as the newest run of a branch (baseline and history).',
  options: ['store', 'retain', 'tool', 'suite'],
  flags: {
    branch: { type: 'string', description: 'Branch to keep the run under (required).' },
    commit: { type: 'string', description: 'Commit to record when the file has none.' },
  },
  positionals: ['FILE'],
  async run({ config, flags, positionals, io }) {
    const file = positionals[0];
    if (!file) throw new UsageError(`missing the results file to save; usage: ${save.usage}`);
    const branch = requireFlag(flags, 'branch', save.usage);
    const result = await readResults(io, file, config, stringFlag(flags, 'commit'));
    const store = await localStore(io, config);
    const saved = await store.save(result, branch);
    const kept = await store.list(saved.suite, branch);
    const line = `Saved run ${saved.id}${saved.commit ? ` (commit ${saved.commit.slice(0, 12)})` : ''} as the baseline of ${saved.suite}/${branch} in ${store.location}; ${kept.length} run${kept.length === 1 ? '' : 's'} kept.`;
    // Ids and branch names come from results files and CI variables: no escape sequences through to the terminal.
    io.stdout.write(`${sanitizeTerminal(line)}\n`);
    return EXIT_OK;
  },
};

const compareCommand: Command = {
  name: 'compare',
  usage:
    'benchgate compare --head FILE (--base FILE [--paired] | --baseline-branch NAME) [--format terminal|markdown|json] [--threshold 5%] [--fail-on regression|never]',
  summary: 'Compare a results file with a baseline, print the report, and exit 1 on a regression.',
  options: [...STATS_OPTIONS, 'window', 'store', 'tool', 'suite', 'format'],
  flags: {
    head: { type: 'string', description: 'Results file of the code under test (required).' },
    base: { type: 'string', description: 'Results file of the baseline.' },
    'baseline-branch': {
      type: 'string',
      description: 'Use the newest stored run of this branch as the baseline, and its earlier runs to learn between-run noise.',
    },
    paired: {
      type: 'boolean',
      description:
        '--head and --base were measured in alternating rounds of one run (same benchmarks, as many samples, in order): compare them pair by pair. Files written by `benchgate ab --head-out --base-out` are paired without it.',
    },
    output: { type: 'string', description: 'Also write the report to this file.' },
  },
  positionals: [],
  run: async (ctx) => (await import('./compare-command.ts')).runCompare(ctx),
};

const list: Command = {
  name: 'list',
  usage: 'benchgate list --branch NAME [--store DIR] [--suite NAME]',
  summary: 'List the runs kept in the local store for a branch, newest first.',
  options: ['store', 'suite', 'retain'],
  flags: { branch: { type: 'string', description: 'Branch whose runs to list (required).' } },
  positionals: [],
  async run({ config, flags, io }) {
    const branch = requireFlag(flags, 'branch', list.usage);
    const store = await localStore(io, config);
    const refs = await store.list(config.suite, branch);
    if (refs.length === 0) io.stdout.write(`${sanitizeTerminal(`No runs of suite ${config.suite} on branch ${branch} in ${store.location}.`)}\n`);
    for (const ref of refs) io.stdout.write(`${ref.time}  ${(ref.commit ?? '-').slice(0, 12).padEnd(12)}  ${sanitizeTerminal(ref.id)}\n`);
    return EXIT_OK;
  },
};

export const COMMANDS: Record<string, Command> = {
  run,
  merge: mergeCommand,
  save,
  compare: compareCommand,
  list,
  ab: abCommand,
  history: historyCommand,
  'import-history': importHistoryCommand,
  dashboard: dashboardCommand,
};

export async function readResults(io: CliIo, file: string, config: Config, commit?: string) {
  const onNote = (note: string) => io.stderr.write(`benchgate: ${note}\n`);
  const { readResultsFile } = await import('../results/io.ts');
  const result = await readResultsFile(resolve(io.cwd, file), { tool: config.tool, suite: config.suite, onNote });
  if (commit && !result.run.commit) result.run.commit = commit;
  return result;
}

export function stringFlag(flags: CommandContext['flags'], name: string): string | undefined {
  const value = flags[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function requireFlag(flags: CommandContext['flags'], name: string, usage: string): string {
  const value = stringFlag(flags, name);
  if (value === undefined) throw new UsageError(`missing --${name}; usage: ${usage}`);
  return value;
}

/** The local store (--store), loaded when a command uses it: `compare` of two files does not. */
export async function localStore(io: CliIo, config: Config): Promise<LocalStore> {
  const { LocalStore } = await import('../store/local.ts');
  return new LocalStore(resolve(io.cwd, config.store), { retain: config.retain });
}
