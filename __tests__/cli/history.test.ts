// `benchgate history` as a user runs it, on a local store and on a git data branch.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { join } from 'node:path';
import { runCli, type CliOutcome } from '../support/cli.ts';
import type { RunResult } from '../../src/results/model.ts';
import { GitBranchStore } from '../../src/store/git-branch.ts';
import { LocalStore } from '../../src/store/local.ts';
import { bareRemote, makeRun, tempDir } from '../support/git-fixtures.ts';
import { gaussian, seededRandom as random } from '../../src/stats/random.ts';

const work = tempDir('benchgate-history-cli-');
after(work.cleanup);

function cli(...argv: string[]): Promise<CliOutcome> {
  return runCli(argv, { cwd: work.path });
}

const HOSTILE = 'parse \u001b[31mred\u001b[0m\nforged line';

/** 120 runs of main: 'parse' steps up 20% at run 80; a name with terminal escapes stays flat. */
function runs(): RunResult[] {
  const rnd = random(3);
  const gauss = () => gaussian(rnd);
  return Array.from({ length: 120 }, (_, i) =>
    makeRun({
      id: `run-${i}`,
      time: new Date(Date.UTC(2025, 4, 1) + i * 3_600_000).toISOString(),
      commit: (1000 + i).toString(16).padStart(40, 'd'),
      benchmarks: [
        { name: 'parse', unit: 'ns/op', direction: 'smaller', samples: [(i < 80 ? 100 : 120) * Math.exp(0.03 * gauss())] },
        { name: HOSTILE, unit: 'ns/op', direction: 'smaller', samples: [50 * Math.exp(0.03 * gauss())] },
      ],
    }),
  );
}

describe('benchgate history', () => {
  const store = join(work.path, 'store');

  it('prints each benchmark with its change point, and the JSON the docs describe', async () => {
    await new LocalStore(store, { retain: 5 }).saveAll(runs(), 'main');
    await new LocalStore(store).save(makeRun({ id: 'pr-1', time: '2025-05-03T00:30:00Z', scale: 3 }), 'feature/pr');

    const text = await cli('history', '--store', store, '--branch', 'main');
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /suite api, branch main, 120 runs/);
    const commit = (1080).toString(16).padStart(40, 'd').slice(0, 7);
    assert.match(text.stdout, new RegExp(`parse  \\(ns/op, smaller is better\\)[\\s\\S]*?${commit} .*40 runs ago .* \\+20\\.\\d% +regression`));
    assert.ok(!text.stdout.includes('\u001b'), 'no escape sequence from a name reaches the terminal');
    assert.ok(!/^forged line/m.test(text.stdout), 'a name cannot start a line of its own');

    const json = await cli('history', '--store', store, '--branch', 'main', '--format', 'json');
    const report = JSON.parse(json.stdout) as {
      suites: Array<{ suite: string; branch: string; benchmarks: Array<{ name: string; changePoints: Array<Record<string, unknown>> }> }>;
    };
    const parse = report.suites[0]!.benchmarks.find((b) => b.name === 'parse')!;
    assert.equal(parse.changePoints.length, 1);
    const [change] = parse.changePoints;
    assert.deepEqual(Object.keys(change!).slice(0, 6), ['commit', 'index', 'before', 'after', 'change', 'pValue']);
    assert.equal(change!.commit, (1080).toString(16).padStart(40, 'd'));
    assert.equal(change!.index, 80);
    assert.ok((change!.change as number) > 0.15 && (change!.change as number) < 0.25);
    assert.equal(report.suites[0]!.benchmarks.find((b) => b.name === HOSTILE)!.changePoints.length, 0);
  });

  it('without --branch, takes main when the history has several branches; refuses when it cannot tell', async () => {
    const implicit = await cli('history', '--store', store, '--format', 'json');
    assert.equal((JSON.parse(implicit.stdout) as { suites: Array<{ branch: string }> }).suites[0]!.branch, 'main');

    const other = join(work.path, 'no-main');
    await new LocalStore(other).save(makeRun({ id: 'a', time: '2025-05-01T00:00:00Z' }), 'develop');
    await new LocalStore(other).save(makeRun({ id: 'b', time: '2025-05-01T01:00:00Z' }), 'release');
    const refused = await cli('history', '--store', other);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /runs of 2 branches \("develop", "release"\); pass --branch/);
  });

  it('says so when nothing has been saved yet, and refuses a suite without history', async () => {
    const empty = await cli('history', '--store', join(work.path, 'nothing'));
    assert.equal(empty.code, 0);
    assert.match(empty.stderr, /no suite has a history/);
    const missing = await cli('history', '--store', store, '--suite', 'other');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /suite "other" has no history/);
    const markdown = await cli('history', '--store', store, '--format', 'markdown');
    assert.equal(markdown.code, 2);
  });

  it('reads a git data branch (a local bare repository as the remote)', async () => {
    const remote = bareRemote(work.path, 'data.git');
    const data = new GitBranchStore({ remote, branch: 'perf-data', folder: 'bench', retain: 10, workRoot: join(work.path, 'writer') });
    await data.saveAll(runs(), 'main');
    const json = await cli('history', '--data-branch', 'perf-data', '--data-repository', remote, '--data-folder', 'bench', '--format', 'json');
    assert.equal(json.code, 0, json.stderr);
    const report = JSON.parse(json.stdout) as { suites: Array<{ runs: number; benchmarks: Array<{ name: string; changePoints: Array<{ index: number }> }> }> };
    assert.equal(report.suites[0]!.runs, 120);
    assert.deepEqual(
      report.suites[0]!.benchmarks.find((b) => b.name === 'parse')!.changePoints.map((c) => c.index),
      [80],
    );
    const incomplete = await cli('history', '--data-branch', 'perf-data');
    assert.equal(incomplete.code, 2);
    assert.match(incomplete.stderr, /--data-branch needs --data-repository/);
  });

  it('the PR comment says which benchmark changed lately in the baseline history, and where', async () => {
    const dir = join(work.path, 'comment');
    const history = runs().slice(0, 92);
    await new LocalStore(dir).saveAll(history, 'main');
    const head = makeRun({ id: 'head', time: '2025-06-01T00:00:00Z', benchmarks: history[91]!.benchmarks });
    const { writeFileSync } = await import('node:fs');
    const { serializeResults } = await import('../../src/results/io.ts');
    const headFile = join(work.path, 'head.json');
    writeFileSync(headFile, serializeResults(head));
    const { stdout } = await cli(
      'compare',
      '--head',
      headFile,
      '--baseline-branch',
      'main',
      '--store',
      dir,
      '--suite',
      'api',
      '--format',
      'markdown',
      '--fail-on',
      'never',
    );
    const commit = (1080).toString(16).padStart(40, 'd').slice(0, 7);
    // The line as renderMarkdown escapes it ("99\\.6", "\\("), which GitHub shows as "99.6", "(".
    const line = stdout.split('\n').find((l) => l.startsWith('parse changed at commit'));
    assert.equal(
      line
        ?.replace(/\\(.)/g, '$1')
        .replace(/[\d.]+ ns\/op/g, 'N ns/op')
        .replace(/\+[\d.]+%/, '+X%'),
      `parse changed at commit ${commit}, 12 runs ago: N ns/op → N ns/op (+X%, a regression).`,
    );
  });
});
