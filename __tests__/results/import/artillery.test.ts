import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../../src/errors.ts';
import { parseArtillery } from '../../../src/results/import/artillery.ts';
import { parseResults } from '../../../src/results/import/parse.ts';

const report = readFileSync(new URL('../../fixtures/tool-outputs/artillery_report.json', import.meta.url), 'utf8');
const doc = JSON.parse(report);

test('takes one sample per reporting period for latency, throughput and error rate', () => {
  const { benchmarks } = parseArtillery(report, 'report.json');
  const samples = Object.fromEntries(benchmarks.map((b) => [b.name, b.samples]));
  assert.deepEqual(samples['artillery › p95 latency'], [41.2, 39.7, 67.4]);
  assert.deepEqual(samples['artillery › p99 latency'], [102.5, 88.1, 301.9]);
  assert.deepEqual(samples['artillery › p50 latency'], [19.1, 18.7, 20.1]);
  assert.deepEqual(samples['artillery › throughput'], [50, 50, 50]);
  // (503s + timeouts) / (responses + timeouts) per period.
  assert.deepEqual(
    samples['artillery › error rate']!.map((x) => Number(x.toFixed(6))),
    [1.6, 0.6, 3.2],
  );
});

test('turns the periods into the scenario windows, and the aggregate into its summary', () => {
  const [scenario] = parseArtillery(report, 'report.json').scenarios;
  assert.equal(scenario!.model, 'open');
  assert.equal(scenario!.executor, 'artillery');
  assert.equal(scenario!.duration, 29_987);
  assert.equal(scenario!.iterations, 1500);
  assert.deepEqual(scenario!.errors, { count: 27, rate: 27 / 1500, byKind: { HTTP_503: 18, ETIMEDOUT: 9 } });
  assert.deepEqual(scenario!.latency, { count: 1491, min: 10, mean: 26.1, p50: 19.1, p90: 37.2, p95: 49.8, p99: 219.2, p999: 1002.4, max: 1009.7 });
  assert.deepEqual(
    scenario!.windows.map((w) => [w.start, w.duration, w.iterations, w.errors, w.p95]),
    [
      [0, 10_000, 500, 8, 41.2],
      [10_000, 10_000, 500, 3, 39.7],
      [20_000, 9_990, 500, 16, 67.4],
    ],
  );
});

test('uses the aggregate alone when the report has no periods', () => {
  const { intermediate: _, ...aggregateOnly } = doc;
  const { benchmarks, scenarios } = parseArtillery(JSON.stringify(aggregateOnly), 'report.json');
  assert.deepEqual(benchmarks.find((b) => b.name === 'artillery › p95 latency')!.samples, [49.8]);
  assert.deepEqual(scenarios[0]!.windows, []);
});

test('reads through --tool artillery into a valid run', () => {
  const run = parseResults(report, 'report.json', { tool: 'artillery' });
  assert.equal(run.scenarios?.[0]?.windows.length, 3);
  assert.equal(run.benchmarks.find((b) => b.name === 'artillery › p95 latency')?.summary?.n, 3);
});

test('names the file and field of a malformed report', () => {
  assert.throws(
    () => parseArtillery('{"aggregate": 1}', 'report.json'),
    (err: unknown) =>
      err instanceof InputError &&
      err.message === 'report.json: aggregate: expected an Artillery report (artillery run --output) with an "aggregate" object, found something else',
  );
  assert.throws(
    () => parseArtillery('{"aggregate": {"latency": {"p95": 3}, "scenariosCreated": 1}}', 'report.json'),
    /report\.json: aggregate\.summaries: expected an Artillery 2 report, found an Artillery 1 report/,
  );
  assert.throws(
    () => parseArtillery('{"aggregate": {"counters": {}, "summaries": {}}}', 'report.json'),
    /report\.json: aggregate\.summaries: expected a latency summary \(http\.response_time or vusers\.session_length\), found none/,
  );
  const bad = JSON.parse(report);
  bad.intermediate[1].counters['http.codes.200'] = '497';
  assert.throws(
    () => parseArtillery(JSON.stringify(bad), 'report.json'),
    /report\.json: intermediate\[1\]\.counters\.http\.codes\.200: expected a number ≥ 0, found "497"/,
  );
  const badLatency = JSON.parse(report);
  badLatency.aggregate.summaries['http.response_time'].p95 = null;
  assert.throws(
    () => parseArtillery(JSON.stringify(badLatency), 'report.json'),
    /report\.json: aggregate\.summaries\.http\.response_time\.p95: expected a number ≥ 0, found null/,
  );
});
