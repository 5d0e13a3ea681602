// Common mode: on shared machines a whole run slows down or speeds up at once (every benchmark
// 1.6–2× slower in a slow period), while the ratios between benchmarks stay much steadier. So a
// benchmark's log shift d between two runs is split into
//   c  the common shift: the median of the shifts of the other benchmarks of the suite (leave one
//      out, so that a benchmark that really moved does not pull its own reference), and
//   r  its relative shift d − c: how far it moved against the rest of the suite.
// Shifts are oriented so that "slower" has one sign: a time (smaller is better) and a throughput
// (bigger is better) of the same slow run move in opposite directions.
//
// Learned from the runs of the baseline branch, between neighbouring runs (successive differences,
// so that a lasting change on the branch is one large difference, not extra spread):
//   σ_r(b)  how much benchmark b moves against the rest of the suite, from the relative shifts r
//           computed exactly as for the decision (leave-one-out median over the same pair of runs);
//           robust scale median|r| / (0.6745·√2), shrunk toward the pooled value as in run-noise.ts.
//           It holds the within-run error of the medians and of the centre too, so that adding the
//           within-run interval on top counts that part twice: a small, deliberate overstatement.
//   σ_c     how much the whole suite moves between runs, from the common shifts c of neighbouring
//           runs: √(mean c² / 2). Not a robust scale on purpose: on this machine the level of a run
//           is bimodal (fast and slow periods), so the odd runs are the very noise to account for,
//           and a median of differences, blind to them, would call the next slow run a regression.
//           The price: a lasting step on the baseline branch inflates σ_c until it leaves the window,
//           which makes a uniform slowdown harder to prove, never easier to flag falsely. Because a
//           short history says nothing about how often slow periods come, σ_c needs MIN_COMMON_RUNS
//           runs; until then the default is used.
import type { Direction, RunResult } from '../results/model.ts';
import { median } from '../stats/descriptive.ts';
import { historyRuns, MIN_RUNS, shrinkTowardPooled, type RawNoise, type RunNoise, type RunNoiseModel } from './run-noise.ts';

/** Fewer compared benchmarks than this, and the median of the others is no reference: the plain between-run model is used. */
export const COMMON_MODE_MIN_BENCHMARKS = 4;
/** Runs the history needs before σ_c is learned: slow periods came in about one run of five here. */
export const MIN_COMMON_RUNS = 10;

export interface CommonModeModel {
  /** Runs of the history that were used. */
  runs: number;
  /** σ_r per benchmark (relative to the rest of the suite), as in RunNoiseModel. */
  relative: Pick<RunNoiseModel, 'pooled' | 'benchmarks'>;
  /** σ_c and the successive differences behind it; undefined with fewer than MIN_COMMON_RUNS runs. */
  common?: { noise: number; differences: number };
}

/** For each value, the median of all the other values. Needs at least two values. */
export function leaveOneOutMedians(values: readonly number[]): number[] {
  const n = values.length;
  if (n < 2) throw new RangeError(`a leave-one-out median needs at least two values; got ${n}`);
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const sorted = order.map((i) => values[i]!);
  // Without the value at sorted position p, position j of the rest is sorted[j] for j < p, else sorted[j + 1].
  const rest = (j: number, p: number): number => sorted[j < p ? j : j + 1]!;
  const lo = (n - 2) >> 1;
  const hi = (n - 1) >> 1;
  const out = new Array<number>(n);
  order.forEach((index, p) => {
    out[index] = (rest(lo, p) + rest(hi, p)) / 2;
  });
  return out;
}

/** +1 for smaller is better, −1 for bigger is better: multiplied with a log shift, "slower" is positive. */
export function orientation(direction: Direction): 1 | -1 {
  return direction === 'bigger' ? -1 : 1;
}

/**
 * Learn σ_r per benchmark and σ_c from `history` (runs of the baseline branch, newest first; the
 * baseline run first). Only runs of `suite` count, when given; runs with the ids in `exclude` are skipped.
 */
export function learnCommonMode(history: readonly RunResult[], suite?: string, exclude: readonly string[] = []): CommonModeModel {
  const runs = historyRuns(history, suite, exclude).map(orientedLogMedians);
  alignToNewest(runs);
  const relative = new Map<string, number[]>();
  const seen = new Map<string, number>();
  for (const run of runs) for (const name of run.keys()) seen.set(name, (seen.get(name) ?? 0) + 1);
  const common: number[] = [];
  for (let k = 0; k + 1 < runs.length; k++) {
    const newer = runs[k]!;
    const older = runs[k + 1]!;
    const names: string[] = [];
    const shifts: number[] = [];
    for (const [name, m] of newer) {
      const before = older.get(name);
      if (before === undefined) continue;
      names.push(name);
      shifts.push(m.value - before.value);
    }
    if (shifts.length < COMMON_MODE_MIN_BENCHMARKS) continue;
    common.push(median(shifts));
    const centres = leaveOneOutMedians(shifts);
    names.forEach((name, i) => {
      const list = relative.get(name);
      const r = shifts[i]! - centres[i]!;
      if (list) list.push(r);
      else relative.set(name, [r]);
    });
  }
  const raw = new Map<string, RawNoise>();
  for (const [name, count] of seen) {
    const differences = relative.get(name) ?? [];
    raw.set(name, { differences: differences.length < MIN_RUNS - 1 ? [] : differences, runs: count });
  }
  return {
    runs: runs.length,
    relative: shrinkTowardPooled(raw),
    ...(common.length >= MIN_COMMON_RUNS - 1
      ? { common: { noise: Math.sqrt(common.reduce((a, c) => a + c * c, 0) / (2 * common.length)), differences: common.length } }
      : {}),
  };
}

/** σ_r for one benchmark: its own (shrunk), the pooled value for a benchmark new to the history, or the default. */
export function relativeNoiseFor(model: CommonModeModel, name: string, defaultRunNoise: number): RunNoise {
  const learned = model.relative.benchmarks.get(name);
  if (learned) return { noise: learned.noise, source: 'history', runs: learned.runs };
  if (model.relative.pooled !== undefined) return { noise: model.relative.pooled, source: 'history', runs: 0 };
  return { noise: defaultRunNoise, source: 'default', runs: 0 };
}

/** σ_c: learned, or the default while the history is shorter than MIN_COMMON_RUNS runs. */
export function commonNoiseFor(model: CommonModeModel, defaultCommonNoise: number): RunNoise {
  if (model.common) return { noise: model.common.noise, source: 'history', runs: model.common.differences + 1 };
  return { noise: defaultCommonNoise, source: 'default', runs: 0 };
}

interface Median {
  /** Oriented log median: "slower" is larger. */
  value: number;
  /** Unit and direction: medians of another kind are not compared. */
  kind: string;
}

function orientedLogMedians(run: RunResult): Map<string, Median> {
  const out = new Map<string, Median>();
  for (const b of run.benchmarks) {
    if (b.error !== undefined || b.samples.length === 0 || out.has(b.name)) continue;
    const m = median(b.samples);
    if (!(m > 0) || !Number.isFinite(m)) continue;
    out.set(b.name, { value: orientation(b.direction) * Math.log(m), kind: `${b.unit} ${b.direction}` });
  }
  return out;
}

/** A change of unit or direction makes medians incomparable: keep each benchmark to the kind of the newest run that has it. */
function alignToNewest(runs: Map<string, Median>[]): void {
  const kindOf = new Map<string, string>();
  for (const run of runs) {
    for (const [name, m] of run) {
      const kind = kindOf.get(name);
      if (kind === undefined) kindOf.set(name, m.kind);
      else if (kind !== m.kind) run.delete(name);
    }
  }
}
