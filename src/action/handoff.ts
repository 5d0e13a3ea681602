// What a pull_request run leaves for the fork-safe workflow_run half: the results, and which
// pull request they belong to. Written by untrusted code, so read back with suspicion: the
// number is checked against the measured commit before anything is posted.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, describe } from '../errors.ts';

export const RESULTS_FILE = 'results.json';
export const HANDOFF_FILE = 'pull-request.json';
// It holds a number, a sha and a suite name: anything larger was not written by benchgate.
const LARGEST_HANDOFF = 64 * 1024;

export interface PullRequestHandoff {
  number: number;
  headSha: string;
  suite: string;
}

export async function writePullRequestHandoff(dir: string, handoff: PullRequestHandoff): Promise<void> {
  await writeFile(join(dir, HANDOFF_FILE), `${JSON.stringify(handoff, null, 2)}\n`);
}

export async function readPullRequestHandoff(dir: string): Promise<PullRequestHandoff> {
  const file = join(dir, HANDOFF_FILE);
  let data: unknown;
  try {
    const { size } = await stat(file);
    if (size > LARGEST_HANDOFF) throw new InputError(file, `expected a file of at most ${LARGEST_HANDOFF / 1024} KiB, found ${size} bytes`);
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      file,
      code === 'ENOENT'
        ? "not found: download the artifact the pull_request workflow uploaded (it holds results.json and pull-request.json) and pass its folder as input 'results'"
        : `not valid JSON: ${(err as Error).message}`,
    );
  }
  const { number, headSha, suite } = (data ?? {}) as Record<string, unknown>;
  if (!Number.isSafeInteger(number) || (number as number) < 1) throw new InputError(file, `number: expected a pull request number, found ${describe(number)}`);
  if (typeof headSha !== 'string' || !/^[0-9a-f]{40}$/i.test(headSha))
    throw new InputError(file, `headSha: expected a 40-character commit sha, found ${describe(headSha)}`);
  if (typeof suite !== 'string' || suite === '') throw new InputError(file, `suite: expected a suite name, found ${describe(suite)}`);
  return { number: number as number, headSha, suite };
}
