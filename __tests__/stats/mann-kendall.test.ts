import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { mannKendall } from '../../src/stats/mann-kendall.ts';
import { MISSING, PYTHON, oracleOptions } from '../support/scipy.ts';
import { seededRandom as random } from '../../src/stats/random.ts';

const ORACLE = fileURLToPath(new URL('../support/oracle/mann_kendall.py', import.meta.url));

test('a strictly rising series: every pair concordant, slope the step', () => {
  const trend = mannKendall([1, 2, 3, 4, 5]);
  assert.equal(trend.s, 10);
  assert.equal(trend.slope, 1);
  // Var S = 5·4·15/18 = 50/3; z = 10/√(50/3) = 2.449…; two-sided p = 0.01431
  assert.ok(Math.abs(trend.pValue - 0.014305878435429) < 1e-12, `${trend.pValue}`);
});

test("Sen's slope and the Mann–Kendall p-value match SciPy's theilslopes and kendalltau, ties included", oracleOptions, () => {
  if (!PYTHON) assert.fail(MISSING);
  const rnd = random(21);
  const cases = Array.from({ length: 30 }, (_, i) => {
    const n = 3 + Math.floor(rnd() * 120);
    const drift = (i % 3) * 0.01;
    return Array.from({ length: n }, (_, k) => (i % 4 === 0 ? Math.round(rnd() * 5) : 100 * (1 + drift * k + 0.03 * (rnd() - 0.5))));
  });
  const expected = JSON.parse(execFileSync(PYTHON, [ORACLE], { input: JSON.stringify(cases), encoding: 'utf8' })) as Array<{ slope: number; p: number }>;
  cases.forEach((values, i) => {
    const trend = mannKendall(values);
    assert.ok(
      Math.abs(trend.slope - expected[i]!.slope) <= 1e-9 * Math.max(1, Math.abs(expected[i]!.slope)),
      `case ${i}: slope ${trend.slope} vs ${expected[i]!.slope}`,
    );
    assert.ok(Math.abs(trend.pValue - expected[i]!.p) <= 1e-9 + 1e-9 * expected[i]!.p, `case ${i}: p ${trend.pValue} vs ${expected[i]!.p}`);
  });
});

test('a constant series has no trend, and fewer than 3 values are refused', () => {
  assert.deepEqual(mannKendall([4, 4, 4, 4]), { slope: 0, s: 0, pValue: 1 });
  assert.throws(() => mannKendall([1, 2]), /at least 3 values, found 2/);
});
