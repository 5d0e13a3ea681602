// What the readers of micro-benchmark tools share: shape checks, which way a unit is better, and
// how they say where a sample came from.
import { describe, InputError } from '../../errors.ts';
import type { Direction } from '../model.ts';
import { zeroAllowed } from '../validate.ts';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value benchgate can compare: finite and positive, or zero where the unit counts things. */
export function isComparable(value: unknown, unit: string): value is number {
  return typeof value === 'number' && Number.isFinite(value) && (value > 0 || (value === 0 && zeroAllowed(unit)));
}

/** Rates (ops/s, MB/s, iter/sec, ops/ms) are better big; times, sizes and counts per operation small. */
export function directionOf(unit: string): Direction {
  return /^ops\//i.test(unit) || /\/(s|sec|second|ms|us|ns)$/i.test(unit) ? 'bigger' : 'smaller';
}

/** Process numbers for samples that all came from one process (rounds of one run of the tool). */
export function oneProcess(count: number): number[] {
  return new Array<number>(count).fill(0);
}

/** Process numbers for samples that each came from their own process (hyperfine's runs). */
export function processEach(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

/** The lines of a text output, without line ends; line i is line i + 1 for people. */
export function linesOf(text: string): string[] {
  return text.replace(/^\ufeff/, '').split(/\r?\n/);
}

/** A required array field, or an error naming it. */
export function arrayField(source: string, value: Json, key: string, path: string, expected: string): unknown[] {
  const found = value[key];
  if (!Array.isArray(found)) throw new InputError(source, `${path}${key}: expected ${expected}, found ${describe(found)}`);
  return found;
}

/** A required non-empty string field, or an error naming it. */
export function stringField(source: string, value: Json, key: string, path: string): string {
  const found = value[key];
  if (typeof found !== 'string' || found === '') throw new InputError(source, `${path}${key}: expected a non-empty string, found ${describe(found)}`);
  return found;
}

/** A required positive number field, or an error naming it. */
export function positiveField(source: string, value: Json, key: string, path: string, what = 'a positive number'): number {
  const found = value[key];
  if (typeof found !== 'number' || !Number.isFinite(found) || found <= 0) {
    throw new InputError(source, `${path}${key}: expected ${what}, found ${describe(found)}`);
  }
  return found;
}

/** Names must be unique in a run: say where the first one was. */
export class NameRegister {
  private readonly seen = new Map<string, string>();
  private readonly source: string;
  constructor(source: string) {
    this.source = source;
  }
  add(name: string, at: string): void {
    const first = this.seen.get(name);
    if (first !== undefined)
      throw new InputError(this.source, `${at}: expected a benchmark name not used before, found ${describe(name)} again (first at ${first})`);
    this.seen.set(name, at);
  }
}
