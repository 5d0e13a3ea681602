// From event to plan, over real webhook payloads (@octokit/webhooks-examples, pointed at the
// test repository): what each event measures, compares with, saves, and refuses.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { matchBranch, planRun, type EventPayload, type Plan, type PlanOptions } from '../../src/github/plan.ts';
import { sha } from '../support/action-runner.ts';

const OPTIONS: PlanOptions = { releaseBranches: ['release/**'], allowPullRequestTarget: false };

function payload(name: string): EventPayload {
  return JSON.parse(readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8')) as EventPayload;
}

function plan(event: string, fixture: string, env: { sha?: string; ref?: string } = {}, options: Partial<PlanOptions> = {}): Plan {
  return planRun(event, payload(fixture), { sha: env.sha ?? sha('runner-sha'), ref: env.ref }, { ...OPTIONS, ...options });
}

test('pull_request opened: compare the head with the base branch baseline at the merge-base', () => {
  const p = plan('pull_request', 'pull_request.opened.json');
  assert.equal(p.kind, 'pull-request');
  assert.deepEqual(
    { ...p, summary: undefined },
    {
      kind: 'pull-request',
      sha: sha('p1'),
      number: 7,
      headBranch: 'feature/faster-parse',
      baseBranch: 'main',
      baseSha: sha('m2'),
      fork: false,
      summary: undefined,
    },
  );
  assert.match(p.summary, /#7/);
  assert.match(p.summary, /merge-base/);
});

test('pull_request synchronize: the new head is measured, not GITHUB_SHA (the merge commit)', () => {
  const p = plan('pull_request', 'pull_request.synchronize.json', { sha: sha('merge-commit') });
  assert.equal(p.kind, 'pull-request');
  if (p.kind !== 'pull-request') return;
  assert.equal(p.sha, sha('p2'));
  assert.equal(p.number, 7);
});

test('a pull request from a fork is marked as such, so the read-only token is expected', () => {
  const p = plan('pull_request', 'pull_request.fork.json');
  assert.equal(p.kind, 'pull-request');
  if (p.kind !== 'pull-request') return;
  assert.equal(p.fork, true);
  assert.equal(p.number, 8);
  assert.equal(p.sha, sha('x1'));
});

test('pull_request_target is refused without the opt-in, and explains the safe pattern', () => {
  const p = plan('pull_request_target', 'pull_request_target.fork.json');
  assert.equal(p.kind, 'refuse');
  assert.match(p.summary, /write token and secrets/);
  assert.match(p.summary, /workflow_run/);
  assert.match(p.summary, /allow-pull-request-target: true/);

  const allowed = plan('pull_request_target', 'pull_request_target.fork.json', {}, { allowPullRequestTarget: true });
  assert.equal(allowed.kind, 'pull-request');
});

test('a pull_request event without a pull request in its payload is skipped', () => {
  const p = planRun('pull_request', {}, { sha: sha('x') }, OPTIONS);
  assert.equal(p.kind, 'skip');
});

test('push to the default branch records the pushed commit as the new baseline', () => {
  const p = plan('push', 'push.main.json', { sha: sha('something-else') });
  assert.deepEqual({ ...p, summary: undefined }, { kind: 'record', branch: 'main', sha: sha('m1'), compareWith: 'main', summary: undefined });
});

test('push to a release branch is gated against its last release run, then the default branch', () => {
  const p = plan('push', 'push.release.json');
  assert.equal(p.kind, 'release');
  if (p.kind !== 'release') return;
  assert.equal(p.branch, 'release/1.x');
  assert.equal(p.sha, sha('r1'));
  assert.deepEqual(p.baselineBranches, ['release/1.x', 'main']);
});

test('release branch patterns are configurable; a push to any other branch is measured only', () => {
  assert.equal(plan('push', 'push.release.json', {}, { releaseBranches: ['releases/*'] }).kind, 'measure');
  assert.equal(plan('push', 'push.release.json', {}, { releaseBranches: ['release/*'] }).kind, 'release');
  const feature = planRun('push', { ...payload('push.main.json'), ref: 'refs/heads/feature/x' }, { sha: sha('f') }, OPTIONS);
  assert.equal(feature.kind, 'measure');
});

test('the default branch comes from the payload, not a guess of "main"', () => {
  const original = payload('push.main.json');
  const onTrunk = { ...original, ref: 'refs/heads/trunk', repository: { ...original.repository, default_branch: 'trunk' } };
  assert.equal(planRun('push', onTrunk, { sha: sha('t') }, OPTIONS).kind, 'record');
  const mainNotDefault = { ...original, repository: { ...original.repository, default_branch: 'trunk' } };
  assert.equal(planRun('push', mainNotDefault, { sha: sha('t') }, OPTIONS).kind, 'measure');
});

test('pushes of tags and deletions of branches measure nothing', () => {
  const tag = plan('push', 'push.tag.json');
  assert.equal(tag.kind, 'skip');
  assert.match(tag.summary, /refs\/tags\/simple-tag is not a branch/);
  assert.equal(plan('push', 'push.deleted-branch.json').kind, 'skip');
});

test('workflow_dispatch and schedule measure the ref they run on and record it', () => {
  const dispatch = plan('workflow_dispatch', 'workflow_dispatch.json', { sha: sha('d'), ref: 'refs/heads/main' });
  assert.deepEqual({ ...dispatch, summary: undefined }, { kind: 'record', branch: 'main', sha: sha('d'), compareWith: 'main', summary: undefined });
  const scheduled = plan('schedule', 'schedule.json', { sha: sha('s'), ref: 'refs/heads/main' });
  assert.equal(scheduled.kind, 'record');
  // Without GITHUB_REF, workflow_dispatch's payload names the ref; schedule runs on the default branch.
  const fromPayload = plan('workflow_dispatch', 'workflow_dispatch.json', { sha: sha('d') });
  assert.equal(fromPayload.kind === 'record' && fromPayload.branch, 'main');
  const onTag = plan('workflow_dispatch', 'workflow_dispatch.json', { sha: sha('d'), ref: 'refs/tags/v1.2.0' });
  assert.equal(onTag.kind, 'measure');
});

test('workflow_run in run mode and other events are skipped with a message that names what is supported', () => {
  const wr = plan('workflow_run', 'workflow_run.completed.json');
  assert.equal(wr.kind, 'skip');
  assert.match(wr.summary, /mode 'report'/);
  const issues = plan('issues', 'issues.opened.json');
  assert.equal(issues.kind, 'skip');
  assert.match(issues.summary, /'issues'/);
  assert.match(issues.summary, /pull_request, push, workflow_dispatch and schedule/);
});

test('branch patterns: * stays within a segment, ** crosses segments, other characters are literal', () => {
  assert.equal(matchBranch('release/*', 'release/1.x'), true);
  assert.equal(matchBranch('release/*', 'release/1.x/hotfix'), false);
  assert.equal(matchBranch('release/**', 'release/1.x/hotfix'), true);
  assert.equal(matchBranch('v*.*', 'v1.2'), true);
  assert.equal(matchBranch('v*.*', 'v1x2'), false);
  assert.equal(matchBranch('main', 'mainline'), false);
});
