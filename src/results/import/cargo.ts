// `cargo bench` output: libtest's bench harness, and Criterion.rs with `-- --output-format bencher`,
// which prints the same lines:
//
//     test bench_fib_20 ... bench:      18,149 ns/iter (+/- 755)
//
// Each line gives one value (libtest's median, Criterion's point estimate) in the unit printed
// there, as github-action-benchmark reads it; the "+/-" range is not a sample. A rate unit (MS/s)
// is bigger-is-better, where github-action-benchmark treats every cargo unit as a time. A name
// seen again (the output of several runs pasted together) gathers one sample per run.
// `test name ... FAILED` makes that benchmark an error.
import { InputError } from '../../errors.ts';
import type { BenchmarkResult } from '../model.ts';
import { directionOf, isComparable, linesOf } from './common.ts';

const RESULT = /^test (.+?)\s+\.\.\. bench:\s+([0-9][0-9,]*(?:\.[0-9]+)?) (\w+\/\w+) \(\+\/- ([0-9,.]+)\)\s*$/;
const FAILED = /^test (.+?) \.\.\. FAILED\s*$/;

export function parseCargo(text: string, source: string, notes: string[]): BenchmarkResult[] {
  const byName = new Map<string, BenchmarkResult>();
  const failed: string[] = [];
  linesOf(text).forEach((line, i) => {
    const failure = FAILED.exec(line);
    if (failure) {
      failed.push(failure[1]!.trim());
      return;
    }
    const m = RESULT.exec(line);
    if (!m) return;
    const name = m[1]!.trim();
    const value = Number(m[2]!.replace(/,/g, ''));
    const unit = m[3]!;
    let result = byName.get(name);
    if (!result) {
      result = { name, unit, direction: directionOf(unit), samples: [], processes: [] };
      byName.set(name, result);
    } else if (result.unit !== unit) {
      throw new InputError(source, `line ${i + 1}: expected ${name} in ${result.unit} as before, found ${unit}`);
    }
    if (!isComparable(value, unit)) {
      notes.push(`${source}: line ${i + 1}: ${name} is ${value} ${unit}, too small for cargo bench to time; left out`);
      return;
    }
    result.processes!.push(result.samples.length);
    result.samples.push(value);
  });
  for (const name of failed) {
    const result = byName.get(name) ?? { name, unit: 'ns/iter', direction: 'smaller' as const, samples: [], processes: [] };
    result.error = 'cargo bench reported FAILED (see its log)';
    byName.set(name, result);
  }
  if (byName.size === 0) {
    throw new InputError(source, 'expected `cargo bench` output with lines like "test fib_20 ... bench: 18,149 ns/iter (+/- 755)", found none');
  }
  for (const b of byName.values()) {
    if (b.samples.length > 1) notes.push(`${source}: ${b.name} appears ${b.samples.length} times: read as ${b.samples.length} runs of one benchmark`);
  }
  // A benchmark left with nothing was too fast to time, and the notes say so.
  const kept = [...byName.values()].filter((b) => b.samples.length > 0 || b.error !== undefined);
  if (kept.length === 0) throw new InputError(source, 'expected a benchmark with a value above 0, found only values of 0');
  return kept;
}
