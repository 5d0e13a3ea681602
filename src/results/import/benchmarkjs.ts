// Benchmark.js console output, one line per benchmark:
//
//     fib(20) x 12,146 ops/sec ±0.32% (96 runs sampled)
//
// The rate (ops/sec, bigger is better) is the one value, as github-action-benchmark reads it; the
// runs Benchmark.js sampled are not printed, so there is one sample, from one process.
import { InputError } from '../../errors.ts';
import type { BenchmarkResult } from '../model.ts';
import { directionOf, isComparable, linesOf, NameRegister, oneProcess } from './common.ts';

const REST = /^ x ([0-9][0-9,]*(?:\.[0-9]+)?)\s+(\S+)\s+((?:±|\+-)[^%]+%) \((\d+) runs? sampled\)\s*$/;

export function parseBenchmarkJs(text: string, source: string, notes: string[]): BenchmarkResult[] {
  const names = new NameRegister(source);
  const results: BenchmarkResult[] = [];
  linesOf(text).forEach((line, i) => {
    const at = line.lastIndexOf(' x ');
    if (at <= 0) return;
    const m = REST.exec(line.slice(at));
    if (!m) return;
    const name = line.slice(0, at);
    const value = Number(m[1]!.replace(/,/g, ''));
    const unit = m[2]!;
    names.add(name, `line ${i + 1}`);
    if (!isComparable(value, unit)) {
      notes.push(`${source}: line ${i + 1}: ${name} is ${value} ${unit}; left out`);
      return;
    }
    results.push({ name, unit, direction: directionOf(unit), samples: [value], processes: oneProcess(1) });
  });
  if (results.length === 0) {
    throw new InputError(source, 'expected Benchmark.js output with lines like "fib(20) x 12,146 ops/sec ±0.32% (96 runs sampled)", found none');
  }
  return results;
}
