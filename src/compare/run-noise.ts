// Between-run noise: how much a benchmark's median moves from one run to the next when the code
// does not change. Whole runs on shared machines move by 10–40% against each other, so a baseline
// from another run can only be trusted up to this spread.
//
// Learned from earlier runs of the baseline branch, per benchmark, on the log of each run's median
// (so it is relative, like a coefficient of variation):
//   - successive differences d_i = log m_i − log m_(i+1) between neighbouring runs, so that a real,
//     lasting change on the baseline branch shows up as one large difference, not as extra spread;
//   - robust scale: σ = median|d_i| / (0.6745 · √2), the normal-consistent median absolute value of
//     differences whose variance is 2σ²; one step or one odd run cannot inflate it once there are
//     three or more differences;
//   - at least MIN_RUNS runs per benchmark to learn its own value, shrunk toward the pooled value
//     (the median over benchmarks) with the weight of PRIOR_DIFFERENCES differences, because two or
//     three differences say little on their own; benchmarks with fewer runs get the pooled value.
// The spread of a median from run to run also holds the within-run sampling error of the median, so
// adding it to the within-run interval counts that part twice: a small, deliberate overstatement.
import type { BenchmarkResult, RunResult } from '../results/model.ts';
import { median, variance } from '../stats/descriptive.ts';
import { processLogMedians } from './processes.ts';

/** Runs a benchmark needs in the history to learn its own between-run noise. */
export const MIN_RUNS = 3;
/** How many successive differences the pooled value is worth when shrinking toward it. */
export const PRIOR_DIFFERENCES = 4;
/** Only the newest runs count: machines, runners and Node versions change. */
export const MAX_HISTORY_RUNS = 30;

export const MAD_TO_SD = 1 / (0.6744897501960817 * Math.SQRT2);

export interface LearnedNoise {
  /** Relative standard deviation of the benchmark's median from run to run (log scale). */
  noise: number;
  /** Runs that had this benchmark. */
  runs: number;
}

export interface RunNoiseModel {
  /** Runs of the history that were used. */
  runs: number;
  /** Median of the per-benchmark values; undefined when no benchmark had MIN_RUNS runs. */
  pooled?: number;
  /** Per benchmark name, after shrinkage. */
  benchmarks: Map<string, LearnedNoise>;
}

export interface RunNoise {
  noise: number;
  source: 'history' | 'default';
  /** Runs of this benchmark behind the value (0 for the default). */
  runs: number;
}

/**
 * Learn the between-run noise from `history` (runs of the baseline branch, newest first).
 * Only runs of `suite` count, when given; runs with the ids in `exclude` are skipped.
 */
export function learnRunNoise(history: readonly RunResult[], suite?: string, exclude: readonly string[] = []): RunNoiseModel {
  const runs = historyRuns(history, suite, exclude);
  const raw = new Map<string, RawNoise>();
  for (const [name, medians] of logMediansByBenchmark(runs)) {
    const differences = medians.slice(1).map((m, i) => medians[i]! - m);
    raw.set(name, { differences: medians.length < MIN_RUNS ? [] : differences, runs: medians.length });
  }
  return { runs: runs.length, ...shrinkTowardPooled(raw) };
}

/** What one benchmark's history says: its successive differences (empty when too few runs). */
export interface RawNoise {
  differences: number[];
  runs: number;
}

/**
 * Each benchmark's robust scale from its own differences, shrunk toward the pooled value (the
 * median over benchmarks that had differences) with the weight of PRIOR_DIFFERENCES differences;
 * benchmarks without differences get the pooled value. No pooled value when none had differences.
 */
export function shrinkTowardPooled(raw: ReadonlyMap<string, RawNoise>): Pick<RunNoiseModel, 'pooled' | 'benchmarks'> {
  const own = new Map<string, number>();
  for (const [name, r] of raw) {
    if (r.differences.length > 0) own.set(name, median(r.differences.map(Math.abs)) * MAD_TO_SD);
  }
  const benchmarks = new Map<string, LearnedNoise>();
  if (own.size === 0) return { benchmarks };
  const pooled = median([...own.values()]);
  for (const [name, r] of raw) {
    const mine = own.get(name);
    const n = r.differences.length;
    const weight = n / (n + PRIOR_DIFFERENCES);
    const noise = mine === undefined ? pooled : Math.sqrt(weight * mine ** 2 + (1 - weight) * pooled ** 2);
    benchmarks.set(name, { noise, runs: r.runs });
  }
  return { pooled, benchmarks };
}

/**
 * The between-run noise to use for one benchmark: learned (its own, or the pooled value for a
 * benchmark new to the history), or `defaultRunNoise` when the history is too short.
 */
export function runNoiseFor(model: RunNoiseModel, name: string, defaultRunNoise: number): RunNoise {
  const learned = model.benchmarks.get(name);
  if (learned) return { noise: learned.noise, source: 'history', runs: learned.runs };
  if (model.pooled !== undefined) return { noise: model.pooled, source: 'history', runs: 0 };
  return { noise: defaultRunNoise, source: 'default', runs: 0 };
}

export interface ProcessSpread {
  /** Number of processes that produced samples. */
  processes: number;
  /** Relative standard deviation of the per-process medians (sample sd of their logs). */
  spread: number;
  /** Median over processes of the within-process relative spread (robust, MAD-based, on logs). */
  withinProcess: number;
}

/**
 * How far the processes of one run disagree, when the samples say which process produced them.
 * A spread well above `withinProcess` means the samples are clustered by process and a test that
 * treats them as independent is too confident. Undefined without `processes`, with fewer than two
 * processes, or with samples that are not positive.
 */
export function processSpread(benchmark: BenchmarkResult): ProcessSpread | undefined {
  const perProcess = processLogMedians(benchmark.samples, benchmark.processes);
  if (!perProcess) return undefined;
  const { medians, within } = perProcess;
  return { processes: medians.length, spread: Math.sqrt(variance(medians)), withinProcess: within };
}

/** The newest `limit` (MAX_HISTORY_RUNS) runs of `suite` (all suites when undefined), each once, skipping `exclude`. */
export function historyRuns(history: readonly RunResult[], suite: string | undefined, exclude: readonly string[], limit = MAX_HISTORY_RUNS): RunResult[] {
  const seen = new Set(exclude);
  const runs: RunResult[] = [];
  for (const run of history) {
    if (runs.length >= limit) break;
    if ((suite !== undefined && run.suite !== suite) || seen.has(run.run.id)) continue;
    seen.add(run.run.id);
    runs.push(run);
  }
  return runs;
}

/** Per benchmark name, the log medians of the runs that measured it (newest first), one unit only. */
function logMediansByBenchmark(runs: readonly RunResult[]): Map<string, number[]> {
  const unitOf = new Map<string, string>();
  const medians = new Map<string, number[]>();
  for (const run of runs) {
    for (const b of run.benchmarks) {
      if (b.error !== undefined || b.samples.length === 0) continue;
      // A unit change makes medians incomparable; keep to the unit of the newest run.
      const unit = unitOf.get(b.name);
      if (unit === undefined) unitOf.set(b.name, b.unit);
      else if (unit !== b.unit) continue;
      const m = median(b.samples);
      if (!(m > 0) || !Number.isFinite(m)) continue;
      const list = medians.get(b.name);
      if (list) list.push(Math.log(m));
      else medians.set(b.name, [Math.log(m)]);
    }
  }
  return medians;
}
