// `benchgate history`: each benchmark's series, its trend and the change points in its history.
import { UsageError } from '../errors.ts';
import { EXIT_OK } from '../gate/gate.ts';
import { suiteFolder } from '../store/run-files.ts';
import type { SuiteHistoryReport } from '../report/history.ts';
import type { SuiteHistory } from '../store/history-index.ts';
import type { Command } from './commands.ts';
import { DATA_STORE_FLAGS, openDataStore } from './data-store.ts';

const USAGE = 'benchgate history [--suite S] [--branch B] [--store DIR | --data-branch NAME --data-repository URL [--data-folder F]] [--format terminal|json]';

/** Branches a history is shown for when none is named and it has several. */
const DEFAULT_BRANCHES = ['main', 'master'];

export const historyCommand: Command = {
  name: 'history',
  usage: USAGE,
  summary: "Print each benchmark's history: latest value, trend, and where it changed (change points).",
  options: ['suite', 'store', 'format'],
  flags: {
    branch: { type: 'string', description: 'Branch whose runs to read (default: the only one, or main, or master).' },
    ...DATA_STORE_FLAGS,
  },
  positionals: [],
  async run({ config, flags, io }) {
    const [{ extractSeries }, { summarizeSuite }, { historyJson, historyTerminal }, { listHistorySuites, readSuiteHistory }] = await Promise.all([
      import('../history/series.ts'),
      import('../history/summary.ts'),
      import('../report/history.ts'),
      import('../store/history-index.ts'),
    ]);
    if (config.format === 'markdown') throw new UsageError('--format: history prints terminal or json');
    const { folder } = await openDataStore(config, flags, io);
    const root = await folder();
    const named = typeof flags.suite === 'string' && flags.suite !== '';
    const suites = named ? [{ suite: config.suite, folder: suiteFolder(config.suite) }] : await listHistorySuites(root);
    const reports: SuiteHistoryReport[] = [];
    for (const { suite, folder: suiteDir } of suites) {
      const history = await readSuiteHistory(root, suiteDir);
      if (history === undefined) {
        if (named) throw new UsageError(`suite ${JSON.stringify(suite)} has no history in ${root}`);
        continue;
      }
      const branch = pickBranch(history, typeof flags.branch === 'string' && flags.branch !== '' ? flags.branch : undefined, root);
      const series = extractSeries(history, { branch });
      reports.push({
        suite: history.index.suite,
        branch,
        runs: series.runs.length,
        ...(series.runs.length > 0 ? { from: series.runs[0]!.time, to: series.runs[series.runs.length - 1]!.time } : {}),
        benchmarks: summarizeSuite(series),
      });
    }
    if (reports.length === 0) {
      io.stderr.write(`benchgate history: no suite has a history in ${root} yet; every saved run adds to it.\n`);
    }
    io.stdout.write(config.format === 'json' ? `${JSON.stringify(historyJson(reports), null, 2)}\n` : historyTerminal(reports));
    return EXIT_OK;
  },
};

function pickBranch(history: SuiteHistory, asked: string | undefined, root: string): string {
  const branches = [...new Set(history.index.shards.flatMap((s) => s.branches))].sort();
  if (asked !== undefined) return asked;
  if (branches.length === 1) return branches[0]!;
  const known = DEFAULT_BRANCHES.find((b) => branches.includes(b));
  if (known !== undefined) return known;
  throw new UsageError(
    `suite ${JSON.stringify(history.index.suite)} in ${root} has runs of ${branches.length} branches (${branches.map((b) => JSON.stringify(b)).join(', ')}); pass --branch`,
  );
}
