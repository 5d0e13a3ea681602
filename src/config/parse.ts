// Pure checks that turn raw text (a flag, an action input, a config-file value) into typed values.
// Every error names where the value came from and what was expected.
import { UsageError, describe } from '../errors.ts';

/** Where a value came from, for messages: "--threshold", "input 'threshold'", "benchgate.config.json: threshold". */
export type Origin = string;

export function parseNumber(origin: Origin, raw: unknown, range: { min?: number; max?: number; integer?: boolean } = {}): number {
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : NaN;
  const { min, max, integer } = range;
  const expected = `${integer ? 'a whole number' : 'a number'}${boundsText(min, max)}`;
  if (!Number.isFinite(value)) throw new UsageError(`${origin}: expected ${expected}, found ${describe(raw)}`);
  if (integer && !Number.isInteger(value)) throw new UsageError(`${origin}: expected ${expected}, found ${value}`);
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    throw new UsageError(`${origin}: expected ${expected}, found ${value}`);
  }
  return value;
}

/** A fraction, written either as 0.05 or as 5%. */
export function parseFraction(origin: Origin, raw: unknown, range: { min?: number; max?: number } = {}): number {
  const { min = 0, max = 1 } = range;
  if (typeof raw === 'string' && raw.trim().endsWith('%')) {
    const pct = Number(raw.trim().slice(0, -1));
    if (Number.isFinite(pct) && pct / 100 >= min && pct / 100 <= max) return pct / 100;
    throw new UsageError(`${origin}: expected a fraction between ${min} and ${max} (such as 0.05 or 5%), found ${describe(raw)}`);
  }
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : NaN;
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`${origin}: expected a fraction between ${min} and ${max} (such as 0.05 or 5%), found ${describe(raw)}`);
  }
  return value;
}

/** A duration in milliseconds, written as 250, "250ms", "2s" or "5m". */
export function parseDuration(origin: Origin, raw: unknown, range: { min?: number; max?: number } = {}): number {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text);
  const scale = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 } as const;
  const ms = match ? Number(match[1]) * scale[(match[2] ?? 'ms') as keyof typeof scale] : NaN;
  const { min, max } = range;
  if (!Number.isFinite(ms) || (min !== undefined && ms < min) || (max !== undefined && ms > max)) {
    throw new UsageError(`${origin}: expected a duration such as 250ms, 2s or 5m${boundsText(min, max, 'ms')}, found ${describe(raw)}`);
  }
  return ms;
}

export function parseChoice<T extends string>(origin: Origin, raw: unknown, choices: readonly T[]): T {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (typeof text === 'string' && (choices as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`${origin}: expected one of ${choices.join(', ')}, found ${describe(raw)}`);
}

export function parseBoolean(origin: Origin, raw: unknown): boolean {
  if (typeof raw === 'boolean') return raw;
  const text = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (['true', 'yes', '1', 'on'].includes(text)) return true;
  if (['false', 'no', '0', 'off'].includes(text)) return false;
  throw new UsageError(`${origin}: expected true or false, found ${describe(raw)}`);
}

/** Names that become folder names and cache keys: plain, short, no path tricks. */
export function parseName(origin: Origin, raw: unknown): string {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(text) && !text.includes('..')) return text;
  throw new UsageError(`${origin}: expected a name of letters, digits, '.', '_' or '-' (up to 64, starting with a letter or digit), found ${describe(raw)}`);
}

export function parseRegExp(origin: Origin, raw: unknown): RegExp {
  if (typeof raw !== 'string' || raw === '') throw new UsageError(`${origin}: expected a regular expression, found ${describe(raw)}`);
  try {
    return new RegExp(raw);
  } catch (err) {
    throw new UsageError(`${origin}: expected a regular expression, found ${describe(raw)} (${(err as Error).message})`);
  }
}

function boundsText(min: number | undefined, max: number | undefined, unit = ''): string {
  if (min !== undefined && max !== undefined) return ` from ${min}${unit} to ${max}${unit}`;
  if (min !== undefined) return ` of at least ${min}${unit}`;
  if (max !== undefined) return ` of at most ${max}${unit}`;
  return '';
}
