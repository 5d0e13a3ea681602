// Julia BenchmarkTools' JSON, as `BenchmarkTools.save("out.json", results)` writes it:
// `[{ "Julia": version, "BenchmarkTools": version }, [group, ...]]`, each group a tagged pair
// `["BenchmarkGroup", { data: { key: entry }, tags }]`. A benchmark's name is the path of keys below
// the top group, joined by "/" ("fib/10"), as github-action-benchmark names it.
// - `["TrialEstimate", { time, ... }]` (what `median(results)` and the like save): its time in ns is
//   the one value, as github-action-benchmark reads it.
// - `["Trial", { times: [...], ... }]` (the raw results, which github-action-benchmark refuses):
//   every evaluation's time in ns is a sample, all from one Julia process.
import { describe, InputError } from '../../errors.ts';
import type { BenchmarkResult } from '../model.ts';
import { isComparable, isObject, NameRegister, oneProcess } from './common.ts';
import { parseJson } from './json.ts';

export function looksLikeJulia(doc: unknown): boolean {
  return Array.isArray(doc) && doc.length === 2 && isObject(doc[0]) && 'BenchmarkTools' in doc[0] && Array.isArray(doc[1]);
}

export function parseJulia(text: string, source: string, notes: string[]): BenchmarkResult[] {
  const doc = parseJson(text, source);
  if (!looksLikeJulia(doc)) {
    throw new InputError(source, `expected BenchmarkTools JSON, [{ "Julia": …, "BenchmarkTools": … }, [groups]], found ${describe(doc)}`);
  }
  const names = new NameRegister(source);
  const results: BenchmarkResult[] = [];
  const visit = (entry: unknown, labels: string[], path: string): void => {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || !isObject(entry[1])) {
      throw new InputError(source, `${path}: expected a tagged pair ["BenchmarkGroup" | "Trial" | "TrialEstimate", {…}], found ${describe(entry)}`);
    }
    const [kind, body] = entry as [string, Record<string, unknown>];
    if (kind === 'BenchmarkGroup') {
      if (!isObject(body.data)) throw new InputError(source, `${path}[1].data: expected an object of benchmarks, found ${describe(body.data)}`);
      for (const [key, child] of Object.entries(body.data)) visit(child, [...labels, key], `${path}[1].data[${JSON.stringify(key)}]`);
      return;
    }
    const name = labels.join('/');
    if (name === '') throw new InputError(source, `${path}: expected a BenchmarkGroup at the top, found a ${kind}`);
    names.add(name, path);
    let samples: number[];
    if (kind === 'TrialEstimate') {
      if (typeof body.time !== 'number') throw new InputError(source, `${path}[1].time: expected a time in ns, found ${describe(body.time)}`);
      samples = [body.time];
    } else if (kind === 'Trial') {
      const times = body.times;
      if (!Array.isArray(times) || times.length === 0 || times.some((t) => typeof t !== 'number')) {
        throw new InputError(source, `${path}[1].times: expected the times of every evaluation in ns, found ${describe(times)}`);
      }
      samples = times as number[];
    } else {
      throw new InputError(source, `${path}[0]: expected "BenchmarkGroup", "Trial" or "TrialEstimate", found ${describe(kind)}`);
    }
    const kept = samples.filter((t) => isComparable(t, 'ns'));
    if (kept.length < samples.length) notes.push(`${source}: ${name}: ${samples.length - kept.length} time(s) of 0 ns or less left out`);
    if (kept.length === 0) return;
    results.push({ name, unit: 'ns', direction: 'smaller', samples: kept, processes: oneProcess(kept.length) });
  };
  (doc as [unknown, unknown[]])[1].forEach((group, i) => visit(group, [], `[1][${i}]`));
  if (results.length === 0) throw new InputError(source, 'expected at least one benchmark in the BenchmarkTools groups, found none');
  return results;
}
