// `vitest bench --outputJson out.json`: `files[].groups[].benchmarks[]`, each a tinybench result
// with times in ms. Vitest writes its samples arrays empty, so the median (robust to the GC pauses
// that pull the mean and hz) is the one sample, smaller is better, from one worker process; when a
// file does carry samples, they are the samples. The name is the group's full name and the
// benchmark's, as Vitest prints them ("fib.bench.ts > fib > fib(10)"), the group its full name.
import { describe, InputError } from '../../errors.ts';
import type { BenchmarkResult } from '../model.ts';
import { arrayField, isComparable, isObject, NameRegister, oneProcess, stringField } from './common.ts';
import { parseJson } from './json.ts';

export function looksLikeVitest(doc: unknown): boolean {
  return isObject(doc) && Array.isArray(doc.files) && doc.files.some((f) => isObject(f) && Array.isArray(f.groups));
}

export function parseVitest(text: string, source: string, notes: string[]): BenchmarkResult[] {
  const doc = parseJson(text, source);
  if (!looksLikeVitest(doc)) {
    throw new InputError(
      source,
      `files: expected vitest bench --outputJson output with "files[].groups[].benchmarks", found ${isObject(doc) ? describe(doc.files) : describe(doc)}`,
    );
  }
  const names = new NameRegister(source);
  const results: BenchmarkResult[] = [];
  arrayField(source, doc as Record<string, unknown>, 'files', '', 'an array of files').forEach((file, f) => {
    if (!isObject(file)) throw new InputError(source, `files[${f}]: expected an object, found ${describe(file)}`);
    arrayField(source, file, 'groups', `files[${f}].`, 'an array of groups').forEach((group, g) => {
      const gat = `files[${f}].groups[${g}]`;
      if (!isObject(group)) throw new InputError(source, `${gat}: expected an object, found ${describe(group)}`);
      const fullName = stringField(source, group, 'fullName', `${gat}.`);
      arrayField(source, group, 'benchmarks', `${gat}.`, 'an array of benchmarks').forEach((bench, b) => {
        const at = `${gat}.benchmarks[${b}]`;
        if (!isObject(bench)) throw new InputError(source, `${at}: expected an object, found ${describe(bench)}`);
        const name = `${fullName} > ${stringField(source, bench, 'name', `${at}.`)}`;
        names.add(name, at);
        const raw = Array.isArray(bench.samples) ? bench.samples.filter((s): s is number => isComparable(s, 'ms')) : [];
        let samples: number[];
        if (raw.length > 0) samples = raw;
        else if (isComparable(bench.median, 'ms')) samples = [bench.median];
        else {
          notes.push(`${source}: ${at}: ${name} has no median above 0 ms (it did not run?); left out`);
          return;
        }
        results.push({ name, unit: 'ms', direction: 'smaller', samples, processes: oneProcess(samples.length), group: fullName });
      });
    });
  });
  if (results.length === 0) throw new InputError(source, 'files: expected at least one benchmark, found none');
  return results;
}
