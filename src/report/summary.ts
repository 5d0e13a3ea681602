// The sentences every report says about a whole comparison: headline, counts, method, notes.
// They hold only numbers and fixed words, so they need no escaping; callers escape names.
import { COUNT_FLOOR, COUNT_UNIT } from '../compare/counted.ts';
import type { Comparison, Verdict } from '../compare/types.ts';
import { brokenThresholds } from '../results/scenarios.ts';
import { formatChange, formatLevel, formatSpread, plural } from './format.ts';

export const NO_BASELINE_SENTENCE = 'No baseline found for this suite: this run is shown as is, with nothing to compare it with.';

export type Tone = 'fail' | 'pass' | 'neutral';

export interface Headline {
  /** fail: regressions or failures; pass: compared and nothing got worse; neutral: nothing to decide. */
  tone: Tone;
  /** The verdict in a word or two, e.g. "Regression", "No significant change". */
  verdict: string;
  /** The counts behind it, e.g. "2 regressions, 1 improvement, 14 unchanged". */
  detail: string;
}

const COUNT_WORDS: Record<Verdict, (n: number) => string> = {
  regression: (n) => plural(n, 'regression'),
  improvement: (n) => plural(n, 'improvement'),
  unchanged: (n) => `${n} unchanged`,
  'small-change': (n) => plural(n, 'small change'),
  error: (n) => `${n} failed`,
  inconclusive: (n) => `${n} inconclusive`,
  new: (n) => `${n} new`,
  missing: (n) => `${n} missing`,
};

/** Counts in report order: regressions, improvements and unchanged always, the rest when non-zero. */
export function countPhrases(counts: Readonly<Record<Verdict, number>>): string[] {
  const always: Verdict[] = ['regression', 'improvement', 'unchanged'];
  const order: Verdict[] = ['regression', 'improvement', 'error', 'inconclusive', 'new', 'missing', 'small-change', 'unchanged'];
  return order.filter((verdict) => always.includes(verdict) || (counts[verdict] ?? 0) > 0).map((verdict) => COUNT_WORDS[verdict](counts[verdict] ?? 0));
}

export function headline(c: Comparison): Headline {
  const count = (verdict: Verdict): number => c.counts[verdict] ?? 0;
  // A broken threshold fails the gate with or without a baseline, so the headline says so too.
  const broken = brokenThresholds(c.scenarios).length;
  const brokenPhrase = broken > 0 ? [plural(broken, 'broken threshold')] : [];
  if (c.baseline === undefined) {
    const failed = count('error');
    const measured = plural(c.benchmarks.length - failed, 'benchmark');
    return {
      tone: failed > 0 || broken > 0 ? 'fail' : 'neutral',
      verdict: broken > 0 ? 'Thresholds broken' : 'No baseline yet',
      detail: [failed > 0 ? `${measured} measured, ${failed} failed` : `${measured} measured`, ...brokenPhrase].join(', '),
    };
  }
  const detail = [...brokenPhrase, ...countPhrases(c.counts)].join(', ');
  if (count('regression') > 0) return { tone: 'fail', verdict: 'Regression', detail };
  if (count('error') > 0) return { tone: 'fail', verdict: 'Benchmarks failed', detail };
  if (broken > 0) return { tone: 'fail', verdict: 'Thresholds broken', detail };
  if (count('improvement') > 0) return { tone: 'pass', verdict: 'Improved', detail };
  if (count('inconclusive') > 0) return { tone: 'neutral', verdict: 'Inconclusive', detail };
  return { tone: 'pass', verdict: 'No significant change', detail };
}

const CORRECTION_WORDS = {
  holm: 'Holm-corrected',
  bh: 'Benjamini-Hochberg-corrected',
  none: 'not corrected for multiple comparisons',
} as const;

/**
 * How the verdicts were reached, e.g. "Mann-Whitney U, Holm-corrected, α=0.05, threshold 5%,
 * between-run noise learned from 12 runs".
 */
export function methodSentence(c: Comparison): string {
  const o = c.options;
  const fromHistory = c.benchmarks.filter((b) => b.reference !== undefined).length;
  const counted = c.benchmarks.filter((b) => b.unit === COUNT_UNIT && b.change !== undefined).length;
  if (counted > 0 && counted === c.benchmarks.filter((b) => b.change !== undefined).length && o.pairing === 'separate-runs') {
    return `Instruction counts compared as the ratio of run medians, their uncertainty the largest spread of the processes and stored runs (at least ${formatSpread(COUNT_FLOOR)}), threshold ${formatLevel(o.threshold)}`;
  }
  const parts = [
    c.test === 'wilcoxon-signed-rank'
      ? 'Wilcoxon signed-rank on round pairs'
      : fromHistory > 0
        ? `robust prediction interval over the stored runs${fromHistory < c.benchmarks.length ? ' (Mann-Whitney U for the rest)' : ''}`
        : 'Mann-Whitney U',
    CORRECTION_WORDS[o.correction] ?? o.correction,
    `α=${o.alpha}`,
    `threshold ${formatLevel(o.threshold)}`,
  ];
  if (o.pairing === 'same-run') {
    parts.push(c.test === 'wilcoxon-signed-rank' ? 'base and head measured side by side in alternating rounds' : 'both sides measured in one interleaved run');
  } else {
    // Across runs with a common shift, the whole-run noise needs a longer history than the rest.
    const common = c.commonShift?.runNoise === undefined ? undefined : c.commonShift;
    const assumedCommon = common?.runNoiseSource === 'default' ? formatSpread(common.runNoise!) : undefined;
    if (fromHistory > 0) {
      parts.push(`${plural(fromHistory, 'benchmark')} judged against a window of ${plural(c.historyRuns, 'stored run')}`);
    } else if (c.historyRuns > 0) {
      parts.push(
        `between-run noise learned from ${plural(c.historyRuns, 'run')}${assumedCommon ? ` (whole runs assumed to move by ${assumedCommon} until the history is longer)` : ''}`,
      );
    } else if (common) {
      parts.push(
        `between-run noise assumed ${formatSpread(o.defaultRunNoise)} per benchmark and ${formatSpread(common.runNoise!)} for whole runs (no history yet)`,
      );
    } else {
      parts.push(`between-run noise assumed ${formatSpread(o.defaultRunNoise)} (no history yet)`);
    }
  }
  return parts.join(', ');
}

/**
 * The common shift as a warning about the machine, e.g. "All benchmarks moved +18% together:
 * likely a slower runner, not the code". Undefined when there is none, or when it is neither shared
 * by most benchmarks nor beyond this machine's run-to-run noise (comparisons across runs always
 * carry one).
 */
export function commonShiftSentence(c: Comparison): string | undefined {
  const shift = c.commonShift;
  if (shift === undefined || !Number.isFinite(shift.change)) return undefined;
  const beyondNoise = shift.explainedByNoise === false;
  if (shift.share < 0.8 && !beyondNoise) return undefined;
  const who = shift.share >= 0.995 ? 'All benchmarks' : shift.share >= 0.8 ? `${Math.round(shift.share * 100)}% of benchmarks` : 'The suite as a whole';
  const noise =
    shift.runNoise === undefined
      ? ''
      : `, ${beyondNoise ? "more than this machine's runs usually do" : "which this machine's runs do"} (they vary by ${formatSpread(shift.runNoise)})`;
  if (beyondNoise) return `${who} moved ${formatChange(shift.change)} together${noise}: possibly the code, not only the runner.`;
  // Larger numbers mean a slower machine only for times; for throughput they mean a faster one.
  const directions = new Set(c.benchmarks.filter((b) => b.baseline && b.head).map((b) => b.direction));
  let cause = 'likely the runner, not the code';
  if (directions.size === 1) {
    const larger = shift.change > 0;
    const slower = directions.has('smaller') ? larger : !larger;
    cause = `likely a ${slower ? 'slower' : 'faster'} runner, not the code`;
  }
  return `${who} moved ${formatChange(shift.change)} together${noise}: ${cause}.`;
}

/** A commit as GitHub shows it: the first 7 hex digits of a sha (still autolinked), anything else as is. */
export function shortCommit(commit: string): string {
  return /^[0-9a-f]{7,64}$/i.test(commit) ? commit.slice(0, 7) : commit;
}
