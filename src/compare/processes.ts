// The process is the unit of replication for wall time. Samples nest in processes: the JIT tiers
// differently in each, so rounds of one process agree more with each other than with rounds of
// another. When the process medians of a side spread more than their rounds alone would make them
// (sd of the medians above √(π/2) · within-process sd / √rounds, the standard error of a median),
// a test that counts rounds is too confident; the test then counts processes: a two-sample t-test
// (pooled variance, ν = processes − 2) on the log medians of the processes of the two sides.
// Files from other tools carry no process labels: their samples come from one process, whose
// spread says nothing about another process or run, and they are never read as more than one.
import { median } from '../stats/descriptive.ts';
import { tQuantile, tSf } from '../stats/student-t.ts';

export interface ProcessTest {
  /** Difference of the mean log process medians, head − baseline. */
  shift: number;
  lower: number;
  upper: number;
  pValue: number;
  /** Processes of the baseline and of head. */
  processes: [number, number];
}

/** Log median of each process's samples; undefined without labels, with one process, or with samples that are not positive. */
export function processLogMedians(
  samples: readonly number[],
  labels: readonly number[] | undefined,
): { medians: number[]; within: number; rounds: number } | undefined {
  if (!labels || labels.length !== samples.length) return undefined;
  const byProcess = new Map<number, number[]>();
  for (const [i, value] of samples.entries()) {
    if (!(value > 0) || !Number.isFinite(value)) return undefined;
    const list = byProcess.get(labels[i]!);
    if (list) list.push(Math.log(value));
    else byProcess.set(labels[i]!, [Math.log(value)]);
  }
  if (byProcess.size < 2) return undefined;
  const medians: number[] = [];
  const within: number[] = [];
  for (const logs of byProcess.values()) {
    const m = median(logs);
    medians.push(m);
    within.push(median(logs.map((v) => Math.abs(v - m))) * 1.482602218505602);
  }
  return { medians, within: median(within), rounds: samples.length / byProcess.size };
}

/** Whether the process medians spread more than the rounds inside the processes explain. */
export function clustered(side: { medians: number[]; within: number; rounds: number }): boolean {
  const sd = sampleSd(side.medians);
  return sd > (Math.sqrt(Math.PI / 2) * side.within) / Math.sqrt(side.rounds);
}

/** Pooled two-sample t-test and interval on the process medians of the two sides. */
export function processTest(base: readonly number[], head: readonly number[], confidence: number): ProcessTest {
  const nb = base.length;
  const nh = head.length;
  const df = nb + nh - 2;
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const ss = (xs: readonly number[]): number => {
    const m = mean(xs);
    return xs.reduce((a, x) => a + (x - m) ** 2, 0);
  };
  const shift = mean(head) - mean(base);
  const se = Math.sqrt(((ss(base) + ss(head)) / df) * (1 / nb + 1 / nh));
  const q = tQuantile((1 + confidence) / 2, df);
  const pValue = se > 0 ? Math.min(1, 2 * tSf(Math.abs(shift) / se, df)) : shift === 0 ? 1 : 0;
  return { shift, lower: shift - q * se, upper: shift + q * se, pValue, processes: [nb, nh] };
}

function sampleSd(xs: readonly number[]): number {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}
