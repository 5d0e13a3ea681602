// `benchgate ab --base REF`: measure the base revision and head on this machine in alternating
// rounds and report the paired comparison; exit 1 on a regression.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseDuration, parseNumber } from '../config/parse.ts';
import { UsageError } from '../errors.ts';
import { gate } from '../gate/gate.ts';
import { AB_DEFAULTS } from '../measure/ab/defaults.ts';
import type { Command } from './commands.ts';

const USAGE = 'benchgate ab --base REF [--head REF] [--setup "npm ci && npm run build"] [--budget 4m] [--cpu 1] [--threshold 2%]';

export const abCommand: Command = {
  name: 'ab',
  usage: USAGE,
  summary: 'Measure a base revision and head side by side in alternating rounds on this machine, and exit 1 on a regression.',
  // processes and round-time are the shared options' names with ab's own defaults, hence listed as ab's flags.
  options: ['suite', 'benchmarks', 'timeout', 'warmup', 'filter', 'threshold', 'alpha', 'correction', 'confidence', 'min-samples', 'fail-on', 'format'],
  flags: {
    base: { type: 'string', description: 'Revision to compare against: a branch, tag or commit (required). Checked out into a temporary git worktree.' },
    head: { type: 'string', description: 'Revision under test (default: the working tree as it is, uncommitted changes included).' },
    setup: { type: 'string', description: 'Shell command run in each tree before measuring, e.g. "npm ci && npm run build".' },
    processes: {
      type: 'string',
      description: `Long-lived benchmark processes per version and file; each pairs with one of the other version (default: ${AB_DEFAULTS.processes}).`,
    },
    'round-time': {
      type: 'string',
      description: `Length of one round of one benchmark; a pair is two rounds back to back (default: ${AB_DEFAULTS.roundTimeMs}ms).`,
    },
    budget: {
      type: 'string',
      description: `Time for the whole run, warm-ups included (default: ${AB_DEFAULTS.budgetMs / 60_000}m); every benchmark still gets --min-pairs.`,
    },
    'benchmark-budget': { type: 'string', description: `Most time one benchmark's pairs may take (default: ${AB_DEFAULTS.benchmarkBudgetMs / 1000}s).` },
    'min-pairs': { type: 'string', description: `Round pairs before a benchmark may stop (default: ${AB_DEFAULTS.minPairs}).` },
    'max-pairs': { type: 'string', description: `Most round pairs per benchmark (default: ${AB_DEFAULTS.maxPairs}).` },
    cpu: { type: 'string', description: 'Pin the benchmark processes to these CPUs with taskset, e.g. 1 or 2,3 (Linux, util-linux).' },
    'expose-gc': { type: 'boolean', description: 'Start the benchmark processes with --expose-gc and collect garbage before each round (the default).' },
    'no-expose-gc': { type: 'boolean', description: 'Do not collect garbage before each round.' },
    'semi-space': {
      type: 'string',
      description: `Fix V8's young generation at this semi-space size in MB, so that garbage collection runs alike in every process; 0 lets V8 size it (default: ${AB_DEFAULTS.semiSpaceMb}).`,
    },
    node: { type: 'string', description: 'The Node that runs the benchmarks (default: node from PATH).' },
    out: { type: 'string', description: "Also write both sides' samples, the pairing and the conditions to this JSON file." },
    'head-out': {
      type: 'string',
      description: "Also write head's samples as a results file, marked as paired with --base-out's, for `benchgate compare` (or `save`).",
    },
    'base-out': { type: 'string', description: "Also write the base's samples as a results file, marked as paired with --head-out's." },
    output: { type: 'string', description: 'Also write the report to this file.' },
  },
  positionals: [],
  async run({ config, flags, io }) {
    const [{ noiseLines }, { interleaveProgress }, { compareInterleaved }, { interleavedNotes, runInterleaved }, { renderReport }] = await Promise.all([
      import('../measure/ab/conditions.ts'),
      import('../measure/ab/progress.ts'),
      import('../compare/paired-compare.ts'),
      import('../measure/ab/run.ts'),
      import('../pipeline.ts'),
    ]);
    const base = text(flags.base);
    if (!base) throw new UsageError(`missing --base REF; usage: ${USAGE}`);
    if (flags['expose-gc'] && flags['no-expose-gc']) throw new UsageError('give --expose-gc or --no-expose-gc, not both');
    const head = text(flags.head);
    const setup = text(flags.setup);
    const cpu = text(flags.cpu);
    const node = text(flags.node);
    const budget = flags.budget === undefined ? undefined : parseDuration('--budget', flags.budget, { min: 1_000 });
    const benchmarkBudget = flags['benchmark-budget'] === undefined ? undefined : parseDuration('--benchmark-budget', flags['benchmark-budget'], { min: 10 });
    const minPairs = flags['min-pairs'] === undefined ? undefined : parseNumber('--min-pairs', flags['min-pairs'], { min: 2, max: 100_000, integer: true });
    const maxPairs = flags['max-pairs'] === undefined ? undefined : parseNumber('--max-pairs', flags['max-pairs'], { min: 2, max: 100_000, integer: true });
    const semiSpaceMb = flags['semi-space'] === undefined ? undefined : parseNumber('--semi-space', flags['semi-space'], { min: 0, max: 1024, integer: true });
    // ab has its own defaults for these (AB_DEFAULTS), so only a value given here overrides them.
    const processes = flags.processes === undefined ? undefined : parseNumber('--processes', flags.processes, { min: 1, max: 100, integer: true });
    const roundTimeMs = flags['round-time'] === undefined ? undefined : parseDuration('--round-time', flags['round-time'], { min: 1, max: 600_000 });
    const write = (chunk: string) => void io.stderr.write(chunk);

    const run = await runInterleaved({
      cwd: io.cwd,
      base,
      ...(head ? { head } : {}),
      ...(setup ? { setup } : {}),
      config,
      ...(processes !== undefined ? { processes } : {}),
      ...(roundTimeMs !== undefined ? { roundTimeMs } : {}),
      ...(budget !== undefined ? { budgetMs: budget } : {}),
      ...(benchmarkBudget !== undefined ? { benchmarkBudgetMs: benchmarkBudget } : {}),
      ...(minPairs !== undefined ? { minPairs } : {}),
      ...(maxPairs !== undefined ? { maxPairs } : {}),
      gc: !flags['no-expose-gc'],
      ...(semiSpaceMb !== undefined ? { semiSpaceMb } : {}),
      ...(cpu ? { cpu } : {}),
      ...(node ? { node } : {}),
      env: io.env,
      write,
      onEvent: interleaveProgress(write),
    });
    const comparison = compareInterleaved(run, {
      alpha: config.alpha,
      threshold: config.threshold,
      correction: config.correction,
      confidence: config.confidence,
      minSamples: config.minSamples,
    });
    const notes = [...interleavedNotes(run), ...noiseLines(run, config.threshold, config.format === 'markdown' ? 'notable' : 'all')];
    const report = (color: boolean) => {
      const body = renderReport(comparison, config.format, { notes, color });
      if (config.format !== 'terminal') return body;
      return `${body.replace(/\n*$/, '\n')}\n${notes.join('\n')}\n`;
    };
    const shown = report(config.format === 'terminal' && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
    io.stdout.write(shown.endsWith('\n') ? shown : `${shown}\n`);
    const output = text(flags.output);
    if (output) await writeFile(resolve(io.cwd, output), report(false));
    const out = text(flags.out);
    if (out) await writeFile(resolve(io.cwd, out), `${JSON.stringify({ format: 'benchgate/interleaved', version: 1, ...run }, null, 1)}\n`);
    for (const [flag, side] of [
      ['head-out', run.head],
      ['base-out', run.base],
    ] as const) {
      const file = text(flags[flag]);
      if (file) await (await import('../results/io.ts')).writeResultsFile(resolve(io.cwd, file), side);
    }
    const outcome = gate(comparison, config.failOn);
    io.stderr.write(`benchgate: ${outcome.reason}\n`);
    return outcome.exitCode;
  },
};

function text(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
