// What the load-testing tools' importers (k6, autocannon, Artillery) share: the names of the
// comparable figures, which match the ones benchgate's own scenarios give ("<scenario> ›
// p95 latency"), and reading numbers out of a report with errors that name the field.
import { describe, InputError } from '../../errors.ts';
import type { BenchmarkResult, Direction, ScenarioResult } from '../model.ts';

/** What an importer of a load tool's report gives: comparable figures and the scenario's details. */
export interface Imported {
  benchmarks: BenchmarkResult[];
  scenarios: ScenarioResult[];
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The separator between a scenario's name and its figure, as the load engine writes it. */
export const METRIC_SEPARATOR = ' › ';

/**
 * A comparable figure of a scenario. Values that are not positive are left out (an error rate
 * of 0% aside): figures are compared as ratios, and a latency a tool rounded down to 0 ms
 * says nothing a ratio could use. Returns undefined when no value is left.
 */
export function figure(
  scenario: string,
  metric: string,
  unit: string,
  direction: Direction,
  values: readonly (number | undefined)[],
  group?: string,
): BenchmarkResult | undefined {
  const zeroAllowed = unit === '%';
  const samples = values.filter((v): v is number => v !== undefined && Number.isFinite(v) && (v > 0 || (zeroAllowed && v === 0)));
  if (samples.length === 0) return undefined;
  return { name: `${scenario}${METRIC_SEPARATOR}${metric}`, unit, direction, samples, ...(group ? { group } : {}) };
}

export function defined<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((x): x is T => x !== undefined);
}

/** Reads fields of one object in a report, naming `source` and the path in every error. */
export class Fields {
  readonly source: string;
  readonly path: string;
  readonly value: Json;

  constructor(source: string, path: string, value: unknown, expected = 'an object') {
    if (!isObject(value)) throw new InputError(source, `${path || 'the file'}: expected ${expected}, found ${describe(value)}`);
    this.source = source;
    this.path = path;
    this.value = value;
  }

  at(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  fail(key: string, expected: string): never {
    throw new InputError(this.source, `${this.at(key)}: expected ${expected}, found ${describe(this.value[key])}`);
  }

  /** A finite number ≥ 0; undefined when absent and `optional`. */
  number(key: string, options: { optional: true }): number | undefined;
  number(key: string, options?: { optional?: false }): number;
  number(key: string, options: { optional?: boolean } = {}): number | undefined {
    const x = this.value[key];
    if (x === undefined && options.optional) return undefined;
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) this.fail(key, 'a number ≥ 0');
    return x;
  }

  object(key: string, options: { optional: true }): Fields | undefined;
  object(key: string, options?: { optional?: false }): Fields;
  object(key: string, options: { optional?: boolean } = {}): Fields | undefined {
    const x = this.value[key];
    if (x === undefined && options.optional) return undefined;
    return new Fields(this.source, this.at(key), x);
  }

  string(key: string, options: { optional: true }): string | undefined;
  string(key: string, options?: { optional?: false }): string;
  string(key: string, options: { optional?: boolean } = {}): string | undefined {
    const x = this.value[key];
    if (x === undefined && options.optional) return undefined;
    if (typeof x !== 'string') this.fail(key, 'a string');
    return x;
  }
}
