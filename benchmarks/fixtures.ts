// Synthetic runs for benchgate's own benchmarks: deterministic, realistic shapes (log-normal noise).
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from '../src/results/model.ts';
import { gaussian, seededRandom as random } from '../src/stats/random.ts';

/** A run of `count` benchmarks with `samples` samples each; `shift` slows every 10th benchmark. */
export function syntheticRun(seed: number, count: number, samples: number, shift = 0): RunResult {
  const next = random(seed);
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: 'synthetic',
    run: {
      id: `synthetic-${seed}`,
      time: new Date(Date.UTC(2026, 0, 1, 0, seed)).toISOString(),
      tool: 'benchgate',
      env: { node: process.version, os: 'synthetic', arch: 'x64', cpu: 'synthetic', cores: 2 },
    },
    benchmarks: Array.from({ length: count }, (_, i) => {
      const base = 1_000 * (1 + (i % 97));
      const factor = i % 10 === 0 ? 1 + shift : 1;
      return {
        name: `benchmark ${i}`,
        unit: 'ns/op',
        direction: 'smaller' as const,
        samples: Array.from({ length: samples }, () => base * factor * Math.exp(0.03 * gaussian(next))),
      };
    }),
  };
}
