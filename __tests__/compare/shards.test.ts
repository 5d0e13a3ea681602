// Comparing runs measured in shards: each shard is its own machine, so its whole-shard shift is
// taken out of its own benchmarks, with the noise its own history shows, and every benchmark's
// p-values are still corrected as one family.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/compare/compare.ts';
import { compareByShard } from '../../src/compare/shards.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type MergedShard, type RunResult } from '../../src/results/model.ts';
import { gaussian } from '../../src/stats/random.ts';
import { seeded } from '../support/shard-suite.ts';

const SHARDS = 4;
const PER_SHARD = 8;
const names = Array.from({ length: SHARDS * PER_SHARD }, (_, i) => ({ name: `op ${String(i).padStart(2, '0')}`, shard: (i % SHARDS) + 1 }));

/**
 * A run merged from 4 shards. Each shard's machine runs at its own speed (`machine`), each
 * benchmark moves a little on its own from run to run (2%), and `change` slows single benchmarks.
 */
function mergedRun(id: string, day: number, seed: number, machine: (shard: number) => number, change: Record<string, number> = {}): RunResult {
  const random = seeded(seed);
  const env = { node: 'v24.0.0', os: 'linux', arch: 'x64', cpu: 'EPYC', cores: 4 };
  const shards: MergedShard[] = Array.from({ length: SHARDS }, (_, i) => ({
    index: i + 1,
    count: SHARDS,
    plan: 'p',
    wallTime: 1000,
    id: `${id}-${i + 1}`,
    time: `2025-06-${String(day).padStart(2, '0')}T08:00:00.000Z`,
    env: { ...env, runner: `runner ${i + 1}` },
  }));
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: 's',
    run: { id, time: `2025-06-${String(day).padStart(2, '0')}T08:00:00.000Z`, tool: 'benchgate', env, shards },
    benchmarks: names.map(({ name, shard }, i) => {
      const level = (1000 + 37 * i) * machine(shard) * (change[name] ?? 1) * Math.exp(0.005 * gaussian(random));
      return { name, unit: 'ns/op', direction: 'smaller', shard, samples: Array.from({ length: 12 }, () => level * (1 + 0.01 * (random() - 0.5))) };
    }),
  };
}

/** How fast each shard's runner was in stored run k: each off the others by about 15%, run by run. */
function runnerSpeeds(k: number): number[] {
  const random = seeded(500 + k);
  return Array.from({ length: SHARDS }, () => Math.exp(0.15 * gaussian(random)));
}

/** Twelve stored runs, newest first. */
function history(): RunResult[] {
  return Array.from({ length: 12 }, (_, k) => mergedRun(`old-${k}`, 20 - k, 100 + k, (shard) => runnerSpeeds(k)[shard - 1]!));
}

function verdicts(c: ReturnType<typeof compare>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const b of c.benchmarks) (out[b.verdict] ??= []).push(b.name);
  return out;
}

test("one shard's slow runner is that shard's shift, and a real regression on another shard is still found", () => {
  const [baseline, ...older] = history();
  // Head: shard 2 landed on a runner 30% slower; op 04 (shard 1) is really 30% slower.
  const head = mergedRun('head', 21, 7, (shard) => (shard === 2 ? 1.3 : 1), { 'op 04': 1.3 });
  // The model of two runs with the between-run noise learned from the history: a window below
  // MIN_HISTORY_RUNS keeps the history from being the reference (history-reference.test.ts covers that).
  const c = compareByShard(head, baseline, older, { window: 2 });
  assert.deepEqual(verdicts(c).regression, ['op 04']);
  assert.equal(c.counts.improvement, 0);
  const shard2 = c.shards!.find((g) => g.head === 2)!;
  assert.equal(shard2.baseline, 2);
  assert.equal(shard2.benchmarks, PER_SHARD);
  const expected = 1.3 / runnerSpeeds(0)[1]! - 1;
  assert.ok(Math.abs(shard2.commonShift!.change - expected) < 0.01, `shard 2 moved ${shard2.commonShift!.change}, its runners ${expected}`);
  assert.equal(shard2.commonShift!.explainedByNoise, true, "within what shard 2's runners do from run to run");
  assert.equal(c.commonShift, undefined, 'no one shift is the suite’s');
  assert.deepEqual(
    c.benchmarks.map((b) => b.name),
    names.map((n) => n.name),
    "in the run's order",
  );
});

test('without shard information, it is compare(), unchanged', () => {
  const strip = (run: RunResult): RunResult => {
    const { shards: _shards, ...meta } = run.run;
    return { ...run, run: meta, benchmarks: run.benchmarks.map(({ shard: _shard, ...b }) => b) };
  };
  const [baseline, ...older] = history().map(strip);
  const head = strip(mergedRun('head', 21, 7, () => 1, { 'op 04': 1.3 }));
  assert.deepEqual(compareByShard(head, baseline, older), compare(head, baseline, older));
});

test('every p-value of every shard is corrected as one family', () => {
  const [baseline, ...older] = history();
  const head = mergedRun('head', 21, 9, () => 1);
  // The model of two runs with the between-run noise learned from the history: a window below
  // MIN_HISTORY_RUNS keeps the history from being the reference (history-reference.test.ts covers that).
  const holm = compareByShard(head, baseline, older, { correction: 'holm', window: 2 });
  const none = compareByShard(head, baseline, older, { correction: 'none', window: 2 });
  // Holm over 32 benchmarks (64 tests) scales the smallest p-value by 64; per shard it would be by 16.
  const smallest = (c: ReturnType<typeof compare>) => Math.min(...c.benchmarks.map((b) => b.adjustedP ?? 1));
  assert.ok(smallest(holm) >= Math.min(1, smallest(none) * 60), `${smallest(holm)} vs ${smallest(none)}`);
});

test('a benchmark that moved to another shard is compared apart from both shards, with the whole between-run noise', () => {
  const [baseline, ...older] = history();
  const head = mergedRun('head', 21, 11, () => 1);
  head.benchmarks.find((b) => b.name === 'op 05')!.shard = 3;
  const c = compareByShard(head, baseline, older);
  const moved = c.shards!.find((g) => g.head === 3 && g.baseline === 2)!;
  assert.equal(moved.benchmarks, 1);
  assert.equal(moved.commonShift, undefined);
  assert.ok(c.benchmarks.find((b) => b.name === 'op 05')!.relativeChange === undefined, 'no common shift to be relative to');
});
