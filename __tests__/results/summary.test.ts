import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarize } from '../../src/results/summary.ts';

test('summarizes an odd number of samples with the middle one as median', () => {
  const s = summarize([5, 1, 3]);
  assert.deepEqual({ n: s.n, median: s.median, mean: s.mean, min: s.min, max: s.max }, { n: 3, median: 3, mean: 3, min: 1, max: 5 });
  assert.equal(s.stddev, 2);
  assert.ok(Math.abs(s.cv - 2 / 3) < 1e-12);
});

test('takes the mean of the two middle samples as median of an even number', () => {
  assert.equal(summarize([4, 1, 3, 2]).median, 2.5);
});

test('uses the sample standard deviation (n - 1), not the population one', () => {
  // Population stddev of these is 2; the sample stddev is sqrt(32 / 7).
  const s = summarize([2, 4, 4, 4, 5, 5, 7, 9]);
  assert.ok(Math.abs(s.stddev - Math.sqrt(32 / 7)) < 1e-12);
});

test('gives a single sample zero spread rather than NaN', () => {
  const s = summarize([42]);
  assert.equal(s.stddev, 0);
  assert.equal(s.cv, 0);
  assert.equal(s.median, 42);
});

test('does not reorder the samples it was given', () => {
  const samples = [3, 1, 2];
  summarize(samples);
  assert.deepEqual(samples, [3, 1, 2]);
});

test('refuses to summarize no samples', () => {
  assert.throws(() => summarize([]), RangeError);
});
