// The fake GitHub is only worth trusting if its contract checks can fail: these tests send
// it requests by hand, wrong ones included, and look at what it answers and records.
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { example, loadContract } from './github-api-contract.ts';
import { MAINTAINER, READ_ONLY_TOKEN, SERVED_OPERATIONS, WRITE_TOKEN, startGitHubApi } from './github-api-server.ts';

async function setup(t: TestContext) {
  const api = await startGitHubApi();
  t.after(() => api.close());
  api.addIssue(5);
  const call = async (method: string, path: string, options: { body?: string | object; token?: string | null } = {}) => {
    const token = options.token === undefined ? WRITE_TOKEN : options.token;
    const response = await fetch(`${api.url}${path}`, {
      method,
      headers: { accept: 'application/vnd.github+json', ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
      ...(options.body === undefined ? {} : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  };
  return { api, call };
}

test('rejects a comment without a body as GitHub does, and records the violation', async (t) => {
  const { api, call } = await setup(t);
  const reply = await call('POST', '/repos/octo-org/widgets/issues/5/comments', { body: { text: 'hello' } });
  assert.equal(reply.status, 422);
  assert.match(String(reply.body?.message), /^Invalid request/);
  assert.equal(api.comments(5).length, 0);
  assert.equal(api.violations.length, 1);
  assert.equal(api.violations[0]?.side, 'request');
  assert.match(api.violations[0]!.problems.join('\n'), /must have required property 'body'/);
});

test('rejects a body of the wrong type and a status state outside the enum', async (t) => {
  const { api, call } = await setup(t);
  api.addCommits([{ sha: 'c'.repeat(40), parents: [] }]);
  assert.equal((await call('POST', '/repos/octo-org/widgets/issues/5/comments', { body: { body: 42 } })).status, 422);
  assert.equal((await call('POST', `/repos/octo-org/widgets/statuses/${'c'.repeat(40)}`, { body: { state: 'great' } })).status, 422);
  assert.equal((await call('POST', '/repos/octo-org/widgets/issues/5/comments', { body: '{not json' })).status, 400);
  assert.deepEqual(api.statuses(), []);
  assert.deepEqual(
    api.violations.map((v) => v.problems[0]),
    ['body/body must be string', 'body/state must be equal to one of the allowed values (["error","failure","pending","success"])', 'request body is not JSON'],
  );
});

test('answers 404 for routes it does not serve and for path parameters of the wrong type', async (t) => {
  const { api, call } = await setup(t);
  assert.equal((await call('GET', '/user')).status, 404);
  assert.equal((await call('DELETE', '/repos/octo-org/widgets/issues/comments/1')).status, 404);
  assert.equal((await call('GET', '/repos/octo-org/widgets/issues/five/comments')).status, 404);
  assert.equal(api.violations.length, 3);
  assert.match(api.violations[0]!.problems[0]!, /no served route matches \/user/);
  assert.match(api.violations[1]!.problems[0]!, /DELETE is not served/);
  assert.match(api.violations[2]!.problems[0]!, /path parameter issue_number must be integer/);
});

test('records query parameters the operation does not know, while answering like GitHub', async (t) => {
  const { api, call } = await setup(t);
  const reply = await call('GET', '/repos/octo-org/widgets/issues/5/comments?per_pag=100');
  assert.equal(reply.status, 200);
  assert.match(api.violations[0]!.problems[0]!, /query parameter per_pag is not part of issues\/list-comments/);
});

test("a read-only token gets GitHub's 403 on writes, and no token gets a 401", async (t) => {
  const { api, call } = await setup(t);
  const denied = await call('POST', '/repos/octo-org/widgets/issues/5/comments', { body: { body: 'hi' }, token: READ_ONLY_TOKEN });
  assert.equal(denied.status, 403);
  assert.equal(denied.body?.message, 'Resource not accessible by integration');
  assert.equal(denied.body?.documentation_url, 'https://docs.github.com/rest/issues/comments#create-an-issue-comment');
  assert.equal((await call('GET', '/repos/octo-org/widgets/issues/5/comments', { token: READ_ONLY_TOKEN })).status, 200);
  assert.equal((await call('GET', '/repos/octo-org/widgets/issues/5/comments', { token: null })).status, 401);
  assert.equal((await call('GET', '/repos/octo-org/widgets/issues/5/comments', { token: 'ghp_unknown' })).body?.message, 'Bad credentials');
  assert.equal((await call('GET', '/repos/someone-else/widgets/issues/5/comments')).status, 404);
  assert.deepEqual(api.violations, []);
});

test("pages comments with GitHub's Link header", async (t) => {
  const { api, call } = await setup(t);
  for (let i = 0; i < 25; i++) api.addComment(5, { body: `note ${i}`, user: MAINTAINER });
  const first = await call('GET', '/repos/octo-org/widgets/issues/5/comments?per_page=10');
  assert.equal((first.body as unknown as unknown[]).length, 10);
  const link = first.headers.get('link') ?? '';
  assert.match(link, new RegExp(`<${api.url}/repos/octo-org/widgets/issues/5/comments\\?per_page=10&page=2>; rel="next"`));
  assert.match(link, /page=3>; rel="last"/);
  const last = await call('GET', '/repos/octo-org/widgets/issues/5/comments?per_page=10&page=3');
  assert.deepEqual(
    (last.body as unknown as Array<{ body: string }>).map((c) => c.body),
    ['note 20', 'note 21', 'note 22', 'note 23', 'note 24'],
  );
  assert.doesNotMatch(last.headers.get('link') ?? '', /rel="next"/);
  assert.deepEqual(api.violations, []);
});

test('injected rate limits carry the headers GitHub sends', async (t) => {
  const { api, call } = await setup(t);
  api.failNext({ status: '403-rate-limit', resetAfter: 30 });
  api.failNext({ status: 429, retryAfter: 7 });
  const primary = await call('GET', '/repos/octo-org/widgets/issues/5/comments');
  assert.equal(primary.status, 403);
  assert.equal(primary.headers.get('x-ratelimit-remaining'), '0');
  const reset = Number(primary.headers.get('x-ratelimit-reset')) - Date.now() / 1000;
  assert.ok(reset > 20 && reset <= 31, `resets in ${reset} s`);
  assert.match(String(primary.body?.message), /^API rate limit exceeded/);
  const secondary = await call('GET', '/repos/octo-org/widgets/issues/5/comments');
  assert.equal(secondary.status, 429);
  assert.equal(secondary.headers.get('retry-after'), '7');
  assert.match(String(secondary.body?.message), /secondary rate limit/);
  assert.equal((await call('GET', '/repos/octo-org/widgets/issues/5/comments')).status, 200);
  assert.deepEqual(api.violations, []);
});

test("the response schemas can fail: the description's own pull request example misses a required field", () => {
  const contract = loadContract(SERVED_OPERATIONS);
  const pullsGet = contract.operations.find((op) => op.operationId === 'pulls/get');
  const validate = pullsGet?.responses.get(200);
  assert.ok(validate);
  const pr = example('pull-request') as Record<string, unknown>;
  assert.equal(validate(pr), false);
  assert.match(JSON.stringify(validate.errors), /requested_teams/);
  assert.equal(validate({ ...pr, requested_teams: [] }), true);
  assert.equal(validate({ ...pr, requested_teams: [], head: { ...(pr.head as object), sha: 7 } }), false);
  assert.equal(validate({ ...pr, requested_teams: [], merged_at: null, closed_at: null }), true, 'nullable fields accept null');
});

test('records a response of its own that breaks the schema', async (t) => {
  const { api, call } = await setup(t);
  api.addComment(5, { body: 'from a user whose id is not an integer', user: { login: 'odd', id: 1.5, type: 'User' } });
  const reply = await call('GET', '/repos/octo-org/widgets/issues/5/comments');
  assert.equal(reply.status, 200);
  assert.equal(api.violations.length, 1);
  assert.equal(api.violations[0]?.side, 'response');
  assert.match(api.violations[0]!.problems.join('\n'), /response 200 body\/0\/user\/id must be integer/);
});
