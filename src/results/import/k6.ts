// k6's end-of-test summary, in its two JSON shapes:
// - `k6 run --summary-export=out.json` (--tool k6): metrics flattened to their values, each
//   threshold a boolean that is true when the threshold FAILED (k6 kept that quirk for
//   compatibility), rate metrics with `value` for the rate;
// - the `data` object handleSummary() receives, written with JSON.stringify(data)
//   (--tool k6-summary): each metric is { type, contains, values, thresholds: { expr: { ok } } },
//   and state.testRunDurationMs gives the run's length.
// Both give aggregates only, so each figure has one sample. Latency comes from
// http_req_duration (ms), or iteration_duration for tests that make no HTTP requests;
// throughput from http_reqs (else iterations); the error rate from http_req_failed.
// k6 times each request from when it was actually sent, so its figures are labelled closed.
import { setOption } from '../../config/naming.ts';
import { describe, InputError } from '../../errors.ts';
import type { LatencySummary, ScenarioResult, ThresholdResult } from '../model.ts';
import { parseJson } from './json.ts';
import { defined, figure, Fields, isObject } from './load-import.ts';
import type { Imported } from './load-import.ts';

interface Metric {
  values: Record<string, number>;
  thresholds: Array<{ expression: string; passed: boolean }>;
}

/** The scenario k6 figures are filed under: "k6 › p95 latency". */
export const K6_SCENARIO = 'k6';

const PERCENTILES: Array<[stat: string, metric: string]> = [
  ['med', 'p50 latency'],
  ['p(90)', 'p90 latency'],
  ['p(95)', 'p95 latency'],
  ['p(99)', 'p99 latency'],
  ['p(99.9)', 'p99.9 latency'],
];

function isHandleSummaryData(metrics: Record<string, unknown>): boolean {
  return Object.values(metrics).some((m) => isObject(m) && typeof m.type === 'string' && isObject(m.values));
}

function numbers(source: string, path: string, value: Record<string, unknown>, skip: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, x] of Object.entries(value)) {
    if (skip.includes(key)) continue;
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new InputError(source, `${path}.${key}: expected a number, found ${describe(x)}`);
    out[key] = x;
  }
  return out;
}

/** `--summary-export`: { metrics: { name: { avg, …, thresholds: { expr: failed } } } }. */
function readSummaryExport(source: string, metrics: Fields): Map<string, Metric> {
  const out = new Map<string, Metric>();
  for (const [name, raw] of Object.entries(metrics.value)) {
    const path = metrics.at(name);
    const m = new Fields(source, path, raw);
    const values = numbers(source, path, m.value, ['thresholds']);
    // Rate metrics carry their rate as `value` in this format.
    if (values.value !== undefined && values.passes !== undefined && values.rate === undefined) values.rate = values.value;
    const thresholds = Object.entries(m.object('thresholds', { optional: true })?.value ?? {}).map(([expression, failed]) => {
      if (typeof failed !== 'boolean')
        throw new InputError(source, `${path}.thresholds[${JSON.stringify(expression)}]: expected true (failed) or false (passed), found ${describe(failed)}`);
      return { expression, passed: !failed };
    });
    out.set(name, { values, thresholds });
  }
  return out;
}

/** handleSummary() data: { metrics: { name: { type, values, thresholds: { expr: { ok } } } } }. */
function readHandleSummary(source: string, metrics: Fields): Map<string, Metric> {
  const out = new Map<string, Metric>();
  for (const [name, raw] of Object.entries(metrics.value)) {
    const path = metrics.at(name);
    const m = new Fields(source, path, raw);
    const values = numbers(source, m.at('values'), m.object('values').value, []);
    const thresholds = Object.entries(m.object('thresholds', { optional: true })?.value ?? {}).map(([expression, result]) => {
      const ok = isObject(result) ? result.ok : undefined;
      if (typeof ok !== 'boolean')
        throw new InputError(source, `${path}.thresholds[${JSON.stringify(expression)}].ok: expected true or false, found ${describe(ok)}`);
      return { expression, passed: ok };
    });
    out.set(name, { values, thresholds });
  }
  return out;
}

function metricsOf(text: string, source: string, shape: 'summary-export' | 'handleSummary'): { metrics: Map<string, Metric>; durationMs?: number } {
  const doc = new Fields(source, '', parseJson(text, source), 'a k6 summary (an object with "metrics")');
  if (!isObject(doc.value.metrics)) {
    throw new InputError(source, `metrics: expected k6 summary JSON with a "metrics" object, found ${describe(doc.value.metrics)}`);
  }
  const metrics = doc.object('metrics');
  const handleSummary = isHandleSummaryData(metrics.value);
  if (shape === 'summary-export' && handleSummary) {
    throw new InputError(
      source,
      `metrics: expected --summary-export output, found handleSummary() data (metrics with "type" and "values") — ${setOption('tool', 'k6-summary')}`,
    );
  }
  if (shape === 'handleSummary' && !handleSummary) {
    throw new InputError(
      source,
      `metrics: expected handleSummary() data (metrics with "type" and "values"), found none — is this --summary-export output? ${setOption('tool', 'k6')}`,
    );
  }
  if (shape === 'summary-export') return { metrics: readSummaryExport(source, metrics) };
  const durationMs = doc.object('state', { optional: true })?.number('testRunDurationMs', { optional: true });
  return { metrics: readHandleSummary(source, metrics), ...(durationMs !== undefined ? { durationMs } : {}) };
}

/** The aggregation a threshold reads ("p(95)" of "p(95)<500"), and its value in the metric. */
function observed(expression: string, values: Record<string, number>): number | undefined {
  const match = /^\s*(avg|min|max|med|count|rate|value|p\(\s*\d+(?:\.\d+)?\s*\))\s*(?:<|>|=|!)/.exec(expression);
  if (!match) return undefined;
  const stat = match[1]!.replace(/\s+/g, '');
  return values[stat] ?? (stat === 'value' ? values.rate : undefined);
}

function latencySummary(trend: Metric | undefined, count: number | undefined): LatencySummary | undefined {
  const v = trend?.values;
  if (!v) return undefined;
  const n = v.count ?? count;
  const fields = [v.min, v.avg, v.med, v['p(90)'], v['p(95)'], v['p(99)'], v['p(99.9)'], v.max];
  if (n === undefined || fields.some((x) => x === undefined)) return undefined;
  const [min, mean, p50, p90, p95, p99, p999, max] = fields as number[];
  return { count: n, min: min!, mean: mean!, p50: p50!, p90: p90!, p95: p95!, p99: p99!, p999: p999!, max: max! };
}

function importK6(text: string, source: string, shape: 'summary-export' | 'handleSummary'): Imported {
  const { metrics, durationMs: stated } = metricsOf(text, source, shape);
  const latencyName = metrics.has('http_req_duration') ? 'http_req_duration' : metrics.has('iteration_duration') ? 'iteration_duration' : undefined;
  if (!latencyName) throw new InputError(source, 'metrics.http_req_duration: expected the request (or iteration_duration) latency metric, found neither');
  const latency = metrics.get(latencyName)!;
  const requests = metrics.get('http_reqs')?.values;
  const iterations = metrics.get('iterations')?.values;
  const failed = metrics.get('http_req_failed')?.values;
  const name = K6_SCENARIO;
  const group = 'k6';

  const benchmarks = defined([
    ...PERCENTILES.map(([stat, metric]) => figure(name, metric, 'ms', 'smaller', [latency.values[stat]], group)),
    requests?.rate !== undefined
      ? figure(name, 'throughput', 'req/s', 'bigger', [requests.rate], group)
      : figure(name, 'throughput', 'ops/s', 'bigger', [iterations?.rate], group),
    failed?.rate !== undefined ? figure(name, 'error rate', '%', 'smaller', [failed.rate * 100], group) : undefined,
  ]);

  const count = iterations?.count ?? requests?.count ?? 0;
  const rate = iterations?.rate ?? requests?.rate ?? 0;
  // --summary-export does not say how long the run was; count / rate does.
  const durationMs = stated ?? (rate > 0 ? (count / rate) * 1000 : 0);
  const thresholds: ThresholdResult[] = [...metrics.entries()].flatMap(([metric, m]) =>
    m.thresholds.map((t) => {
      const value = observed(t.expression, m.values);
      return { metric, expression: t.expression, ...(value !== undefined ? { observed: value } : {}), passed: t.passed };
    }),
  );
  const failedCount = Math.round(failed?.passes ?? 0);
  const summary = latencySummary(latency, requests?.count);
  const vus = metrics.get('vus')?.values.max;
  const scenario: ScenarioResult = {
    name,
    group,
    executor: 'k6',
    model: 'closed',
    duration: durationMs,
    iterations: Math.round(count),
    throughput: rate,
    ...(summary ? { latency: summary } : {}),
    errors: { count: failedCount, rate: failed?.rate ?? 0, byKind: failedCount > 0 ? { http_req_failed: failedCount } : {} },
    dropped: Math.round(metrics.get('dropped_iterations')?.values.count ?? 0),
    ...(vus !== undefined ? { maxConcurrency: Math.round(vus) } : {}),
    thresholds,
    windows: [],
  };
  return { benchmarks, scenarios: [scenario] };
}

/** `k6 run --summary-export=out.json`. */
export function parseK6SummaryExport(text: string, source: string): Imported {
  return importK6(text, source, 'summary-export');
}

/** The `data` of handleSummary(), saved with JSON.stringify(data). */
export function parseK6HandleSummary(text: string, source: string): Imported {
  return importK6(text, source, 'handleSummary');
}
