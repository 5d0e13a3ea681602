// The Luau benchmark runner's output (luau's bench/bench.py), one line per benchmark:
//
//     SUCCESS: base64                                  :   15.041ms +/-  0.636% on luau
//
// The average time is the one value, as github-action-benchmark reads it (the table after it
// repeats the same figures). Smaller is better; one sample.
import { InputError } from '../../errors.ts';
import type { BenchmarkResult } from '../model.ts';
import { isComparable, linesOf, NameRegister, oneProcess } from './common.ts';

const RESULT = /^SUCCESS:?\s+(\S+)\s+:\s+([0-9]+(?:\.[0-9]+)?)\s*([a-zµμ]+)\s+\+\/-\s+([0-9.]+%)/;

export function parseBenchmarkLuau(text: string, source: string, notes: string[]): BenchmarkResult[] {
  const names = new NameRegister(source);
  const results: BenchmarkResult[] = [];
  linesOf(text).forEach((line, i) => {
    const m = RESULT.exec(line);
    if (!m) return;
    const [, name, number, unit] = m as unknown as [string, string, string, string];
    const value = Number(number);
    names.add(name, `line ${i + 1}`);
    if (!isComparable(value, unit)) {
      notes.push(`${source}: line ${i + 1}: ${name} is ${value} ${unit}; left out`);
      return;
    }
    results.push({ name, unit, direction: 'smaller', samples: [value], processes: oneProcess(1) });
  });
  if (results.length === 0) {
    throw new InputError(source, 'expected Luau benchmark output with lines like "SUCCESS: base64 : 15.041ms +/- 0.636% on luau", found none');
  }
  return results;
}
