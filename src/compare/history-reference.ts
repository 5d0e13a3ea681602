// History as the reference distribution. When the baseline branch has stored runs, each
// benchmark's run-level values over a window of recent runs say what this machine does with this
// code; the head's run-level value is judged against them, the way Bencher's t-test and z-score
// thresholds and Conbench's lookback z-score judge a new point against a window of old ones, but
// robust to the heavy tails real runs show:
//   - the run-level value of a benchmark is the log of its median sample: one number per run, so a
//     run measured over many processes, a file of one process's samples and a single value per run
//     are judged alike, and the spread inside one file never stands in for the spread between runs;
//   - the whole run's common shift is split off as in common-mode.ts: with at least
//     COMMON_MODE_MIN_BENCHMARKS benchmarks, each run's level is the median over benchmarks of the
//     deviations from their own history medians (leave one out, for the benchmark judged), and the
//     relative value is the run-level value minus that level;
//   - the reference is the median m and the normal-consistent MAD s of the window's values (not a
//     normal fit of a few points: one odd run neither moves m nor inflates s much);
//   - a new value x is predicted as m ± q·s·√(1 + π/(2n)): the new run's own spread and the
//     sampling error of a median of n values; q is a quantile of Student's t with ν = 0.37·(n − 1)
//     degrees of freedom, because the MAD of n normal values is only as precise as a standard
//     deviation of 0.37·n values (its asymptotic efficiency): a short history widens the interval a
//     lot (n = 5: ν = 1.5; n = 10: ν = 3.3; n = 20: ν = 7);
//   - one test per benchmark: the relative value when the suite is large enough and the head's own
//     level lies inside the prediction interval of the window's levels (the machine, not the code,
//     moved the run); otherwise the run-level value itself, whole-run shift and all;
//   - a flag also needs the value beyond the highest (or lowest) of the window's by at least the
//     threshold (compare.ts): real runs have heavy tails, and a move the window has shown is none.
// Fewer than MIN_HISTORY_RUNS values of a benchmark in the window, and it is compared with the
// newest stored run alone, as before the history existed (compare.ts), and its reason says how many
// more stored runs would let the history decide.
import type { BenchmarkResult, Direction, RunResult } from '../results/model.ts';
import { median } from '../stats/descriptive.ts';
import { tQuantile, tSf } from '../stats/student-t.ts';
import { COMMON_MODE_MIN_BENCHMARKS, leaveOneOutMedians, orientation } from './common-mode.ts';
import { historyRuns } from './run-noise.ts';

import { MIN_HISTORY_RUNS } from './verdict.ts';

/** Values of a benchmark the window must hold before its history is the reference. */
export { MIN_HISTORY_RUNS };
/** Asymptotic efficiency of the MAD against the standard deviation, for normal data. */
export const MAD_EFFICIENCY = 0.37;
const MAD_SCALE = 1.482602218505602;

/** The window's reference for one benchmark. */
export interface Series {
  unit: string;
  direction: Direction;
  /** log of the run-level value, newest run first. */
  values: number[];
  /** The same minus the run's leave-one-out level, for runs with a level. */
  relative: number[];
}

export interface Reference {
  /** Runs in the window. */
  runs: number;
  series: Map<string, Series>;
  /** Oriented ("slower" is larger) level of each run of the window that had enough benchmarks. */
  levels: number[];
  /** Median of each benchmark's values, the origin of the deviations that make a run's level. */
  centres: Map<string, number>;
}

/** A robust prediction of one more value of a series. */
export interface Prediction {
  centre: number;
  /** Normal-consistent MAD (or, when more than half the values tie, the scaled mean absolute deviation). */
  scale: number;
  n: number;
  /** Degrees of freedom of the t quantile. */
  df: number;
  /** Standard error of a new value's distance from the centre: scale · √(1 + π/(2n)). */
  se: number;
}

export function predict(values: readonly number[]): Prediction {
  const n = values.length;
  if (n < 2) throw new RangeError(`a prediction needs at least two values; got ${n}`);
  const centre = median(values);
  const deviations = values.map((v) => Math.abs(v - centre));
  let scale = median(deviations) * MAD_SCALE;
  // Values that mostly tie (counts, instruction counts) have a MAD of 0; the mean absolute
  // deviation still sees the ones that differ (×√(π/2): normal-consistent).
  if (scale === 0) scale = (deviations.reduce((a, b) => a + b, 0) / n) * Math.sqrt(Math.PI / 2);
  return { centre, scale, n, df: Math.max(1, MAD_EFFICIENCY * (n - 1)), se: scale * Math.sqrt(1 + Math.PI / (2 * n)) };
}

/** Two-sided p-value of a new value at distance `d` from the centre. */
export function predictionP(p: Prediction, d: number): number {
  if (p.se > 0) return Math.min(1, 2 * tSf(Math.abs(d) / p.se, p.df));
  return d === 0 ? 1 : 0;
}

/** Interval of the distance d at `confidence`: d ± q · se. */
export function predictionInterval(p: Prediction, d: number, confidence: number): [number, number] {
  const q = tQuantile((1 + confidence) / 2, p.df);
  return [d - q * p.se, d + q * p.se];
}

/**
 * The reference from `history` (the baseline run first, then older runs of the baseline branch):
 * its newest `window` runs of `suite`, skipping runs with the ids in `exclude`.
 */
export function learnReference(history: readonly RunResult[], suite: string | undefined, exclude: readonly string[], window: number): Reference {
  const runs = historyRuns(history, suite, exclude, window);
  const perRun = runs.map(runLevelValues);
  const series = new Map<string, Series>();
  for (const values of perRun) {
    for (const [name, v] of values) {
      const s = series.get(name);
      if (!s) series.set(name, { unit: v.unit, direction: v.direction, values: [v.log], relative: [] });
      else if (s.unit === v.unit && s.direction === v.direction) s.values.push(v.log);
      else values.delete(name);
    }
  }
  const centres = new Map([...series].map(([name, s]) => [name, median(s.values)]));
  const levels: number[] = [];
  for (const values of perRun) {
    const split = splitLevel(values, centres);
    if (!split) continue;
    levels.push(split.level);
    for (const [name, r] of split.relative) series.get(name)!.relative.push(r);
  }
  return { runs: runs.length, series, levels, centres };
}

/** The head's level and relative values against the reference; undefined with too few benchmarks in common. */
export function headLevel(reference: Reference, head: RunResult): { level: number; relative: Map<string, number>; deviations: number[] } | undefined {
  return splitLevel(runLevelValues(head), reference.centres);
}

interface RunLevel {
  log: number;
  unit: string;
  direction: Direction;
}

/** Each benchmark's log median in one run (positive, finite medians of benchmarks that did not fail). */
export function runLevelValues(run: RunResult): Map<string, RunLevel> {
  const out = new Map<string, RunLevel>();
  for (const b of run.benchmarks) {
    const log = runLevelLog(b);
    if (log === undefined || out.has(b.name)) continue;
    out.set(b.name, { log, unit: b.unit, direction: b.direction });
  }
  return out;
}

export function runLevelLog(b: BenchmarkResult): number | undefined {
  if (b.error !== undefined || b.samples.length === 0) return undefined;
  const m = median(b.samples);
  return m > 0 && Number.isFinite(m) ? Math.log(m) : undefined;
}

/**
 * A run's level (the median of its benchmarks' oriented deviations from their centres) and each
 * benchmark's value minus the level of the others (leave one out).
 */
function splitLevel(
  values: ReadonlyMap<string, RunLevel>,
  centres: ReadonlyMap<string, number>,
): { level: number; relative: Map<string, number>; deviations: number[] } | undefined {
  const names: string[] = [];
  const deviations: number[] = [];
  for (const [name, v] of values) {
    const c = centres.get(name);
    if (c === undefined) continue;
    names.push(name);
    deviations.push(orientation(v.direction) * (v.log - c));
  }
  if (names.length < COMMON_MODE_MIN_BENCHMARKS) return undefined;
  const others = leaveOneOutMedians(deviations);
  const relative = new Map(names.map((name, i) => [name, values.get(name)!.log - orientation(values.get(name)!.direction) * others[i]!]));
  return { level: median(deviations), relative, deviations };
}
