// Google Benchmark's `--benchmark_format=json` output. The wall time (real_time, in
// time_unit) of each iteration run is a sample; repetitions of one benchmark
// (--benchmark_repetitions) share its run_name and become its samples. The aggregate rows
// Google Benchmark adds (mean, median, stddev, cv) are derived, so they are skipped.
import { describe, InputError } from '../../errors.ts';
import type { BenchmarkResult } from '../model.ts';
import { parseJson } from './json.ts';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseGoogleBenchmark(text: string, source: string): BenchmarkResult[] {
  const doc = parseJson(text, source);
  if (!isObject(doc) || !Array.isArray(doc.benchmarks)) {
    throw new InputError(
      source,
      `benchmarks: expected Google Benchmark JSON with a "benchmarks" array, found ${isObject(doc) ? describe(doc.benchmarks) : describe(doc)}`,
    );
  }
  const byName = new Map<string, BenchmarkResult>();
  doc.benchmarks.forEach((entry, i) => {
    const at = `benchmarks[${i}]`;
    if (!isObject(entry)) throw new InputError(source, `${at}: expected an object, found ${describe(entry)}`);
    if (entry.run_type === 'aggregate') return;
    const name = typeof entry.run_name === 'string' && entry.run_name !== '' ? entry.run_name : entry.name;
    if (typeof name !== 'string' || name === '') throw new InputError(source, `${at}.name: expected a non-empty string, found ${describe(entry.name)}`);
    const unit = entry.time_unit ?? 'ns';
    if (typeof unit !== 'string' || unit === '') throw new InputError(source, `${at}.time_unit: expected a unit such as "ns", found ${describe(unit)}`);
    let result = byName.get(name);
    if (!result) {
      result = { name, unit, direction: 'smaller', samples: [] };
      byName.set(name, result);
    } else if (result.unit !== unit) {
      throw new InputError(
        source,
        `${at}.time_unit: expected ${describe(result.unit)} like the earlier repetitions of ${describe(name)}, found ${describe(unit)}`,
      );
    }
    if (entry.error_occurred === true) {
      result.error = typeof entry.error_message === 'string' && entry.error_message !== '' ? entry.error_message : 'the benchmark reported an error';
      return;
    }
    const time = entry.real_time;
    if (typeof time !== 'number' || !Number.isFinite(time) || time <= 0) {
      throw new InputError(source, `${at}.real_time: expected a positive number of ${unit}, found ${describe(time)}`);
    }
    result.samples.push(time);
  });
  if (byName.size === 0) throw new InputError(source, 'benchmarks: expected at least one benchmark run, found none');
  return [...byName.values()];
}
