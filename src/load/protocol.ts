// What the load runner and a scenario child process say to each other over the IPC channel.
import type { BenchmarkResult, Environment, ScenarioResult, ScenarioWindow } from '../results/model.ts';

/** Passed to the child as its one command-line argument, JSON-encoded. */
export interface LoadChildConfig {
  /** Absolute path of the scenario file. */
  file: string;
  /** Only scenarios whose name matches run. */
  filter?: { source: string; flags: string };
}

export type LoadChildMessage =
  | { type: 'env'; env: Environment }
  /** Scenarios selected to run (after the filter), in declaration order; `total` counts every declaration. */
  | { type: 'registered'; scenarios: string[]; total: number }
  /** The file could not be loaded; nothing runs. */
  | { type: 'load-error'; message: string }
  /** The scenario's setup begins. */
  | { type: 'setup'; scenario: string }
  /** Load generation begins; the child may be silent for up to `silenceMs` from here on (a window, or the drain at the end). */
  | { type: 'start'; scenario: string; expectedMs?: number; silenceMs: number }
  | { type: 'window'; scenario: string; elapsed: number; expectedMs?: number; iterations: number; window: ScenarioWindow }
  | { type: 'teardown'; scenario: string }
  /** The scenario is over: its details and its comparable figures (or, when it failed, `result.error`). */
  | { type: 'end'; scenario: string; result: ScenarioResult; benchmarks: BenchmarkResult[] }
  | { type: 'done' };
