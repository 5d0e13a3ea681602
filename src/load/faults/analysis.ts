// What a fault did to a scenario, read from the scenario's time windows: the error rate and
// p95 latency while it was on, and how long after it ended the figures came back to what
// they were before it. Pure: windows and fault periods in, the `faults` block out.
import type { ScenarioWindow } from '../../results/model.ts';
import { median } from '../../stats/descriptive.ts';
import { describeFault } from './schedule.ts';
import type { Fault } from './schedule.ts';

/** A fault's period in ms from the start of the scenario (the windows' clock). */
export interface FaultSpan {
  name: string;
  fault: Fault;
  start: number;
  /** Absent: on until the end of the run. */
  end?: number;
}

export interface RecoveryCriteria {
  /** p95 counts as recovered at most this fraction above the baseline's (default 0.5: 50% above). */
  p95Tolerance: number;
  /** Error rate counts as recovered at most this much above the baseline's, as a fraction (default 0.01: one percentage point). */
  errorRateTolerance: number;
  /** A p95 within this many ms of the baseline's always counts as recovered, so a sub-millisecond baseline is not held to microseconds (default 1). */
  p95SlackMs: number;
}

export const DEFAULT_RECOVERY: RecoveryCriteria = { p95Tolerance: 0.5, errorRateTolerance: 0.01, p95SlackMs: 1 };

export interface WindowFigures {
  /** Windows the figures come from. */
  windows: number;
  iterations: number;
  errors: number;
  /** Failed iterations as a fraction; absent when no iteration ended. */
  errorRate?: number;
  /** Median of the windows' p95 latency, in ms. */
  p95?: number;
  /** Highest window p95, in ms. */
  worstP95?: number;
}

export interface FaultReport {
  name: string;
  /** e.g. "latency 200±50 ms, reset 10%". */
  description: string;
  fault: Fault;
  /** ms from the start of the scenario. */
  start: number;
  end?: number;
  /** Before the fault: fault-free windows that ended before it started. */
  baseline: WindowFigures;
  during: WindowFigures;
  /** Whether the figures came back within the criteria before the run ended. */
  recovered: boolean;
  /** ms from the fault's end to the start of the first window back within the criteria (a multiple of the window length, roughly). */
  recoveryMs?: number;
  /** Why there is no recovery time, when there is none. */
  note?: string;
}

/** The `faults` block of a ScenarioResult. */
export interface FaultsBlock {
  [key: string]: unknown;
  criteria: RecoveryCriteria;
  faults: FaultReport[];
}

function overlap(w: ScenarioWindow, start: number, end: number): number {
  return Math.max(0, Math.min(w.start + w.duration, end) - Math.max(w.start, start));
}

export function figures(windows: readonly ScenarioWindow[]): WindowFigures {
  const iterations = windows.reduce((n, w) => n + w.iterations, 0);
  const errors = windows.reduce((n, w) => n + w.errors, 0);
  const p95s = windows.flatMap((w) => (w.p95 !== undefined ? [w.p95] : []));
  const p95 = p95s.length > 0 ? median(p95s) : undefined;
  return {
    windows: windows.length,
    iterations,
    errors,
    ...(iterations > 0 ? { errorRate: errors / iterations } : {}),
    ...(p95 !== undefined ? { p95, worstP95: Math.max(...p95s) } : {}),
  };
}

function isBack(w: ScenarioWindow, baseline: WindowFigures, c: RecoveryCriteria): boolean {
  if (w.iterations === 0 || w.p95 === undefined || baseline.p95 === undefined || baseline.errorRate === undefined) return false;
  const p95Ok = w.p95 <= Math.max(baseline.p95 * (1 + c.p95Tolerance), baseline.p95 + c.p95SlackMs);
  const errorsOk = w.errors / w.iterations <= baseline.errorRate + c.errorRateTolerance;
  return p95Ok && errorsOk;
}

/**
 * For each fault: figures before, during, and the recovery time after. Windows that overlap
 * any fault, or come after one before the figures are back, are kept out of every baseline,
 * so one fault does not spoil the next one's.
 */
export function analyzeFaults(windows: readonly ScenarioWindow[], spans: readonly FaultSpan[], criteria: Partial<RecoveryCriteria> = {}): FaultsBlock {
  const c: RecoveryCriteria = { ...DEFAULT_RECOVERY, ...criteria };
  const ordered = [...windows].sort((a, b) => a.start - b.start);
  const runEnd = ordered.length > 0 ? Math.max(...ordered.map((w) => w.start + w.duration)) : 0;
  const touchedByAnyFault = (w: ScenarioWindow): boolean => spans.some((s) => overlap(w, s.start, s.end ?? Number.POSITIVE_INFINITY) > 0);
  // Each fault disturbs from its start until the figures are back (for ever, if they never are).
  const disturbed: Array<{ start: number; end: number }> = [];
  const isDisturbed = (w: ScenarioWindow): boolean => touchedByAnyFault(w) || disturbed.some((d) => overlap(w, d.start, d.end) > 0);

  const faults: FaultReport[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const end = span.end ?? runEnd;
    const baselineWindows = ordered.filter((w) => w.start + w.duration <= span.start && !isDisturbed(w));
    const baseline = figures(baselineWindows);
    // A window belongs to the fault when the fault covers at least half of it; a fault
    // shorter than half a window still gets the windows it touches.
    let duringWindows = ordered.filter((w) => overlap(w, span.start, end) >= w.duration / 2);
    if (duringWindows.length === 0) duringWindows = ordered.filter((w) => overlap(w, span.start, end) > 0);
    const report: FaultReport = {
      name: span.name,
      description: describeFault(span.fault),
      fault: { ...span.fault },
      start: span.start,
      ...(span.end !== undefined ? { end: span.end } : {}),
      baseline,
      during: figures(duringWindows),
      recovered: false,
    };
    const back = span.end !== undefined && baseline.p95 !== undefined ? ordered.find((w) => w.start >= span.end! && isBack(w, baseline, c)) : undefined;
    disturbed.push({ start: span.start, end: back ? back.start : Number.POSITIVE_INFINITY });
    if (span.end === undefined) faults.push({ ...report, note: 'the fault lasted until the end of the run' });
    else if (baseline.p95 === undefined || baseline.errorRate === undefined)
      faults.push({ ...report, note: 'no fault-free window before the fault to compare with' });
    else if (!back) {
      const left = Math.max(0, runEnd - span.end);
      faults.push({ ...report, note: `not back to the baseline by the end of the run, ${Math.round(left)} ms after the fault` });
    } else faults.push({ ...report, recovered: true, recoveryMs: back.start - span.end });
  }
  return { criteria: c, faults };
}
