// What a load scenario is (as its author declares it) and what running it gives (before it
// becomes part of the results model).
import type { Histogram } from 'hdr-histogram-js';
import type { Direction, LoadModel, ScenarioResult } from '../results/model.ts';
import type { Duration } from './duration.ts';

export type { Duration } from './duration.ts';

/** One iteration: any async operation. Throwing (or rejecting) counts the iteration as failed. */
export type IterationFunction<D = unknown> = (data: D, ctx: IterationContext) => unknown;

export interface IterationContext {
  /** 1-based number of the virtual user running this iteration. */
  vu: number;
  /** 0-based number of this iteration within the scenario. */
  iteration: number;
  /** Name the kind of error this iteration's failure is (default: the error's code or name). */
  errorKind(kind: string): void;
  /** Aborted when the scenario stops; pass it on to requests so that they end too. */
  signal: AbortSignal;
}

/** A threshold as written: `'p(95)<500'`, or with options. */
export type ThresholdSpec = string | { threshold: string; abortOnFail?: boolean; delayAbortEval?: Duration };

/** Thresholds per metric: `{ latency: ['p(95)<500'], errors: ['rate<0.01'] }`. */
export type Thresholds = Record<string, ThresholdSpec | ThresholdSpec[]>;

export interface Stage {
  duration: Duration;
  /** VUs (ramping-vus) or iterations per timeUnit (ramping-arrival-rate) at the end of the stage. */
  target: number;
}

interface Common<D> {
  /** Stop after this many iterations (also bounded by the duration and `maxDuration`). */
  iterations?: number;
  thresholds?: Thresholds;
  /** Runs once before the scenario, not timed; what it returns is passed to every iteration. */
  setup?: () => D | Promise<D>;
  /** Runs once after the scenario, also when it failed, not timed. */
  teardown?: (data: D) => unknown;
  /** Length of the windows figures are kept per (default '1s'). */
  window?: Duration;
  /** Hard cap on the run, whatever else it says (default '10m'). */
  maxDuration?: Duration;
  /** How long iterations still running at the end may take to finish (default '5s'); later ones are not counted. */
  gracefulStop?: Duration;
}

/** Closed model: `vus` virtual users, each starting its next iteration when its last one ends. */
export interface ConstantVusOptions<D = unknown> extends Common<D> {
  executor: 'constant-vus';
  vus: number;
  duration?: Duration;
}

/** Closed model with the number of virtual users ramped through stages. */
export interface RampingVusOptions<D = unknown> extends Common<D> {
  executor: 'ramping-vus';
  startVUs?: number;
  stages: Stage[];
}

/** Open model: `rate` iterations started per `timeUnit`, whatever the target does. */
export interface ConstantArrivalRateOptions<D = unknown> extends Common<D> {
  executor: 'constant-arrival-rate';
  rate: number;
  /** Default '1s'. */
  timeUnit?: Duration;
  duration?: Duration;
  /** Virtual users ready at the start (default: enough for 100 ms of arrivals, at least 1). */
  preAllocatedVUs?: number;
  /** At most this many iterations in flight; an arrival finding none free is dropped (default: preAllocatedVUs × 10). */
  maxVUs?: number;
}

/** Open model with the arrival rate ramped through stages. */
export interface RampingArrivalRateOptions<D = unknown> extends Common<D> {
  executor: 'ramping-arrival-rate';
  startRate?: number;
  timeUnit?: Duration;
  stages: Stage[];
  preAllocatedVUs?: number;
  maxVUs?: number;
}

/** Executors built elsewhere (stress, memory, soak): their options are theirs to check. */
export interface OtherExecutorOptions<D = unknown> extends Common<D> {
  executor: 'stress' | 'memory' | 'soak';
  [option: string]: unknown;
}

export type ScenarioOptions<D = unknown> =
  ConstantVusOptions<D> | RampingVusOptions<D> | ConstantArrivalRateOptions<D> | RampingArrivalRateOptions<D> | OtherExecutorOptions<D>;

/** A scenario as the engine runs it: its options and its name. */
export type ScenarioDefinition<D = unknown> = ScenarioOptions<D> & { name: string };

/** A figure that is compared with the baseline like a benchmark, named "<scenario> › <metric>". */
export interface ComparableMetric {
  /** e.g. "p95 latency", "heap growth per op". */
  metric: string;
  unit: string;
  direction: Direction;
  /** One value per window (or per repetition): the spread is what the comparison learns noise from. */
  samples: number[];
}

/** Per-window series of the standard comparable figures, windows merged where too few iterations ended. */
export interface WindowSamples {
  /** Latency percentiles in ms. */
  p50: number[];
  p95: number[];
  p99: number[];
  /** Iterations ended per second. */
  throughput: number[];
  /** Failed iterations in percent. */
  errorRate: number[];
}

export interface ScenarioProgress {
  /** ms since the scenario started. */
  elapsed: number;
  /** Expected length in ms, when known. */
  expected?: number;
  iterations: number;
  errors: number;
  dropped: number;
  /** The window that just closed. */
  window: ScenarioResult['windows'][number];
}

export interface RunOptions<D = unknown> {
  /** What setup returned; passed to every iteration. */
  data?: D;
  /** Stops the scenario early; what ran so far is still reported. */
  signal?: AbortSignal;
  /** Called as each window closes. */
  onProgress?: (progress: ScenarioProgress) => void;
  /** Clock in ms (default performance.now); tests pass their own. */
  now?: () => number;
}

/**
 * What running a scenario gives: the details of the results model (group aside) and what is
 * needed to turn it into comparable benchmarks.
 */
export interface ScenarioOutcome extends ScenarioResult {
  samples: WindowSamples;
  /** Latency of every iteration, in µs (coordinated omission corrected in the open model). */
  histogram?: Histogram;
  /** More comparable figures, e.g. a memory scenario's heap growth per operation. */
  metrics?: ComparableMetric[];
}

/** How a kind of load is generated. Built-in: constant-vus, ramping-vus, constant- and ramping-arrival-rate. */
export interface Executor {
  name: string;
  model: LoadModel;
  /** Check the executor's own options; throw a UsageError naming the scenario and the option. */
  check(def: ScenarioDefinition): void;
  run(def: ScenarioDefinition, fn: IterationFunction, options: RunOptions): Promise<ScenarioOutcome>;
}
