// Running one scenario with the executor it names.
import { findExecutor } from './executors.ts';
import type { IterationFunction, RunOptions, ScenarioDefinition, ScenarioOutcome } from './types.ts';

/**
 * Generate the scenario's load on `fn` and measure it. Setup and teardown are not run here
 * (the runner runs them once around the scenario, so executors that call this for each of
 * their steps share one setup): pass what setup returned as `options.data`.
 * Throws UsageError for a bad definition, before any load is generated.
 */
export function runScenario<D>(def: ScenarioDefinition<D>, fn: IterationFunction<D>, options: RunOptions<D> = {}): Promise<ScenarioOutcome> {
  const plain = def as ScenarioDefinition;
  const executor = findExecutor(plain);
  executor.check(plain);
  return executor.run(plain, fn as IterationFunction, options as RunOptions);
}

/** Check a definition as runScenario would, without running it. */
export function checkScenario(def: ScenarioDefinition): void {
  findExecutor(def).check(def);
}
