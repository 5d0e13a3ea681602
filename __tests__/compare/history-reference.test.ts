// History as the reference distribution (src/compare/history-reference.ts), the process as the unit
// of replication (src/compare/processes.ts), and the words of verdicts across runs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { compare } from '../../src/compare/compare.ts';
import { MAD_EFFICIENCY, predict, predictionP } from '../../src/compare/history-reference.ts';
import { clustered, processLogMedians, processTest } from '../../src/compare/processes.ts';
import type { BenchmarkComparison, Comparison } from '../../src/compare/types.ts';
import type { BenchmarkResult, RunResult } from '../../src/results/model.ts';
import { MISSING, PYTHON, oracleOptions } from '../support/scipy.ts';
import { gaussian, seededRandom as random } from '../../src/stats/random.ts';

const gauss = (rnd: () => number): number => gaussian(rnd);

let ids = 0;
function run(benchmarks: BenchmarkResult[]): RunResult {
  ids++;
  return {
    format: 'benchgate/results',
    version: 1,
    suite: 'history',
    run: {
      id: `run-${ids}`,
      time: new Date(Date.UTC(2026, 0, 1, 0, ids)).toISOString(),
      tool: 'custom',
      env: { node: 'v24', os: 'linux', arch: 'x64', cpu: 'x', cores: 2 },
    },
    benchmarks,
  };
}

const NAMES = Array.from({ length: 20 }, (_, i) => `b${String(i).padStart(2, '0')}`);

/**
 * One run of a machine whose whole runs move by `level` (log sd) and each benchmark by `own`
 * against the rest: one value per benchmark (github-action-benchmark's custom JSON), or
 * `samples` samples of one process spread by `within`.
 */
function machineRun(rnd: () => number, o: { level: number; own: number; samples?: number; within?: number; factor?: (name: string) => number }): RunResult {
  const shift = o.level * gauss(rnd);
  return run(
    NAMES.map((name, i) => {
      const value = (100 + 50 * i) * Math.exp(shift + o.own * gauss(rnd)) * (o.factor?.(name) ?? 1);
      const n = o.samples ?? 1;
      return { name, unit: 'ns', direction: 'smaller', samples: Array.from({ length: n }, () => value * Math.exp((o.within ?? 0) * gauss(rnd))) };
    }),
  );
}

function judged(head: RunResult, stored: RunResult[]): Comparison {
  return compare(head, stored[0], stored.slice(1));
}

function only(c: Comparison, name: string): BenchmarkComparison {
  const b = c.benchmarks.find((x) => x.name === name);
  assert.ok(b, name);
  return b;
}

test('with 10 stored runs, one benchmark 3× slower in single-value data fails the check in at least 90% of trials', () => {
  let failed = 0;
  let caught = 0;
  const trials = 60;
  for (let t = 0; t < trials; t++) {
    const rnd = random(1000 + t);
    const stored = Array.from({ length: 10 }, () => machineRun(rnd, { level: 0.25, own: 0.05 }));
    const victim = NAMES[t % NAMES.length]!;
    const c = judged(machineRun(rnd, { level: 0.25, own: 0.05, factor: (n) => (n === victim ? 3 : 1) }), stored);
    if (c.counts.regression > 0) failed++;
    if (only(c, victim).verdict === 'regression') caught++;
  }
  assert.ok(failed >= 0.9 * trials, `failed ${failed} of ${trials}`);
  assert.ok(caught >= 0.9 * trials, `the slowed benchmark flagged ${caught} of ${trials}`);
});

test('with 10 stored runs, unchanged single-value data is flagged on at most 1% of benchmarks', () => {
  let flagged = 0;
  let total = 0;
  for (let t = 0; t < 100; t++) {
    const rnd = random(5000 + t);
    const stored = Array.from({ length: 10 }, () => machineRun(rnd, { level: 0.25, own: 0.05 }));
    const c = judged(machineRun(rnd, { level: 0.25, own: 0.05 }), stored);
    flagged += c.counts.regression + c.counts.improvement;
    total += c.benchmarks.length;
  }
  assert.ok(flagged <= 0.01 * total, `${flagged} of ${total}`);
});

test('one-process files: a tight spread inside each file never stands in for the spread between runs', () => {
  // Rounds of one process agree to 0.2%; whole runs move by 10% and benchmarks by 5% against each other.
  let flagged = 0;
  let total = 0;
  for (let t = 0; t < 60; t++) {
    const rnd = random(9000 + t);
    const shape = { level: 0.1, own: 0.05, samples: 10, within: 0.002 };
    const stored = Array.from({ length: 10 }, () => machineRun(rnd, shape));
    const c = judged(machineRun(rnd, shape), stored);
    flagged += c.counts.regression + c.counts.improvement;
    total += c.benchmarks.length;
    for (const b of c.benchmarks)
      assert.ok(b.runNoise! > 2 * 0.002, `${b.name}: judged against ${b.runNoise}, the spread between runs, not the 0.2% inside a file`);
  }
  assert.ok(flagged <= 0.01 * total, `${flagged} of ${total}`);
});

test('before 5 stored runs, a single value says how many more runs would let the history decide', () => {
  const rnd = random(77);
  const stored = Array.from({ length: 3 }, () => machineRun(rnd, { level: 0.25, own: 0.05 }));
  const c = judged(machineRun(rnd, { level: 0.25, own: 0.05, factor: (n) => (n === 'b03' ? 3 : 1) }), stored);
  const b = only(c, 'b03');
  assert.equal(b.verdict, 'inconclusive');
  assert.match(b.reason, /What would decide it: 2 more stored runs of the baseline branch .*`measure: instructions`/);
});

test('the history judges the head against the median of the window, and says the noise was measured and from how many runs', () => {
  const rnd = random(78);
  const stored = Array.from({ length: 12 }, () => machineRun(rnd, { level: 0.25, own: 0.05 }));
  const c = judged(machineRun(rnd, { level: 0.25, own: 0.05, factor: (n) => (n === 'b07' ? 3 : 1) }), stored);
  const b = only(c, 'b07');
  assert.equal(b.verdict, 'regression', b.reason);
  assert.equal(b.runNoiseSource, 'history');
  assert.equal(b.reference!.runs, 12);
  assert.ok(Math.abs(b.change! - 2) < 0.4, `change ${b.change}`);
  assert.match(b.reason, /against the median of 12 stored runs/);
  assert.equal(c.historyRuns, 12);
});

test('a move the stored runs have already shown is not flagged, however narrow their typical spread; a 3× one is', () => {
  // Ten stored runs of single values: 'jumpy' sits within ±1.5% of 100 but once read 125 (the heavy
  // tail real runs have); the others hold still. A head at 124 is far outside the typical spread,
  // yet no further than the window itself has gone.
  const wobble = [1, 1.01, 0.99, 1.015, 0.985, 1.005, 0.995, 1.012, 0.988, 1];
  const single = (values: Record<string, number>): RunResult =>
    run(Object.entries(values).map(([name, v]): BenchmarkResult => ({ name, unit: 'ns/op', direction: 'smaller', samples: [v] })));
  const steady = (i: number) => ({
    b: 200 * wobble[(i + 3) % 10]!,
    c: 300 * wobble[(i + 5) % 10]!,
    d: 400 * wobble[(i + 7) % 10]!,
    e: 500 * wobble[(i + 1) % 10]!,
  });
  const stored = wobble.map((w, i) => single({ jumpy: i === 4 ? 125 : 100 * w, ...steady(i) })).reverse();
  const [baseline, ...history] = stored;
  const judged = (jumpy: number) => compare(single({ jumpy, ...steady(2) }), baseline!, history).benchmarks.find((b) => b.name === 'jumpy')!;
  const seenBefore = judged(124);
  assert.equal(seenBefore.verdict, 'inconclusive', seenBefore.reason);
  assert.match(seenBefore.reason, /within 5% of the highest of its 10 stored runs: it has moved this far before/);
  const tripled = judged(300);
  assert.equal(tripled.verdict, 'regression', tripled.reason);
});

test('identical files are unchanged, benchmark by benchmark, whatever noise is assumed', () => {
  const rnd = random(79);
  const file = machineRun(rnd, { level: 0.25, own: 0.05, samples: 10, within: 0.05 });
  for (const c of [compare(file, file, []), compare(file, structuredClone(file), [], { defaultCommonNoise: 2 })]) {
    for (const b of c.benchmarks) {
      assert.equal(b.verdict, 'unchanged', b.reason);
      assert.equal(b.reason, 'Identical samples in head and the baseline.');
    }
  }
});

test('benchmarks with identical samples still count in the common shift, so the one that moved stands out', () => {
  // Five benchmarks copied from the baseline and one 30% slower: against the five that stood
  // still the move is its own, not the machine's, and no assumed whole-run noise hides it.
  const wobble = [1, 1.01, 0.99, 1.005, 0.995, 1.002, 0.998, 1.008, 0.992, 1];
  const bench = (name: string, centre: number): BenchmarkResult => ({ name, unit: 'ns/op', direction: 'smaller', samples: wobble.map((w) => centre * w) });
  const still = ['render', 'lex', 'sort', 'hash', 'encode'].map((name, i) => bench(name, 300 * (i + 1)));
  const c = compare(run([bench('parse', 130), ...still]), run([bench('parse', 100), ...still]), [], { defaultCommonNoise: 0.4 });
  const parse = c.benchmarks.find((b) => b.name === 'parse')!;
  assert.equal(parse.verdict, 'regression', parse.reason);
  for (const b of c.benchmarks.filter((b) => b.name !== 'parse')) assert.equal(b.verdict, 'unchanged', b.reason);
});

test('an interval inside ±threshold is unchanged even when the noise is assumed, and says it was assumed', () => {
  const rnd = random(80);
  const base = machineRun(rnd, { level: 0, own: 0, samples: 20, within: 0.002 });
  const head = machineRun(rnd, { level: 0, own: 0, samples: 20, within: 0.002 });
  const c = compare(head, base, [], { defaultRunNoise: 0.005, defaultCommonNoise: 0.01 });
  for (const b of c.benchmarks) {
    assert.ok(b.ci![0] > -0.05 && b.ci![1] < 0.05, `${b.name} ${b.ci}`);
    assert.equal(b.verdict, 'unchanged', b.reason);
  }
});

test('inconclusive with no history says the noise was assumed and what would decide it', () => {
  const rnd = random(81);
  const base = run([{ name: 'x', unit: 'ns', direction: 'smaller', samples: Array.from({ length: 10 }, () => 100 * Math.exp(0.01 * gauss(rnd))) }]);
  const head = run([{ name: 'x', unit: 'ns', direction: 'smaller', samples: Array.from({ length: 10 }, () => 103 * Math.exp(0.01 * gauss(rnd))) }]);
  const b = only(compare(head, base, []), 'x');
  assert.equal(b.verdict, 'inconclusive');
  assert.match(b.reason, /\(assumed: no stored run has measured it yet\)/);
  assert.match(b.reason, /What would decide it: 4 more stored runs of the baseline branch .*, `measure: instructions` or `benchgate ab`/);
});

test('the robust prediction widens for a short history as a MAD of n normal values demands', () => {
  // Monte Carlo: normal reference of 10 values and one more; at a Holm-like level of 0.0025 the
  // interval must hold. With ν = n − 1 (as if the MAD were a standard deviation) it fails 6× too often.
  const rnd = random(82);
  let misses = 0;
  const trials = 20_000;
  for (let t = 0; t < trials; t++) {
    const values = Array.from({ length: 10 }, () => gauss(rnd));
    const p = predict(values);
    if (predictionP(p, gauss(rnd) - p.centre) < 0.0025) misses++;
  }
  assert.ok(misses / trials < 0.005, `${misses} of ${trials}`);
  assert.equal(predict(Array.from({ length: 10 }, (_, i) => i)).df, MAD_EFFICIENCY * 9);
});

test('the prediction matches SciPy: normal-consistent MAD, and the t tail with 0.37·(n − 1) degrees of freedom', oracleOptions, () => {
  if (!PYTHON) assert.fail(MISSING);
  const rnd = random(83);
  const cases = Array.from({ length: 30 }, (_, k) => {
    const values = Array.from({ length: 5 + (k % 20) }, () => Math.exp(0.3 * gauss(rnd)));
    return { values, x: 0.5 * gauss(rnd) };
  });
  const script = `
import json, sys, numpy as np
from scipy import stats
out = []
for c in json.load(sys.stdin):
    v = np.array(c['values']); n = len(v)
    med = float(np.median(v)); s = float(stats.median_abs_deviation(v, scale='normal'))
    se = s * np.sqrt(1 + np.pi / (2 * n))
    out.append({'centre': med, 'scale': s, 'p': float(2 * stats.t.sf(abs(c['x'] - med) / se, 0.37 * (n - 1)))})
print(json.dumps(out))`;
  const expected = JSON.parse(execFileSync(PYTHON, ['-c', script], { input: JSON.stringify(cases), encoding: 'utf8' })) as {
    centre: number;
    scale: number;
    p: number;
  }[];
  cases.forEach((c, i) => {
    const p = predict(c.values);
    const e = expected[i]!;
    assert.ok(Math.abs(p.centre - e.centre) < 1e-12, `centre ${i}`);
    assert.ok(Math.abs(p.scale - e.scale) < 1e-12 * Math.max(1, e.scale), `scale ${i}: ${p.scale} vs ${e.scale}`);
    const mine = predictionP(p, c.x - p.centre);
    assert.ok(Math.abs(mine - e.p) < 1e-9 * Math.max(1e-3, e.p), `p ${i}: ${mine} vs ${e.p}`);
  });
});

test('when processes differ more than rounds, runs measured apart are tested on process medians, not rounds', () => {
  // Four processes a side; rounds agree to 0.3%, processes differ by several percent (JIT luck).
  const rnd = random(84);
  const side = (offsets: number[]): BenchmarkResult => ({
    name: 'jit',
    unit: 'ns',
    direction: 'smaller',
    samples: offsets.flatMap((o) => Array.from({ length: 5 }, () => 100 * o * Math.exp(0.003 * gauss(rnd)))),
    processes: offsets.flatMap((_, p) => Array.from({ length: 5 }, () => p)),
  });
  const base = run([side([1, 1.1, 0.92, 1.06])]);
  const head = run([side([1.12, 1.04, 1.15, 0.98])]);
  const quiet = { defaultRunNoise: 0, defaultCommonNoise: 0 };
  const b = only(compare(head, base, [], quiet), 'jit');
  assert.notEqual(b.verdict, 'regression', b.reason);
  assert.match(b.reason, /counts processes \(4 and 4\), not rounds/);
  // Without the labels the 20 rounds a side look like 20 independent samples, and the same data is a regression.
  const strip = (r: RunResult): RunResult => ({ ...r, benchmarks: r.benchmarks.map(({ processes: _p, ...rest }) => rest) });
  assert.equal(only(compare(strip(head), strip(base), [], quiet), 'jit').verdict, 'regression');
});

test('the process test matches SciPy: a pooled two-sample t-test on the log process medians', oracleOptions, () => {
  if (!PYTHON) assert.fail(MISSING);
  const base = processLogMedians([1, 1.01, 1.1, 1.11, 0.92, 0.93], [0, 0, 1, 1, 2, 2])!;
  const head = processLogMedians([1.12, 1.13, 1.04, 1.05, 1.15, 1.16, 0.98, 0.99], [0, 0, 1, 1, 2, 2, 3, 3])!;
  assert.ok(clustered(base) && clustered(head));
  const t = processTest(base.medians, head.medians, 0.95);
  const script = `
import json, sys
from scipy import stats
d = json.load(sys.stdin)
import numpy as np
h, b = np.array(d['h']), np.array(d['b'])
r = stats.ttest_ind(h, b, equal_var=True)
df = len(h) + len(b) - 2
se = (h.mean() - b.mean()) / r.statistic
q = stats.t.ppf(0.975, df)
print(json.dumps({'p': float(r.pvalue), 'lo': float(h.mean() - b.mean() - q * se), 'hi': float(h.mean() - b.mean() + q * se)}))`;
  const e = JSON.parse(execFileSync(PYTHON, ['-c', script], { input: JSON.stringify({ b: base.medians, h: head.medians }), encoding: 'utf8' })) as {
    p: number;
    lo: number;
    hi: number;
  };
  assert.ok(Math.abs(t.pValue - e.p) < 1e-9, `${t.pValue} vs ${e.p}`);
  assert.ok(Math.abs(t.lower - e.lo) < 1e-9 && Math.abs(t.upper - e.hi) < 1e-9, `${t.lower}..${t.upper} vs ${e.lo}..${e.hi}`);
});
