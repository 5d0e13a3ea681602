// Which shard a job measures, `--shard K/N`, and how many stored runs balance the split: what the
// CLI and the Action read before planning (shard-plan.ts, loaded only by a sharded run).
import { UsageError } from '../errors.ts';

/** Stored runs whose wall times are pooled (median per benchmark): one slow runner does not reshuffle the split. */
export const TIMING_RUNS = 5;

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** `K/N`, e.g. "2/4": shard 2 of 4. */
export function parseShard(origin: string, raw: string): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count || count > 256) {
    throw new UsageError(`${origin}: expected K/N with 1 ≤ K ≤ N ≤ 256, e.g. 2/4 for the second of four shards, found ${JSON.stringify(raw)}`);
  }
  return { index, count };
}
