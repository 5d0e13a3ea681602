// One declared scenario from start to end: check it, run its setup, generate the load, run its
// teardown. Whatever fails becomes the scenario's `error`, so one broken scenario is reported
// (and fails the gate) without stopping the others.
import { faultsBlock, wallClock } from './faults/block.ts';
import { findExecutor } from './executors.ts';
import { commonSettings } from './options.ts';
import type { DeclaredScenario } from './registry.ts';
import { failedScenario } from './to-results.ts';
import type { RunOptions, ScenarioOutcome } from './types.ts';

export interface DeclaredRunHooks {
  onSetup?: () => void;
  /** Load generation starts; it may be silent (no window closing) for up to `silenceMs`. */
  onStart?: (silenceMs: number) => void;
  onTeardown?: () => void;
  onProgress?: RunOptions['onProgress'];
  signal?: AbortSignal;
}

/** Longest a healthy run goes without a window closing, beyond the window and the drain at the end. */
const SILENCE_MARGIN_MS = 10_000;

export async function runDeclaredScenario(declared: DeclaredScenario, hooks: DeclaredRunHooks = {}): Promise<ScenarioOutcome> {
  const { definition: def, fn } = declared;
  let executor: ReturnType<typeof findExecutor>;
  let silenceMs: number;
  try {
    executor = findExecutor(def);
    executor.check(def);
    const common = commonSettings(def);
    silenceMs = 2 * common.windowMs + common.gracefulStopMs + SILENCE_MARGIN_MS;
  } catch (err) {
    return failedScenario(def.name, def.executor, 'closed', errorText(err));
  }

  let data: unknown;
  try {
    hooks.onSetup?.();
    data = await def.setup?.();
  } catch (err) {
    return failedScenario(def.name, def.executor, executor.model, `setup failed: ${errorText(err)}`);
  }

  let outcome: ScenarioOutcome;
  try {
    hooks.onStart?.(silenceMs);
    const startedAt = wallClock();
    outcome = await executor.run(def, fn, {
      data,
      ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
      ...(hooks.signal ? { signal: hooks.signal } : {}),
    });
    // Fault proxies the scenario started report when their faults were on; the windows show what they did.
    const faults = faultsBlock(outcome.windows ?? [], startedAt, outcome.duration);
    if (faults) outcome = { ...outcome, faults };
  } catch (err) {
    outcome = failedScenario(def.name, def.executor, executor.model, errorText(err));
  }

  if (def.teardown) {
    try {
      hooks.onTeardown?.();
      await (def.teardown as (data: unknown) => unknown)(data);
    } catch (err) {
      outcome = { ...outcome, error: outcome.error ?? `teardown failed: ${errorText(err)}` };
    }
  }
  return outcome;
}

/** The message, and where it was thrown when that is in a file (not inside node's internals). */
export function errorText(err: unknown): string {
  if (!(err instanceof Error)) return `threw ${String(err)}`;
  const message = err.message || err.name;
  if (err.name === 'UsageError') return message;
  const frames = (err.stack ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '));
  const where = frames.find((frame) => /file:\/\/|\(\/|^at \//.test(frame) && !frame.includes('/src/load/'));
  return where ? `${message} (${where})` : message;
}
