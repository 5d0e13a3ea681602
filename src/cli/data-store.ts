// Which store a history command reads or writes: the local folder (--store), or a git data
// branch (--data-branch with --data-repository, and --data-folder inside it).
import { resolve } from 'node:path';
import type { Config } from '../config/options.ts';
import { UsageError } from '../errors.ts';
import type { GitBranchStore } from '../store/git-branch.ts';
import type { LocalStore } from '../store/local.ts';
import type { CommandContext } from './commands.ts';

export const DATA_STORE_FLAGS = {
  'data-branch': { type: 'string', description: 'Read the history from this git data branch instead of --store (with --data-repository).' },
  'data-repository': { type: 'string', description: 'URL or path of the repository holding --data-branch. An https URL uses $GITHUB_TOKEN when set.' },
  'data-folder': { type: 'string', description: 'Folder inside the data branch, e.g. "dev/bench" in gh-pages (default: its root).' },
} as const;

export interface OpenedStore {
  store: LocalStore | GitBranchStore;
  /** The folder to read suites and their history from (for a data branch: its synced checkout). */
  folder: () => Promise<string>;
}

export async function openDataStore(config: Config, flags: CommandContext['flags'], io: CommandContext['io']): Promise<OpenedStore> {
  const branch = text(flags['data-branch']);
  const repository = text(flags['data-repository']);
  const folder = text(flags['data-folder']);
  if (branch === undefined) {
    if (repository !== undefined || folder !== undefined) throw new UsageError('--data-repository and --data-folder go with --data-branch NAME');
    const { LocalStore } = await import('../store/local.ts');
    const store = new LocalStore(resolve(io.cwd, config.store), { retain: config.retain });
    return { store, folder: () => Promise.resolve(store.location) };
  }
  if (repository === undefined) throw new UsageError('--data-branch needs --data-repository URL (the repository that holds the branch)');
  const token = io.env.GITHUB_TOKEN;
  const { GitBranchStore } = await import('../store/git-branch.ts');
  const store = new GitBranchStore({
    remote: /^[a-z][a-z0-9+.-]*:\/\//i.test(repository) || /^[^/]+@[^/]+:/.test(repository) ? repository : resolve(io.cwd, repository),
    branch,
    ...(folder !== undefined ? { folder } : {}),
    retain: config.retain,
    ...(token ? { token } : {}),
  });
  return { store, folder: () => store.dataFolder() };
}

function text(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
