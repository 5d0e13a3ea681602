import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../../src/errors.ts';
import { parseGoogleBenchmark } from '../../../src/results/import/googlecpp.ts';
import { parseResults } from '../../../src/results/io.ts';

const fixture = readFileSync(new URL('../../fixtures/tool-outputs/googlecpp_output.json', import.meta.url), 'utf8');

test('takes the wall time of real Google Benchmark output, in its time unit', () => {
  assert.deepEqual(parseGoogleBenchmark(fixture, 'gbench.json'), [
    { name: 'fib_10', unit: 'ns', direction: 'smaller', samples: [2.1498980114547953e2] },
    { name: 'fib_20', unit: 'ns', direction: 'smaller', samples: [2.7455600415007055e4] },
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
  assert.deepEqual(parse, { name: 'BM_parse/64', unit: 'us', direction: 'smaller', samples: [110, 120, 115] });
});

test('keeps a benchmark that reported an error, with its message and no samples', () => {
  const run = parseResults(repeated, 'gbench.json', { tool: 'googlecpp' });
  assert.deepEqual(run.benchmarks[1], { name: 'BM_broken', unit: 'ns', direction: 'smaller', error: 'socket closed', samples: [] });
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
