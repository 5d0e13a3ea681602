// The base revision (and a head revision other than the working tree) checked out into temporary
// git worktrees, removed again whatever happens: after success, after a failure, and when the run
// is interrupted.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from '../../errors.ts';
import { onInterrupt } from '../interrupt.ts';

const exec = promisify(execFile);

export interface Checkout {
  /** The revision as asked for, e.g. "main" or "HEAD~1". */
  ref: string;
  commit: string;
  /** Root of the worktree. */
  path: string;
}

export interface Worktrees {
  /** Where the temporary worktrees live. */
  readonly folder: string;
  /** Check `ref` out (detached) into `<folder>/<name>`. */
  add(name: string, ref: string): Promise<Checkout>;
  /** Remove every worktree and the folder. Safe to call more than once. */
  remove(): void;
}

/** Root of the git repository that holds `cwd`, and where `cwd` sits inside it. */
export async function repositoryOf(cwd: string): Promise<{ root: string; subfolder: string }> {
  let root: string;
  try {
    root = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch (err) {
    throw new UsageError(`ab compares two revisions of a git repository, but ${cwd} is not inside one (${firstLine(err)})`);
  }
  return { root, subfolder: relative(realpathSync(root), realpathSync(cwd)) };
}

/** The commit `ref` names in the repository at `root`. */
export async function resolveCommit(root: string, ref: string, what: string): Promise<string> {
  try {
    return (await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
  } catch {
    throw new UsageError(
      `${what}: no commit named ${JSON.stringify(ref)} in ${root} (expected a branch, tag or commit, e.g. main or HEAD~1; a shallow clone may need fetch-depth: 0)`,
    );
  }
}

/** Whether the working tree at `root` has changes not committed (they are measured as head). */
export async function isDirty(root: string): Promise<boolean> {
  try {
    return (await git(root, ['status', '--porcelain', '--untracked-files=no'])).trim() !== '';
  } catch {
    return false;
  }
}

export function createWorktrees(root: string): Worktrees {
  const folder = mkdtempSync(join(tmpdir(), 'benchgate-ab-'));
  const added: string[] = [];
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    for (const path of added) {
      try {
        execFileSync('git', ['worktree', 'remove', '--force', path], { cwd: root, stdio: 'ignore', timeout: 60_000 });
      } catch {
        // Removed below with the folder; prune then forgets it.
      }
    }
    rmSync(folder, { recursive: true, force: true });
    try {
      execFileSync('git', ['worktree', 'prune'], { cwd: root, stdio: 'ignore', timeout: 60_000 });
    } catch {
      // Nothing more can be done; git prunes stale worktrees itself later.
    }
    forget();
  };
  const forget = onInterrupt(remove);
  return {
    folder,
    async add(name, ref) {
      const commit = await resolveCommit(root, ref, name === 'base' ? '--base' : '--head');
      const path = join(folder, name);
      added.push(path);
      try {
        await git(root, ['worktree', 'add', '--detach', '--quiet', path, commit]);
      } catch (err) {
        throw new UsageError(`could not check out ${ref} (${commit.slice(0, 12)}) into a worktree at ${path}: ${firstLine(err)}`);
      }
      return { ref, commit, path };
    },
    remove,
  };
}

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

function firstLine(err: unknown): string {
  const text = String((err as { stderr?: string }).stderr || (err as Error).message || err);
  return text.trim().split('\n').filter(Boolean).slice(-1)[0] ?? 'git failed';
}
