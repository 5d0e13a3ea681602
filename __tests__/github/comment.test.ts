import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { createGitHubClient } from '../../src/github/client.ts';
import { MAX_COMMENT_LENGTH, stickyMarker, upsertStickyComment, type StickyComment } from '../../src/github/comment.ts';
import { CommentNotPermitted, GitHubApiError } from '../../src/github/errors.ts';
import { ACTIONS_BOT, MAINTAINER, READ_ONLY_TOKEN, WRITE_TOKEN, startGitHubApi, type GitHubApi } from '../support/github-api-server.ts';

const PR = 12;
const OTHER_BOT = { login: 'renovate[bot]', id: 29139614, type: 'Bot' as const };

async function setup(t: TestContext, token = WRITE_TOKEN) {
  const api = await startGitHubApi();
  t.after(() => api.close());
  api.addIssue(PR);
  const octokit = createGitHubClient({ token, baseUrl: api.url, log: () => {}, secondMs: 2, spaceWrites: false });
  const upsert = (fields: Partial<StickyComment> = {}) =>
    upsertStickyComment(octokit, { owner: 'octo-org', repo: 'widgets', issueNumber: PR, suite: 'micro', body: '## benchgate\nno regressions', ...fields });
  return { api, octokit, upsert };
}

function assertContractKept(api: GitHubApi): void {
  assert.deepEqual(api.violations, []);
}

function writes(api: GitHubApi): string[] {
  return api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.status}`);
}

test('creates the first comment, marked for its suite, as the token user', async (t) => {
  const { api, upsert } = await setup(t);
  const result = await upsert();
  const [comment, ...others] = api.comments(PR);
  assert.ok(comment);
  assert.equal(others.length, 0);
  assert.equal(result.action, 'created');
  assert.equal(result.id, comment.id);
  assert.equal(result.url, comment.htmlUrl);
  assert.equal(comment.user.login, ACTIONS_BOT.login);
  assert.equal(comment.body, `${stickyMarker('micro')}\n## benchgate\nno regressions`);
  assertContractKept(api);
});

test('a second report for the same suite edits the same comment instead of adding one', async (t) => {
  const { api, upsert } = await setup(t);
  const first = await upsert({ body: 'first report' });
  const second = await upsert({ body: 'second report' });
  assert.equal(second.action, 'updated');
  assert.equal(second.id, first.id);
  const comments = api.comments(PR);
  assert.equal(comments.length, 1);
  assert.match(comments[0]!.body, /second report$/);
  assert.deepEqual(writes(api), ['POST 201', 'PATCH 200']);
  assertContractKept(api);
});

test('does not write when the report is unchanged', async (t) => {
  const { api, upsert } = await setup(t);
  const first = await upsert();
  const again = await upsert();
  assert.deepEqual(again, { action: 'unchanged', url: first.url, id: first.id });
  assert.deepEqual(writes(api), ['POST 201']);
  assertContractKept(api);
});

test('keeps one comment per suite', async (t) => {
  const { api, upsert } = await setup(t);
  const micro = await upsert({ suite: 'micro', body: 'micro report' });
  const load = await upsert({ suite: 'load', body: 'load report' });
  const microAgain = await upsert({ suite: 'micro', body: 'micro report 2' });
  assert.notEqual(micro.id, load.id);
  assert.equal(microAgain.id, micro.id);
  assert.deepEqual(
    api.comments(PR).map((c) => c.body.split('\n')[1]),
    ['micro report 2', 'load report'],
  );
  assertContractKept(api);
});

test("leaves a person's comment that quotes the marker alone", async (t) => {
  const { api, upsert } = await setup(t);
  const quoted = `${stickyMarker('micro')}\nI copied the bot's comment to ask about it`;
  const human = api.addComment(PR, { body: quoted, user: MAINTAINER });
  const result = await upsert();
  assert.equal(result.action, 'created');
  assert.notEqual(result.id, human.id);
  const after = api.comments(PR).find((c) => c.id === human.id);
  assert.equal(after?.body, quoted);
  assert.equal(after?.updatedAt, human.updatedAt);
  assertContractKept(api);
});

test('finds its comment behind more than a hundred others and edits it', async (t) => {
  const { api, upsert } = await setup(t);
  for (let i = 0; i < 140; i++) api.addComment(PR, { body: `review note ${i}`, user: i % 7 === 0 ? OTHER_BOT : MAINTAINER });
  const ours = api.addComment(PR, { body: `${stickyMarker('micro')}\nold report`, user: ACTIONS_BOT });
  for (let i = 0; i < 90; i++) api.addComment(PR, { body: `later note ${i}`, user: MAINTAINER });

  const result = await upsert({ body: 'new report' });
  assert.equal(result.action, 'updated');
  assert.equal(result.id, ours.id);
  assert.equal(api.comments(PR).length, 231);
  const pages = api.requests.filter((r) => r.method === 'GET').map((r) => new URL(r.url, api.url).searchParams.get('page') ?? '1');
  assert.deepEqual(pages, ['1', '2', '3']);
  assertContractKept(api);
});

test("prefers its own login's comment over another bot's comment with the same marker", async (t) => {
  const { api, upsert } = await setup(t);
  const ours = api.addComment(PR, { body: `${stickyMarker('micro')}\nours`, user: ACTIONS_BOT });
  const theirs = api.addComment(PR, { body: `${stickyMarker('micro')}\ntheirs`, user: OTHER_BOT });
  const withAuthor = await upsert({ author: ACTIONS_BOT.login, body: 'new' });
  assert.equal(withAuthor.id, ours.id);
  assert.equal(api.comments(PR).find((c) => c.id === theirs.id)?.body, `${stickyMarker('micro')}\ntheirs`);
  assertContractKept(api);
});

test('a read-only token (fork pull request) gets CommentNotPermitted and posts nothing', async (t) => {
  const { api, upsert } = await setup(t, READ_ONLY_TOKEN);
  const err = await upsert().then(
    () => assert.fail('expected CommentNotPermitted'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof CommentNotPermitted);
  assert.ok(err instanceof GitHubApiError);
  assert.equal(err.failure, 'not-permitted');
  assert.equal(err.status, 403);
  assert.match(err.message, /octo-org\/widgets#12/);
  assert.match(err.message, /Resource not accessible by integration/);
  assert.match(err.message, /workflow_run/);
  assert.equal(api.comments(PR).length, 0);
  assertContractKept(api);
});

test('a read-only token cannot edit an earlier comment either', async (t) => {
  const { api, upsert } = await setup(t, READ_ONLY_TOKEN);
  api.addComment(PR, { body: `${stickyMarker('micro')}\nold`, user: ACTIONS_BOT });
  await assert.rejects(upsert({ body: 'new' }), CommentNotPermitted);
  assert.equal(api.comments(PR)[0]?.body, `${stickyMarker('micro')}\nold`);
  assertContractKept(api);
});

test('a hostile suite name cannot end the hidden marker or pose as another suite', async (t) => {
  const { api, upsert } = await setup(t);
  const hostile = 'micro" -->\n<img src=x onerror=alert(1)><!-- "';
  await upsert({ suite: hostile, body: 'hostile report' });
  const marker = stickyMarker(hostile);
  assert.equal(marker.indexOf('-->'), marker.length - 3, 'the comment ends only at its end');
  assert.equal(marker.split('<!--').length, 2, 'no second comment opens inside');
  assert.ok(!marker.includes('\n'));
  const value = /^<!-- benchgate:comment suite="([^"]*)" -->$/.exec(marker)?.[1];
  assert.equal(decodeURIComponent(value ?? ''), hostile);
  assert.ok(api.comments(PR)[0]!.body.startsWith(`${marker}\n`));

  const plain = await upsert({ suite: 'micro', body: 'plain report' });
  assert.equal(plain.action, 'created');
  assert.equal(api.comments(PR).length, 2);
  assertContractKept(api);
});

test('the marker keeps each suite name apart, including names that are prefixes of others', () => {
  const names = ['micro', 'micro ', 'micro"', 'Micro', 'micro-2', 'mícro', 'a"b', 'a%22b'];
  const markers = new Set(names.map(stickyMarker));
  assert.equal(markers.size, names.length);
  for (const m of markers) assert.match(m, /^<!-- benchgate:comment suite="[^"<>\s]+" -->$/);
});

test('a report longer than GitHub allows is cut to fit, not refused', async (t) => {
  const { api, upsert } = await setup(t);
  const huge = `top line\n${'x'.repeat(MAX_COMMENT_LENGTH + 5000)}`;
  const result = await upsert({ body: huge });
  assert.equal(result.action, 'created');
  const stored = api.comments(PR)[0]!.body;
  assert.ok(stored.length <= MAX_COMMENT_LENGTH, `stored ${stored.length} characters`);
  assert.ok(stored.startsWith(`${stickyMarker('micro')}\ntop line`));
  assert.match(stored, /report cut/);
  assertContractKept(api);
});

test('rejects a missing pull request number before calling GitHub', async (t) => {
  const { api, upsert } = await setup(t);
  await assert.rejects(upsert({ issueNumber: Number('') }), /pull request number.*found 0/);
  await assert.rejects(upsert({ issueNumber: 1.5 }), /positive integer/);
  assert.equal(api.requests.length, 0);
});

test('a pull request that does not exist is reported as not found', async (t) => {
  const { api, upsert } = await setup(t);
  const err = await upsert({ issueNumber: 404 }).catch((e: unknown) => e);
  assert.ok(err instanceof GitHubApiError);
  assert.equal(err.failure, 'not-found');
  assert.match(err.message, /octo-org\/widgets#404/);
  assertContractKept(api);
});
