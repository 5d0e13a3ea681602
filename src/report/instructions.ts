// What a reader must know about instruction counts, said the same way in every report: what they
// leave out, how far the processes of one run agreed, and when Node itself moved the counts.
import type { BenchmarkResult, RunResult } from '../results/model.ts';

export const COUNTS_MISS =
  'Counts are CPU work only: time spent waiting on I/O, timers and locks is not in them, nor are cache and memory effects; the same code counts differently on another Node version.';

/**
 * How far apart the processes of one run put a benchmark: (largest − smallest) / smallest of the
 * processes' means. Undefined with fewer than two processes.
 */
export function processSpread(b: BenchmarkResult): number | undefined {
  const { samples, processes } = b;
  if (!processes || processes.length !== samples.length) return undefined;
  const byProcess = new Map<number, number[]>();
  samples.forEach((value, i) => byProcess.set(processes[i]!, [...(byProcess.get(processes[i]!) ?? []), value]));
  if (byProcess.size < 2) return undefined;
  const means = [...byProcess.values()].map((values) => values.reduce((a, v) => a + v, 0) / values.length);
  const low = Math.min(...means);
  return low > 0 ? (Math.max(...means) - low) / low : undefined;
}

/**
 * Notes for a comparison where either side counted instructions: what counts miss, and a Node
 * version or a measure that differs between baseline and head. Plain text, untrusted parts
 * included as they are: the renderers escape notes.
 */
export function instructionNotes(head: RunResult, baseline: RunResult | undefined): string[] {
  const counted = (run: RunResult | undefined) => run?.run.measure === 'instructions';
  if (!counted(head) && !counted(baseline)) return [];
  const notes: string[] = [];
  if (baseline && counted(head) !== counted(baseline)) {
    const what = (run: RunResult) => (counted(run) ? 'instructions' : 'time');
    notes.push(
      `The baseline measured ${what(baseline)} and this run ${what(head)}: their numbers do not compare. Store a baseline measured with the same measure.`,
    );
  } else if (baseline && baseline.run.env.node !== head.run.env.node) {
    notes.push(
      `Node changed from ${baseline.run.env.node} (baseline) to ${head.run.env.node}: instruction counts of unchanged code move with Node and V8, so part of every difference here may be Node's, not the code's.`,
    );
  }
  notes.push(`Instruction counts under valgrind. ${COUNTS_MISS}`);
  return notes;
}
