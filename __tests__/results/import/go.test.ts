import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../../src/errors.ts';
import { parseGo } from '../../../src/results/import/go.ts';
import { parseResults } from '../../../src/results/io.ts';

const goOutput = readFileSync(new URL('../../fixtures/tool-outputs/go_output.txt', import.meta.url), 'utf8');

test('reads every result line of real `go test -bench` output, dropping the GOMAXPROCS suffix', () => {
  const benchmarks = parseGo(goOutput, 'go.txt');
  assert.deepEqual(
    benchmarks.map((b) => [b.name, b.unit, b.direction, b.samples]),
    [
      ['BenchmarkFib10', 'ns/op', 'smaller', [325]],
      ['BenchmarkFib20', 'ns/op', 'smaller', [40537.123]],
      ['BenchmarkFib/my_tabled_benchmark_-_10', 'ns/op', 'smaller', [325]],
      ['BenchmarkFib/my_tabled_benchmark_-_20', 'ns/op', 'smaller', [40537.123]],
      ['BenchmarkFib/my/tabled/benchmark_-_20', 'ns/op', 'smaller', [40537.456]],
      ['BenchmarkFib/my/tabled/benchmark_-_20,var1=13,var2=14', 'ns/op', 'smaller', [40537.456]],
      ['BenchmarkFib11', 'ns/op', 'smaller', [262.7]],
      ['BenchmarkFib11 - auxMetricUnits', 'auxMetricUnits', 'smaller', [3]],
      ['BenchmarkFib22', 'ns/op', 'smaller', [31915]],
      ['BenchmarkFib22 - auxMetricUnits', 'auxMetricUnits', 'smaller', [4]],
    ],
  );
});

const counted = `goos: linux
goarch: amd64
pkg: example.com/parse
cpu: AMD EPYC 7763 64-Core Processor
BenchmarkParse/small-4   	 1000000	      1052 ns/op	  95.10 MB/s	     336 B/op	       0 allocs/op
BenchmarkParse/small-4   	 1000000	      1060 ns/op	  94.33 MB/s	     336 B/op	       0 allocs/op
BenchmarkParse/small-4   	 1000000	      1047 ns/op	  95.50 MB/s	     336 B/op	       1 allocs/op
PASS
ok  	example.com/parse	3.614s
pkg: example.com/render
BenchmarkParse/small-4   	 2000	      500000 ns/op
PASS
`;

test('gathers the lines of -count=N into the samples of one benchmark per metric', () => {
  const benchmarks = parseGo(counted, 'go.txt');
  const parse = benchmarks.filter((b) => b.group === 'example.com/parse');
  assert.deepEqual(
    parse.map((b) => [b.name, b.unit, b.direction, b.samples]),
    [
      ['example.com/parse BenchmarkParse/small', 'ns/op', 'smaller', [1052, 1060, 1047]],
      ['BenchmarkParse/small - MB/s', 'MB/s', 'bigger', [95.1, 94.33, 95.5]],
      ['BenchmarkParse/small - B/op', 'B/op', 'smaller', [336, 336, 336]],
    ],
  );
});

test('leaves out a metric that is ever zero, since changes are compared as ratios', () => {
  assert.ok(!parseGo(counted, 'go.txt').some((b) => b.unit === 'allocs/op'));
});

test('qualifies a benchmark name found in two packages by its package', () => {
  const names = parseGo(counted, 'go.txt').map((b) => b.name);
  assert.ok(names.includes('example.com/parse BenchmarkParse/small'));
  assert.ok(names.includes('example.com/render BenchmarkParse/small'));
});

test('ignores the bare name lines of -v and other log lines that look like results but are not', () => {
  const text = 'BenchmarkParse\nBenchmarkParse-4   \tsome log text here\nBenchmarkParse-4   \t 100\t 12 ns/op\n';
  assert.deepEqual(
    parseGo(text, 'go.txt').map((b) => [b.name, b.samples]),
    [['BenchmarkParse', [12]]],
  );
});

test('says what it expected when there is no result line at all', () => {
  assert.throws(
    () => parseGo('PASS\nok  \texample.com/x\t0.01s\n', 'go.txt'),
    (err: unknown) => err instanceof InputError && /^go\.txt: expected `go test -bench` output with result lines like/.test(err.message),
  );
});

test('imports go output as a whole run through parseResults', () => {
  const run = parseResults(goOutput, 'go.txt', { tool: 'go', suite: 'fib', time: '2025-01-01T00:00:00Z' });
  assert.equal(run.run.tool, 'go');
  assert.equal(run.benchmarks.length, 10);
});

test('suggests --tool go when go output is read as a benchgate file', () => {
  assert.throws(
    () => parseResults(goOutput, 'go.txt'),
    /go\.txt: line 1, column 1: not valid JSON: expected a value, found "g" — is this `go test -bench` output\? pass --tool go/,
  );
});
