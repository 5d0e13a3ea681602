// Durations as scenarios write them: '250ms', '30s', '5m', '2h', '1m30s', or a number of ms.
import { describe, UsageError } from '../errors.ts';

/** A duration: text like '30s' or '1m30s', or a number of milliseconds. */
export type Duration = string | number;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;

/**
 * Milliseconds of a duration. `where` names the option in the error, e.g.
 * 'scenario "checkout": duration'.
 */
export function parseDuration(value: unknown, where: string): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value >= 0) return value;
  } else if (typeof value === 'string') {
    const text = value.trim();
    let total = 0;
    let matched = 0;
    PART.lastIndex = 0;
    for (let m = PART.exec(text); m; m = PART.exec(text)) {
      total += Number(m[1]) * UNIT_MS[m[2]!]!;
      matched = PART.lastIndex;
    }
    if (text !== '' && matched === text.length) return total;
  }
  throw new UsageError(`${where}: expected a duration like '250ms', '30s', '5m', '2h' or '1m30s' (or a number of ms), found ${describe(value)}`);
}

/** "1.5 s", "250 ms", "2 min": short text for people. */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${trim(ms / 1_000)} s`;
  if (ms < 7_200_000) return `${trim(ms / 60_000)} min`;
  return `${trim(ms / 3_600_000)} h`;
}

function trim(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}
