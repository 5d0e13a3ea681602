// A matrix job with input `shard: K/N`: measure this shard's part of the suite and leave the
// results for the workflow to upload as an artifact. Nothing is compared, commented or saved: the
// merge job (mode: merge) does that once, for the whole run. The split is planned from the same
// stored runs the merge job compares with (the plan's baseline and its history), so every shard
// of one workflow run computes the same split; with compare: interleaved on a pull request, each
// shard measures its part of base and head side by side on its own runner.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { UsageError } from '../errors.ts';
import { createGitHubClient } from '../github/client.ts';
import { createProgressReporter } from '../measure/micro/progress.ts';
import { planPart } from '../measure/shard-run.ts';
import { TIMING_RUNS, type ShardSpec } from '../measure/shard-spec.ts';
import { findFiles, discoverScenarioFiles } from '../load/discover.ts';
import { BENCHMARK_FILE } from '../measure/micro/discover.ts';
import { measure } from '../pipeline.ts';
import { serializeResults } from '../results/io.ts';
import type { RunResult } from '../results/model.ts';
import { findBaseline, type MeasuringPlan } from './baseline.ts';
import { writePullRequestHandoff } from './handoff.ts';
import type { ActionInputs } from './inputs.ts';
import { measureInterleavedPullRequest } from './interleaved.ts';
import { sanitizedEnv } from './sanitize-env.ts';
import { createStore } from './stores.ts';

/** The file a shard leaves: one per shard, so artifacts downloaded with merge-multiple never collide. */
export function shardResultsFile(spec: ShardSpec): string {
  return `results-shard-${spec.index}-of-${spec.count}.json`;
}

/** Likewise for an interleaved shard: head and base of its part, measured side by side. */
export function interleavedShardFile(spec: ShardSpec): string {
  return `interleaved-shard-${spec.index}-of-${spec.count}.json`;
}

export const INTERLEAVED_SHARD_FORMAT = 'benchgate/interleaved-shard';

export async function measureShard(inputs: ActionInputs, plan: MeasuringPlan, workspace: string, outDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  const spec = inputs.shard!;
  if (inputs.results) throw new UsageError("input 'shard' splits a suite benchgate measures itself; leave input 'results' empty in shard jobs");
  const branch = plan.kind === 'pull-request' ? plan.headBranch : plan.branch;
  const octokit = inputs.token && plan.kind === 'pull-request' ? createGitHubClient({ token: inputs.token, log: (m) => core.info(m) }) : undefined;
  const notes: string[] = [];
  const base = await findBaseline(createStore(inputs, workspace, env), plan, inputs.config.suite, octokit, notes, inputs.config.window);
  const runs = base.baseline ? [base.baseline, ...base.history].slice(0, TIMING_RUNS) : [];
  for (const note of notes) core.info(note);

  let path: string;
  let measured: RunResult;
  if (plan.kind === 'pull-request' && inputs.compare === 'interleaved') {
    const part = planPart(spec, runs, workspace, findFiles(inputs.config.benchmarks, workspace, BENCHMARK_FILE), []);
    const shard = { ...part.shard, wallTime: 0 };
    const started = Date.now();
    const { head, base: measuredBase, sampling, notes: runNotes } = await measureInterleavedPullRequest(inputs, workspace, plan, env, part.micro);
    shard.wallTime = Date.now() - started;
    head.run.shard = shard;
    measuredBase.run.shard = shard;
    measured = head;
    path = join(outDir, interleavedShardFile(spec));
    const document = { format: INTERLEAVED_SHARD_FORMAT, head, base: measuredBase, sampling, notes: runNotes };
    await writeFile(path, `${JSON.stringify(document, null, 2)}\n`);
  } else {
    const progress = createProgressReporter(process.stdout, { env });
    try {
      const files = {
        micro: findFiles(inputs.config.benchmarks, workspace, BENCHMARK_FILE).length,
        load: discoverScenarioFiles(inputs.config.benchmarks, workspace).length,
      };
      core.info(`Measuring shard ${spec.index}/${spec.count} of ${inputs.config.benchmarks} (${files.micro + files.load} files in the suite).`);
      // The benchmarks are the PR's code: they run without the token or the runtime's secrets.
      measured = await measure(inputs.config, {
        cwd: workspace,
        commit: plan.sha,
        branch,
        env: sanitizedEnv(env),
        onEvent: (e) => progress.onEvent(e),
        shard: { spec, runs },
      });
    } finally {
      progress.finish();
    }
    path = join(outDir, shardResultsFile(spec));
    await writeFile(path, serializeResults(measured));
  }
  core.setOutput('results-path', path);
  if (plan.kind === 'pull-request') await writePullRequestHandoff(outDir, { number: plan.number, headSha: plan.sha, suite: measured.suite });
  const shard = measured.run.shard!;
  const by = shard.timings ? `split as planned from the stored run ${shard.timings}` : 'split by counting files (no stored run yet)';
  core.info(
    `Shard ${spec.index}/${spec.count}: ${measured.benchmarks.length} benchmarks in ${Math.round(shard.wallTime / 1000)} s, ${by}. ` +
      `Upload ${outDir} as an artifact; the job with mode: merge compares, comments and saves once for all shards.`,
  );
  core.setOutput('verdict', 'shard');
}
