// Google Benchmark's `--benchmark_format=json` (or --benchmark_out) output. The wall time
// (real_time) of each run is a sample, in "<time_unit>/iter" as github-action-benchmark names the
// unit ("ns/iter"). Repetitions of one benchmark (--benchmark_repetitions) share its run_name and
// become its samples, all from one process. The aggregate rows Google Benchmark adds (mean, median,
// stddev, cv) are derived, so they are skipped, unless they are all there is
// (--benchmark_report_aggregates_only): then the median is the one sample.
import { describe, InputError } from '../../errors.ts';
import type { BenchmarkResult } from '../model.ts';
import { isComparable, isObject, oneProcess } from './common.ts';
import { parseJson } from './json.ts';

export function looksLikeGoogleBenchmark(doc: unknown): boolean {
  return isObject(doc) && isObject(doc.context) && Array.isArray(doc.benchmarks);
}

export function parseGoogleBenchmark(text: string, source: string, notes: string[] = []): BenchmarkResult[] {
  const doc = parseJson(text, source);
  if (!isObject(doc) || !Array.isArray(doc.benchmarks)) {
    throw new InputError(
      source,
      `benchmarks: expected Google Benchmark JSON with a "benchmarks" array, found ${isObject(doc) ? describe(doc.benchmarks) : describe(doc)}`,
    );
  }
  const byName = new Map<string, BenchmarkResult>();
  const medians = new Map<string, { value: number; unit: string }>();
  doc.benchmarks.forEach((entry, i) => {
    const at = `benchmarks[${i}]`;
    if (!isObject(entry)) throw new InputError(source, `${at}: expected an object, found ${describe(entry)}`);
    const name = typeof entry.run_name === 'string' && entry.run_name !== '' ? entry.run_name : entry.name;
    if (typeof name !== 'string' || name === '') throw new InputError(source, `${at}.name: expected a non-empty string, found ${describe(entry.name)}`);
    const timeUnit = entry.time_unit ?? 'ns';
    if (typeof timeUnit !== 'string' || timeUnit === '')
      throw new InputError(source, `${at}.time_unit: expected a unit such as "ns", found ${describe(timeUnit)}`);
    const unit = `${timeUnit}/iter`;
    if (entry.run_type === 'aggregate') {
      if (entry.aggregate_name === 'median' && typeof entry.real_time === 'number') medians.set(name, { value: entry.real_time, unit });
      return;
    }
    let result = byName.get(name);
    if (!result) {
      result = { name, unit, direction: 'smaller', samples: [], processes: [] };
      byName.set(name, result);
    } else if (result.unit !== unit) {
      throw new InputError(
        source,
        `${at}.time_unit: expected ${describe(result.unit.replace('/iter', ''))} like the earlier repetitions of ${describe(name)}, found ${describe(timeUnit)}`,
      );
    }
    if (entry.error_occurred === true) {
      result.error = typeof entry.error_message === 'string' && entry.error_message !== '' ? entry.error_message : 'the benchmark reported an error';
      return;
    }
    const time = entry.real_time;
    if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) {
      throw new InputError(source, `${at}.real_time: expected a positive number of ${timeUnit}, found ${describe(time)}`);
    }
    if (!isComparable(time, unit)) {
      notes.push(`${source}: ${at}: ${name} took 0 ${timeUnit}, too fast to time; left out`);
      return;
    }
    result.samples.push(time);
    result.processes!.push(0);
  });
  for (const [name, median] of medians) {
    if (byName.has(name) || !isComparable(median.value, median.unit)) continue;
    byName.set(name, { name, unit: median.unit, direction: 'smaller', samples: [median.value], processes: oneProcess(1) });
  }
  const results = [...byName.values()].filter((b) => b.samples.length > 0 || b.error !== undefined);
  if (results.length === 0) throw new InputError(source, 'benchmarks: expected at least one benchmark run, found none');
  return results;
}
