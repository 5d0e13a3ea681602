// One child process (a benchmark file's, or a load scenario file's): spawn it, relay its
// messages, stop it when it goes silent too long. Generic over the protocol's messages.
//
// The child runs someone's code, which may start processes of its own. It gets a process group
// of its own, and the whole group is ended when the child is done, times out or is aborted, so
// nothing it started outlives it; and once the child has exited its output pipes are not waited
// for, since a process that left the group could hold them open for ever.
import { spawn } from 'node:child_process';
import { UsageError } from '../../errors.ts';
import { onInterrupt } from '../interrupt.ts';
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

/** "the benchmark process was killed by SIGKILL while loading the file; its stderr ended with: …" */
export function describeCrash(kind: string, exit: { code: number | null; signal: NodeJS.Signals | null; stderr: string }, doing: string): string {
  const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
  const lines = exit.stderr
    .trimEnd()
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-8);
  return `the ${kind} process ${how} ${doing}${lines.length ? `; its stderr ended with:\n${lines.join('\n')}` : ' (no output on stderr)'}`;
}
// After 'done' the child exits by itself; this only covers a child that somehow lingers.
const EXIT_GRACE_MS = 5_000;
// Between SIGTERM and SIGKILL to the group: time for a server a benchmark started to shut down.
const TERM_GRACE_MS = 1_000;
// After the child exited, how long its pipes may stay open (held by a process outside the group).
const PIPE_GRACE_MS = 2_000;
// Process groups are a POSIX notion; on Windows only the child itself can be ended.
const GROUPS = process.platform !== 'win32';

export function runChild<M extends Said = ChildMessage, C = ChildConfig>(run: ChildRun<M, C>): Promise<ChildExit<M>> {
  return new Promise((resolve, reject) => {
    const child = spawn(run.node, [...run.nodeArgs, run.entry, JSON.stringify(run.config)], {
      cwd: run.cwd,
      ...(run.env ? { env: run.env } : {}),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      detached: GROUPS,
    });
    let stderr = '';
    let last: M | undefined;
    let done = false;
    let outcome: ChildExit<M> | undefined;
    let timer: NodeJS.Timeout | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    let pipeTimer: NodeJS.Timeout | undefined;
    let settled = false;

    const signalGroup = (signal: NodeJS.Signals) => {
      if (child.pid === undefined) return;
      try {
        if (GROUPS) process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        // Nothing left in the group.
      }
    };
    /** SIGTERM to the child and everything it started, SIGKILL to whatever is left a moment later. */
    const endGroup = () => {
      if (killTimer) return;
      signalGroup('SIGTERM');
      killTimer = setTimeout(() => signalGroup('SIGKILL'), TERM_GRACE_MS);
      killTimer.unref();
    };
    // Detached, the group no longer gets the terminal's Ctrl-C: pass an interrupt on to it.
    const forgetInterrupt = onInterrupt(() => signalGroup('SIGKILL'));
    const stop = (why: ChildExit<M>) => {
      outcome ??= why;
      endGroup();
    };
    const arm = (limit?: number) => {
      clearTimeout(timer);
      const limitMs = done ? EXIT_GRACE_MS : (limit ?? run.limitAfter(last));
      const heard = last;
      timer = setTimeout(() => (done ? endGroup() : stop({ kind: 'timeout', last: heard, limitMs })), Math.min(limitMs, MAX_TIMER_MS));
    };
    const onAbort = () => stop({ kind: 'aborted' });
    const settle = (code: number | null, signal: NodeJS.Signals | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(pipeTimer);
      forgetInterrupt();
      run.signal?.removeEventListener('abort', onAbort);
      resolve(outcome ?? (done ? { kind: 'done' } : { kind: 'crash', code, signal, stderr, last }));
    };

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
      forgetInterrupt();
      run.signal?.removeEventListener('abort', onAbort);
      signalGroup('SIGKILL');
      reject(new UsageError(`could not start the ${run.kind ?? 'benchmark'} process with node "${run.node}": ${err.message}`));
    });
    // The child has ended: end what it left running. 'close' (every message and all of stderr
    // in) normally follows at once; if something outside the group holds the pipes, stop waiting.
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      endGroup();
      pipeTimer = setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        settle(code, signal);
      }, PIPE_GRACE_MS);
    });
    child.on('close', (code, signal) => settle(code, signal));

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
