// Artillery 2's JSON report (`artillery run --output report.json`): an `aggregate` snapshot
// of the whole run and `intermediate` snapshots, one per reporting period (10 s by default).
// Each snapshot has counters (http.requests, http.responses, http.codes.<status>,
// errors.<code>), rates (http.request_rate) and summaries (http.response_time: min, max,
// mean, p50, p90, p95, p99, p999 in ms). The periods are the scenario's windows and give
// the samples of its figures, so the comparison sees the run's spread over time.
//
// A request fails when it got no response (an errors.<code> counter) or a 4xx/5xx status.
// Artillery starts virtual users at a set arrival rate whatever the target does: an open model.
import { InputError } from '../../errors.ts';
import type { LatencySummary, ScenarioResult, ScenarioWindow } from '../model.ts';
import { parseJson } from './json.ts';
import { defined, figure, Fields, isObject } from './load-import.ts';
import type { Imported } from './load-import.ts';

/** The scenario Artillery figures are filed under: "artillery › p95 latency". */
export const ARTILLERY_SCENARIO = 'artillery';

const LATENCY_SUMMARIES = ['http.response_time', 'vusers.session_length'];

interface Period {
  /** Wall-clock ms the snapshot's period started at. */
  start: number | undefined;
  lastMetricAt: number | undefined;
  responses: number;
  failed: number;
  byKind: Record<string, number>;
  requestRate: number | undefined;
  latency: Record<string, number> | undefined;
}

function readSnapshot(snapshot: Fields): Period {
  const counters = snapshot.object('counters', { optional: true });
  const byKind: Record<string, number> = {};
  let responses = 0;
  let noResponse = 0;
  let badStatus = 0;
  for (const key of Object.keys(counters?.value ?? {})) {
    const value = counters!.number(key);
    const status = /^http\.codes\.(\d{3})$/.exec(key)?.[1];
    if (key === 'http.responses') responses = value;
    else if (status && Number(status) >= 400 && value > 0) {
      badStatus += value;
      byKind[`HTTP_${status}`] = value;
    } else if (key.startsWith('errors.') && value > 0) {
      noResponse += value;
      byKind[key.slice('errors.'.length)] = value;
    }
  }
  const summaries = snapshot.object('summaries', { optional: true });
  const name = LATENCY_SUMMARIES.find((n) => summaries?.value[n] !== undefined);
  let latency: Record<string, number> | undefined;
  if (name) {
    const s = summaries!.object(name);
    latency = {};
    for (const key of Object.keys(s.value)) latency[key] = s.number(key);
  }
  const rates = snapshot.object('rates', { optional: true });
  const period = snapshot.value.period;
  const start =
    typeof period === 'number'
      ? period
      : typeof period === 'string' && /^\d+$/.test(period)
        ? Number(period)
        : snapshot.number('firstMetricAt', { optional: true });
  return {
    start,
    lastMetricAt: snapshot.number('lastMetricAt', { optional: true }),
    responses: responses + noResponse,
    failed: noResponse + badStatus,
    byKind,
    requestRate: rates?.number('http.request_rate', { optional: true }),
    latency,
  };
}

function latencySummary(l: Record<string, number> | undefined): LatencySummary | undefined {
  if (!l) return undefined;
  const p50 = l.p50 ?? l.median;
  const fields = [l.count, l.min, l.mean, p50, l.p90, l.p95, l.p99, l.p999, l.max];
  if (fields.some((x) => x === undefined)) return undefined;
  const [count, min, mean, , p90, p95, p99, p999, max] = fields as number[];
  return { count: count!, min: min!, mean: mean!, p50: p50!, p90: p90!, p95: p95!, p99: p99!, p999: p999!, max: max! };
}

export function parseArtillery(text: string, source: string): Imported {
  const doc = new Fields(source, '', parseJson(text, source), 'an Artillery report (an object with "aggregate")');
  if (!isObject(doc.value.aggregate)) {
    throw new InputError(
      source,
      `aggregate: expected an Artillery report (artillery run --output) with an "aggregate" object, found ${doc.value.aggregate === undefined ? 'none' : 'something else'}`,
    );
  }
  const aggregateFields = doc.object('aggregate');
  if (aggregateFields.value.latency !== undefined && aggregateFields.value.summaries === undefined) {
    throw new InputError(
      source,
      'aggregate.summaries: expected an Artillery 2 report, found an Artillery 1 report (aggregate.latency); run it again with Artillery 2',
    );
  }
  const aggregate = readSnapshot(aggregateFields);
  if (!aggregate.latency) {
    throw new InputError(source, `aggregate.summaries: expected a latency summary (${LATENCY_SUMMARIES.join(' or ')}), found none`);
  }
  const list = doc.value.intermediate;
  if (list !== undefined && !Array.isArray(list)) throw new InputError(source, 'intermediate: expected an array of period snapshots, found something else');
  const periods = (list ?? [])
    .map((snapshot, i) => readSnapshot(new Fields(source, `intermediate[${i}]`, snapshot)))
    .filter((p) => p.start !== undefined)
    .sort((a, b) => a.start! - b.start!);

  const firstMetricAt = aggregateFields.number('firstMetricAt', { optional: true }) ?? periods[0]?.start;
  const lastMetricAt = aggregateFields.number('lastMetricAt', { optional: true }) ?? periods.at(-1)?.lastMetricAt;
  const durationMs = firstMetricAt !== undefined && lastMetricAt !== undefined ? Math.max(0, lastMetricAt - firstMetricAt) : 0;
  const origin = periods[0]?.start ?? firstMetricAt ?? 0;

  const windows: ScenarioWindow[] = periods.map((p, i) => {
    const next = periods[i + 1]?.start;
    const end = next ?? Math.max(p.lastMetricAt ?? p.start!, p.start! + 1);
    const duration = Math.max(1, end - p.start!);
    const l = p.latency;
    return {
      start: p.start! - origin,
      duration,
      iterations: Math.round(p.responses),
      errors: Math.round(p.failed),
      dropped: 0,
      throughput: (p.responses * 1000) / duration,
      ...(l && (l.p50 ?? l.median) !== undefined && p.responses > 0 ? { p50: (l.p50 ?? l.median)! } : {}),
      ...(l?.p95 !== undefined && p.responses > 0 ? { p95: l.p95 } : {}),
      ...(l?.p99 !== undefined && p.responses > 0 ? { p99: l.p99 } : {}),
    };
  });

  // Figures per period where there are periods, else the aggregate's one value.
  const series = (pick: (p: Period) => number | undefined): Array<number | undefined> => {
    const per = periods.filter((p) => p.responses > 0).map(pick);
    return per.some((x) => x !== undefined) ? per : [pick(aggregate)];
  };
  const name = ARTILLERY_SCENARIO;
  const group = 'artillery';
  const throughputOf = (p: Period): number | undefined => p.requestRate;
  const benchmarks = defined([
    figure(
      name,
      'p50 latency',
      'ms',
      'smaller',
      series((p) => p.latency?.p50 ?? p.latency?.median),
      group,
    ),
    figure(
      name,
      'p95 latency',
      'ms',
      'smaller',
      series((p) => p.latency?.p95),
      group,
    ),
    figure(
      name,
      'p99 latency',
      'ms',
      'smaller',
      series((p) => p.latency?.p99),
      group,
    ),
    figure(name, 'throughput', 'req/s', 'bigger', series(throughputOf), group),
    figure(
      name,
      'error rate',
      '%',
      'smaller',
      series((p) => (p.responses > 0 ? (p.failed / p.responses) * 100 : undefined)),
      group,
    ),
  ]);

  const summary = latencySummary(aggregate.latency);
  const scenario: ScenarioResult = {
    name,
    group,
    executor: 'artillery',
    model: 'open',
    duration: durationMs,
    iterations: Math.round(aggregate.responses),
    throughput: aggregate.requestRate ?? (durationMs > 0 ? (aggregate.responses * 1000) / durationMs : 0),
    ...(summary ? { latency: summary } : {}),
    errors: { count: Math.round(aggregate.failed), rate: aggregate.responses > 0 ? aggregate.failed / aggregate.responses : 0, byKind: aggregate.byKind },
    dropped: 0,
    thresholds: [],
    windows,
  };
  return { benchmarks, scenarios: [scenario] };
}
