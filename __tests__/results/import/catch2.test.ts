import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../../src/errors.ts';
import { parseCatch2 } from '../../../src/results/import/catch2.ts';
import { parseResults } from '../../../src/results/import/parse.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/tool-outputs/${name}`, import.meta.url), 'utf8');

test('reads the means Catch2 v2.13 printed here, in the unit of each, and a benchmark that threw as an error', () => {
  const benchmarks = parseCatch2(fixture('catch2_v2_output.txt'), 'catch2.txt', []);
  assert.deepEqual(
    benchmarks.map((b) => [b.name, b.unit, b.samples, b.error]),
    [
      ['Fibonacci 10', 'ns', [36.3832], undefined],
      ['Fibonacci 20', 'us', [29.8646], undefined],
      ['throws in the benchmark', 'ns', [], 'Catch2: Benchmark failed (boom)'],
    ],
  );
});

test('fails the check for the benchmark that threw', () => {
  const run = parseResults(fixture('catch2_v2_output.txt'), 'catch2.txt', { tool: 'catch2' });
  assert.equal(run.benchmarks.filter((b) => b.error !== undefined).length, 1);
});

test('names the line where the figures of a benchmark are missing', () => {
  const cut = fixture('catch2_output_v3.txt').replace(/^ +344 ns .*$/m, 'garbled');
  assert.throws(
    () => parseCatch2(cut, 'catch2.txt', []),
    (err: unknown) =>
      err instanceof InputError && /^catch2\.txt: line 17: expected the mean, low mean and high mean of "Fibonacci 10", found "garbled"$/.test(err.message),
  );
});

test('says what it expected of output without a benchmark table', () => {
  assert.throws(
    () => parseCatch2('All tests passed (3 assertions in 1 test case)\n', 'catch2.txt', []),
    /catch2\.txt: expected Catch2 benchmark output with a table headed/,
  );
});
