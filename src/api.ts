// What a benchmark file imports: `import { bench } from 'benchgate'`, and a scenario file
// `import { scenario } from 'benchgate'`. Kept small: every benchmark process loads it.
import { declareScenario } from './load/registry.ts';
import type { IterationFunction, ScenarioOptions } from './load/types.ts';
import { register, type BenchFunction, type BenchOptions } from './measure/micro/registry.ts';

export type { BenchFunction, BenchOptions, TimeUnit } from './measure/micro/registry.ts';

/**
 * Register a benchmark. `fn` is one operation; it is called many times per round and may be async.
 * Call at the top level of a `*.bench.ts` (or .js, .mjs, .mts) file; names must be unique within a run.
 */
export function bench(name: string, fn: BenchFunction, options?: BenchOptions): void {
  register(name, fn, options);
}

export type { Duration, IterationContext, IterationFunction, ScenarioOptions, Stage, ThresholdSpec, Thresholds } from './load/types.ts';

/**
 * Declare a load scenario: `fn` is one iteration (any async operation; throwing counts as an
 * error), driven by the executor `options` names. Call at the top level of a `*.load.ts` (or
 * .js, .mjs) file; names must be unique within a run.
 */
export function scenario<D = unknown>(name: string, options: ScenarioOptions<D>, fn: IterationFunction<D>): void {
  declareScenario(name, options, fn);
}

// The HTTP client and the fault proxy for scenario functions are in 'benchgate/http'
// (src/api-http.ts): they carry undici, which a benchmark file has no need to load.
