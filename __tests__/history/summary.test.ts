import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractSeries } from '../../src/history/series.ts';
import { recentChanges, summarizeSeries, summarizeSuite } from '../../src/history/summary.ts';
import { historyNotes } from '../../src/report/history.ts';
import type { RunResult } from '../../src/results/model.ts';
import { appendAllToShard, updateIndex, type HistoryIndex, type HistoryShard, type SuiteHistory } from '../../src/store/history-index.ts';
import { makeRun } from '../support/git-fixtures.ts';
import { gaussian, seededRandom as random } from '../../src/stats/random.ts';

/** A history of `levels(i)` for run i of 'parse' (ns/op) and 'throughput' (ops/s, constant), one run an hour from 2025-01-01. */
function history(count: number, level: (i: number) => number, options: { branch?: (i: number) => string; failAt?: number } = {}): SuiteHistory {
  const rnd = random(9);
  const gauss = () => gaussian(rnd);
  const runs: RunResult[] = Array.from({ length: count }, (_, i) => {
    const run = makeRun({
      id: `r${String(i).padStart(4, '0')}`,
      time: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
      commit: i.toString(16).padStart(40, 'c'),
      benchmarks: [
        i === options.failAt
          ? { name: 'parse', unit: 'ns/op', direction: 'smaller', samples: [], error: 'threw' }
          : { name: 'parse', unit: 'ns/op', direction: 'smaller', samples: [level(i) * Math.exp(0.03 * gauss())] },
        { name: 'throughput', unit: 'ops/s', direction: 'bigger', samples: [5000 * Math.exp(0.03 * gauss())] },
      ],
    });
    return { ...run, run: { ...run.run, branch: options.branch?.(i) ?? 'main' } };
  });
  const byMonth = new Map<string, RunResult[]>();
  for (const run of runs) byMonth.set(run.run.time.slice(0, 7), [...(byMonth.get(run.run.time.slice(0, 7)) ?? []), run]);
  let index: HistoryIndex | undefined;
  const shards: HistoryShard[] = [];
  for (const monthRuns of byMonth.values()) {
    const shard = appendAllToShard(undefined, monthRuns);
    shards.push(shard);
    index = updateIndex(index, shard);
  }
  return { index: index!, shards };
}

test('a series per benchmark, oldest first, across monthly shards, of one branch', () => {
  const h = history(1000, () => 100, { branch: (i) => (i % 10 === 0 ? 'feature/x' : 'main') });
  assert.ok(h.shards.length >= 2, 'runs span two months');
  const all = extractSeries(h);
  assert.equal(all.runs.length, 1000);
  const main = extractSeries(h, { branch: 'main' });
  assert.equal(main.runs.length, 900);
  assert.deepEqual(
    main.benchmarks.map((b) => [b.name, b.unit, b.direction, b.values.length]),
    [
      ['parse', 'ns/op', 'smaller', 900],
      ['throughput', 'ops/s', 'bigger', 900],
    ],
  );
  const times = main.runs.map((r) => r.time);
  assert.deepEqual(times, [...times].sort());
  assert.ok(main.runs.every((r) => r.branch === 'main'));
});

test('a failed run counts as a failure, not a value', () => {
  const series = extractSeries(history(50, () => 100, { failAt: 7 }));
  const parse = series.benchmarks.find((b) => b.name === 'parse')!;
  assert.equal(parse.values.length, 49);
  assert.equal(parse.failures, 1);
  assert.ok(!parse.runs.includes(7));
});

test('a regression 12 runs ago: its commit, the medians either side, and the verdict', () => {
  const suite = extractSeries(history(400, (i) => (i < 388 ? 100 : 118)));
  const parse = summarizeSeries(suite, suite.benchmarks[0]!);
  assert.equal(parse.changePoints.length, 1);
  const [step] = parse.changePoints;
  assert.equal(step!.index, 388);
  assert.equal(step!.runsAgo, 12);
  assert.equal(step!.run.commit, (388).toString(16).padStart(40, 'c'));
  assert.equal(step!.verdict, 'regression');
  assert.ok(Math.abs(step!.before - 100) < 1 && Math.abs(step!.after - 118) < 2.5, `${step!.before} → ${step!.after}`);
  assert.equal(parse.latest!.run.id, 'r0399');

  const recent = recentChanges(summarizeSuite(suite), 20);
  assert.deepEqual([...recent.keys()], ['parse']);
  assert.equal(recentChanges(summarizeSuite(suite), 11).size, 0);
  assert.deepEqual(historyNotes(recent.values()), [
    `parse changed at commit ${(388).toString(16).padStart(40, 'c').slice(0, 7)}, 12 runs ago: ${step!.before.toPrecision(3)} ns/op → ${step!.after.toPrecision(3)} ns/op (+${(step!.change * 100).toFixed(1)}%, a regression).`,
  ]);
});

test('a throughput that rises is an improvement; a steady drift is a trend, not a change point', () => {
  const suite = extractSeries(history(300, (i) => 100 * (1 + 0.001 * i)));
  const [parse, throughput] = summarizeSuite(suite);
  assert.equal(parse!.changePoints.length, 0, 'a drift of 0.1% a run has no single step');
  assert.equal(parse!.trend!.runs, 100);
  assert.equal(parse!.trend!.verdict, 'regression');
  assert.ok(Math.abs(parse!.trend!.perRun - 0.001) < 0.0005, `${parse!.trend!.perRun}`);
  assert.equal(throughput!.trend!.verdict, 'flat');

  const up = extractSeries(history(200, () => 100));
  const improved = summarizeSeries(up, { ...up.benchmarks[1]!, values: up.benchmarks[1]!.values.map((v, i) => (i >= 100 ? v * 1.2 : v)) });
  assert.equal(improved.changePoints[0]!.verdict, 'improvement');
});

test('too few runs since the last change point: no trend', () => {
  const suite = extractSeries(history(208, (i) => (i < 200 ? 100 : 120)));
  const parse = summarizeSeries(suite, suite.benchmarks[0]!);
  assert.equal(parse.changePoints.length, 1);
  assert.equal(parse.trend, undefined);
});
