// The fork-safe second half: in a workflow_run workflow of the base repository, read the
// results a pull_request run uploaded, check that they belong to the pull request they claim
// (the artifact was written by untrusted code), compare with the trusted baseline, and post
// the comment and a commit status. No code of the pull request runs here.
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { UsageError } from '../errors.ts';
import { createGitHubClient } from '../github/client.ts';
import { GitHubApiError, PullRequestHeadMismatch } from '../github/errors.ts';
import { verifyPullRequestHead, type PullRequestInfo } from '../github/pulls.ts';
import { compareRuns } from '../pipeline.ts';
import { readResultsFile } from '../results/io.ts';
import { findBaseline } from './baseline.ts';
import { eventRepository, readEventContext } from './event.ts';
import { readPullRequestHandoff, RESULTS_FILE } from './handoff.ts';
import type { ActionInputs } from './inputs.ts';
import { outputFolder, reportAndGate, runUrl } from './publish.ts';
import { createStore } from './stores.ts';
import { setSkippedOutputs } from './outputs.ts';

interface WorkflowRunPayload {
  head_sha?: string;
  event?: string;
  pull_requests?: Array<{ number?: number }>;
}

export async function reportFromArtifact(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const context = readEventContext(env);
  const workflowRun = context.payload.workflow_run as WorkflowRunPayload | undefined;
  if (context.eventName !== 'workflow_run' || !workflowRun?.head_sha) {
    throw new UsageError(
      `input 'mode': 'report' is for workflow_run workflows, but this is a '${context.eventName}' event; see the fork-safe workflows in docs/action.md.`,
    );
  }
  if (workflowRun.event !== 'pull_request') {
    core.notice(`The workflow run was triggered by '${workflowRun.event}', not a pull request: nothing to report.`);
    setSkippedOutputs();
    return;
  }
  if (!inputs.results)
    throw new UsageError("input 'results': expected the folder of the downloaded benchgate artifact (it holds results.json and pull-request.json).");
  if (!inputs.token) throw new UsageError("input 'github-token': report mode needs a token with pull-requests: write and statuses: write.");

  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const folder = resolve(workspace, inputs.results);
  const handoff = await readPullRequestHandoff(folder);
  const resultsFile = join(folder, RESULTS_FILE);
  const head = await readResultsFile(resultsFile, { tool: 'benchgate', suite: inputs.config.suite });
  if (head.suite !== inputs.config.suite || handoff.suite !== inputs.config.suite) {
    throw new UsageError(`${resultsFile}: results are of suite '${head.suite}', but input 'suite' is '${inputs.config.suite}'.`);
  }
  const refusal = untrustedHandoff(handoff, workflowRun);
  if (refusal) return core.setFailed(`Refusing to report on pull request #${handoff.number}: ${refusal}`);

  const octokit = createGitHubClient({ token: inputs.token, log: (m) => core.info(m) });
  const { owner, repo } = eventRepository(env);
  let pr: PullRequestInfo;
  try {
    pr = await verifyPullRequestHead(octokit, owner, repo, handoff.number, workflowRun.head_sha);
  } catch (err) {
    if (err instanceof PullRequestHeadMismatch || err instanceof GitHubApiError) return core.setFailed(err.message);
    throw err;
  }
  head.run.commit = pr.headSha;
  head.run.branch = pr.headRef;

  const store = createStore(inputs, workspace, env);
  const notes: string[] = [];
  const plan = {
    kind: 'pull-request',
    number: pr.number,
    sha: pr.headSha,
    headBranch: pr.headRef,
    baseBranch: pr.baseRef,
    baseSha: pr.baseSha,
    fork: pr.fork,
    summary: '',
  } as const;
  const base = await findBaseline(store, plan, head.suite, octokit, notes, inputs.config.window);
  const comparison = compareRuns(head, base, inputs.config);
  await reportAndGate(inputs, comparison, {
    outDir: await outputFolder(env, head.suite),
    env,
    notes,
    comment: { octokit, number: pr.number, fork: false, status: { sha: pr.headSha, targetUrl: runUrl(env) } },
  });
}

/** Why the artifact's claims do not match what GitHub says about the run that made it, if they do not. */
function untrustedHandoff(handoff: { number: number; headSha: string }, workflowRun: WorkflowRunPayload): string | undefined {
  const runSha = workflowRun.head_sha!.toLowerCase();
  if (handoff.headSha.toLowerCase() !== runSha) {
    return `the artifact says it measured ${handoff.headSha.slice(0, 12)}, but the workflow run that uploaded it ran ${runSha.slice(0, 12)}.`;
  }
  // GitHub lists the pull requests of a run only when they come from the same repository; for forks the list is empty.
  const listed = (workflowRun.pull_requests ?? []).map((p) => p.number);
  if (listed.length > 0 && !listed.includes(handoff.number)) {
    return `the workflow run belongs to pull request ${listed.map((n) => `#${n}`).join(', ')}, not the #${handoff.number} its artifact names.`;
  }
  return undefined;
}
