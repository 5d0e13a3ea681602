// Instruction counts compared across runs (src/compare/counted.ts): the ratio of run medians, with
// the largest spread of processes and stored runs as its uncertainty, held against the threshold.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/compare/compare.ts';
import { COUNT_FLOOR } from '../../src/compare/counted.ts';
import type { BenchmarkResult, RunResult } from '../../src/results/model.ts';

let ids = 0;
function run(counts: Record<string, number[]>): RunResult {
  ids++;
  return {
    format: 'benchgate/results',
    version: 1,
    suite: 'counted',
    run: {
      id: `run-${ids}`,
      time: new Date(Date.UTC(2026, 0, 1, 0, ids)).toISOString(),
      tool: 'benchgate',
      measure: 'instructions',
      env: { node: 'v24.0.0', os: 'linux', arch: 'x64', cpu: 'x', cores: 2 },
    },
    benchmarks: Object.entries(counts).map(([name, samples]): BenchmarkResult => ({
      name,
      unit: 'instructions',
      direction: 'smaller',
      samples,
      processes: samples.map((_, i) => i),
    })),
  };
}

const threshold = { threshold: 0.01 };
const verdicts = (c: ReturnType<typeof compare>) => Object.fromEntries(c.benchmarks.map((b) => [b.name, b.verdict]));

test('2% more instructions is a regression at a 1% threshold, and 2% fewer an improvement, with two samples a side', () => {
  const base = run({ slower: [100_000, 100_000], faster: [50_000, 50_000], same: [70_000, 70_010] });
  const head = run({ slower: [102_000, 102_000], faster: [49_000, 49_000], same: [70_005, 70_000] });
  const c = compare(head, base, [], threshold);
  assert.deepEqual(verdicts(c), { slower: 'regression', faster: 'improvement', same: 'unchanged' });
  const slower = c.benchmarks.find((b) => b.name === 'slower')!;
  assert.ok(Math.abs(slower.change! - 0.02) < 1e-12, `${slower.change}`);
  // No spread anywhere: the interval is the counting floor either side.
  assert.ok(Math.abs(Math.log1p(slower.ci![1]) - Math.log1p(slower.change!) - COUNT_FLOOR) < 1e-12, `${slower.ci}`);
  assert.match(slower.reason, /Counted \+2\.00% \(±0\.10%, the largest spread of the counting floor\), at or beyond the 1\.00% threshold/);
});

test('a change within the spread of the processes is not called, and one between the spread and the threshold is a small change', () => {
  const base = run({ spread: [100_000, 102_000], small: [100_000, 100_000] });
  const head = run({ spread: [100_800, 100_800], small: [100_500, 100_500] });
  const c = compare(head, base, [], threshold);
  assert.deepEqual(verdicts(c), { spread: 'inconclusive', small: 'small-change' });
  assert.match(c.benchmarks[0]!.reason, /the largest spread of the baseline's processes, which reaches the 1\.00% threshold/);
});

test('the stored runs widen the uncertainty when counts of unchanged code moved between them', () => {
  const history = [run({ moved: [100_000, 100_000] }), run({ moved: [101_200, 101_200] }), run({ moved: [100_100, 100_100] })];
  const base = run({ moved: [100_000, 100_000] });
  const head = run({ moved: [101_100, 101_100] });
  assert.equal(compare(head, base, [], threshold).benchmarks[0]!.verdict, 'regression', 'without history: 1.1% beyond the floor');
  const judged = compare(head, base, history, threshold).benchmarks[0]!;
  assert.equal(judged.verdict, 'inconclusive', judged.reason);
  assert.match(judged.reason, /stored runs/);
});

test('a change merged on the baseline branch within the window is not taken for noise', () => {
  // Newest first: three runs at 105,000 after a 5% step, five at 100,000 before it.
  const history = [105_000, 105_000, 100_000, 100_000, 100_000, 100_000, 100_000].map((v) => run({ stepped: [v, v] }));
  const base = run({ stepped: [105_000, 105_000] });
  assert.equal(compare(run({ stepped: [105_000, 105_000] }), base, history, threshold).benchmarks[0]!.verdict, 'unchanged');
  const slower = compare(run({ stepped: [107_100, 107_100] }), base, history, threshold).benchmarks[0]!;
  assert.equal(slower.verdict, 'regression', slower.reason);
});

test('a failed or one-sided counted benchmark gets the usual verdict', () => {
  const base = run({ kept: [100, 100], gone: [100, 100] });
  const head = run({ kept: [100, 100], added: [100, 100] });
  head.benchmarks[0]!.error = 'threw';
  assert.deepEqual(verdicts(compare(head, base, [], threshold)), { kept: 'error', added: 'new', gone: 'missing' });
});
