import assert from 'node:assert/strict';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { test, type TestContext } from 'node:test';
import { UsageError } from '../../src/errors.ts';
import { createGitHubClient, type GitHubClientOptions } from '../../src/github/client.ts';
import { upsertStickyComment } from '../../src/github/comment.ts';
import { GitHubApiError } from '../../src/github/errors.ts';
import { getPullRequest } from '../../src/github/pulls.ts';
import { WRITE_TOKEN, startGitHubApi, type GitHubApi } from '../support/github-api-server.ts';

const PR = 3;
const HEAD = 'a'.repeat(40);
const CREATE_COMMENT = '/repos/{owner}/{repo}/issues/{issue_number}/comments';

async function setup(t: TestContext, options: Partial<GitHubClientOptions> = {}) {
  const api = await startGitHubApi();
  t.after(() => api.close());
  api.addCommits([{ sha: HEAD, parents: [] }]);
  api.setBranch('main', HEAD);
  api.addPullRequest({ number: PR, headSha: HEAD, headRef: 'topic', baseRef: 'main' });
  const logs: string[] = [];
  const octokit = createGitHubClient({ token: WRITE_TOKEN, baseUrl: api.url, log: (m) => logs.push(m), secondMs: 2, spaceWrites: false, ...options });
  const comment = (body = 'report') => upsertStickyComment(octokit, { owner: 'octo-org', repo: 'widgets', issueNumber: PR, suite: 'micro', body });
  return { api, octokit, logs, comment };
}

function attempts(api: GitHubApi, method: string): number[] {
  return api.requests.filter((r) => r.method === method).map((r) => r.status);
}

test('retries a 502 and then comments once', async (t) => {
  const { api, comment } = await setup(t);
  api.failNext({ method: 'POST', route: CREATE_COMMENT, status: 502 });
  const result = await comment();
  assert.equal(result.action, 'created');
  assert.deepEqual(attempts(api, 'POST'), [502, 201]);
  assert.equal(api.comments(PR).length, 1);
  assert.deepEqual(api.violations, []);
});

test('says each retry it makes, with the wait before it', async (t) => {
  const { api, comment, logs } = await setup(t);
  api.failNext({ method: 'POST', route: CREATE_COMMENT, status: 502 });
  api.failNext({ method: 'POST', route: CREATE_COMMENT, status: 503 });
  assert.equal((await comment()).action, 'created');
  assert.deepEqual(attempts(api, 'POST'), [502, 503, 201]);
  assert.deepEqual(
    logs.filter((m) => /trying again/.test(m)),
    [
      'GitHub answered POST /repos/{owner}/{repo}/issues/{issue_number}/comments with 502; trying again in 0.002 s (retry 1 of 3).',
      'GitHub answered POST /repos/{owner}/{repo}/issues/{issue_number}/comments with 503; trying again in 0.008 s (retry 2 of 3).',
    ],
  );
});

test('waits out a secondary rate limit with a short retry-after, then comments', async (t) => {
  const { api, comment, logs } = await setup(t);
  api.failNext({ method: 'POST', route: CREATE_COMMENT, status: 429, retryAfter: 2 });
  const result = await comment();
  assert.equal(result.action, 'created');
  assert.deepEqual(attempts(api, 'POST'), [429, 201]);
  assert.ok(
    logs.some((m) => /secondary rate limit.*waiting 2 s/.test(m)),
    logs.join('\n'),
  );
  assert.deepEqual(api.violations, []);
});

test('waits for a primary rate limit that resets soon, then reads', async (t) => {
  const { api, octokit, logs } = await setup(t);
  api.failNext({ method: 'GET', status: '403-rate-limit', resetAfter: 2 });
  const pr = await getPullRequest(octokit, 'octo-org', 'widgets', PR);
  assert.equal(pr.headSha, HEAD);
  assert.deepEqual(attempts(api, 'GET'), [403, 200]);
  assert.ok(
    logs.some((m) => /\brate limit on GET/.test(m)),
    logs.join('\n'),
  );
  assert.deepEqual(api.violations, []);
});

test('gives up at once on a rate limit that asks for a long wait, saying how long', async (t) => {
  const { api, comment, logs } = await setup(t, { throttle: { maxRetryAfterSeconds: 60 } });
  api.failNext({ method: 'POST', route: CREATE_COMMENT, status: '403-secondary-rate-limit', retryAfter: 3600 });
  const err = await comment().catch((e: unknown) => e);
  assert.ok(err instanceof GitHubApiError);
  assert.equal(err.failure, 'rate-limited');
  assert.equal(err.retryAfterSeconds, 3600);
  assert.match(err.message, /secondary rate limit/);
  assert.match(err.message, /3600 s/);
  assert.deepEqual(attempts(api, 'POST'), [403]);
  assert.ok(
    logs.some((m) => /more than 60 s/.test(m)),
    logs.join('\n'),
  );
  assert.equal(api.comments(PR).length, 0);
  assert.deepEqual(api.violations, []);
});

test('stops retrying a rate limit that keeps coming back', async (t) => {
  const { api, comment } = await setup(t, { retries: 2 });
  api.failNext({ method: 'POST', route: CREATE_COMMENT, status: 429, retryAfter: 1, times: 10 });
  const err = await comment().catch((e: unknown) => e);
  assert.ok(err instanceof GitHubApiError);
  assert.equal(err.failure, 'rate-limited');
  assert.deepEqual(attempts(api, 'POST'), [429, 429, 429]);
  assert.deepEqual(api.violations, []);
});

test('a persistent 500 becomes a clear server-error after the retries', async (t) => {
  const { api, comment } = await setup(t, { retries: 3 });
  api.failNext({ method: 'POST', route: CREATE_COMMENT, status: 500, times: 100 });
  const err = await comment().catch((e: unknown) => e);
  assert.ok(err instanceof GitHubApiError);
  assert.equal(err.failure, 'server-error');
  assert.equal(err.status, 500);
  assert.match(err.message, /^Could not comment on octo-org\/widgets#3: GitHub answered 500 "Server Error", also after retrying/);
  assert.deepEqual(attempts(api, 'POST'), [500, 500, 500, 500]);
  assert.equal(api.comments(PR).length, 0);
  assert.deepEqual(api.violations, []);
});

test('does not retry a request GitHub refused as invalid', async (t) => {
  const { api, octokit } = await setup(t);
  const err = await octokit
    .request('POST /repos/{owner}/{repo}/statuses/{sha}', { owner: 'octo-org', repo: 'widgets', sha: 'b'.repeat(40), state: 'success' })
    .catch((e: unknown) => e);
  assert.equal((err as { status?: number }).status, 422);
  assert.deepEqual(attempts(api, 'POST'), [422]);
});

test('an unreachable GitHub is a network failure, after the retries', async (t) => {
  const port = await closedPort();
  const octokit = createGitHubClient({ token: WRITE_TOKEN, baseUrl: `http://127.0.0.1:${port}`, log: () => {}, secondMs: 2, retries: 1 });
  const err = await getPullRequest(octokit, 'octo-org', 'widgets', 1).catch((e: unknown) => e);
  assert.ok(err instanceof GitHubApiError, String(err));
  assert.equal(err.failure, 'network');
  assert.match(err.message, /read pull request octo-org\/widgets#1/);
  assert.match(err.message, /could not be reached/);
  t.diagnostic(err.message);
});

test('a request that hangs is abandoned after the timeout', async (t) => {
  const sockets: Socket[] = [];
  const hanging = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    for (const socket of sockets) socket.destroy();
    return new Promise((resolve) => hanging.close(resolve));
  });
  const { port } = hanging.address() as AddressInfo;
  const octokit = createGitHubClient({ token: WRITE_TOKEN, baseUrl: `http://127.0.0.1:${port}`, log: () => {}, secondMs: 2, retries: 0, timeoutMs: 200 });
  const started = Date.now();
  const err = await getPullRequest(octokit, 'octo-org', 'widgets', 1).catch((e: unknown) => e);
  assert.ok(err instanceof GitHubApiError, String(err));
  assert.equal(err.failure, 'network');
  assert.ok(Date.now() - started < 10_000);
});

test('refuses an empty token or a malformed API URL, naming what was expected', () => {
  assert.throws(
    () => createGitHubClient({ token: '' }),
    (e: unknown) => e instanceof UsageError && /token is empty/.test(e.message),
  );
  assert.throws(() => createGitHubClient({ token: 'x', baseUrl: 'api.github.com' }), /GITHUB_API_URL.*found "api.github.com"/);
});

test('takes the API URL from GITHUB_API_URL when none is given', (t) => {
  const before = process.env.GITHUB_API_URL;
  t.after(() => {
    if (before === undefined) delete process.env.GITHUB_API_URL;
    else process.env.GITHUB_API_URL = before;
  });
  process.env.GITHUB_API_URL = 'https://ghe.example.com/api/v3/';
  const octokit = createGitHubClient({ token: 'x' });
  assert.equal(octokit.request.endpoint.DEFAULTS.baseUrl, 'https://ghe.example.com/api/v3');
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
