// A synthetic suite for the shard planner: benchmarks with measuring wall times spread over a
// chosen range (log-uniform), in files of uneven size, and stored runs of it as a merge would keep
// them (each benchmark's wall time with run-to-run noise, and the shard it ran on). Shared by the
// planner's tests and evaluation/shards.ts, so the documented figures come from the tested setup.
import { planShards, type ShardPlan } from '../../src/measure/shard-plan.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from '../../src/results/model.ts';
import { gaussian, seededRandom as seeded } from '../../src/stats/random.ts';
export { seededRandom as seeded } from '../../src/stats/random.ts';

export interface SyntheticBenchmark {
  name: string;
  file: string;
  /** Its true measuring wall time, in ms. */
  ms: number;
}

export interface SuiteShape {
  benchmarks: number;
  files: number;
  /** Slowest over fastest benchmark: durations are log-uniform over [shortestMs, shortestMs × spread]. */
  spread: number;
  shortestMs?: number;
  seed: number;
}

/** Benchmarks spread over files unevenly (a few big files, many small ones). */
export function syntheticSuite(shape: SuiteShape): SyntheticBenchmark[] {
  const random = seeded(shape.seed);
  const shortest = shape.shortestMs ?? 100;
  return Array.from({ length: shape.benchmarks }, (_, i) => ({
    name: `bench ${String(i).padStart(3, '0')}`,
    file: `benchmarks/part-${String(Math.floor(random() ** 1.5 * shape.files)).padStart(2, '0')}.bench.ts`,
    ms: shortest * shape.spread ** random(),
  }));
}

export function filesOf(suite: readonly SyntheticBenchmark[]): string[] {
  return [...new Set(suite.map((b) => b.file))];
}

/** Where each benchmark runs under a plan: its own unit, else its file's rest or whole-file unit. */
export function shardOfEach(plan: ShardPlan, suite: readonly SyntheticBenchmark[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of suite) {
    const own = plan.units.find((u) => u.file === b.file && u.benchmark === b.name);
    const rest = plan.units.find((u) => u.file === b.file && (u.rest || u.benchmark === undefined));
    out.set(b.name, (own ?? rest)!.shard);
  }
  return out;
}

/** A stored run of the suite: wall times with relative noise `noise` (log-normal); merged from `plan`'s shards when given. */
export function storedRun(suite: readonly SyntheticBenchmark[], id: string, noise: number, random: () => number, plan?: ShardPlan): RunResult {
  const env = { node: 'v24.0.0', os: 'linux 6.1.0', arch: 'x64', cpu: 'Test CPU', cores: 4 };
  const shards = plan ? shardOfEach(plan, suite) : undefined;
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: 'synthetic',
    run: {
      id,
      time: '2025-06-01T08:00:00.000Z',
      tool: 'benchgate',
      env,
      ...(plan
        ? {
            shards: Array.from({ length: plan.count }, (_, i) => ({
              index: i + 1,
              count: plan.count,
              plan: plan.digest,
              wallTime: 1,
              id: `${id}-${i + 1}`,
              time: '2025-06-01T08:00:00.000Z',
              env,
            })),
          }
        : {}),
    },
    benchmarks: suite.map((b) => ({
      name: b.name,
      unit: 'ns/op',
      direction: 'smaller' as const,
      group: b.file,
      samples: [100],
      wallTime: b.ms * Math.exp(noise * gaussian(random)),
      ...(shards ? { shard: shards.get(b.name)! } : {}),
    })),
  };
}

/** Slowest shard over the mean when the suite runs as planned and each benchmark takes its true time × noise. */
export function realizedBalance(plan: ShardPlan, suite: readonly SyntheticBenchmark[], noise: number, random: () => number): number {
  const loads = new Array<number>(plan.count).fill(0);
  const where = shardOfEach(plan, suite);
  for (const b of suite) loads[where.get(b.name)! - 1]! += b.ms * Math.exp(noise * gaussian(random));
  return Math.max(...loads) / (loads.reduce((a, b) => a + b, 0) / plan.count);
}

export function predictedBalance(plan: ShardPlan): number {
  return Math.max(...plan.loads) / (plan.loads.reduce((a, b) => a + b, 0) / plan.count);
}

/** Share of `before`'s benchmarks that run on another shard under `after`. */
export function moved(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): number {
  let changed = 0;
  for (const [name, shard] of before) if (after.get(name) !== shard) changed++;
  return changed / before.size;
}

export interface Scenario {
  /** The first split, from `history` unsharded runs. */
  first: ShardPlan;
  /** The runs the first split was planned from. */
  history: RunResult[];
}

/** Plan a split from `runs` stored unsharded runs with run-to-run noise `noise`. */
export function firstSplit(suite: readonly SyntheticBenchmark[], count: number, runs: number, noise: number, random: () => number): Scenario {
  const history = Array.from({ length: runs }, (_, k) => storedRun(suite, `run-${k}`, noise, random));
  return { first: planShards({ files: filesOf(suite), runs: history, count }), history };
}
