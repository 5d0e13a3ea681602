// `benchgate dashboard`: the trend dashboard of a store, as a static site in a folder.
import { resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { EXIT_OK } from '../gate/gate.ts';
import { sanitizeTerminal } from '../report/escape.ts';
import { DEFAULT_DATA_BRANCH } from '../store/run-files.ts';
import type { Command } from './commands.ts';

export const dashboardCommand: Command = {
  name: 'dashboard',
  usage: 'benchgate dashboard --out DIR [--store DIR | --data-branch NAME --data-repository URL [--data-folder F]] [--suite S] [--repository-url URL]',
  summary: 'Write the trend dashboard of a store (every suite, or one) as a static site to open in a browser or publish on GitHub Pages.',
  options: ['store', 'suite'],
  flags: {
    out: { type: 'string', description: 'Folder to write the site to (required).' },
    'data-branch': {
      type: 'string',
      description: `Read the history from this git data branch (e.g. ${DEFAULT_DATA_BRANCH} or gh-pages) instead of a local store.`,
    },
    'data-repository': { type: 'string', description: 'Repository holding the data branch: URL or path (default: the current folder).' },
    'data-folder': { type: 'string', description: 'Folder of the store inside the data branch (default: its root).' },
    'repository-url': {
      type: 'string',
      description: 'Web address of the repository, so a chart point opens its commit (default: from GITHUB_SERVER_URL and GITHUB_REPOSITORY).',
    },
  },
  positionals: [],
  async run({ config, flags, io }) {
    const [{ writeDashboard }, { GitBranchStore }, { isRemoteUrl }] = await Promise.all([
      import('../pipeline.ts'),
      import('../store/git-branch.ts'),
      import('../store/git.ts'),
    ]);
    const outFlag = flags.out;
    if (typeof outFlag !== 'string' || outFlag === '') throw new UsageError(`missing --out DIR; usage: ${dashboardCommand.usage}`);
    const out = resolve(io.cwd, outFlag);
    const dataBranch = typeof flags['data-branch'] === 'string' ? flags['data-branch'] : undefined;
    if (dataBranch === undefined && (flags['data-repository'] !== undefined || flags['data-folder'] !== undefined)) {
      throw new UsageError(`--data-repository and --data-folder read a data branch: give --data-branch too; usage: ${dashboardCommand.usage}`);
    }
    if (dataBranch !== undefined && typeof flags.store === 'string') {
      throw new UsageError(`give either --store DIR or --data-branch NAME, not both; usage: ${dashboardCommand.usage}`);
    }
    const suite = typeof flags.suite === 'string' ? config.suite : undefined;
    const started = performance.now();
    let storeFolder = resolve(io.cwd, config.store);
    let from = storeFolder;
    if (dataBranch !== undefined) {
      const remote = typeof flags['data-repository'] === 'string' && flags['data-repository'] !== '' ? flags['data-repository'] : io.cwd;
      const store = new GitBranchStore({
        remote: isRemoteUrl(remote) ? remote : resolve(io.cwd, remote),
        branch: dataBranch,
        ...(typeof flags['data-folder'] === 'string' ? { folder: flags['data-folder'] } : {}),
        retain: 1,
        ...(io.env.GITHUB_TOKEN ? { token: io.env.GITHUB_TOKEN } : {}),
      });
      storeFolder = await store.checkout();
      from = store.location;
    }
    const repository =
      (typeof flags['repository-url'] === 'string' ? flags['repository-url'] : undefined) ??
      (io.env.GITHUB_SERVER_URL && io.env.GITHUB_REPOSITORY ? `${io.env.GITHUB_SERVER_URL}/${io.env.GITHUB_REPOSITORY}` : undefined);
    if (repository !== undefined && !/^https?:\/\/[^\s]+$/i.test(repository)) {
      throw new UsageError(`--repository-url: expected an http(s) address like https://github.com/owner/repo, found ${JSON.stringify(repository)}`);
    }
    const outcome = await writeDashboard({
      storeFolder,
      out,
      ...(suite !== undefined ? { suite } : {}),
      ...(repository !== undefined ? { repository } : {}),
      skipped: (message) => io.stderr.write(`benchgate dashboard: left out a run that could not be read: ${sanitizeTerminal(message)}\n`),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (outcome.suites === 0) io.stdout.write(`No stored runs in ${sanitizeTerminal(from)}: the dashboard says so until the first run is saved.\n`);
    io.stdout.write(
      `Wrote the dashboard of ${outcome.suites} suite${outcome.suites === 1 ? '' : 's'} (${outcome.benchmarks} benchmarks, ${outcome.runs} runs) to ${sanitizeTerminal(out)} in ${seconds} s: ${outcome.written.length} of ${outcome.files.length} files changed.\n`,
    );
    io.stdout.write(
      `Browsers do not let a page opened from a file read its data: serve the folder, e.g. \`python3 -m http.server -d ${shellQuote(out)} 8000\`, and open http://127.0.0.1:8000/\n`,
    );
    return EXIT_OK;
  },
};

function shellQuote(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
