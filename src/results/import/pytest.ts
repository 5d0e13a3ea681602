// pytest-benchmark's `--benchmark-json` output. Each benchmark's raw timings (stats.data,
// in seconds) are its samples; a file written without them gives the median as the only
// sample. Names are the test's full name ("bench.py::test_fib_10"), unique across files.
// Run metadata in the file (commit_info, machine_info) is not read: the caller supplies it.
import { describe, InputError } from '../../errors.ts';
import type { BenchmarkResult } from '../model.ts';
import { parseJson } from './json.ts';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parsePytest(text: string, source: string): BenchmarkResult[] {
  const doc = parseJson(text, source);
  if (!isObject(doc) || !Array.isArray(doc.benchmarks)) {
    throw new InputError(
      source,
      `benchmarks: expected pytest-benchmark JSON with a "benchmarks" array, found ${isObject(doc) ? describe(doc.benchmarks) : describe(doc)}`,
    );
  }
  return doc.benchmarks.map((entry, i): BenchmarkResult => {
    const at = `benchmarks[${i}]`;
    if (!isObject(entry)) throw new InputError(source, `${at}: expected an object, found ${describe(entry)}`);
    const name = typeof entry.fullname === 'string' && entry.fullname !== '' ? entry.fullname : entry.name;
    if (typeof name !== 'string' || name === '') throw new InputError(source, `${at}.fullname: expected a non-empty string, found ${describe(entry.fullname)}`);
    const stats = entry.stats;
    if (!isObject(stats)) throw new InputError(source, `${at}.stats: expected an object, found ${describe(stats)}`);
    let samples: number[];
    if (stats.data !== undefined) {
      if (!Array.isArray(stats.data) || stats.data.length === 0) {
        throw new InputError(source, `${at}.stats.data: expected a non-empty array of timings in seconds, found ${describe(stats.data)}`);
      }
      stats.data.forEach((x, j) => {
        if (typeof x !== 'number' || !Number.isFinite(x) || x <= 0) {
          throw new InputError(source, `${at}.stats.data[${j}]: expected a timing in seconds (a positive number), found ${describe(x)}`);
        }
      });
      samples = [...(stats.data as number[])];
    } else {
      if (typeof stats.median !== 'number' || !(stats.median > 0)) {
        throw new InputError(source, `${at}.stats.median: expected a positive number of seconds, found ${describe(stats.median)}`);
      }
      samples = [stats.median];
    }
    return {
      name,
      unit: 's',
      direction: 'smaller',
      samples,
      ...(typeof entry.group === 'string' && entry.group !== '' ? { group: entry.group } : {}),
    };
  });
}
