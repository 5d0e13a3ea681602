// The Action's conversations with GitHub's API. Each failure becomes a warning and a note:
// the verdict, the job summary and the exit status never depend on them.
import * as core from '@actions/core';
import type { Comparison } from '../compare/types.ts';
import type { GitHubClient } from '../github/client.ts';
import { upsertStickyComment } from '../github/comment.ts';
import { CommentNotPermitted, GitHubApiError } from '../github/errors.ts';

/** `text` as one sentence ending in a single full stop, whatever it ended with. */
function sentence(text: string): string {
  return `${text.trim().replace(/[.\s]+$/, '')}.`;
}
import { getMergeBase, listAncestorShas } from '../github/history.ts';
import { createCommitStatus } from '../github/status.ts';
import { eventRepository } from './event.ts';
import type { ActionInputs } from './inputs.ts';

/**
 * Which stored runs of the base branch may serve as the baseline of a PR: those at or before
 * its merge-base, so a PR is never compared with base-branch commits it does not contain.
 */
export async function baselineAncestry(
  octokit: GitHubClient,
  pr: { baseSha: string; sha: string },
  notes: string[],
): Promise<(commit: string | undefined) => boolean> {
  const { owner, repo } = eventRepository();
  try {
    const mergeBase = await getMergeBase(octokit, owner, repo, pr.baseSha, pr.sha);
    const ancestors = (await listAncestorShas(octokit, owner, repo, mergeBase, 300)).map((sha) => sha.toLowerCase());
    core.info(`Merge-base ${mergeBase.slice(0, 12)}: looking for the newest stored run among its ${ancestors.length} latest commits.`);
    // Stores name a run's commit by a prefix of its sha (12 digits in file names and cache keys).
    return (commit) => {
      const prefix = commit?.toLowerCase();
      return prefix !== undefined && prefix.length >= 7 && ancestors.some((sha) => sha.startsWith(prefix));
    };
  } catch (err) {
    // A GitHubApiError already says what could not be done; anything else needs saying.
    const said = err instanceof GitHubApiError ? sentence(err.message) : `Could not find the merge-base: ${sentence((err as Error).message)}`;
    const message = `${said} Compared with the newest stored run of the base branch instead.`;
    core.warning(message);
    notes.push(message);
    return () => true;
  }
}

export async function postComment(
  octokit: GitHubClient,
  inputs: ActionInputs,
  number: number,
  comparison: Comparison,
  markdown: string,
  options: { fork: boolean; status?: { sha: string; targetUrl: string | undefined } },
): Promise<void> {
  const { owner, repo } = eventRepository();
  const suite = comparison.suite;
  const regressed = comparison.counts.regression + comparison.counts.error > 0;
  if (options.status) {
    try {
      await createCommitStatus(octokit, {
        owner,
        repo,
        sha: options.status.sha,
        suite,
        state: regressed && inputs.config.failOn !== 'never' ? 'failure' : 'success',
        description: statusLine(comparison),
        ...(options.status.targetUrl ? { targetUrl: options.status.targetUrl } : {}),
      });
    } catch (err) {
      core.warning(`Could not set the commit status: ${(err as Error).message}`);
    }
  }
  if (inputs.comment === 'never') return;
  try {
    const result = await upsertStickyComment(octokit, {
      owner,
      repo,
      issueNumber: number,
      suite,
      body: markdown,
      author: 'github-actions[bot]',
      createIfMissing: inputs.comment === 'always' || regressed,
    });
    if (result.action !== 'skipped') {
      core.setOutput('comment-url', result.url);
      core.info(`PR comment ${result.action}: ${result.url}`);
    }
  } catch (err) {
    if (err instanceof CommentNotPermitted) {
      core.warning(
        options.fork
          ? `This pull request comes from a fork, so its token is read-only and benchgate cannot comment. The verdict and the job summary are complete. ${err.message}`
          : err.message,
      );
    } else if (err instanceof GitHubApiError) {
      core.warning(`Could not post the PR comment (${err.failure}): ${sentence(err.message)} The verdict and the job summary are not affected.`);
    } else {
      throw err;
    }
  }
}

function statusLine(c: Comparison): string {
  const { regression, improvement, error, unchanged } = c.counts;
  if (!c.baseline) return 'No baseline yet';
  const parts = [`${regression} regressed`, `${improvement} improved`, `${unchanged} unchanged`];
  if (error) parts.push(`${error} failed`);
  return parts.join(', ');
}
