// From the evidence for one benchmark to its verdict and a one-sentence reason with figures.
// The rules are described for people at the top of compare.ts; keep the two in step.
import type { Direction } from '../results/model.ts';
import type { CompareOptions, Verdict } from './types.ts';
import { isTimeUnit } from './units.ts';

import { MIN_HISTORY_RUNS } from '../config/compare-options.ts';

export { MIN_HISTORY_RUNS };

/** Where the between-run noise behind an interval came from, for the words of the verdict. */
export interface NoiseBasis {
  /** history: measured from `runs` stored runs; default: assumed, no stored run has measured it. */
  source: 'history' | 'default';
  runs: number;
  /** history-reference.ts: judged against the window's run-level values, with or without the whole run's shift. */
  against?: 'relative' | 'whole';
  /** The whole run's shift that was split off, when `against` is 'relative'. */
  runShift?: number;
}

/**
 * 'unchanged' vouches that nothing much moved, so its interval may be at most this many thresholds
 * wide on either side of the estimate (half-width). Wider, and the benchmark is too noisy to tell.
 * Two thresholds: across runs the interval holds 1.96 · √2 · the between-run noise, so a benchmark
 * can be called unchanged at a 5% threshold only when its runs vary by less than about 3.6% in all;
 * on a noisier machine, or until the history has shown the machine to be that quiet, it is too
 * noisy to tell, which is the truth at that threshold.
 */
export const UNCHANGED_MAX_HALF_WIDTH = 2;

export interface Evidence {
  direction: Direction;
  /** Relative change head vs baseline. */
  change: number;
  /** Interval of the relative change, widened by between-run noise when separate-runs. */
  ci: [number, number];
  /** Decision p-value after the correction. */
  adjustedP: number;
  /** Relative between-run standard deviation, when it widened the interval. */
  runNoise?: number;
  /** Whether between-run noise, rather than the spread of the samples, makes most of the interval's width. */
  noiseFromRuns: boolean;
  /** The larger within-run coefficient of variation of the two sides. */
  spread: number;
  /** Where the between-run noise came from (separate runs). */
  basis?: NoiseBasis;
  /** The benchmark's unit: a time can be counted in instructions instead. */
  unit?: string;
}

export interface Decision {
  verdict: Verdict;
  reason: string;
}

export function decide(e: Evidence, o: Pick<CompareOptions, 'alpha' | 'threshold' | 'confidence' | 'correction'>): Decision {
  const [lo, hi] = e.ci;
  const p = pText(e.adjustedP, o.correction === 'none' ? 'p' : 'adjusted p');
  const significant = e.adjustedP < o.alpha && (lo > 0 || hi < 0);
  const large = Math.abs(e.change) >= o.threshold;
  const interval = `${percent(o.confidence, false)} CI ${percent(lo)} to ${percent(hi)}`;

  const against = e.basis?.against
    ? ` against the median of ${e.basis.runs} stored runs${e.basis.against === 'relative' ? `, the whole run's shift${e.basis.runShift === undefined ? '' : ` of ${percent(e.basis.runShift)}`} split off` : ''}`
    : '';
  const moved = `${e.change >= 0 ? 'Up' : 'Down'} ${percent(Math.abs(e.change), false)}${against}`;

  if (significant && large) {
    const worse = e.direction === 'smaller' ? e.change > 0 : e.change < 0;
    return {
      verdict: worse ? 'regression' : 'improvement',
      reason: `${moved} (${interval}), significant (${p}) and beyond the ${percent(o.threshold, false)} threshold.`,
    };
  }
  // With a zero threshold every significant change counts, and there is no scale to judge noise by.
  if (o.threshold > 0) {
    const noise = e.noiseFromRuns && e.runNoise !== undefined ? runsVary(e.runNoise, e.basis) : `samples vary by ±${percent(e.spread, false)} within the run`;
    if ((hi - lo) / 2 > UNCHANGED_MAX_HALF_WIDTH * o.threshold) {
      return {
        verdict: 'inconclusive',
        reason: `Too noisy to tell: ${percent(e.change)}${against} (${interval}); ${noise}. ${whatWouldDecide(e.basis, e.unit)}`,
      };
    }
    if (!significant && large) {
      return {
        verdict: 'inconclusive',
        reason: `${moved}, but not significant (${p}; ${interval}): too noisy to tell; ${noise}. ${whatWouldDecide(e.basis, e.unit)}`,
      };
    }
  }
  if (significant) {
    return {
      verdict: 'small-change',
      reason: `${moved} (${interval}): significant, but within the ${percent(o.threshold, false)} threshold.`,
    };
  }
  const assumed = e.basis?.source === 'default' && e.runNoise !== undefined ? `, even allowing for an assumed ±${percent(e.runNoise, false)} between runs` : '';
  return { verdict: 'unchanged', reason: `No significant change: ${percent(e.change)}${against} (${interval})${assumed}.` };
}

/** "runs vary by ±12% (measured over 9 stored runs)", or "(assumed: no stored run has measured it yet)". */
export function runsVary(noise: number, basis: NoiseBasis | undefined): string {
  const size = `±${percent(noise, false)}`;
  if (basis?.source === 'history') {
    const what = basis.against === 'relative' ? 'against the rest of the suite' : 'between them';
    return `its runs vary by ${size} ${what} (measured over ${basis.runs} stored ${basis.runs === 1 ? 'run' : 'runs'})`;
  }
  return `runs vary by ${size} between them (assumed: no stored run has measured it yet)`;
}

/** One sentence on what would make an undecided benchmark decidable. */
export function whatWouldDecide(basis: NoiseBasis | undefined, unit: string | undefined): string {
  const ways: string[] = [];
  // Both sides from one run: only more of that run would narrow it.
  if (basis === undefined) {
    ways.push('more samples (`samples`)');
    if (unit === undefined || isTimeUnit(unit)) ways.push('`measure: instructions`');
    return `What would decide it: ${ways.join(' or ')}.`;
  }
  const have = basis.against ? MIN_HISTORY_RUNS : basis.runs;
  if (have < MIN_HISTORY_RUNS) {
    const more = MIN_HISTORY_RUNS - have;
    ways.push(`${more} more stored ${more === 1 ? 'run' : 'runs'} of the baseline branch (its history then is the reference)`);
  }
  if (unit === undefined || isTimeUnit(unit)) ways.push('`measure: instructions`');
  ways.push('`benchgate ab` (both sides in alternating rounds of one run)');
  const list = ways.length === 1 ? ways[0]! : `${ways.slice(0, -1).join(', ')} or ${ways.at(-1)!}`;
  return `What would decide it: ${list}.`;
}

/** 0.123 → "+12.3%"; small values keep two decimals so that they do not read as zero. */
export function percent(x: number, signed = true): string {
  if (!Number.isFinite(x)) return x > 0 ? '+∞' : '-∞';
  const v = x * 100;
  const digits = Math.abs(v) < 1 ? 2 : 1;
  const text = Math.abs(v)
    .toFixed(digits)
    .replace(/\.?0+$/, '');
  const sign = !signed || text === '0' ? '' : v > 0 ? '+' : '-';
  return `${sign}${text}%`;
}

/** An adjusted p-value for a reason: "adjusted p = 0.012", "p < 0.001". */
export function pText(p: number, label: string): string {
  return p < 0.001 ? `${label} < 0.001` : `${label} = ${Number(p.toPrecision(2))}`;
}
