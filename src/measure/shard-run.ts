// A shard's part of the suite on disk: the split planned over the files found, what this shard
// runs of each micro-benchmark file and which scenario files, and what its results say about it.
import type { RunResult, ShardInfo } from '../results/model.ts';
import { relativeTo } from './micro/discover.ts';
import type { FileSelection } from './micro/protocol.ts';
import { planShards, shardSelection, type ShardPlan } from './shard-plan.ts';
import type { ShardSpec } from './shard-spec.ts';

export type { ShardSpec } from './shard-spec.ts';

export interface ShardPart {
  plan: ShardPlan;
  /** What to run of each micro-benchmark file, by its path relative to cwd. */
  micro: Map<string, FileSelection>;
  /** Scenario files to run (absolute paths). */
  scenarioFiles: string[];
  /** For the results' run.shard, less the wall time. */
  shard: Omit<ShardInfo, 'wallTime'>;
}

export function planPart(spec: ShardSpec, runs: readonly RunResult[], cwd: string, microFiles: readonly string[], scenarioFiles: readonly string[]): ShardPart {
  const groupOf = new Map([...microFiles, ...scenarioFiles].map((path) => [path, relativeTo(cwd, path)]));
  const plan = planShards({ files: [...groupOf.values()], runs, count: spec.count });
  const mine = shardSelection(plan, spec.index);
  const micro = new Map<string, FileSelection>();
  for (const path of microFiles) {
    const selection = mine.get(groupOf.get(path)!);
    if (selection) micro.set(groupOf.get(path)!, selection);
  }
  return {
    plan,
    micro,
    scenarioFiles: scenarioFiles.filter((path) => mine.has(groupOf.get(path)!)),
    shard: { index: spec.index, count: spec.count, plan: plan.digest, ...(plan.timings ? { timings: plan.timings } : {}) },
  };
}
