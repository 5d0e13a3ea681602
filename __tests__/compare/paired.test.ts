// The paired comparison of an interleaved run: verdicts from round pairs, and what it does with
// benchmarks that cannot be paired.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparePaired, pairedLogRatios } from '../../src/compare/paired-compare.ts';
import type { BenchmarkComparison, Comparison } from '../../src/compare/types.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type BenchmarkResult, type RunResult } from '../../src/results/model.ts';
import { gaussian, seededRandom as random } from '../../src/stats/random.ts';

function run(benchmarks: BenchmarkResult[]): RunResult {
  const env = { node: 'v24.0.0', os: 'linux', arch: 'x64', cpu: 'test', cores: 2 };
  return { format: RESULTS_FORMAT, version: RESULTS_VERSION, suite: 's', run: { id: 'r', time: '2026-01-01T00:00:00Z', tool: 'benchgate', env }, benchmarks };
}

/**
 * Round pairs whose machine speed swings by ±30% from round to round (a busy shared runner), the
 * same for both sides of a pair, and whose pair noise is `noise`.
 */
function pairs(seed: number, n: number, change: number, noise = 0.01): { base: number[]; head: number[] } {
  const rnd = random(seed);
  const gauss = () => gaussian(rnd);
  const base: number[] = [];
  const head: number[] = [];
  for (let i = 0; i < n; i++) {
    const machine = Math.exp(0.3 * gauss());
    base.push(1000 * machine * Math.exp(noise * gauss()));
    head.push(1000 * (1 + change) * machine * Math.exp(noise * gauss()));
  }
  return { base, head };
}

function bench(name: string, samples: number[], extra: Partial<BenchmarkResult> = {}): BenchmarkResult {
  return { name, unit: 'ns/op', direction: 'smaller', samples, processes: samples.map((_, i) => i % 2), ...extra };
}

function named(c: Comparison, name: string): BenchmarkComparison {
  const found = c.benchmarks.find((b) => b.name === name);
  assert.ok(found, `no comparison named ${name}`);
  return found;
}

describe('comparePaired', () => {
  const slower = pairs(1, 30, 0.04);
  const faster = pairs(2, 30, -0.1);
  const same = pairs(3, 30, 0);
  const c = comparePaired(
    run([bench('slower', slower.head), bench('faster', faster.head), bench('same', same.head), bench('only in head', [1, 2, 3])]),
    run([bench('slower', slower.base), bench('faster', faster.base), bench('same', same.base), bench('only in base', [1, 2, 3])]),
    { threshold: 0.02 },
  );

  it('sees a 4% slowdown through ±30% swings of the machine that hit both sides of each pair', () => {
    const b = named(c, 'slower');
    assert.equal(b.verdict, 'regression', b.reason);
    assert.ok(Math.abs(b.change! - 0.04) < 0.01, `change ${b.change}`);
    assert.ok(b.ci![0] > 0.02 && b.ci![1] < 0.06, `ci ${b.ci}`);
    assert.ok(b.baseline!.cv > 0.2, 'the sides themselves vary by the machine swings');
  });

  it('calls a 10% speed-up an improvement and an unchanged benchmark unchanged', () => {
    assert.equal(named(c, 'faster').verdict, 'improvement');
    assert.equal(named(c, 'same').verdict, 'unchanged', named(c, 'same').reason);
  });

  it('marks benchmarks on one side only as new or missing, and counts every verdict', () => {
    assert.equal(named(c, 'only in head').verdict, 'new');
    assert.equal(named(c, 'only in base').verdict, 'missing');
    assert.deepEqual(c.counts, { regression: 1, improvement: 1, 'small-change': 0, unchanged: 1, inconclusive: 0, new: 1, missing: 1, error: 0 });
    assert.equal(c.options.pairing, 'same-run');
  });

  it('corrects the p-values for the number of benchmarks compared (Holm by default)', () => {
    const tested = c.benchmarks.filter((b) => b.pValue !== undefined);
    assert.equal(tested.length, 3);
    for (const b of tested) assert.ok(b.adjustedP! >= b.pValue!, `${b.name}: ${b.adjustedP} < ${b.pValue}`);
  });

  it('would call the same 4% slowdown noise without the pairing: the sides alone vary too much', () => {
    const shuffled = [...slower.base].reverse();
    const unpaired = comparePaired(run([bench('slower', slower.head)]), run([bench('slower', shuffled)]), { threshold: 0.02 });
    assert.notEqual(named(unpaired, 'slower').verdict, 'regression');
  });

  it('gives errors in head the verdict error and a failure in base the verdict inconclusive', () => {
    const out = comparePaired(
      run([bench('broken', [], { error: 'threw\nat line 3' }), bench('base broke', same.head)]),
      run([bench('broken', same.base), bench('base broke', [], { error: 'timed out' })]),
    );
    assert.equal(named(out, 'broken').verdict, 'error');
    assert.equal(named(out, 'broken').reason, 'Failed in head: threw');
    assert.equal(named(out, 'base broke').verdict, 'inconclusive');
    assert.match(named(out, 'base broke').reason, /failed in the base tree \(timed out\)/);
  });

  it('refuses samples that are not paired, and too few pairs', () => {
    const out = comparePaired(
      run([bench('uneven', same.head.slice(0, 10)), bench('few', same.head.slice(0, 3))]),
      run([bench('uneven', same.base.slice(0, 9)), bench('few', same.base.slice(0, 3))]),
    );
    assert.equal(named(out, 'uneven').verdict, 'inconclusive');
    assert.match(named(out, 'uneven').reason, /not paired: 10 in head and 9 in the baseline/);
    assert.match(named(out, 'few').reason, /Too few round pairs: 3; at least 5/);
  });

  it('adds how the sampling ended to the reason', () => {
    const out = comparePaired(run([bench('same', same.head)]), run([bench('same', same.base)]), {}, { sampling: { same: 'Stopped early after 30 pairs.' } });
    assert.match(named(out, 'same').reason, /Stopped early after 30 pairs\.$/);
  });

  it('widens the interval when process pairs disagree beyond their rounds, and says so', () => {
    const a = pairs(4, 20, 0.08, 0.003);
    const b = pairs(5, 20, 0.0, 0.003);
    const head = [...a.head, ...b.head];
    const base = [...a.base, ...b.base];
    const processes = [...Array(20).fill(0), ...Array(20).fill(1)];
    const out = comparePaired(run([bench('split', head, { processes })]), run([bench('split', base, { processes })]), { threshold: 0.01 });
    const split = named(out, 'split');
    assert.notEqual(split.verdict, 'regression', split.reason);
    assert.match(split.reason, /Processes differ by ±\d/);
    const together = comparePaired(run([bench('split', head, { processes: undefined })]), run([bench('split', base)]), { threshold: 0.01 });
    assert.ok(named(together, 'split').ci![0] > split.ci![0], 'the interval without process information is narrower');
  });
});

describe('pairedLogRatios', () => {
  it('is log(head / base) per pair, or undefined when the counts differ or a value is not positive', () => {
    assert.deepEqual(pairedLogRatios([2, 1], [1, 1]), [Math.log(2), 0]);
    assert.equal(pairedLogRatios([1, 2], [1]), undefined);
    assert.equal(pairedLogRatios([1, 0], [1, 1]), undefined);
  });
});

describe('the report of a paired comparison', () => {
  it('names the test that was used: Wilcoxon signed-rank on round pairs, not Mann-Whitney', async () => {
    const { renderMarkdown } = await import('../../src/report/markdown.ts');
    const { base, head } = pairs(11, 30, 0.1);
    const bench = (samples: number[]): BenchmarkResult => ({ name: 'parse', unit: 'ns/op', direction: 'smaller', samples });
    const c = comparePaired(run([bench(head)]), run([bench(base)]));
    assert.equal(c.test, 'wilcoxon-signed-rank');
    const markdown = renderMarkdown(c);
    assert.match(markdown, /Wilcoxon signed-rank on round pairs/);
    assert.doesNotMatch(markdown, /Mann-Whitney/);
  });
});
