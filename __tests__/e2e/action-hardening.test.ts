// The bundled Action against what hostile benchmark code, a careless input and a runner without
// services do to it: what benchmarks can read of the job's secrets, a work folder prepared for the
// data branch, repositories git would take for options, a cache store with no cache service, and
// the words its messages use.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Runner, results, sha, type Job } from '../support/action-runner.ts';
import { startCacheServer, type CacheServer } from '../support/cache-server.ts';
import { bareRemote, remoteFiles } from '../support/git-fixtures.ts';
import { WRITE_TOKEN, startGitHubApi, type GitHubApi } from '../support/github-api-server.ts';

const PR_REF = 'refs/pull/7/merge';

let runner: Runner;
let remote: string;
let api: GitHubApi;
let cache: CacheServer;

before(async () => {
  runner = new Runner();
  remote = bareRemote(runner.root);
  api = await startGitHubApi();
  cache = await startCacheServer();
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
  await cache.close();
  runner.cleanup();
});

function pushEvent(after: string): Record<string, unknown> {
  const payload = JSON.parse(readFileSync(new URL('../fixtures/events/push.main.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  return { ...payload, after };
}

function branchJob(overrides: Job): Job {
  return {
    ...overrides,
    inputs: { 'baseline-store': 'branch', 'data-repository': remote, 'github-token': WRITE_TOKEN, ...overrides.inputs },
    env: { ...cache.env, GITHUB_API_URL: api.url, ...overrides.env },
  };
}

test('benchmarks find no secret in the environment of the processes above them, and a work folder they prepare for the data branch is never used', async () => {
  const hookLog = join(runner.workspace, 'hook-ran.txt');
  runner.write(
    'benchmarks/snoop.bench.mjs',
    `import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench } from 'benchgate';

// Read the environment every process above this one started with, as far up as allowed.
const seen = [];
let pid = process.pid;
for (let i = 0; i < 8 && pid > 1; i++) {
  pid = Number(/^PPid:\\s+(\\d+)/m.exec(readFileSync('/proc/' + pid + '/status', 'utf8'))[1]);
  try {
    seen.push(readFileSync('/proc/' + pid + '/environ', 'latin1'));
  } catch {}
}
writeFileSync(new URL('../environ-seen.txt', import.meta.url), seen.join('\\n'));

// Prepare the folder the data-branch store used to work in, with code git would run next to the token.
const work = join(process.env.RUNNER_TEMP, 'benchgate-data', 'self');
mkdirSync(work, { recursive: true });
execFileSync('git', ['init', '--quiet', '--initial-branch=benchgate-data', work]);
const hook = '#!/bin/sh\\nenv >> ${hookLog}\\n';
writeFileSync(join(work, 'spy.sh'), hook, { mode: 0o755 });
execFileSync('git', ['config', 'core.fsmonitor', join(work, 'spy.sh')], { cwd: work });
for (const name of ['reference-transaction', 'post-commit', 'post-checkout']) writeFileSync(join(work, '.git', 'hooks', name), hook, { mode: 0o755 });
writeFileSync(join(work, '.git', 'benchgate-store'), 'ours, says the benchmark\\n');

bench('noop', () => 1);
`,
  );
  const run = await runner.run(
    branchJob({
      event: 'push',
      payload: pushEvent(sha('m1')),
      sha: sha('m1'),
      inputs: { suite: 'self', samples: '4', processes: '2', 'round-time': '5ms', warmup: '10ms' },
    }),
  );
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'no-baseline');
  assert.ok(
    remoteFiles(remote, 'benchgate-data').some((f) => f.startsWith('self/')),
    'the run was recorded on the data branch',
  );

  const seen = readFileSync(join(runner.workspace, 'environ-seen.txt'), 'latin1');
  assert.match(seen, /GITHUB_REPOSITORY=octo-org\/widgets/, "the benchmark did read the Action's environment");
  const basic = Buffer.from(`x-access-token:${WRITE_TOKEN}`).toString('base64');
  for (const secret of [WRITE_TOKEN, basic, cache.env.ACTIONS_RUNTIME_TOKEN!]) {
    assert.ok(!seen.includes(secret), `a benchmark could read ${secret.slice(0, 12)}… from a parent's environment`);
  }
  assert.equal(existsSync(hookLog), false, `git ran code the benchmark planted:\n${existsSync(hookLog) ? readFileSync(hookLog, 'utf8') : ''}`);
});

test('a data-repository that git would read as an option fails the step as a bad input, before anything runs', async () => {
  const marker = join(runner.root, 'pwned');
  for (const repository of [`--upload-pack=touch ${marker}:x`, '-u']) {
    const run = await runner.run(branchJob({ event: 'push', payload: pushEvent(sha('m2')), sha: sha('m2'), inputs: { 'data-repository': repository } }));
    assert.equal(run.code, 1);
    assert.match(run.errors.join('\n'), /input 'data-repository': expected a repository URL or path, not beginning with "-", found "-/);
    assert.doesNotMatch(run.errors.join('\n'), /unexpectedly/);
  }
  assert.equal(existsSync(marker), false);
});

test('with baseline-store cache on a runner with no cache service, a PR gets its verdict, summary and comment, and a warning saying what to do', async () => {
  const file = runner.writeResults('results/p1.json', results({ commit: sha('p1'), time: '2025-01-01T00:00:00Z', benchmarks: { parse: 100 } }));
  const run = await runner.run({
    event: 'pull_request',
    payload: 'pull_request.opened.json',
    sha: sha('p1'),
    ref: PR_REF,
    inputs: { 'baseline-store': 'cache', 'github-token': WRITE_TOKEN, results: file },
    // No ACTIONS_RESULTS_URL, ACTIONS_CACHE_URL or ACTIONS_RUNTIME_TOKEN: a runner without the service.
    env: { GITHUB_API_URL: api.url },
  });
  assert.equal(run.code, 0, run.stdout);
  assert.equal(run.outputs.verdict, 'no-baseline');
  assert.match(run.summary, /No baseline found for this suite/);
  const said = run.warnings.join('\n');
  assert.match(said, /this runner offers no cache service .*Use baseline-store: branch to keep baselines on a git data branch instead/s);
  assert.doesNotMatch(said + run.summary, /local store/);
  // A pull request is told how a baseline comes to be, not that it will become one.
  const summary = run.summary.replace(/\\(.)/g, '$1');
  assert.match(summary, /Pull requests never save one: a baseline is recorded when this workflow runs on a push to main/);
  assert.doesNotMatch(summary, /once saved/);
  assert.equal(api.comments(7).length, 1, 'the comment is posted all the same');
  assert.equal(existsSync(join(runner.workspace, '.benchgate')), false, 'nothing left in the workspace');
});

test('the cache store works in the runner temp folder, leaving nothing in the workspace', async () => {
  cache.setScope('refs/heads/main');
  const file = runner.writeResults('results/m2.json', results({ commit: sha('m2'), time: '2025-01-02T00:00:00Z', benchmarks: { parse: 100 } }));
  const run = await runner.run({
    event: 'push',
    payload: pushEvent(sha('m2')),
    sha: sha('m2'),
    inputs: { 'baseline-store': 'cache', 'github-token': WRITE_TOKEN, results: file },
    env: { ...cache.env, GITHUB_API_URL: api.url },
  });
  assert.equal(run.code, 0, run.stdout);
  assert.equal(cache.entries.length, 1, 'saved to the cache');
  assert.equal(existsSync(join(runner.workspace, '.benchgate')), false);
  assert.deepEqual(cache.violations, []);
});

test('an event benchgate does not act on sets every output, as action.yml documents, in run and in report mode', async () => {
  const skipped = { verdict: 'skipped', regressions: '0', improvements: '0', 'results-path': '', 'report-path': '', 'comment-url': '' };
  const run = await runner.run({ event: 'issues', payload: 'issues.opened.json', sha: sha('m2') });
  assert.equal(run.code, 0, run.stdout);
  assert.deepEqual(run.outputs, skipped);
  const report = await runner.run({
    event: 'workflow_run',
    payload: 'workflow_run.completed-push.json',
    sha: sha('m2'),
    inputs: { mode: 'report', results: 'artifact', 'github-token': WRITE_TOKEN },
  });
  assert.equal(report.code, 0, report.stdout);
  assert.deepEqual(report.outputs, skipped);
});

test("errors name the Action's inputs, not the CLI's flags", async () => {
  const pytest = readFileSync(new URL('../fixtures/tool-outputs/pytest_output.json', import.meta.url), 'utf8');
  runner.write('results/pytest.json', pytest);
  const run = await runner.run({
    event: 'push',
    payload: pushEvent(sha('m2')),
    sha: sha('m2'),
    inputs: { 'baseline-store': 'none', results: 'results/pytest.json' },
  });
  assert.equal(run.code, 1);
  assert.match(run.errors.join('\n'), /this looks like pytest-benchmark .*: set input 'tool' to pytest/);
  assert.doesNotMatch(run.errors.join('\n'), /--tool/);
});

test('a merge-base GitHub cannot find is said once, and the run goes on against the newest baseline', async () => {
  // A base commit GitHub does not know (force-pushed away, say): the compare API answers 404.
  const payload = JSON.parse(readFileSync(new URL('../fixtures/events/pull_request.opened.json', import.meta.url), 'utf8')) as {
    pull_request: { base: { sha: string } };
  };
  payload.pull_request.base.sha = sha('gone');
  const file = runner.writeResults('results/p1-again.json', results({ commit: sha('p1'), time: '2025-01-03T00:00:00Z', benchmarks: { parse: 100 } }));
  const run = await runner.run(branchJob({ event: 'pull_request', payload, sha: sha('p1'), ref: PR_REF, inputs: { results: file } }));
  assert.equal(run.code, 0, run.stdout);
  const warning = run.warnings.find((w) => /merge-base/.test(w));
  assert.ok(warning, run.warnings.join('\n'));
  assert.equal(warning.match(/Could not find the merge-base/g)?.length, 1, warning);
  assert.match(warning, /Compared with the newest stored run of the base branch instead\.$/);
  assert.doesNotMatch(warning, /\.\./);
});
