// Gunther's Universal Scalability Law fitted to measured (concurrency, throughput) points:
//   X(N) = λN / (1 + σ(N−1) + κN(N−1))
// σ is contention (serialised work), κ coherency (crosstalk that makes throughput fall past a peak),
// λ the throughput of one unit of concurrency. Pure: no I/O, no clocks.

export interface UslPoint {
  /** Mean number of operations in flight (Little's law: throughput × mean latency). */
  concurrency: number;
  /** Completed operations per second at that concurrency. */
  throughput: number;
}

export interface UslFit {
  /** Contention, ≥ 0. */
  sigma: number;
  /** Coherency, ≥ 0. */
  kappa: number;
  /** Throughput at concurrency 1, ops/s. */
  lambda: number;
  /** N* = sqrt((1−σ)/κ): the concurrency of the highest throughput. Absent when κ is 0 (no peak, only a ceiling). */
  peakConcurrency?: number;
  /** X(N*) when there is a peak; λ/σ, the ceiling approached but never reached, when κ is 0 and σ > 0. */
  peakThroughput?: number;
  /** Share of the throughput's variance the curve explains. */
  rSquared: number;
  /** Points the fit used. */
  points: number;
  /** Why the fit should not be trusted, in plain words; empty when it can be. */
  warnings: string[];
}

/** Three parameters need at least three points; fewer cannot be fitted at all. */
export const MIN_USL_POINTS = 3;

/** Below this R², the curve explains too little of the measurements to predict a peak from. */
export const POOR_FIT_R_SQUARED = 0.9;

/** A predicted peak further than this multiple beyond the largest measured concurrency is a guess. */
const EXTRAPOLATION_LIMIT = 2;

interface Params {
  lambda: number;
  sigma: number;
  kappa: number;
}

/** The curve itself: predicted throughput at concurrency `n`. */
export function uslThroughput(fit: Pick<UslFit, 'lambda' | 'sigma' | 'kappa'>, n: number): number {
  return (fit.lambda * n) / (1 + fit.sigma * (n - 1) + fit.kappa * n * (n - 1));
}

function sse(points: readonly UslPoint[], p: Params): number {
  let sum = 0;
  for (const { concurrency, throughput } of points) {
    const r = throughput - uslThroughput(p, concurrency);
    sum += r * r;
  }
  return sum;
}

// For fixed σ and κ the model is linear in λ, so the best λ has a closed form; searching only σ and κ
// (variable projection) gives a starting point that does not depend on a guess of λ.
function bestLambda(points: readonly UslPoint[], sigma: number, kappa: number): number {
  let xf = 0;
  let ff = 0;
  for (const { concurrency: n, throughput: x } of points) {
    const f = n / (1 + sigma * (n - 1) + kappa * n * (n - 1));
    xf += x * f;
    ff += f * f;
  }
  return ff > 0 ? Math.max(xf / ff, 0) : 0;
}

function gridStart(points: readonly UslPoint[]): Params {
  const sigmas = [0];
  const kappas = [0];
  for (let e = -5; e <= 0; e += 0.25) sigmas.push(10 ** e);
  for (let e = -8; e <= 0; e += 0.25) kappas.push(10 ** e);
  let best: Params = { lambda: bestLambda(points, 0, 0), sigma: 0, kappa: 0 };
  let bestSse = sse(points, best);
  for (const sigma of sigmas) {
    for (const kappa of kappas) {
      const candidate = { lambda: bestLambda(points, sigma, kappa), sigma, kappa };
      const s = sse(points, candidate);
      if (s < bestSse) {
        best = candidate;
        bestSse = s;
      }
    }
  }
  return best;
}

/** Solve a small dense system A x = b by Gaussian elimination with partial pivoting; undefined when singular. */
function solve(a: number[][], b: number[]): number[] | undefined {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    }
    if (Math.abs(m[pivot]![col]!) < 1e-300) return undefined;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const top = m[col]!;
    for (let r = col + 1; r < n; r++) {
      const row = m[r]!;
      const factor = row[col]! / top[col]!;
      for (let c = col; c <= n; c++) row[c] = row[c]! - factor * top[c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r]!;
    let sum = row[n]!;
    for (let c = r + 1; c < n; c++) sum -= row[c]! * x[c]!;
    x[r] = sum / row[r]!;
  }
  return x;
}

// Levenberg-Marquardt with Marquardt's scaling (damping proportional to diag(JᵀJ)), so λ in the
// hundreds and κ near 1e-5 move on their own scales; σ and κ are kept at or above zero by projection.
function levenbergMarquardt(points: readonly UslPoint[], start: Params): Params {
  let p = start;
  let current = sse(points, p);
  let damping = 1e-3;
  for (let iteration = 0; iteration < 500; iteration++) {
    const jtj = [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ];
    const jtr = [0, 0, 0];
    for (const { concurrency: n, throughput: x } of points) {
      const d = 1 + p.sigma * (n - 1) + p.kappa * n * (n - 1);
      const predicted = (p.lambda * n) / d;
      const grad = [n / d, (-p.lambda * n * (n - 1)) / (d * d), (-p.lambda * n * n * (n - 1)) / (d * d)];
      const r = x - predicted;
      for (let i = 0; i < 3; i++) {
        jtr[i]! += grad[i]! * r;
        for (let j = 0; j < 3; j++) jtj[i]![j]! += grad[i]! * grad[j]!;
      }
    }
    // A parameter resting on its bound whose gradient points outwards is held there (an active set),
    // so the other two can still move; projection alone would stall the whole step.
    const values = [p.lambda, p.sigma, p.kappa];
    const free = [0, 1, 2].filter((i) => i === 0 || values[i]! > 0 || jtr[i]! > 0);
    let improved = false;
    while (damping < 1e12) {
      const a = free.map((i) => free.map((j) => (i === j ? jtj[i]![j]! * (1 + damping) + 1e-300 : jtj[i]![j]!)));
      const reduced = solve(
        a,
        free.map((i) => jtr[i]!),
      );
      if (reduced === undefined) {
        damping *= 10;
        continue;
      }
      const step = [0, 0, 0];
      free.forEach((i, k) => (step[i] = reduced[k]!));
      const next: Params = {
        lambda: Math.max(p.lambda + step[0]!, 1e-12),
        sigma: Math.max(p.sigma + step[1]!, 0),
        kappa: Math.max(p.kappa + step[2]!, 0),
      };
      const nextSse = sse(points, next);
      if (Number.isFinite(nextSse) && nextSse < current) {
        const gain = (current - nextSse) / Math.max(current, 1e-300);
        p = next;
        current = nextSse;
        damping = Math.max(damping / 10, 1e-12);
        improved = true;
        if (gain < 1e-15) return p;
        break;
      }
      damping *= 10;
    }
    if (!improved) return p;
  }
  return p;
}

// A σ or κ left at 1e-19 by rounding would predict a peak at a billion users; below what can change
// the curve anywhere in the measured range by a part in a billion, it is zero.
function snapToZero(points: readonly UslPoint[], p: Params): Params {
  const largest = Math.max(...points.map((q) => q.concurrency));
  const d = 1 + p.sigma * (largest - 1) + p.kappa * largest * (largest - 1);
  return {
    lambda: p.lambda,
    sigma: p.sigma * (largest - 1) < 1e-9 * d ? 0 : p.sigma,
    kappa: p.kappa * largest * (largest - 1) < 1e-9 * d ? 0 : p.kappa,
  };
}

function checkPoints(points: readonly UslPoint[]): void {
  points.forEach((point, i) => {
    const { concurrency, throughput } = point;
    if (!Number.isFinite(concurrency) || concurrency <= 0 || !Number.isFinite(throughput) || throughput < 0) {
      throw new RangeError(`USL point ${i}: expected concurrency > 0 and throughput ≥ 0, found concurrency ${concurrency} and throughput ${throughput}`);
    }
  });
  if (points.length < MIN_USL_POINTS) {
    throw new RangeError(`USL fit: expected at least ${MIN_USL_POINTS} points, found ${points.length}`);
  }
}

function rSquared(points: readonly UslPoint[], p: Params): number {
  const mean = points.reduce((s, q) => s + q.throughput, 0) / points.length;
  const total = points.reduce((s, q) => s + (q.throughput - mean) ** 2, 0);
  const residual = sse(points, p);
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}

function peakOf(p: Params): Pick<UslFit, 'peakConcurrency' | 'peakThroughput'> {
  if (p.kappa > 0) {
    const peakConcurrency = Math.max(1, Math.sqrt(Math.max(1 - p.sigma, 0) / p.kappa));
    return { peakConcurrency, peakThroughput: uslThroughput(p, peakConcurrency) };
  }
  if (p.sigma > 0) return { peakThroughput: p.lambda / p.sigma };
  return {};
}

function warningsFor(points: readonly UslPoint[], fit: Omit<UslFit, 'warnings'>): string[] {
  const warnings: string[] = [];
  const levels = new Set(points.map((q) => q.concurrency.toPrecision(3))).size;
  if (levels < 4) {
    warnings.push(`only ${levels} distinct concurrency levels were measured; three parameters need more to be trusted`);
  }
  if (fit.rSquared < POOR_FIT_R_SQUARED) {
    warnings.push(
      `poor fit: the curve explains ${(Math.max(fit.rSquared, 0) * 100).toFixed(0)}% of the throughput's variation (R² ${fit.rSquared.toFixed(2)}, want ≥ ${POOR_FIT_R_SQUARED})`,
    );
  }
  const largest = Math.max(...points.map((q) => q.concurrency));
  if (fit.peakConcurrency !== undefined && fit.peakConcurrency > EXTRAPOLATION_LIMIT * largest) {
    warnings.push(
      `the predicted peak at concurrency ${fit.peakConcurrency.toPrecision(3)} lies far beyond the largest measured (${largest.toPrecision(3)}); it is an extrapolation`,
    );
  }
  return warnings;
}

/**
 * Fit the Universal Scalability Law to measured points by least squares on throughput
 * (a grid over σ and κ for the start, then Levenberg-Marquardt), with σ, κ ≥ 0.
 * Throws RangeError on fewer than three points or a point that is not a positive concurrency
 * with a non-negative throughput.
 */
export function fitUsl(points: readonly UslPoint[]): UslFit {
  checkPoints(points);
  const p = snapToZero(points, levenbergMarquardt(points, gridStart(points)));
  const base = { sigma: p.sigma, kappa: p.kappa, lambda: p.lambda, ...peakOf(p), rSquared: rSquared(points, p), points: points.length };
  return { ...base, warnings: warningsFor(points, base) };
}
