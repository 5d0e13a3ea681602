// Who and what a run measured: commit and branch, from flags, the CI's environment, or git.
// node:child_process (and the net and dgram it brings) loads only when git is asked.
async function exec(file: string, args: string[], options: { cwd?: string; timeout?: number; encoding?: 'utf8' }): Promise<{ stdout: string }> {
  const [{ execFile }, { promisify }] = await Promise.all([import('node:child_process'), import('node:util')]);
  return promisify(execFile)(file, args, { ...options, encoding: 'utf8' });
}

// node:crypto takes about 15 ms to load, a third of Node's own start: loaded when first needed
// (`compare` never does), through Web Crypto's global or require.
function randomHex(bytes: number): string {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
}

export function newRunId(now = new Date()): string {
  return `${now.getTime().toString(36)}-${randomHex(4)}`;
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
