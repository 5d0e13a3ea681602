// `benchgate import-history` as a team moving from github-action-benchmark runs it.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli, type CliOutcome } from '../support/cli.ts';
import { bareRemote, commitCount, remoteFiles, tempDir } from '../support/git-fixtures.ts';
import { gaussian, seededRandom as random } from '../../src/stats/random.ts';

const work = tempDir('benchgate-import-cli-');
after(work.cleanup);

function cli(...argv: string[]): Promise<CliOutcome> {
  return runCli(argv, { cwd: work.path });
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const p = join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else files[p] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

/** A data.js as github-action-benchmark leaves it after 300 pushes: Go benchmarks, one 20% slower from push 200. */
function goHistory(): string {
  const rnd = random(17);
  const gauss = () => gaussian(rnd);
  const entries = Array.from({ length: 300 }, (_, i) => ({
    commit: {
      author: { email: 'dev@example.com', name: 'Dev', username: 'dev' },
      committer: { email: 'dev@example.com', name: 'Dev', username: 'dev' },
      distinct: true,
      id: (0xabc000 + i).toString(16).padStart(40, '0'),
      message: i === 200 ? 'Parse with a regexp\n\n<script>alert(1)</script>' : `change ${i}`,
      timestamp: new Date(Date.UTC(2024, 2, 1) + i * 7_200_000).toISOString(),
      tree_id: 'f'.repeat(40),
      url: `https://github.com/o/r/commit/${i}`,
    },
    date: Date.UTC(2024, 2, 1) + i * 7_200_000 + 300_000,
    tool: 'go',
    benches: [
      { name: 'BenchmarkParse', value: Math.round((i < 200 ? 1000 : 1200) * Math.exp(0.03 * gauss())), unit: 'ns/op', extra: '1000000 times\n8 procs' },
      { name: 'BenchmarkWrite', value: Math.round(500 * Math.exp(0.03 * gauss())), unit: 'ns/op', extra: '2000000 times\n8 procs' },
    ],
  }));
  return `window.BENCHMARK_DATA = ${JSON.stringify({ lastUpdate: Date.now(), repoUrl: 'https://github.com/o/r', entries: { 'Go Benchmark': entries } }, null, 2)}`;
}

describe('benchgate import-history', () => {
  const data = join(work.path, 'data.js');
  writeFileSync(data, goHistory());

  it('imports every run into the history, keeps the newest as the baseline, and finds the step', async () => {
    const store = join(work.path, 'store');
    const imported = await cli('import-history', data, '--tool', 'github-action-benchmark', '--store', store, '--retain', '10');
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /^Go-Benchmark: 300 runs read, 300 added to the history of branch main\.$/m);

    const listed = await cli('list', '--branch', 'main', '--store', store, '--suite', 'Go-Benchmark');
    assert.equal(listed.stdout.trim().split('\n').length, 10, 'the newest 10 runs kept as files, for the baseline');
    assert.match(listed.stdout.split('\n')[0]!, new RegExp((0xabc000 + 299).toString(16).padStart(40, '0').slice(0, 12)));

    const history = await cli('history', '--store', store, '--format', 'json');
    const report = JSON.parse(history.stdout) as {
      suites: Array<{ runs: number; benchmarks: Array<{ name: string; changePoints: Array<{ commit: string; index: number }> }> }>;
    };
    assert.equal(report.suites[0]!.runs, 300);
    const parse = report.suites[0]!.benchmarks.find((b) => b.name === 'BenchmarkParse')!;
    assert.deepEqual(
      parse.changePoints.map((c) => [c.index, c.commit]),
      [[200, (0xabc000 + 200).toString(16).padStart(40, '0')]],
    );
  });

  it('importing twice adds nothing and changes no file', async () => {
    const store = join(work.path, 'twice');
    await cli('import-history', data, '--tool', 'github-action-benchmark', '--store', store);
    const before = snapshot(store);
    const again = await cli('import-history', data, '--tool', 'github-action-benchmark', '--store', store);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /300 runs read, 0 added to the history of branch main \(the rest were there already\)/);
    assert.deepEqual(snapshot(store), before);
  });

  it('into a data branch: one commit for the whole import, and none the second time', async () => {
    const remote = bareRemote(work.path, 'data.git');
    const args = [
      'import-history',
      data,
      '--tool',
      'github-action-benchmark',
      '--data-branch',
      'gh-pages',
      '--data-repository',
      remote,
      '--data-folder',
      'dev/bench',
    ];
    const first = await cli(...args);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(commitCount(remote, 'gh-pages'), 1);
    assert.ok(remoteFiles(remote, 'gh-pages').includes('dev/bench/Go-Benchmark/history/index.json'));
    const second = await cli(...args);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /0 added/);
    assert.equal(commitCount(remote, 'gh-pages'), 1);
  });

  it('a broken or foreign file is refused with its place named, and the store is left as it was', async () => {
    const store = join(work.path, 'kept');
    await cli('import-history', data, '--tool', 'github-action-benchmark', '--store', store);
    const before = snapshot(store);
    const broken = join(work.path, 'broken.js');
    writeFileSync(broken, goHistory().replace('"BenchmarkWrite"', '"BenchmarkWrite",,'));
    const refused = await cli('import-history', broken, '--tool', 'github-action-benchmark', '--store', store);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /broken\.js: line \d+, column \d+: not valid JSON: expected a property name in double quotes, found ","/);
    const badValue = join(work.path, 'bad-value.js');
    writeFileSync(badValue, goHistory().replace(/"value": \d+/, '"value": "fast"'));
    const refusedValue = await cli('import-history', badValue, '--tool', 'github-action-benchmark', '--store', store);
    assert.match(refusedValue.stderr, /entries\["Go Benchmark"\]\[0\]\.benches\[0\]\.value: expected a number, found "fast"/);
    assert.deepEqual(snapshot(store), before);
  });

  it('asks for the tool, and says which it knows', async () => {
    const missing = await cli('import-history', data, '--store', join(work.path, 'none'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--tool: expected github-action-benchmark, found nothing/);
    const other = await cli('import-history', data, '--tool', 'go', '--store', join(work.path, 'none'));
    assert.match(other.stderr, /--tool: expected github-action-benchmark, found "go"/);
  });
});
