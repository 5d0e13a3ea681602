// The reasons of the undecided verdicts, said once per kind under the table rather than on every
// row, and what would decide them. Shared by the comment and the terminal; each escapes its own way.
import { COUNT_UNIT } from '../compare/counted.ts';
import type { BenchmarkComparison, Comparison, Verdict } from '../compare/types.ts';
import { plural } from './format.ts';
import { VERDICT_LABEL } from './order.ts';

export interface ReasonGroup {
  verdict: Verdict;
  /** "Inconclusive", "New", …: the verdict as the line's first word. */
  label: string;
  /** The first benchmark of its kind: its reason stands for the others'. */
  example: BenchmarkComparison;
  count: number;
}

/** The kind of a reason, for grouping: its words before the first figure, colon, semicolon or parenthesis. */
export function reasonKind(reason: string): string {
  const head = reason
    .split(/[:(;]|\s[+\u2212-]?\d/u)[0]!
    .trim()
    .replace(/[.,]$/, '');
  return head === '' ? reason.trim() : head;
}

/** Benchmarks of the given verdicts grouped by verdict and kind of reason, in the order given. Unchanged ones need no reason. */
export function reasonGroups(benchmarks: readonly BenchmarkComparison[], verdicts: readonly Verdict[]): ReasonGroup[] {
  const groups = new Map<string, ReasonGroup>();
  for (const b of benchmarks) {
    if (!verdicts.includes(b.verdict) || b.verdict === 'unchanged' || !b.reason) continue;
    const key = `${b.verdict}\u0000${reasonKind(b.reason)}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { verdict: b.verdict, label: capitalize(VERDICT_LABEL[b.verdict] ?? b.verdict), example: b, count: 1 });
  }
  return [...groups.values()];
}

/**
 * One sentence on what would decide the inconclusive benchmarks, by how they were compared;
 * undefined when none is. `code` marks a setting or command (backticks in markdown).
 */
export function decideSentence(c: Comparison, code: (text: string) => string = (text) => text): string | undefined {
  const undecided = c.counts.inconclusive ?? 0;
  if (undecided === 0 || c.baseline === undefined) return undefined;
  const them = undecided === 1 ? 'the inconclusive one' : `the ${undecided} inconclusive ones`;
  if (c.options.pairing === 'same-run') return `To decide ${them}: more round pairs (a longer budget) or a quieter machine.`;
  const inconclusive = c.benchmarks.filter((b) => b.verdict === 'inconclusive');
  if (inconclusive.every((b) => b.unit === COUNT_UNIT)) {
    return `To decide ${them}: counts whose processes agree more closely (see docs/instructions.md on warm-up), or a threshold above their spread.`;
  }
  const history =
    c.historyRuns > 0
      ? `more stored runs of the baseline branch (the noise now comes from ${plural(c.historyRuns, 'run')})`
      : 'stored runs of the baseline branch to learn the noise from (none yet)';
  return `To decide ${them}: ${history}, ${code('measure: instructions')}, or ${code('compare: interleaved')} (${code('benchgate ab')}), which measures both sides in one run.`;
}

function capitalize(text: string): string {
  return text.replace(/^./, (c) => c.toUpperCase());
}
