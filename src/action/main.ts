// The Action: read inputs, plan from the event, measure (or read results), load the baseline,
// compare, report (job summary, sticky comment), gate, save. GitHub failures on the way
// (comment, status) are reported and never cost the run its verdict.
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { nameOptionsAs } from '../config/naming.ts';
import { isUserError } from '../errors.ts';
import { createGitHubClient } from '../github/client.ts';
import { planRun, type EventPayload } from '../github/plan.ts';
import { createProgressReporter } from '../measure/micro/progress.ts';
import { compareRuns, measure } from '../pipeline.ts';
import { instructionNotes } from '../report/instructions.ts';
import { readResultsFile, serializeResults } from '../results/io.ts';
import type { RunResult } from '../results/model.ts';
import type { Store } from '../store/store.ts';
import { BaselineUnavailable, findBaseline, type MeasuringPlan } from './baseline.ts';
import { readEventContext } from './event.ts';
import { dashboardAlongside, readDashboardSettings, type DashboardSettings } from './dashboard.ts';
import { writePullRequestHandoff, RESULTS_FILE } from './handoff.ts';
import { inputsFromEnv, readInputs, type ActionInputs } from './inputs.ts';
import { setSkippedOutputs } from './outputs.ts';
import { measureInterleavedPullRequest } from './interleaved.ts';
import { holdsInterleavedShards, mergedInterleaved, mergedResults } from './merge.ts';
import { outputFolder, reportAndGate } from './publish.ts';
import { reportFromArtifact } from './report-mode.ts';
import { sanitizedEnv } from './sanitize-env.ts';
import { scrubSecretsFromEnvironment } from './scrub-environ.ts';
import { measureShard } from './shard.ts';
import { ensureValgrind } from './valgrind.ts';
import { createStore } from './stores.ts';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Messages say what to change as the user would: an input of this Action, not a CLI flag.
  nameOptionsAs('input');
  try {
    const inputs = readInputs(inputsFromEnv(env));
    if (inputs.token) core.setSecret(inputs.token);
    const dashboard = readDashboardSettings(inputs, env);
    // Read once; from here on no process started here can find the secrets in this one's environment.
    if (env === process.env) {
      const scrub = scrubSecretsFromEnvironment();
      if ('skipped' in scrub) core.info(`The secrets in this step's environment could not be hidden from benchmark processes: ${scrub.skipped}.`);
    }
    if (inputs.mode === 'report') await reportFromArtifact(inputs, env);
    else await measureAndCompare(inputs, dashboard, env);
  } catch (err) {
    if (isUserError(err) || err instanceof BaselineUnavailable) core.setFailed((err as Error).message);
    else core.setFailed(`benchgate failed unexpectedly, please report it: ${(err as Error)?.stack ?? String(err)}`);
  }
}

async function measureAndCompare(inputs: ActionInputs, dashboard: DashboardSettings, env: NodeJS.ProcessEnv): Promise<void> {
  const context = readEventContext(env);
  const plan = planRun(
    context.eventName,
    context.payload as EventPayload,
    { sha: context.sha, ref: env.GITHUB_REF },
    {
      releaseBranches: inputs.releaseBranches,
      allowPullRequestTarget: inputs.allowPullRequestTarget,
    },
  );
  if (plan.kind === 'refuse') return core.setFailed(plan.summary);
  if (plan.kind === 'skip') {
    core.notice(plan.summary);
    setSkippedOutputs();
    return;
  }
  core.info(plan.summary);

  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const outDir = await outputFolder(env, inputs.config.suite);
  if (inputs.shard) return measureShard(inputs, plan, workspace, outDir, env);
  const merging = inputs.mode === 'merge';
  if (plan.kind === 'pull-request' && inputs.compare === 'interleaved' && (!merging || (await holdsInterleavedShards(inputs, workspace)))) {
    return interleavedPullRequest(inputs, plan, workspace, outDir, dashboard, env);
  }
  const branch = plan.kind === 'pull-request' ? plan.headBranch : plan.branch;
  const head = merging ? await mergedResults(inputs, plan, workspace) : await headResults(inputs, workspace, plan.sha, branch, env);
  const resultsPath = join(outDir, RESULTS_FILE);
  await writeFile(resultsPath, serializeResults(head));
  core.setOutput('results-path', resultsPath);
  // For the fork-safe flow: the workflow_run half learns from this which pull request to report on.
  if (plan.kind === 'pull-request') await writePullRequestHandoff(outDir, { number: plan.number, headSha: plan.sha, suite: head.suite });

  const octokit = inputs.token && plan.kind === 'pull-request' ? createGitHubClient({ token: inputs.token, log: (m) => core.info(m) }) : undefined;
  const store = createStore(
    inputs,
    workspace,
    env,
    dashboardAlongside(dashboard, env, () => comparison),
  );
  const notes: string[] = [];
  const base = await findBaseline(store, plan, head.suite, octokit, notes, inputs.config.window);
  for (const unreadable of base.unreadable ?? []) core.warning(`Left out of the history: ${unreadable}`);
  const comparison = compareRuns(head, base, inputs.config);
  notes.push(...instructionNotes(head, base.baseline));
  const comment = plan.kind === 'pull-request' && octokit ? { octokit, number: plan.number, fork: plan.fork } : undefined;
  const passed = await reportAndGate(inputs, comparison, { outDir, env, notes, dashboard, ...(comment ? { comment } : {}) });
  if (store) await save(store, plan, head, passed);
}

/** A pull request measured side by side with its base commit: no stored baseline is read or written. */
async function interleavedPullRequest(
  inputs: ActionInputs,
  plan: Extract<MeasuringPlan, { kind: 'pull-request' }>,
  workspace: string,
  outDir: string,
  dashboard: DashboardSettings,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const { comparison, head, notes } =
    inputs.mode === 'merge' ? await mergedInterleaved(inputs, plan, workspace) : await measureInterleavedPullRequest(inputs, workspace, plan, env);
  const resultsPath = join(outDir, RESULTS_FILE);
  await writeFile(resultsPath, serializeResults(head));
  core.setOutput('results-path', resultsPath);
  await writePullRequestHandoff(outDir, { number: plan.number, headSha: plan.sha, suite: head.suite });
  const octokit = inputs.token ? createGitHubClient({ token: inputs.token, log: (m) => core.info(m) }) : undefined;
  await reportAndGate(inputs, comparison, {
    outDir,
    env,
    notes,
    dashboard,
    ...(octokit ? { comment: { octokit, number: plan.number, fork: plan.fork } } : {}),
  });
}

async function save(store: Store, plan: MeasuringPlan, head: RunResult, passed: boolean): Promise<void> {
  if (plan.kind !== 'record' && plan.kind !== 'release') return;
  // A release run that failed its gate is not the new bar for the next release: the last good one stays.
  if (plan.kind === 'release' && !passed) {
    core.info(`Not saved as the baseline of ${plan.branch}: it failed the gate.`);
    return;
  }
  try {
    const saved = await store.save(head, plan.branch);
    core.info(`Saved this run as the newest baseline of ${saved.suite} on ${plan.branch} in ${store.location}.`);
  } catch (err) {
    // The verdict stands; a record run whose save failed must be seen, though.
    core.setFailed(`The run was measured but not saved as the baseline of ${plan.branch}: ${(err as Error).message}`);
  }
}

async function headResults(inputs: ActionInputs, workspace: string, sha: string, branch: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  const { config } = inputs;
  if (inputs.results) {
    const result = await readResultsFile(resolve(workspace, inputs.results), { tool: config.tool, suite: config.suite, onNote: (note) => core.info(note) });
    result.run.commit ??= sha;
    result.run.branch ??= branch;
    return result;
  }
  ensureValgrind(config, env);
  core.info(
    config.measure === 'instructions'
      ? `Counting instructions of ${config.benchmarks} under valgrind: one batch per benchmark in each of ${config.processes} processes.`
      : `Measuring ${config.benchmarks}: ${config.samples} samples per benchmark over ${config.processes} processes.`,
  );
  const progress = createProgressReporter(process.stdout, { env });
  try {
    // The benchmarks are the PR's code: they run without the token or the runtime's secrets.
    return await measure(config, { cwd: workspace, commit: sha, branch, env: sanitizedEnv(env), onEvent: (e) => progress.onEvent(e) });
  } finally {
    progress.finish();
  }
}
