// The balance of a run merged from shards: the slowest shard against the mean, where each ran,
// and how many shards would keep each job under a target time.
import { COMMON_MODE_MIN_BENCHMARKS } from '../compare/common-mode.ts';
import type { Comparison } from '../compare/types.ts';
import type { MergedShard, RunMeta } from '../results/model.ts';
import { escapeMarkdown, sanitizeTerminal, truncate } from './escape.ts';
import { formatChange, formatInterval } from './format.ts';

/**
 * Measuring time per job the suggestion aims at. A pull request's check is waited for: ten minutes
 * of measuring, with checkout and install on a hosted runner, keeps it near a quarter of an hour.
 */
export const TARGET_JOB_MS = 10 * 60_000;

export interface ShardBalance {
  shards: MergedShard[];
  slowest: MergedShard;
  mean: number;
  /** Slowest over mean: 1 is perfect balance. */
  ratio: number;
  /** Measuring time of all shards together. */
  total: number;
  /** Shards that would keep each job within `target` at this balance. */
  suggested: number;
  target: number;
}

export function shardBalance(run: RunMeta, target = TARGET_JOB_MS): ShardBalance | undefined {
  const shards = run.shards;
  if (!shards || shards.length === 0) return undefined;
  const total = shards.reduce((sum, s) => sum + s.wallTime, 0);
  const mean = total / shards.length;
  const slowest = shards.reduce((a, b) => (b.wallTime > a.wallTime ? b : a));
  const ratio = mean > 0 ? slowest.wallTime / mean : 1;
  return { shards, slowest, mean, ratio, total, suggested: Math.max(1, Math.ceil((total * Math.max(1, ratio)) / target)), target };
}

export function renderShardsMarkdown(c: Pick<Comparison, 'head' | 'shards'>): string {
  const b = shardBalance(c.head);
  const shifts = shiftsSentence(c);
  if (!b) return shifts ? `**Shards:** ${shifts}` : '';
  const rows = b.shards.map((s) => `| ${s.index}/${s.count} | ${cell(s.env.runner ?? '')} | ${cell(s.env.cpu)} | ${formatWallTime(s.wallTime)} |`);
  const lead = `**Shards:** ${sentence(b, (s) => escapeMarkdown(truncate(s, 80)))}${shifts ? ` ${shifts}` : ''}`;
  return [lead, '', '| shard | runner | CPU | wall time |', '|:--|:--|:--|--:|', ...rows].join('\n');
}

export function renderShardsTerminal(c: Pick<Comparison, 'head' | 'shards'>): string {
  const b = shardBalance(c.head);
  const shifts = shiftsSentence(c);
  if (!b) return shifts ? `Shards: ${shifts}` : '';
  const lines = [`Shards: ${sentence(b, (s) => sanitizeTerminal(truncate(s, 80)))}${shifts ? ` ${shifts}` : ''}`];
  for (const s of b.shards) {
    lines.push(`  ${`${s.index}/${s.count}`.padEnd(6)} ${formatWallTime(s.wallTime).padStart(8)}  ${sanitizeTerminal(truncate(s.env.runner ?? '', 60))}`);
  }
  return lines.join('\n');
}

// Each machine's shift, which the comparison took out of its own shard's benchmarks.
function shiftsSentence(c: Pick<Comparison, 'shards'>): string {
  const groups = (c.shards ?? []).filter((g) => g.commonShift && Number.isFinite(g.commonShift.change));
  if (groups.length === 0) {
    // Compared shard by shard, but no group was large enough for a shift of its own: say so, or the
    // reader assumes one machine's slow spell was taken out of the others.
    return (c.shards ?? []).length > 1
      ? `Each shard ran on its own machine, so benchmarks were compared within their own shard; no shard had the ${COMMON_MODE_MIN_BENCHMARKS} benchmarks (measured on the same shard in head and the baseline) that a whole-shard shift needs, so each was judged on its whole run-to-run noise.`
      : '';
  }
  const parts = groups.map((g) => {
    const shift = g.commonShift!;
    const name =
      g.head !== undefined && (g.baseline === undefined || g.baseline === g.head)
        ? `shard ${g.head}`
        : `shard ${g.head ?? '–'} (${g.baseline ?? '–'} in the baseline)`;
    const ci = shift.ci ? ` ${formatInterval(shift.ci)}` : '';
    const noise = shift.explainedByNoise === undefined ? '' : shift.explainedByNoise ? ', within its run-to-run noise' : ', beyond its run-to-run noise';
    return `${name} ${formatChange(shift.change)}${ci}${noise}`;
  });
  return `Each shard ran on its own machine, so each was compared with its own whole-shard shift: ${parts.join('; ')}.`;
}

function sentence(b: ShardBalance, text: (s: string) => string): string {
  const runner = b.slowest.env.runner ? ` on ${text(b.slowest.env.runner)}` : '';
  const split = `the slowest, shard ${b.slowest.index}${runner}, took ${formatWallTime(b.slowest.wallTime)}: ${b.ratio.toFixed(2)}× the mean of ${formatWallTime(b.mean)}; ${formatWallTime(b.total)} of measuring in all.`;
  const per = formatWallTime(b.target);
  const each = formatWallTime((b.total / b.suggested) * Math.max(1, b.ratio));
  const advice =
    b.suggested === b.shards.length
      ? `${b.suggested} shards keep each job within ${per} of measuring.`
      : b.suggested === 1
        ? `One job would do: about ${each} of measuring, within ${per}.`
        : `For jobs within ${per} of measuring, use ${b.suggested} shards: about ${each} each at this balance.`;
  return `${b.shards.length} shards; ${split} ${advice}`;
}

function cell(text: string): string {
  return escapeMarkdown(truncate(text, 80));
}

/** "850 ms", "12.3 s", "3m 12s", "1h 04m". */
export function formatWallTime(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}
