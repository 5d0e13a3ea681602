// One child process (a benchmark file's, or a load scenario file's): spawn it, relay its
// messages, stop it when it goes silent too long. Generic over the protocol's messages.
import { spawn } from 'node:child_process';
import { UsageError } from '../../errors.ts';
import type { ChildConfig, ChildMessage, ParentMessage } from './protocol.ts';

interface Said {
  type: string;
}

export interface ChildRun<M extends Said = ChildMessage, C = ChildConfig> {
  /** What the child is, for messages: "benchmark" (default) or "scenario". */
  kind?: string;
  node: string;
  /** Node options before the entry, e.g. --expose-gc. */
  nodeArgs: string[];
  entry: string;
  config: C;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** How long the child may stay silent after `last` (undefined: since it started). */
  limitAfter(last: M | undefined): number;
  onMessage(message: M): void;
  signal?: AbortSignal;
  /** Called once the child is spawned, with a way to talk to it (driven children). */
  onSpawn?: (handle: ChildHandle) => void;
}

export interface ChildHandle {
  /** Send a message; the child must answer within `limitMs` or it is stopped as hung. */
  send(message: ParentMessage, limitMs: number): void;
}

/** Longest a timer can wait: setTimeout fires at once for anything longer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export type ChildExit<M extends Said = ChildMessage> =
  | { kind: 'done' }
  /** Killed by the watchdog: nothing was heard for `limitMs` after `last`. */
  | { kind: 'timeout'; last: M | undefined; limitMs: number }
  /** Ended without saying 'done'; `last` is the last thing it said. */
  | { kind: 'crash'; code: number | null; signal: NodeJS.Signals | null; stderr: string; last: M | undefined }
  | { kind: 'aborted' };

const STDERR_KEPT = 16 * 1024;
// After 'done' the child exits by itself; this only covers a child that somehow lingers.
const EXIT_GRACE_MS = 5_000;

export function runChild<M extends Said = ChildMessage, C = ChildConfig>(run: ChildRun<M, C>): Promise<ChildExit<M>> {
  return new Promise((resolve, reject) => {
    const child = spawn(run.node, [...run.nodeArgs, run.entry, JSON.stringify(run.config)], {
      cwd: run.cwd,
      ...(run.env ? { env: run.env } : {}),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let stderr = '';
    let last: M | undefined;
    let done = false;
    let outcome: ChildExit<M> | undefined;
    let timer: NodeJS.Timeout | undefined;

    const stop = (why: ChildExit<M>) => {
      outcome ??= why;
      child.kill('SIGKILL');
    };
    const arm = (limit?: number) => {
      clearTimeout(timer);
      const limitMs = done ? EXIT_GRACE_MS : (limit ?? run.limitAfter(last));
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
    child.on('message', (message: M) => {
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
      reject(new UsageError(`could not start the ${run.kind ?? 'benchmark'} process with node "${run.node}": ${err.message}`));
    });
    // 'close', not 'exit': by then every message and all of stderr have arrived.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      run.signal?.removeEventListener('abort', onAbort);
      resolve(outcome ?? (done ? { kind: 'done' } : { kind: 'crash', code, signal, stderr, last }));
    });

    if (run.signal?.aborted) onAbort();
    else run.signal?.addEventListener('abort', onAbort, { once: true });
    arm();
    run.onSpawn?.({
      send(message, limitMs) {
        if (outcome || done || !child.connected) return;
        arm(limitMs);
        // A failed send means the child has gone; its 'close' says how.
        child.send(message, () => {});
      },
    });
  });
}
