// The Universal Scalability Law fit: exact recovery from noiseless points, agreement with an
// independent fit (SciPy's curve_fit) on noisy ones, and warnings when the fit cannot be trusted.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fitUsl, uslThroughput, type UslPoint } from '../../src/load/usl.ts';
import { MISSING, PYTHON, oracleOptions } from '../support/scipy.ts';

// Independent of the TypeScript: SciPy's trust-region fit with the same bounds (σ, κ ≥ 0), started
// from several points of its own and keeping the best, so a poor start cannot make it disagree.
const CURVE_FIT = `
import json, sys
import numpy as np
from scipy.optimize import curve_fit

def usl(n, lam, sigma, kappa):
    return lam * n / (1 + sigma * (n - 1) + kappa * n * (n - 1))

out = []
for case in json.load(sys.stdin):
    n = np.array(case["n"], dtype=float)
    x = np.array(case["x"], dtype=float)
    best = None
    for sigma0 in (0.001, 0.05, 0.3):
        for kappa0 in (1e-6, 1e-4, 1e-2):
            try:
                p, _ = curve_fit(usl, n, x, p0=[x[0] / n[0], sigma0, kappa0], bounds=([0, 0, 0], [np.inf, np.inf, np.inf]), max_nfev=20000, xtol=1e-14, ftol=1e-14, gtol=1e-14)
            except RuntimeError:
                continue
            sse = float(np.sum((x - usl(n, *p)) ** 2))
            if best is None or sse < best[1]:
                best = (p, sse)
    p, sse = best
    out.append({"lambda": p[0], "sigma": p[1], "kappa": p[2], "sse": sse})
json.dump(out, sys.stdout)
`;
import { gaussian, seededRandom as random } from '../../src/stats/random.ts';

interface OracleFit {
  lambda: number;
  sigma: number;
  kappa: number;
  sse: number;
}

function scipyFits(cases: ReadonlyArray<{ n: number[]; x: number[] }>): OracleFit[] {
  if (!PYTHON) assert.fail(MISSING);
  const out = execFileSync(PYTHON, ['-c', CURVE_FIT], { input: JSON.stringify(cases), encoding: 'utf8' });
  return JSON.parse(out) as OracleFit[];
}

function sse(points: readonly UslPoint[], fit: { lambda: number; sigma: number; kappa: number }): number {
  return points.reduce((s, p) => s + (p.throughput - uslThroughput(fit, p.concurrency)) ** 2, 0);
}

const LEVELS = [1, 2, 4, 8, 16, 24, 32, 48, 64, 96, 128];

function relative(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

test('recovers σ, κ and λ exactly from noiseless points of known curves', () => {
  const truths = [
    { lambda: 1000, sigma: 0.05, kappa: 0.0002 },
    { lambda: 250, sigma: 0.2, kappa: 0.001 },
    { lambda: 5000, sigma: 0.01, kappa: 0.0001 },
    { lambda: 80, sigma: 0.5, kappa: 0.02 },
  ];
  for (const truth of truths) {
    const points = LEVELS.map((n) => ({ concurrency: n, throughput: uslThroughput(truth, n) }));
    const fit = fitUsl(points);
    assert.ok(relative(fit.lambda, truth.lambda) < 1e-6, `λ ${fit.lambda} vs ${truth.lambda}`);
    assert.ok(relative(fit.sigma, truth.sigma) < 1e-6, `σ ${fit.sigma} vs ${truth.sigma}`);
    assert.ok(relative(fit.kappa, truth.kappa) < 1e-5, `κ ${fit.kappa} vs ${truth.kappa}`);
    const peak = Math.sqrt((1 - truth.sigma) / truth.kappa);
    assert.ok(relative(fit.peakConcurrency ?? NaN, peak) < 1e-5, `N* ${fit.peakConcurrency} vs ${peak}`);
    assert.ok(relative(fit.peakThroughput ?? NaN, uslThroughput(truth, peak)) < 1e-6);
    assert.ok(fit.rSquared > 0.999999);
    assert.deepEqual(fit.warnings, []);
  }
});

test('a curve without coherency cost (κ = 0) has a ceiling of λ/σ and no peak concurrency', () => {
  const truth = { lambda: 200, sigma: 0.25, kappa: 0 };
  const points = LEVELS.map((n) => ({ concurrency: n, throughput: uslThroughput(truth, n) }));
  const fit = fitUsl(points);
  assert.equal(fit.kappa, 0);
  assert.equal(fit.peakConcurrency, undefined);
  assert.ok(relative(fit.peakThroughput ?? NaN, 800) < 1e-6, `ceiling ${fit.peakThroughput}`);
});

test('agrees with SciPy curve_fit on noisy points from 40 random curves', oracleOptions, () => {
  const rnd = random(20240505);
  const cases: UslPoint[][] = [];
  for (let c = 0; c < 40; c++) {
    const truth = { lambda: 50 + rnd() * 2000, sigma: 0.005 + rnd() * 0.3, kappa: 10 ** (-5 + rnd() * 3) };
    const noise = 0.01 + rnd() * 0.05;
    const levels = LEVELS.slice(0, 6 + Math.floor(rnd() * 6));
    cases.push(levels.map((n) => ({ concurrency: n, throughput: uslThroughput(truth, n) * Math.max(0.5, 1 + noise * gaussian(rnd)) })));
  }
  const oracle = scipyFits(cases.map((pts) => ({ n: pts.map((p) => p.concurrency), x: pts.map((p) => p.throughput) })));
  cases.forEach((points, i) => {
    const ours = fitUsl(points);
    const theirs = oracle[i]!;
    const where = `case ${i}: ours ${JSON.stringify({ l: ours.lambda, s: ours.sigma, k: ours.kappa })} scipy ${JSON.stringify(theirs)}`;
    // Never a worse least-squares fit than SciPy's; equal to rounding where both found the minimum.
    assert.ok(sse(points, ours) <= theirs.sse * (1 + 1e-6) + 1e-9, `sum of squares: ${where}`);
    for (const p of points) {
      assert.ok(relative(uslThroughput(ours, p.concurrency), uslThroughput(theirs, p.concurrency)) < 1e-3, `curve: ${where}`);
    }
    assert.ok(relative(ours.lambda, theirs.lambda) < 1e-3, `λ: ${where}`);
    assert.ok(Math.abs(ours.sigma - theirs.sigma) < 1e-3 * Math.max(theirs.sigma, 0.01), `σ: ${where}`);
    assert.ok(Math.abs(ours.kappa - theirs.kappa) < 1e-3 * Math.max(theirs.kappa, 1e-5), `κ: ${where}`);
  });
});

test('warns of a poor fit when throughput does not follow the curve', () => {
  const zigzag = [100, 900, 150, 1000, 120, 950, 200, 880].map((x, i) => ({ concurrency: i + 1, throughput: x }));
  const fit = fitUsl(zigzag);
  assert.ok(fit.rSquared < 0.9, `R² ${fit.rSquared}`);
  assert.ok(
    fit.warnings.some((w) => w.startsWith('poor fit')),
    fit.warnings.join('; '),
  );
});

test('warns when too few concurrency levels were measured, or the peak is far beyond them', () => {
  const truth = { lambda: 1000, sigma: 0.02, kappa: 0.00001 };
  const few = [1, 2, 3].map((n) => ({ concurrency: n, throughput: uslThroughput(truth, n) }));
  const fit = fitUsl(few);
  assert.ok(
    fit.warnings.some((w) => w.includes('3 distinct concurrency levels')),
    fit.warnings.join('; '),
  );
  assert.ok(
    fit.warnings.some((w) => w.includes('extrapolation')),
    fit.warnings.join('; '),
  );
});

test('refuses fewer than three points or a point without a positive concurrency', () => {
  assert.throws(
    () =>
      fitUsl([
        { concurrency: 1, throughput: 10 },
        { concurrency: 2, throughput: 19 },
      ]),
    /at least 3 points, found 2/,
  );
  assert.throws(
    () =>
      fitUsl([
        { concurrency: 0, throughput: 1 },
        { concurrency: 2, throughput: 2 },
        { concurrency: 3, throughput: 3 },
      ]),
    /USL point 0: expected concurrency > 0/,
  );
  assert.throws(
    () =>
      fitUsl([
        { concurrency: 1, throughput: NaN },
        { concurrency: 2, throughput: 2 },
        { concurrency: 3, throughput: 3 },
      ]),
    /found concurrency 1 and throughput NaN/,
  );
});
