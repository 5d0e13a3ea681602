// Catch2's console output for BENCHMARK blocks (v2 and v3 print the same table):
//
//     benchmark name                       samples       iterations    estimated
//                                          mean          low mean      high mean
//                                          std dev       low std dev   high std dev
//     -------------------------------------------------------------------------------
//     Fibonacci 10                                    20           913    4.80238 ms
//                                             36.3832 ns    36.3311 ns    36.5578 ns
//                                            0.195096 ns   0.055063 ns   0.387016 ns
//
// The mean (first figure of the second line, in the unit printed there) is the one value, as
// github-action-benchmark reads it; Catch2 prints no raw samples. "Benchmark failed (why)" in
// place of the figures makes that benchmark an error.
import { InputError } from '../../errors.ts';
import type { BenchmarkResult } from '../model.ts';
import { isComparable, linesOf, NameRegister, oneProcess } from './common.ts';

const HEADER = /^benchmark name\s+samples\s+iterations\s+(estimated|est run time)/;
const SEPARATOR = /^-+$/;
const UNIT = '(ns|us|µs|μs|ms|s)';
const START = new RegExp(`(\\d+) +(\\d+) +(?:\\d+(?:\\.\\d+)?) ${UNIT}\\s*$`);
const FIGURES = new RegExp(
  `^ +(\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?) ${UNIT} +(?:\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?) ${UNIT} +(?:\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?) ${UNIT}`,
);
const FAILED = /^(.*?)\s+Benchmark failed \((.*)\)\s*$/;

export function parseCatch2(text: string, source: string, notes: string[]): BenchmarkResult[] {
  const lines = linesOf(text);
  const names = new NameRegister(source);
  const results: BenchmarkResult[] = [];
  let sections = 0;
  let i = 0;
  const at = (n: number) => `line ${n + 1}`;
  while (i < lines.length) {
    if (!HEADER.test(lines[i]!)) {
      i++;
      continue;
    }
    sections++;
    const header = i;
    while (i < lines.length && !SEPARATOR.test(lines[i]!)) i++;
    if (i >= lines.length)
      throw new InputError(source, `${at(header)}: expected a line of dashes after the benchmark table's header, found the end of the file`);
    i++;
    for (;;) {
      const line = lines[i];
      if (line === undefined || line.trim() === '') break;
      const failure = FAILED.exec(line);
      if (failure) {
        const name = failure[1]!.trim();
        names.add(name, at(i));
        results.push({ name, unit: 'ns', direction: 'smaller', samples: [], error: `Catch2: Benchmark failed (${failure[2]})` });
        i++;
        continue;
      }
      const start = START.exec(line);
      if (!start) break;
      const name = line.slice(0, start.index).trim();
      names.add(name, at(i));
      const mean = FIGURES.exec(lines[i + 1] ?? '');
      if (!mean)
        throw new InputError(
          source,
          `${at(i + 1)}: expected the mean, low mean and high mean of ${JSON.stringify(name)}, found ${JSON.stringify(lines[i + 1] ?? 'the end of the file')}`,
        );
      if (!FIGURES.test(lines[i + 2] ?? '')) {
        throw new InputError(
          source,
          `${at(i + 2)}: expected the standard deviations of ${JSON.stringify(name)}, found ${JSON.stringify(lines[i + 2] ?? 'the end of the file')}`,
        );
      }
      const value = Number(mean[1]);
      const unit = mean[2]!;
      if (isComparable(value, unit)) results.push({ name, unit, direction: 'smaller', samples: [value], processes: oneProcess(1) });
      else notes.push(`${source}: ${at(i + 1)}: ${name} has a mean of ${value} ${unit}, too fast for Catch2's clock; left out`);
      i += 3;
      // Each benchmark ends with a blank line; the table ends at the first line that starts no benchmark.
      if (lines[i]?.trim() === '') i++;
    }
  }
  if (sections === 0) {
    throw new InputError(source, 'expected Catch2 benchmark output with a table headed "benchmark name  samples  iterations  estimated", found none');
  }
  if (results.length === 0) throw new InputError(source, 'expected at least one benchmark under the Catch2 benchmark tables, found none');
  return results;
}
