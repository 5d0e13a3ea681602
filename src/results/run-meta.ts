// Who and what a run measured: commit and branch, from flags, the CI's environment, or git.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export function newRunId(now = new Date()): string {
  return `${now.getTime().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** Commit and branch of `cwd`, preferring what GitHub Actions says (its checkout may be detached). */
export async function detectRevision(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<{ commit?: string; branch?: string }> {
  const commit = env.GITHUB_SHA || (await git(cwd, ['rev-parse', 'HEAD']));
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || (await git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']));
  return { ...(commit ? { commit } : {}), ...(branch && branch !== 'HEAD' ? { branch } : {}) };
}

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await exec('git', args, { cwd, timeout: 5_000 });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}
