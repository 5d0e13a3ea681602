// The verdict as a mark on the commit. A commit status is what GITHUB_TOKEN can always
// post, also from a workflow_run workflow; a check run needs `checks: write` and is
// grouped under the workflow that created it.
import { UsageError, describe } from '../errors.ts';
import type { GitHubClient } from './client.ts';
import { callGitHub } from './errors.ts';
import { checkRepository } from './pulls.ts';

export type CommitState = 'success' | 'failure' | 'error' | 'pending';
export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

export interface CommitStatusRequest {
  owner: string;
  repo: string;
  sha: string;
  suite: string;
  state: CommitState;
  /** One line; GitHub keeps at most 140 characters. */
  description: string;
  /** Where the full report is, e.g. the workflow run or the sticky comment. */
  targetUrl?: string;
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  sha: string;
  suite: string;
  conclusion: CheckConclusion;
  title: string;
  /** Markdown; GitHub keeps at most 65535 characters. */
  summary: string;
  detailsUrl?: string;
}

const MAX_DESCRIPTION = 140;
const MAX_SUMMARY = 65535;

/** The status context of a suite, as shown in the pull request's checks. */
export function statusContext(suite: string): string {
  return `benchgate/${suite}`;
}

export async function createCommitStatus(octokit: GitHubClient, request: CommitStatusRequest): Promise<{ id: number; context: string }> {
  const { owner, repo, sha, suite, state } = request;
  checkTarget(owner, repo, sha, suite);
  const context = statusContext(suite);
  const { data } = await callGitHub(
    `set the ${context} status on ${sha.slice(0, 12)} in ${owner}/${repo}`,
    () =>
      octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
        owner,
        repo,
        sha,
        state,
        context,
        description: cut(request.description.replace(/\s+/g, ' ').trim(), MAX_DESCRIPTION),
        ...(request.targetUrl ? { target_url: request.targetUrl } : {}),
      }),
    'statuses: write',
  );
  return { id: data.id, context };
}

export async function createCheckRun(octokit: GitHubClient, request: CheckRunRequest): Promise<{ id: number; url: string }> {
  const { owner, repo, sha, suite, conclusion } = request;
  checkTarget(owner, repo, sha, suite);
  const name = statusContext(suite);
  const { data } = await callGitHub(
    `create the ${name} check run on ${sha.slice(0, 12)} in ${owner}/${repo}`,
    () =>
      octokit.request('POST /repos/{owner}/{repo}/check-runs', {
        owner,
        repo,
        name,
        head_sha: sha,
        status: 'completed',
        conclusion,
        output: { title: cut(request.title, 255), summary: cut(request.summary, MAX_SUMMARY) },
        ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
      }),
    'checks: write',
  );
  return { id: Number(data.id), url: data.html_url ?? data.url };
}

function checkTarget(owner: string, repo: string, sha: string, suite: string): void {
  checkRepository(owner, repo);
  if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/i.test(sha)) throw new UsageError(`Commit to mark: expected a 40-character hex sha, found ${describe(sha)}.`);
  if (typeof suite !== 'string' || suite === '') throw new UsageError(`Commit status: expected a suite name, found ${describe(suite)}.`);
}

function cut(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
