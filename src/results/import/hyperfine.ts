// hyperfine's `--export-json` file: `results[]`, one per command, with `times` (seconds, one per
// run). Each run is its own process, so every time is a sample of its own process. The name is the
// command as hyperfine reports it (its --command-name when given). Runs that exited with an error
// (kept by --ignore-failure) are read like the others, and a note says how many there were.
import { describe, InputError } from '../../errors.ts';
import type { BenchmarkResult } from '../model.ts';
import { isComparable, isObject, NameRegister, processEach, stringField } from './common.ts';
import { parseJson } from './json.ts';

export function looksLikeHyperfine(doc: unknown): boolean {
  return isObject(doc) && Array.isArray(doc.results) && doc.results.some((r) => isObject(r) && typeof r.command === 'string' && ('times' in r || 'mean' in r));
}

export function parseHyperfine(text: string, source: string, notes: string[]): BenchmarkResult[] {
  const doc = parseJson(text, source);
  if (!isObject(doc) || !Array.isArray(doc.results)) {
    throw new InputError(
      source,
      `results: expected hyperfine --export-json output with a "results" array, found ${isObject(doc) ? describe(doc.results) : describe(doc)}`,
    );
  }
  if (doc.results.length === 0) throw new InputError(source, 'results: expected at least one command, found an empty array');
  const names = new NameRegister(source);
  return doc.results.map((entry, i): BenchmarkResult => {
    const at = `results[${i}]`;
    if (!isObject(entry)) throw new InputError(source, `${at}: expected an object, found ${describe(entry)}`);
    const name = stringField(source, entry, 'command', `${at}.`);
    names.add(name, `${at}.command`);
    const times = entry.times;
    let samples: number[];
    if (Array.isArray(times) && times.length > 0) {
      times.forEach((t, j) => {
        if (!isComparable(t, 's')) throw new InputError(source, `${at}.times[${j}]: expected a time in seconds above 0, found ${describe(t)}`);
      });
      samples = times as number[];
    } else {
      if (!isComparable(entry.mean, 's')) throw new InputError(source, `${at}.mean: expected a time in seconds above 0, found ${describe(entry.mean)}`);
      notes.push(`${source}: ${at}: no "times" (an old hyperfine?); read the mean as the one sample`);
      samples = [entry.mean];
    }
    if (Array.isArray(entry.exit_codes)) {
      const failed = entry.exit_codes.filter((c) => c !== 0).length;
      if (failed > 0) notes.push(`${source}: ${name}: ${failed} of ${entry.exit_codes.length} runs exited with an error; their times are read like the others`);
    }
    return { name, unit: 's', direction: 'smaller', samples, processes: processEach(samples.length) };
  });
}
