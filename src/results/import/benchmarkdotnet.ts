// BenchmarkDotNet's full JSON export (`--exporters json`, or JsonExporter.Full): `Benchmarks[]`
// with `FullName` and `Statistics`. The unit is ns (per operation), smaller is better, and
// `Statistics.Mean` is the value github-action-benchmark reads. The samples are
// `Statistics.OriginalValues`, the per-operation times of the measured iterations that Mean is the
// mean of. When the export also lists the measurements of those iterations (Workload / Result,
// one per original value), their LaunchIndex says which process each came from; otherwise the
// process is not known and not given. A benchmark without Statistics did not run: an error.
import { describe, InputError } from '../../errors.ts';
import type { BenchmarkResult } from '../model.ts';
import { arrayField, isComparable, isObject, NameRegister, stringField } from './common.ts';
import { parseJson } from './json.ts';

export function looksLikeBenchmarkDotNet(doc: unknown): boolean {
  return isObject(doc) && Array.isArray(doc.Benchmarks);
}

export function parseBenchmarkDotNet(text: string, source: string, notes: string[]): BenchmarkResult[] {
  const doc = parseJson(text, source);
  if (!looksLikeBenchmarkDotNet(doc)) {
    throw new InputError(
      source,
      `Benchmarks: expected BenchmarkDotNet's JSON export with a "Benchmarks" array, found ${isObject(doc) ? describe(doc.Benchmarks) : describe(doc)}`,
    );
  }
  const list = arrayField(source, doc as Record<string, unknown>, 'Benchmarks', '', 'an array of benchmarks');
  if (list.length === 0) throw new InputError(source, 'Benchmarks: expected at least one benchmark, found an empty array');
  const names = new NameRegister(source);
  return list.map((entry, i): BenchmarkResult => {
    const at = `Benchmarks[${i}]`;
    if (!isObject(entry)) throw new InputError(source, `${at}: expected an object, found ${describe(entry)}`);
    const name = stringField(source, entry, 'FullName', `${at}.`);
    names.add(name, `${at}.FullName`);
    const stats = entry.Statistics;
    if (stats === null || stats === undefined)
      return { name, unit: 'ns', direction: 'smaller', samples: [], error: 'BenchmarkDotNet has no statistics for it: it did not run (see its log)' };
    if (!isObject(stats)) throw new InputError(source, `${at}.Statistics: expected an object, found ${describe(stats)}`);
    let samples: number[];
    const original = stats.OriginalValues;
    if (Array.isArray(original) && original.length > 0) {
      original.forEach((x, j) => {
        if (typeof x !== 'number' || !Number.isFinite(x))
          throw new InputError(source, `${at}.Statistics.OriginalValues[${j}]: expected a time in ns, found ${describe(x)}`);
      });
      samples = original as number[];
    } else {
      if (typeof stats.Mean !== 'number') throw new InputError(source, `${at}.Statistics.Mean: expected a time in ns, found ${describe(stats.Mean)}`);
      samples = [stats.Mean];
    }
    const launches = Array.isArray(entry.Measurements)
      ? entry.Measurements.filter((m) => isObject(m) && m.IterationMode === 'Workload' && m.IterationStage === 'Result').map(
          (m) => (m as { LaunchIndex?: unknown }).LaunchIndex,
        )
      : [];
    const known = launches.length === samples.length && launches.every((l) => typeof l === 'number' && Number.isInteger(l) && l >= 1);
    let processes = known ? (launches as number[]).map((l) => l - 1) : undefined;
    const usable = samples.map((s) => isComparable(s, 'ns'));
    if (usable.includes(false)) {
      // Overhead subtraction can leave a very fast benchmark at 0 ns or below.
      notes.push(`${source}: ${at}: ${usable.filter((u) => !u).length} time(s) of ${name} at 0 ns or below left out`);
      samples = samples.filter((_, k) => usable[k]);
      processes = processes?.filter((_, k) => usable[k]);
    }
    if (samples.length === 0) return { name, unit: 'ns', direction: 'smaller', samples: [], error: 'BenchmarkDotNet measured no time above 0 ns' };
    return { name, unit: 'ns', direction: 'smaller', samples, ...(processes ? { processes } : {}) };
  });
}
