// pytest-benchmark's `--benchmark-json` output. Like github-action-benchmark, benchgate stores each
// benchmark as operations per second ("iter/sec", bigger is better; `stats.ops`, the inverse of the
// mean time), so that history moved over from github-action-benchmark lines up with what benchgate
// adds to it. The samples are the raw round times (`stats.data`, seconds per iteration; written when
// pytest-benchmark keeps them, as with --benchmark-save-data or --benchmark-json), each turned into
// a rate, all from one Python process. A file whose `data` is missing or cut short (fewer entries than
// `stats.rounds`, as in the published examples) gives `ops` as its one sample. Names are the test's full
// name ("bench.py::test_fib_10"), unique across files.
import { describe, InputError } from '../../errors.ts';
import type { BenchmarkResult } from '../model.ts';
import { isObject, NameRegister, oneProcess } from './common.ts';
import { parseJson } from './json.ts';

export const PYTEST_UNIT = 'iter/sec';

export function looksLikePytest(doc: unknown): boolean {
  return (
    isObject(doc) &&
    Array.isArray(doc.benchmarks) &&
    (isObject(doc.machine_info) || doc.benchmarks.some((b) => isObject(b) && isObject(b.stats) && 'ops' in b.stats))
  );
}

export function parsePytest(text: string, source: string, notes: string[] = []): BenchmarkResult[] {
  const doc = parseJson(text, source);
  if (!isObject(doc) || !Array.isArray(doc.benchmarks)) {
    throw new InputError(
      source,
      `benchmarks: expected pytest-benchmark JSON with a "benchmarks" array, found ${isObject(doc) ? describe(doc.benchmarks) : describe(doc)}`,
    );
  }
  if (doc.benchmarks.length === 0) throw new InputError(source, 'benchmarks: expected at least one benchmark, found an empty array');
  const names = new NameRegister(source);
  return doc.benchmarks.map((entry, i): BenchmarkResult => {
    const at = `benchmarks[${i}]`;
    if (!isObject(entry)) throw new InputError(source, `${at}: expected an object, found ${describe(entry)}`);
    const name = typeof entry.fullname === 'string' && entry.fullname !== '' ? entry.fullname : entry.name;
    if (typeof name !== 'string' || name === '') throw new InputError(source, `${at}.fullname: expected a non-empty string, found ${describe(entry.fullname)}`);
    names.add(name, `${at}.fullname`);
    const stats = entry.stats;
    if (!isObject(stats)) throw new InputError(source, `${at}.stats: expected an object, found ${describe(stats)}`);
    const group = typeof entry.group === 'string' && entry.group !== '' ? { group: entry.group } : {};
    const data = stats.data;
    const complete =
      Array.isArray(data) && data.length > 0 && data.length === stats.rounds && data.every((x) => typeof x === 'number' && Number.isFinite(x) && x > 0);
    let samples: number[];
    if (complete) {
      samples = (data as number[]).map((seconds) => 1 / seconds);
    } else {
      const ops = stats.ops;
      if (typeof ops !== 'number' || !Number.isFinite(ops) || ops <= 0) {
        throw new InputError(source, `${at}.stats.ops: expected a positive number of operations per second, found ${describe(ops)}`);
      }
      if (Array.isArray(data)) {
        notes.push(
          `${source}: ${at}.stats.data: ${data.length} round time(s) for ${describe(stats.rounds)} rounds, not all of them numbers above 0; read ops as the one sample`,
        );
      }
      samples = [ops];
    }
    return { name, unit: PYTEST_UNIT, direction: 'bigger', samples, processes: oneProcess(samples.length), ...group };
  });
}
