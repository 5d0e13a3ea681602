// A temporary worktree has the committed files only: no node_modules, so its benchmarks cannot
// even import `benchgate`. When the user gives no setup command, the dependencies installed in the
// working tree serve a worktree whose lockfile is byte for byte the same (same lockfile, same
// packages), through a symbolic link. Never when the lockfiles differ, and never when node_modules
// links back into the repository (workspaces): those links would hand the other tree this one's code.
import { lstat, readdir, readFile, realpath, stat, symlink } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml'];

export interface SharedDependencies {
  /** Folders (relative to the tree's root, '' for the root) whose node_modules now link to the working tree's. */
  linked: string[];
  /** Why a folder's node_modules could not be shared, for the message when the tree then fails. */
  refused: string[];
}

/**
 * For `subfolder` and each folder above it: when the working tree at `root` has node_modules there
 * and `tree` has none, link it, provided both have the same lockfiles with the same bytes.
 */
export async function shareDependencies(root: string, tree: string, subfolder: string): Promise<SharedDependencies> {
  const linked: string[] = [];
  const refused: string[] = [];
  for (const folder of upFrom(subfolder)) {
    const installed = join(root, folder, 'node_modules');
    const missing = join(tree, folder, 'node_modules');
    if (!(await isFolder(installed)) || (await exists(missing))) continue;
    const where = folder === '' ? 'the root' : folder;
    const lockfiles = await sameLockfiles(join(root, folder), join(tree, folder));
    if (lockfiles === 'none') {
      refused.push(`${where} has no lockfile (${LOCKFILES.join(', ')}) to tell whether the installed node_modules fit`);
      continue;
    }
    if (lockfiles === 'differ') {
      refused.push(`the lockfile in ${where} differs from the working tree's, so its installed node_modules do not fit`);
      continue;
    }
    const inside = await linksIntoRepository(installed, root);
    if (inside !== undefined) {
      refused.push(`node_modules in ${where} links to ${inside}, part of the repository (a workspace), which would be the other tree's code`);
      continue;
    }
    await symlink(installed, missing, 'dir');
    linked.push(folder);
  }
  return { linked, refused };
}

function upFrom(subfolder: string): string[] {
  const parts = subfolder === '' ? [] : subfolder.split(sep).filter(Boolean);
  const folders: string[] = [];
  for (let n = parts.length; n >= 0; n--) folders.push(parts.slice(0, n).join(sep));
  return folders;
}

async function sameLockfiles(a: string, b: string): Promise<'same' | 'differ' | 'none'> {
  let found = false;
  for (const name of LOCKFILES) {
    const [left, right] = await Promise.all([readFile(join(a, name)).catch(() => undefined), readFile(join(b, name)).catch(() => undefined)]);
    if (left === undefined && right === undefined) continue;
    if (left === undefined || right === undefined || !left.equals(right)) return 'differ';
    found = true;
  }
  return found ? 'same' : 'none';
}

/** The first package in `modules` (top level or under a @scope) that is a link into `root` outside node_modules. */
async function linksIntoRepository(modules: string, root: string): Promise<string | undefined> {
  const realRoot = await realpath(root);
  const entries: string[] = [];
  for (const name of await readdir(modules).catch(() => [] as string[])) {
    if (name.startsWith('@')) for (const inner of await readdir(join(modules, name)).catch(() => [] as string[])) entries.push(join(name, inner));
    else entries.push(name);
  }
  for (const entry of entries) {
    const path = join(modules, entry);
    if (!(await lstat(path).catch(() => undefined))?.isSymbolicLink()) continue;
    const target = await realpath(path).catch(() => undefined);
    if (target === undefined) continue;
    const inRepo = relative(realRoot, target);
    if (inRepo !== '' && !inRepo.startsWith('..') && !inRepo.split(sep).includes('node_modules')) return inRepo;
  }
  return undefined;
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

async function exists(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined)) !== undefined;
}
