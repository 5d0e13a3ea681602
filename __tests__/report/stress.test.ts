// The capacity section of the report: breaking point, sustainable rate at the thresholds, USL
// peak, memory per operation, soak drift and scaling advice, escaped, and robust to results
// files whose blocks have any shape.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MemoryBlock } from '../../src/load/memory.ts';
import type { SoakBlock } from '../../src/load/soak.ts';
import type { CapacityBlock } from '../../src/load/stress.ts';
import type { ScenarioResult } from '../../src/results/model.ts';
import { renderCapacityMarkdown, renderCapacityTerminal } from '../../src/report/capacity.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { renderTerminal } from '../../src/report/terminal.ts';
import { comparison, HOSTILE_NAMES } from '../support/report-helpers.ts';

function scenario(name: string, extra: Partial<ScenarioResult>): ScenarioResult {
  return {
    name,
    executor: 'constant-arrival-rate',
    model: 'open',
    duration: 2_000,
    iterations: 1_600,
    throughput: 800,
    latency: { count: 1_600, min: 5, mean: 6, p50: 5.8, p90: 7, p95: 8.2, p99: 12, p999: 20, max: 25 },
    errors: { count: 0, rate: 0, byKind: {} },
    dropped: 0,
    thresholds: [{ metric: 'latency', expression: 'p(95)<250', observed: 8.2, passed: true }],
    windows: [],
    ...extra,
  };
}

const capacity: CapacityBlock = {
  sustainableRate: 787.5,
  breakingRate: 825,
  breakingReasons: ['completed 771/s of the 825/s offered'],
  kneeConcurrency: 4.6,
  maxThroughput: 799,
  stoppedBy: 'broke',
  criteria: { maxErrorRate: 0.01, throughputTolerance: 0.03, precision: 0.03 },
  steps: [
    { rate: 400, throughput: 399, p95: 6, errorRate: 0, inFlight: 2.3, thresholdsOk: true, phase: 'ramp', ok: true, reasons: [], dropped: 0 },
    { rate: 600, throughput: 601, p95: 7, errorRate: 0, inFlight: 3.4, thresholdsOk: true, phase: 'ramp', ok: true, reasons: [], dropped: 0 },
    {
      rate: 900,
      throughput: 790,
      p95: 90,
      errorRate: 0,
      inFlight: 40,
      thresholdsOk: true,
      phase: 'ramp',
      ok: false,
      reasons: ['completed 790/s of the 900/s offered'],
      dropped: 0,
    },
  ],
  usl: { sigma: 0.08, kappa: 0.0004, lambda: 190, peakConcurrency: 48, peakThroughput: 1_610, rSquared: 0.97, points: 9, warnings: [] },
  searchDuration: 16_000,
};

const memory: MemoryBlock = {
  verdict: 'leak',
  reason: 'memory kept after garbage collection grows by 1054 B/op',
  growthPerOp: 1_054,
  ci: [1_050, 1_058],
  confidence: 0.95,
  threshold: 64,
  heapGrowthPerOp: 1_050,
  operations: 2_000,
  samples: 21,
  outliers: 0,
  peakHeap: 24 * 1024 * 1024,
  peakRss: 90 * 1024 * 1024,
  retainedStart: 9e6,
  retainedEnd: 11e6,
  warmup: 200,
  sampleEvery: 50,
  readings: [],
};

const soak: SoakBlock = {
  verdict: 'drift',
  reasons: ['p95 latency drifted +95% over the run (10.0 → 19.5 ms; 95% CI +80% to +110%), beyond the +20% allowed'],
  latencyDrift: 0.2,
  leakThreshold: 64,
  forcedGc: true,
  readings: [],
  memoryEvery: 10_000,
};

/** What a reader sees: markdown's backslash escapes resolved. */
function shown(md: string): string {
  return md.replace(/\\(.)/g, '$1');
}

const run = [
  scenario('checkout stress', { executor: 'stress', capacity }),
  scenario('session cache', { executor: 'memory', model: 'closed', memory }),
  scenario('overnight', { executor: 'soak', duration: 300_000, soak }),
];

test('shows the breaking point, the sustainable rate at the thresholds, the USL peak and advice', () => {
  const md = shown(renderCapacityMarkdown(run));
  assert.match(md, /^#### Capacity\n/);
  assert.match(md, /\*\*checkout stress\*\* \(stress\)/);
  assert.match(md, /- \*\*Breaking point:\*\* 825 ops\/s — completed 771\/s of the 825\/s offered/);
  assert.match(md, /- \*\*Sustainable rate:\*\* 788 ops\/s \(every threshold held: p95 8\.20 ms, 0% errors\), about 4\.6 in flight \(Little's law\)/);
  assert.match(md, /- \*\*USL:\*\* peak 1\.61k ops\/s at 48 in flight \(σ 0\.08, κ 0\.0004, R² 0\.97\)/);
  assert.match(md, /Plan for at most 630 ops\/s \(80% of the sustainable rate\)/);
  assert.match(md, /Size pools \(database connections, workers\) for at least 5 operations in flight/);
  // No step beyond 48 in flight completed less: the fall is the curve's guess, not a measurement.
  assert.match(md, /peaks at about 48 operations in flight and gains nothing beyond it/);
  assert.match(md, /About 8% of the work is serialised \(contention\): more concurrency gives at most 13× one unit's throughput/);
});

test('shows memory per operation with its interval and verdict, and what a leak costs at the sustainable rate', () => {
  const md = shown(renderCapacityMarkdown(run));
  assert.match(md, /\*\*session cache\*\* \(memory\)/);
  assert.match(md, /- \*\*Memory per operation:\*\* 1\.03 KiB\/op \[1\.03 KiB\/op to 1\.03 KiB\/op\] — a leak against a threshold of 64\.0 B\/op/);
  assert.match(md, /- \*\*Peak:\*\* heap 24\.0 MiB, RSS 90\.0 MiB/);
  // 1,054 B × 787.5/s × 3,600 s ≈ 2.78 GiB an hour.
  assert.match(md, /At the sustainable rate checkout stress found, 788 ops\/s, that is 2\.78 GiB an hour/);
  assert.match(md, /0\.982 GiB per million operations/);
});

test('shows a soak verdict with what drifted', () => {
  const md = shown(renderCapacityMarkdown(run));
  assert.match(md, /\*\*overnight\*\* \(soak\)\n- \*\*Soak:\*\* drift over 5 min/);
  assert.match(md, /- \*\*Drift:\*\* p95 latency drifted \+95% over the run/);
  const stable = shown(renderCapacityMarkdown([scenario('calm', { soak: { ...soak, verdict: 'stable', reasons: [] } })]));
  assert.match(stable, /- \*\*Soak:\*\* stable over 2 s: neither latency nor memory drifted/);
  assert.doesNotMatch(stable, /Advice/);
});

test('says plainly when nothing broke, or when even the first rate was too much', () => {
  const never = shown(
    renderCapacityMarkdown([
      scenario('roomy', {
        capacity: { ...capacity, breakingRate: undefined, breakingReasons: undefined, stoppedBy: 'max-rate', sustainableRate: 2_000, usl: undefined },
      }),
    ]),
  );
  assert.match(never, /Breaking point:\*\* not reached: still within every limit at 2\.00k ops\/s/);
  assert.match(never, /The limit is above 2\.00k ops\/s: raise maxRate to find it/);
  const first = shown(
    renderCapacityMarkdown([
      scenario('swamped', { capacity: { ...capacity, sustainableRate: undefined, kneeConcurrency: undefined, breakingRate: 400, usl: undefined } }),
    ]),
  );
  assert.match(first, /Sustainable rate:\*\* none: even the first rate, 400 ops\/s, broke a limit/);
  assert.match(first, /Start lower \(startRate\)/);
});

test('says throughput falls past the peak only when a measured step did', () => {
  const falling = { ...capacity, steps: [...capacity.steps, { ...capacity.steps[2]!, rate: 1_200, inFlight: 80, throughput: 1_100 }] };
  const md = shown(renderCapacityMarkdown([scenario('retrograde', { capacity: falling })]));
  assert.match(md, /peaks at about 48 operations in flight and falls beyond it \(coherency cost\)/);
});

test('a fit with warnings is shown with them, and its advice is to measure more', () => {
  const md = shown(
    renderCapacityMarkdown([
      scenario('wobbly', {
        capacity: { ...capacity, usl: { ...capacity.usl!, warnings: ['poor fit: the curve explains 40% of the throughput’s variation'] } },
      }),
    ]),
  );
  assert.match(md, /- \*\*Warning:\*\* poor fit: the curve explains 40% of the throughput’s variation/);
  assert.match(md, /The scalability fit is not reliable enough to plan on/);
  assert.doesNotMatch(md, /serialised/);
});

test('escapes hostile scenario names and reasons from a results file', () => {
  for (const hostile of HOSTILE_NAMES) {
    const md = renderCapacityMarkdown([scenario(hostile, { capacity: { ...capacity, breakingReasons: [hostile] }, soak: { ...soak, reasons: [hostile] } })]);
    assert.doesNotMatch(md, /<(?!br>)/, `raw < for ${JSON.stringify(hostile)}`);
    assert.doesNotMatch(md, /@(?!\u200B)[a-z]/i, `mention for ${JSON.stringify(hostile)}`);
    assert.doesNotMatch(md, /[\u202A-\u202E\u001B]/, `control for ${JSON.stringify(hostile)}`);
    // Every line stays one line: no name can open a heading, a quote or a list of its own.
    for (const line of md.split('\n')) assert.match(line, /^(#### Capacity|\*\*.*\*\* \((stress|soak)\)|- \*\*[A-Za-z ]+:\*\* .*|)$/, line);
    const text = renderCapacityTerminal([scenario(hostile, { capacity: { ...capacity, breakingReasons: [hostile] } })]);
    assert.doesNotMatch(text, /[\u0000-\u0009\u000B-\u001F\u007F\u202A-\u202E]/, `terminal control for ${JSON.stringify(hostile)}`);
  }
});

test('blocks of the wrong shape are skipped field by field, never shown as NaN or undefined', () => {
  const odd = [
    scenario('odd', {
      capacity: { sustainableRate: 'lots', breakingRate: Infinity, breakingReasons: 'nope', usl: 'x', steps: 5, maxThroughput: null },
      memory: { growthPerOp: '1kB', ci: 'wide', peakHeap: -1 },
      soak: { verdict: 'maybe', reasons: [1, 'still here'] },
    }),
    scenario('array', { capacity: [] as unknown as CapacityBlock }),
  ];
  const md = shown(renderCapacityMarkdown(odd));
  assert.doesNotMatch(md, /NaN|undefined|null|\[object/);
  assert.match(md, /Breaking point:\*\* not found before the search stopped/);
  assert.match(md, /still here/);
  assert.doesNotThrow(() => renderCapacityTerminal(odd));
});

test('is empty when no scenario has capacity, memory or soak figures, or a scenario failed', () => {
  assert.equal(renderCapacityMarkdown(undefined), '');
  assert.equal(renderCapacityMarkdown([scenario('plain', {})]), '');
  assert.equal(renderCapacityMarkdown([scenario('broken', { error: 'setup failed', capacity })]), '');
  assert.equal(renderCapacityTerminal([]), '');
});

test('appears in the PR comment and the terminal report after the load scenarios', () => {
  const c = comparison([], { scenarios: run });
  const md = shown(renderMarkdown(c));
  assert.ok(md.indexOf('#### Capacity') > md.indexOf('#### Load scenarios'), 'capacity follows the load section');
  assert.match(md, /Breaking point:\*\* 825 ops\/s/);
  const text = renderTerminal(c, { color: false } as never);
  assert.match(text, /\nCapacity\n {2}checkout stress \(stress\)\n {4}Breaking point: 825 ops\/s/);
});
