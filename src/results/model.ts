// The canonical results model. Every part downstream of measurement reads only this.
// Its JSON Schema is schema/results.schema.json; keep the two in step (a test checks).

export const RESULTS_FORMAT = 'benchgate/results';
export const RESULTS_VERSION = 1;

/** Which way is good. Times: smaller. Throughput: bigger. */
export type Direction = 'smaller' | 'bigger';

export interface Environment {
  /** `process.version` of the Node that ran the benchmarks, e.g. "v24.21.0". */
  node: string;
  /** `${platform} ${release}`, e.g. "linux 6.1.0". */
  os: string;
  arch: string;
  /** CPU model as the OS reports it. */
  cpu: string;
  cores: number;
  /** Runner name (RUNNER_NAME on GitHub) or host name locally. */
  runner?: string;
}

export interface RunMeta {
  /** Stable id of this run: unique per measurement, used by stores as a file name. */
  id: string;
  /** Commit sha measured, when known. */
  commit?: string;
  /** Branch measured, when known. */
  branch?: string;
  /** ISO 8601 time the measurement started. */
  time: string;
  /** What produced the samples: "benchgate", or the imported tool's name. */
  tool: string;
  env: Environment;
}

export interface Summary {
  n: number;
  median: number;
  mean: number;
  min: number;
  max: number;
  /** Sample standard deviation (n-1). */
  stddev: number;
  /** Coefficient of variation: stddev / mean. Within-run noise. */
  cv: number;
}

export interface BenchmarkResult {
  /** Unique within a run. Untrusted text: escape before rendering. */
  name: string;
  /** e.g. "ns/op", "ms", "ops/s", "bytes". */
  unit: string;
  direction: Direction;
  /** Raw samples, in `unit`. Empty only when `error` is set. */
  samples: number[];
  /**
   * For each sample, which process (0-based) produced it; same length as samples.
   * Lets statistics see between-process spread within one run. Absent for imports.
   */
  processes?: number[];
  /** Derived from samples; recomputed on read, never trusted from the file. */
  summary?: Summary;
  /** Set when the benchmark failed (threw, timed out, produced nothing). */
  error?: string;
  /** The file or group the benchmark came from, for display. */
  group?: string;
}

export interface RunResult {
  format: typeof RESULTS_FORMAT;
  version: typeof RESULTS_VERSION;
  /** Name of the suite, so several suites can live side by side in one store. */
  suite: string;
  run: RunMeta;
  benchmarks: BenchmarkResult[];
}
