// The Action: read inputs, plan from the event, measure (or read results), load the baseline,
// compare, report (job summary, sticky comment), save, gate. GitHub failures on the way
// (comment, status, save) are reported and never cost the run its verdict.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { Comparison } from '../compare/types.ts';
import { isUserError } from '../errors.ts';
import { gate } from '../gate/gate.ts';
import { createGitHubClient, type GitHubClient } from '../github/client.ts';
import { planRun, type EventPayload, type Plan } from '../github/plan.ts';
import { createProgressReporter } from '../measure/micro/progress.ts';
import { compareRuns, loadBaseline, measure, renderReport, type Baseline } from '../pipeline.ts';
import { renderJson } from '../report/json.ts';
import { readResultsFile, serializeResults } from '../results/io.ts';
import type { RunResult } from '../results/model.ts';
import type { Store } from '../store/store.ts';
import { baselineAncestry, postComment } from './github-steps.ts';
import { inputsFromEnv, readInputs, type ActionInputs } from './inputs.ts';
import { readPullRequestHandoff, writePullRequestHandoff, RESULTS_FILE } from './handoff.ts';
import { sanitizedEnv } from './sanitize-env.ts';
import { createStore } from './stores.ts';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs(inputsFromEnv(env));
    for (const secret of [inputs.token]) if (secret) core.setSecret(secret);
    if (inputs.mode === 'report') await reportFromArtifact(inputs, env);
    else await measureAndCompare(inputs, env);
  } catch (err) {
    if (isUserError(err)) core.setFailed(err.message);
    else core.setFailed(`benchgate failed unexpectedly, please report it: ${(err as Error)?.stack ?? String(err)}`);
  }
}

async function measureAndCompare(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const { context } = github;
  const plan = planRun(context.eventName, context.payload as EventPayload, { sha: context.sha, refName: env.GITHUB_REF_NAME }, {
    releaseBranches: inputs.releaseBranches,
    allowPullRequestTarget: inputs.allowPullRequestTarget,
  });
  core.info(plan.summary);
  if (plan.kind === 'refuse') return core.setFailed(plan.summary);
  if (plan.kind === 'skip') {
    core.notice(plan.summary);
    core.setOutput('verdict', 'skipped');
    return;
  }

  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const outDir = await outputFolder(env, inputs.config.suite);
  const branch = plan.kind === 'pull-request' ? plan.headBranch : plan.branch;
  const head = await headResults(inputs, workspace, plan.sha, branch, env);
  const resultsPath = join(outDir, RESULTS_FILE);
  await writeFile(resultsPath, serializeResults(head));
  core.setOutput('results-path', resultsPath);
  if (plan.kind === 'pull-request') await writePullRequestHandoff(outDir, { number: plan.number, headSha: plan.sha, suite: head.suite });

  const octokit = inputs.token ? createGitHubClient({ token: inputs.token, log: (m) => core.info(m) }) : undefined;
  const store = createStore(inputs, workspace, env);
  const notes: string[] = [];
  const base = await findBaseline(store, plan, head.suite, octokit, notes);
  const comparison = compareRuns(head, base, inputs.config);
  const markdown = renderReport(comparison, 'markdown', { runUrl: runUrl(env), notes });
  await publish(comparison, markdown, outDir);

  if (plan.kind === 'pull-request' && octokit) {
    await postComment(octokit, inputs, plan.number, comparison, markdown, { fork: plan.fork });
  }
  if (store && (plan.kind === 'record' || plan.kind === 'release')) {
    try {
      const saved = await store.save(head, plan.branch);
      core.info(`Saved this run as the newest baseline of ${saved.suite} on ${plan.branch} in ${store.location}.`);
    } catch (err) {
      // The verdict stands; a record run whose save failed must be seen, though.
      core.setFailed(`The run was measured but not saved as the baseline of ${plan.branch}: ${(err as Error).message}`);
    }
  }
  finish(comparison, inputs);
}

/**
 * The fork-safe second half: in a workflow_run workflow of the base repository, read the results
 * a pull_request run uploaded, check the PR number against the commit actually measured, compare
 * with the trusted baseline, and post the comment and a commit status. No PR code runs here.
 */
async function reportFromArtifact(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const { context } = github;
  const workflowRun = context.payload.workflow_run as { head_sha?: string; event?: string } | undefined;
  if (context.eventName !== 'workflow_run' || !workflowRun?.head_sha) {
    return core.setFailed(`mode 'report' is for workflow_run workflows (this is '${context.eventName}'); see the README's fork-safe workflows.`);
  }
  if (workflowRun.event !== 'pull_request') {
    core.notice(`The workflow run was triggered by '${workflowRun.event}', not a pull request: nothing to report.`);
    core.setOutput('verdict', 'skipped');
    return;
  }
  if (!inputs.results) return core.setFailed("input 'results': expected the folder of the downloaded benchgate artifact (it holds results.json and pull-request.json).");
  if (!inputs.token) return core.setFailed("input 'github-token': report mode needs a token with pull-requests: write and statuses: write.");
  const folder = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.results);
  const handoff = await readPullRequestHandoff(folder);
  const head = await readResultsFile(join(folder, RESULTS_FILE), { tool: 'benchgate', suite: inputs.config.suite });
  if (head.suite !== inputs.config.suite) {
    return core.setFailed(`${join(folder, RESULTS_FILE)}: results are of suite '${head.suite}', but input 'suite' is '${inputs.config.suite}'.`);
  }
  const octokit = createGitHubClient({ token: inputs.token, log: (m) => core.info(m) });
  const { verifyPullRequestHead } = await import('../github/pulls.ts');
  const pr = await verifyPullRequestHead(octokit, context.repo.owner, context.repo.repo, handoff.number, workflowRun.head_sha);
  head.run.commit = workflowRun.head_sha;

  const store = createStore(inputs, env.GITHUB_WORKSPACE ?? process.cwd(), env);
  const notes: string[] = [];
  const plan: Plan = {
    kind: 'pull-request', number: pr.number, sha: pr.headSha, headBranch: pr.headRef, baseBranch: pr.baseRef, baseSha: pr.baseSha, fork: pr.fork,
    summary: '',
  };
  const base = await findBaseline(store, plan, head.suite, octokit, notes);
  const comparison = compareRuns(head, base, inputs.config);
  const markdown = renderReport(comparison, 'markdown', { runUrl: runUrl(env), notes });
  await publish(comparison, markdown, await outputFolder(env, head.suite));
  await postComment(octokit, inputs, pr.number, comparison, markdown, { fork: false, status: { sha: pr.headSha, targetUrl: runUrl(env) } });
  finish(comparison, inputs);
}

async function headResults(inputs: ActionInputs, workspace: string, sha: string, branch: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  const { config } = inputs;
  if (inputs.results) {
    const result = await readResultsFile(resolve(workspace, inputs.results), { tool: config.tool, suite: config.suite });
    result.run.commit ??= sha;
    result.run.branch ??= branch;
    return result;
  }
  core.info(`Measuring ${config.benchmarks}: ${config.samples} samples per benchmark over ${config.processes} processes.`);
  const progress = createProgressReporter(process.stdout, { env });
  try {
    // The benchmarks are the PR's code: they run without the token or the runtime's secrets.
    return await measure(config, { cwd: workspace, commit: sha, branch, env: sanitizedEnv(env), onEvent: (e) => progress.onEvent(e) });
  } finally {
    progress.finish();
  }
}

async function findBaseline(store: Store | undefined, plan: Exclude<Plan, { kind: 'skip' | 'refuse' }>, suite: string, octokit: GitHubClient | undefined, notes: string[]): Promise<Baseline> {
  if (!store) {
    notes.push("baseline-store is 'none': nothing to compare with.");
    return { history: [], source: 'none' };
  }
  switch (plan.kind) {
    case 'pull-request': {
      const accept = octokit ? await baselineAncestry(octokit, plan, notes) : () => true;
      const base = await loadBaseline(store, suite, plan.baseBranch, accept);
      if (base.baseline || !octokit) return base;
      const newest = await loadBaseline(store, suite, plan.baseBranch);
      if (newest.baseline) notes.push(`No stored run of ${plan.baseBranch} is at or before the merge-base; compared with its newest run instead.`);
      return newest;
    }
    case 'release': {
      for (const branch of plan.baselineBranches) {
        const base = await loadBaseline(store, suite, branch);
        if (base.baseline) return base;
      }
      return { history: [], source: store.location };
    }
    case 'record':
      return loadBaseline(store, suite, plan.compareWith);
    case 'measure':
      return { history: [], source: 'none' };
  }
}

async function publish(comparison: Comparison, markdown: string, outDir: string): Promise<void> {
  const reportPath = join(outDir, 'report.md');
  await writeFile(reportPath, markdown);
  await writeFile(join(outDir, 'comparison.json'), renderJson(comparison));
  core.setOutput('report-path', reportPath);
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (err) {
    core.warning(`Could not write the job summary: ${(err as Error).message}`);
  }
}

function finish(comparison: Comparison, inputs: ActionInputs): void {
  const outcome = gate(comparison, inputs.config.failOn);
  core.setOutput('regressions', String(comparison.counts.regression));
  core.setOutput('improvements', String(comparison.counts.improvement));
  core.setOutput('verdict', !comparison.baseline ? 'no-baseline' : outcome.failed ? 'fail' : 'pass');
  if (outcome.failed) core.setFailed(outcome.reason);
  else core.info(outcome.reason);
}

/** Where this run's results and report go: the runner's temp folder, ready for upload-artifact. */
async function outputFolder(env: NodeJS.ProcessEnv, suite: string): Promise<string> {
  const dir = join(env.RUNNER_TEMP ?? join(process.cwd(), '.benchgate'), 'benchgate', suite);
  await mkdir(dir, { recursive: true });
  return dir;
}

function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}

