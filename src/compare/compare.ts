// Compare a head run with a baseline run, benchmark by benchmark, and give each a verdict.
//
// How a verdict is reached (the README explains the same in plain words):
//   error         the benchmark failed in head.
//   new/missing   it is only in head / only in the baseline.
//   inconclusive  it cannot be compared: it failed in the baseline, its unit or direction changed,
//                 a side has fewer than `minSamples` samples, or samples are 0 or negative and the
//                 baseline median is not positive. The reason says which.
//   regression / improvement, without a change: every baseline sample is 0 and every head sample is
//                 above 0 (a count per operation that was 0: 0 → 1 allocation). Worse or better by the direction.
//   Otherwise both sides are tested:
//     change   Hodges-Lehmann shift d of log(head) against log(baseline), as exp(d) − 1.
//              (Samples that are 0 or negative cannot be logged: then the shift of the raw values,
//              divided by the baseline median.)
//     pValue   two-sided Mann-Whitney U test of the samples.
//   same-run: both sides share the run. ci is the distribution-free interval of d at `confidence`;
//     the decision p-value is the Mann-Whitney p, corrected (`correction`) over every benchmark tested.
//     regression / improvement: corrected p < alpha, ci excludes 0, |change| ≥ `threshold`; worse or
//     better by the direction (times: smaller is better, throughput: bigger is better).
//   separate-runs with at least COMMON_MODE_MIN_BENCHMARKS (4) benchmarks compared on log scale:
//     whole runs move together on shared machines, so d is split into the common shift c (the
//     median of the other benchmarks' shifts, times and throughputs oriented alike) and the
//     relative shift r = d − c (common-mode.ts). From the baseline's history, or the defaults:
//     σ_r (how much the benchmark moves against the rest of the suite between runs) and σ_c (how
//     much a whole run moves). Two tests, corrected together over every benchmark:
//       (a) r against √(within² + 2σ_r²), z-test;
//       (b) d against √(within² + 2σ_r² + 2σ_c²), z-test, never below the Mann-Whitney p;
//     within is the standard error of d from its interval. regression / improvement: |change| ≥
//     `threshold` and either
//       (b) is significant and its interval excludes 0, or
//       (a) is significant, r is at least `threshold` the same way as d, d's interval widened by
//           σ_r alone excludes 0, and c is within this machine's run-to-run noise (else the code,
//           not the machine, moved most benchmarks and the rest of the suite is no reference).
//     A benchmark that stood still while most got faster has a large r but a small d: not a
//     regression. ci is the interval of d widened by the noise of the test that decided (√2·σ_r for
//     (a); √(2σ_r² + 2σ_c²) for (b) and for every verdict that is not a regression or improvement),
//     each bound the hypotenuse of its within-run distance and z times that noise.
//   separate-runs with fewer benchmarks (or samples not all positive): a single test, as (b) with
//     the whole between-run noise of the benchmark learned from the history by run-noise.ts (or
//     √(defaultRunNoise² + defaultCommonNoise²)) in place of √(σ_r² + σ_c²).
//   inconclusive ("too noisy to tell"): otherwise, when the interval's half-width is more than
//     UNCHANGED_MAX_HALF_WIDTH (2) × threshold, or the change is at least `threshold` without being
//     significant. The reason names the largest source of noise: the samples, the benchmark's own
//     run-to-run moves, or the whole run's shift against what this machine shows between runs.
//   unchanged: everything else — not significant with a narrow interval, or significant but smaller
//     than the threshold.
import type { BenchmarkResult, Direction, RunResult } from '../results/model.ts';
import { alike, commonShift, geomean, suiteShift, type Compared } from './aggregate.ts';
import { decideAcrossRuns } from './common-verdict.ts';
import { COMMON_MODE_MIN_BENCHMARKS, commonNoiseFor, learnCommonMode, orientation, relativeNoiseFor } from './common-mode.ts';
import { adjustPValues } from '../stats/correction.ts';
import { hodgesLehmann, medianInterval, type ShiftEstimate } from '../stats/hodges-lehmann.ts';
import { median } from '../stats/descriptive.ts';
import { mannWhitney } from '../stats/mann-whitney.ts';
import { normalQuantile, normalSf } from '../stats/normal.ts';
import { resolveCompareOptions } from '../config/compare-options.ts';
import { compareCounted, isCounted } from './counted.ts';
import { identity, screen, summarize } from './screen.ts';
import { clustered, processLogMedians, processTest } from './processes.ts';
import { learnRunNoise, runNoiseFor, type RunNoise, type RunNoiseModel } from './run-noise.ts';
import {
  headLevel,
  learnReference,
  MIN_HISTORY_RUNS,
  predict,
  predictionInterval,
  predictionP,
  runLevelLog,
  type Prediction,
  type Reference,
} from './history-reference.ts';
import { zeroCounts, type BenchmarkComparison, type CompareOptions, type Comparison, type SideSummary } from './types.ts';
import { decide, percent, pText, whatWouldDecide } from './verdict.ts';

export { DEFAULT_COMPARE_OPTIONS } from '../config/compare-options.ts';

/** A benchmark whose samples were compared, before any between-run noise. */
interface Estimate {
  comparison: BenchmarkComparison;
  benchmark: BenchmarkResult;
  /** The shift on log scale (or relative to the baseline median), with its within-run interval. */
  est: ShiftEstimate;
  pValue: number;
  toRelative: (v: number) => number;
  /** The larger within-run coefficient of variation of the two sides. */
  spread: number;
  note: string;
  /** Suite-wide figures, for benchmarks compared on log scale. */
  aggregate?: Compared;
}

/** Tests waiting for the correction: their raw p-values, and what to do with the adjusted ones. */
export interface Pending {
  pValues: number[];
  settle: (adjusted: number[]) => void;
}

export function compare(head: RunResult, baseline: RunResult | undefined, history: readonly RunResult[], options: Partial<CompareOptions> = {}): Comparison {
  const o = resolveCompareOptions(options);
  return finishComparison(head, baseline, o, [comparePart(head, baseline, history, o)]);
}

/** One comparison's tests, before the correction: compare() has one; a run merged from shards has one per shard (shards.ts). */
export interface ComparisonPart {
  benchmarks: BenchmarkComparison[];
  pending: Pending[];
  /** Suite-wide figures of the benchmarks compared on log scale. */
  compared: Compared[];
  historyRuns: number;
  commonShift?: Comparison['commonShift'];
  commonNoise?: number;
}

/** Every test of `head` against `baseline`, waiting for the multiple-comparison correction. */
export function comparePart(head: RunResult, baseline: RunResult | undefined, history: readonly RunResult[], o: CompareOptions): ComparisonPart {
  const baseByName = new Map<string, BenchmarkResult>();
  for (const b of baseline?.benchmarks ?? []) if (!baseByName.has(b.name)) baseByName.set(b.name, b);
  const headNames = new Set(head.benchmarks.map((b) => b.name));

  const benchmarks: BenchmarkComparison[] = [];
  const estimates: Estimate[] = [];
  /** Benchmarks with identical samples on both sides: no test, but part of the suite's shift. */
  const anchors: Estimate[] = [];
  const fromHistory: Pending[] = [];
  const judge = o.pairing === 'separate-runs' && baseline ? historyJudge(head, [baseline, ...history], o) : undefined;
  for (const h of head.benchmarks) {
    const same = identical(h, baseByName.get(h.name));
    if (same) {
      benchmarks.push(same);
      // Unchanged whatever the noise, yet still part of the suite: the others' common shift is
      // measured against it too, so a suite whose other benchmarks stood still shows one that moved.
      const outcome = assess(h, baseByName.get(h.name), o);
      if ('est' in outcome && outcome.aggregate) anchors.push(outcome);
      continue;
    }
    if (o.pairing === 'separate-runs' && isCounted(h, baseByName.get(h.name))) {
      benchmarks.push(compareCounted(h, baseByName.get(h.name), history, o));
      continue;
    }
    const judged = judge?.(h, baseByName.get(h.name));
    if (judged) {
      benchmarks.push(judged.comparison);
      fromHistory.push(judged.pending);
      continue;
    }
    let outcome = assess(h, baseByName.get(h.name), o);
    // Too few samples to compare two runs: the history would decide once it is long enough.
    if (judge && !('est' in outcome) && outcome.verdict === 'inconclusive' && outcome.reason.startsWith('Too few samples')) {
      outcome = { ...outcome, reason: `${outcome.reason} ${whatWouldDecide({ source: 'history', runs: judge.have(h.name) }, h.unit)}` };
    }
    if ('est' in outcome) estimates.push(outcome);
    benchmarks.push('est' in outcome ? outcome.comparison : outcome);
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

  const z = normalQuantile((1 + o.confidence) / 2);
  const onLog = [...estimates.filter((e) => e.aggregate !== undefined), ...anchors];
  let pending: Pending[];
  let historyRuns = 0;
  let shared: Comparison['commonShift'] | undefined;
  let commonNoise: number | undefined;
  if (o.pairing === 'same-run') {
    pending = estimates.map((e) => singleTest(e, o, z));
  } else if (baseline && onLog.length >= COMMON_MODE_MIN_BENCHMARKS) {
    const model = learnCommonMode([baseline, ...history], head.suite, [head.run.id]);
    const common = commonNoiseFor(model, o.defaultCommonNoise);
    const noiseOf = (e: Estimate): RunNoise => relativeNoiseFor(model, e.benchmark.name, o.defaultRunNoise);
    for (const e of onLog) e.aggregate!.runNoise = noiseOf(e).noise;
    const suite = suiteShift(
      onLog.map((e) => e.aggregate!),
      common,
      o.confidence,
    );
    const centreOf = new Map(onLog.map((e, i) => [e, suite.centres[i]!]));
    pending = estimates.map((e) => {
      const centre = centreOf.get(e);
      const own = noiseOf(e);
      if (centre === undefined) return singleTest(e, o, z, { noise: Math.hypot(own.noise, common.noise), source: own.source, runs: own.runs });
      return twoTests(e, o, z, centre, own, common, suite);
    });
    historyRuns = model.relative.pooled === undefined ? 0 : model.runs;
    shared = suite.reported;
    commonNoise = common.noise;
  } else {
    const model: RunNoiseModel = baseline ? learnRunNoise([baseline, ...history], head.suite, [head.run.id]) : { runs: 0, benchmarks: new Map() };
    const fallback = Math.hypot(o.defaultRunNoise, o.defaultCommonNoise);
    pending = estimates.map((e) => singleTest(e, o, z, runNoiseFor(model, e.benchmark.name, fallback)));
    // Runs that did not add up to a learned value informed nothing: the default was used.
    historyRuns = model.pooled === undefined || estimates.length === 0 ? 0 : model.runs;
  }

  if (judge && fromHistory.length > 0) historyRuns = Math.max(historyRuns, judge.runs);
  // Most benchmarks judged by the history: the run's shift is the one it measured against the window.
  if (judge?.shift && fromHistory.length >= onLog.length) shared = judge.shift;
  return {
    benchmarks,
    pending: [...fromHistory, ...pending],
    compared: onLog.map((e) => e.aggregate!),
    historyRuns,
    ...(shared ? { commonShift: shared } : {}),
    ...(commonNoise !== undefined ? { commonNoise } : {}),
  };
}

/**
 * Correct every part's p-values together (one family, however many parts), settle the verdicts,
 * and sum up. With several parts, each has its own common shift: none is the suite's.
 */
export function finishComparison(head: RunResult, baseline: RunResult | undefined, o: CompareOptions, parts: readonly ComparisonPart[]): Comparison {
  const pending = parts.flatMap((p) => p.pending);
  const adjusted = adjustPValues(
    pending.flatMap((p) => p.pValues),
    o.correction,
  );
  let at = 0;
  for (const p of pending) {
    p.settle(adjusted.slice(at, at + p.pValues.length));
    at += p.pValues.length;
  }

  const benchmarks = parts.flatMap((p) => p.benchmarks);
  const counts = zeroCounts();
  for (const b of benchmarks) counts[b.verdict]++;
  const compared = alike(parts.flatMap((p) => p.compared));
  const noises = parts.map((p) => p.commonNoise).filter((n): n is number => n !== undefined);
  const commonNoise = noises.length > 0 ? Math.max(...noises) : undefined;
  const mean = geomean(compared, o.confidence, commonNoise);
  const shift = parts.length === 1 ? (parts[0]!.commonShift ?? commonShift(compared)) : undefined;
  const historyRuns = Math.max(0, ...parts.map((p) => p.historyRuns));
  return {
    suite: head.suite,
    head: head.run,
    ...(baseline ? { baseline: baseline.run } : {}),
    options: o,
    benchmarks,
    counts,
    ...(mean ? { geomean: mean } : {}),
    ...(shift ? { commonShift: shift } : {}),
    historyRuns,
    ...(head.scenarios ? { scenarios: head.scenarios } : {}),
  };
}

/**
 * One test of the change: same-run without `noise`; across runs with the whole between-run noise
 * `noise` of the benchmark, √2 · noise added to the within-run uncertainty.
 */
function singleTest(e: Estimate, o: CompareOptions, z: number, noise?: RunNoise): Pending {
  const { est } = e;
  let ci: [number, number] = [est.lower, est.upper];
  let decisionP = e.pValue;
  let noiseFromRuns = false;
  if (noise) {
    const between = Math.SQRT2 * noise.noise;
    const wide = widen(est, between, z);
    ci = wide.ci;
    decisionP = Math.max(e.pValue, zTest(est.shift, wide.se));
    noiseFromRuns = z * between > (est.upper - est.lower) / 2;
    Object.assign(e.comparison, { runNoise: noise.noise, runNoiseSource: noise.source });
    if (e.aggregate) e.aggregate.runNoise = noise.noise;
  }
  const relativeCi: [number, number] = [e.toRelative(ci[0]), e.toRelative(ci[1])];
  e.comparison.ci = relativeCi;
  return {
    pValues: [decisionP],
    settle: ([adjustedP]) => {
      const { verdict, reason } = decide(
        {
          direction: e.benchmark.direction,
          change: e.comparison.change!,
          ci: relativeCi,
          adjustedP: adjustedP!,
          ...(noise ? { runNoise: noise.noise, basis: { source: noise.source, runs: Math.max(1, noise.runs) } } : {}),
          noiseFromRuns,
          spread: e.spread,
          unit: e.benchmark.unit,
        },
        o,
      );
      Object.assign(e.comparison, { verdict, reason: reason + e.note, adjustedP });
    },
  };
}

/** (a) and (b) of the header, for a benchmark of a suite with a common shift. */
function twoTests(
  e: Estimate,
  o: CompareOptions,
  z: number,
  centre: number,
  own: RunNoise,
  common: RunNoise,
  suite: { shift: number; explained: boolean },
): Pending {
  const { est } = e;
  const commonNoise = common.noise;
  const sign = orientation(e.benchmark.direction);
  const within = (est.upper - est.lower) / (2 * z);
  const relative = est.shift - sign * centre;
  const relativeNoise = Math.SQRT2 * own.noise;
  const wholeNoise = Math.SQRT2 * Math.hypot(own.noise, commonNoise);
  const a = widen(est, relativeNoise, z);
  const b = widen(est, wholeNoise, z);
  const rel = (ci: [number, number]): [number, number] => [Math.expm1(ci[0]), Math.expm1(ci[1])];
  Object.assign(e.comparison, { relativeChange: Math.expm1(relative), runNoise: own.noise, runNoiseSource: own.source });
  return {
    pValues: [zTest(relative, Math.hypot(within, relativeNoise)), Math.max(e.pValue, zTest(est.shift, b.se))],
    settle: ([relativeP, wholeP]) => {
      const decision = decideAcrossRuns(
        {
          direction: e.benchmark.direction,
          change: e.comparison.change!,
          relative: Math.expm1(relative),
          relativeP: relativeP!,
          wholeP: wholeP!,
          relativeCi: rel(a.ci),
          wholeCi: rel(b.ci),
          within,
          runNoise: own.noise,
          commonNoise,
          spread: e.spread,
          run: { shift: Math.expm1(sign * suite.shift), explained: suite.explained },
          // The baseline run is the history's first run, measured or not.
          commonBasis: { source: common.source, runs: Math.max(1, common.runs) },
          unit: e.benchmark.unit,
        },
        o,
      );
      Object.assign(e.comparison, { verdict: decision.verdict, reason: decision.reason + e.note, ci: decision.ci, adjustedP: decision.adjustedP });
    },
  };
}

/** The within-run interval widened by a between-run standard deviation, and the standard error of the shift. */
function widen(est: ShiftEstimate, between: number, z: number): { ci: [number, number]; se: number } {
  return {
    ci: [est.shift - Math.hypot(est.shift - est.lower, z * between), est.shift + Math.hypot(est.upper - est.shift, z * between)],
    se: Math.hypot((est.upper - est.lower) / (2 * z), between),
  };
}

/** Two-sided z-test of a shift against its standard error. */
function zTest(shift: number, se: number): number {
  if (se > 0) return Math.min(1, 2 * normalSf(Math.abs(shift) / se));
  return shift === 0 ? 1 : 0;
}

/** One benchmark: a final comparison, or the estimate of a test still waiting for the between-run noise and the correction. */
function assess(h: BenchmarkResult, b: BenchmarkResult | undefined, o: CompareOptions): BenchmarkComparison | Estimate {
  const screened = screen(h, b, 'baseline run');
  if ('settled' in screened) return screened.settled;
  const { baseSamples, note, sides, inconclusive } = screened;

  for (const [side, samples] of [
    ['baseline', baseSamples],
    ['head', h.samples],
  ] as const) {
    const odd = samples.find((v) => !Number.isFinite(v));
    if (odd !== undefined) return inconclusive(`The ${side} has a sample that is not a finite number (${odd}).`);
  }
  const short = [
    ...(baseSamples.length < o.minSamples ? [`${baseSamples.length} in the baseline`] : []),
    ...(h.samples.length < o.minSamples ? [`${h.samples.length} in head`] : []),
  ];
  if (short.length > 0) return inconclusive(`Too few samples: ${short.join(' and ')}; at least ${o.minSamples} are needed.`);

  // A count that was 0 in every baseline sample and is above 0 in every head sample (0 allocs/op to
  // 1): no relative change exists, but the direction is certain.
  if (baseSamples.every((v) => v === 0) && h.samples.every((v) => v > 0)) {
    return {
      ...identity(h),
      verdict: h.direction === 'smaller' ? 'regression' : 'improvement',
      reason: `Every baseline sample is 0; every head sample is above 0 (median ${sides.head.median} ${h.unit}).`,
      ...sides,
    };
  }
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

  let pValue = mannWhitney(baseSamples, h.samples).pValue;
  let est = hodgesLehmann(tBase, tHead, o.confidence);
  let processNote = '';
  // Runs measured apart: when processes differ more than rounds do, count processes (processes.ts).
  if (o.pairing === 'separate-runs' && onLogScale && est.rank > 0) {
    const perProcess = [processLogMedians(baseSamples, b?.processes), processLogMedians(h.samples, h.processes)] as const;
    if (perProcess[0] && perProcess[1] && (clustered(perProcess[0]) || clustered(perProcess[1]))) {
      const t = processTest(perProcess[0].medians, perProcess[1].medians, o.confidence);
      // The wider of the two intervals and the larger p: processes never make a test more confident.
      est = { ...est, lower: Math.min(est.lower, t.lower + est.shift - t.shift), upper: Math.max(est.upper, t.upper + est.shift - t.shift) };
      pValue = Math.max(pValue, t.pValue);
      processNote = ` Its processes differ more than its rounds do, so the test counts processes (${t.processes[0]} and ${t.processes[1]}), not rounds.`;
    }
  }
  if (est.rank === 0) {
    return {
      ...inconclusive(`Too few samples for a ${percent(o.confidence, false)} interval (${baseSamples.length} and ${h.samples.length}).`),
      change: toRelative(est.shift),
      pValue,
    };
  }

  const comparison: BenchmarkComparison = {
    ...identity(h),
    verdict: 'inconclusive',
    reason: '',
    ...sides,
    change: toRelative(est.shift),
    pValue,
  };
  return {
    comparison,
    benchmark: h,
    est,
    pValue,
    toRelative,
    spread: Math.max(sides.baseline.cv, sides.head.cv),
    note: note + processNote,
    ...(onLogScale ? { aggregate: compared(h.direction, sides, tBase, tHead, est, o.confidence) } : {}),
  };
}

function compared(
  direction: Direction,
  sides: { baseline: SideSummary; head: SideSummary },
  logBase: number[],
  logHead: number[],
  est: { shift: number; lower: number; upper: number },
  confidence: number,
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
  };
}

/**
 * The history as the reference (history-reference.ts): for each head benchmark whose run-level
 * values fill at least MIN_HISTORY_RUNS runs of the window, its comparison and test; undefined for
 * the others, which are compared with the baseline run alone.
 */
/** Median distance of a run's relative values from their references, in standard errors, below which its benchmarks kept their ratios. */
const STEADY_RATIOS = 1;

function historyJudge(head: RunResult, stored: readonly RunResult[], o: CompareOptions) {
  const reference = learnReference(stored, head.suite, [head.run.id], o.window);
  const split = headLevel(reference, head);
  const levels = reference.levels.length >= MIN_HISTORY_RUNS ? predict(reference.levels) : undefined;
  const levelShift = split && levels ? split.level - levels.centre : undefined;
  // A run whose level is beyond what the window's runs show, by at least the threshold (a machine 3× slower under load, where
  // benchmarks slow unevenly) is unlike the reference: none of its benchmarks is judged by it.
  // Unless the benchmarks kept their ratios (a typical one within a standard error of its relative
  // median, as a uniform change of the code leaves them): then each is judged against its own
  // values, the whole run's shift and all.
  // A shift within the threshold is too small to confound anything, however steady the window.
  let outOfRange =
    levelShift !== undefined && Math.abs(Math.expm1(levelShift)) >= o.threshold && predictionP(levels!, levelShift) < 1 - o.confidence
      ? { shift: levelShift, levels: levels! }
      : undefined;
  let wholeOnly = false;
  if (outOfRange && split) {
    const distances: number[] = [];
    for (const [name, r] of split.relative) {
      const s = reference.series.get(name);
      if (!s || s.relative.length < MIN_HISTORY_RUNS) continue;
      const p = predict(s.relative);
      if (p.se > 0) distances.push(Math.abs(r - p.centre) / p.se);
    }
    if (distances.length > 0 && median(distances) <= STEADY_RATIOS) {
      outOfRange = undefined;
      wholeOnly = true;
    }
  }
  const judge = (h: BenchmarkResult, b: BenchmarkResult | undefined): { comparison: BenchmarkComparison; pending: Pending } | undefined => {
    const series = reference.series.get(h.name);
    const value = runLevelLog(h);
    if (!series || series.values.length < MIN_HISTORY_RUNS || value === undefined) return undefined;
    if (series.unit !== h.unit || series.direction !== h.direction) return undefined;
    const screened = screen(h, b, 'baseline run');
    if ('settled' in screened) return undefined;
    return historyTest(
      h,
      screened.sides,
      screened.baseSamples,
      series,
      value,
      reference,
      wholeOnly ? undefined : split?.relative.get(h.name),
      levelShift,
      outOfRange,
      o,
    );
  };
  const shift: Comparison['commonShift'] | undefined =
    levelShift === undefined
      ? undefined
      : {
          change: Math.expm1(levelShift),
          share: shareAlong(split!.deviations, levelShift + levels!.centre),
          ci: predictionInterval(levels!, levelShift, o.confidence).map(Math.expm1) as [number, number],
          runNoise: levels!.scale,
          runNoiseSource: 'history',
          explainedByNoise: predictionP(levels!, levelShift) >= 1 - o.confidence,
        };
  const have = (name: string): number => reference.series.get(name)?.values.length ?? 0;
  return Object.assign(judge, { runs: reference.runs, have, ...(shift ? { shift } : {}) });
}

function historyTest(
  h: BenchmarkResult,
  sides: { baseline: SideSummary; head: SideSummary },
  baseSamples: readonly number[],
  series: { values: number[]; relative: number[] },
  value: number,
  reference: Reference,
  relative: number | undefined,
  levelShift: number | undefined,
  outOfRange: { shift: number; levels: Prediction } | undefined,
  o: CompareOptions,
): { comparison: BenchmarkComparison; pending: Pending } {
  // The split helps only when the benchmark follows the rest of the suite: chosen by the history
  // alone (the spread of each kind of value), never by the head.
  const own = predict(series.values);
  const split = relative !== undefined && series.relative.length >= MIN_HISTORY_RUNS ? predict(series.relative) : undefined;
  const useRelative = split !== undefined && split.scale < own.scale;
  const values = useRelative ? series.relative : series.values;
  const prediction = useRelative ? split! : own;
  const d = (useRelative ? relative! : value) - prediction.centre;
  const whole = Math.expm1(value - median(series.values));
  const p = predictionP(prediction, d);
  const [lo, hi] = predictionInterval(prediction, d, o.confidence);
  const ci: [number, number] = [Math.expm1(lo), Math.expm1(hi)];
  const comparison: BenchmarkComparison = {
    ...identity(h),
    verdict: 'inconclusive',
    reason: '',
    ...sides,
    change: Math.expm1(d),
    ci,
    ...(baseSamples.length > 1 && h.samples.length > 1 ? { pValue: mannWhitney(baseSamples, h.samples).pValue } : {}),
    runNoise: prediction.scale,
    runNoiseSource: 'history',
    ...(relative !== undefined && split ? { relativeChange: Math.expm1(relative - split.centre) } : {}),
    reference: {
      whole,
      runs: values.length,
      window: reference.runs,
      median: Math.exp(median(series.values)),
      ...(levelShift !== undefined ? { runShift: Math.expm1(orientation(h.direction) * levelShift) } : {}),
    },
  };
  return {
    comparison,
    pending: {
      pValues: [p],
      settle: ([adjustedP]) => {
        const { verdict, reason } = decide(
          {
            direction: h.direction,
            change: comparison.change!,
            ci,
            adjustedP: adjustedP!,
            runNoise: prediction.scale,
            noiseFromRuns: true,
            spread: Math.max(sides.baseline.cv, sides.head.cv),
            basis: {
              source: 'history',
              runs: values.length,
              against: useRelative ? 'relative' : 'whole',
              ...(useRelative && levelShift !== undefined ? { runShift: Math.expm1(orientation(h.direction) * levelShift) } : {}),
            },
            unit: h.unit,
          },
          o,
        );
        // Against the rest of the suite it moved; against its own history it must have moved the
        // same way and as far, or the rest of the suite moved, not this benchmark.
        const flagged = verdict === 'regression' || verdict === 'improvement';
        if (outOfRange && (flagged || verdict === 'small-change')) {
          const shift = Math.expm1(orientation(h.direction) * outOfRange.shift);
          const [lo, hi] = predictionInterval(outOfRange.levels, 0, o.confidence).map((v) => Math.expm1(orientation(h.direction) * v));
          const reason =
            `${percent(comparison.change!)}${useRelative ? ' against the rest of the suite' : ''}, but the whole run moved ${percent(shift)} against the median of the ` +
            `${outOfRange.levels.n} stored runs, beyond the ${percent(Math.min(lo!, hi!))} to ${percent(Math.max(lo!, hi!))} they show: this run is unlike its reference. ` +
            `What would decide it: measuring again when the machine is as it was, \`measure: instructions\` or \`benchgate ab\` (both sides in alternating rounds of one run).`;
          Object.assign(comparison, { verdict: 'inconclusive', reason, adjustedP });
          return;
        }
        // Real runs have heavy tails: now and then a run moves a benchmark far more than the
        // window's typical spread. A move the window's own runs have come within the threshold of
        // is one this benchmark has shown before, not evidence of a change.
        const x = d + prediction.centre;
        const beyond = d > 0 ? x - Math.max(...values) : Math.min(...values) - x;
        if (flagged && beyond < Math.log1p(o.threshold)) {
          const reason =
            `${percent(comparison.change!)}${useRelative ? ' against the rest of the suite' : ''} (${pText(adjustedP!, o.correction === 'none' ? 'p' : 'adjusted p')}), ` +
            `but within ${percent(o.threshold).replace(/^[+−-]/, '')} of the ${d > 0 ? 'highest' : 'lowest'} of its ${values.length} stored runs: it has moved this far before.`;
          Object.assign(comparison, { verdict: 'inconclusive', reason, adjustedP });
          return;
        }
        if (useRelative && flagged && (Math.sign(whole) !== Math.sign(d) || Math.abs(whole) < o.threshold)) {
          const reason =
            `${percent(comparison.change!)} against the rest of the suite (${pText(adjustedP!, o.correction === 'none' ? 'p' : 'adjusted p')}), ` +
            `but ${percent(whole)} against the median of its ${series.values.length} stored runs: the rest of the suite moved, not clearly this benchmark.`;
          Object.assign(comparison, { verdict: 'inconclusive', reason, adjustedP });
          return;
        }
        Object.assign(comparison, { verdict, reason, adjustedP });
      },
    },
  };
}

/** The same samples on both sides (a file compared with itself): unchanged, whatever the noise. */
function identical(h: BenchmarkResult, b: BenchmarkResult | undefined): BenchmarkComparison | undefined {
  if (!b || h.error !== undefined || b.error !== undefined || h.samples.length === 0) return undefined;
  if (h.unit !== b.unit || h.direction !== b.direction || h.samples.length !== b.samples.length) return undefined;
  if (!h.samples.every((v, i) => Object.is(v, b.samples[i]))) return undefined;
  const side = summarize(h.samples);
  return { ...identity(h), verdict: 'unchanged', reason: 'Identical samples in head and the baseline.', baseline: side, head: side, change: 0, ci: [0, 0] };
}

/** Share of a run's deviations on the side of 0 that their median is on. */
function shareAlong(deviations: readonly number[], level: number): number {
  if (deviations.length === 0) return 0;
  return deviations.filter((d) => (level >= 0 ? d > 0 : d < 0)).length / deviations.length;
}
