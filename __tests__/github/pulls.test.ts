import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test, type TestContext } from 'node:test';
import { UsageError } from '../../src/errors.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { GitHubApiError, PullRequestHeadMismatch } from '../../src/github/errors.ts';
import { getMergeBase, listAncestorShas } from '../../src/github/history.ts';
import { getPullRequest, verifyPullRequestHead } from '../../src/github/pulls.ts';
import { createCheckRun, createCommitStatus } from '../../src/github/status.ts';
import { READ_ONLY_TOKEN, WRITE_TOKEN, startGitHubApi, type GitHubApi } from '../support/github-api-server.ts';

const OWNER = 'octo-org';
const REPO = 'widgets';

function sha(name: string): string {
  return createHash('sha1').update(name).digest('hex');
}

// main:    m1 - m2 - m3 - m4 - m5
//                \
// feature:        f1 - f2 (pull request #7)
//
// fork:    m4 - x1 (pull request #8 from someone/widgets)
async function setup(t: TestContext, token = WRITE_TOKEN) {
  const api = await startGitHubApi();
  t.after(() => api.close());
  api.addCommits([
    { sha: sha('m1'), parents: [] },
    { sha: sha('m2'), parents: [sha('m1')] },
    { sha: sha('f1'), parents: [sha('m2')] },
    { sha: sha('m3'), parents: [sha('m2')] },
    { sha: sha('f2'), parents: [sha('f1')] },
    { sha: sha('m4'), parents: [sha('m3')] },
    { sha: sha('x1'), parents: [sha('m4')] },
    { sha: sha('m5'), parents: [sha('m4')] },
  ]);
  api.setBranch('main', sha('m5'));
  api.setBranch('feature/faster-parse', sha('f2'));
  api.addPullRequest({ number: 7, headSha: sha('f2'), headRef: 'feature/faster-parse', baseRef: 'main' });
  api.addPullRequest({ number: 8, headSha: sha('x1'), headRef: 'main', baseRef: 'main', headRepo: 'someone/widgets' });
  const octokit = createGitHubClient({ token, baseUrl: api.url, log: () => {}, secondMs: 2, spaceWrites: false });
  return { api, octokit };
}

function assertContractKept(api: GitHubApi): void {
  assert.deepEqual(api.violations, []);
}

test('reads the head, base and origin of a pull request from the same repository', async (t) => {
  const { api, octokit } = await setup(t);
  const pr = await getPullRequest(octokit, OWNER, REPO, 7);
  assert.deepEqual(pr, {
    number: 7,
    state: 'open',
    htmlUrl: 'https://github.com/octo-org/widgets/pull/7',
    headSha: sha('f2'),
    headRef: 'feature/faster-parse',
    headRepo: 'octo-org/widgets',
    baseRef: 'main',
    baseSha: sha('m5'),
    baseRepo: 'octo-org/widgets',
    fork: false,
  });
  assertContractKept(api);
});

test('tells a pull request from a fork by its head repository', async (t) => {
  const { api, octokit } = await setup(t);
  const pr = await getPullRequest(octokit, OWNER, REPO, 8);
  assert.equal(pr.fork, true);
  assert.equal(pr.headRepo, 'someone/widgets');
  assert.equal(pr.baseRepo, 'octo-org/widgets');
  assertContractKept(api);
});

test('accepts a pull request whose head is the measured commit, in any letter case', async (t) => {
  const { api, octokit } = await setup(t);
  const pr = await verifyPullRequestHead(octokit, OWNER, REPO, 7, sha('f2').toUpperCase());
  assert.equal(pr.number, 7);
  assertContractKept(api);
});

test('rejects a pull request number whose head is not the measured commit', async (t) => {
  const { api, octokit } = await setup(t);
  // An artifact from the fork's run claims to be about #7, but the run measured x1.
  const err = await verifyPullRequestHead(octokit, OWNER, REPO, 7, sha('x1')).catch((e: unknown) => e);
  assert.ok(err instanceof PullRequestHeadMismatch);
  assert.equal(err.pullNumber, 7);
  assert.equal(err.expectedHeadSha, sha('x1'));
  assert.equal(err.actualHeadSha, sha('f2'));
  assert.match(err.message, /not trusted/);
  assertContractKept(api);
});

test('rejects an untrusted pull request number or sha that is malformed, without calling GitHub', async (t) => {
  const { api, octokit } = await setup(t);
  await assert.rejects(verifyPullRequestHead(octokit, OWNER, REPO, Number('7; rm -rf'), sha('f2')), UsageError);
  await assert.rejects(verifyPullRequestHead(octokit, OWNER, REPO, -7, sha('f2')), /positive integer, found -7/);
  await assert.rejects(verifyPullRequestHead(octokit, OWNER, REPO, 7, 'f2'), /40-character hex sha, found "f2"/);
  await assert.rejects(getPullRequest(octokit, OWNER, '../../user', 7), UsageError);
  assert.equal(api.requests.length, 0);
});

test('a pull request that does not exist is reported as not found, naming it', async (t) => {
  const { api, octokit } = await setup(t);
  const err = await getPullRequest(octokit, OWNER, REPO, 99).catch((e: unknown) => e);
  assert.ok(err instanceof GitHubApiError);
  assert.equal(err.failure, 'not-found');
  assert.equal(err.status, 404);
  assert.match(err.message, /octo-org\/widgets#99/);
  assertContractKept(api);
});

test('finds the merge-base of a branch that forked from main earlier', async (t) => {
  const { api, octokit } = await setup(t);
  assert.equal(await getMergeBase(octokit, OWNER, REPO, 'main', sha('f2')), sha('m2'));
  assert.equal(await getMergeBase(octokit, OWNER, REPO, 'main', 'feature/faster-parse'), sha('m2'));
  assert.equal(await getMergeBase(octokit, OWNER, REPO, sha('m3'), sha('x1')), sha('m3'));
  assertContractKept(api);
});

test('lists a commit and its ancestors newest first', async (t) => {
  const { api, octokit } = await setup(t);
  assert.deepEqual(await listAncestorShas(octokit, OWNER, REPO, sha('m4')), [sha('m4'), sha('m3'), sha('m2'), sha('m1')]);
  assert.deepEqual(await listAncestorShas(octokit, OWNER, REPO, sha('f2')), [sha('f2'), sha('f1'), sha('m2'), sha('m1')]);
  assertContractKept(api);
});

test('pages through a long history and stops at the limit', async (t) => {
  const { api, octokit } = await setup(t);
  const long = Array.from({ length: 260 }, (_, i) => ({ sha: sha(`long${i}`), parents: [i === 0 ? sha('m5') : sha(`long${i - 1}`)] }));
  api.addCommits(long);
  const newestFirst = [...long.map((c) => c.sha)].reverse();

  const all = await listAncestorShas(octokit, OWNER, REPO, sha('long259'));
  assert.equal(all.length, 265);
  assert.deepEqual(all.slice(0, 260), newestFirst);
  assert.equal(all.at(-1), sha('m1'));

  const before = api.requests.length;
  const some = await listAncestorShas(octokit, OWNER, REPO, sha('long259'), 150);
  assert.deepEqual(some, newestFirst.slice(0, 150));
  assert.equal(api.requests.length - before, 2, 'fetches only the pages it needs');
  assertContractKept(api);
});

test('posts a commit status named after the suite, with the description cut to fit', async (t) => {
  const { api, octokit } = await setup(t);
  const description = `2 regressions: ${'parse '.repeat(40)}`;
  const result = await createCommitStatus(octokit, {
    owner: OWNER,
    repo: REPO,
    sha: sha('f2'),
    suite: 'micro',
    state: 'failure',
    description,
    targetUrl: 'https://github.com/octo-org/widgets/pull/7#issuecomment-1',
  });
  const [status] = api.statuses();
  assert.equal(result.context, 'benchgate/micro');
  assert.equal(status?.id, result.id);
  assert.equal(status?.context, 'benchgate/micro');
  assert.equal(status?.state, 'failure');
  assert.equal(status?.sha, sha('f2'));
  assert.ok(status?.description?.startsWith('2 regressions: parse'));
  assert.ok((status?.description?.length ?? 999) <= 140);
  assertContractKept(api);
});

test('a read-only token cannot post a status, and the error names the permission', async (t) => {
  const { api, octokit } = await setup(t, READ_ONLY_TOKEN);
  const err = await createCommitStatus(octokit, { owner: OWNER, repo: REPO, sha: sha('f2'), suite: 'micro', state: 'success', description: 'ok' }).catch(
    (e: unknown) => e,
  );
  assert.ok(err instanceof GitHubApiError);
  assert.equal(err.failure, 'not-permitted');
  assert.match(err.message, /statuses: write/);
  assert.equal(api.statuses().length, 0);
  assertContractKept(api);
});

test('creates a completed check run for the suite', async (t) => {
  const { api, octokit } = await setup(t);
  const result = await createCheckRun(octokit, {
    owner: OWNER,
    repo: REPO,
    sha: sha('f2'),
    suite: 'micro',
    conclusion: 'success',
    title: 'No regressions',
    summary: '12 benchmarks, none slower',
  });
  const [run] = api.checkRuns();
  assert.equal(run?.id, result.id);
  assert.equal(run?.name, 'benchgate/micro');
  assert.equal(run?.status, 'completed');
  assert.equal(run?.conclusion, 'success');
  assert.equal(run?.summary, '12 benchmarks, none slower');
  assertContractKept(api);
});
