// Facts about a pull request, for the fork-safe workflow_run flow: there the pull request
// number arrives in an artifact written by untrusted code, so it is checked against the
// commit that was actually measured before anything is posted.
import { UsageError, describe } from '../errors.ts';
import type { GitHubClient } from './client.ts';
import { PullRequestHeadMismatch, callGitHub } from './errors.ts';

export interface PullRequestInfo {
  number: number;
  state: 'open' | 'closed';
  htmlUrl: string;
  headSha: string;
  headRef: string;
  /** "owner/name" of the head repository; null when the fork has been deleted. */
  headRepo: string | null;
  baseRef: string;
  baseSha: string;
  baseRepo: string;
  /** The head lives in another repository than the base: its workflows get a read-only token. */
  fork: boolean;
}

export async function getPullRequest(octokit: GitHubClient, owner: string, repo: string, number: number): Promise<PullRequestInfo> {
  checkRepository(owner, repo);
  checkPullNumber(number);
  const { data } = await callGitHub(`read pull request ${owner}/${repo}#${number}`, () =>
    octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: number }),
  );
  const headRepo = data.head.repo?.full_name ?? null;
  return {
    number: data.number,
    state: data.state === 'closed' ? 'closed' : 'open',
    htmlUrl: data.html_url,
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepo,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    baseRepo: data.base.repo.full_name,
    fork: headRepo === null || headRepo.toLowerCase() !== data.base.repo.full_name.toLowerCase(),
  };
}

/**
 * The pull request, if its head is `expectedHeadSha` (the workflow_run's head_sha);
 * otherwise PullRequestHeadMismatch, and nothing should be posted to it.
 */
export async function verifyPullRequestHead(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  number: number,
  expectedHeadSha: string,
): Promise<PullRequestInfo> {
  checkPullNumber(number);
  if (typeof expectedHeadSha !== 'string' || !/^[0-9a-f]{40}$/i.test(expectedHeadSha)) {
    throw new UsageError(`Expected head commit of pull request #${number}: expected a 40-character hex sha, found ${describe(expectedHeadSha)}.`);
  }
  const pr = await getPullRequest(octokit, owner, repo, number);
  if (pr.headSha.toLowerCase() !== expectedHeadSha.toLowerCase()) {
    throw new PullRequestHeadMismatch(`${owner}/${repo}`, number, expectedHeadSha, pr.headSha);
  }
  return pr;
}

export function checkRepository(owner: string, repo: string): void {
  if (typeof owner !== 'string' || !/^[\w.-]+$/.test(owner) || typeof repo !== 'string' || !/^[\w.-]+$/.test(repo)) {
    throw new UsageError(`GitHub repository: expected an owner and a name like "octo-org" and "widgets", found ${describe(owner)} and ${describe(repo)}.`);
  }
}

function checkPullNumber(number: number): void {
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new UsageError(`Pull request number: expected a positive integer, found ${describe(number)}.`);
  }
}
