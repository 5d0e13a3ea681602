// Merging the shards of one run: one run with every benchmark once, each remembering its shard,
// and refusals that name what is wrong (and merge nothing).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeShards, type ShardFile } from '../../src/results/merge.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from '../../src/results/model.ts';

function shard(index: number, count: number, names: string[], overrides: { commit?: string; suite?: string; plan?: string; runner?: string } = {}): ShardFile {
  const run: RunResult = {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: overrides.suite ?? 'api',
    run: {
      id: `shard-${index}`,
      commit: overrides.commit ?? 'a'.repeat(40),
      branch: 'main',
      time: `2025-06-01T08:0${index}:00.000Z`,
      tool: 'benchgate',
      env: { node: 'v24.0.0', os: 'linux 6.1.0', arch: 'x64', cpu: 'EPYC', cores: 4, runner: overrides.runner ?? `runner ${index}` },
      shard: { index, count, plan: overrides.plan ?? 'p1', timings: 'stored-run', wallTime: 1000 * index },
    },
    benchmarks: names.map((name) => ({ name, unit: 'ns/op', direction: 'smaller', group: 'a.bench.ts', samples: [1, 2, 3], wallTime: 10 })),
  };
  return { source: `shard-${index}.json`, run };
}

test('the shards of one run make one run: every benchmark once, with its shard, and every shard with its machine and wall time', () => {
  const merged = mergeShards([shard(2, 3, ['c']), shard(1, 3, ['a', 'b']), shard(3, 3, [])], 'merged-id');
  assert.equal(merged.run.id, 'merged-id');
  assert.equal(merged.run.commit, 'a'.repeat(40));
  assert.equal(merged.run.time, '2025-06-01T08:01:00.000Z', 'the earliest start');
  assert.equal(merged.run.shard, undefined);
  assert.deepEqual(
    merged.benchmarks.map((b) => [b.name, b.shard]),
    [
      ['a', 1],
      ['b', 1],
      ['c', 2],
    ],
  );
  assert.deepEqual(
    merged.run.shards!.map((s) => [s.index, s.count, s.id, s.env.runner, s.wallTime, s.plan, s.timings]),
    [
      [1, 3, 'shard-1', 'runner 1', 1000, 'p1', 'stored-run'],
      [2, 3, 'shard-2', 'runner 2', 2000, 'p1', 'stored-run'],
      [3, 3, 'shard-3', 'runner 3', 3000, 'p1', 'stored-run'],
    ],
  );
});

test('a missing shard is named, and so are several', () => {
  assert.throws(
    () => mergeShards([shard(1, 4, ['a']), shard(2, 4, ['b']), shard(4, 4, ['d'])], 'x'),
    /shard 3\/4 is missing: did its job fail\? Nothing was merged/,
  );
  assert.throws(() => mergeShards([shard(2, 4, ['b'])], 'x'), /shard 1\/4, shard 3\/4, shard 4\/4 are missing/);
});

test('refuses shards of different commits, suites or splits, and a shard given twice, naming the files', () => {
  assert.throws(
    () => mergeShards([shard(1, 2, ['a']), shard(2, 2, ['b'], { commit: 'b'.repeat(40) })], 'x'),
    /the shards measured different commits \(commit "a{40}" in shard-1\.json; commit "b{40}" in shard-2\.json\); nothing was merged/,
  );
  assert.throws(
    () => mergeShards([shard(1, 2, ['a']), shard(2, 2, ['b'], { suite: 'web' })], 'x'),
    /different suites \(suite "api" in shard-1\.json; suite "web" in shard-2\.json\)/,
  );
  assert.throws(() => mergeShards([shard(1, 2, ['a']), shard(2, 3, ['b'])], 'x'), /split the suite a different number of ways/);
  assert.throws(
    () => mergeShards([shard(1, 2, ['a']), shard(2, 2, ['b'], { plan: 'p2' })], 'x'),
    /split the suite differently, planned from different stored runs/,
  );
  assert.throws(
    () => mergeShards([shard(1, 2, ['a']), shard(1, 2, ['b']), shard(2, 2, [])], 'x'),
    /shard 1\/2 is given twice: shard-1\.json and shard-1\.json/,
  );
});

test('refuses a benchmark measured by two shards, naming both', () => {
  assert.throws(
    () => mergeShards([shard(1, 2, ['a', 'b']), shard(2, 2, ['b'])], 'x'),
    /benchmark "b" was measured by both shard 1\/2 \(shard-1\.json\) and shard 2\/2 \(shard-2\.json\)/,
  );
});

test('refuses results that are not a shard, and nothing at all', () => {
  const whole = shard(1, 1, ['a']);
  delete whole.run.run.shard;
  assert.throws(
    () => mergeShards([whole], 'x'),
    /shard-1\.json is not the results of a shard \(it has no run\.shard\): measure each part with 'benchgate run --shard K\/N'/,
  );
  assert.throws(() => mergeShards([], 'x'), /no shard results to merge/);
});
