// From verdicts to pass or fail. A failed benchmark counts as failing too: otherwise a PR could
// hide a regression by breaking the benchmark that would have shown it. A load scenario's broken
// threshold fails like a regression: it is a limit the team set, baseline or not.
import type { Comparison } from '../compare/types.ts';
import type { FailOn } from '../config/options.ts';
import type { ScenarioResult } from '../results/model.ts';
import { brokenThresholds } from '../results/scenarios.ts';

export const EXIT_OK = 0;
export const EXIT_REGRESSION = 1;
export const EXIT_BAD_INPUT = 2;

export interface GateOutcome {
  failed: boolean;
  exitCode: typeof EXIT_OK | typeof EXIT_REGRESSION;
  /** One sentence for people. */
  reason: string;
}

export function gate(comparison: Comparison, failOn: FailOn): GateOutcome {
  const { regression, error } = comparison.counts;
  const broken = brokenThresholds(comparison.scenarios).length;
  const problems = [
    regression > 0 ? `${regression} regression${regression === 1 ? '' : 's'}` : '',
    error > 0 ? `${error} failed benchmark${error === 1 ? '' : 's'}` : '',
    broken > 0 ? `${broken} broken threshold${broken === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  if (problems.length === 0) return { failed: false, exitCode: EXIT_OK, reason: 'No regression found.' };
  const found = `${problems.length > 2 ? `${problems.slice(0, -1).join(', ')} and ${problems.at(-1)}` : problems.join(' and ')} found`;
  if (failOn === 'never') return { failed: false, exitCode: EXIT_OK, reason: `${found}; not failing because fail-on is 'never'.` };
  return { failed: true, exitCode: EXIT_REGRESSION, reason: `${found}.` };
}

/**
 * A run on its own, before any comparison (`benchgate run`): it fails when a load scenario broke
 * a threshold, as k6 does; a leak or a drift is one when its scenario's check is on (the default
 * for leaks). Benchmarks that failed are reported, and left to the comparison to fail.
 */
export function gateRun(scenarios: readonly ScenarioResult[] | undefined): GateOutcome {
  const broken = brokenThresholds(scenarios).length;
  if (broken === 0) return { failed: false, exitCode: EXIT_OK, reason: 'No threshold broken.' };
  return { failed: true, exitCode: EXIT_REGRESSION, reason: `${broken} broken threshold${broken === 1 ? '' : 's'} found.` };
}
