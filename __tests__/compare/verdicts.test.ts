import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare, DEFAULT_COMPARE_OPTIONS } from '../../src/compare/compare.ts';
import type { BenchmarkComparison, CompareOptions, Comparison } from '../../src/compare/types.ts';
import { UsageError } from '../../src/errors.ts';
import type { BenchmarkResult, RunResult } from '../../src/results/model.ts';
import { gaussian, seededRandom as random } from '../../src/stats/random.ts';

/** Log-normal samples around `median` with relative spread `cv`, reproducible from `seed`. */
function samples(median: number, cv: number, n = 30, seed = 1): number[] {
  const rnd = random(seed);
  return Array.from({ length: n }, () => median * Math.exp(cv * gaussian(rnd)));
}

let runs = 0;
function run(benchmarks: BenchmarkResult[], suite = 'micro'): RunResult {
  runs++;
  return {
    format: 'benchgate/results',
    version: 1,
    suite,
    run: {
      id: `run-${runs}`,
      time: new Date(Date.UTC(2025, 0, 1, 0, runs)).toISOString(),
      tool: 'benchgate',
      env: { node: 'v24.0.0', os: 'linux 6.1', arch: 'x64', cpu: 'test', cores: 2 },
    },
    benchmarks,
  };
}

function bench(name: string, values: number[], extra: Partial<BenchmarkResult> = {}): BenchmarkResult {
  return { name, unit: 'ns', direction: 'smaller', samples: values, ...extra };
}

function only(c: Comparison, name: string): BenchmarkComparison {
  const found = c.benchmarks.find((b) => b.name === name);
  assert.ok(found, `no comparison for ${name}`);
  return found;
}

const sameRun: Partial<CompareOptions> = { pairing: 'same-run' };

test('flags a 10% slowdown measured in one run as a regression', () => {
  const base = run([bench('parse', samples(100, 0.02, 30, 1))]);
  const head = run([bench('parse', samples(110, 0.02, 30, 2))]);
  const b = only(compare(head, base, [], sameRun), 'parse');
  assert.equal(b.verdict, 'regression');
  assert.ok(Math.abs(b.change! - 0.1) < 0.02, `change ${b.change}`);
  assert.ok(b.ci![0] > 0.05 && b.ci![0] < b.change! && b.change! < b.ci![1], `ci ${b.ci}`);
  assert.ok(b.pValue! < 1e-6 && b.adjustedP! < 1e-6);
  assert.match(b.reason, /^Up 1\d\.\d% \(95% CI \+\d+(\.\d)?% to \+\d+(\.\d)?%\), significant \(adjusted p < 0\.001\) and beyond the 5% threshold\.$/);
  assert.equal(b.runNoise, undefined, 'same-run comparisons use no between-run noise');
});

test('calls an A/A pair unchanged', () => {
  const base = run([bench('parse', samples(100, 0.03, 30, 3))]);
  const head = run([bench('parse', samples(100, 0.03, 30, 4))]);
  const b = only(compare(head, base, [], sameRun), 'parse');
  assert.equal(b.verdict, 'unchanged');
  assert.ok(Math.abs(b.change!) < 0.03);
  assert.ok(b.ci![0] < 0 && b.ci![1] > 0, `ci ${b.ci}`);
  assert.match(b.reason, /^No significant change: [+-]?\d/);
});

test('flags no benchmark of a 200-benchmark A/A comparison', () => {
  const names = Array.from({ length: 200 }, (_, i) => `b${i}`);
  const base = run(names.map((n, i) => bench(n, samples(50 + i, 0.05, 20, 1000 + i))));
  const head = run(names.map((n, i) => bench(n, samples(50 + i, 0.05, 20, 5000 + i))));
  for (const pairing of ['same-run', 'separate-runs'] as const) {
    const c = compare(head, base, [], { pairing });
    assert.equal(c.counts.regression + c.counts.improvement, 0, `${pairing}: ${JSON.stringify(c.counts)}`);
    if (pairing === 'same-run') assert.equal(c.commonShift, undefined);
    else assert.ok(c.commonShift!.explainedByNoise && c.commonShift!.share < 0.8 && Math.abs(c.commonShift!.change) < 0.01, JSON.stringify(c.commonShift));
    assert.ok(Math.abs(c.geomean!.change) < 0.01 && c.geomean!.ci![0] < 0 && c.geomean!.ci![1] > 0, JSON.stringify(c.geomean));
  }
});

test('treats a benchmark where bigger is better with the signs flipped', () => {
  const base = run([
    bench('throughput down', samples(1000, 0.02, 30, 5), { unit: 'ops/s', direction: 'bigger' }),
    bench('throughput up', samples(1000, 0.02, 30, 6), { unit: 'ops/s', direction: 'bigger' }),
    bench('time down', samples(1000, 0.02, 30, 7)),
  ]);
  const head = run([
    bench('throughput down', samples(800, 0.02, 30, 8), { unit: 'ops/s', direction: 'bigger' }),
    bench('throughput up', samples(1200, 0.02, 30, 9), { unit: 'ops/s', direction: 'bigger' }),
    bench('time down', samples(800, 0.02, 30, 10)),
  ]);
  const c = compare(head, base, [], sameRun);
  assert.equal(only(c, 'throughput down').verdict, 'regression');
  assert.ok(only(c, 'throughput down').change! < -0.15);
  assert.match(only(c, 'throughput down').reason, /^Down 2\d/);
  assert.equal(only(c, 'throughput up').verdict, 'improvement');
  assert.equal(only(c, 'time down').verdict, 'improvement');
  assert.equal(only(c, 'time down').direction, 'smaller');
});

test('calls a benchmark with a very wide interval too noisy to tell, naming the spread', () => {
  const base = run([bench('io', samples(100, 0.3, 30, 11))]);
  const head = run([bench('io', samples(104, 0.3, 30, 12))]);
  const b = only(compare(head, base, [], sameRun), 'io');
  assert.equal(b.verdict, 'inconclusive');
  assert.ok((b.ci![1] - b.ci![0]) / 2 > 2 * DEFAULT_COMPARE_OPTIONS.threshold, `ci ${b.ci}`);
  assert.match(b.reason, /^Too noisy to tell: .*samples vary by ±\d+(\.\d)?% within the run\. What would decide it: more samples .*\.$/);
});

test('calls a change beyond the threshold that is not significant inconclusive rather than unchanged', () => {
  // 8 samples a side with 6% spread: a +7% shift is visible but not significant after correction.
  const base = run([bench('render', samples(100, 0.06, 8, 13)), ...Array.from({ length: 9 }, (_, i) => bench(`other${i}`, samples(10, 0.01, 8, 40 + i)))]);
  const head = run([bench('render', samples(107, 0.06, 8, 14)), ...Array.from({ length: 9 }, (_, i) => bench(`other${i}`, samples(10, 0.01, 8, 60 + i)))]);
  const b = only(compare(head, base, [], sameRun), 'render');
  assert.ok(Math.abs(b.change!) >= 0.05, `change ${b.change}`);
  assert.ok(b.adjustedP! >= 0.05, `adjusted p ${b.adjustedP}`);
  assert.equal(b.verdict, 'inconclusive');
  assert.match(b.reason, /not significant|Too noisy/);
});

test('calls a significant change below the threshold a small change, not unchanged, saying it is within the threshold', () => {
  const base = run([bench('hash', samples(100, 0.005, 40, 15))]);
  const head = run([bench('hash', samples(102, 0.005, 40, 16))]);
  const b = only(compare(head, base, [], sameRun), 'hash');
  assert.ok(b.adjustedP! < 0.001);
  assert.equal(b.verdict, 'small-change');
  assert.match(b.reason, /significant, but within the 5% threshold/);
});

test('reports new, missing and failed benchmarks without testing them', () => {
  const base = run([bench('kept', samples(10, 0.01, 10, 17)), bench('removed', samples(10, 0.01, 10, 18)), bench('broken in base', [], { error: 'Timeout' })]);
  const head = run([
    bench('kept', samples(10, 0.01, 10, 19)),
    bench('added', samples(10, 0.01, 10, 20)),
    bench('crashes', [], { error: 'TypeError: x is undefined\n    at parse (src/parse.js:10:3)\n    at run (src/run.js:2:1)' }),
    bench('broken in base', samples(10, 0.01, 10, 21)),
  ]);
  const c = compare(head, base, [], sameRun);
  assert.equal(only(c, 'added').verdict, 'new');
  assert.equal(only(c, 'added').head?.n, 10);
  assert.equal(only(c, 'removed').verdict, 'missing');
  assert.equal(only(c, 'removed').baseline?.n, 10);
  assert.equal(only(c, 'crashes').verdict, 'error');
  assert.equal(only(c, 'crashes').reason, 'Failed in head: TypeError: x is undefined', 'the first line of the error, not the stack');
  assert.equal(only(c, 'crashes').pValue, undefined);
  assert.equal(only(c, 'broken in base').verdict, 'inconclusive');
  assert.match(only(c, 'broken in base').reason, /failed in the baseline run \(Timeout\)/);
  assert.deepEqual(
    c.benchmarks.map((b) => b.name),
    ['kept', 'added', 'crashes', 'broken in base', 'removed'],
  );
  assert.deepEqual(c.counts, { regression: 0, improvement: 0, 'small-change': 0, unchanged: 1, inconclusive: 1, new: 1, missing: 1, error: 1 });
});

test('calls every benchmark new when there is no baseline yet', () => {
  const head = run([bench('a', samples(1, 0.1, 10, 22)), bench('b', [], { error: 'boom' })]);
  const c = compare(head, undefined, []);
  assert.deepEqual(
    c.benchmarks.map((b) => b.verdict),
    ['new', 'error'],
  );
  assert.equal(c.baseline, undefined);
  assert.equal(c.geomean, undefined);
  assert.equal(c.historyRuns, 0);
});

test('says how many samples are missing when a side has fewer than minSamples', () => {
  const base = run([bench('few', samples(10, 0.01, 3, 23)), bench('both', samples(10, 0.01, 2, 24))]);
  const head = run([bench('few', samples(10, 0.01, 12, 25)), bench('both', samples(10, 0.01, 4, 26))]);
  const c = compare(head, base, []);
  assert.equal(only(c, 'few').verdict, 'inconclusive');
  // And what would decide it: the history that makes one value per run enough (the baseline run is its first run).
  const decides =
    ' What would decide it: 4 more stored runs of the baseline branch (its history then is the reference), `measure: instructions` or `benchgate ab` (both sides in alternating rounds of one run).';
  assert.equal(only(c, 'few').reason, `Too few samples: 3 in the baseline; at least 5 are needed.${decides}`);
  assert.equal(only(c, 'both').reason, `Too few samples: 2 in the baseline and 4 in head; at least 5 are needed.${decides}`);
  assert.equal(only(c, 'few').pValue, undefined);
});

test('cannot bound the change when minSamples allows too few samples for the confidence level', () => {
  const base = run([bench('tiny', [10, 11])]);
  const head = run([bench('tiny', [20, 21])]);
  const b = only(compare(head, base, [], { ...sameRun, minSamples: 2 }), 'tiny');
  assert.equal(b.verdict, 'inconclusive');
  assert.match(b.reason, /Too few samples for a 95% interval/);
  assert.equal(b.ci, undefined);
});

test('does not compare numbers when the unit changed to an unrelated one, and names both units', () => {
  const base = run([
    bench('op', samples(100, 0.01, 10, 27), { unit: 'ns/op' }),
    bench('rate', samples(100, 0.01, 10, 28), { unit: 'ops/s', direction: 'bigger' }),
  ]);
  const head = run([
    bench('op', samples(0.0001, 0.01, 10, 29), { unit: 'ms' }),
    bench('rate', samples(100, 0.01, 10, 30), { unit: 'ms', direction: 'bigger' }),
  ]);
  const c = compare(head, base, [], sameRun);
  assert.equal(only(c, 'op').verdict, 'inconclusive');
  assert.match(only(c, 'op').reason, /'ns\/op'.*'ms'/);
  assert.equal(only(c, 'op').change, undefined);
  assert.match(only(c, 'rate').reason, /'ops\/s'.*'ms'/);
});

test('converts between known time units and compares in the head unit', () => {
  const base = run([bench('parse', samples(0.1, 0.01, 20, 31), { unit: 'ms' }), bench('same', samples(2, 0.01, 20, 32), { unit: 'µs/op' })]);
  const head = run([bench('parse', samples(130_000, 0.01, 20, 33), { unit: 'ns' }), bench('same', samples(2000, 0.01, 20, 34), { unit: 'ns/op' })]);
  const c = compare(head, base, [], sameRun);
  const parse = only(c, 'parse');
  assert.equal(parse.verdict, 'regression');
  assert.equal(parse.unit, 'ns');
  assert.ok(Math.abs(parse.baseline!.median - 100_000) < 2000, `baseline median in ns: ${parse.baseline!.median}`);
  assert.ok(Math.abs(parse.change! - 0.3) < 0.02);
  assert.match(parse.reason, /Baseline converted from ms to ns\.$/);
  assert.notEqual(only(c, 'same').verdict, 'inconclusive');
  assert.ok(Math.abs(only(c, 'same').change!) < 0.02);
});

test('does not compare a benchmark whose direction changed', () => {
  const base = run([bench('x', samples(10, 0.01, 10, 35))]);
  const head = run([bench('x', samples(10, 0.01, 10, 36), { direction: 'bigger' })]);
  const b = only(compare(head, base, [], sameRun), 'x');
  assert.equal(b.verdict, 'inconclusive');
  assert.match(b.reason, /direction changed from 'smaller is better'.*'bigger is better'/);
});

test('compares samples that include zeros on the raw scale, relative to the baseline median', () => {
  // A coarse timer: many 0 ms and 1 ms readings; head takes twice as long.
  const base = run([bench('coarse', [1, 1, 0, 1, 2, 1, 1, 0, 1, 1, 2, 1, 1, 1, 0, 1, 1, 1, 2, 1], { unit: 'ms' })]);
  const head = run([bench('coarse', [2, 2, 1, 2, 3, 2, 2, 1, 2, 2, 3, 2, 2, 2, 1, 2, 2, 2, 3, 2], { unit: 'ms' })]);
  const b = only(compare(head, base, [], sameRun), 'coarse');
  assert.equal(b.verdict, 'regression');
  assert.equal(b.change, 1, 'a shift of 1 ms on a 1 ms median');
  assert.ok(Number.isFinite(b.ci![0]) && b.ci![0] > 0);
});

test('cannot give a relative change when the baseline median is 0, but calls all-zero sides unchanged', () => {
  const base = run([bench('errors', [0, 0, 0, 1, 0, 0, 0], { unit: 'count' }), bench('clean', [0, 0, 0, 0, 0], { unit: 'count' })]);
  // One more sample in head, so that the sides are not identical files (which are unchanged for that reason alone).
  const head = run([bench('errors', [3, 2, 4, 3, 5, 2, 3], { unit: 'count' }), bench('clean', [0, 0, 0, 0, 0, 0], { unit: 'count' })]);
  const c = compare(head, base, [], sameRun);
  assert.equal(only(c, 'errors').verdict, 'inconclusive');
  assert.match(only(c, 'errors').reason, /baseline median is 0/);
  assert.equal(only(c, 'clean').verdict, 'unchanged');
  assert.match(only(c, 'clean').reason, /Every sample on both sides is 0/);
});

test('does not test samples that are not finite numbers', () => {
  const base = run([bench('x', [1, 2, 3, Number.NaN, 5])]);
  const head = run([bench('x', [1, 2, 3, 4, 5])]);
  const b = only(compare(head, base, [], sameRun), 'x');
  assert.equal(b.verdict, 'inconclusive');
  assert.match(b.reason, /baseline has a sample that is not a finite number \(NaN\)/);
});

function history(names: string[], count: number, runNoise: number, seed: number): RunResult[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, r) => {
    const effect = Math.exp(runNoise * gaussian(rnd));
    return run(names.map((n, i) => bench(n, samples(100 * effect, 0.005, 30, seed * 1000 + r * 50 + i))));
  });
}

test('between-run noise from history turns a small within-run-significant shift into inconclusive, while a large shift stays a regression', () => {
  const names = ['small', 'large', 'steady'];
  const past = history(names, 25, 0.08, 7);
  const base = run([bench('small', samples(100, 0.005, 30, 37)), bench('large', samples(100, 0.005, 30, 38)), bench('steady', samples(100, 0.005, 30, 39))]);
  const head = run([bench('small', samples(106, 0.005, 30, 40)), bench('large', samples(160, 0.005, 30, 41)), bench('steady', samples(100, 0.005, 30, 42))]);

  const within = compare(head, base, past, sameRun);
  assert.equal(only(within, 'small').verdict, 'regression', 'within one run the 6% shift is clear');
  assert.equal(within.historyRuns, 0);

  const across = compare(head, base, past, { pairing: 'separate-runs' });
  const small = only(across, 'small');
  assert.ok(small.pValue! < 1e-6, 'the samples alone are still very different');
  assert.ok(['inconclusive', 'unchanged'].includes(small.verdict), small.reason);
  assert.equal(small.runNoiseSource, 'history');
  assert.ok(small.runNoise! > 0.05 && small.runNoise! < 0.12, `learned ${small.runNoise}, true 0.08`);
  assert.match(small.reason, /runs vary by ±\d+(\.\d)?% between them/);
  assert.ok(small.ci![1] - small.ci![0] > 3 * (only(within, 'small').ci![1] - only(within, 'small').ci![0]), 'the widened interval');
  assert.ok(small.adjustedP! > small.pValue!);
  assert.equal(only(across, 'large').verdict, 'regression');
  assert.equal(across.historyRuns, 20, 'the window: the baseline run and the 19 before it, of 26 stored');
});

test('assumes the relative and the common default together for a suite too small to split, when the history is too short', () => {
  const base = run([bench('x', samples(100, 0.01, 20, 43))]);
  const head = run([bench('x', samples(100, 0.01, 20, 44))]);
  const short = history(['x'], 1, 0.05, 9);
  const c = compare(head, base, short, { defaultRunNoise: 0.04, defaultCommonNoise: 0.03 });
  const b = only(c, 'x');
  assert.equal(c.historyRuns, 0, 'two runs teach nothing');
  assert.equal(b.runNoiseSource, 'default');
  assert.ok(Math.abs(b.runNoise! - 0.05) < 1e-12, `√(4%² + 3%²) = 5%, got ${b.runNoise}`);
  assert.equal(b.relativeChange, undefined);
  const same = only(compare(head, base, short, sameRun), 'x');
  assert.ok(b.ci![0] < same.ci![0] && b.ci![1] > same.ci![1], 'separate runs widen the interval');
});

test('Holm flags fewer regressions than Benjamini-Hochberg on the same moderately significant changes', () => {
  const names = Array.from({ length: 12 }, (_, i) => `b${i}`);
  const base = run(names.map((n, i) => bench(n, samples(100, 0.08, 12, 100 + i))));
  const head = run(names.map((n, i) => bench(n, samples(112, 0.08, 12, 200 + i))));
  const holm = compare(head, base, [], { ...sameRun, correction: 'holm' });
  const bh = compare(head, base, [], { ...sameRun, correction: 'bh' });
  const none = compare(head, base, [], { ...sameRun, correction: 'none' });
  holm.benchmarks.forEach((b, i) => {
    assert.equal(b.pValue, bh.benchmarks[i]!.pValue);
    assert.ok(b.adjustedP! >= bh.benchmarks[i]!.adjustedP!);
    assert.ok(bh.benchmarks[i]!.adjustedP! >= none.benchmarks[i]!.adjustedP!);
  });
  assert.ok(holm.counts.regression < bh.counts.regression, `holm ${holm.counts.regression}, bh ${bh.counts.regression}`);
  assert.ok(bh.counts.regression <= none.counts.regression);
  assert.match(none.benchmarks[0]!.reason, /\(p [=<]/, "no correction: the reason does not say 'adjusted'");
});

test('recognises a whole-run shift shared by most benchmarks', () => {
  const names = Array.from({ length: 10 }, (_, i) => `b${i}`);
  const base = run(names.map((n, i) => bench(n, samples(10 * (i + 1), 0.01, 20, 300 + i))));
  const head = run(names.map((n, i) => bench(n, samples(10 * (i + 1) * (i < 9 ? 1.25 : 1), 0.01, 20, 400 + i))));
  const c = compare(head, base, [], sameRun);
  assert.ok(c.commonShift, 'nine of ten moved up together');
  assert.ok(Math.abs(c.commonShift.change - 0.25) < 0.02, `${c.commonShift.change}`);
  assert.equal(c.commonShift.share, 0.9);
  assert.ok(Math.abs(c.geomean!.change - (1.25 ** 0.9 - 1)) < 0.02);
  assert.equal(c.geomean!.n, 10);
  assert.ok(c.geomean!.ci![0] < c.geomean!.change && c.geomean!.change < c.geomean!.ci![1]);
});

test('needs at least five compared benchmarks to call a shift common', () => {
  const names = ['a', 'b', 'c', 'd'];
  const base = run(names.map((n, i) => bench(n, samples(10, 0.01, 20, 500 + i))));
  const head = run(names.map((n, i) => bench(n, samples(13, 0.01, 20, 600 + i))));
  assert.equal(compare(head, base, [], sameRun).commonShift, undefined);
});

test('averages like with like: the geomean leaves out the benchmarks of the less common direction', () => {
  const base = run([
    bench('t1', samples(10, 0.01, 20, 700)),
    bench('t2', samples(20, 0.01, 20, 701)),
    bench('rate', samples(1000, 0.01, 20, 702), { unit: 'ops/s', direction: 'bigger' }),
  ]);
  const head = run([
    bench('t1', samples(11, 0.01, 20, 703)),
    bench('t2', samples(22, 0.01, 20, 704)),
    bench('rate', samples(900, 0.01, 20, 705), { unit: 'ops/s', direction: 'bigger' }),
  ]);
  const g = compare(head, base, [], sameRun).geomean!;
  assert.equal(g.n, 2);
  assert.ok(Math.abs(g.change - 0.1) < 0.01, `${g.change}`);
});

test('the geomean interval in separate runs does not shrink the common run effect with the count, only the relative one', () => {
  const names = Array.from({ length: 50 }, (_, i) => `b${i}`);
  const base = run(names.map((n, i) => bench(n, samples(10, 0.01, 20, 800 + i))));
  const head = run(names.map((n, i) => bench(n, samples(10, 0.01, 20, 900 + i))));
  const halfWidth = (options: Partial<CompareOptions>): number => {
    const g = compare(head, base, [], options).geomean!;
    return (g.ci![1] - g.ci![0]) / 2;
  };
  // 1.96 · √2 · 3% ≈ 8.3%, however many benchmarks.
  const common = halfWidth({ defaultRunNoise: 0, defaultCommonNoise: 0.03 });
  assert.ok(common > 0.075 && common < 0.095, `half-width ${common}`);
  // 1.96 · √2 · 3% / √50 ≈ 1.2%: fifty benchmarks' own moves average out.
  const relative = halfWidth({ defaultRunNoise: 0.03, defaultCommonNoise: 0 });
  assert.ok(relative > 0.008 && relative < 0.02, `half-width ${relative}`);
});

test('rejects an invalid option with a message naming it, what was expected and what was found', () => {
  const base = run([bench('x', [1, 2, 3, 4, 5])]);
  assert.throws(
    () => compare(base, base, [], { alpha: 1.5 }),
    (err: unknown) => err instanceof UsageError && /'alpha'.*between 0 and 1.*found 1\.5/.test(err.message),
  );
  assert.throws(() => compare(base, base, [], { minSamples: 0 }), /'minSamples' must be a whole number of 1 or more; found 0/);
  assert.throws(() => compare(base, base, [], { correction: 'bonferroni' as never }), /'correction'.*'holm', 'bh' or 'none'; found "bonferroni"/);
  assert.throws(() => compare(base, base, [], { threshold: -0.1 }), /'threshold'/);
  assert.throws(
    () => compare(base, base, [], { defaultCommonNoise: Number.NaN }),
    /'defaultCommonNoise' must be a relative standard deviation of 0 or more, e\.g\. 0\.05 for 5%; found NaN/,
  );
  assert.deepEqual(compare(base, base, [], { alpha: undefined }).options, DEFAULT_COMPARE_OPTIONS);
});

test('keeps the defaults in one constant', () => {
  assert.deepEqual(DEFAULT_COMPARE_OPTIONS, {
    alpha: 0.05,
    threshold: 0.05,
    correction: 'holm',
    confidence: 0.95,
    minSamples: 5,
    pairing: 'separate-runs',
    defaultRunNoise: 0.05,
    defaultCommonNoise: 0.4,
    window: 20,
  });
  assert.ok(Object.isFrozen(DEFAULT_COMPARE_OPTIONS));
});

test('with a zero threshold every significant change counts and nothing is called too noisy', () => {
  const base = run([bench('tight', samples(100, 0.005, 40, 1001)), bench('noisy', samples(100, 0.3, 10, 1002))]);
  const head = run([bench('tight', samples(101, 0.005, 40, 1003)), bench('noisy', samples(100, 0.3, 10, 1004))]);
  const c = compare(head, base, [], { ...sameRun, threshold: 0 });
  assert.equal(only(c, 'tight').verdict, 'regression');
  assert.equal(only(c, 'noisy').verdict, 'unchanged');
});

test('summarises each side in the unit compared: count, median and within-run spread', () => {
  const base = run([bench('x', [10, 10, 10, 10, 10])]);
  const head = run([bench('x', [9, 10, 11, 10, 10])]);
  const b = only(compare(head, base, [], sameRun), 'x');
  assert.deepEqual(b.baseline, { n: 5, median: 10, cv: 0 });
  assert.equal(b.head!.median, 10);
  assert.ok(Math.abs(b.head!.cv - Math.sqrt(0.5) / 10) < 1e-12);
});
