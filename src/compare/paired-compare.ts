// Compare head with base when both were measured in one interleaved run, round pair by round pair.
//
// Samples of a benchmark are paired by position: head.samples[i] and base.samples[i] were measured
// one right after the other (in random order), so a slow spell of the machine hits both. Per pair
// the log ratio d = log(head / base) is taken, and then:
//   change    Hodges-Lehmann centre of d (median of the Walsh averages), as exp(centre) − 1.
//   ci        its distribution-free interval at `confidence` (see paired-interval.ts).
//   pValue    two-sided Wilcoxon signed-rank test of d (see paired-wilcoxon.ts).
//   adjustedP pValue after `correction` over every benchmark tested.
// Between-process effect: each side runs in several long-lived processes, and a process may be a
// little faster or slower all along (code layout, JIT decisions). A pair compares one head process
// with one base process, so such an effect does not average out over rounds, only over processes.
// When the pairs come from two or more process pairs, the spread between their centres beyond what
// the rounds explain is estimated (robust one-way random effects, paired-stopping.ts) and added to
// the uncertainty: the
// interval is widened by it and the decision p-value is the larger of the signed-rank p and a z-test
// on the widened uncertainty, as compare.ts does with between-run noise.
// The verdict follows the same rules as compare.ts (verdict.ts): regression or improvement needs
// adjustedP < alpha, an interval excluding 0 and a change of at least `threshold`.
// Benchmarks only in head are 'new', only in base 'missing'; a failure in head is 'error'.
import { samplingSentence } from '../measure/ab/conditions.ts';
import type { InterleavedRun } from '../measure/ab/run.ts';
import type { BenchmarkResult, RunResult } from '../results/model.ts';
import { alike, commonShift, geomean, type Compared } from './aggregate.ts';
import { adjustPValues } from '../stats/correction.ts';
import { normalQuantile, normalSf } from '../stats/normal.ts';
import { resolveCompareOptions } from '../config/compare-options.ts';
import { identity, screen, summarize } from './screen.ts';
import { walshInterval } from '../stats/walsh-interval.ts';
import { processEffect, robustSpread } from '../measure/ab/stopping.ts';
import { wilcoxonSignedRank } from '../stats/wilcoxon.ts';
import { zeroCounts, type BenchmarkComparison, type CompareOptions, type Comparison } from './types.ts';
import { decide, percent, type Evidence } from './verdict.ts';

export interface PairedExtras {
  /** Per benchmark, a sentence on how its sampling ended (added to the reason), e.g. "Stopped early after 24 pairs." */
  sampling?: Record<string, string>;
}

interface Tested {
  comparison: BenchmarkComparison;
  evidence: Omit<Evidence, 'adjustedP'>;
  decisionP: number;
  aggregate: Compared;
  note: string;
}

export function comparePaired(head: RunResult, base: RunResult, options: Partial<CompareOptions> = {}, extras: PairedExtras = {}): Comparison {
  const o = resolveCompareOptions({ ...options, pairing: 'same-run' });
  const baseByName = new Map<string, BenchmarkResult>();
  for (const b of base.benchmarks) if (!baseByName.has(b.name)) baseByName.set(b.name, b);
  const headNames = new Set(head.benchmarks.map((b) => b.name));

  const benchmarks: BenchmarkComparison[] = [];
  const tested: Tested[] = [];
  for (const h of head.benchmarks) {
    const outcome = assessPaired(h, baseByName.get(h.name), o);
    const sampling = extras.sampling?.[h.name];
    if ('evidence' in outcome) {
      if (sampling) outcome.note += ` ${sampling}`;
      tested.push(outcome);
      benchmarks.push(outcome.comparison);
    } else {
      if (sampling && outcome.verdict === 'inconclusive') outcome.reason += ` ${sampling}`;
      benchmarks.push(outcome);
    }
  }
  for (const b of baseByName.values()) {
    if (headNames.has(b.name)) continue;
    benchmarks.push({
      ...identity(b),
      verdict: 'missing',
      reason: 'In the baseline, but not in head.',
      ...(b.error === undefined && b.samples.length > 0 ? { baseline: summarize(b.samples) } : {}),
    });
  }

  const adjusted = adjustPValues(
    tested.map((t) => t.decisionP),
    o.correction,
  );
  tested.forEach((t, i) => {
    const adjustedP = adjusted[i]!;
    const { verdict, reason } = decide({ ...t.evidence, adjustedP }, o);
    Object.assign(t.comparison, { verdict, reason: reason + t.note, adjustedP });
  });

  const counts = zeroCounts();
  for (const b of benchmarks) counts[b.verdict]++;
  const compared = alike(tested.map((t) => t.aggregate));
  const mean = geomean(compared, o.confidence);
  const shift = commonShift(compared);
  return {
    suite: head.suite,
    head: head.run,
    baseline: base.run,
    options: o,
    benchmarks,
    counts,
    ...(mean ? { geomean: mean } : {}),
    ...(shift ? { commonShift: shift } : {}),
    historyRuns: 0,
    test: 'wilcoxon-signed-rank',
  };
}

/** The log ratios log(head / base) of a benchmark's round pairs; undefined when they are not paired. */
export function pairedLogRatios(head: readonly number[], base: readonly number[]): number[] | undefined {
  if (head.length !== base.length) return undefined;
  if (![...head, ...base].every((v) => v > 0 && Number.isFinite(v))) return undefined;
  return head.map((h, i) => Math.log(h / base[i]!));
}

function assessPaired(h: BenchmarkResult, b: BenchmarkResult | undefined, o: CompareOptions): BenchmarkComparison | Tested {
  const screened = screen(h, b, 'base tree');
  if ('settled' in screened) return screened.settled;
  const { baseSamples, note, sides, inconclusive } = screened;

  const d = pairedLogRatios(h.samples, baseSamples);
  if (!d) {
    return inconclusive(
      h.samples.length !== baseSamples.length
        ? `The samples are not paired: ${h.samples.length} in head and ${baseSamples.length} in the baseline.`
        : 'A sample is zero, negative or not a finite number, so the ratio of a pair is undefined.',
    );
  }
  if (d.length < o.minSamples) return inconclusive(`Too few round pairs: ${d.length}; at least ${o.minSamples} are needed.`);

  const pValue = wilcoxonSignedRank(d).pValue;
  const est = walshInterval(d, o.confidence);
  if (est.rank === 0) {
    return { ...inconclusive(`Too few round pairs for a ${percent(o.confidence, false)} interval (${d.length}).`), change: Math.expm1(est.centre), pValue };
  }
  const z = normalQuantile((1 + o.confidence) / 2);
  const effect = processEffect(d, h.processes);
  const between = effect.groups > 0 ? effect.sd / Math.sqrt(effect.groups) : 0;
  const lower = est.centre - Math.hypot(est.centre - est.lower, z * between);
  const upper = est.centre + Math.hypot(est.upper - est.centre, z * between);
  const se = Math.hypot((est.upper - est.lower) / (2 * z), between);
  const pZ = se > 0 ? Math.min(1, 2 * normalSf(Math.abs(est.centre) / se)) : est.centre === 0 ? 1 : 0;
  const decisionP = between > 0 ? Math.max(pValue, pZ) : pValue;
  const pairNoise = robustSpread(d);

  const comparison: BenchmarkComparison = {
    ...identity(h),
    verdict: 'inconclusive',
    reason: '',
    ...sides,
    change: Math.expm1(est.centre),
    ci: [Math.expm1(lower), Math.expm1(upper)],
    pValue,
  };
  const processNote =
    between > 0 && z * between > (est.upper - est.lower) / 2
      ? ` Processes differ by ±${percent(effect.sd, false)} beyond the rounds' noise, which widens the interval.`
      : '';
  return {
    comparison,
    evidence: { direction: h.direction, change: comparison.change!, ci: comparison.ci!, noiseFromRuns: false, spread: pairNoise },
    decisionP,
    note: `${note}${processNote}`,
    aggregate: {
      direction: h.direction,
      logRatio: est.centre,
      logRatioSe: se,
      logShift: est.centre,
      withinLower: est.lower,
      withinUpper: est.upper,
    },
  };
}

/** The paired comparison of an interleaved run, each benchmark's reason saying how its sampling ended. */
export function compareInterleaved(run: InterleavedRun, options: Partial<CompareOptions>): Comparison {
  const sampling: Record<string, string> = {};
  for (const [name, s] of Object.entries(run.sampling)) sampling[name] = samplingSentence(s, run.conditions.budget.benchmarkMs);
  return comparePaired(run.head, run.base, options, { sampling });
}

/** Why two runs cannot be compared pair by pair: a benchmark on one side only, or with unequal sample counts. */
export type PairingProblem = { name: string; kind: 'only-in-head' | 'only-in-base' } | { name: string; kind: 'sample-counts'; head: number; base: number };

/**
 * What keeps two runs from being compared pair by pair, in head's order. Benchmarks that failed on
 * a side are left to the comparison (it calls them errors) and not counted here.
 */
export function pairingProblems(head: RunResult, base: RunResult): PairingProblem[] {
  const baseByName = new Map(base.benchmarks.map((b) => [b.name, b]));
  const headNames = new Set(head.benchmarks.map((b) => b.name));
  const problems: PairingProblem[] = [];
  for (const h of head.benchmarks) {
    const b = baseByName.get(h.name);
    if (!b) problems.push({ name: h.name, kind: 'only-in-head' });
    else if (h.error === undefined && b.error === undefined && h.samples.length !== b.samples.length) {
      problems.push({ name: h.name, kind: 'sample-counts', head: h.samples.length, base: b.samples.length });
    }
  }
  for (const b of base.benchmarks) if (!headNames.has(b.name)) problems.push({ name: b.name, kind: 'only-in-base' });
  return problems;
}
