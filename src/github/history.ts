// Commit history from the API, for picking a baseline: the merge-base of a pull request,
// and the commits at and before it, newest first, to match against stored runs.
import { UsageError, describe } from '../errors.ts';
import type { GitHubClient } from './client.ts';
import { callGitHub } from './errors.ts';
import { checkRepository } from './pulls.ts';

/** Sha of the best common ancestor of `base` and `head` (branch names or shas). */
export async function getMergeBase(octokit: GitHubClient, owner: string, repo: string, base: string, head: string): Promise<string> {
  checkRepository(owner, repo);
  checkRef('Merge-base base', base);
  checkRef('Merge-base head', head);
  const { data } = await callGitHub(`find the merge-base of ${base} and ${head} in ${owner}/${repo}`, () =>
    // One commit per page: only merge_base_commit is wanted, not the list of commits between.
    octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner, repo, basehead: `${base}...${head}`, per_page: 1 }),
  );
  return data.merge_base_commit.sha;
}

/** `sha` and its ancestors, newest first, at most `max` of them. */
export async function listAncestorShas(octokit: GitHubClient, owner: string, repo: string, sha: string, max = 300): Promise<string[]> {
  checkRepository(owner, repo);
  checkRef('Ancestors of', sha);
  if (!Number.isSafeInteger(max) || max < 1) throw new UsageError(`Ancestor count: expected a positive integer, found ${describe(max)}.`);
  return callGitHub(`list the commits before ${sha.slice(0, 12)} in ${owner}/${repo}`, async () => {
    const shas: string[] = [];
    const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/commits', { owner, repo, sha, per_page: Math.min(100, max) });
    for await (const page of pages) {
      for (const commit of page.data) {
        shas.push(commit.sha);
        if (shas.length >= max) return shas;
      }
    }
    return shas;
  });
}

function checkRef(what: string, ref: string): void {
  if (typeof ref !== 'string' || ref === '' || ref.includes('..') || /[\s~^:?*[\\]/.test(ref)) {
    throw new UsageError(`${what}: expected a branch name or commit sha, found ${describe(ref)}.`);
  }
}
