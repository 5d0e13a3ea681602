// `benchgate import-history FILE --tool github-action-benchmark`: another tool's history into the
// store, so a team moving to benchgate keeps its chart and baseline from day one.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, UsageError } from '../errors.ts';
import { EXIT_OK } from '../gate/gate.ts';
import { sanitizeTerminal, truncate } from '../report/escape.ts';
import { suiteFolder } from '../store/run-files.ts';
import type { Command } from './commands.ts';
import { DATA_STORE_FLAGS, openDataStore } from './data-store.ts';

const USAGE =
  'benchgate import-history FILE --tool github-action-benchmark [--branch B] [--store DIR | --data-branch NAME --data-repository URL [--data-folder F]]';
const TOOLS = ['github-action-benchmark'];
/** github-action-benchmark keeps no branch; its runs are nearly always of the default branch. */
const DEFAULT_BRANCH = 'main';

export const importHistoryCommand: Command = {
  name: 'import-history',
  usage: USAGE,
  summary: "Import another tool's benchmark history (github-action-benchmark's data.js) into the store: history, chart and baseline.",
  options: ['store', 'retain'],
  flags: {
    tool: { type: 'string', description: `Whose history FILE is: ${TOOLS.join(', ')} (required).` },
    branch: { type: 'string', description: `Branch to keep the runs under (default: ${DEFAULT_BRANCH}).` },
    ...DATA_STORE_FLAGS,
  },
  positionals: ['FILE'],
  async run({ config, flags, positionals, io }) {
    const { parseGithubActionBenchmarkData } = await import('../results/import/github-action-benchmark-data.ts');
    const { listHistorySuites } = await import('../store/history-index.ts');
    const file = positionals[0];
    if (file === undefined) throw new UsageError(`missing the history file to import; usage: ${USAGE}`);
    const tool = typeof flags.tool === 'string' ? flags.tool : undefined;
    if (tool === undefined || !TOOLS.includes(tool)) {
      throw new UsageError(`--tool: expected ${TOOLS.join(' or ')}, found ${tool === undefined ? 'nothing' : JSON.stringify(tool)}; usage: ${USAGE}`);
    }
    const branch = typeof flags.branch === 'string' && flags.branch !== '' ? flags.branch : DEFAULT_BRANCH;
    const path = resolve(io.cwd, file);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new InputError(path, code === 'ENOENT' ? 'file not found' : `cannot read: ${(err as Error).message}`, { cause: err });
    }
    // Everything is parsed and checked before the store is touched.
    const imported = parseGithubActionBenchmarkData(text, path);
    const { store, folder } = await openDataStore(config, flags, io);
    const root = await folder();
    const known = new Set((await listHistorySuites(root)).map((s) => s.suite));
    for (const suite of imported.suites) {
      const before = known.has(suite.suite) ? await countRuns(root, suite.suite) : 0;
      if (suite.runs.length > 0) await store.saveAll(suite.runs, branch);
      const after = await countRuns(await folder(), suite.suite);
      const name = sanitizeTerminal(truncate(suite.suite, 120));
      io.stdout.write(
        `${name}: ${suite.runs.length} run${suite.runs.length === 1 ? '' : 's'} read, ${after - before} added to the history of branch ${sanitizeTerminal(branch)}${after - before < suite.runs.length ? ' (the rest were there already)' : ''}.\n`,
      );
      for (const note of suite.notes) io.stdout.write(`  note: ${sanitizeTerminal(note)}\n`);
    }
    if (imported.suites.length === 0) io.stdout.write(`${path} has no suites; nothing imported.\n`);
    else io.stdout.write(`Stored in ${store.location}.\n`);
    return EXIT_OK;
  },
};

async function countRuns(root: string, suite: string): Promise<number> {
  const { readSuiteHistory } = await import('../store/history-index.ts');
  const history = await readSuiteHistory(root, suiteFolder(suite));
  return history?.index.shards.reduce((n, s) => n + s.runs, 0) ?? 0;
}
