// The bundled Action keeps the trend dashboard on the data branch: every saved run records its
// verdicts and regenerates the site beside the data in the same commit, rewriting only what
// changed; the job summary and the PR comment link to the page. Real git, a local bare remote.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Runner, results, sha, type Job } from '../support/action-runner.ts';
import { bareRemote, git, remoteFile, remoteFiles, remoteTip } from '../support/git-fixtures.ts';
import { WRITE_TOKEN, startGitHubApi, type GitHubApi } from '../support/github-api-server.ts';

const DATA = 'benchgate-data';
const PAGE = 'https://octo-org.github.io/widgets/';

let runner: Runner;
let remote: string;
let api: GitHubApi;

before(async () => {
  runner = new Runner();
  remote = bareRemote(runner.root);
  api = await startGitHubApi();
  api.addCommits([
    { sha: sha('m1'), parents: [] },
    { sha: sha('m2'), parents: [sha('m1')] },
    { sha: sha('p1'), parents: [sha('m2')] },
  ]);
  api.setBranch('main', sha('m2'));
  api.addPullRequest({ number: 7, headSha: sha('p1'), headRef: 'feature/faster-parse', baseRef: 'main', baseSha: sha('m2') });
});

after(async () => {
  await api.close();
  runner.cleanup();
});

// The page's default address comes from GITHUB_REPOSITORY when the data branch is this repository's
// (unit-tested in __tests__/action/dashboard.test.ts); a local remote needs it given.
function job(overrides: Job): Job {
  return {
    ...overrides,
    inputs: { 'baseline-store': 'branch', 'data-repository': remote, 'github-token': WRITE_TOKEN, 'dashboard-url': PAGE, ...overrides.inputs },
    env: { GITHUB_API_URL: api.url, ...overrides.env },
  };
}

function push(commit: string, fixture = 'push.main.json'): Record<string, unknown> {
  const payload = JSON.parse(readFileSync(new URL(`../fixtures/events/${fixture}`, import.meta.url), 'utf8')) as Record<string, unknown>;
  return { ...payload, after: commit };
}

function changedInTip(): string[] {
  return git(remote, 'diff', '--name-only', `${DATA}~1`, DATA).split('\n').filter(Boolean).sort();
}

test('a push to main saves the run and the dashboard in one commit, and the summary links to the page', { timeout: 120_000 }, async () => {
  const file = runner.writeResults(
    'results/m1.json',
    results({ suite: 'api', commit: sha('m1'), time: '2025-03-01T00:00:00Z', benchmarks: { parse: 100, render: 2000 } }),
  );
  const run = await runner.run(job({ event: 'push', payload: push(sha('m1')), sha: sha('m1'), inputs: { results: file, suite: 'api' } }));
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.deepEqual(run.warnings, []);
  const files = remoteFiles(remote, DATA);
  for (const expected of [
    'index.html',
    '.nojekyll',
    'benchgate-dashboard/app.js',
    'benchgate-dashboard/worker.js',
    'benchgate-dashboard/app.css',
    'benchgate-dashboard/suites.json',
    'benchgate-dashboard/suites/api.json',
    'benchgate-dashboard/changes/api.json',
    'api/history/index.json',
    'api/history/2025-03.json',
  ]) {
    assert.ok(files.includes(expected), `${expected} on the data branch:\n${files.join('\n')}`);
  }
  assert.equal(git(remote, 'rev-list', '--count', DATA).trim(), '1', 'the run and the site are one commit');
  const manifest = JSON.parse(remoteFile(remote, DATA, 'benchgate-dashboard/suites.json')) as {
    repository: string;
    suites: Array<{ name: string; runs: number }>;
  };
  assert.equal(manifest.repository, 'https://github.com/octo-org/widgets');
  assert.deepEqual(
    manifest.suites.map((s) => [s.name, s.runs]),
    [['api', 1]],
  );
  assert.ok(run.summary.includes(`[Trends of every benchmark](${PAGE})`), run.summary);
  assert.match(run.stdout, /Dashboard: \d+ of \d+ files changed; it is served at https:\/\/octo-org\.github\.io\/widgets\//);
});

test('the next push records its verdicts and rewrites only the files whose content changed', { timeout: 120_000 }, async () => {
  const file = runner.writeResults(
    'results/m2.json',
    results({ suite: 'api', commit: sha('m2'), time: '2025-03-02T00:00:00Z', benchmarks: { parse: 300, render: 2000 } }),
  );
  const before = remoteTip(remote, DATA);
  const run = await runner.run(job({ event: 'push', payload: push(sha('m2'), 'push.main-2.json'), sha: sha('m2'), inputs: { results: file, suite: 'api' } }));
  assert.ok(run.code === 0 || run.code === 1, run.stdout + run.stderr);
  assert.notEqual(remoteTip(remote, DATA), before);
  const changed = changedInTip();
  assert.deepEqual(
    changed.filter((f) => !f.startsWith('api/main/')),
    [
      'api/history/2025-03.json',
      'api/history/index.json',
      'api/verdicts/2025-03.json',
      'benchgate-dashboard/changes/api.json',
      'benchgate-dashboard/suites.json',
      'benchgate-dashboard/suites/api.json',
    ],
    'the page, its program and the first run stay as they were',
  );
  assert.equal(changed.filter((f) => f.startsWith('api/main/')).length, 1, 'one new run file');
  const log = JSON.parse(remoteFile(remote, DATA, 'api/verdicts/2025-03.json')) as {
    runs: Array<{ id: string; verdicts: Array<{ name: string; verdict: string }> }>;
  };
  assert.equal(log.runs.length, 1, 'the first run had no baseline: nothing was judged');
  const comparison = JSON.parse(readFileSync(join(runner.temp, 'benchgate', 'api', 'comparison.json'), 'utf8')) as {
    benchmarks: Array<{ name: string; verdict: string }>;
  };
  assert.deepEqual(
    log.runs[0]!.verdicts.map((v) => [v.name, v.verdict]),
    comparison.benchmarks.filter((b) => b.verdict !== 'unchanged').map((b) => [b.name, b.verdict]),
    'the log holds exactly the verdicts of the comparison that was reported, less "unchanged"',
  );
  const parse = log.runs[0]!.verdicts.find((v) => v.name === 'parse');
  assert.ok(parse, 'a threefold slowdown is not "unchanged"');
  const summary = JSON.parse(remoteFile(remote, DATA, 'benchgate-dashboard/suites/api.json')) as {
    branches: Array<{ name: string; runs: number; benchmarks: Array<{ name: string; lastVerdict?: string; runs: number }> }>;
  };
  const main = summary.branches.find((b) => b.name === 'main')!;
  assert.equal(main.runs, 2);
  assert.equal(main.benchmarks.find((b) => b.name === 'parse')!.lastVerdict, parse.verdict);
  assert.equal(main.benchmarks.find((b) => b.name === 'render')!.lastVerdict, log.runs[0]!.verdicts.find((v) => v.name === 'render')?.verdict ?? 'unchanged');
});

test('a pull request links to the page and writes nothing', { timeout: 120_000 }, async () => {
  const before = remoteTip(remote, DATA);
  const file = runner.writeResults(
    'results/p1.json',
    results({ suite: 'api', commit: sha('p1'), time: '2025-03-03T00:00:00Z', benchmarks: { parse: 300, render: 2000 } }),
  );
  const run = await runner.run(
    job({ event: 'pull_request', payload: 'pull_request.opened.json', sha: sha('p1'), ref: 'refs/pull/7/merge', inputs: { results: file, suite: 'api' } }),
  );
  assert.ok(run.code === 0 || run.code === 1, run.stdout + run.stderr);
  assert.equal(remoteTip(remote, DATA), before);
  assert.ok(run.summary.includes(`(${PAGE})`), run.summary);
  const comment = api.comments(7).at(-1);
  assert.ok(comment?.body.includes(`[Trends of every benchmark](${PAGE})`), comment?.body);
});

test('dashboard: false keeps the data branch to the data; dashboard-url sets the link', { timeout: 120_000 }, async () => {
  const other = bareRemote(runner.root, 'other.git');
  const file = runner.writeResults('results/o1.json', results({ suite: 'api', commit: sha('m1'), time: '2025-03-01T00:00:00Z', benchmarks: { parse: 100 } }));
  const run = await runner.run(
    job({
      event: 'push',
      payload: push(sha('m1')),
      sha: sha('m1'),
      inputs: { results: file, suite: 'api', 'data-repository': other, dashboard: 'false', 'dashboard-url': 'https://perf.example.com/widgets/' },
    }),
  );
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const files = remoteFiles(other, DATA);
  assert.deepEqual(
    files.filter((f) => !f.startsWith('api/')),
    [],
  );
  assert.ok(run.summary.includes('(https://perf.example.com/widgets/)'), run.summary);
});

test('dashboard: true without the data branch is refused with what to do', { timeout: 60_000 }, async () => {
  const file = runner.writeResults('results/c1.json', results({ suite: 'api', commit: sha('m1'), time: '2025-03-01T00:00:00Z', benchmarks: { parse: 100 } }));
  const run = await runner.run(
    job({ event: 'push', payload: push(sha('m1')), sha: sha('m1'), inputs: { results: file, 'baseline-store': 'none', dashboard: 'true' } }),
  );
  assert.equal(run.code, 1);
  assert.match(run.errors.join('\n'), /input 'dashboard': the dashboard lives on the data branch, so it needs baseline-store: branch \(found none\)/);
});
