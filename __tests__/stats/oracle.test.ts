// The statistics of src/compare/ checked against an independent oracle: SciPy, and Python written
// separately from the TypeScript (see __tests__/oracle/*.py), on many random cases: small and large
// samples, ties, identical samples, single values, heavy tails, shifts.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { adjustPValues } from '../../src/stats/correction.ts';
import { criticalRank, hodgesLehmann, medianInterval } from '../../src/stats/hodges-lehmann.ts';
import { exactIsAffordable, mannWhitney, type MannWhitneyMethod } from '../../src/stats/mann-whitney.ts';
import { normalCdf, normalQuantile, normalSf } from '../../src/stats/normal.ts';
import { MISSING, PYTHON, oracleOptions as options } from '../support/scipy.ts';
import { gaussian, seededRandom as random } from '../../src/stats/random.ts';

const ORACLE = fileURLToPath(new URL('../support/oracle', import.meta.url));

function oracle<T>(script: string, input: unknown): T {
  if (!PYTHON) assert.fail(MISSING);
  const out = execFileSync(PYTHON, [join(ORACLE, script)], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out) as T;
}

type Kind = 'normal' | 'lognormal' | 'pareto' | 'ties' | 'identical' | 'coarse';
const KINDS: Kind[] = ['normal', 'lognormal', 'pareto', 'ties', 'identical', 'coarse'];

function sampler(rnd: () => number) {
  const gauss = () => gaussian(rnd);
  // `+ 0` turns −0 (from Math.round) into 0, which is what JSON carries to Python anyway.
  return (kind: Kind, n: number, shift: number): number[] => Array.from({ length: n }, () => 0 + value(kind, shift));
  function value(kind: Kind, shift: number): number {
    {
      switch (kind) {
        case 'normal':
          return 100 + shift * 10 + 10 * gauss();
        case 'lognormal':
          return Math.exp(4 + shift + 1.5 * gauss());
        case 'pareto':
          return (1 + shift) * (1 - rnd()) ** (-1 / 1.1);
        case 'ties':
          return Math.round(3 * gauss() + shift * 3);
        case 'identical':
          return 5;
        case 'coarse':
          return Math.round((1 + shift) * 40 + 4 * gauss()) / 4;
      }
    }
  }
}

function close(actual: number, expected: number, rel: number, abs: number, what: string): void {
  const ok = actual === expected || Math.abs(actual - expected) <= abs + rel * Math.abs(expected);
  assert.ok(ok, `${what}: got ${actual}, oracle ${expected}`);
}

interface MwCase {
  x: number[];
  y: number[];
  methods: ('auto' | MannWhitneyMethod)[];
}
interface MwOracle {
  statistic: number;
  p: Record<string, number>;
  ties: boolean;
}

function checkMannWhitney(cases: MwCase[]): number {
  const expected = oracle<MwOracle[]>('mannwhitneyu.py', cases);
  let exactByScipyRule = 0;
  cases.forEach((c, i) => {
    const want = expected[i]!;
    const what = `case ${i} (n1=${c.x.length}, n2=${c.y.length}${want.ties ? ', ties' : ''})`;
    const auto = mannWhitney(c.x, c.y);
    assert.equal(auto.u, want.statistic, `${what}: U`);
    assert.equal(auto.ties, want.ties, `${what}: ties`);
    for (const method of c.methods) {
      if (method === 'auto') continue;
      close(mannWhitney(c.x, c.y, method).pValue, want.p[method]!, 1e-9, 1e-14, `${what}: ${method} p`);
    }
    // 'auto' must be at least as exact as SciPy's: exact whenever SciPy's rule picks exact.
    if (Math.min(c.x.length, c.y.length) <= 8 && !want.ties) {
      exactByScipyRule++;
      assert.equal(auto.method, 'exact', `${what}: SciPy uses the exact distribution here`);
      close(auto.pValue, want.p.auto!, 1e-9, 1e-14, `${what}: auto p`);
    }
    if (want.p[auto.method] !== undefined) close(auto.pValue, want.p[auto.method]!, 1e-9, 1e-14, `${what}: auto (${auto.method}) p`);
  });
  return exactByScipyRule;
}

test('Mann-Whitney p-values match scipy.stats.mannwhitneyu for small and medium samples, exact and asymptotic', options, () => {
  const rnd = random(1);
  const draw = sampler(rnd);
  const cases: MwCase[] = [];
  for (let i = 0; i < 360; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const n1 = 1 + Math.floor(rnd() * (i % 3 === 0 ? 8 : 40));
    const n2 = 1 + Math.floor(rnd() * 40);
    const shift = [0, 0.2, 1, -0.5][i % 4]!;
    // The second sample's kind differs now and then, so some cases tie only across samples.
    const x = draw(kind, n1, 0);
    const y = draw(i % 7 === 0 ? 'normal' : kind, n2, shift);
    cases.push({ x, y, methods: ['auto', 'exact', 'asymptotic'] });
  }
  cases.push({ x: [1], y: [2], methods: ['auto', 'exact', 'asymptotic'] });
  cases.push({ x: [3], y: [3], methods: ['auto', 'asymptotic'] });
  cases.push({ x: [1, 2, 3], y: [4, 5, 6], methods: ['auto', 'exact', 'asymptotic'] });
  cases.push({ x: [7, 7, 7, 7], y: [7, 7, 7], methods: ['auto', 'asymptotic'] });
  cases.push({ x: [1, 1e-300, -5, 1e300], y: [2, 3, -1e300], methods: ['auto', 'exact', 'asymptotic'] });
  const exact = checkMannWhitney(cases);
  assert.ok(exact > 50, `expected many cases under SciPy's exact rule, got ${exact}`);
});

test('Mann-Whitney p-values match SciPy for large samples with and without ties', options, () => {
  const rnd = random(2);
  const draw = sampler(rnd);
  const cases: MwCase[] = [];
  for (let i = 0; i < 60; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const n1 = 60 + Math.floor(rnd() * 300);
    const n2 = 60 + Math.floor(rnd() * 300);
    cases.push({ x: draw(kind, n1, 0), y: draw(kind, n2, [0, 0.05, 0.3][i % 3]!), methods: ['auto', 'asymptotic'] });
  }
  checkMannWhitney(cases);
});

test('Mann-Whitney uses the exact distribution like SciPy when one side has 8 or fewer samples and the other many', options, () => {
  const rnd = random(3);
  const draw = sampler(rnd);
  const cases: MwCase[] = [];
  for (let i = 0; i < 24; i++) {
    const n1 = 1 + (i % 8);
    const n2 = 100 + Math.floor(rnd() * 300);
    cases.push({ x: draw('lognormal', n1, 0), y: draw('lognormal', n2, [0, 0.5, 1.5][i % 3]!), methods: ['auto', 'exact', 'asymptotic'] });
  }
  assert.equal(checkMannWhitney(cases), cases.length);
});

interface HlOracle {
  shift: number;
  lower?: number;
  upper?: number;
  rank: number;
  rankReal: number | null;
}

function checkHodgesLehmann(cases: { base: number[]; head: number[]; confidence: number }[]): void {
  const expected = oracle<HlOracle[]>(
    'hodges_lehmann.py',
    cases.map((c) => ({ ...c, exact: exactIsAffordable(c.base.length, c.head.length) })),
  );
  cases.forEach((c, i) => {
    const want = expected[i]!;
    const what = `case ${i} (n1=${c.base.length}, n2=${c.head.length}, confidence ${c.confidence})`;
    const got = hodgesLehmann(c.base, c.head, c.confidence);
    assert.equal(got.shift, want.shift, `${what}: shift`);
    // The normal rank is a floor: a last-digit difference in the quantile may only matter right at an integer.
    const atBoundary = want.rankReal !== null && Math.abs(want.rankReal - Math.round(want.rankReal)) < 1e-9;
    if (atBoundary && got.rank !== want.rank) return;
    assert.equal(got.rank, want.rank, `${what}: critical rank`);
    if (want.rank === 0) {
      assert.equal(got.lower, -Infinity);
      assert.equal(got.upper, Infinity);
    } else {
      assert.equal(got.lower, want.lower, `${what}: lower bound`);
      assert.equal(got.upper, want.upper, `${what}: upper bound`);
    }
  });
}

test('Hodges-Lehmann shift and exact-rank interval match an independent Python computation', options, () => {
  const rnd = random(4);
  const draw = sampler(rnd);
  const cases: { base: number[]; head: number[]; confidence: number }[] = [];
  for (let i = 0; i < 150; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const n1 = 1 + Math.floor(rnd() * 22);
    const n2 = 1 + Math.floor(rnd() * 22);
    cases.push({ base: draw(kind, n1, 0), head: draw(kind, n2, [0, 0.1, 1][i % 3]!), confidence: [0.95, 0.9, 0.99, 0.8][i % 4]! });
  }
  cases.push({ base: draw('normal', 40, 0), head: draw('normal', 40, 0.3), confidence: 0.95 });
  cases.push({ base: draw('pareto', 6, 0), head: draw('pareto', 150, 0.2), confidence: 0.95 });
  cases.push({ base: [1], head: [2], confidence: 0.95 });
  cases.push({ base: [1, 2], head: [3, 4], confidence: 0.5 });
  checkHodgesLehmann(cases);
});

test('Hodges-Lehmann with normal-approximation ranks, including samples too large to list every difference', options, () => {
  const rnd = random(5);
  const draw = sampler(rnd);
  const cases: { base: number[]; head: number[]; confidence: number }[] = [];
  for (let i = 0; i < 30; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const n1 = 101 + Math.floor(rnd() * 150);
    const n2 = 101 + Math.floor(rnd() * 150);
    cases.push({ base: draw(kind, n1, 0), head: draw(kind, n2, [0, 0.05, 0.5][i % 3]!), confidence: [0.95, 0.99][i % 2]! });
  }
  // 230 × 260 and 400 × 300 differences are selected without listing them all.
  cases.push({ base: draw('lognormal', 230, 0), head: draw('lognormal', 260, 0.1), confidence: 0.95 });
  cases.push({ base: draw('ties', 400, 0), head: draw('ties', 300, 0.2), confidence: 0.9 });
  checkHodgesLehmann(cases);
});

test('the distribution-free interval for a median matches the binomial order statistics from SciPy', options, () => {
  const rnd = random(6);
  const draw = sampler(rnd);
  const cases = Array.from({ length: 60 }, (_, i) => ({
    median: draw(KINDS[i % KINDS.length]!, 1 + Math.floor(rnd() * (i < 50 ? 60 : 1000)), 0),
    confidence: [0.95, 0.9, 0.99][i % 3]!,
  }));
  const expected = oracle<{ medianLower: number; medianUpper: number }[]>('hodges_lehmann.py', cases);
  cases.forEach((c, i) => {
    assert.deepEqual(medianInterval(c.median, c.confidence), [expected[i]!.medianLower, expected[i]!.medianUpper], `case ${i} (n=${c.median.length})`);
  });
});

test('Holm and Benjamini-Hochberg adjusted p-values match the statsmodels procedure (and SciPy for BH)', options, () => {
  const rnd = random(7);
  const lists: number[][] = [];
  for (let i = 0; i < 80; i++) {
    const m = 1 + Math.floor(rnd() * 200);
    lists.push(
      Array.from({ length: m }, () => {
        const u = rnd();
        if (u < 0.05) return 0;
        if (u < 0.1) return 1;
        if (u < 0.2) return 0.05; // repeated values
        if (u < 0.4) return rnd() ** 8; // many small p-values
        return rnd();
      }),
    );
  }
  const expected = oracle<{ holm: number[]; bh: number[]; bhScipy: number[] | null }[]>('p_adjust.py', lists);
  lists.forEach((p, i) => {
    const holm = adjustPValues(p, 'holm');
    const bh = adjustPValues(p, 'bh');
    const want = expected[i]!;
    p.forEach((_, j) => {
      close(holm[j]!, want.holm[j]!, 1e-12, 0, `list ${i}, Holm #${j}`);
      close(bh[j]!, want.bh[j]!, 1e-12, 0, `list ${i}, BH #${j}`);
      if (want.bhScipy) close(bh[j]!, want.bhScipy[j]!, 1e-12, 0, `list ${i}, SciPy BH #${j}`);
    });
    assert.deepEqual(adjustPValues(p, 'none'), p);
  });
});

test('normal tail probabilities and quantiles match scipy.stats.norm to near machine precision', options, () => {
  const z = [-38, -20, -8.5, -5, -3.3, -1.96, -1, -0.5, -0.1, 0, 0.2, 0.46875, 0.5, 0.9, 1.5, 2.5, 3.9, 4, 4.1, 6, 8, 12, 20, 30, 37.5];
  const p = [1e-300, 1e-50, 1e-12, 1e-6, 0.0005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 0.6, 0.8, 0.9, 0.95, 0.975, 0.99, 0.999, 1 - 1e-10];
  const want = oracle<{ sf: number[]; cdf: number[]; ppf: number[] }>('normal.py', { z, p });
  z.forEach((v, i) => {
    close(normalSf(v), want.sf[i]!, 1e-12, 0, `sf(${v})`);
    close(normalCdf(v), want.cdf[i]!, 1e-12, 0, `cdf(${v})`);
  });
  // Past 1 − 1e-10 the input itself carries only 6 digits of the tail, so compare quantiles to 1e-13 relative.
  p.forEach((v, i) => close(normalQuantile(v), want.ppf[i]!, 1e-13, 0, `quantile(${v})`));
});

test('the exact critical rank agrees with the normal approximation where both are reasonable', () => {
  // Not an oracle test: a sanity check that the two ways of choosing k meet at the switch-over.
  for (const [n1, n2] of [
    [30, 30],
    [50, 60],
    [100, 100],
  ] as const) {
    const exact = criticalRank(n1, n2, 0.95);
    const sd = Math.sqrt((n1 * n2 * (n1 + n2 + 1)) / 12);
    const normal = Math.floor((n1 * n2) / 2 + 0.5 - 1.959963984540054 * sd);
    assert.equal(exact.method, 'exact');
    assert.ok(Math.abs(exact.rank - normal) <= 1, `${n1}×${n2}: exact ${exact.rank}, normal ${normal}`);
    assert.ok(exact.coverage >= 0.95 && exact.coverage < 0.96, `coverage ${exact.coverage}`);
  }
});
