// Criterion.rs's own files: `target/criterion/<benchmark>/new/{benchmark.json,sample.json}`, written
// by every `cargo bench` with Criterion. sample.json holds the raw measurements, `times[i]` ns for
// `iters[i]` iterations; each sample is the time per iteration, times[i] / iters[i], in "ns/iter",
// all from one process. The name is benchmark.json's full_id ("fib/20"), the name Criterion prints
// and `--output-format bencher` gives, so history read with `--tool cargo` lines up.
// estimates.json is derived from the samples, and base/ is the previous run: neither is read.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, InputError } from '../../errors.ts';
import type { BenchmarkResult } from '../model.ts';
import { isObject, NameRegister, oneProcess } from './common.ts';
import { parseJson } from './json.ts';

/** Folders that hold no benchmark of this run: the HTML report and the previous run. */
const SKIPPED = new Set(['report', 'base', 'change']);

/** A Criterion output folder (target/criterion, or any folder inside it): one benchmark per new/sample.json. */
export async function readCriterionFolder(folder: string, notes: string[]): Promise<BenchmarkResult[]> {
  const found: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    if (entries.some((e) => e.isDirectory() && e.name === 'new')) found.push(join(dir, 'new'));
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      // Criterion nests a group, a function and a parameter: a few levels are enough.
      if (e.isDirectory() && e.name !== 'new' && !SKIPPED.has(e.name) && depth < 8) await walk(join(dir, e.name), depth + 1);
    }
  };
  await walk(folder, 0);
  if (found.length === 0) {
    throw new InputError(folder, 'expected a Criterion.rs output folder (target/criterion) with <benchmark>/new/sample.json inside, found none');
  }
  const names = new NameRegister(folder);
  const results: BenchmarkResult[] = [];
  for (const dir of found) {
    const samplePath = join(dir, 'sample.json');
    const benchmarkPath = join(dir, 'benchmark.json');
    const info = parseJson(await readText(benchmarkPath), benchmarkPath);
    const name = isObject(info) && typeof info.full_id === 'string' && info.full_id !== '' ? info.full_id : relative(folder, join(dir, '..')) || 'benchmark';
    names.add(name, relative(folder, dir));
    results.push(criterionSamples(await readText(samplePath), samplePath, name, notes));
  }
  return results;
}

/** One benchmark from the text of its sample.json. */
export function criterionSamples(text: string, source: string, name: string, notes: string[]): BenchmarkResult {
  const doc = parseJson(text, source);
  if (!isObject(doc) || !Array.isArray(doc.iters) || !Array.isArray(doc.times)) {
    throw new InputError(source, `expected Criterion's sample.json with "iters" and "times" arrays, found ${describe(doc)}`);
  }
  const { iters, times } = doc;
  if (iters.length !== times.length || iters.length === 0) {
    throw new InputError(source, `times: expected one time per entry of iters (${iters.length}), found ${times.length}`);
  }
  const samples: number[] = [];
  iters.forEach((n, i) => {
    const t = times[i];
    if (typeof n !== 'number' || !(n > 0)) throw new InputError(source, `iters[${i}]: expected a positive number of iterations, found ${describe(n)}`);
    if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) throw new InputError(source, `times[${i}]: expected a time in ns, found ${describe(t)}`);
    if (t > 0) samples.push(t / n);
  });
  if (samples.length < iters.length) notes.push(`${source}: ${iters.length - samples.length} sample(s) of 0 ns left out`);
  if (samples.length === 0) return { name, unit: 'ns/iter', direction: 'smaller', samples: [], error: 'Criterion measured no time above 0 ns' };
  return { name, unit: 'ns/iter', direction: 'smaller', samples, processes: oneProcess(samples.length) };
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new InputError(path, `cannot read: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (err as Error).message}`, { cause: err });
  }
}
