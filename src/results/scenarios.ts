// Questions every later step asks about a run's load scenarios.
import type { ScenarioResult, ThresholdResult } from './model.ts';

export interface BrokenThreshold {
  scenario: string;
  threshold: ThresholdResult;
}

/** Thresholds that did not hold, scenario by scenario in run order. A broken threshold fails the gate like a regression. */
export function brokenThresholds(scenarios: readonly ScenarioResult[] | undefined): BrokenThreshold[] {
  return (scenarios ?? []).flatMap((s) => s.thresholds.filter((t) => !t.passed).map((threshold) => ({ scenario: s.name, threshold })));
}
