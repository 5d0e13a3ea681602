// The paired statistics of interleaved runs checked against SciPy's wilcoxon and against brute force
// in Python written separately from the TypeScript (__tests__/oracle/wilcoxon.py): every sign
// assignment enumerated, every Walsh average listed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { walshInterval } from '../../src/stats/walsh-interval.ts';
import { wilcoxonSignedRank, type SignedRankMethod, type ZeroMethod } from '../../src/stats/wilcoxon.ts';
import { MISSING, PYTHON, oracleOptions as options } from '../support/scipy.ts';
import { gaussian, seededRandom as random } from '../../src/stats/random.ts';

const ORACLE = fileURLToPath(new URL('../support/oracle/wilcoxon.py', import.meta.url));

interface OracleCase {
  d: number[];
  zero_method?: ZeroMethod;
  correction?: boolean;
  methods: SignedRankMethod[];
  confidence?: number;
}

interface OracleAnswer {
  p: Partial<Record<SignedRankMethod, number>>;
  r_plus: number;
  walsh: { centre: number; lower: number | null; upper: number | null; rank: number } | null;
}

function oracle(cases: OracleCase[]): OracleAnswer[] {
  if (!PYTHON) assert.fail(MISSING);
  const out = execFileSync(PYTHON, ['-W', 'ignore', ORACLE], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as OracleAnswer[];
}

/** Log ratios like an interleaved run's: a shift, normal or heavy-tailed noise, or coarse values with ties and zeros. */
function differences(rnd: () => number, kind: 'normal' | 'heavy' | 'coarse', n: number, shift: number): number[] {
  const gauss = () => gaussian(rnd);
  return Array.from({ length: n }, () => {
    switch (kind) {
      case 'normal':
        return shift + 0.03 * gauss();
      case 'heavy':
        return shift + (0.02 * gauss()) / Math.max(0.05, Math.abs(gauss()));
      case 'coarse':
        return 0 + Math.round(shift * 100 + 2 * gauss());
    }
  });
}

function close(actual: number, expected: number, what: string, relative = 1e-9): void {
  const tolerance = relative * Math.max(1e-300, Math.abs(expected)) + 1e-15;
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} vs SciPy/oracle ${expected}`);
}

test('exact signed-rank p-values match scipy.stats.wilcoxon(method="exact") for untied differences up to 50 pairs', options, () => {
  const rnd = random(11);
  const cases: OracleCase[] = [];
  for (const n of [1, 2, 3, 5, 8, 10, 13, 20, 31, 50]) {
    for (const shift of [0, 0.01, 0.05]) cases.push({ d: differences(rnd, 'normal', n, shift), methods: ['exact'] });
  }
  const answers = oracle(cases);
  cases.forEach((c, i) => {
    const ours = wilcoxonSignedRank(c.d, { method: 'exact' });
    close(ours.rPlus, answers[i]!.r_plus, `T+ of case ${i} (n=${c.d.length})`);
    close(ours.pValue, answers[i]!.p.exact!, `exact p of case ${i} (n=${c.d.length})`, 1e-12);
    assert.equal(wilcoxonSignedRank(c.d).method, 'exact', `auto picks exact for ${c.d.length} untied pairs`);
  });
});

test('normal-approximation p-values match SciPy with tie and zero corrections, both zero methods, with and without continuity correction', options, () => {
  const rnd = random(23);
  const cases: OracleCase[] = [];
  for (const n of [10, 20, 51, 80, 200]) {
    for (const kind of ['normal', 'heavy', 'coarse'] as const) {
      for (const zero_method of ['wilcox', 'pratt'] as const) {
        for (const correction of [false, true]) {
          const d = differences(rnd, kind, n, kind === 'coarse' ? 0.01 : 0.005);
          // SciPy refuses a sample that is all zeros under these zero methods.
          if (d.every((x) => x === 0)) continue;
          cases.push({ d, zero_method, correction, methods: ['asymptotic'] });
        }
      }
    }
  }
  const answers = oracle(cases);
  let tiedOrZero = 0;
  cases.forEach((c, i) => {
    const ours = wilcoxonSignedRank(c.d, { method: 'asymptotic', zeroMethod: c.zero_method!, correction: c.correction! });
    if (ours.ties || ours.zeros > 0) tiedOrZero++;
    close(ours.pValue, answers[i]!.p.asymptotic!, `asymptotic p of case ${i} (n=${c.d.length}, ${c.zero_method}, correction ${c.correction})`, 1e-9);
  });
  assert.ok(tiedOrZero >= 10, `the cases exercise ties and zeros (${tiedOrZero} did)`);
});

test('with ties or zeros among at most 13 pairs, auto uses the exact permutation distribution, as brute force over all sign flips gives', options, () => {
  const rnd = random(37);
  const cases: OracleCase[] = [];
  for (const n of [3, 6, 9, 12, 13]) {
    for (const zero_method of ['wilcox', 'pratt'] as const) {
      for (const shift of [0, 0.02]) {
        const d = differences(rnd, 'coarse', n, shift);
        if (d.every((x) => x === 0)) continue;
        cases.push({ d, zero_method, methods: ['permutation'] });
      }
    }
  }
  cases.push({ d: [0, 1, 1, -2, 3, 2, -1, 4], zero_method: 'pratt', methods: ['permutation'] });
  const answers = oracle(cases);
  cases.forEach((c, i) => {
    const ours = wilcoxonSignedRank(c.d, { zeroMethod: c.zero_method! });
    if (ours.ties || ours.zeros > 0) assert.equal(ours.method, 'permutation', `case ${i}: ${JSON.stringify(c.d)}`);
    const exact = wilcoxonSignedRank(c.d, { zeroMethod: c.zero_method!, method: 'permutation' });
    close(exact.pValue, answers[i]!.p.permutation!, `permutation p of case ${i} ${JSON.stringify(c.d)}`, 1e-12);
  });
});

test('the Hodges-Lehmann centre and its Walsh-average interval match brute force, exact ranks to 50 pairs and normal ranks beyond', options, () => {
  const rnd = random(41);
  const cases: OracleCase[] = [];
  for (const n of [1, 4, 6, 7, 10, 15, 16]) {
    for (const confidence of [0.9, 0.95, 0.99]) cases.push({ d: differences(rnd, 'heavy', n, 0.01), methods: [], confidence });
  }
  for (const n of [60, 120]) cases.push({ d: differences(rnd, 'normal', n, 0.02), methods: [], confidence: 0.95 });
  const answers = oracle(cases);
  cases.forEach((c, i) => {
    const ours = walshInterval(c.d, c.confidence!);
    const expected = answers[i]!.walsh!;
    close(ours.centre, expected.centre, `centre of case ${i} (n=${c.d.length})`);
    if (c.d.length <= 16 || c.d.length > 50) assert.equal(ours.rank, expected.rank, `rank of case ${i} (n=${c.d.length}, ${c.confidence})`);
    if (expected.lower === null) {
      assert.equal(ours.lower, -Infinity);
      assert.equal(ours.upper, Infinity);
    } else {
      close(ours.lower, expected.lower, `lower bound of case ${i}`);
      close(ours.upper, expected.upper!, `upper bound of case ${i}`);
    }
  });
});
