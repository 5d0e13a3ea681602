// The job with `mode: merge`: read what the shard jobs uploaded (downloaded into the folder of
// input `results`), refuse anything but every shard of this commit and suite, and hand one run on
// to be compared, commented, gated and saved once. The files were written by jobs that ran the
// pull request's code: they are validated like any results file, and their commit is checked.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import type { Comparison } from '../compare/types.ts';
import { comparePaired } from '../compare/paired-compare.ts';
import { InputError, UsageError } from '../errors.ts';
import { readResultsFile } from '../results/io.ts';
import { mergeShards, type ShardFile } from '../results/merge.ts';
import type { RunResult } from '../results/model.ts';
import { newRunId } from '../results/run-meta.ts';
import { validateResults } from '../results/validate.ts';
import type { MeasuringPlan } from './baseline.ts';
import type { ActionInputs } from './inputs.ts';
import { pairedOptions } from './interleaved.ts';
import { INTERLEAVED_SHARD_FORMAT } from './shard.ts';

const STORED = /^results-shard-\d+-of-\d+\.json$/;
const INTERLEAVED = /^interleaved-shard-\d+-of-\d+\.json$/;

/** The shards' results as one run of the commit this job is for. */
export async function mergedResults(inputs: ActionInputs, plan: MeasuringPlan, workspace: string): Promise<RunResult> {
  const folder = resolve(workspace, inputs.results!);
  const files = await shardFiles(folder, STORED);
  const shards: ShardFile[] = [];
  for (const name of files) shards.push({ source: name, run: await readResultsFile(join(folder, name), { tool: 'benchgate' }) });
  const merged = checked(mergeShards(shards, newRunId()), inputs, plan, folder);
  core.info(`Merged ${merged.run.shards!.length} shards of ${merged.suite}: ${merged.benchmarks.length} benchmarks.`);
  return merged;
}

/** An interleaved pull request measured in shards: each shard's pairs, compared together. */
export async function mergedInterleaved(
  inputs: ActionInputs,
  plan: MeasuringPlan,
  workspace: string,
): Promise<{ comparison: Comparison; head: RunResult; notes: string[] }> {
  const folder = resolve(workspace, inputs.results!);
  const heads: ShardFile[] = [];
  const bases: ShardFile[] = [];
  const sampling: Record<string, string> = {};
  let notes: string[] = [];
  for (const name of await shardFiles(folder, INTERLEAVED)) {
    const doc = await readJson(join(folder, name));
    if (doc.format !== INTERLEAVED_SHARD_FORMAT)
      throw new InputError(name, `format: expected "${INTERLEAVED_SHARD_FORMAT}", found ${JSON.stringify(doc.format)}`);
    heads.push({ source: name, run: validateResults(doc.head, `${name}: head`) });
    bases.push({ source: name, run: validateResults(doc.base, `${name}: base`) });
    for (const [benchmark, sentence] of Object.entries(isRecord(doc.sampling) ? doc.sampling : {})) {
      if (typeof sentence === 'string') sampling[benchmark] = sentence.slice(0, 300);
    }
    if (notes.length === 0 && Array.isArray(doc.notes)) notes = doc.notes.filter((n): n is string => typeof n === 'string').slice(0, 20);
  }
  const id = newRunId();
  const head = checked(mergeShards(heads, id), inputs, plan, folder);
  const base = mergeShards(bases, id);
  const comparison = comparePaired(head, base, pairedOptions(inputs.config), { sampling });
  core.info(`Merged ${head.run.shards!.length} interleaved shards of ${head.suite}: ${head.benchmarks.length} benchmarks.`);
  return { comparison, head, notes };
}

/** Whether the folder holds interleaved shards (compare: interleaved on a pull request). */
export async function holdsInterleavedShards(inputs: ActionInputs, workspace: string): Promise<boolean> {
  const names = await readdir(resolve(workspace, inputs.results!)).catch(() => [] as string[]);
  return names.some((n) => INTERLEAVED.test(n));
}

async function shardFiles(folder: string, pattern: RegExp): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    names = [];
  }
  const found = names.filter((n) => pattern.test(n)).sort();
  if (found.length === 0) {
    throw new UsageError(
      `input 'results': no shard results in ${folder}: download the artifacts the shard jobs uploaded into it (actions/download-artifact with pattern and merge-multiple: true). If every shard job failed, there is nothing to merge.`,
    );
  }
  return found;
}

function checked(merged: RunResult, inputs: ActionInputs, plan: MeasuringPlan, folder: string): RunResult {
  if (merged.suite !== inputs.config.suite) {
    throw new UsageError(`${folder}: the shards are of suite '${merged.suite}', but input 'suite' is '${inputs.config.suite}'`);
  }
  const commit = merged.run.commit?.toLowerCase();
  if (commit !== undefined && commit !== plan.sha.toLowerCase()) {
    throw new UsageError(
      `${folder}: the shards measured commit ${commit.slice(0, 12)}, but this job is for ${plan.sha.slice(0, 12)}: merge the shards of this workflow run`,
    );
  }
  return merged;
}

async function readJson(path: string): Promise<Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (isRecord(value)) return value;
    throw new Error('not a JSON object');
  } catch (err) {
    throw new InputError(path, `not a valid interleaved shard: ${(err as Error).message}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
