// The runner starts the Action with its inputs (github-token among them) and the runtime's tokens
// in its environment, and any process of the same user can read that environment's first copy
// from /proc/<pid>/environ: benchmark processes, the Action's children, just read their parent's.
// Deleting a variable from process.env does not change that copy. So, once the inputs are read,
// each secret is copied to where process.env now finds it (setenv puts it on the heap), and its
// value in the first copy is overwritten, through /proc/self/mem, the one way to write it.
// What this does not reach is said in docs/action.md: the heap, for one, which other processes
// can read only with the right to trace this one.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { isSecretName } from './sanitize-env.ts';

/** Variables the Action still needs after reading its inputs (the cache client's). */
const STILL_NEEDED = new Set(['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RUNTIME_URL']);

export type ScrubOutcome = { scrubbed: string[] } | { skipped: string };

/** Remove the secrets from this process's environment, where other processes can read it. Linux only. */
export function scrubSecretsFromEnvironment(): ScrubOutcome {
  if (process.platform !== 'linux') return { skipped: `not Linux (${process.platform}): /proc/<pid>/environ is Linux's` };
  let block: Buffer;
  let start: number;
  try {
    block = readFileSync('/proc/self/environ');
    const stat = readFileSync('/proc/self/stat', 'latin1');
    // Fields after the command name, which is in parentheses and may hold spaces; env_start is field 50.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    start = Number(fields[47]);
    const end = Number(fields[48]);
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end - start !== block.length) {
      return { skipped: 'the environment block is not where /proc/self/stat says' };
    }
  } catch (err) {
    return { skipped: `/proc could not be read (${(err as Error).message})` };
  }

  const overwrites: Array<{ at: number; length: number }> = [];
  const scrubbed: string[] = [];
  let offset = 0;
  for (const entry of splitEntries(block)) {
    const text = entry.toString('utf8');
    const eq = text.indexOf('=');
    const name = eq > 0 ? text.slice(0, eq) : '';
    if (name !== '' && isSecretName(name)) {
      const value = process.env[name];
      if (STILL_NEEDED.has(name) && value !== undefined) process.env[name] = value;
      else delete process.env[name];
      const valueStart = Buffer.byteLength(text.slice(0, eq + 1));
      overwrites.push({ at: offset + valueStart, length: entry.length - valueStart });
      scrubbed.push(name);
    }
    offset += entry.length + 1;
  }
  if (overwrites.length === 0) return { scrubbed };
  let fd: number | undefined;
  try {
    fd = openSync('/proc/self/mem', 'r+');
    for (const { at, length } of overwrites) {
      if (length > 0) writeSync(fd, Buffer.alloc(length, '*'), 0, length, start + at);
    }
  } catch (err) {
    return { skipped: `/proc/self/mem could not be written (${(err as Error).message})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return { scrubbed };
}

function* splitEntries(block: Buffer): Generator<Buffer> {
  let from = 0;
  while (from < block.length) {
    let to = block.indexOf(0, from);
    if (to === -1) to = block.length;
    yield block.subarray(from, to);
    from = to + 1;
  }
}
