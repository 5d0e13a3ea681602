// `benchgate compare`: a results file against a baseline (another file, or the newest stored run of
// a branch with its history), the report, and the gate. Loaded when the command runs.
import { resolve } from 'node:path';
import type { Config } from '../config/options.ts';
import { InputError, UsageError } from '../errors.ts';
import type { Comparison } from '../compare/types.ts';
import { gate } from '../gate/gate.ts';
import { compareRuns, loadBaseline, recentHistoryNotes, renderReport, type Baseline } from '../pipeline.ts';
import { sanitizeTerminal } from '../report/escape.ts';
import { instructionNotes } from '../report/instructions.ts';
import type { RunResult } from '../results/model.ts';
import type { LocalStore } from '../store/local.ts';
import { COMMANDS, localStore, readResults, requireFlag, stringFlag, type CommandContext } from './commands.ts';
import type { CliIo } from './main.ts';

export async function runCompare({ config, flags, io }: CommandContext): Promise<number> {
  const compareCommand = COMMANDS.compare!;
  const headFile = requireFlag(flags, 'head', compareCommand.usage);
  const baseFile = stringFlag(flags, 'base');
  const baselineBranch = stringFlag(flags, 'baseline-branch');
  if ((baseFile === undefined) === (baselineBranch === undefined)) {
    throw new UsageError(`give exactly one of --base FILE or --baseline-branch NAME; usage: ${compareCommand.usage}`);
  }
  if (flags.paired && baseFile === undefined) {
    throw new UsageError(`--paired compares two files measured in one run: give --base FILE, not --baseline-branch; usage: ${compareCommand.usage}`);
  }
  const head = await readResults(io, headFile, config);
  let base: Baseline;
  let store: LocalStore | undefined;
  if (baseFile !== undefined) {
    base = { baseline: await readResults(io, baseFile, config), history: [], source: baseFile };
  } else {
    const opened = await localStore(io, config);
    store = opened;
    base = await loadBaseline(opened, head.suite, baselineBranch!, undefined, config.window);
    for (const unreadable of base.unreadable ?? []) {
      io.stderr.write(`benchgate compare: warning: left out of the history (a stored run that cannot be read): ${sanitizeTerminal(unreadable)}\n`);
    }
  }
  const paired = baseFile !== undefined && (Boolean(flags.paired) || markedAsPaired(head, base.baseline!));
  const comparison = paired ? await comparePairedFiles(head, headFile, base.baseline!, baseFile!, config) : compareRuns(head, base, config);
  const pairedNote = paired
    ? [
        `Compared pair by pair (Wilcoxon signed-rank on round pairs): ${flags.paired ? '--paired says' : 'both files say (written by `benchgate ab`)'} the samples were measured in alternating rounds of one run.`,
      ]
    : [];
  const notes = [
    ...pairedNote,
    ...instructionNotes(head, base.baseline),
    ...(store ? await recentHistoryNotes(store, head.suite, baselineBranch!, comparison) : []),
  ];
  const report = withNotes(renderReport(comparison, config.format, { color: config.format === 'terminal' && colorWanted(io), notes }), config.format, notes);
  io.stdout.write(report.endsWith('\n') ? report : `${report}\n`);
  const output = stringFlag(flags, 'output');
  if (output) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(resolve(io.cwd, output), withNotes(renderReport(comparison, config.format, { color: false, notes }), config.format, notes));
  }
  const outcome = gate(comparison, config.failOn);
  io.stderr.write(`benchgate: ${outcome.reason}\n`);
  return outcome.exitCode;
}

/** True when each run names the other as its partner: the two sides of one interleaved run (`benchgate ab --head-out --base-out`). */
function markedAsPaired(head: RunResult, base: RunResult): boolean {
  return head.run.pairedWith === base.run.id && base.run.pairedWith === head.run.id;
}

/**
 * Two files measured in alternating rounds, compared pair by pair. They must hold the same
 * benchmarks with as many samples; else an error naming the file and benchmark.
 */
async function comparePairedFiles(head: RunResult, headFile: string, base: RunResult, baseFile: string, config: Config): Promise<Comparison> {
  const { comparePaired, pairingProblems } = await import('../compare/paired-compare.ts');
  const problems = pairingProblems(head, base);
  if (problems.length > 0) {
    const name = (n: string) => sanitizeTerminal(JSON.stringify(n));
    const first = problems[0]!;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more benchmark${problems.length === 2 ? '' : 's'})` : '';
    const why =
      'samples measured in alternating rounds pair by position, so both files need the same benchmarks, with as many samples, in the order they were measured';
    if (first.kind === 'sample-counts') {
      throw new InputError(headFile, `benchmark ${name(first.name)} has ${first.head} samples, but ${first.base} in ${baseFile}${more}: not paired; ${why}`);
    }
    const [inFile, notIn] = first.kind === 'only-in-head' ? [headFile, baseFile] : [baseFile, headFile];
    throw new InputError(inFile, `benchmark ${name(first.name)} is not in ${notIn}${more}: not paired; ${why}`);
  }
  if (base.suite !== head.suite) {
    throw new UsageError(`the baseline is of suite '${base.suite}' but the results are of suite '${head.suite}'; compare files of the same suite`);
  }
  return comparePaired(head, base, {
    alpha: config.alpha,
    threshold: config.threshold,
    correction: config.correction,
    confidence: config.confidence,
    minSamples: config.minSamples,
  });
}

// The markdown report shows notes itself; the terminal report has them below it; JSON has the runs' own fields.
function withNotes(report: string, format: Config['format'], notes: string[]): string {
  if (format !== 'terminal' || notes.length === 0) return report;
  return `${report.trimEnd()}\n\n${notes.map((note) => sanitizeTerminal(note)).join('\n')}\n`;
}

function colorWanted(io: CliIo): boolean {
  return Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}
