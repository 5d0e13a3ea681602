// The bridge between fault proxies and the load engine. A proxy started in a scenario's
// process records its faults here; when a scenario ends, the engine asks for the faults
// that overlapped it and gets the `faults` block of its result. The list lives on
// globalThis because the scenario file and the engine may load two copies of this module
// (src/api.ts or dist/api.js in the user's file, the runner's own bundle in the engine).
import type { ScenarioWindow } from '../../results/model.ts';
import { analyzeFaults } from './analysis.ts';
import type { FaultsBlock, FaultSpan, RecoveryCriteria } from './analysis.ts';
import type { FaultPeriod } from './tcp-proxy.ts';

/** Anything that can tell which faults it injected, and when (wall-clock ms). */
export interface FaultSource {
  periods(): FaultPeriod[];
}

const SOURCES_KEY = Symbol.for('benchgate.faultSources');

function sources(): Set<FaultSource> {
  const holder = globalThis as { [SOURCES_KEY]?: Set<FaultSource> };
  holder[SOURCES_KEY] ??= new Set();
  return holder[SOURCES_KEY];
}

/** Called by startFaultProxy. Closed proxies stay listed: their faults still belong to the scenario that ran through them. */
export function registerFaultSource(source: FaultSource): void {
  sources().add(source);
}

/** Forget every source (between scenarios in tests). */
export function clearFaultSources(): void {
  sources().clear();
}

/** Wall-clock time in ms since the epoch, with the sub-millisecond precision fault times have. */
export function wallClock(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * The faults that overlapped a scenario which started at `startedAt` and ended at `endedAt`
 * (wall-clock ms), with their times moved onto the scenario's clock (ms from its start).
 */
export function faultSpansBetween(startedAt: number, endedAt: number, from: Iterable<FaultSource> = sources()): FaultSpan[] {
  const spans: FaultSpan[] = [];
  for (const source of from) {
    for (const period of source.periods()) {
      if (period.start >= endedAt || (period.end !== undefined && period.end <= startedAt)) continue;
      const end = period.end === undefined || period.end >= endedAt ? undefined : period.end - startedAt;
      spans.push({ name: period.name, fault: period.fault, start: Math.max(0, period.start - startedAt), ...(end !== undefined ? { end } : {}) });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The `faults` block for a scenario that started at `startedAt` (wall-clock ms) and ran for
 * `durationMs`, or undefined when no fault proxy injected anything during it.
 */
export function faultsBlock(
  windows: readonly ScenarioWindow[],
  startedAt: number,
  durationMs: number,
  criteria: Partial<RecoveryCriteria> = {},
): FaultsBlock | undefined {
  const spans = faultSpansBetween(startedAt, startedAt + durationMs);
  if (spans.length === 0) return undefined;
  return analyzeFaults(windows, spans, criteria);
}
