// github-action-benchmark's custom JSON: `[{ name, unit, value, range?, extra? }]`, one
// entry per benchmark. benchgate also reads an optional `samples: number[]` per entry, the
// raw samples behind `value`; without it, `value` is the benchmark's only sample. Values are
// positive, or zero in units where zero is a true value (%, B/op, allocs/op).
// `range` and `extra` are free text for github-action-benchmark's chart tooltips and
// are not kept.
import { setOption } from '../../config/naming.ts';
import { describe, InputError } from '../../errors.ts';
import type { BenchmarkResult, Direction } from '../model.ts';
import { isComparable, isObject, oneProcess } from './common.ts';
import { parseJson } from './json.ts';

export function parseCustom(text: string, source: string, direction: Direction): BenchmarkResult[] {
  const doc = parseJson(text, source);
  if (!Array.isArray(doc)) {
    const hint = isObject(doc) && doc.format === 'benchgate/results' ? ` — this is a benchgate results file: ${setOption('tool', 'benchgate')}` : '';
    throw new InputError(source, `expected an array of { name, unit, value } entries, found ${describe(doc)}${hint}`);
  }
  const seen = new Map<string, number>();
  return doc.map((entry, i): BenchmarkResult => {
    const at = `[${i}]`;
    if (!isObject(entry)) throw new InputError(source, `${at}: expected an object with name, unit and value, found ${describe(entry)}`);
    const { name, unit, value, samples } = entry;
    if (typeof name !== 'string' || name === '') throw new InputError(source, `${at}.name: expected a non-empty string, found ${describe(name)}`);
    const first = seen.get(name);
    if (first !== undefined) throw new InputError(source, `${at}.name: expected a name not used before, found ${describe(name)} again (first at [${first}])`);
    seen.set(name, i);
    if (typeof unit !== 'string' || unit === '') throw new InputError(source, `${at}.unit: expected a non-empty string, found ${describe(unit)}`);

    if (samples !== undefined) {
      if (!Array.isArray(samples) || samples.length === 0) {
        throw new InputError(source, `${at}.samples: expected a non-empty array of positive numbers, found ${describe(samples)}`);
      }
      samples.forEach((sample, j) => {
        if (!isComparable(sample, unit)) throw new InputError(source, `${at}.samples[${j}]: expected a finite positive number, found ${describe(sample)}`);
      });
      // Where these samples came from is not said, so no process is given.
      return { name, unit, direction, samples: [...(samples as number[])] };
    }
    if (typeof value !== 'number') throw new InputError(source, `${at}.value: expected a number, found ${describe(value)}`);
    // Changes are compared as ratios, on a log scale: zero and negatives have no place there.
    if (!isComparable(value, unit)) throw new InputError(source, `${at}.value: expected a finite positive number, found ${describe(value)}`);
    return { name, unit, direction, samples: [value], processes: oneProcess(1) };
  });
}

export function parseCustomSmallerIsBetter(text: string, source: string): BenchmarkResult[] {
  return parseCustom(text, source, 'smaller');
}

export function parseCustomBiggerIsBetter(text: string, source: string): BenchmarkResult[] {
  return parseCustom(text, source, 'bigger');
}
