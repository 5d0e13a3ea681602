// Comparing runs whose benchmarks were measured on several machines (a run merged from shards, or
// a baseline that was). A whole-run shift is a machine's, so it is per shard: the benchmarks are
// grouped by the shard that measured them in head and in the baseline, and each group is compared
// as a suite of its own (its own common shift, and the between-run noise learned from the history
// of its own benchmarks), then the p-values of all groups are corrected together as one family.
// With a sticky split (measure/shard-plan.ts) a benchmark keeps its shard from run to run, so its
// group is "shard k in head, shard k in the baseline" and its history is the same shard's part of
// each stored run. A benchmark that moved shards forms a group with the others that moved alike;
// alone, it is compared with the whole between-run noise, as a suite too small for a common shift.
import type { BenchmarkResult, RunResult } from '../results/model.ts';
import { resolveCompareOptions } from '../config/compare-options.ts';
import { compare, comparePart, finishComparison } from './compare.ts';
import type { CompareOptions, Comparison } from './types.ts';

/** compare(), by shard when either side was measured in shards. */
export function compareByShard(
  head: RunResult,
  baseline: RunResult | undefined,
  history: readonly RunResult[],
  options: Partial<CompareOptions> = {},
): Comparison {
  const o = resolveCompareOptions(options);
  const headShard = shardOf(head);
  const baseShard = shardOf(baseline);
  if (o.pairing === 'same-run' || (!headShard && !baseShard)) return compare(head, baseline, history, options);

  const headNames = new Set(head.benchmarks.map((b) => b.name));
  const keyOf = (name: string) => `${(headNames.has(name) && headShard?.(name)) || '-'}|${baseShard?.(name) ?? '-'}`;
  const groups = new Map<string, Set<string>>();
  for (const b of [...head.benchmarks, ...(baseline?.benchmarks ?? [])]) {
    const key = keyOf(b.name);
    groups.set(key, (groups.get(key) ?? new Set()).add(b.name));
  }
  const keys = [...groups.keys()].sort();
  const only = (run: RunResult, names: Set<string>): RunResult => ({ ...run, benchmarks: run.benchmarks.filter((b) => names.has(b.name)) });
  const parts = keys.map((key) => {
    const names = groups.get(key)!;
    return comparePart(
      only(head, names),
      baseline && only(baseline, names),
      history.map((run) => only(run, names)),
      o,
    );
  });
  const comparison = finishComparison(head, baseline, o, parts);

  // Back in the order of the runs: head's benchmarks, then those only in the baseline.
  const order = new Map([...head.benchmarks, ...(baseline?.benchmarks ?? [])].map((b, i) => [b.name, i] as const).reverse());
  comparison.benchmarks.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
  comparison.shards = keys.map((key, i) => {
    const [h, b] = key.split('|');
    const part = parts[i]!;
    return {
      ...(h !== '-' ? { head: Number(h) } : {}),
      ...(b !== '-' ? { baseline: Number(b) } : {}),
      benchmarks: groups.get(key)!.size,
      ...(part.commonShift ? { commonShift: part.commonShift } : {}),
    };
  });
  return comparison;
}

/** Which shard measured each benchmark of `run`; undefined when the run was not measured in shards. */
function shardOf(run: RunResult | undefined): ((name: string) => number | undefined) | undefined {
  if (!run) return undefined;
  if (run.run.shard) {
    const { index } = run.run.shard;
    return () => index;
  }
  if (!run.run.shards?.length) return undefined;
  const byName = new Map(run.benchmarks.filter((b): b is BenchmarkResult & { shard: number } => b.shard !== undefined).map((b) => [b.name, b.shard]));
  return (name) => byName.get(name);
}
