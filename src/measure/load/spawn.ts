// One scenario child process: spawn it, relay its messages, stop it when it goes silent too long.
import { spawn } from 'node:child_process';
import { UsageError } from '../../errors.ts';
import type { LoadChildConfig, LoadChildMessage } from './protocol.ts';

export interface LoadChildRun {
  node: string;
  nodeArgs: string[];
  entry: string;
  config: LoadChildConfig;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** How long the child may stay silent after `last` (undefined: since it started). */
  limitAfter(last: LoadChildMessage | undefined): number;
  onMessage(message: LoadChildMessage): void;
  signal?: AbortSignal;
}

export type LoadChildExit =
  | { kind: 'done' }
  | { kind: 'timeout'; last: LoadChildMessage | undefined; limitMs: number }
  | { kind: 'crash'; code: number | null; signal: NodeJS.Signals | null; stderr: string; last: LoadChildMessage | undefined }
  | { kind: 'aborted' };

const STDERR_KEPT = 16 * 1024;
const EXIT_GRACE_MS = 5_000;
/** setTimeout fires at once for anything longer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function runLoadChild(run: LoadChildRun): Promise<LoadChildExit> {
  return new Promise((resolve, reject) => {
    const child = spawn(run.node, [...run.nodeArgs, run.entry, JSON.stringify(run.config)], {
      cwd: run.cwd,
      ...(run.env ? { env: run.env } : {}),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let stderr = '';
    let last: LoadChildMessage | undefined;
    let done = false;
    let outcome: LoadChildExit | undefined;
    let timer: NodeJS.Timeout | undefined;

    const stop = (why: LoadChildExit) => {
      outcome ??= why;
      child.kill('SIGKILL');
    };
    const arm = () => {
      clearTimeout(timer);
      const limitMs = done ? EXIT_GRACE_MS : run.limitAfter(last);
      const heard = last;
      timer = setTimeout(() => (done ? child.kill('SIGKILL') : stop({ kind: 'timeout', last: heard, limitMs })), Math.min(limitMs, MAX_TIMER_MS));
    };
    const onAbort = () => stop({ kind: 'aborted' });

    // The user's output is theirs: kept away from the terminal, stderr's end kept for messages.
    child.stdout?.resume();
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEPT);
    });
    child.on('message', (message: LoadChildMessage) => {
      if (outcome) return;
      last = message;
      if (message.type === 'done') done = true;
      run.onMessage(message);
      arm();
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      run.signal?.removeEventListener('abort', onAbort);
      child.kill('SIGKILL');
      reject(new UsageError(`could not start the scenario process with node "${run.node}": ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      run.signal?.removeEventListener('abort', onAbort);
      resolve(outcome ?? (done ? { kind: 'done' } : { kind: 'crash', code, signal, stderr, last }));
    });

    if (run.signal?.aborted) onAbort();
    else run.signal?.addEventListener('abort', onAbort, { once: true });
    arm();
  });
}
