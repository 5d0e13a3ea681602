// The canonical results model. Every part downstream of measurement reads only this.
// Its JSON Schema is schema/results.schema.json; keep the two in step (a test checks).

export const RESULTS_FORMAT = 'benchgate/results';
export const RESULTS_VERSION = 1;

/** Which way is good. Times: smaller. Throughput: bigger. */
export type Direction = 'smaller' | 'bigger';

/** What benchgate's own samples are: wall-clock time per operation, or instructions per operation counted under valgrind. */
export type Measure = 'time' | 'instructions';
export const MEASURES: readonly Measure[] = ['time', 'instructions'];

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
  /** Set when benchgate counted instructions ("instructions"); absent: times, or whatever the imported tool measured. */
  measure?: Measure;
  env: Environment;
  /** Set on the results of one shard (`run --shard K/N`): which part of the suite they are. */
  shard?: ShardInfo;
  /** Set on a run merged from shards (`merge`): each shard's part, machine and wall time, by index. */
  shards?: MergedShard[];
  /**
   * Set on each side of an interleaved run (`benchgate ab`): the id of the other side's run. Their
   * samples were measured in alternating rounds, so a benchmark's samples pair with the other run's
   * by position, and `compare` compares them pair by pair.
   */
  pairedWith?: string;
}

/** One shard's place in a suite split N ways. */
export interface ShardInfo {
  /** 1-based: shard `index` of `count`. */
  index: number;
  count: number;
  /** Digest of the whole split (which benchmarks went to which shard): the same on every shard of one run. */
  plan: string;
  /** Id of the stored run the split was planned from (its benchmarks, wall times and split); absent when there was none. */
  timings?: string;
  /** How long this shard took to measure, in ms. */
  wallTime: number;
}

/** A shard as the merged run keeps it: its part and the run it came from. */
export interface MergedShard extends ShardInfo {
  /** The shard's own run id. */
  id: string;
  /** When the shard started measuring. */
  time: string;
  /** The machine that ran the shard. */
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
   * Lets statistics see between-process spread within one run. Imports give it when the tool says
   * (all 0 when every sample came from one process: go -count, pytest rounds, Criterion samples;
   * JMH forks and hyperfine runs are processes of their own), and leave it out when it does not.
   */
  processes?: number[];
  /** Derived from samples; recomputed on read, never trusted from the file. */
  summary?: Summary;
  /** Set when the benchmark failed (threw, timed out, produced nothing). */
  error?: string;
  /** The file or group the benchmark came from, for display. */
  group?: string;
  /**
   * Time spent measuring this benchmark, in ms: its set-up, warm-up, rounds and teardown, in all
   * its processes. What `run --shard` balances shards by. Absent for imports.
   */
  wallTime?: number;
  /** In a run merged from shards: the shard (1-based) that measured this benchmark. */
  shard?: number;
}

export interface RunResult {
  format: typeof RESULTS_FORMAT;
  version: typeof RESULTS_VERSION;
  /** Name of the suite, so several suites can live side by side in one store. */
  suite: string;
  run: RunMeta;
  benchmarks: BenchmarkResult[];
  /** Load scenarios measured in this run, with their details; absent when there were none. */
  scenarios?: ScenarioResult[];
}

/** Open: iterations start on a schedule, whatever the target does. Closed: each VU waits for its last iteration. */
export type LoadModel = 'open' | 'closed';

/** A latency distribution, in ms. From an HDR histogram (3 significant digits) where benchgate measured it. */
export interface LatencySummary {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

export interface ThresholdResult {
  /** The metric it is set on: latency, errors, iterations, dropped, heap. */
  metric: string;
  /** As written, e.g. "p(95)<500". Untrusted text: escape before rendering. */
  expression: string;
  /** The value the aggregation had at the end (or when the run stopped); absent when there was nothing to aggregate. */
  observed?: number;
  passed: boolean;
  /** Set when this threshold was to stop the run as soon as it broke. */
  abortOnFail?: boolean;
}

/** One time window of a scenario (1 s unless the scenario says otherwise). */
export interface ScenarioWindow {
  /** Start, in ms from the start of the scenario. */
  start: number;
  /** Length in ms (the last window may be shorter). */
  duration: number;
  /** Iterations that ended in this window, failed ones included. */
  iterations: number;
  errors: number;
  dropped: number;
  /** Iterations ended per second. */
  throughput: number;
  /** Latency percentiles of the iterations that ended in this window, in ms; absent when none did. */
  p50?: number;
  p95?: number;
  p99?: number;
}

/**
 * One load scenario's run: the details a report shows. The figures that are compared with a
 * baseline are also in `RunResult.benchmarks`, as "<scenario> › p95 latency" and the like.
 */
export interface ScenarioResult {
  /** Unique within a run. Untrusted text: escape before rendering. */
  name: string;
  /** The file the scenario came from, for display. */
  group?: string;
  /** e.g. "constant-arrival-rate", "constant-vus", "stress". */
  executor: string;
  /** 'closed' figures are measured from each iteration's actual start, so they hide a stalled target. */
  model: LoadModel;
  /** How long it ran, in ms. */
  duration: number;
  /** Iterations that ended, failed ones included. */
  iterations: number;
  /** Iterations ended per second. */
  throughput: number;
  /** From intended start (open model, coordinated omission corrected) or actual start (closed) to the end of each iteration. */
  latency?: LatencySummary;
  errors: { count: number; rate: number; byKind: Record<string, number> };
  /** Iterations the generator could not start (open model: no free VU, maxVUs reached). */
  dropped: number;
  /** How late the generator started iterations (actual − intended start), in ms. Open model only. */
  schedulerLag?: LatencySummary;
  /** Most iterations in flight at once. */
  maxConcurrency?: number;
  thresholds: ThresholdResult[];
  /** Why the scenario stopped early, when it did (a threshold with abortOnFail, or the hard cap). */
  aborted?: string;
  /** Set when the scenario could not run (setup threw, bad definition); then the figures are zero. */
  error?: string;
  windows: ScenarioWindow[];
  // Blocks filled by the stress, memory, soak executors and the fault proxy. Kept as written
  // (any JSON object); their executors document their fields.
  capacity?: ScenarioBlock;
  memory?: ScenarioBlock;
  soak?: ScenarioBlock;
  faults?: ScenarioBlock;
}

/** A JSON object kept as it is. */
export type ScenarioBlock = { [key: string]: unknown };
