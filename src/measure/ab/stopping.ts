// When to stop adding round pairs to a benchmark of an interleaved run: as soon as its interval
// decides against the threshold either way, or its time is up. Pure; the scheduler asks after
// every round.
//
// The interim interval is wider than the final one (STOPPING_CONFIDENCE, 99%) because it is looked
// at again after every round: with one look per round a 95% interval would, now and then, wander
// beyond the threshold by chance and stop a benchmark on a false alarm. An early 'beyond' also needs
// the signed-rank p below alpha / benchmarks (Bonferroni), so that the final Holm correction over the
// whole suite agrees with it.
import { normalQuantile, normalSf } from '../../stats/normal.ts';
import { walshInterval } from '../../stats/walsh-interval.ts';
import { wilcoxonSignedRank } from '../../stats/wilcoxon.ts';

export const STOPPING_CONFIDENCE = 0.99;

export interface StoppingRule {
  /** Smallest relative change worth failing for, e.g. 0.02. */
  threshold: number;
  /** Significance level of the final verdicts. */
  alpha: number;
  /** How many benchmarks share the correction at the end. */
  benchmarks: number;
  /** No decision before this many pairs. */
  minPairs: number;
  /** Confidence of the interim interval (default STOPPING_CONFIDENCE). */
  confidence?: number;
}

export type SamplingState =
  /** The interval lies beyond the threshold on one side: regressed or improved, whichever the direction says. */
  | 'beyond'
  /** The interval lies within ±threshold: unchanged for the purpose of the gate. */
  | 'within'
  | 'continue';

export interface SamplingDecision {
  state: SamplingState;
  pairs: number;
  /** Relative change head vs base (exp of the median log ratio − 1) and its interim interval. */
  change?: number;
  interval?: [number, number];
  /** Robust spread of the log ratios (1.4826 · MAD): the noise of one pair. */
  pairNoise?: number;
  /**
   * Pairs the interim interval would need, at this noise, to decide (total, not additional);
   * undefined while too few pairs to estimate it.
   */
  pairsNeeded?: number;
}

/**
 * Whether the log ratios gathered so far (one per round pair) decide the benchmark. `processes`
 * (which process pair measured each) lets a process effect widen the interval, as the final
 * comparison does (paired-compare.ts), so that the two agree.
 */
export function samplingDecision(logRatios: readonly number[], rule: StoppingRule, processes?: readonly number[]): SamplingDecision {
  const pairs = logRatios.length;
  if (pairs < Math.max(2, rule.minPairs)) return { state: 'continue', pairs };
  const confidence = rule.confidence ?? STOPPING_CONFIDENCE;
  const est = walshInterval(logRatios, confidence);
  const change = Math.expm1(est.centre);
  const pairNoise = robustSpread(logRatios);
  if (est.rank === 0) return { state: 'continue', pairs, change, pairNoise };
  const z = normalQuantile((1 + confidence) / 2);
  const effect = processEffect(logRatios, processes);
  const between = effect.groups > 0 ? effect.sd / Math.sqrt(effect.groups) : 0;
  const logLower = est.centre - Math.hypot(est.centre - est.lower, z * between);
  const logUpper = est.centre + Math.hypot(est.upper - est.centre, z * between);
  const lower = Math.expm1(logLower);
  const upper = Math.expm1(logUpper);
  const t = rule.threshold;
  const base = { pairs, change, interval: [lower, upper] as [number, number], pairNoise };

  const beyond = t > 0 ? lower >= t || upper <= -t : lower > 0 || upper < 0;
  let p = wilcoxonSignedRank(logRatios).pValue;
  if (between > 0) p = Math.max(p, 2 * normalSf(Math.abs(est.centre) / Math.hypot((est.upper - est.lower) / (2 * z), between)));
  if (beyond && p < rule.alpha / Math.max(1, rule.benchmarks)) return { state: 'beyond', ...base };
  if (t > 0 && lower > -t && upper < t) return { state: 'within', ...base };
  return { state: 'continue', ...base, ...needed({ lower: logLower, upper: logUpper }, change, t, pairs) };
}

/**
 * The interval's half-width shrinks as 1/√pairs. To decide, it must fit between the estimate and
 * the threshold; when the estimate sits on the threshold no amount of pairs will do.
 */
function needed(est: { lower: number; upper: number }, change: number, threshold: number, pairs: number): { pairsNeeded?: number } {
  const halfWidth = (est.upper - est.lower) / 2;
  const room = Math.abs(Math.abs(Math.log1p(change)) - Math.abs(Math.log1p(Math.sign(change) * threshold)));
  if (!(halfWidth > 0) || !(room > 0)) return {};
  return { pairsNeeded: Math.ceil(pairs * (halfWidth / room) ** 2) };
}

/**
 * The spread between process pairs' centres beyond what their rounds explain. Each side runs in
 * long-lived processes, and one may be a little faster all along (code layout, JIT decisions); a
 * pair compares one head process with one base process, so such an effect averages out over
 * processes, not over rounds. Robust, so that one wild pair cannot fake it: each process pair's
 * centre is its median, the rounds' noise the pooled 1.4826 · MAD, and the variance a median of n
 * such values has by chance alone, (1.2533 · σ)² / n, is taken off the variance of the centres.
 */
export function processEffect(logRatios: readonly number[], processes: readonly number[] | undefined): { sd: number; groups: number } {
  if (!processes || processes.length !== logRatios.length) return { sd: 0, groups: 0 };
  const groups = new Map<number, number[]>();
  logRatios.forEach((d, i) => {
    const key = processes[i]!;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  });
  const used = [...groups.values()].filter((g) => g.length >= MIN_PAIRS_PER_PROCESS);
  const k = used.length;
  if (k < 2) return { sd: 0, groups: k };
  const centres = used.map((g) => median(Float64Array.from(g).sort()));
  const mean = centres.reduce((a, b) => a + b, 0) / k;
  const between = centres.reduce((a, c) => a + (c - mean) ** 2, 0) / (k - 1);
  const within = robustSpread(used.flatMap((g, i) => g.map((v) => v - centres[i]!)));
  const chance = used.reduce((a, g) => a + (1.2533 * within) ** 2 / g.length, 0) / k;
  return { sd: Math.sqrt(Math.max(0, between - chance)), groups: k };
}

/** Fewer pairs than this in a process pair, and its centre says too little to judge process effects by. */
const MIN_PAIRS_PER_PROCESS = 3;

/** 1.4826 · median absolute deviation: the standard deviation for normal data, unmoved by outliers. */
export function robustSpread(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const mid = median(sorted);
  const deviations = Float64Array.from(values, (v) => Math.abs(v - mid)).sort();
  return 1.4826 * median(deviations);
}

function median(sorted: Float64Array): number {
  const n = sorted.length;
  const m = n >> 1;
  return n % 2 === 1 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
}
