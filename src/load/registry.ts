// The scenarios a file declares. Kept on globalThis for the same reason as the micro-benchmark
// registry: the user's file imports 'benchgate' (dist/api.js) while the load child is another
// bundle, and both must see one list.
import { describe, UsageError } from '../errors.ts';
import type { IterationFunction, ScenarioDefinition, ScenarioOptions } from './types.ts';

export interface DeclaredScenario {
  definition: ScenarioDefinition;
  fn: IterationFunction;
}

interface Registry {
  scenarios: DeclaredScenario[];
}

const REGISTRY_KEY = Symbol.for('benchgate.scenarios');

export function scenarioRegistry(): Registry {
  const holder = globalThis as { [REGISTRY_KEY]?: Registry };
  holder[REGISTRY_KEY] ??= { scenarios: [] };
  return holder[REGISTRY_KEY];
}

/**
 * Declare a scenario. Only the shape is checked here; the executor checks its options when the
 * runner loads the file, so that every problem is reported with the file it is in.
 */
export function declareScenario(name: unknown, options: unknown, fn: unknown): void {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new UsageError(`scenario(name, options, fn): expected the name to be a non-empty string, found ${describe(name)}`);
  }
  const where = `scenario(${JSON.stringify(name)}, options, fn)`;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new UsageError(`${where}: expected options to be an object like { executor: 'constant-vus', vus: 10, duration: '30s' }, found ${describe(options)}`);
  }
  if (typeof fn !== 'function') throw new UsageError(`${where}: expected fn to be a function, found ${describe(fn)}`);
  if ('name' in options) throw new UsageError(`${where}: options cannot have a name; the scenario's name is the first argument`);
  scenarioRegistry().scenarios.push({ definition: { ...(options as ScenarioOptions), name }, fn: fn as IterationFunction });
}
