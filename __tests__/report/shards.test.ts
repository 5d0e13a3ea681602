// The balance section of a merged run's report: the slowest shard against the mean, where each
// shard ran, and how many shards keep a job within the target time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MergedShard, RunMeta } from '../../src/results/model.ts';
import { formatWallTime, renderShardsMarkdown, renderShardsTerminal, shardBalance, TARGET_JOB_MS } from '../../src/report/shards.ts';

function merged(wallTimes: number[], runner = (i: number) => `GitHub Actions ${i}`): RunMeta {
  const shards: MergedShard[] = wallTimes.map((wallTime, i) => ({
    index: i + 1,
    count: wallTimes.length,
    plan: 'p',
    wallTime,
    id: `s${i + 1}`,
    time: '2025-06-01T08:00:00Z',
    env: { node: 'v24.0.0', os: 'linux', arch: 'x64', cpu: 'AMD EPYC 7763 64-Core Processor', cores: 4, runner: runner(i + 1) },
  }));
  return { id: 'm', time: '2025-06-01T08:00:00Z', tool: 'benchgate', env: shards[0]!.env, shards };
}

function comparisonOf(head: RunMeta) {
  return { head };
}

test('the slowest shard against the mean, and the whole measuring time', () => {
  const b = shardBalance(merged([240_000, 300_000, 180_000, 240_000]))!;
  assert.equal(b.slowest.index, 2);
  assert.equal(b.mean, 240_000);
  assert.equal(b.ratio, 1.25);
  assert.equal(b.total, 960_000);
  // 16 minutes at 1.25× imbalance: two jobs of 10 min would do.
  assert.equal(b.suggested, 2);
  assert.equal(b.target, TARGET_JOB_MS);
});

test('suggests more shards when the jobs run over the target, and says when the count is right', () => {
  assert.match(
    renderShardsTerminal(comparisonOf(merged([900_000, 960_000]))),
    /For jobs within 10m 00s of measuring, use 4 shards: about 8m 00s each at this balance\./,
  );
  assert.match(renderShardsTerminal(comparisonOf(merged([500_000, 520_000]))), /2 shards keep each job within 10m 00s of measuring\./);
  assert.match(renderShardsTerminal(comparisonOf(merged([20_000, 25_000]))), /One job would do: about 50\.0 s of measuring, within 10m 00s\./);
});

test('markdown: a sentence and a table of shards, runner names escaped', () => {
  const md = renderShardsMarkdown(comparisonOf(merged([60_000, 90_000], (i) => (i === 2 ? '<img src=x onerror=alert(1)> *bold*' : `runner ${i}`))));
  assert.match(md, /^\*\*Shards:\*\* 2 shards; the slowest, shard 2 on .*, took 1m 30s: 1\.20× the mean of 1m 15s; 2m 30s of measuring in all\./);
  assert.match(md, /\| shard \| runner \| CPU \| wall time \|/);
  assert.match(md, /\| 1\/2 \| runner 1 \| AMD EPYC 7763 64\\-Core Processor \| 1m 00s \|/);
  assert.doesNotMatch(md, /<img/);
  assert.doesNotMatch(md, / \*bold\* /);
});

test('says each shard was compared on its own, also when no shard had enough benchmarks for a shift of its own', () => {
  const head = merged([60_000, 60_000]);
  const shift = { change: 0.2, share: 1, ci: [0.1, 0.3] as [number, number], explainedByNoise: true };
  const withShift = renderShardsTerminal({
    head,
    shards: [
      { head: 1, baseline: 1, benchmarks: 5, commonShift: shift },
      { head: 2, baseline: 2, benchmarks: 3 },
    ],
  });
  assert.match(withShift, /Each shard ran on its own machine, so each was compared with its own whole-shard shift: shard 1 \+20\.0%/);
  const small = renderShardsTerminal({
    head,
    shards: [
      { head: 1, baseline: 1, benchmarks: 3 },
      { head: 2, baseline: 1, benchmarks: 2 },
    ],
  });
  assert.match(small, /Each shard ran on its own machine, so benchmarks were compared within their own shard; no shard had the 4 benchmarks/);
});

test('nothing for a run that was not merged from shards', () => {
  const whole: RunMeta = { id: 'x', time: '2025-06-01T08:00:00Z', tool: 'benchgate', env: { node: 'v24', os: 'l', arch: 'x', cpu: 'c', cores: 1 } };
  assert.equal(renderShardsMarkdown({ head: whole }), '');
  assert.equal(renderShardsTerminal({ head: whole }), '');
});

test('wall times read as people say them', () => {
  assert.deepEqual([850, 12_340, 192_000, 3_840_000].map(formatWallTime), ['850 ms', '12.3 s', '3m 12s', '1h 04m']);
});
