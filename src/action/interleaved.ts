// `compare: interleaved` on a pull request: the base commit and the PR measured side by side on
// this runner, in alternating rounds, instead of against a stored baseline from another run.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as core from '@actions/core';
import type { CompareOptions, Comparison } from '../compare/types.ts';
import { UsageError } from '../errors.ts';
import { noiseLines, samplingSentence } from '../measure/ab/conditions.ts';
import { interleaveProgress } from '../measure/ab/progress.ts';
import { comparePaired } from '../compare/paired-compare.ts';
import { interleavedNotes, runInterleaved } from '../measure/ab/run.ts';
import type { FileSelection } from '../measure/micro/protocol.ts';
import type { RunResult } from '../results/model.ts';
import type { ActionInputs } from './inputs.ts';
import { sanitizedEnv } from './sanitize-env.ts';

const exec = promisify(execFile);

export async function measureInterleavedPullRequest(
  inputs: ActionInputs,
  workspace: string,
  pr: { baseSha: string; baseBranch: string },
  env: NodeJS.ProcessEnv,
  selection?: ReadonlyMap<string, FileSelection>,
): Promise<{ comparison: Comparison; head: RunResult; base: RunResult; sampling: Record<string, string>; notes: string[] }> {
  await ensureCommit(workspace, pr.baseSha, env);
  const { config } = inputs;
  core.info(`Measuring ${pr.baseBranch} (${pr.baseSha.slice(0, 7)}) and this pull request side by side, in alternating rounds.`);
  const write = (text: string) => void process.stdout.write(text);
  const run = await runInterleaved({
    cwd: workspace,
    base: pr.baseSha,
    ...(inputs.setup ? { setup: inputs.setup } : {}),
    config,
    budgetMs: inputs.budget,
    // The benchmarks and the setup command are the PR's code: they run without the token or the runtime's secrets.
    env: sanitizedEnv(env),
    ...(selection ? { selection } : {}),
    write,
    onEvent: interleaveProgress(write),
  });
  const sampling: Record<string, string> = {};
  for (const [name, s] of Object.entries(run.sampling)) sampling[name] = samplingSentence(s, run.conditions.budget.benchmarkMs);
  const comparison = comparePaired(run.head, run.base, pairedOptions(config), { sampling });
  return { comparison, head: run.head, base: run.base, sampling, notes: [...interleavedNotes(run), ...noiseLines(run, config.threshold, 'notable')] };
}

export function pairedOptions(config: ActionInputs['config']): Partial<CompareOptions> {
  return { alpha: config.alpha, threshold: config.threshold, correction: config.correction, confidence: config.confidence, minSamples: config.minSamples };
}

/** actions/checkout fetches one commit by default: fetch the base commit too, shallowly. */
async function ensureCommit(workspace: string, sha: string, env: NodeJS.ProcessEnv): Promise<void> {
  const git = (args: string[]) => exec('git', args, { cwd: workspace, env: { ...env, GIT_TERMINAL_PROMPT: '0' } });
  try {
    await git(['cat-file', '-e', `${sha}^{commit}`]);
    return;
  } catch {
    // Not here yet.
  }
  try {
    await git(['fetch', '--no-tags', '--depth=1', 'origin', sha]);
  } catch (err) {
    throw new UsageError(
      `compare 'interleaved' needs the base commit ${sha.slice(0, 12)} in the workspace and could not fetch it (${(err as Error).message.split('\n')[0]}); use actions/checkout with fetch-depth: 0`,
    );
  }
}
