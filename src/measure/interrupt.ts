// Cleanups that must run even when the run is interrupted (Ctrl-C, a cancelled CI job): on SIGINT,
// SIGTERM or SIGHUP every registered cleanup runs, newest first, and the signal is raised again so
// the process ends the way it was asked to. Cleanups are synchronous: a signal handler cannot wait.

type Cleanup = () => void;

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const cleanups: Cleanup[] = [];

function onSignal(signal: NodeJS.Signals): void {
  runAll();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

function runAll(): void {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!;
    try {
      cleanup();
    } catch {
      // One failed cleanup must not keep the others from running.
    }
  }
}

/** Run `cleanup` if the process is interrupted; the returned function unregisters it (without running it). */
export function onInterrupt(cleanup: Cleanup): () => void {
  if (cleanups.length === 0) for (const s of SIGNALS) process.on(s, onSignal);
  cleanups.push(cleanup);
  return () => {
    const at = cleanups.lastIndexOf(cleanup);
    if (at >= 0) cleanups.splice(at, 1);
    if (cleanups.length === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
}
