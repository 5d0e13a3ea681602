import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../../src/errors.ts';
import { parseAutocannon } from '../../../src/results/import/autocannon.ts';
import { parseResults } from '../../../src/results/import/parse.ts';

const read = (name: string): string => readFileSync(new URL(`../../fixtures/tool-outputs/${name}`, import.meta.url), 'utf8');
const ok = read('autocannon_output.json');
const raw = JSON.parse(ok);

test('imports real autocannon output as latency, throughput and error-rate figures named by the title', () => {
  const { benchmarks } = parseAutocannon(ok, 'ac.json');
  const byName = new Map(benchmarks.map((b) => [b.name, b]));
  const expected = [
    ['p50', 'p50'],
    ['p90', 'p90'],
    ['p97_5', 'p97.5'],
    ['p99', 'p99'],
  ]
    .filter(([key]) => raw.latency[key!] > 0)
    .map(([, p]) => `events list › ${p} latency`);
  assert.ok(expected.length >= 2, 'the fixture has too few non-zero percentiles to test with');
  assert.deepEqual(
    [...byName.keys()].filter((n) => n.includes('latency')),
    expected,
  );
  const p99 = byName.get('events list › p99 latency')!;
  assert.deepEqual(p99.samples, [raw.latency.p99]);
  assert.equal(p99.unit, 'ms');
  assert.equal(p99.direction, 'smaller');
  const throughput = byName.get('events list › throughput')!;
  assert.equal(throughput.unit, 'req/s');
  assert.equal(throughput.direction, 'bigger');
  assert.equal(byName.get('events list › error rate')!.samples[0], 0);
});

test('rebuilds one throughput sample per second from the percentiles of the per-second counts', () => {
  const { benchmarks } = parseAutocannon(ok, 'ac.json');
  const throughput = benchmarks.find((b) => b.name === 'events list › throughput')!;
  assert.equal(throughput.samples.length, raw.samples);
  assert.equal(Math.min(...throughput.samples), raw.requests.min);
  assert.ok(Math.max(...throughput.samples) <= raw.requests.max + 16, 'above the largest second autocannon saw');
  // The rebuilt seconds add up to about the requests autocannon counted.
  const sum = throughput.samples.reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(sum - raw.requests.total) / raw.requests.total < 0.05, `${sum} against ${raw.requests.total}`);
});

test('leaves out a latency percentile autocannon rounded down to 0 ms', () => {
  const doc = JSON.parse(ok);
  doc.latency.p50 = 0;
  const names = parseAutocannon(JSON.stringify(doc), 'ac.json').benchmarks.map((b) => b.name);
  assert.ok(!names.includes('events list › p50 latency'));
  assert.ok(names.includes('events list › p99 latency'));
});

test('counts non-2xx responses as errors, by status', () => {
  const text = read('autocannon_errors_output.json');
  const doc = JSON.parse(text);
  const { benchmarks, scenarios } = parseAutocannon(text, 'ac.json');
  const [scenario] = scenarios;
  assert.equal(scenario!.name, 'flaky endpoint');
  assert.deepEqual(scenario!.errors.byKind, { HTTP_503: doc.statusCodeStats['503'].count });
  const expected = doc.non2xx / doc.requests.total;
  assert.ok(Math.abs(scenario!.errors.rate - expected) < 1e-12);
  assert.ok(scenario!.errors.rate > 0.05 && scenario!.errors.rate < 0.15, String(scenario!.errors.rate));
  assert.equal(benchmarks.find((b) => b.name === 'flaky endpoint › error rate')!.samples[0], expected * 100);
});

test('counts connections reset under it as network errors', () => {
  const text = read('autocannon_resets_output.json');
  const doc = JSON.parse(text);
  const [scenario] = parseAutocannon(text, 'ac.json').scenarios;
  assert.equal(scenario!.errors.count, doc.errors);
  assert.deepEqual(scenario!.errors.byKind, { NETWORK: doc.errors });
  assert.equal(scenario!.errors.rate, doc.errors / (doc.requests.total + doc.errors));
});

test('describes the run as a closed-model scenario', () => {
  const [scenario] = parseAutocannon(ok, 'ac.json').scenarios;
  assert.equal(scenario!.executor, 'autocannon');
  assert.equal(scenario!.model, 'closed');
  assert.equal(scenario!.iterations, raw.requests.total);
  assert.equal(scenario!.duration, raw.duration * 1000);
  assert.equal(scenario!.maxConcurrency, raw.connections);
  assert.equal(scenario!.throughput, raw.requests.total / raw.duration);
});

test('reads through --tool autocannon into a valid run with its scenario', () => {
  const run = parseResults(ok, 'ac.json', { tool: 'autocannon', suite: 'http' });
  assert.equal(run.run.tool, 'autocannon');
  assert.equal(run.suite, 'http');
  assert.equal(run.scenarios?.[0]?.name, 'events list');
  assert.ok(run.benchmarks.every((b) => b.summary !== undefined));
});

test('names the file and field of a malformed file', () => {
  const bad = (doc: unknown) => () => parseAutocannon(JSON.stringify(doc), 'ac.json');
  assert.throws(
    bad([]),
    (err: unknown) =>
      err instanceof InputError && err.message === 'ac.json: expected one autocannon --json result (an object with "latency" and "requests"), found an array',
  );
  assert.throws(bad({ latency: {} }), /ac\.json: expected autocannon --json output with "latency" and "requests", found no "requests"/);
  assert.throws(bad({ ...raw, duration: 'long' }), /ac\.json: duration: expected a number ≥ 0, found "long"/);
  assert.throws(bad({ ...raw, requests: { ...raw.requests, total: -1 } }), /ac\.json: requests\.total: expected a number ≥ 0, found -1/);
  assert.throws(bad({ ...raw, statusCodeStats: { 500: { count: 'x' } } }), /ac\.json: statusCodeStats\.500\.count: expected a number ≥ 0, found "x"/);
  assert.throws(() => parseAutocannon('{"latency": ', 'ac.json'), /ac\.json: line 1, column 13: not valid JSON/);
});
