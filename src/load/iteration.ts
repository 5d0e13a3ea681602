// Calling the scenario's function once, sync or async, and naming how it failed.
import type { IterationContext, IterationFunction } from './types.ts';

/** Called when the iteration ends: `errorKind` undefined when it succeeded. */
export type IterationDone = (errorKind: string | undefined) => void;

/**
 * Run one iteration and call `done` when it ends. A function that returns no promise ends at
 * once, without a trip through the microtask queue: that is what lets the generator drive tens
 * of thousands of cheap iterations a second.
 */
export function runIteration(fn: IterationFunction, data: unknown, vu: number, iteration: number, signal: AbortSignal, done: IterationDone): void {
  let kind: string | undefined;
  const ctx: IterationContext = {
    vu,
    iteration,
    errorKind(name: string) {
      kind = String(name);
    },
    signal,
  };
  let result: unknown;
  try {
    result = fn(data, ctx);
  } catch (err) {
    done(kind ?? errorKindOf(err));
    return;
  }
  if (result !== null && typeof result === 'object' && typeof (result as PromiseLike<unknown>).then === 'function') {
    (result as PromiseLike<unknown>).then(
      () => done(undefined),
      (err: unknown) => done(kind ?? errorKindOf(err)),
    );
  } else {
    done(undefined);
  }
}

/** The error's code (ECONNRESET, UND_ERR_SOCKET), else its name (TypeError, TimeoutError). */
export function errorKindOf(err: unknown): string {
  if (err instanceof Error || (typeof err === 'object' && err !== null)) {
    const { code, name } = err as { code?: unknown; name?: unknown };
    if (typeof code === 'string' && code !== '') return code;
    if (typeof code === 'number') return String(code);
    if (typeof name === 'string' && name !== '') return name;
  }
  return 'Error';
}
