// JMH, BenchmarkDotNet and Julia BenchmarkTools: no Debian package runs them here, so their
// published outputs (github-action-benchmark's test data) are the fixtures. The values these give
// match github-action-benchmark's (gab-snapshots.test.ts); these tests are about the raw samples.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../../src/errors.ts';
import { parseBenchmarkDotNet } from '../../../src/results/import/benchmarkdotnet.ts';
import { parseJmh } from '../../../src/results/import/jmh.ts';
import { parseJulia } from '../../../src/results/import/julia.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/tool-outputs/${name}`, import.meta.url), 'utf8');

test("takes JMH's rawData as samples, each fork its own process, and a throughput as bigger-is-better", () => {
  const doc = JSON.parse(fixture('jmh_output.json'));
  const [hello] = parseJmh(fixture('jmh_output.json'), 'jmh.json', []);
  assert.deepEqual(hello!.samples, doc[0].primaryMetric.rawData[0]);
  assert.deepEqual(hello!.processes, [0, 0, 0]);
  assert.equal(hello!.direction, 'bigger');
  doc[0].primaryMetric.rawData = [
    [3, 4],
    [5, 6],
  ];
  doc[0].params = { size: '10' };
  doc.push({ ...doc[0], mode: 'avgt', params: { size: '20' }, primaryMetric: { score: 12.5, scoreUnit: 'us/op' } });
  const [two, time] = parseJmh(JSON.stringify(doc), 'jmh.json', []);
  assert.deepEqual(
    [two!.name, two!.samples, two!.processes],
    ['org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere ( {"size":"10"} )', [3, 4, 5, 6], [0, 0, 1, 1]],
  );
  assert.deepEqual([time!.unit, time!.direction, time!.samples], ['us/op', 'smaller', [12.5]]);
});

test("takes BenchmarkDotNet's OriginalValues as samples, their mean being the Mean it reports", () => {
  const doc = JSON.parse(fixture('benchmarkdotnet.json'));
  const [fib10] = parseBenchmarkDotNet(fixture('benchmarkdotnet.json'), 'bdn.json', []);
  assert.deepEqual(fib10!.samples, doc.Benchmarks[0].Statistics.OriginalValues);
  // The published file lists only the first 20 measurements, none of the measured ones: the process is not known.
  assert.equal(fib10!.processes, undefined);
});

test('says which process each BenchmarkDotNet sample came from when the measurements are there', () => {
  const doc = JSON.parse(fixture('benchmarkdotnet.json'));
  const b = doc.Benchmarks[0];
  b.Statistics.OriginalValues = [24.1, 24.3, 24.9];
  b.Measurements.push(
    ...[1, 1, 2].map((launch, i) => ({
      IterationMode: 'Workload',
      IterationStage: 'Result',
      LaunchIndex: launch,
      IterationIndex: i + 1,
      Operations: 16,
      Nanoseconds: 390,
    })),
  );
  doc.Benchmarks[1].Statistics = null;
  const [fib10, fib20] = parseBenchmarkDotNet(JSON.stringify(doc), 'bdn.json', []);
  assert.deepEqual(fib10!.processes, [0, 0, 1]);
  assert.match(fib20!.error!, /no statistics/);
});

test('reads the times of a BenchmarkTools Trial as samples, where github-action-benchmark refuses them', () => {
  // A Trial as BenchmarkTools.save writes it: the fixture's group with one estimate replaced by raw times.
  const doc = JSON.parse(fixture('julia_output.json'));
  const params = doc[1][0][1].data.fib[1].data['10'][1].params;
  doc[1][0][1].data.fib[1].data['10'] = ['Trial', { allocs: 0, gctimes: [0, 0, 0], memory: 0, params, times: [246, 251, 244] }];
  const [fib10, fib20] = parseJulia(JSON.stringify(doc), 'julia.json', []);
  assert.deepEqual([fib10!.name, fib10!.samples, fib10!.processes], ['fib/10', [246, 251, 244], [0, 0, 0]]);
  assert.deepEqual([fib20!.name, fib20!.samples], ['fib/20', [31028]]);
});

test('names the entry of a BenchmarkTools file it cannot read', () => {
  const doc = JSON.parse(fixture('julia_output.json'));
  doc[1][0][1].data.fib[1].data['20'] = ['Parameters', {}];
  assert.throws(
    () => parseJulia(JSON.stringify(doc), 'julia.json', []),
    (err: unknown) =>
      err instanceof InputError &&
      err.message === 'julia.json: [1][0][1].data["fib"][1].data["20"][0]: expected "BenchmarkGroup", "Trial" or "TrialEstimate", found "Parameters"',
  );
});
