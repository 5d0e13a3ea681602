// How a scenario ends: iterations still in flight get a grace period to finish, and are told
// to stop (their signal aborts) when the run was cut short or the grace period is over.
import type { Recorder } from './recorder.ts';

/** Why the caller's signal stopped the scenario, or undefined when it did not. */
export function stopReason(signal: AbortSignal | undefined): string | undefined {
  if (!signal?.aborted) return undefined;
  const reason: unknown = signal.reason;
  const text = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : '';
  return `stopped from outside${text && !/aborted/i.test(text) ? `: ${text}` : ''}`;
}

/**
 * Wait until nothing is in flight or `graceMs` has passed; iterations ending after that are not
 * counted. `hurry`: the run was cut short, so the iterations are told to stop at once (and are
 * not counted either). `watch` receives the callback to call when the last
 * in-flight iteration ends.
 */
export async function drain(
  recorder: Recorder,
  graceMs: number,
  hurry: boolean,
  iterations: AbortController,
  watch: (idle: () => void) => void,
): Promise<void> {
  if (hurry) {
    recorder.stopCounting();
    iterations.abort(new Error('the scenario stopped'));
  }
  if (recorder.inFlight > 0) {
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      watch(resolve);
      timer = setTimeout(resolve, graceMs);
    });
    clearTimeout(timer);
  }
  recorder.stopCounting();
  if (!iterations.signal.aborted) iterations.abort(new Error('the scenario ended'));
}
