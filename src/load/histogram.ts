// Latency histograms: HDR histograms of whole microseconds with 3 significant digits, so a
// percentile is within 0.1% of the truth whatever the range, in bounded memory.
import { build, type Histogram } from 'hdr-histogram-js';
import type { LatencySummary } from '../results/model.ts';

export type { Histogram } from 'hdr-histogram-js';

export function newHistogram(): Histogram {
  return build({ numberOfSignificantValueDigits: 3, bitBucketSize: 32, autoResize: true });
}

/** Record a duration given in ms. */
export function recordMs(histogram: Histogram, ms: number): void {
  histogram.recordValue(Math.max(0, Math.round(ms * 1_000)));
}

/** The value at percentile `p` (0–100), in ms. */
export function percentileMs(histogram: Histogram, p: number): number {
  return histogram.getValueAtPercentile(p) / 1_000;
}

/**
 * Exact figures kept beside a histogram: its min, max and mean would otherwise be rounded
 * to its buckets.
 */
export class Extremes {
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;

  add(ms: number): void {
    this.count++;
    this.sum += ms;
    if (ms < this.min) this.min = ms;
    if (ms > this.max) this.max = ms;
  }
}

export function summarizeLatency(histogram: Histogram, exact: Extremes): LatencySummary | undefined {
  if (exact.count === 0) return undefined;
  // Percentiles from buckets, clamped into the exact range so p99.9 never reads above max.
  const at = (p: number) => Math.min(exact.max, Math.max(exact.min, percentileMs(histogram, p)));
  return {
    count: exact.count,
    min: round(exact.min),
    mean: round(exact.sum / exact.count),
    p50: round(at(50)),
    p90: round(at(90)),
    p95: round(at(95)),
    p99: round(at(99)),
    p999: round(at(99.9)),
    max: round(exact.max),
  };
}

/** To the microsecond: finer is below what the clock and the histogram resolve. */
export function round(ms: number): number {
  return Math.round(ms * 1_000) / 1_000;
}
