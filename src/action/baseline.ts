// Which stored run a run is compared with, per plan: a PR with the newest run of its base
// branch at or before the merge-base, a release push with the last release run or the branch
// it was cut from, a recording push with the branch's previous run.
import type { GitHubClient } from '../github/client.ts';
import type { Plan } from '../github/plan.ts';
import { isUserError } from '../errors.ts';
import { loadBaseline, type Baseline } from '../pipeline.ts';
import { ActionsCacheStore, describeRestore } from '../store/actions-cache.ts';
import type { Store } from '../store/store.ts';
import { baselineAncestry } from './github-steps.ts';

export type MeasuringPlan = Exclude<Plan, { kind: 'skip' | 'refuse' }>;

export class BaselineUnavailable extends Error {
  override name = 'BaselineUnavailable';
}

export async function findBaseline(
  store: Store | undefined,
  plan: MeasuringPlan,
  suite: string,
  octokit: GitHubClient | undefined,
  notes: string[],
  window?: number,
): Promise<Baseline> {
  if (!store) {
    notes.push("baseline-store is 'none': nothing to compare with.");
    return { history: [], source: 'none' };
  }
  try {
    const base = await choose(store, plan, suite, octokit, notes, window);
    if (!base.baseline) notes.push(whyNoBaseline(store, plan, suite));
    return base;
  } catch (err) {
    // A corrupt stored run names its file; anything else (git or the network failing) is said plainly, not as a bug.
    if (isUserError(err)) throw err;
    throw new BaselineUnavailable(`Could not read the baselines in ${store.location}: ${(err as Error).message}`, { cause: err });
  }
}

async function choose(
  store: Store,
  plan: MeasuringPlan,
  suite: string,
  octokit: GitHubClient | undefined,
  notes: string[],
  window?: number,
): Promise<Baseline> {
  switch (plan.kind) {
    case 'pull-request': {
      const accept = octokit ? await baselineAncestry(octokit, plan, notes) : () => true;
      const base = await loadBaseline(store, suite, plan.baseBranch, accept, window);
      if (base.baseline || !octokit) return base;
      const newest = await loadBaseline(store, suite, plan.baseBranch, undefined, window);
      if (newest.baseline) notes.push(`No stored run of ${plan.baseBranch} is at or before the merge-base; compared with its newest run instead.`);
      return newest;
    }
    case 'release': {
      for (const branch of plan.baselineBranches) {
        const base = await loadBaseline(store, suite, branch, undefined, window);
        if (base.baseline) {
          if (branch !== plan.branch) notes.push(`No earlier run of ${plan.branch}: gated against ${branch}, the branch it was cut from.`);
          return base;
        }
      }
      return { history: [], source: store.location };
    }
    case 'record':
      return loadBaseline(store, suite, plan.compareWith, undefined, window);
    case 'measure':
      return { history: [], source: 'none' };
  }
}

/**
 * For the report: why there is no baseline (a first run, an evicted cache entry and a scope the run
 * may not read all look alike otherwise), and how one gets recorded.
 */
function whyNoBaseline(store: Store, plan: MeasuringPlan, suite: string): string {
  return `${whereNothingWasFound(store, plan, suite)} ${howOneIsRecorded(plan)}`.trim();
}

function howOneIsRecorded(plan: MeasuringPlan): string {
  switch (plan.kind) {
    case 'pull-request':
      return `Pull requests never save one: a baseline is recorded when this workflow runs on a push to ${plan.baseBranch} (the recording job of the example workflows).`;
    case 'record':
      return `This run will be saved as the first baseline of ${plan.branch}.`;
    case 'release':
      return `This run will be saved as the baseline of ${plan.branch} if it passes the gate.`;
    case 'measure':
      return '';
  }
}

function whereNothingWasFound(store: Store, plan: MeasuringPlan, suite: string): string {
  if (store instanceof ActionsCacheStore && store.lastRestore) return describeRestore(store.lastRestore);
  const branch =
    plan.kind === 'pull-request'
      ? plan.baseBranch
      : plan.kind === 'record'
        ? plan.compareWith
        : plan.kind === 'release'
          ? plan.baselineBranches.join(' or ')
          : '';
  return `No stored run of ${suite}${branch ? ` on ${branch}` : ''} in ${store.location} yet: a first run, or runs not recorded there.`;
}
