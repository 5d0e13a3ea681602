import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { detectChangePoints, splitStatistics, splitTest } from '../../src/history/change-points.ts';
import { MISSING, PYTHON, oracleOptions } from '../support/scipy.ts';
import { gaussian, seededRandom as random } from '../../src/stats/random.ts';

const ORACLE = fileURLToPath(new URL('../support/oracle/e_divisive.py', import.meta.url));

/** `levels[i]` for `lengths[i]` runs each, times 1 + 3% Gaussian noise. */
function steps(seed: number, levels: number[], lengths: number[], noise = 0.03): number[] {
  const rnd = random(seed);
  const gauss = () => gaussian(rnd);
  return levels.flatMap((level, i) => Array.from({ length: lengths[i]! }, () => level * (1 + noise * gauss())));
}

interface OracleAnswer {
  statistics: number[][];
  exact: Array<{ index: number; q: number; p: number }>;
}

function oracle(request: unknown): OracleAnswer {
  if (!PYTHON) assert.fail(MISSING);
  return JSON.parse(execFileSync(PYTHON, [ORACLE], { input: JSON.stringify(request), encoding: 'utf8' })) as OracleAnswer;
}

test('the energy statistic of a two-level series, by hand: Q = n·m/(n+m) · E = 1 · 2', () => {
  // x = [0, 0], y = [1, 1]: between 2/(2·2) · 4 = 2, within 0 and 0.
  assert.deepEqual([...splitStatistics([0, 0, 1, 1], 2)], [2]);
});

test('the energy statistic of every split matches a direct numpy computation of Matteson & James', oracleOptions, () => {
  const rnd = random(11);
  const cases = Array.from({ length: 24 }, (_, i) => {
    const n = 10 + Math.floor(rnd() * 51);
    const minSegment = 2 + (i % 5);
    const kind = i % 3;
    const z = Array.from({ length: n }, (_, k) => {
      if (kind === 0) return Math.log(100 * (1 + 0.03 * (rnd() - 0.5)) * (k > n / 2 ? 1.2 : 1));
      if (kind === 1) return Math.round(rnd() * 4);
      return rnd() ** 3 * 1000;
    });
    return { z, min_segment: minSegment };
  });
  const expected = oracle({ statistics: cases }).statistics;
  cases.forEach((c, i) => {
    const actual = [...splitStatistics(c.z, c.min_segment)];
    assert.equal(actual.length, expected[i]!.length, `case ${i}: number of splits`);
    actual.forEach((q, k) =>
      assert.ok(Math.abs(q - expected[i]![k]!) <= 1e-9 * Math.max(1, Math.abs(expected[i]![k]!)), `case ${i}, split ${k}: ${q} vs ${expected[i]![k]}`),
    );
  });
});

test('the permutation p-value of the ranks agrees with the exact one over every ordering, within Monte Carlo error', oracleOptions, () => {
  const cases = [
    { z: [1, 2, 3, 4, 10, 11, 12], min_segment: 2 },
    { z: [5, 1, 4, 2, 3, 6, 0], min_segment: 2 },
    { z: [1.5, 1, 2, 2.5, 3.1, 3.2, 3.3], min_segment: 2 },
    { z: [0.1, 0.3, 0.2, 0.9, 0.8, 0.95, 0.85], min_segment: 3 },
  ];
  const exact = oracle({ exact: cases }).exact;
  const permutations = 19999;
  cases.forEach((c, i) => {
    const result = splitTest(c.z, { minSegment: c.min_segment, permutations, seed: 7 + i });
    assert.ok(result !== undefined);
    assert.equal(result.index, exact[i]!.index, `case ${i}: split`);
    assert.ok(Math.abs(result.q - exact[i]!.q) < 1e-9, `case ${i}: Q`);
    const p = exact[i]!.p;
    const tolerance = 4 * Math.sqrt((p * (1 - p)) / permutations) + 2 / permutations;
    assert.ok(Math.abs(result.pValue - p) <= tolerance, `case ${i}: p ${result.pValue} vs exact ${p} (±${tolerance.toFixed(4)})`);
  });
});

test('steps of 15–20% in 3% noise are found where they are, with the medians on either side', () => {
  const values = steps(3, [100, 117, 98, 115], [300, 120, 200, 180]);
  const found = detectChangePoints(values);
  assert.equal(found.length, 3);
  [300, 420, 620].forEach((step, i) => assert.ok(Math.abs(found[i]!.index - step) <= 2, `step at ${step} found at ${found[i]!.index}`));
  const [first, second, third] = found as [(typeof found)[0], (typeof found)[0], (typeof found)[0]];
  assert.ok(Math.abs(first.before - 100) < 1 && Math.abs(first.after - 117) < 1.2, `medians ${first.before} → ${first.after}`);
  assert.ok(Math.abs(first.change - 0.17) < 0.02, `change ${first.change}`);
  assert.ok(second.change < -0.12 && third.change > 0.12);
  for (const c of found) assert.ok(c.pValue <= 0.0002, `p ${c.pValue}`);
});

test('a stationary series of 2,000 runs in 3% noise has no change point', () => {
  assert.deepEqual(detectChangePoints(steps(5, [100], [2000])), []);
});

test('the same series and seed give the same change points; appending runs keeps the earlier ones', () => {
  const values = steps(8, [100, 118, 100], [400, 400, 300]);
  const once = detectChangePoints(values);
  assert.equal(once.length, 2);
  assert.deepEqual(detectChangePoints(values), once);
  const longer = detectChangePoints([...values, ...steps(9, [100], [200])]);
  assert.deepEqual(
    longer.map((c) => [c.index, c.pValue, c.q]),
    once.map((c) => [c.index, c.pValue, c.q]),
  );
});

test('a recent step is found at its place once 7 runs show it, and not with 3', () => {
  // On ranks, 5 high runs at the end of a window of 50 are not yet rare enough for p 0.0002.
  const base = steps(12, [100], [200]);
  const after = steps(13, [120], [7]);
  assert.deepEqual(detectChangePoints([...base, ...after.slice(0, 3)]), []);
  const found = detectChangePoints([...base, ...after]);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.index, 200);
});

test('a constant series has no change point; zeros, negatives and ties are ranked like any values', () => {
  assert.deepEqual(detectChangePoints(Array.from({ length: 300 }, () => 42)), []);
  const coarse = [...Array.from({ length: 60 }, (_, i) => (i % 3) - 1), ...Array.from({ length: 60 }, (_, i) => 5 + (i % 2))];
  assert.deepEqual(
    detectChangePoints(coarse).map((c) => [c.index, c.before, c.after]),
    [[60, 0, 5.5]],
  );
});

test('the same on a log scale as on a linear one: only the order of the values counts', () => {
  const values = steps(4, [100, 85, 100], [150, 60, 150]);
  const linear = detectChangePoints(values);
  const logged = detectChangePoints(values.map(Math.log));
  assert.deepEqual(
    logged.map((c) => [c.index, c.pValue, c.q]),
    linear.map((c) => [c.index, c.pValue, c.q]),
  );
  assert.equal(linear.length, 2);
});

test('options out of range are refused with what was expected', () => {
  assert.throws(() => detectChangePoints([1, 2, 3], { pValue: 0 }), /pValue must be above 0 and at most 1, found 0/);
  assert.throws(() => detectChangePoints([1, 2, 3], { permutations: 0.5 }), /permutations must be a whole number of 1 or more/);
  assert.throws(() => detectChangePoints([1, 2, 3], { minSegment: 1 }), /minSegment must be a whole number of 2 or more/);
  assert.throws(() => detectChangePoints([1, 2, 3], { window: 9 }), /window must be a whole number of at least 2 × minSegment \(10\)/);
  assert.throws(() => detectChangePoints([1, Number.NaN]), /values\[1\] must be a finite number, found NaN/);
});
