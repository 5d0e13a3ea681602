// What was in force during an interleaved run, and how each benchmark's sampling ended, in words
// for the report: so that a reader can tell a careful measurement from a rushed one.
import type { BenchmarkResult, Environment } from '../../results/model.ts';
import type { RoundStatistic } from '../micro/protocol.ts';
import type { BenchmarkSampling, WarmupRecord } from './interleave.ts';

export interface Conditions {
  base: { ref: string; commit: string };
  /** ref and commit when a revision was checked out; the working tree otherwise. */
  head: { ref?: string; commit?: string; workingTree: boolean; uncommitted?: boolean };
  setup?: string;
  /** Long-lived children per tree and benchmark file. */
  processes: number;
  roundTimeMs: number;
  roundStatistic: RoundStatistic;
  gcBeforeRound: boolean;
  /** V8's young generation fixed at this semi-space size in MB; 0: sized by V8. */
  semiSpaceMb: number;
  /** CPU list the children were pinned to with taskset. */
  cpu?: string;
  warmup: { mode: 'until settled'; minMs: number; maxMs: number; count: number; settled: number; medianMs: number };
  budget: { totalMs: number; benchmarkMs: number; minPairs: number; maxPairs: number };
  elapsedMs: number;
  env: Environment;
}

export function summarizeWarmups(warmups: readonly WarmupRecord[]): { count: number; settled: number; medianMs: number } {
  const ms = warmups.map((w) => w.ms).sort((a, b) => a - b);
  const m = ms.length >> 1;
  const medianMs = ms.length === 0 ? 0 : ms.length % 2 ? ms[m]! : (ms[m - 1]! + ms[m]!) / 2;
  return { count: warmups.length, settled: warmups.filter((w) => w.settled).length, medianMs };
}

/** A few lines for the report's notes. */
export function describeConditions(c: Conditions): string[] {
  const head = c.head.workingTree
    ? `the working tree${c.head.uncommitted ? ' (with uncommitted changes)' : ''}${c.head.commit ? ` at ${c.head.commit.slice(0, 7)}` : ''}`
    : `${c.head.ref} (${c.head.commit?.slice(0, 7)})`;
  const w = c.warmup;
  const capped = w.count - w.settled;
  return [
    `Interleaved run: base ${c.base.ref} (${c.base.commit.slice(0, 7)}) against head ${head}, on ${c.env.cpu} (${c.env.cores} cores), Node ${c.env.node}, in ${seconds(c.elapsedMs)}.`,
    `Conditions: alternating round pairs in balanced random order (ABBA), ${c.processes} process${c.processes === 1 ? '' : 'es'} per version and file, ${c.roundTimeMs} ms rounds (${c.roundStatistic === 'median' ? 'median batch per round' : 'mean per round'}), ` +
      `GC before each round ${c.gcBeforeRound ? 'on' : 'off'}, ${c.semiSpaceMb ? `young generation fixed at ${c.semiSpaceMb} MB semi-spaces` : 'young generation sized by V8'}, ${c.cpu === undefined ? 'not pinned to CPUs' : `pinned to CPU ${c.cpu} (taskset)`}, ` +
      `warm-up until timings settle (${w.settled} of ${w.count} settled${capped > 0 ? `, ${capped} stopped at the ${seconds(w.maxMs)} limit` : ''}; median ${Math.round(w.medianMs)} ms).`,
    'Paired analysis: per round pair the log ratio head/base; Wilcoxon signed-rank test and Hodges-Lehmann (Walsh average) interval of the median ratio, widened where process pairs disagree.',
    `Sampling: adaptive, at least ${c.budget.minPairs} and at most ${c.budget.maxPairs} pairs per benchmark, ${seconds(c.budget.benchmarkMs)} per benchmark, ${seconds(c.budget.totalMs)} for the run${c.setup ? `; setup: ${c.setup}` : ''}.`,
  ];
}

/** How a benchmark's sampling ended, as a sentence for its reason. */
export function samplingSentence(s: BenchmarkSampling, budgetMs: number): string {
  const pairs = `${s.pairs} pair${s.pairs === 1 ? '' : 's'}`;
  const noise = s.last?.pairNoise !== undefined ? `pairs vary by ±${pct(s.last.pairNoise)}` : undefined;
  const more = s.last?.pairsNeeded !== undefined && s.last.pairsNeeded > s.pairs ? `; about ${s.last.pairsNeeded} pairs would decide it` : '';
  switch (s.stop) {
    case 'beyond':
      return `Stopped early after ${pairs}: clearly beyond the threshold.`;
    case 'within':
      return `Stopped early after ${pairs}: clearly within the threshold.`;
    case 'budget':
      return `Its time budget (${seconds(budgetMs)}) ran out after ${pairs}${noise ? `; ${noise}` : ''}${more}.`;
    case 'total-budget':
      return `The run's time budget ran out after ${pairs}${noise ? `; ${noise}` : ''}${more}.`;
    case 'max-pairs':
      return `Stopped at the limit of ${pairs}${noise ? `; ${noise}` : ''}${more}.`;
    case 'failed':
      return `Stopped after ${pairs}: it failed.`;
    case 'unpaired':
      return 'Measured on one side only.';
  }
}

function pct(x: number): string {
  const v = x * 100;
  return `${v < 1 ? v.toFixed(2) : v.toFixed(1)}%`;
}

function seconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}

interface NoiseSource {
  head: { benchmarks: readonly BenchmarkResult[] };
  base: { benchmarks: readonly BenchmarkResult[] };
  sampling: Readonly<Record<string, BenchmarkSampling>>;
}

/**
 * The measured noise per benchmark, so people see which ones are too noisy to gate: the spread of
 * the pairs' log ratios (what the verdict rests on) and each side's within-run coefficient of
 * variation. 'all': a table of every paired benchmark; 'notable': one line naming those whose pairs
 * vary by more than the threshold.
 */
export function noiseLines(run: NoiseSource, threshold: number, mode: 'all' | 'notable'): string[] {
  const baseByName = new Map(run.base.benchmarks.map((b) => [b.name, b]));
  const rows = run.head.benchmarks.flatMap((h) => {
    const s = run.sampling[h.name];
    const b = baseByName.get(h.name);
    if (!s || !b || s.stop === 'unpaired') return [];
    return [{ name: h.name, pairs: s.pairs, spread: s.last?.pairNoise, baseCv: cv(b.samples), headCv: cv(h.samples), stop: s.stop }];
  });
  if (mode === 'notable') {
    const noisy = rows.filter((r) => r.spread !== undefined && r.spread > threshold);
    if (noisy.length === 0) return [];
    return [`Too noisy to gate at ${pct(threshold)} (pairs vary by more than that): ${noisy.map((r) => `${r.name} (±${pct(r.spread!)})`).join(', ')}.`];
  }
  if (rows.length === 0) return [];
  const width = Math.min(40, Math.max(9, ...rows.map((r) => r.name.length)));
  const line = (cells: string[]) =>
    `  ${cells[0]!.padEnd(width)}${cells
      .slice(1, 5)
      .map((c) => c.padStart(13))
      .join('')}  ${cells[5]}`;
  return [
    'Noise within this run:',
    line(['benchmark', 'pairs', 'pair spread', 'CV base', 'CV head', 'sampling']),
    ...rows.map((r) =>
      line([
        r.name.length > width ? `${r.name.slice(0, width - 1)}…` : r.name,
        String(r.pairs),
        r.spread === undefined ? '-' : `±${pct(r.spread)}`,
        r.baseCv === undefined ? '-' : pct(r.baseCv),
        r.headCv === undefined ? '-' : pct(r.headCv),
        STOP_TEXT[r.stop],
      ]),
    ),
  ];
}

const STOP_TEXT: Record<BenchmarkSampling['stop'], string> = {
  beyond: 'stopped early: beyond the threshold',
  within: 'stopped early: within the threshold',
  budget: 'its time budget ran out',
  'total-budget': "the run's budget ran out",
  'max-pairs': 'pair limit reached',
  failed: 'failed',
  unpaired: 'one side only',
};

function cv(samples: readonly number[]): number | undefined {
  const n = samples.length;
  if (n < 2) return undefined;
  const mean = samples.reduce((a, b) => a + b, 0) / n;
  return Math.sqrt(samples.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) / mean;
}
