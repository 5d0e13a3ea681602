// The split of a suite into shards: the same on every job, every benchmark in exactly one shard,
// balanced by recorded wall times, and sticky from run to run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planShards, REBALANCE_CAP, selects, shardSelection, type ShardPlan } from '../../src/measure/shard-plan.ts';
import { parseShard } from '../../src/measure/shard-spec.ts';
import type { RunResult } from '../../src/results/model.ts';
import {
  filesOf,
  firstSplit,
  moved,
  predictedBalance,
  realizedBalance,
  seeded,
  shardOfEach,
  storedRun,
  syntheticSuite,
  type SyntheticBenchmark,
} from '../support/shard-suite.ts';

/** Which shards run `name` of `file`, by each shard's own selection. */
function runners(plan: ShardPlan, file: string, name: string): number[] {
  const out: number[] = [];
  for (let k = 1; k <= plan.count; k++) {
    const selection = shardSelection(plan, k).get(file);
    if (selection && selects(selection, name)) out.push(k);
  }
  return out;
}

const suite200 = syntheticSuite({ benchmarks: 200, files: 20, spread: 100, seed: 7 });

test('K/N is read as shard K of N, and anything else is refused with what was expected', () => {
  assert.deepEqual(parseShard('--shard', '2/4'), { index: 2, count: 4 });
  assert.deepEqual(parseShard('--shard', ' 1 / 1 '), { index: 1, count: 1 });
  for (const bad of ['0/4', '5/4', '2', 'two/four', '2/0', '-1/3', '']) {
    assert.throws(() => parseShard("input 'shard'", bad), /input 'shard': expected K\/N with 1 ≤ K ≤ N ≤ 256, e\.g\. 2\/4/, bad);
  }
});

test('every shard computes the same split, whatever order the files are found in', () => {
  const random = seeded(1);
  const runs = [storedRun(suite200, 'a', 0.1, random), storedRun(suite200, 'b', 0.1, random)];
  const files = filesOf(suite200);
  const one = planShards({ files, runs, count: 4 });
  const two = planShards({ files: [...files].reverse(), runs, count: 4 });
  assert.equal(one.digest, two.digest);
  assert.deepEqual(one.units, two.units);
  assert.equal(one.timings, 'a');
  assert.equal(one.basis, 'durations');
  const other = planShards({ files, runs, count: 5 });
  assert.notEqual(other.digest, one.digest, 'another count is another split');
});

test('every benchmark runs on exactly one shard, new benchmarks of split files and new files included', () => {
  const random = seeded(2);
  // Few, big files: whole files cannot be balanced, so some are split.
  const suite = syntheticSuite({ benchmarks: 200, files: 5, spread: 100, seed: 7 });
  const { first } = firstSplit(suite, 4, 3, 0.1, random);
  const splitFiles = new Set(first.units.filter((u) => u.benchmark !== undefined).map((u) => u.file));
  assert.ok(splitFiles.size > 0, 'some file was split: the test covers split files');
  for (const b of suite) assert.equal(runners(first, b.file, b.name).length, 1, b.name);
  for (const file of splitFiles) assert.equal(runners(first, file, 'added since the stored runs').length, 1, file);
  const withNewFile = planShards({ files: [...filesOf(suite200), 'benchmarks/new.bench.ts'], runs: [], count: 4 });
  assert.equal(runners(withNewFile, 'benchmarks/new.bench.ts', 'anything').length, 1);
});

test('balance from recorded history: 200 benchmarks spread over 100×, the slowest shard within 1.15× the mean', () => {
  for (const count of [2, 4, 8]) {
    for (const seed of [11, 12, 13]) {
      const suite = syntheticSuite({ benchmarks: 200, files: 20, spread: 100, seed });
      const random = seeded(seed * 100 + count);
      const { first } = firstSplit(suite, count, 5, 0.1, random);
      assert.ok(predictedBalance(first) <= REBALANCE_CAP, `predicted ${predictedBalance(first).toFixed(3)} with ${count} shards, seed ${seed}`);
      // The run itself: every benchmark's time moves by ~10% from what the history said.
      const realized = realizedBalance(first, suite, 0.1, random);
      assert.ok(realized <= 1.15, `realized ${realized.toFixed(3)} with ${count} shards, seed ${seed}`);
    }
  }
});

test('a benchmark stays on its shard from run to run, and adding one moves at most one other unit', () => {
  const random = seeded(3);
  const { first, history } = firstSplit(suite200, 4, 5, 0.1, random);
  const merged = storedRun(suite200, 'merged-1', 0.1, random, first);
  const next = planShards({ files: filesOf(suite200), runs: [merged, ...history], count: 4 });
  assert.deepEqual(shardOfEach(next, suite200), shardOfEach(first, suite200), 'new wall times with ±10% noise move nothing');
  assert.ok(
    next.units.every((u) => u.rest || u.kept || !u.benchmark),
    'every known unit is kept',
  );

  const grown: SyntheticBenchmark[] = [...suite200, { name: 'bench new', file: suite200[0]!.file, ms: 400 }];
  const merged2 = storedRun(grown, 'merged-2', 0.1, random, next);
  const after = planShards({ files: filesOf(grown), runs: [merged2, merged, ...history], count: 4 });
  const before = shardOfEach(next, suite200);
  const now = shardOfEach(after, suite200);
  const movedFiles = new Set(suite200.filter((b) => before.get(b.name) !== now.get(b.name)).map((b) => b.file));
  assert.ok(movedFiles.size <= 1, `benchmarks of ${movedFiles.size} files moved`);
  assert.ok(moved(before, now) <= 0.05, `moved ${(moved(before, now) * 100).toFixed(1)}%`);
});

test('without recorded wall times the split counts benchmarks, and without any stored run it counts files', () => {
  const suite = syntheticSuite({ benchmarks: 40, files: 8, spread: 10, seed: 9 });
  const run = storedRun(suite, 'old', 0, seeded(1));
  for (const b of run.benchmarks) delete b.wallTime;
  const counted = planShards({ files: filesOf(suite), runs: [run], count: 2 });
  assert.equal(counted.basis, 'counts');
  assert.equal(
    counted.loads.reduce((a, b) => a + b, 0),
    40,
  );
  assert.ok(Math.max(...counted.loads) <= 21, counted.loads.join(', '));

  const files = filesOf(suite);
  const cold = planShards({ files, runs: [], count: 3 });
  assert.equal(cold.basis, 'counts');
  assert.equal(cold.timings, undefined);
  assert.ok(
    cold.units.every((u) => u.benchmark === undefined && !u.rest),
    'files stay whole',
  );
  assert.deepEqual([...cold.loads].sort(), [Math.floor(files.length / 3), Math.ceil(files.length / 3), Math.round(files.length / 3)].sort());
});

test('a load scenario file is never split, however heavy', () => {
  const run: RunResult = storedRun([{ name: 'tiny', file: 'benchmarks/a.bench.ts', ms: 10 }], 'r', 0, seeded(1));
  run.scenarios = ['checkout', 'search', 'login'].map((name) => ({
    name,
    group: 'benchmarks/shop.load.ts',
    executor: 'constant-vus',
    model: 'closed' as const,
    duration: 60_000,
    iterations: 1,
    throughput: 1,
    errors: { count: 0, rate: 0, byKind: {} },
    dropped: 0,
    thresholds: [],
    windows: [],
  }));
  const plan = planShards({ files: ['benchmarks/a.bench.ts', 'benchmarks/shop.load.ts'], runs: [run], count: 3 });
  const shop = plan.units.filter((u) => u.file === 'benchmarks/shop.load.ts');
  assert.equal(shop.length, 1);
  assert.equal(shop[0]!.weight, 180_000);
});

test('more shards than files leaves some shards empty rather than failing', () => {
  const plan = planShards({ files: ['benchmarks/a.bench.ts'], runs: [], count: 3 });
  const parts = [1, 2, 3].map((k) => shardSelection(plan, k).size);
  assert.deepEqual(parts.sort(), [0, 0, 1]);
});
