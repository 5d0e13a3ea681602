// The user's setup command (e.g. "npm ci && npm run build"), run in a tree before it is measured.
// Its output is shown, grouped under a heading per tree (a folded group on GitHub Actions).
import { spawn } from 'node:child_process';
import { UsageError } from '../../errors.ts';
import { onInterrupt } from '../interrupt.ts';

export interface SetupTree {
  /** "base" or "head", for messages. */
  label: string;
  /** What the tree is, e.g. "main (3f2a1c0)". */
  revision: string;
  cwd: string;
}

export interface SetupIo {
  /** Where the command's output and the headings go. */
  write(text: string): void;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

/** Lines of output quoted in the error when the command fails. */
const TAIL_LINES = 12;

export async function runSetup(command: string, tree: SetupTree, io: SetupIo): Promise<void> {
  const env = io.env ?? process.env;
  const actions = env.GITHUB_ACTIONS === 'true';
  const heading = `setup in the ${tree.label} tree, ${tree.revision}: ${command}`;
  io.write(actions ? `::group::${heading}\n` : `── ${heading}\n`);
  const prefix = actions ? '' : `${tree.label} │ `;
  const tail: string[] = [];
  const started = Date.now();
  try {
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
      // Its own process group, so that stopping it stops what it started (npm, a compiler) too.
      const child = spawn(command, { cwd: tree.cwd, env, shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      const kill = () => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      };
      const forget = onInterrupt(kill);
      const onAbort = () => kill();
      io.signal?.addEventListener('abort', onAbort, { once: true });
      const lines = lineWriter((line) => {
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        io.write(`${prefix}${line}\n`);
      });
      child.stdout.setEncoding('utf8').on('data', lines.push);
      child.stderr.setEncoding('utf8').on('data', lines.push);
      child.on('error', (err) => {
        forget();
        io.signal?.removeEventListener('abort', onAbort);
        reject(new UsageError(`the setup command could not be started in the ${tree.label} tree (${tree.cwd}): ${err.message}`));
      });
      child.on('close', (code, signal) => {
        lines.end();
        forget();
        io.signal?.removeEventListener('abort', onAbort);
        resolve({ code, signal });
      });
    });
    io.signal?.throwIfAborted();
    if (exit.code !== 0) {
      const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
      const quoted = tail.length ? `; its output ended with:\n${tail.map((l) => `  ${l}`).join('\n')}` : ' without output';
      throw new UsageError(`the setup command ${JSON.stringify(command)} ${how} in the ${tree.label} tree, ${tree.revision} (${tree.cwd})${quoted}`);
    }
    io.write(`${actions ? '' : '── '}setup of the ${tree.label} tree done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    if (actions) io.write('::endgroup::\n');
  }
}

/** Splits streamed text into lines; `end` flushes an unfinished last line. */
function lineWriter(onLine: (line: string) => void): { push: (chunk: string) => void; end: () => void } {
  let pending = '';
  return {
    push: (chunk) => {
      const parts = (pending + chunk).split(/\r?\n/);
      pending = parts.pop() ?? '';
      for (const line of parts) onLine(line);
    },
    end: () => {
      if (pending) onLine(pending);
      pending = '';
    },
  };
}
