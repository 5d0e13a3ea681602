// The verdict of a benchmark compared across runs with a common shift split off (common-mode.ts):
// two tests, one verdict, and a reason that says which noise stood in the way.
// The rules are described for people at the top of compare.ts; keep the two in step.
import type { Direction } from '../results/model.ts';
import type { CompareOptions, Verdict } from './types.ts';
import { percent, pText, UNCHANGED_MAX_HALF_WIDTH, whatWouldDecide, type NoiseBasis } from './verdict.ts';

export interface AcrossRunsEvidence {
  direction: Direction;
  /** Relative change head vs baseline, exp(d) − 1. */
  change: number;
  /** Relative change against the rest of the suite, exp(r) − 1. */
  relative: number;
  /** Adjusted p of (a): r against √(within² + 2σ_r²). */
  relativeP: number;
  /** Adjusted p of (b): d against √(within² + 2σ_r² + 2σ_c²), and never below the Mann-Whitney p. */
  wholeP: number;
  /** Interval of the change widened by √2·σ_r, and by √(2σ_r² + 2σ_c²). */
  relativeCi: [number, number];
  wholeCi: [number, number];
  /** Standard deviations on log scale: within-run error of d, σ_r and σ_c. */
  within: number;
  runNoise: number;
  commonNoise: number;
  /** The larger within-run coefficient of variation of the two sides. */
  spread: number;
  /** The suite's common shift as this benchmark sees it (exp(±c) − 1), and whether this machine's run-to-run noise explains it. */
  run: { shift: number; explained: boolean };
  /** Where σ_c came from (measured over how many stored runs, or assumed), and the benchmark's unit: for the words of an undecided verdict. */
  commonBasis?: NoiseBasis;
  unit?: string;
}

export interface AcrossRunsDecision {
  verdict: Verdict;
  reason: string;
  ci: [number, number];
  adjustedP: number;
}

/**
 * regression / improvement: the change is at least `threshold` and either (b) it is significant
 * against all between-run noise, or (a) it moved at least `threshold` the same way against the
 * rest of the suite, significantly against σ_r, its interval widened by σ_r excludes 0, and the
 * suite's common shift is one this machine shows between runs. Otherwise unchanged or inconclusive, judged on the interval of (b) as for a single test.
 */
export function decideAcrossRuns(e: AcrossRunsEvidence, o: Pick<CompareOptions, 'alpha' | 'threshold' | 'confidence' | 'correction'>): AcrossRunsDecision {
  const label = o.correction === 'none' ? 'p' : 'adjusted p';
  const excludesZero = ([lo, hi]: [number, number]): boolean => lo > 0 || hi < 0;
  const large = Math.abs(e.change) >= o.threshold;
  const wholeSignificant = e.wholeP < o.alpha && excludesZero(e.wholeCi);
  const relativeSignificant = e.relativeP < o.alpha && Math.abs(e.relative) >= o.threshold;
  const moved = `${e.change >= 0 ? 'Up' : 'Down'} ${percent(Math.abs(e.change), false)}`;
  const interval = (ci: [number, number]): string => `${percent(o.confidence, false)} CI ${percent(ci[0])} to ${percent(ci[1])}`;
  const worse = e.direction === 'smaller' ? e.change > 0 : e.change < 0;
  const flagged: Verdict = worse ? 'regression' : 'improvement';
  const beyond = `beyond the ${percent(o.threshold, false)} threshold`;

  if (large && wholeSignificant) {
    return {
      verdict: flagged,
      reason: `${moved} (${interval(e.wholeCi)}), significant (${pText(e.wholeP, label)}) and ${beyond}.`,
      ci: e.wholeCi,
      adjustedP: e.wholeP,
    };
  }
  // (a) reads the common shift as the machine. When the shift is beyond what the machine does, the
  // code moved most benchmarks and the rest of the suite is no reference. And a benchmark that stood
  // still while the rest got faster moved against them without getting worse: so its own change
  // must be clear of 0 and go the same way.
  const relativeDecides = large && relativeSignificant && e.run.explained && Math.sign(e.relative) === Math.sign(e.change) && excludesZero(e.relativeCi);
  if (relativeDecides) {
    return {
      verdict: flagged,
      reason:
        `${moved} (${interval(e.relativeCi)}), ${percent(e.relative)} against the rest of the suite, which moved ${percent(e.run.shift)}: ` +
        `significant (${pText(e.relativeP, label)}) and ${beyond}.`,
      ci: e.relativeCi,
      adjustedP: e.relativeP,
    };
  }

  const ci = e.wholeCi;
  const settle = (verdict: Verdict, reason: string): AcrossRunsDecision => ({
    verdict,
    reason: relativeSignificant ? `${reason} Against the rest of the suite it moved ${percent(e.relative)} (${pText(e.relativeP, label)}).` : reason,
    ci,
    adjustedP: e.wholeP,
  });
  if (o.threshold > 0) {
    const decides = whatWouldDecide(e.commonBasis, e.unit);
    if ((ci[1] - ci[0]) / 2 > UNCHANGED_MAX_HALF_WIDTH * o.threshold) {
      return settle('inconclusive', `Too noisy to tell: ${percent(e.change)} (${interval(ci)}); ${widest(e, o.threshold)}. ${decides}`);
    }
    if (!wholeSignificant && large) {
      return settle('inconclusive', `${moved}, but not significant (${pText(e.wholeP, label)}; ${interval(ci)}): ${widest(e, o.threshold)}. ${decides}`);
    }
  }
  if (wholeSignificant) {
    return settle('unchanged', `${moved} (${interval(ci)}): significant, but within the ${percent(o.threshold, false)} threshold.`);
  }
  return settle('unchanged', `No significant change: ${percent(e.change)} (${interval(ci)}).`);
}

/** The largest of the three sources of uncertainty, in words with its size. */
function widest(e: AcrossRunsEvidence, threshold: number): string {
  const within = e.within;
  const relative = Math.SQRT2 * e.runNoise;
  const common = Math.SQRT2 * e.commonNoise;
  if (common >= relative && common >= within) {
    const vary = `vary by ±${percent(e.commonNoise, false)}`;
    const basis =
      e.commonBasis === undefined
        ? ''
        : e.commonBasis.source === 'history'
          ? `, measured over ${e.commonBasis.runs} stored runs`
          : ', assumed: no stored run has measured it yet';
    if (Math.abs(e.run.shift) < threshold) return `whole runs of this machine ${vary} between them${basis ? ` (${basis.slice(2)})` : ''}`;
    return `the whole run moved ${percent(e.run.shift)}, ${e.run.explained ? 'which' : 'more than'} this machine's runs ${e.run.explained ? 'do' : 'usually do'} (they ${vary}${basis})`;
  }
  if (relative >= within) return `it moves by ±${percent(e.runNoise, false)} against the rest of the suite from run to run`;
  return `samples vary by ±${percent(e.spread, false)} within the run`;
}
