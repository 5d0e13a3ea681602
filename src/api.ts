// What a benchmark file imports: `import { bench } from 'benchgate'`.
import { register, type BenchFunction, type BenchOptions } from './measure/micro/registry.ts';

export type { BenchFunction, BenchOptions, TimeUnit } from './measure/micro/registry.ts';

/**
 * Register a benchmark. `fn` is one operation; it is called many times per round and may be async.
 * Call at the top level of a `*.bench.ts` (or .js, .mjs, .mts) file; names must be unique within a run.
 */
export function bench(name: string, fn: BenchFunction, options?: BenchOptions): void {
  register(name, fn, options);
}
