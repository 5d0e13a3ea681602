// Checking a scenario's options, with errors that name the scenario and the option.
import { describe, UsageError } from '../errors.ts';
import { parseDuration } from './duration.ts';
import { parseThresholds, type Threshold } from './thresholds.ts';
import type { ScenarioDefinition, Stage } from './types.ts';

export const DEFAULT_WINDOW_MS = 1_000;
export const DEFAULT_MAX_DURATION_MS = 10 * 60_000;
export const DEFAULT_GRACEFUL_STOP_MS = 5_000;

/** Options every executor shares, checked and in ms. */
export interface CommonSettings {
  windowMs: number;
  maxDurationMs: number;
  gracefulStopMs: number;
  iterations?: number;
  thresholds: Threshold[];
}

const COMMON_OPTIONS = ['executor', 'name', 'iterations', 'thresholds', 'setup', 'teardown', 'window', 'maxDuration', 'gracefulStop'];

export function where(def: { name: string }, option?: string): string {
  return `scenario ${JSON.stringify(def.name)}${option ? `: ${option}` : ''}`;
}

export function option(def: ScenarioDefinition, key: string): unknown {
  return (def as unknown as Record<string, unknown>)[key];
}

export function commonSettings(def: ScenarioDefinition): CommonSettings {
  const windowMs = def.window === undefined ? DEFAULT_WINDOW_MS : parseDuration(def.window, where(def, 'window'));
  if (!(windowMs >= 10)) throw new UsageError(`${where(def, 'window')}: expected at least 10ms, found ${describe(def.window)}`);
  const maxDurationMs = def.maxDuration === undefined ? DEFAULT_MAX_DURATION_MS : parseDuration(def.maxDuration, where(def, 'maxDuration'));
  const gracefulStopMs = def.gracefulStop === undefined ? DEFAULT_GRACEFUL_STOP_MS : parseDuration(def.gracefulStop, where(def, 'gracefulStop'));
  const iterations = def.iterations === undefined ? undefined : wholeNumber(def, 'iterations', 1);
  for (const hook of ['setup', 'teardown'] as const) {
    if (def[hook] !== undefined && typeof def[hook] !== 'function') {
      throw new UsageError(`${where(def, hook)}: expected a function, found ${describe(def[hook])}`);
    }
  }
  return {
    windowMs,
    maxDurationMs,
    gracefulStopMs,
    ...(iterations !== undefined ? { iterations } : {}),
    thresholds: parseThresholds(def.thresholds, def.name),
  };
}

/** Refuse options the executor does not know: a typo would otherwise silently change the load. */
export function onlyKnownOptions(def: ScenarioDefinition, own: readonly string[]): void {
  for (const key of Object.keys(def)) {
    if (COMMON_OPTIONS.includes(key) || own.includes(key)) continue;
    throw new UsageError(
      `${where(def)}: unknown option ${JSON.stringify(key)} for executor '${def.executor}'; its options are ${[...own].join(', ')}, plus ${COMMON_OPTIONS.slice(2).join(', ')}`,
    );
  }
}

export function wholeNumber(def: ScenarioDefinition, key: string, min: number, fallback?: number): number {
  const value = option(def, key) ?? fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new UsageError(`${where(def, key)}: expected a whole number ≥ ${min}, found ${describe(option(def, key))}`);
  }
  return value;
}

export function numberOption(def: ScenarioDefinition, key: string, options: { fallback?: number; allowZero?: boolean } = {}): number {
  const value = option(def, key) ?? options.fallback;
  const ok = typeof value === 'number' && Number.isFinite(value) && (options.allowZero ? value >= 0 : value > 0);
  if (!ok) throw new UsageError(`${where(def, key)}: expected a number ${options.allowZero ? '≥ 0' : '> 0'}, found ${describe(option(def, key))}`);
  return value;
}

export function durationOption(def: ScenarioDefinition, key: string): number | undefined {
  const value = option(def, key);
  return value === undefined ? undefined : parseDuration(value, where(def, key));
}

/** Stages with their durations in ms; targets ≥ 0. */
export function stagesOption(def: ScenarioDefinition): { durationMs: number; target: number }[] {
  const stages = option(def, 'stages');
  if (!Array.isArray(stages) || stages.length === 0) {
    throw new UsageError(`${where(def, 'stages')}: expected a non-empty array like [{ duration: '10s', target: 50 }], found ${describe(stages)}`);
  }
  return stages.map((stage: unknown, i) => {
    const at = where(def, `stages[${i}]`);
    if (typeof stage !== 'object' || stage === null) throw new UsageError(`${at}: expected { duration, target }, found ${describe(stage)}`);
    const { duration, target } = stage as Stage;
    if (typeof target !== 'number' || !Number.isFinite(target) || target < 0) {
      throw new UsageError(`${at}.target: expected a number ≥ 0, found ${describe(target)}`);
    }
    return { durationMs: parseDuration(duration, `${at}.duration`), target };
  });
}

/** A scenario must stop by itself: by its duration, its iteration count, or at the latest its hard cap. */
export function requireBound(def: ScenarioDefinition, durationMs: number | undefined, common: CommonSettings): void {
  if (durationMs === undefined && common.iterations === undefined) {
    throw new UsageError(`${where(def)}: expected a duration or a number of iterations, found neither; a scenario must stop by itself`);
  }
}
