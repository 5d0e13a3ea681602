// From the GitHub event to a plan: what to compare against, what to save, whether to comment.
// Pure: the event name and payload in, a plan out, so every event kind is tested with real payloads.

export interface PlanOptions {
  /** Glob patterns of release branches, e.g. ['release/*', 'v*']. */
  releaseBranches: string[];
  /** Measure a PR's head under pull_request_target even though its code is untrusted. */
  allowPullRequestTarget: boolean;
}

interface Common {
  /** Commit measured. */
  sha: string;
  /** One line for the log: what this run will do. */
  summary: string;
}

export type Plan =
  | (Common & {
      kind: 'pull-request';
      number: number;
      headBranch: string;
      baseBranch: string;
      baseSha: string;
      /** The PR comes from another repository: its token is read-only. */
      fork: boolean;
    })
  | (Common & { kind: 'record'; branch: string; /** Compare with the branch's previous run (report only). */ compareWith: string })
  | (Common & { kind: 'release'; branch: string; /** Branches whose latest run is the baseline, in order of preference. */ baselineBranches: string[] })
  | (Common & { kind: 'measure'; branch: string })
  | { kind: 'skip'; summary: string }
  | { kind: 'refuse'; summary: string };

export interface EventPayload {
  ref?: string;
  after?: string;
  deleted?: boolean;
  repository?: { default_branch?: string; full_name?: string };
  pull_request?: {
    number: number;
    head: { sha: string; ref: string; repo?: { full_name?: string } | null };
    base: { sha: string; ref: string; repo?: { full_name?: string } | null };
  };
}

/** What the runner says about the run besides the payload: GITHUB_SHA and GITHUB_REF. */
export interface RunContext {
  sha: string;
  ref?: string | undefined;
}

export function planRun(eventName: string, payload: EventPayload, env: RunContext, options: PlanOptions): Plan {
  const defaultBranch = payload.repository?.default_branch ?? 'main';
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = payload.pull_request;
      if (!pr) return { kind: 'skip', summary: `The ${eventName} event has no pull_request in its payload; nothing to do.` };
      if (eventName === 'pull_request_target' && !options.allowPullRequestTarget) {
        return {
          kind: 'refuse',
          summary:
            'Refusing to run under pull_request_target: it runs with a write token and secrets, and measuring the PR means running its code. ' +
            "Use the pull_request + workflow_run pattern (see the fork-safe workflows in docs/action.md), or set allow-pull-request-target: true if this workflow never checks out or runs the PR's code.",
        };
      }
      const fork = Boolean(pr.head.repo?.full_name && pr.base.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name);
      return {
        kind: 'pull-request',
        sha: pr.head.sha,
        number: pr.number,
        headBranch: pr.head.ref,
        baseBranch: pr.base.ref,
        baseSha: pr.base.sha,
        fork,
        summary: `Pull request #${pr.number}: comparing ${short(pr.head.sha)} with the baseline of ${pr.base.ref} at or before the merge-base.`,
      };
    }
    case 'push': {
      if (payload.deleted) return { kind: 'skip', summary: 'A branch was deleted; nothing to measure.' };
      const ref = payload.ref ?? '';
      if (!ref.startsWith('refs/heads/')) return { kind: 'skip', summary: `Push of ${ref || 'an unknown ref'} is not a branch; nothing to record.` };
      const branch = ref.slice('refs/heads/'.length);
      const sha = payload.after ?? env.sha;
      if (branch === defaultBranch) {
        return { kind: 'record', branch, sha, compareWith: branch, summary: `Push to ${branch}: recording ${short(sha)} as the new baseline.` };
      }
      if (options.releaseBranches.some((pattern) => matchBranch(pattern, branch))) {
        return {
          kind: 'release',
          branch,
          sha,
          baselineBranches: [branch, defaultBranch],
          summary: `Push to release branch ${branch}: gating ${short(sha)} against the last release run, or ${defaultBranch} it was cut from.`,
        };
      }
      return { kind: 'measure', branch, sha, summary: `Push to ${branch}: measuring only (not the default or a release branch).` };
    }
    case 'workflow_dispatch':
    case 'schedule': {
      const ref = env.ref ?? payload.ref ?? `refs/heads/${defaultBranch}`;
      if (!ref.startsWith('refs/heads/')) {
        // A tag has no line of baselines to extend; measuring it still gives a report.
        return {
          kind: 'measure',
          branch: ref.replace(/^refs\/(tags\/)?/, ''),
          sha: env.sha,
          summary: `${eventName} on ${ref}: measuring only (not a branch).`,
        };
      }
      const branch = ref.slice('refs/heads/'.length);
      return { kind: 'record', branch, sha: env.sha, compareWith: branch, summary: `${eventName}: measuring ${short(env.sha)} on ${branch} and recording it.` };
    }
    default:
      return {
        kind: 'skip',
        summary: `benchgate does nothing on '${eventName}' events: nothing was measured, compared or saved. It runs on pull_request, push, workflow_dispatch and schedule; in a workflow_run workflow use mode 'report' (the fork-safe pattern).`,
      };
  }
}

/** Glob match for branch names: `*` within one path segment, `**` across segments. */
export function matchBranch(pattern: string, branch: string): boolean {
  const source = pattern
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(branch);
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
