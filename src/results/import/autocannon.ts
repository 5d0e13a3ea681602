// autocannon's `--json` output (one JSON object per run). It gives aggregates only:
// latency percentiles of successful responses in ms, and percentiles of the requests
// completed per second. The per-second counts are rebuilt from those percentiles (one
// value per second sampled, at evenly spaced quantiles), so the comparison sees the
// run's spread from second to second rather than one number. The scenario is named by
// the run's title (`--title`), else its URL.
//
// autocannon keeps a fixed number of connections busy (a closed model, unless --overallRate
// is set), so its figures are labelled closed. Its error rate counts what autocannon calls
// failures: socket errors and timeouts, non-2xx responses and body mismatches.
import { InputError } from '../../errors.ts';
import type { ScenarioResult } from '../model.ts';
import { parseJson } from './json.ts';
import { defined, figure, Fields } from './load-import.ts';
import type { Imported } from './load-import.ts';

const QUANTILES: Array<[string, number]> = [
  ['p0_001', 0.00001],
  ['p0_01', 0.0001],
  ['p0_1', 0.001],
  ['p1', 0.01],
  ['p2_5', 0.025],
  ['p10', 0.1],
  ['p25', 0.25],
  ['p50', 0.5],
  ['p75', 0.75],
  ['p90', 0.9],
  ['p97_5', 0.975],
  ['p99', 0.99],
  ['p99_9', 0.999],
  ['p99_99', 0.9999],
  ['p99_999', 0.99999],
];

/** `n` values at quantiles (i + ½)/n of a distribution known by its percentiles (step between them). */
function rebuild(requests: Fields, n: number): number[] {
  const known = QUANTILES.flatMap(([key, q]) => {
    const v = requests.number(key, { optional: true });
    return v === undefined ? [] : [{ q, v }];
  });
  if (known.length === 0) return [];
  return Array.from({ length: n }, (_, i) => {
    const q = (i + 0.5) / n;
    // The smallest listed percentile at or above q: how an HDR histogram answers a quantile.
    return (known.find((k) => k.q >= q) ?? known[known.length - 1]!).v;
  });
}

export function parseAutocannon(text: string, source: string): Imported {
  const doc = parseJson(text, source);
  if (Array.isArray(doc)) throw new InputError(source, 'expected one autocannon --json result (an object with "latency" and "requests"), found an array');
  const run = new Fields(source, '', doc, 'an autocannon --json result (an object with "latency" and "requests")');
  if (run.value.latency === undefined || run.value.requests === undefined) {
    throw new InputError(
      source,
      `expected autocannon --json output with "latency" and "requests", found ${run.value.latency === undefined ? 'no "latency"' : 'no "requests"'}`,
    );
  }
  const title = run.string('title', { optional: true });
  const url = run.value.url;
  const name = title && title.trim() !== '' ? title : typeof url === 'string' && url !== '' ? url : Array.isArray(url) ? url.join(', ') : 'autocannon';
  const latency = run.object('latency');
  const requests = run.object('requests');
  const durationS = run.number('duration');
  const total = requests.number('total');
  const seconds = run.number('samples', { optional: true }) ?? 0;
  const errors = run.number('errors', { optional: true }) ?? 0;
  const timeouts = run.number('timeouts', { optional: true }) ?? 0;
  const mismatches = run.number('mismatches', { optional: true }) ?? 0;
  const non2xx = run.number('non2xx', { optional: true }) ?? 0;
  const failed = errors + mismatches + non2xx;
  const attempts = total + errors;
  const errorRate = attempts > 0 ? failed / attempts : 0;

  const byKind: Record<string, number> = {};
  const codes = run.object('statusCodeStats', { optional: true });
  for (const [code, stats] of Object.entries(codes?.value ?? {})) {
    if (/^2\d\d$/.test(code)) continue;
    const count = new Fields(source, codes!.at(code), stats).number('count');
    if (count > 0) byKind[`HTTP_${code}`] = count;
  }
  if (timeouts > 0) byKind.TIMEOUT = timeouts;
  if (errors - timeouts > 0) byKind.NETWORK = errors - timeouts;
  if (mismatches > 0) byKind.MISMATCH = mismatches;

  const perSecond = seconds > 0 ? rebuild(requests, seconds) : [requests.number('average')];
  const connections = run.number('connections', { optional: true });
  const benchmarks = defined([
    figure(name, 'p50 latency', 'ms', 'smaller', [latency.number('p50', { optional: true })], 'autocannon'),
    figure(name, 'p90 latency', 'ms', 'smaller', [latency.number('p90', { optional: true })], 'autocannon'),
    figure(name, 'p97.5 latency', 'ms', 'smaller', [latency.number('p97_5', { optional: true })], 'autocannon'),
    figure(name, 'p99 latency', 'ms', 'smaller', [latency.number('p99', { optional: true })], 'autocannon'),
    figure(name, 'throughput', 'req/s', 'bigger', perSecond, 'autocannon'),
    figure(name, 'error rate', '%', 'smaller', [errorRate * 100], 'autocannon'),
  ]);
  const scenario: ScenarioResult = {
    name,
    group: 'autocannon',
    executor: 'autocannon',
    model: 'closed',
    duration: durationS * 1000,
    iterations: Math.round(total),
    throughput: durationS > 0 ? total / durationS : 0,
    // No latency summary: autocannon lists no p95, and the summary has no field to leave out.
    errors: { count: Math.round(failed), rate: errorRate, byKind },
    dropped: 0,
    ...(connections !== undefined ? { maxConcurrency: connections * (run.number('pipelining', { optional: true }) ?? 1) } : {}),
    thresholds: [],
    windows: [],
  };
  return { benchmarks, scenarios: [scenario] };
}
