// What every run leaves behind on the runner: the report file, the comparison as JSON, the job
// summary, the outputs, and the exit status from the gate.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { Comparison } from '../compare/types.ts';
import type { FailOn } from '../config/options.ts';
import { gate } from '../gate/gate.ts';
import type { GitHubClient } from '../github/client.ts';
import { renderReport } from '../pipeline.ts';
import { renderJson } from '../report/json.ts';
import { withDashboardLink, type DashboardSettings } from './dashboard.ts';
import { postComment } from './github-steps.ts';
import type { ActionInputs } from './inputs.ts';

export async function publish(comparison: Comparison, markdown: string, outDir: string): Promise<void> {
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

/** Sets the outputs and fails the step when the gate says so; returns whether it passed. */
export function finish(comparison: Comparison, failOn: FailOn): boolean {
  const outcome = gate(comparison, failOn);
  core.setOutput('regressions', String(comparison.counts.regression));
  core.setOutput('improvements', String(comparison.counts.improvement));
  core.setOutput('verdict', !comparison.baseline ? 'no-baseline' : outcome.failed ? 'fail' : 'pass');
  if (outcome.failed) core.setFailed(outcome.reason);
  else core.info(outcome.reason);
  return !outcome.failed;
}

/** Where this run's results and report go: the runner's temp folder, ready for upload-artifact. */
export async function outputFolder(env: NodeJS.ProcessEnv, suite: string): Promise<string> {
  const dir = join(env.RUNNER_TEMP ?? join(process.cwd(), '.benchgate'), 'benchgate', suite);
  await mkdir(dir, { recursive: true });
  return dir;
}

export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}

/** Where the comment goes, when one is posted. */
export interface CommentTarget {
  octokit: GitHubClient;
  number: number;
  fork: boolean;
  /** Also set a commit status on this sha (report mode, where the check is another workflow's). */
  status?: { sha: string; targetUrl: string | undefined };
}

/**
 * The tail every comparison of the Action shares: render the markdown (with the run's link, the
 * notes and, when there is one, the dashboard's), write report.md, comparison.json and the job
 * summary, post or update the sticky comment, then set the outputs and the step's status.
 * Returns whether the gate passed.
 */
export async function reportAndGate(
  inputs: ActionInputs,
  comparison: Comparison,
  where: { outDir: string; env: NodeJS.ProcessEnv; notes: string[]; dashboard?: DashboardSettings; comment?: CommentTarget },
): Promise<boolean> {
  const url = runUrl(where.env);
  const report = renderReport(comparison, 'markdown', { ...(url ? { runUrl: url } : {}), notes: where.notes });
  const markdown = where.dashboard ? withDashboardLink(report, where.dashboard) : report;
  await publish(comparison, markdown, where.outDir);
  const { comment } = where;
  if (comment) {
    await postComment(comment.octokit, inputs, comment.number, comparison, markdown, {
      fork: comment.fork,
      ...(comment.status ? { status: comment.status } : {}),
    });
  }
  return finish(comparison, inputs.config.failOn);
}
