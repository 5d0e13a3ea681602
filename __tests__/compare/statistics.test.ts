// Properties of the building blocks that hold whatever the data; the numbers themselves are checked
// against SciPy in compare-oracle.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { criticalRank, hodgesLehmann, kthPairwiseDifference, medianInterval, relativeChange } from '../../src/stats/hodges-lehmann.ts';
import { exactIsAffordable, mannWhitney, uCdf } from '../../src/stats/mann-whitney.ts';
import { normalQuantile, normalSf } from '../../src/stats/normal.ts';
import { alignUnits } from '../../src/compare/units.ts';
import { percent } from '../../src/compare/verdict.ts';
import { gaussian, seededRandom as random } from '../../src/stats/random.ts';

test('the exact distribution of U is a distribution: symmetric, increasing, from 1/C(n1+n2, n1) to 1', () => {
  for (const [n1, n2] of [
    [1, 1],
    [3, 3],
    [4, 7],
    [8, 300],
    [30, 30],
    [100, 100],
  ] as const) {
    const total = n1 * n2;
    let previous = 0;
    for (let k = 0; k <= total; k++) {
      const p = uCdf(k, n1, n2);
      assert.ok(p >= previous, `${n1}×${n2}: P(U ≤ ${k}) decreased`);
      previous = p;
      if (k < total) assert.ok(Math.abs(p + uCdf(total - k - 1, n1, n2) - 1) < 1e-12, `${n1}×${n2}: symmetry at ${k}`);
    }
    assert.equal(uCdf(total, n1, n2), 1);
    assert.equal(uCdf(-1, n1, n2), 0);
  }
  assert.equal(uCdf(0, 3, 3), 1 / 20);
  assert.equal(uCdf(1, 3, 3), 2 / 20);
  assert.equal(uCdf(2, 3, 3), 4 / 20);
  // C(200, 100) ≈ 9e58 arrangements, yet the far tail keeps its relative precision.
  assert.ok(Math.abs(uCdf(0, 100, 100) * 9.054851465610328e58 - 1) < 1e-12);
  // Tails are cached per pair of sizes: another pair computed in between must not be mixed up with 3 × 3.
  assert.equal(uCdf(2, 3, 4), 4 / 35);
  assert.equal(uCdf(2, 3, 3), 4 / 20, 'the cached 3 × 3 tail after a 3 × 4 one');
  assert.equal(uCdf(5, 4, 7), uCdf(5, 7, 4), 'the distribution does not depend on which side is which');
});

test('the exact distribution of U approaches the normal approximation for 100 × 100', () => {
  const sd = Math.sqrt((100 * 100 * 201) / 12);
  for (const k of [4000, 4500, 4800, 5000]) {
    const normal = 1 - normalSf((k + 0.5 - 5000) / sd);
    assert.ok(Math.abs(uCdf(k, 100, 100) - normal) < 1e-3, `k=${k}: exact ${uCdf(k, 100, 100)}, normal ${normal}`);
  }
});

test("'auto' is exact for small samples without ties, and asymptotic with ties or beyond the work limit", () => {
  assert.equal(mannWhitney([1, 2, 3], [4, 5, 6]).method, 'exact');
  assert.equal(mannWhitney([1, 2, 3], [3, 5, 6]).method, 'asymptotic');
  assert.ok(exactIsAffordable(100, 100) && exactIsAffordable(8, 15_625) && exactIsAffordable(1, 1_000_000));
  assert.ok(!exactIsAffordable(101, 100) && !exactIsAffordable(8, 15_626));
  const big = Array.from({ length: 120 }, (_, i) => i + 0.5);
  const other = Array.from({ length: 120 }, (_, i) => i + 0.25);
  assert.equal(mannWhitney(big, other).method, 'asymptotic');
});

test('Mann-Whitney does not care which sample comes first, nor about a monotone transform', () => {
  const rnd = random(1);
  for (let i = 0; i < 50; i++) {
    const x = Array.from({ length: 3 + Math.floor(rnd() * 30) }, () => Math.exp(3 * rnd()));
    const y = Array.from({ length: 3 + Math.floor(rnd() * 30) }, () => Math.exp(3 * rnd() + 0.3));
    const xy = mannWhitney(x, y);
    const yx = mannWhitney(y, x);
    assert.equal(xy.pValue, yx.pValue);
    assert.equal(xy.u + yx.u, x.length * y.length);
    assert.equal(mannWhitney(x.map(Math.log), y.map(Math.log)).pValue, xy.pValue);
  }
});

test('Mann-Whitney gives p = 1 for identical samples and a tiny p for fully separated ones', () => {
  assert.equal(mannWhitney([5, 5, 5, 5, 5], [5, 5, 5, 5, 5]).pValue, 1);
  assert.equal(mannWhitney([1], [2]).pValue, 1);
  const low = Array.from({ length: 30 }, (_, i) => i);
  const high = Array.from({ length: 30 }, (_, i) => 100 + i);
  const p = mannWhitney(low, high).pValue;
  assert.ok(p > 0 && p < 1e-15, `${p}`);
  // With infinities the ranks are still defined.
  assert.deepEqual(mannWhitney([1, 2, Infinity], [-Infinity, 0, 0.5]), { u: 9, pValue: 0.1, method: 'exact', ties: false });
});

test('Mann-Whitney refuses empty samples and NaN, saying which', () => {
  assert.throws(() => mannWhitney([], [1]), /at least one value on each side; got 0 and 1/);
  assert.throws(() => mannWhitney([1, Number.NaN], [1]), /first sample contains NaN/);
});

test('selecting the k-th pairwise difference agrees with listing and sorting them all, ties included', () => {
  const rnd = random(2);
  for (let t = 0; t < 60; t++) {
    const ties = t % 2 === 0;
    const draw = () => (ties ? Math.floor(rnd() * 6) : rnd() * 100);
    const base = Float64Array.from({ length: 1 + Math.floor(rnd() * 150) }, draw).sort();
    const head = Float64Array.from({ length: 1 + Math.floor(rnd() * 150) }, draw).sort();
    const all: number[] = [];
    for (const y of head) for (const x of base) all.push(y - x);
    all.sort((a, b) => a - b);
    for (const k of [1, all.length, Math.ceil(all.length / 2), 1 + Math.floor(rnd() * all.length)]) {
      assert.equal(kthPairwiseDifference(base, head, k), all[k - 1], `n1=${base.length}, n2=${head.length}, k=${k}`);
    }
  }
  assert.throws(() => kthPairwiseDifference(Float64Array.of(1), Float64Array.of(2), 2), /rank 2 is outside 1…1/);
});

test('the Hodges-Lehmann shift of a sample against itself moved by c is c, with c inside the interval', () => {
  const rnd = random(3);
  for (const n of [5, 12, 40, 300]) {
    const base = Array.from({ length: n }, () => 50 + 10 * rnd());
    const est = hodgesLehmann(
      base,
      base.map((v) => v + 2.5),
      0.95,
    );
    assert.ok(Math.abs(est.shift - 2.5) < 1e-12, `n=${n}: ${est.shift}`);
    assert.ok(est.lower < 2.5 && 2.5 < est.upper);
    assert.equal(est.method, exactIsAffordable(n, n) ? 'exact' : 'normal');
  }
});

test('a relative change is exp(shift) − 1 of the log samples', () => {
  const base = [10, 11, 12, 13, 14, 15, 16];
  const rel = relativeChange(
    base,
    base.map((v) => v * 1.1),
    0.9,
  );
  assert.ok(Math.abs(rel.change - 0.1) < 1e-12);
  assert.ok(Math.abs(rel.logShift - Math.log(1.1)) < 1e-12);
  assert.ok(rel.lower < 0.1 && rel.upper > 0.1 && rel.lower > -1);
  assert.throws(() => relativeChange([0, 1], [1, 2], 0.95), /baseline sample contains 0; a relative change needs positive values/);
});

test('the interval covers the true shift about as often as promised', () => {
  const rnd = random(4);
  const gauss = () => gaussian(rnd);
  let covered = 0;
  const trials = 400;
  for (let t = 0; t < trials; t++) {
    const base = Array.from({ length: 15 }, gauss);
    const head = Array.from({ length: 12 }, () => gauss() + 0.7);
    const est = hodgesLehmann(base, head, 0.9);
    if (est.lower <= 0.7 && 0.7 <= est.upper) covered++;
  }
  // At least 90% in expectation; 400 trials give a standard error of 1.5%.
  assert.ok(covered / trials > 0.86 && covered / trials < 0.97, `coverage ${covered / trials}`);
});

test('too few samples for the confidence level give an unbounded interval', () => {
  const est = hodgesLehmann([1, 2], [3, 4], 0.95);
  assert.equal(est.rank, 0);
  assert.deepEqual([est.lower, est.upper], [-Infinity, Infinity]);
  assert.equal(est.shift, 2);
  assert.equal(criticalRank(1, 1, 0.95).rank, 0);
  assert.equal(criticalRank(5, 5, 0.95).rank, 3, 'P(U ≤ 2) = 4/252 ≤ 0.025 < P(U ≤ 3) = 7/252');
});

test('the median interval uses order statistics, or the range when the sample is too small', () => {
  assert.deepEqual(medianInterval([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.95), [2, 9]);
  assert.deepEqual(medianInterval([3, 1, 2, 5, 4], 0.95), [1, 5]);
  assert.deepEqual(medianInterval([7], 0.95), [7, 7]);
  const large = Array.from({ length: 2001 }, (_, i) => i);
  const [lo, hi] = medianInterval(large, 0.95);
  // ±1.96 · √n / 2 ≈ 44 ranks around the middle.
  assert.ok(Math.abs(1000 - lo - 44) <= 1 && Math.abs(hi - 1000 - 44) <= 1, `${lo}…${hi}`);
});

test('normal quantiles invert the tail probabilities', () => {
  for (const p of [1e-10, 0.001, 0.025, 0.3, 0.5, 0.8, 0.975]) {
    assert.ok(Math.abs(normalSf(-normalQuantile(p)) - p) < 1e-14 + 1e-12 * p, `p=${p}`);
  }
  assert.equal(normalQuantile(0), -Infinity);
  assert.equal(normalQuantile(1), Infinity);
  assert.ok(Number.isNaN(normalQuantile(1.5)));
});

test('converts known time units only when they measure the same thing', () => {
  assert.deepEqual(alignUnits('ns', 'ns'), { ok: true, factor: 1 });
  assert.deepEqual(alignUnits('ms', 'ns'), { ok: true, factor: 1e6 });
  assert.ok(Math.abs((alignUnits('µs/op', 'ns/op') as { factor: number }).factor - 1000) < 1e-9);
  assert.equal(alignUnits('us', 'μs').ok, true);
  assert.equal(alignUnits('ns/op', 'ms').ok, false);
  assert.equal(alignUnits('ops/s', 'ms').ok, false);
  assert.equal(alignUnits('constructor', 's').ok, false);
  assert.deepEqual(alignUnits('bytes', 'KiB'), {
    ok: false,
    reason: "The unit changed from 'bytes' in the baseline to 'KiB' in head, so the numbers are not comparable.",
  });
});

test('writes percentages people read at a glance', () => {
  assert.equal(percent(0.123), '+12.3%');
  assert.equal(percent(0.1), '+10%');
  assert.equal(percent(-0.0042), '-0.42%');
  assert.equal(percent(0), '0%');
  assert.equal(percent(0.95, false), '95%');
  assert.equal(percent(-0.2, false), '20%');
});
