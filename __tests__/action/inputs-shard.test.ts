// The Action's inputs for suites split over a matrix: `shard` in the shard jobs, `mode: merge`
// with the folder of their results in the merge job, and clear refusals of the mix-ups.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readInputs } from '../../src/action/inputs.ts';

const inputs = (given: Record<string, string>) => readInputs((name) => given[name] ?? '');

test("input 'shard' is K/N, and a shard job measures (mode run)", () => {
  assert.deepEqual(inputs({ shard: '3/4' }).shard, { index: 3, count: 4 });
  assert.equal(inputs({}).shard, undefined);
  assert.throws(() => inputs({ shard: '5/4' }), /input 'shard': expected K\/N with 1 ≤ K ≤ N ≤ 256, e\.g\. 2\/4 for the second of four shards, found "5\/4"/);
  assert.throws(
    () => inputs({ shard: '1/4', mode: 'merge', results: 'shards' }),
    /input 'shard': shard jobs measure \(mode run\); the job with mode merge reads what they uploaded/,
  );
});

test("mode merge needs the folder the shards' artifacts were downloaded into", () => {
  assert.equal(inputs({ mode: 'merge', results: 'shards' }).mode, 'merge');
  assert.throws(
    () => inputs({ mode: 'merge' }),
    /input 'results': mode merge reads the shards' results from a folder: download the shard jobs' artifacts there \(actions\/download-artifact with pattern and merge-multiple: true\)/,
  );
});
