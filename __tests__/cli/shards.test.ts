// `benchgate run --shard K/N` and `benchgate merge` as a user drives them: the parts of a suite
// measured apart make one run, judged exactly as the suite measured in one job.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli, type CliOutcome } from '../support/cli.ts';
import { planShards, selects, shardSelection } from '../../src/measure/shard-plan.ts';
import { serializeResults } from '../../src/results/io.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type BenchmarkResult, type RunResult } from '../../src/results/model.ts';
import { seeded } from '../support/shard-suite.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'benchgate-shards-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

function cli(cwd: string, ...argv: string[]): Promise<CliOutcome> {
  return runCli(argv, { cwd });
}

function read(path: string): RunResult {
  return JSON.parse(readFileSync(path, 'utf8')) as RunResult;
}

describe('benchgate run --shard on a real suite', () => {
  const suite = '__tests__/fixtures/suites/basic';
  const flags = ['--benchmarks', suite, '--samples', '2', '--processes', '1', '--round-time', '5ms', '--warmup', '5ms', '--commit', 'c'.repeat(40)];

  it('measures each benchmark in exactly one of the shards, and merge makes one run of them that compare reads', async () => {
    const outs: string[] = [];
    for (const k of [1, 2]) {
      const out = join(work, `real-${k}.json`);
      const { code, stderr } = await cli(repo, 'run', ...flags, '--shard', `${k}/2`, '--out', out);
      assert.equal(code, 0, stderr);
      assert.match(stderr, new RegExp(`Shard ${k}/2: \\d+ benchmarks in .*planned by counting files`));
      outs.push(out);
    }
    const parts = outs.map(read);
    assert.deepEqual(
      parts.map((p) => [p.run.shard!.index, p.run.shard!.count]),
      [
        [1, 2],
        [2, 2],
      ],
    );
    assert.equal(parts[0]!.run.shard!.plan, parts[1]!.run.shard!.plan, 'both shards computed the same split');
    assert.deepEqual(parts.flatMap((p) => p.benchmarks.map((b) => b.name)).sort(), [
      'join words',
      'parse points',
      'sort words',
      'stringify points',
      'sum points',
    ]);

    const merged = join(work, 'real-merged.json');
    const { code, stdout } = await cli(repo, 'merge', ...outs, '--out', merged);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /Merged 2 shards, 5 benchmarks/);
    const run = read(merged);
    assert.equal(run.run.shards!.length, 2);
    assert.ok(run.benchmarks.every((b) => b.wallTime! > 0 && (b.shard === 1 || b.shard === 2)));

    // The merged run plans the next split: each benchmark stays on its shard. Its wall times are
    // evened out first (each shard's adding up to the same), so that a machine busy during one shard
    // cannot make the planner rebalance; rebalancing has its own tests in shard-plan.test.ts.
    const perShard = (k: number) => run.benchmarks.filter((b) => b.shard === k).length;
    const evened = join(work, 'real-merged-evened.json');
    writeFileSync(evened, serializeResults({ ...run, benchmarks: run.benchmarks.map((b) => ({ ...b, wallTime: 1000 / perShard(b.shard!) })) }));
    const again = join(work, 'real-again-1.json');
    const next = await cli(repo, 'run', ...flags, '--shard', '1/2', '--timings', evened, '--out', again);
    assert.equal(next.code, 0, next.stderr);
    assert.match(next.stderr, new RegExp(`planned from the stored run ${run.run.id}`));
    assert.deepEqual(
      read(again)
        .benchmarks.map((b) => b.name)
        .sort(),
      run.benchmarks
        .filter((b) => b.shard === 1)
        .map((b) => b.name)
        .sort(),
    );
  });

  it('refuses a bad --shard, and --timings without --shard', async () => {
    const bad = await cli(repo, 'run', ...flags, '--shard', '3/2');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--shard: expected K\/N with 1 ≤ K ≤ N ≤ 256, e\.g\. 2\/4 .*found "3\/2"/);
    const stray = await cli(repo, 'run', ...flags, '--timings', 'x.json');
    assert.equal(stray.code, 2);
    assert.match(stray.stderr, /--timings is for --shard K\/N only/);
  });

  it('a missing shard fails the merge with its name, and no file is written', async () => {
    const out = join(work, 'never.json');
    const { code, stderr } = await cli(repo, 'merge', join(work, 'real-1.json'), '--out', out);
    assert.equal(code, 2);
    assert.match(stderr, /benchgate merge: shard 2\/2 is missing/);
    assert.throws(() => readFileSync(out), /ENOENT/);
  });
});

// A deterministic suite: samples made, not measured, so the only difference between the two ways
// is the splitting. 24 benchmarks in 6 files; head has two real regressions and one improvement.
describe('four shards merged give the same verdicts as one job', () => {
  const names = Array.from({ length: 24 }, (_, i) => ({ name: `op ${String(i).padStart(2, '0')}`, file: `benchmarks/f${i % 6}.bench.ts` }));
  const change: Record<string, number> = { 'op 03': 1.3, 'op 10': 1.25, 'op 17': 0.7 };

  function runOf(id: string, seed: number, day: number, factor: (name: string) => number): RunResult {
    const random = seeded(seed);
    const benchmarks: BenchmarkResult[] = names.map(({ name, file }, i) => ({
      name,
      unit: 'ns/op',
      direction: 'smaller',
      group: file,
      samples: Array.from({ length: 12 }, () => (500 + 100 * i) * factor(name) * (1 + 0.02 * (random() - 0.5))),
      wallTime: 1000 + 150 * i,
    }));
    return {
      format: RESULTS_FORMAT,
      version: RESULTS_VERSION,
      suite: 'default',
      run: {
        id,
        commit: id.padEnd(40, '0'),
        time: '2025-06-01T08:00:00.000Z',
        tool: 'benchgate',
        env: { node: 'v24.0.0', os: 'linux', arch: 'x64', cpu: 'c', cores: 4 },
      },
      benchmarks,
    };
  }

  it('compares the merged run exactly as the run measured whole', async () => {
    const base = runOf('b', 1, 20, () => 1);
    const head = runOf('h', 2, 21, (name) => change[name] ?? 1);
    const history = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((k) => runOf(`old${k}`, 10 + k, 14 - k, () => 1));
    const dir = mkdtempSync(join(work, 'same-'));
    // The baseline branch's runs, oldest first, so base is the newest: compare learns the noise from them.
    for (const run of [...history].reverse().concat(base)) {
      const path = join(dir, `${run.run.id}.json`);
      writeFileSync(path, serializeResults(run));
      const saved = await cli(dir, 'save', path, '--branch', 'main');
      assert.equal(saved.code, 0, saved.stderr);
    }
    writeFileSync(join(dir, 'head.json'), serializeResults(head));

    // The four shards as `run --shard K/4 --timings base.json` would write them.
    const plan = planShards({ files: [...new Set(names.map((n) => n.file))], runs: [base, ...history], count: 4 });
    const shardFiles: string[] = [];
    for (let k = 1; k <= 4; k++) {
      const part = shardSelection(plan, k);
      const mine = head.benchmarks.filter((b) => {
        const selection = part.get(b.group!);
        return selection !== undefined && selects(selection, b.name);
      });
      const shard: RunResult = {
        ...head,
        run: { ...head.run, id: `h-${k}`, shard: { index: k, count: 4, plan: plan.digest, timings: base.run.id, wallTime: 1000 } },
        benchmarks: mine,
      };
      const path = join(dir, `shard-${k}.json`);
      writeFileSync(path, serializeResults(shard));
      shardFiles.push(path);
    }
    assert.ok(
      plan.units.some((u) => u.shard !== plan.units[0]!.shard),
      'the suite is spread over several shards',
    );
    const merged = await cli(dir, 'merge', ...shardFiles, '--out', 'merged.json');
    assert.equal(merged.code, 0, merged.stderr);

    const verdicts = async (headFile: string) => {
      const { stdout } = await cli(dir, 'compare', '--head', headFile, '--baseline-branch', 'main', '--format', 'json');
      const comparison = JSON.parse(stdout) as { benchmarks: Array<{ name: string; verdict: string }> };
      return Object.fromEntries(comparison.benchmarks.map((b) => [b.name, b.verdict]));
    };
    const whole = await verdicts('head.json');
    const sharded = await verdicts('merged.json');
    assert.deepEqual(sharded, whole);
    assert.deepEqual(
      Object.entries(whole)
        .filter(([, v]) => v !== 'unchanged')
        .sort(),
      [
        ['op 03', 'regression'],
        ['op 10', 'regression'],
        ['op 17', 'improvement'],
      ],
    );
  });
});
