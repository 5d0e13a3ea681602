// One sticky comment per suite on a pull request: found again by a hidden marker and
// edited in place, so a pull request shows the latest report instead of a pile of them.
import { UsageError, describe } from '../errors.ts';
import type { GitHubClient } from './client.ts';
import { CommentNotPermitted, GitHubApiError, callGitHub } from './errors.ts';

export interface StickyComment {
  owner: string;
  repo: string;
  /** Pull request (or issue) number. */
  issueNumber: number;
  /** Each suite keeps its own comment. */
  suite: string;
  /** Markdown of the report. */
  body: string;
  /**
   * Login the token comments as, when known (GITHUB_TOKEN: "github-actions[bot]"). Its own
   * earlier comment is preferred over another bot's comment carrying the same marker.
   */
  author?: string;
  /** When false, only an existing comment is updated ("on-regression" mode keeps a comment current without starting one). Default true. */
  createIfMissing?: boolean;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  /** Empty when skipped. */
  url: string;
  id: number;
}

/** GitHub refuses comment bodies longer than this many characters. */
export const MAX_COMMENT_LENGTH = 65536;

const FORK_HELP =
  'Pull requests from forks get a read-only GITHUB_TOKEN, so they cannot be commented on from the pull_request workflow. ' +
  'Run benchgate there without commenting and upload its results as an artifact; then post the comment from a second ' +
  'workflow triggered by `workflow_run`, which runs in the base repository with `permissions: pull-requests: write`. ' +
  'For pull requests from the same repository, give the job `permissions: pull-requests: write`.';

/**
 * The hidden first line that marks the comment of `suite`. The suite name is URI-encoded
 * so that no name (quotes, "-->", newlines) can end the HTML comment or imitate another suite's marker.
 */
export function stickyMarker(suite: string): string {
  return `<!-- benchgate:comment suite="${encodeURIComponent(suite)}" -->`;
}

export async function upsertStickyComment(octokit: GitHubClient, request: StickyComment): Promise<StickyCommentResult> {
  checkRequest(request);
  try {
    return await upsert(octokit, request);
  } catch (err) {
    if (err instanceof GitHubApiError && err.failure === 'not-permitted') {
      throw new CommentNotPermitted(err.action, 'not-permitted', `${err.message} ${FORK_HELP}`, { status: err.status, cause: err });
    }
    throw err;
  }
}

async function upsert(octokit: GitHubClient, request: StickyComment): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, suite, author } = request;
  const where = `${owner}/${repo}#${issueNumber}`;
  const marker = stickyMarker(suite);
  const body = `${marker}\n${fitToLimit(request.body.replace(/\r\n/g, '\n'), MAX_COMMENT_LENGTH - marker.length - 1)}`;

  const earlier = await callGitHub(`read the comments of ${where}`, async () => {
    const found: Array<{ id: number; body: string; html_url: string; login: string }> = [];
    const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    for await (const page of pages) {
      for (const c of page.data) {
        // Only bots: a person quoting the marker must never have their comment rewritten.
        if (c.user?.type === 'Bot' && c.body?.startsWith(marker)) found.push({ id: c.id, body: c.body, html_url: c.html_url, login: c.user.login });
      }
    }
    return found.filter((c) => c.login === author).at(-1) ?? found.at(-1);
  });

  if (earlier && earlier.body === body) return { action: 'unchanged', url: earlier.html_url, id: earlier.id };
  if (!earlier && request.createIfMissing === false) return { action: 'skipped', url: '', id: 0 };
  if (earlier) {
    const { data } = await callGitHub(`update benchgate's comment on ${where}`, () =>
      octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: earlier.id, body }),
    );
    return { action: 'updated', url: data.html_url, id: Number(data.id) };
  }
  const { data } = await callGitHub(`comment on ${where}`, () =>
    octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issueNumber, body }),
  );
  return { action: 'created', url: data.html_url, id: Number(data.id) };
}

function checkRequest(request: StickyComment): void {
  const { owner, repo, issueNumber, suite, body } = request;
  if (typeof owner !== 'string' || owner === '' || typeof repo !== 'string' || repo === '') {
    throw new UsageError(`Sticky comment: expected a repository owner and name, found ${describe(owner)} and ${describe(repo)}.`);
  }
  if (!Number.isSafeInteger(issueNumber) || issueNumber < 1) {
    throw new UsageError(`Sticky comment: expected a pull request number (a positive integer), found ${describe(issueNumber)}.`);
  }
  if (typeof suite !== 'string' || suite === '') throw new UsageError(`Sticky comment: expected a suite name, found ${describe(suite)}.`);
  if (typeof body !== 'string') throw new UsageError(`Sticky comment: expected the report as markdown text, found ${describe(body)}.`);
}

// A report too long for GitHub would be refused whole; a cut one still carries the verdicts at its top.
function fitToLimit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const note = `\n\n… (report cut: it is ${text.length} characters, more than a GitHub comment may hold)`;
  let end = limit - note.length;
  // Never split a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end) + note;
}
