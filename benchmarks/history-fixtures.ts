// A long synthetic history for benchgate's own benchmarks of `history` (and the dashboard):
// deterministic, with the shape of a busy default branch. Each benchmark has its own level,
// 3% log-normal noise between runs, and level steps of 5–30% (up or down) at about one per
// 2,000 runs; one run an hour, so 10,000 runs span 14 monthly shards.
import { appendRunsToHistory } from '../src/store/history-index.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from '../src/results/model.ts';
import { gaussian, seededRandom as random } from '../src/stats/random.ts';

export interface SyntheticHistory {
  runs: number;
  benchmarks: number;
  /** Per benchmark, the run indexes where its level steps. */
  steps: number[][];
}

/** Steps per run and benchmark: one per 2,000 runs. */
const STEP_RATE = 1 / 2_000;

/** Write `runs` runs of `benchmarks` benchmarks into the history of suite `suite` under `dir`, on branch main. */
export async function writeSyntheticHistory(
  dir: string,
  options: { runs: number; benchmarks: number; seed?: number; suite?: string },
): Promise<SyntheticHistory> {
  const next = random(options.seed ?? 1);
  const normal = () => gaussian(next);
  const levels = Array.from({ length: options.benchmarks }, (_, i) => 1_000 * (1 + (i % 97)));
  const steps: number[][] = levels.map(() => []);
  const start = Date.UTC(2024, 0, 1);
  const batch: RunResult[] = [];
  for (let r = 0; r < options.runs; r++) {
    const benchmarks = levels.map((level, i) => {
      if (r > 0 && next() < STEP_RATE) {
        levels[i] = level * (next() < 0.5 ? 1 / (1.05 + 0.25 * next()) : 1.05 + 0.25 * next());
        steps[i]!.push(r);
      }
      return { name: `benchmark ${i}`, unit: 'ns/op', direction: 'smaller' as const, samples: [levels[i]! * Math.exp(0.03 * normal())] };
    });
    batch.push({
      format: RESULTS_FORMAT,
      version: RESULTS_VERSION,
      suite: options.suite ?? 'synthetic',
      run: {
        id: `run-${String(r).padStart(6, '0')}`,
        commit: (r * 2654435761 + 0x1234567).toString(16).padStart(12, '0').slice(-12).padEnd(40, '0'),
        branch: 'main',
        time: new Date(start + r * 3_600_000).toISOString(),
        tool: 'benchgate',
        env: { node: process.version, os: 'synthetic', arch: 'x64', cpu: 'synthetic', cores: 2 },
      },
      benchmarks,
    });
  }
  await appendRunsToHistory(dir, options.suite ?? 'synthetic', batch);
  return { runs: options.runs, benchmarks: options.benchmarks, steps };
}
