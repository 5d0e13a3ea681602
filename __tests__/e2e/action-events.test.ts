// The bundled Action, run as the runner runs it, on the events that need care: the fork-safe
// workflow_run half (mode: report), pull_request_target, events it does not handle, and bad input.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { stickyMarker } from '../../src/github/comment.ts';
import { Runner, results, sha, type Job } from '../support/action-runner.ts';
import { startCacheServer, type CacheServer } from '../support/cache-server.ts';
import { READ_ONLY_TOKEN, WRITE_TOKEN, startGitHubApi, type GitHubApi } from '../support/github-api-server.ts';

const MAIN = 'refs/heads/main';

let runner: Runner;
let cache: CacheServer;
let api: GitHubApi;

// main: m1 - m2 - m3;  fork PR #8 (someone/widgets): m3 - x1
before(async () => {
  runner = new Runner();
  cache = await startCacheServer();
  api = await startGitHubApi();
  api.addCommits([
    { sha: sha('m1'), parents: [] },
    { sha: sha('m2'), parents: [sha('m1')] },
    { sha: sha('m3'), parents: [sha('m2')] },
    { sha: sha('x1'), parents: [sha('m3')] },
  ]);
  api.setBranch('main', sha('m3'));
  api.addPullRequest({ number: 8, headSha: sha('x1'), headRef: 'main', baseRef: 'main', headRepo: 'someone/widgets' });
  api.addIssue(9);
});

after(async () => {
  await api.close();
  await cache.close();
  runner.cleanup();
});

function job(overrides: Job): Job {
  return {
    ...overrides,
    inputs: { 'baseline-store': 'cache', 'github-token': WRITE_TOKEN, ...overrides.inputs },
    env: { ...cache.env, GITHUB_API_URL: api.url, ...overrides.env },
  };
}

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** Everything a run could have harmed: comments, statuses, cache entries. */
function harmSnapshot() {
  return {
    comments: [8, 9].flatMap((n) => api.comments(n).map((c) => `${c.id}:${c.body}`)),
    statuses: api.statuses().length,
    writes: api.requests.filter((r) => r.method !== 'GET').length,
    entries: cache.entries.map((e) => e.key),
  };
}

async function recordMain(commit: string, time: string, parse: number): Promise<void> {
  cache.setScope(MAIN);
  const file = runner.writeResults(`results/main-${commit}.json`, results({ commit, time, benchmarks: { parse, render: 2000 } }));
  const run = await runner.run(job({ event: 'push', payload: { ...fixture('push.main.json'), after: commit }, sha: commit, inputs: { results: file } }));
  assert.equal(run.code, 0, run.stdout);
}

/**
 * The first half of the fork-safe pair: the fork's pull_request run with its read-only token
 * and comment: never. Returns the folder it left for upload-artifact.
 */
async function forkPullRequestRun(parse: number): Promise<string> {
  cache.setScope('refs/pull/8/merge', ['refs/pull/8/merge', MAIN]);
  const file = runner.writeResults(
    `results/x1-${parse}.json`,
    results({ commit: sha('x1'), time: '2025-04-02T00:00:00Z', benchmarks: { parse, render: 2000 } }),
  );
  const run = await runner.run(
    job({
      event: 'pull_request',
      payload: 'pull_request.fork.json',
      sha: sha('x1'),
      ref: 'refs/pull/8/merge',
      inputs: { results: file, comment: 'never', 'github-token': READ_ONLY_TOKEN },
    }),
  );
  assert.ok(run.code === 0 || run.code === 1, run.stdout);
  const folder = join(runner.temp, 'benchgate', 'default');
  assert.deepEqual(
    readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort(),
    ['comparison.json', 'pull-request.json', 'results.json'],
  );
  return folder;
}

/** What actions/download-artifact leaves in the workflow_run job's workspace. */
function downloadArtifact(from: string, name: string): string {
  const to = join(runner.workspace, name);
  mkdirSync(to, { recursive: true });
  for (const file of ['results.json', 'pull-request.json']) writeFileSync(join(to, file), readFileSync(join(from, file)));
  return name;
}

test('workflow_run report mode reads the artifact, verifies the PR head, and posts the comment and a commit status', async () => {
  await recordMain(sha('m3'), '2025-04-01T00:00:00Z', 100);
  const artifact = downloadArtifact(await forkPullRequestRun(140), 'artifact-slow');
  assert.equal(api.comments(8).length, 0, 'the pull_request half posted nothing');

  cache.setScope(MAIN);
  const run = await runner.run(
    job({ event: 'workflow_run', payload: 'workflow_run.completed.json', sha: sha('m3'), inputs: { mode: 'report', results: artifact } }),
  );
  assert.equal(run.code, 1, run.stdout);
  assert.equal(run.outputs.verdict, 'fail');
  assert.ok(Number(run.outputs.regressions) >= 1);
  assert.match(run.summary, /parse/);

  const comments = api.comments(8);
  assert.equal(comments.length, 1);
  assert.ok(comments[0]!.body.startsWith(stickyMarker('default')));
  assert.match(comments[0]!.body, new RegExp(sha('x1').slice(0, 7)));
  assert.equal(run.outputs['comment-url'], comments[0]!.htmlUrl);
  const statuses = api.statuses();
  assert.equal(statuses.length, 1);
  assert.deepEqual([statuses[0]!.sha, statuses[0]!.state, statuses[0]!.context], [sha('x1'), 'failure', 'benchgate/default']);
  assert.ok(
    api.requests.some((r) => r.route === '/repos/{owner}/{repo}/pulls/{pull_number}'),
    'the PR head was checked with the API',
  );
  assert.deepEqual(api.violations, []);
  assert.deepEqual(cache.violations, []);
});

test('workflow_run report mode refuses an artifact whose PR head is not the commit the run measured', async () => {
  const artifact = downloadArtifact(join(runner.temp, 'benchgate', 'default'), 'artifact-mismatch');
  const before = harmSnapshot();
  // The workflow run says it measured m2, but PR #8's head is x1: the number in the artifact is not to be trusted.
  const payload = fixture('workflow_run.completed.json');
  const lying = { ...payload, workflow_run: { ...(payload.workflow_run as object), head_sha: sha('m2') } };
  const handoff = JSON.parse(readFileSync(join(runner.workspace, artifact, 'pull-request.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(runner.workspace, artifact, 'pull-request.json'), JSON.stringify({ ...handoff, headSha: sha('m2') }));
  const run = await runner.run(job({ event: 'workflow_run', payload: lying, sha: sha('m3'), inputs: { mode: 'report', results: artifact } }));

  assert.equal(run.code, 1);
  assert.match(run.errors.join('\n'), /#8 has head [0-9a-f]{12}, but the measured commit is/);
  assert.deepEqual(harmSnapshot(), before, 'nothing was posted');
  assert.equal(run.outputs.verdict, undefined);

  // An artifact that disagrees with its own workflow run is refused before the API is asked.
  const requests = api.requests.length;
  const disagreeing = await runner.run(
    job({ event: 'workflow_run', payload: 'workflow_run.completed.json', sha: sha('m3'), inputs: { mode: 'report', results: artifact } }),
  );
  assert.equal(disagreeing.code, 1);
  assert.match(disagreeing.errors.join('\n'), /Refusing to report on pull request #8: the artifact says it measured/);
  assert.equal(api.requests.length, requests);
  assert.deepEqual(api.violations, []);
});

test('workflow_run report mode ignores runs that were not for a pull request, and is refused on other events', async () => {
  const before = harmSnapshot();
  const pushRun = await runner.run(
    job({ event: 'workflow_run', payload: 'workflow_run.completed-push.json', sha: sha('m3'), inputs: { mode: 'report', results: 'artifact-slow' } }),
  );
  assert.equal(pushRun.code, 0, pushRun.stdout);
  assert.equal(pushRun.outputs.verdict, 'skipped');
  assert.match(pushRun.stdout, /triggered by 'push', not a pull request/);

  const wrongEvent = await runner.run(job({ event: 'push', payload: 'push.main.json', sha: sha('m1'), inputs: { mode: 'report', results: 'artifact-slow' } }));
  assert.equal(wrongEvent.code, 1);
  assert.match(wrongEvent.errors.join('\n'), /input 'mode'.*workflow_run/);
  assert.deepEqual(harmSnapshot(), before);
});

test('pull_request_target is refused unless opted in, and says why', async () => {
  const before = harmSnapshot();
  const file = runner.writeResults(
    'results/target.json',
    results({ commit: sha('x1'), time: '2025-04-03T00:00:00Z', benchmarks: { parse: 100, render: 2000 } }),
  );
  const refused = await runner.run(job({ event: 'pull_request_target', payload: 'pull_request_target.fork.json', sha: sha('m3'), inputs: { results: file } }));
  assert.equal(refused.code, 1);
  const error = refused.errors.join('\n');
  assert.match(error, /Refusing to run under pull_request_target/);
  assert.match(error, /write token and secrets/);
  assert.match(error, /workflow_run/);
  assert.match(error, /allow-pull-request-target/);
  assert.deepEqual(harmSnapshot(), before, 'nothing was posted or saved');

  cache.setScope(MAIN);
  const allowed = await runner.run(
    job({
      event: 'pull_request_target',
      payload: 'pull_request_target.fork.json',
      sha: sha('m3'),
      inputs: { results: file, 'allow-pull-request-target': 'true', comment: 'never' },
    }),
  );
  assert.equal(allowed.code, 0, allowed.stdout);
  assert.equal(allowed.outputs.verdict, 'pass');
});

test('an event benchgate does not handle gets a clear message and harms nothing', async () => {
  const before = harmSnapshot();
  for (const [event, payload] of [
    ['issues', 'issues.opened.json'],
    ['push', 'push.tag.json'],
    ['push', 'push.deleted-branch.json'],
  ] as const) {
    const run = await runner.run(job({ event, payload, sha: sha('m3'), inputs: { results: 'does-not-exist.json' } }));
    assert.equal(run.code, 0, `${event} ${payload}: ${run.stdout}`);
    assert.equal(run.outputs.verdict, 'skipped');
    assert.match(run.stdout, /::notice::.*(nothing|does nothing)/);
  }
  const issues = await runner.run(job({ event: 'issues', payload: 'issues.opened.json', sha: sha('m3') }));
  assert.match(issues.stdout, /does nothing on 'issues' events.*pull_request, push/);
  assert.deepEqual(harmSnapshot(), before);
});

test('a bad input fails the step with an error naming the input, what was expected and what was found', async () => {
  const before = harmSnapshot();
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ threshold: 'abc' }, /input 'threshold': expected a fraction.*found "abc"/],
    [{ 'fail-on': 'sometimes' }, /input 'fail-on': expected one of regression, never, found "sometimes"/],
    [{ 'baseline-store': 's3' }, /input 'baseline-store': expected one of cache, branch, none, found "s3"/],
    [{ comment: 'loud' }, /input 'comment': expected one of always, on-regression, never/],
    [{ samples: '1' }, /input 'samples': expected a whole number from 2/],
    [{ 'allow-pull-request-target': 'maybe' }, /input 'allow-pull-request-target': expected true or false/],
    [{ 'data-branch': 'a b' }, /input 'data-branch': expected a branch name/],
  ];
  for (const [inputs, message] of cases) {
    const run = await runner.run(job({ event: 'push', payload: 'push.main.json', sha: sha('m1'), inputs }));
    assert.equal(run.code, 1, JSON.stringify(inputs));
    assert.match(run.errors.join('\n'), message);
    assert.doesNotMatch(run.errors.join('\n'), /unexpectedly/);
  }
  const missing = await runner.run(job({ event: 'push', payload: 'push.main.json', sha: sha('m1'), inputs: { results: 'nowhere/results.json' } }));
  assert.equal(missing.code, 1);
  assert.match(missing.errors.join('\n'), /nowhere\/results\.json/);
  assert.deepEqual(harmSnapshot(), before);
});
