import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../../src/errors.ts';
import { parseK6HandleSummary, parseK6SummaryExport } from '../../../src/results/import/k6.ts';
import { parseResults } from '../../../src/results/import/parse.ts';

const read = (name: string): string => readFileSync(new URL(`../../fixtures/tool-outputs/${name}`, import.meta.url), 'utf8');
const exported = read('k6_summary_export.json');
const handled = read('k6_handle_summary.json');

function samplesByName(benchmarks: { name: string; samples: number[] }[]): Record<string, number[]> {
  return Object.fromEntries(benchmarks.map((b) => [b.name, b.samples]));
}

test('imports --summary-export latency percentiles, request rate and failed-request rate', () => {
  const { benchmarks } = parseK6SummaryExport(exported, 'k6.json');
  assert.deepEqual(samplesByName(benchmarks), {
    'k6 › p50 latency': [112.4418],
    'k6 › p90 latency': [131.0082],
    'k6 › p95 latency': [144.7161],
    'k6 › throughput': [79.9918],
    'k6 › error rate': [0.5],
  });
  assert.equal(benchmarks.find((b) => b.name === 'k6 › throughput')!.unit, 'req/s');
  assert.equal(benchmarks.find((b) => b.name === 'k6 › p95 latency')!.unit, 'ms');
});

test('reads --summary-export thresholds the right way round: true means the threshold failed', () => {
  const [scenario] = parseK6SummaryExport(exported, 'k6.json').scenarios;
  assert.deepEqual(scenario!.thresholds, [
    { metric: 'http_req_duration', expression: 'p(95)<500', observed: 144.7161, passed: true },
    { metric: 'http_req_duration', expression: 'avg<100', observed: 118.6235, passed: false },
    { metric: 'http_req_failed', expression: 'rate<0.01', observed: 0.005, passed: true },
  ]);
});

test('imports handleSummary() data, with thresholds from their "ok" and the run length from its state', () => {
  const { benchmarks, scenarios } = parseK6HandleSummary(handled, 'summary.json');
  const samples = samplesByName(benchmarks);
  assert.deepEqual(samples['k6 › p99 latency'], [301.5532]);
  assert.deepEqual(samples['k6 › p99.9 latency'], [498.1204]);
  const [scenario] = scenarios;
  assert.equal(scenario!.duration, 30003.2127);
  assert.deepEqual(
    scenario!.thresholds.map((t) => [t.expression, t.passed]),
    [
      ['p(95)<500', true],
      ['avg<100', false],
      ['rate<0.01', true],
    ],
  );
  assert.deepEqual(scenario!.latency, {
    count: 2400,
    min: 101.2019,
    mean: 118.6235,
    p50: 112.4418,
    p90: 131.0082,
    p95: 144.7161,
    p99: 301.5532,
    p999: 498.1204,
    max: 512.9903,
  });
});

test('describes the run as a scenario: iterations, rate, failed requests, VUs', () => {
  const [scenario] = parseK6SummaryExport(exported, 'k6.json').scenarios;
  assert.equal(scenario!.name, 'k6');
  assert.equal(scenario!.executor, 'k6');
  assert.equal(scenario!.model, 'closed');
  assert.equal(scenario!.iterations, 2400);
  assert.equal(scenario!.throughput, 79.9918);
  // --summary-export has no run length: it is count / rate.
  assert.ok(Math.abs(scenario!.duration - 30_003) < 1, String(scenario!.duration));
  assert.deepEqual(scenario!.errors, { count: 12, rate: 0.005, byKind: { http_req_failed: 12 } });
  assert.equal(scenario!.maxConcurrency, 10);
  // Only p(90) and p(95) among the default trend stats: no summary to fill.
  assert.equal(scenario!.latency, undefined);
});

test('falls back to iteration_duration and iterations for tests without HTTP requests', () => {
  const doc = JSON.parse(handled);
  for (const name of ['http_req_duration', 'http_reqs', 'http_req_failed']) delete doc.metrics[name];
  const samples = samplesByName(parseK6HandleSummary(JSON.stringify(doc), 'summary.json').benchmarks);
  assert.deepEqual(samples['k6 › p95 latency'], [145.1013]);
  assert.deepEqual(samples['k6 › throughput'], [79.9914]);
  assert.equal(samples['k6 › error rate'], undefined);
});

test('a broken k6 threshold is kept in the results file, where the gate can count it', () => {
  const run = parseResults(exported, 'k6.json', { tool: 'k6' });
  const broken = run.scenarios?.[0]?.thresholds.filter((t) => !t.passed);
  assert.deepEqual(
    broken?.map((t) => t.expression),
    ['avg<100'],
  );
  assert.equal(parseResults(handled, 'summary.json', { tool: 'k6-summary' }).scenarios?.[0]?.latency?.p99, 301.5532);
});

test('tells the two k6 formats apart and says which --tool to pass', () => {
  assert.throws(
    () => parseK6SummaryExport(handled, 'summary.json'),
    (err: unknown) =>
      err instanceof InputError &&
      err.message ===
        'summary.json: metrics: expected --summary-export output, found handleSummary() data (metrics with "type" and "values") — pass --tool k6-summary',
  );
  assert.throws(
    () => parseK6HandleSummary(exported, 'k6.json'),
    /k6\.json: metrics: expected handleSummary\(\) data \(metrics with "type" and "values"\), found none — is this --summary-export output\? pass --tool k6/,
  );
});

test('names the file and field of a malformed file', () => {
  const doc = JSON.parse(exported);
  assert.throws(() => parseK6SummaryExport('[]', 'k6.json'), /k6\.json: the file: expected a k6 summary \(an object with "metrics"\), found an array of 0/);
  assert.throws(() => parseK6SummaryExport('{"metrics": 3}', 'k6.json'), /k6\.json: metrics: expected k6 summary JSON with a "metrics" object, found 3/);
  doc.metrics.http_req_duration['p(95)'] = 'fast';
  assert.throws(() => parseK6SummaryExport(JSON.stringify(doc), 'k6.json'), /k6\.json: metrics\.http_req_duration\.p\(95\): expected a number, found "fast"/);
  doc.metrics.http_req_duration['p(95)'] = 1;
  doc.metrics.http_req_duration.thresholds['p(95)<500'] = 'no';
  assert.throws(
    () => parseK6SummaryExport(JSON.stringify(doc), 'k6.json'),
    /k6\.json: metrics\.http_req_duration\.thresholds\["p\(95\)<500"\]: expected true \(failed\) or false \(passed\), found "no"/,
  );
  const data = JSON.parse(handled);
  data.metrics.http_req_failed.thresholds['rate<0.01'] = { ok: 'yes' };
  assert.throws(
    () => parseK6HandleSummary(JSON.stringify(data), 'summary.json'),
    /summary\.json: metrics\.http_req_failed\.thresholds\["rate<0\.01"\]\.ok: expected true or false, found "yes"/,
  );
  assert.throws(
    () => parseK6SummaryExport('{"metrics": {"vus": {"value": 1}}}', 'k6.json'),
    /k6\.json: metrics\.http_req_duration: expected the request \(or iteration_duration\) latency metric, found neither/,
  );
});
