import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError } from '../../../src/errors.ts';
import { parseGoogleBenchmark } from '../../../src/results/import/googlecpp.ts';
import { parseResults } from '../../../src/results/import/parse.ts';
import { GOOGLE_BENCHMARK, needs, run } from '../../support/tools.ts';

const fixture = readFileSync(new URL('../../fixtures/tool-outputs/googlecpp_output.json', import.meta.url), 'utf8');

test('takes the wall time of real Google Benchmark output, per iteration in its time unit', () => {
  assert.deepEqual(parseGoogleBenchmark(fixture, 'gbench.json'), [
    { name: 'fib_10', unit: 'ns/iter', direction: 'smaller', samples: [2.1498980114547953e2], processes: [0] },
    { name: 'fib_20', unit: 'ns/iter', direction: 'smaller', samples: [2.7455600415007055e4], processes: [0] },
  ]);
});

const repeated = JSON.stringify({
  context: {},
  benchmarks: [
    {
      name: 'BM_parse/64',
      run_name: 'BM_parse/64',
      run_type: 'iteration',
      repetitions: 3,
      repetition_index: 0,
      real_time: 110,
      cpu_time: 100,
      time_unit: 'us',
    },
    {
      name: 'BM_parse/64',
      run_name: 'BM_parse/64',
      run_type: 'iteration',
      repetitions: 3,
      repetition_index: 1,
      real_time: 120,
      cpu_time: 100,
      time_unit: 'us',
    },
    {
      name: 'BM_parse/64',
      run_name: 'BM_parse/64',
      run_type: 'iteration',
      repetitions: 3,
      repetition_index: 2,
      real_time: 115,
      cpu_time: 100,
      time_unit: 'us',
    },
    { name: 'BM_parse/64_mean', run_name: 'BM_parse/64', run_type: 'aggregate', aggregate_name: 'mean', real_time: 115, time_unit: 'us' },
    { name: 'BM_parse/64_stddev', run_name: 'BM_parse/64', run_type: 'aggregate', aggregate_name: 'stddev', real_time: 5, time_unit: 'us' },
    { name: 'BM_broken', run_name: 'BM_broken', run_type: 'iteration', error_occurred: true, error_message: 'socket closed', real_time: 0, time_unit: 'ns' },
  ],
});

test('gathers repetitions into samples and skips the aggregate rows', () => {
  const [parse] = parseGoogleBenchmark(repeated, 'gbench.json');
  assert.deepEqual(parse, { name: 'BM_parse/64', unit: 'us/iter', direction: 'smaller', samples: [110, 120, 115], processes: [0, 0, 0] });
});

test('keeps a benchmark that reported an error, with its message and no samples', () => {
  const run = parseResults(repeated, 'gbench.json', { tool: 'googlecpp' });
  assert.deepEqual(run.benchmarks[1], { name: 'BM_broken', unit: 'ns/iter', direction: 'smaller', error: 'socket closed', samples: [], processes: [] });
});

test('names the row and field of a bad time', () => {
  const doc = JSON.parse(fixture);
  doc.benchmarks[1].real_time = '27us';
  assert.throws(
    () => parseGoogleBenchmark(JSON.stringify(doc), 'gbench.json'),
    (err: unknown) => err instanceof InputError && err.message === 'gbench.json: benchmarks[1].real_time: expected a positive number of ns, found "27us"',
  );
});

test('refuses repetitions of one benchmark in different units', () => {
  const doc = JSON.parse(repeated);
  doc.benchmarks[1].time_unit = 'ms';
  assert.throws(
    () => parseGoogleBenchmark(JSON.stringify(doc), 'gbench.json'),
    /benchmarks\[1\]\.time_unit: expected "us" like the earlier repetitions of "BM_parse\/64", found "ms"/,
  );
});

const PROGRAM = `#include <benchmark/benchmark.h>
static unsigned fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static void BM_fib(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(fib(state.range(0)));
}
BENCHMARK(BM_fib)->Arg(10)->Arg(15);
static void BM_fails(benchmark::State& state) {
  for (auto _ : state) { state.SkipWithError("no input file"); break; }
}
BENCHMARK(BM_fails);
BENCHMARK_MAIN();
`;

test(
  'reads a program built here with Google Benchmark (libbenchmark-dev): repetitions as samples, an error as an error',
  { ...needs(GOOGLE_BENCHMARK, 'g++ libbenchmark-dev'), timeout: 180_000 },
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'benchgate-gbench-'));
    try {
      await writeFile(join(dir, 'bench.cpp'), PROGRAM);
      await run(GOOGLE_BENCHMARK!, ['-O2', 'bench.cpp', '-o', 'bench', '-lbenchmark', '-lpthread'], { cwd: dir, timeout: 150_000 });
      const bench = (flags: string[]) =>
        run(join(dir, 'bench'), ['--benchmark_format=json', '--benchmark_min_time=0.01', ...flags], { cwd: dir, timeout: 60_000 });
      const { stdout } = await bench(['--benchmark_repetitions=3']);
      const doc = JSON.parse(stdout);
      const run1 = parseResults(stdout, 'gbench.json', { tool: 'googlecpp' });
      assert.deepEqual(
        run1.benchmarks.map((b) => [b.name, b.unit, b.samples.length, b.error]),
        [
          ['BM_fib/10', 'ns/iter', 3, undefined],
          ['BM_fib/15', 'ns/iter', 3, undefined],
          ['BM_fails', 'ns/iter', 0, 'no input file'],
        ],
      );
      const times = doc.benchmarks.filter((b: any) => b.run_name === 'BM_fib/10' && b.run_type === 'iteration').map((b: any) => b.real_time);
      assert.deepEqual(run1.benchmarks[0]!.samples, times);
      // With only the aggregates written, the median is the one sample.
      const aggregates = await bench(['--benchmark_repetitions=3', '--benchmark_report_aggregates_only=true']);
      const median = JSON.parse(aggregates.stdout).benchmarks.find((b: any) => b.name === 'BM_fib/10_median').real_time;
      const run2 = parseResults(aggregates.stdout, 'gbench.json', { tool: 'googlecpp' });
      assert.deepEqual(run2.benchmarks.find((b) => b.name === 'BM_fib/10')!.samples, [median]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
);
