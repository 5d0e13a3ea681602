import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../../src/errors.ts';
import { parseCargo } from '../../../src/results/import/cargo.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/tool-outputs/${name}`, import.meta.url), 'utf8');

test('reads the bencher lines Criterion.rs 0.3 printed here, with the names it gives its benchmarks', () => {
  const benchmarks = parseCargo(fixture('criterion_bencher_output.txt'), 'bench.txt', []);
  assert.deepEqual(
    benchmarks.map((b) => [b.name, b.unit, b.direction, b.samples]),
    [
      ['fib 10', 'ns/iter', 'smaller', [1203]],
      ['fib/5', 'ns/iter', 'smaller', [142]],
      ['fib/15', 'ns/iter', 'smaller', [13051]],
    ],
  );
});

test('makes a benchmark libtest reports as FAILED an error', () => {
  const text = 'running 2 tests\ntest bench_ok ... bench:         135 ns/iter (+/- 24)\ntest bench_bad ... FAILED\n\nfailures:\n';
  const [ok, bad] = parseCargo(text, 'bench.txt', []);
  assert.equal(ok!.error, undefined);
  assert.deepEqual([bad!.name, bad!.samples, bad!.error], ['bench_bad', [], 'cargo bench reported FAILED (see its log)']);
});

test('reads a name seen again as another run of the same benchmark, and says so', () => {
  const notes: string[] = [];
  const line = (v: number) => `test bench_fib_10 ... bench:         ${v} ns/iter (+/- 24)\n`;
  const [fib] = parseCargo(line(135) + line(140), 'bench.txt', notes);
  assert.deepEqual(
    [fib!.samples, fib!.processes],
    [
      [135, 140],
      [0, 1],
    ],
  );
  assert.match(notes.join('\n'), /bench_fib_10 appears 2 times: read as 2 runs of one benchmark/);
});

test('says what it expected of output without a bench line', () => {
  assert.throws(
    () => parseCargo('running 0 tests\n\ntest result: ok. 0 passed\n', 'bench.txt', []),
    (err: unknown) => err instanceof InputError && /bench\.txt: expected `cargo bench` output with lines like/.test(err.message),
  );
});
