// The comparison as versioned JSON for other tools. Documented in docs/report-json.md.
import { VERDICTS, type BenchmarkComparison, type CompareOptions, type Comparison, type SideSummary, type Verdict } from '../compare/types.ts';
import type { Direction, RunMeta } from '../results/model.ts';

export const COMPARISON_JSON_FORMAT = 'benchgate/comparison';
export const COMPARISON_JSON_VERSION = 1;

export interface RunJson {
  commit: string | null;
  branch: string | null;
  /** ISO 8601 time the run's measurement started. */
  time: string;
}

export interface SideJson {
  n: number;
  median: number | null;
  cv: number | null;
}

export interface BenchmarkJson {
  name: string;
  /** The file or group the benchmark came from. */
  group: string | null;
  unit: string;
  direction: Direction;
  verdict: Verdict;
  reason: string;
  baseline: SideJson | null;
  head: SideJson | null;
  /** Relative change of head against baseline: 0.1 means head is 10% larger. */
  change: number | null;
  ci: [number, number] | null;
  pValue: number | null;
  adjustedP: number | null;
  runNoise: number | null;
  runNoiseSource: 'history' | 'default' | null;
  /** Judged against the stored history: how many run-level values, in a window of how many runs, their median, and the whole run's shift split off. */
  reference: { runs: number; window: number; median: number | null; runShift: number | null } | null;
}

/**
 * Version 1 of the `benchgate/comparison` JSON document. Every key is always present; a
 * number that was not computed is `null`, so consumers can rely on the shape. New keys may be
 * added within a version; renaming, removing or retyping a key bumps `version`.
 *
 * ```
 * { format: 'benchgate/comparison', version: 1, suite,
 *   head: { commit, branch, time }, baseline: { commit, branch, time } | null,
 *   options: { alpha, threshold, correction, confidence, minSamples, pairing, defaultRunNoise, defaultCommonNoise, window },
 *   historyRuns,
 *   counts: { regression, improvement, small-change, unchanged, inconclusive, new, missing, error },
 *   geomean: { change, ci: [lo, hi] | null, n } | null,
 *   commonShift: { change, share } | null,
 *   benchmarks: [{ name, group, unit, direction, verdict, reason,
 *     baseline: { n, median, cv } | null, head: { n, median, cv } | null,
 *     change, ci: [lo, hi] | null, pValue, adjustedP, runNoise, runNoiseSource,
 *     reference: { runs, window, median, runShift } | null }] }
 * ```
 */
export interface ComparisonJson {
  format: typeof COMPARISON_JSON_FORMAT;
  version: typeof COMPARISON_JSON_VERSION;
  suite: string;
  head: RunJson;
  baseline: RunJson | null;
  options: CompareOptions;
  /** How many earlier baseline runs informed the between-run noise. */
  historyRuns: number;
  counts: Record<Verdict, number>;
  geomean: { change: number | null; ci: [number, number] | null; n: number } | null;
  commonShift: { change: number | null; share: number | null } | null;
  benchmarks: BenchmarkJson[];
}

// JSON has no NaN or Infinity; null says "not computed" the same way an absent value does.
function num(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}

function interval(ci: readonly [number, number] | undefined): [number, number] | null {
  if (ci === undefined) return null;
  const [lo, hi] = ci;
  return Number.isFinite(lo) && Number.isFinite(hi) ? [lo, hi] : null;
}

function run(meta: RunMeta): RunJson {
  return { commit: meta.commit ?? null, branch: meta.branch ?? null, time: meta.time };
}

function sideJson(s: SideSummary | undefined): SideJson | null {
  return s === undefined ? null : { n: s.n, median: num(s.median), cv: num(s.cv) };
}

function benchmark(b: BenchmarkComparison): BenchmarkJson {
  return {
    name: b.name,
    group: b.group ?? null,
    unit: b.unit,
    direction: b.direction,
    verdict: b.verdict,
    reason: b.reason,
    baseline: sideJson(b.baseline),
    head: sideJson(b.head),
    change: num(b.change),
    ci: interval(b.ci),
    pValue: num(b.pValue),
    adjustedP: num(b.adjustedP),
    runNoise: num(b.runNoise),
    runNoiseSource: b.runNoiseSource ?? null,
    reference:
      b.reference === undefined
        ? null
        : { runs: b.reference.runs, window: b.reference.window, median: num(b.reference.median), runShift: num(b.reference.runShift) },
  };
}

/** The comparison as a `benchgate/comparison` v1 object (see ComparisonJson). */
export function toComparisonJson(c: Comparison): ComparisonJson {
  const o = c.options;
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, c.counts[v] ?? 0])) as Record<Verdict, number>;
  return {
    format: COMPARISON_JSON_FORMAT,
    version: COMPARISON_JSON_VERSION,
    suite: c.suite,
    head: run(c.head),
    baseline: c.baseline === undefined ? null : run(c.baseline),
    // Listed key by key so the document's shape does not follow whatever else an options object carries.
    options: {
      alpha: o.alpha,
      threshold: o.threshold,
      correction: o.correction,
      confidence: o.confidence,
      minSamples: o.minSamples,
      pairing: o.pairing,
      defaultRunNoise: o.defaultRunNoise,
      defaultCommonNoise: o.defaultCommonNoise,
      window: o.window,
    },
    historyRuns: c.historyRuns,
    counts,
    geomean: c.geomean === undefined ? null : { change: num(c.geomean.change), ci: interval(c.geomean.ci), n: c.geomean.n },
    commonShift: c.commonShift === undefined ? null : { change: num(c.commonShift.change), share: num(c.commonShift.share) },
    benchmarks: c.benchmarks.map(benchmark),
  };
}

/** The comparison as pretty-printed `benchgate/comparison` v1 JSON, newline-terminated. */
export function renderJson(c: Comparison): string {
  return `${JSON.stringify(toComparisonJson(c), null, 2)}\n`;
}
