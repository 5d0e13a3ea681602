// The benchmarks a file registers. It lives on globalThis because the user's file imports
// `benchgate` (dist/api.js, or src/api.ts here) while the child runner is another bundle
// (dist/child.js): two copies of this module must still see one registry.
import { UsageError, describe } from '../../errors.ts';

/** The function measured: one call is one operation. May return a promise. */
export type BenchFunction = () => unknown;

/** Time unit the samples of a benchmark are reported in, per operation. */
export type TimeUnit = 'ns' | 'us' | 'µs' | 'ms' | 's';

export interface BenchOptions {
  /** Longest one round of this benchmark may take, in ms, before it is stopped as hung (default: the run's timeout). */
  timeout?: number;
  /** Runs once per benchmark process before the first call (not timed). */
  setup?: () => unknown;
  /** Runs once per benchmark process after the last round, also when the benchmark failed (not timed). */
  teardown?: () => unknown;
  /** Unit of the samples: time per operation (default 'ns', giving "ns/op"). */
  unit?: TimeUnit;
}

export interface RegisteredBenchmark {
  name: string;
  fn: BenchFunction;
  options: BenchOptions;
}

interface Registry {
  benchmarks: RegisteredBenchmark[];
}

const REGISTRY_KEY = Symbol.for('benchgate.registry');
const TIME_UNITS: readonly TimeUnit[] = ['ns', 'us', 'µs', 'ms', 's'];

export function registry(): Registry {
  const holder = globalThis as { [REGISTRY_KEY]?: Registry };
  holder[REGISTRY_KEY] ??= { benchmarks: [] };
  return holder[REGISTRY_KEY];
}

export function register(name: unknown, fn: unknown, options: unknown = {}): void {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new UsageError(`bench(name, fn): expected the name to be a non-empty string, found ${describe(name)}`);
  }
  if (typeof fn !== 'function') {
    throw new UsageError(`bench(${JSON.stringify(name)}, fn): expected fn to be a function, found ${describe(fn)}`);
  }
  registry().benchmarks.push({ name, fn: fn as BenchFunction, options: checkOptions(name, options) });
}

function checkOptions(name: string, options: unknown): BenchOptions {
  const where = `bench(${JSON.stringify(name)}, fn, options)`;
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new UsageError(`${where}: expected options to be an object, found ${describe(options)}`);
  }
  const { timeout, setup, teardown, unit } = options as Record<string, unknown>;
  if (timeout !== undefined && (typeof timeout !== 'number' || !(timeout > 0) || !Number.isFinite(timeout))) {
    throw new UsageError(`${where}: expected timeout to be a positive number of milliseconds, found ${describe(timeout)}`);
  }
  for (const [hook, value] of [
    ['setup', setup],
    ['teardown', teardown],
  ] as const) {
    if (value !== undefined && typeof value !== 'function') {
      throw new UsageError(`${where}: expected ${hook} to be a function, found ${describe(value)}`);
    }
  }
  if (unit !== undefined && !TIME_UNITS.includes(unit as TimeUnit)) {
    throw new UsageError(`${where}: expected unit to be one of ${TIME_UNITS.join(', ')}, found ${describe(unit)}`);
  }
  return options as BenchOptions;
}
