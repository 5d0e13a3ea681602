// Compare a head run with a baseline run, benchmark by benchmark, and give each a verdict.
//
// How a verdict is reached (the README explains the same in plain words):
//   error         the benchmark failed in head.
//   new/missing   it is only in head / only in the baseline.
//   inconclusive  it cannot be compared: it failed in the baseline, its unit or direction changed,
//                 a side has fewer than `minSamples` samples, or samples are 0 or negative and the
//                 baseline median is not positive. The reason says which.
//   Otherwise both sides are tested:
//     change   Hodges-Lehmann shift of log(head) against log(baseline), as exp(shift) − 1.
//              (Samples that are 0 or negative cannot be logged: then the shift of the raw values,
//              divided by the baseline median.)
//     ci       its distribution-free interval at `confidence`.
//     pValue   two-sided Mann-Whitney U test of the samples.
//     separate-runs: the two runs also differ by a run effect, learned from the baseline's history
//              (or `defaultRunNoise`). Each run carries its own, so √2 · runNoise is added to the
//              within-run uncertainty: the interval is widened by it, and the decision p-value is
//              the larger of the Mann-Whitney p and a z-test on the widened uncertainty.
//     same-run: both sides share the run, so the Mann-Whitney p and the interval are used as they are.
//     adjustedP the decision p-value after `correction` over every benchmark that was tested.
//   regression / improvement: adjustedP < alpha, the interval excludes 0, and the change is at least
//              `threshold`; worse or better according to the direction (times: smaller is better,
//              throughput: bigger is better).
//   inconclusive ("too noisy to tell"): otherwise, when the interval's half-width is more than
//              UNCHANGED_MAX_HALF_WIDTH (2) × threshold, or the change is at least `threshold`
//              without being significant.
//   unchanged: everything else — not significant with a narrow interval, or significant but smaller
//              than the threshold.
import type { BenchmarkResult, Direction, RunResult } from '../results/model.ts';
import { alike, commonShift, geomean, type Compared } from './aggregate.ts';
import { adjustPValues } from './correction.ts';
import { hodgesLehmann, medianInterval } from './interval.ts';
import { mannWhitney } from './mann-whitney.ts';
import { median } from './median.ts';
import { normalQuantile, normalSf } from './normal.ts';
import { resolveCompareOptions } from './options.ts';
import { learnRunNoise, runNoiseFor, type RunNoiseModel } from './run-noise.ts';
import type { BenchmarkComparison, CompareOptions, Comparison, SideSummary, Verdict } from './types.ts';
import { alignUnits } from './units.ts';
import { decide, percent, type Evidence } from './verdict.ts';

export { DEFAULT_COMPARE_OPTIONS } from './options.ts';

const VERDICTS: readonly Verdict[] = ['regression', 'improvement', 'unchanged', 'inconclusive', 'new', 'missing', 'error'];

interface Tested {
  comparison: BenchmarkComparison;
  evidence: Omit<Evidence, 'adjustedP'>;
  decisionP: number;
  aggregate?: Compared;
  note: string;
}

export function compare(
  head: RunResult,
  baseline: RunResult | undefined,
  history: readonly RunResult[],
  options: Partial<CompareOptions> = {},
): Comparison {
  const o = resolveCompareOptions(options);
  const model =
    o.pairing === 'separate-runs' && baseline
      ? learnRunNoise([baseline, ...history], head.suite, [head.run.id])
      : undefined;

  const baseByName = new Map<string, BenchmarkResult>();
  for (const b of baseline?.benchmarks ?? []) if (!baseByName.has(b.name)) baseByName.set(b.name, b);
  const headNames = new Set(head.benchmarks.map((b) => b.name));

  const benchmarks: BenchmarkComparison[] = [];
  const tested: Tested[] = [];
  for (const h of head.benchmarks) {
    const outcome = assess(h, baseByName.get(h.name), o, model);
    if ('evidence' in outcome) {
      tested.push(outcome);
      benchmarks.push(outcome.comparison);
    } else {
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

  const adjusted = adjustPValues(tested.map((t) => t.decisionP), o.correction);
  tested.forEach((t, i) => {
    const adjustedP = adjusted[i]!;
    const { verdict, reason } = decide({ ...t.evidence, adjustedP }, o);
    Object.assign(t.comparison, { verdict, reason: reason + t.note, adjustedP });
  });

  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const b of benchmarks) counts[b.verdict]++;
  const compared = alike(tested.flatMap((t) => (t.aggregate ? [t.aggregate] : [])));
  const mean = geomean(compared, o.confidence);
  const shift = commonShift(compared);
  return {
    suite: head.suite,
    head: head.run,
    ...(baseline ? { baseline: baseline.run } : {}),
    options: o,
    benchmarks,
    counts,
    ...(mean ? { geomean: mean } : {}),
    ...(shift ? { commonShift: shift } : {}),
    // Runs that did not add up to a learned value informed nothing: the default was used.
    historyRuns: model?.pooled === undefined ? 0 : model.runs,
  };
}

/** One benchmark: a final comparison, or the evidence of a test still waiting for the correction. */
function assess(h: BenchmarkResult, b: BenchmarkResult | undefined, o: CompareOptions, model: RunNoiseModel | undefined): BenchmarkComparison | Tested {
  const base = b && b.error === undefined && b.samples.length > 0 ? b : undefined;
  const settled = (verdict: Verdict, reason: string): BenchmarkComparison => ({
    ...identity(h),
    verdict,
    reason,
    ...(base && verdict !== 'inconclusive' ? { baseline: summarize(base.samples) } : {}),
    ...(h.samples.length > 0 ? { head: summarize(h.samples) } : {}),
  });

  if (h.error !== undefined) return settled('error', `Failed in head: ${firstLine(h.error)}`);
  if (!b) return settled('new', 'In head, but not in the baseline.');
  if (!base) return settled('inconclusive', `No baseline to compare with: it failed in the baseline run (${firstLine(b.error ?? 'no samples')}).`);
  if (b.direction !== h.direction) {
    return settled('inconclusive', `The direction changed from '${b.direction} is better' in the baseline to '${h.direction} is better' in head, so the numbers are not compared.`);
  }
  const units = alignUnits(b.unit, h.unit);
  if (!units.ok) return settled('inconclusive', units.reason);
  const baseSamples = units.factor === 1 ? b.samples : b.samples.map((v) => v * units.factor);
  const note = units.factor === 1 ? '' : ` Baseline converted from ${b.unit} to ${h.unit}.`;
  const sides = { baseline: summarize(baseSamples), head: summarize(h.samples) };
  const inconclusive = (reason: string): BenchmarkComparison => ({ ...identity(h), verdict: 'inconclusive', reason, ...sides });

  for (const [side, samples] of [['baseline', baseSamples], ['head', h.samples]] as const) {
    const odd = samples.find((v) => !Number.isFinite(v));
    if (odd !== undefined) return inconclusive(`The ${side} has a sample that is not a finite number (${odd}).`);
  }
  const short = [
    ...(baseSamples.length < o.minSamples ? [`${baseSamples.length} in the baseline`] : []),
    ...(h.samples.length < o.minSamples ? [`${h.samples.length} in head`] : []),
  ];
  if (short.length > 0) return inconclusive(`Too few samples: ${short.join(' and ')}; at least ${o.minSamples} are needed.`);

  const onLogScale = baseSamples.every((v) => v > 0) && h.samples.every((v) => v > 0);
  const baseMedian = sides.baseline.median;
  if (!onLogScale && !(baseMedian > 0)) {
    const value = baseSamples[0]!;
    if ([...baseSamples, ...h.samples].every((v) => v === value)) {
      return { ...identity(h), verdict: 'unchanged', reason: `Every sample on both sides is ${value}.`, ...sides };
    }
    return inconclusive(`The baseline median is ${baseMedian}, so a relative change is undefined.`);
  }
  // On log scale the shift is a log ratio; otherwise the raw shift in units of the baseline median.
  const toScale = onLogScale ? Math.log : (v: number) => v / baseMedian;
  const toRelative = onLogScale ? Math.expm1 : (v: number) => v;
  const tBase = baseSamples.map(toScale);
  const tHead = h.samples.map(toScale);

  const pValue = mannWhitney(baseSamples, h.samples).pValue;
  const est = hodgesLehmann(tBase, tHead, o.confidence);
  if (est.rank === 0) {
    return {
      ...inconclusive(`Too few samples for a ${percent(o.confidence, false)} interval (${baseSamples.length} and ${h.samples.length}).`),
      change: toRelative(est.shift),
      pValue,
    };
  }

  const z = normalQuantile((1 + o.confidence) / 2);
  let lower = est.lower;
  let upper = est.upper;
  let decisionP = pValue;
  let noiseFromRuns = false;
  let noise: ReturnType<typeof runNoiseFor> | undefined;
  if (o.pairing === 'separate-runs') {
    noise = runNoiseFor(model ?? { runs: 0, benchmarks: new Map() }, h.name, o.defaultRunNoise);
    const between = Math.SQRT2 * noise.noise;
    lower = est.shift - Math.hypot(est.shift - est.lower, z * between);
    upper = est.shift + Math.hypot(est.upper - est.shift, z * between);
    const se = Math.hypot((est.upper - est.lower) / (2 * z), between);
    const pZ = se > 0 ? Math.min(1, 2 * normalSf(Math.abs(est.shift) / se)) : est.shift === 0 ? 1 : 0;
    decisionP = Math.max(pValue, pZ);
    noiseFromRuns = z * between > (est.upper - est.lower) / 2;
  }

  const comparison: BenchmarkComparison = {
    ...identity(h),
    verdict: 'inconclusive',
    reason: '',
    ...sides,
    change: toRelative(est.shift),
    ci: [toRelative(lower), toRelative(upper)],
    pValue,
    ...(noise ? { runNoise: noise.noise, runNoiseSource: noise.source } : {}),
  };
  const evidence: Omit<Evidence, 'adjustedP'> = {
    direction: h.direction,
    change: comparison.change!,
    ci: comparison.ci!,
    ...(noise ? { runNoise: noise.noise } : {}),
    noiseFromRuns,
    spread: Math.max(sides.baseline.cv, sides.head.cv),
  };
  const aggregate = onLogScale ? compared(h.direction, sides, tBase, tHead, est, o.confidence, noise?.noise) : undefined;
  return { comparison, evidence, decisionP, note, ...(aggregate ? { aggregate } : {}) };
}

function compared(
  direction: Direction,
  sides: { baseline: SideSummary; head: SideSummary },
  logBase: number[],
  logHead: number[],
  est: { shift: number; lower: number; upper: number },
  confidence: number,
  runNoise: number | undefined,
): Compared {
  const z = normalQuantile((1 + confidence) / 2);
  const se = (values: number[]): number => {
    const [lo, hi] = medianInterval(values, confidence);
    return (hi - lo) / (2 * z);
  };
  return {
    direction,
    logRatio: Math.log(sides.head.median / sides.baseline.median),
    logRatioSe: Math.hypot(se(logBase), se(logHead)),
    logShift: est.shift,
    withinLower: est.lower,
    withinUpper: est.upper,
    ...(runNoise === undefined ? {} : { runNoise }),
  };
}

function identity(b: BenchmarkResult): Pick<BenchmarkComparison, 'name' | 'unit' | 'direction' | 'group'> {
  return { name: b.name, unit: b.unit, direction: b.direction, ...(b.group === undefined ? {} : { group: b.group }) };
}

function summarize(samples: readonly number[]): SideSummary {
  const n = samples.length;
  const mean = samples.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(samples.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  return { n, median: median(samples), cv: sd === 0 ? 0 : sd / Math.abs(mean) };
}

/** Errors can carry whole stack traces; a reason is one sentence. */
function firstLine(text: string): string {
  const line = text.split('\n', 1)[0]!.trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
