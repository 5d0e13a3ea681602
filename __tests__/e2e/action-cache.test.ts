// The bundled Action, run as the runner runs it, with baselines in the Actions cache (the
// real @actions/cache against the local cache service) and the PR comment on the fake,
// OpenAPI-checked GitHub API.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { stickyMarker } from '../../src/github/comment.ts';
import { Runner, results, sha, type Job } from '../support/action-runner.ts';
import { startCacheServer, type CacheServer } from '../support/cache-server.ts';
import { ACTIONS_BOT, READ_ONLY_TOKEN, WRITE_TOKEN, startGitHubApi, type GitHubApi } from '../support/github-api-server.ts';

const MAIN = 'refs/heads/main';
const PR_REF = 'refs/pull/7/merge';
const FORK_REF = 'refs/pull/8/merge';

let runner: Runner;
let cache: CacheServer;
let api: GitHubApi;

// main:    m1 - m2 - m3
//                \    \
// feature:        p1 - p2   (#7, from this repository)
// fork:                x1   (#8, from someone/widgets, off m3)
before(async () => {
  runner = new Runner();
  cache = await startCacheServer();
  api = await startGitHubApi();
  api.addCommits([
    { sha: sha('m1'), parents: [] },
    { sha: sha('m2'), parents: [sha('m1')] },
    { sha: sha('p1'), parents: [sha('m2')] },
    { sha: sha('m3'), parents: [sha('m2')] },
    { sha: sha('p2'), parents: [sha('p1')] },
    { sha: sha('x1'), parents: [sha('m3')] },
  ]);
  api.setBranch('main', sha('m3'));
  api.setBranch('feature/faster-parse', sha('p2'));
  api.addPullRequest({ number: 7, headSha: sha('p1'), headRef: 'feature/faster-parse', baseRef: 'main', baseSha: sha('m2') });
  api.addPullRequest({ number: 8, headSha: sha('x1'), headRef: 'main', baseRef: 'main', headRepo: 'someone/widgets' });
});

after(async () => {
  await api.close();
  await cache.close();
  runner.cleanup();
});

function job(overrides: Omit<Job, 'env'> & { env?: Record<string, string> }): Job {
  return {
    ...overrides,
    inputs: { 'baseline-store': 'cache', 'github-token': WRITE_TOKEN, ...overrides.inputs },
    env: { ...cache.env, GITHUB_API_URL: api.url, ...overrides.env },
  };
}

/** A push to main that records `benchmarks` as main's baseline at `commit`. */
async function recordMain(commit: string, time: string, benchmarks: Record<string, number>) {
  cache.setScope(MAIN);
  const file = runner.writeResults(`results/${commit}.json`, results({ commit, time, benchmarks }));
  const run = await runner.run(job({ event: 'push', payload: { ...pushPayload(), after: commit }, sha: commit, inputs: { results: file } }));
  assert.equal(run.code, 0, run.stdout);
  return run;
}

function pushPayload(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../fixtures/events/push.main.json', import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** The summary as a reader sees it: markdown's backslash escapes removed. */
function unescape(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

function assertApiContractKept(): void {
  assert.deepEqual(api.violations, []);
  assert.deepEqual(cache.violations, []);
}

test('a first PR run with no baseline passes with verdict no-baseline and says so in the summary', async () => {
  cache.setScope(PR_REF, [PR_REF, MAIN]);
  const file = runner.writeResults('results/first.json', results({ commit: sha('p1'), time: '2025-01-01T00:00:00Z', benchmarks: { parse: 100 } }));
  const run = await runner.run(
    job({ event: 'pull_request', payload: 'pull_request.opened.json', sha: sha('p1'), ref: PR_REF, inputs: { results: file, comment: 'on-regression' } }),
  );

  assert.equal(run.code, 0, run.stdout);
  assert.equal(run.outputs.verdict, 'no-baseline');
  assert.equal(run.outputs.regressions, '0');
  assert.match(run.summary, /No baseline/);
  assert.match(
    unescape(run.summary),
    /No baseline of default on main in the Actions cache \(no entry starts with benchgate-default-main-\): a first run, an evicted entry/,
  );
  // on-regression: nothing to say yet, so no comment is started.
  assert.equal(api.comments(7).length, 0);
  assert.equal(cache.entries.length, 0, 'a PR run saves nothing');
  assertApiContractKept();
});

test('a push to main records its run as the baseline in the cache', async () => {
  const run = await recordMain(sha('m1'), '2025-01-02T00:00:00Z', { parse: 100, render: 2000 });
  assert.equal(run.outputs.verdict, 'no-baseline');
  assert.ok(cache.entry(`benchgate-default-main-20250102T000000000Z-${sha('m1')}`), cache.entries.map((e) => e.key).join(', '));
  assert.match(run.stdout, /Saved this run as the newest baseline of default on main/);

  const second = await recordMain(sha('m2'), '2025-01-03T00:00:00Z', { parse: 100, render: 2000 });
  assert.equal(second.outputs.verdict, 'pass', 'the second push compares with the first');
  assert.equal(cache.entries.length, 2);
  assertApiContractKept();
});

test('a PR with a real regression gets a sticky comment, regressions output and exit code 1', async () => {
  cache.setScope(PR_REF, [PR_REF, MAIN]);
  const file = runner.writeResults('results/p1.json', results({ commit: sha('p1'), time: '2025-01-04T00:00:00Z', benchmarks: { parse: 130, render: 2000 } }));
  const run = await runner.run(job({ event: 'pull_request', payload: 'pull_request.opened.json', sha: sha('p1'), ref: PR_REF, inputs: { results: file } }));

  assert.equal(run.code, 1, run.stdout);
  assert.equal(run.outputs.verdict, 'fail');
  assert.ok(Number(run.outputs.regressions) >= 1);
  assert.match(run.summary, /parse/);
  assert.match(run.summary, /regress/i);
  assert.ok(
    run.errors.some((e) => /regress/i.test(e)),
    run.errors.join('\n'),
  );

  const comments = api.comments(7);
  assert.equal(comments.length, 1);
  assert.ok(comments[0]!.body.startsWith(stickyMarker('default')));
  assert.equal(comments[0]!.user.login, ACTIONS_BOT.login);
  assert.match(comments[0]!.body, new RegExp(sha('p1').slice(0, 7)), 'names the head commit');
  assert.match(comments[0]!.body, new RegExp(sha('m2').slice(0, 7)), 'names the baseline commit');
  assert.match(comments[0]!.body, /actions\/runs\/\d+/, 'links the run');
  assert.equal(run.outputs['comment-url'], comments[0]!.htmlUrl);
  assertApiContractKept();
});

test('a second push to the same PR updates the same comment instead of adding one', async () => {
  cache.setScope(PR_REF, [PR_REF, MAIN]);
  api.addPullRequest({ number: 7, headSha: sha('p2'), headRef: 'feature/faster-parse', baseRef: 'main', baseSha: sha('m2') });
  const before = api.comments(7);
  assert.equal(before.length, 1);
  const file = runner.writeResults('results/p2.json', results({ commit: sha('p2'), time: '2025-01-05T00:00:00Z', benchmarks: { parse: 100, render: 2000 } }));
  const run = await runner.run(
    job({ event: 'pull_request', payload: 'pull_request.synchronize.json', sha: sha('p2'), ref: PR_REF, inputs: { results: file } }),
  );

  assert.equal(run.code, 0, run.stdout);
  assert.equal(run.outputs.verdict, 'pass');
  const comments = api.comments(7);
  assert.equal(comments.length, 1);
  assert.equal(comments[0]!.id, before[0]!.id);
  assert.match(comments[0]!.body, new RegExp(sha('p2').slice(0, 7)));
  assert.doesNotMatch(comments[0]!.body, /❌/);
  assert.ok(
    api.requests.some((r) => r.method === 'PATCH'),
    'the comment was edited in place',
  );
  assertApiContractKept();
});

test('a PR is compared with the base branch run at its merge-base, not a newer one', async () => {
  // main moves on to m3, 30% faster; the PR (off m2) did not get that speed-up and is no slower than m2.
  await recordMain(sha('m3'), '2025-01-06T00:00:00Z', { parse: 70, render: 2000 });
  cache.setScope(PR_REF, [PR_REF, MAIN]);
  const file = runner.writeResults(
    'results/p2-again.json',
    results({ commit: sha('p2'), time: '2025-01-07T00:00:00Z', benchmarks: { parse: 100, render: 2000 } }),
  );
  const run = await runner.run(
    job({ event: 'pull_request', payload: 'pull_request.synchronize.json', sha: sha('p2'), ref: PR_REF, inputs: { results: file } }),
  );

  assert.equal(run.code, 0, run.stdout);
  assert.equal(run.outputs.verdict, 'pass');
  assert.match(run.summary, new RegExp(sha('m2').slice(0, 7)));
  assertApiContractKept();
});

test('a fork PR with a read-only token gets no comment, but a warning on how to comment and a complete verdict', async () => {
  cache.setScope(FORK_REF, [FORK_REF, MAIN]);
  const commentsBefore = api.comments(8).length;
  const file = runner.writeResults('results/x1.json', results({ commit: sha('x1'), time: '2025-01-08T00:00:00Z', benchmarks: { parse: 140, render: 2000 } }));
  const run = await runner.run(
    job({
      event: 'pull_request',
      payload: 'pull_request.fork.json',
      sha: sha('x1'),
      ref: FORK_REF,
      inputs: { results: file, 'github-token': READ_ONLY_TOKEN },
    }),
  );

  assert.equal(run.code, 1, 'x1 is twice as slow as m3: a regression the fork must still be told of');
  assert.equal(run.outputs.verdict, 'fail');
  assert.ok(Number(run.outputs.regressions) >= 1);
  assert.match(run.summary, /parse/);
  assert.equal(run.outputs['comment-url'], undefined);
  assert.equal(api.comments(8).length, commentsBefore);
  const warning = run.warnings.find((w) => /fork/i.test(w));
  assert.ok(warning, run.warnings.join('\n'));
  assert.match(warning, /workflow_run/);
  assert.match(warning, /pull-requests: write/);
  assertApiContractKept();
});

test('a 5xx from GitHub on commenting changes neither the verdict nor the exit status', async () => {
  cache.setScope(PR_REF, [PR_REF, MAIN]);
  api.addPullRequest({ number: 7, headSha: sha('p1'), headRef: 'feature/faster-parse', baseRef: 'main', baseSha: sha('m2') });
  const comment = api.comments(7)[0]!;
  api.failNext({ method: 'PATCH', status: 502, times: 10 });
  const file = runner.writeResults(
    'results/p1-again.json',
    results({ commit: sha('p1'), time: '2025-01-09T00:00:00Z', benchmarks: { parse: 130, render: 2000 } }),
  );
  const run = await runner.run(job({ event: 'pull_request', payload: 'pull_request.opened.json', sha: sha('p1'), ref: PR_REF, inputs: { results: file } }));

  assert.equal(run.code, 1, 'the regression still fails the check');
  assert.equal(run.outputs.verdict, 'fail');
  assert.ok(Number(run.outputs.regressions) >= 1);
  assert.match(run.summary, /parse/);
  assert.ok(
    run.warnings.some((w) => /Could not post the PR comment/.test(w) && /502|server/i.test(w)),
    run.warnings.join('\n'),
  );
  assert.ok(api.requests.filter((r) => r.method === 'PATCH' && r.status === 502).length >= 2, 'retried before giving up');
  assert.ok(!run.warnings.some((w) => w.includes('..')), run.warnings.join('\n'));
  // Each wait before a retry is said as it begins, not 14 s of silence.
  assert.match(
    run.stdout,
    /GitHub answered PATCH \/repos\/\{owner\}\/\{repo\}\/issues\/comments\/\{comment_id\} with 502; trying again in 1 s \(retry 1 of 3\)/,
  );
  assert.equal(api.comments(7)[0]!.body, comment.body, 'the old comment is left as it was');
  assertApiContractKept();
});

test('hostile benchmark names leave no live HTML, mention or link in the comment', async () => {
  cache.setScope(MAIN);
  const hostile = {
    '<img src=x onerror=alert(1)> @octo-org/admins': 100,
    '[click](https://evil.example/phish) <script>alert(1)</script>': 100,
    '<!-- benchgate:comment suite="default" --> `code` | pipe': 100,
    '@everyone https://evil.example/x <a href="https://evil.example">a</a>': 100,
  };
  const baseFile = runner.writeResults(
    'results/hostile-base.json',
    results({ suite: 'hostile', commit: sha('m2'), time: '2025-01-10T00:00:00Z', benchmarks: hostile }),
  );
  const saved = await runner.run(
    job({ event: 'push', payload: { ...pushPayload(), after: sha('m2') }, sha: sha('m2'), inputs: { results: baseFile, suite: 'hostile' } }),
  );
  assert.equal(saved.code, 0, saved.stdout);

  cache.setScope(PR_REF, [PR_REF, MAIN]);
  const slower = Object.fromEntries(Object.keys(hostile).map((name) => [name, 140]));
  const file = runner.writeResults('results/hostile.json', results({ suite: 'hostile', commit: sha('p1'), time: '2025-01-11T00:00:00Z', benchmarks: slower }));
  const run = await runner.run(
    job({ event: 'pull_request', payload: 'pull_request.opened.json', sha: sha('p1'), ref: PR_REF, inputs: { results: file, suite: 'hostile' } }),
  );
  assert.equal(run.code, 1, run.stdout);

  const comments = api.comments(7).filter((c) => c.body.startsWith(stickyMarker('hostile')));
  assert.equal(comments.length, 1);
  const body = comments[0]!.body;
  const afterMarker = body.slice(stickyMarker('hostile').length);
  assert.doesNotMatch(afterMarker, /<(img|script|a)\b/i, 'no live tag');
  assert.doesNotMatch(afterMarker, /<!--/, 'no HTML comment that could imitate a marker');
  assert.doesNotMatch(afterMarker, /(^|[^\\`\w])@(everyone|octo-org)/, 'no live mention');
  assert.doesNotMatch(afterMarker, /\]\(https?:\/\/evil/, 'no live markdown link');
  assert.doesNotMatch(afterMarker, /(^|[^\\`])https?:\/\/evil\.example/, 'no autolinked URL');
  assert.equal(body.split(stickyMarker('default')).length, 1, 'no second marker');
  for (const text of [run.summary]) assert.doesNotMatch(text, /<(img|script|a)\b/i);
  assertApiContractKept();
});

test('a corrupt cache entry stops the run with an error naming the entry, and no entry is changed', async () => {
  cache.setScope(MAIN);
  const newest = cache.entries.filter((e) => e.key.startsWith('benchgate-default-main-')).sort((a, b) => b.createdSeq - a.createdSeq)[0]!;
  newest.data = Buffer.from('this is not a zstd archive');
  const before = cache.entries.map((e) => `${e.key}:${e.data.toString('base64')}`);

  const file = runner.writeResults(
    'results/after-corrupt.json',
    results({ commit: sha('m3'), time: '2025-01-12T00:00:00Z', benchmarks: { parse: 70, render: 2000 } }),
  );
  const run = await runner.run(job({ event: 'push', payload: { ...pushPayload(), after: sha('m3') }, sha: sha('m3'), inputs: { results: file } }));

  assert.equal(run.code, 1, run.stdout);
  const error = run.errors.join('\n');
  assert.ok(error.includes(newest.key), `names the entry: ${error}`);
  assert.doesNotMatch(error, /unexpectedly|please report/);
  assert.deepEqual(
    cache.entries.map((e) => `${e.key}:${e.data.toString('base64')}`),
    before,
    'the stored entries are byte-identical afterwards',
  );
  assertApiContractKept();
});
