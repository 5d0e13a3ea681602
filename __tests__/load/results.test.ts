// Load scenarios in the results model: what the engine gives becomes a ScenarioResult and
// comparable benchmarks that survive the file format; the validator and the schema agree.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runScenario } from '../../src/load/run-scenario.ts';
import { failedScenario, scenarioBenchmarks, toScenarioResult } from '../../src/load/to-results.ts';
import { serializeResults } from '../../src/results/io.ts';
import { parseResults } from '../../src/results/import/parse.ts';
import type { RunResult, ScenarioResult } from '../../src/results/model.ts';
import { findIssues } from '../../src/results/validate.ts';

const schema = JSON.parse(readFileSync(new URL('../../schema/results.schema.json', import.meta.url), 'utf8'));
const schemaAccepts = new Ajv2020({ allErrors: true }).compile(schema);

function runWith(scenarios: ScenarioResult[], benchmarks: RunResult['benchmarks'] = []): RunResult {
  return {
    format: 'benchgate/results',
    version: 1,
    suite: 'load',
    run: { id: 'r1', time: '2026-01-31T09:30:00.000Z', tool: 'benchgate', env: { node: 'v24.0.0', os: 'linux', arch: 'x64', cpu: 'test', cores: 2 } },
    benchmarks,
    scenarios,
  };
}

const scenario = (): ScenarioResult => ({
  name: 'checkout <script>',
  group: 'benchmarks/shop.load.ts',
  executor: 'constant-arrival-rate',
  model: 'open',
  duration: 3000,
  iterations: 300,
  throughput: 100,
  latency: { count: 300, min: 1, mean: 5, p50: 4, p90: 8, p95: 9, p99: 20, p999: 30, max: 31 },
  errors: { count: 3, rate: 0.01, byKind: { ECONNRESET: 2, timeout: 1 } },
  dropped: 0,
  schedulerLag: { count: 300, min: 0, mean: 0.1, p50: 0.01, p90: 0.2, p95: 0.3, p99: 1, p999: 2, max: 2 },
  maxConcurrency: 4,
  thresholds: [{ metric: 'latency', expression: 'p(95)<5', observed: 9, passed: false, abortOnFail: true }],
  aborted: 'threshold broke',
  windows: [{ start: 0, duration: 1000, iterations: 100, errors: 1, dropped: 0, throughput: 100, p50: 4, p95: 9, p99: 20 }],
  capacity: { knee: { rate: 900 }, usl: { sigma: 0.02 } },
});

describe('scenarios in a results file', () => {
  it('are accepted by the validator and the schema, and read back unchanged', () => {
    const run = runWith([scenario()], [{ name: 'checkout <script> › error rate', unit: '%', direction: 'smaller', samples: [0, 1, 0] }]);
    assert.deepEqual(findIssues(run), []);
    assert.ok(schemaAccepts(run), JSON.stringify(schemaAccepts.errors));
    const back = parseResults(serializeResults(run), 'run.json');
    assert.deepEqual(back.scenarios, [scenario()]);
    assert.ok(schemaAccepts(JSON.parse(serializeResults(run))), JSON.stringify(schemaAccepts.errors));
  });

  it('keep the blocks other executors fill as they are, and drop fields nobody knows', () => {
    const doc = JSON.parse(JSON.stringify(runWith([{ ...scenario(), memory: { slope: 1024, leak: true } }])));
    doc.scenarios[0].surprise = 1;
    const back = parseResults(JSON.stringify(doc), 'run.json');
    assert.deepEqual(back.scenarios![0]!.memory, { slope: 1024, leak: true });
    assert.deepEqual(back.scenarios![0]!.capacity, { knee: { rate: 900 }, usl: { sigma: 0.02 } });
    assert.equal('surprise' in back.scenarios![0]!, false);
  });

  it('a run without scenarios has no scenarios field when written', () => {
    const { scenarios: _, ...plain } = runWith([]);
    assert.equal('scenarios' in JSON.parse(serializeResults(plain as RunResult)), false);
  });

  const bad: [string, (s: Record<string, unknown>) => void, boolean][] = [
    ['a model that is neither open nor closed', (s) => (s.model = 'half-open'), true],
    ['a negative throughput', (s) => (s.throughput = -1), true],
    ['an error rate above 1', (s) => ((s.errors as { rate: number }).rate = 1.5), true],
    ['an error count by kind that is not whole', (s) => ((s.errors as { byKind: Record<string, number> }).byKind.timeout = 0.5), true],
    ['a threshold without passed', (s) => delete (s.thresholds as Record<string, unknown>[])[0]!.passed, true],
    ['a window without iterations', (s) => delete (s.windows as Record<string, unknown>[])[0]!.iterations, true],
    ['a latency summary missing p99', (s) => delete (s.latency as Record<string, unknown>).p99, true],
    ['a capacity block that is not an object', (s) => (s.capacity = [1, 2]), true],
    ['missing windows', (s) => delete s.windows, true],
  ];
  for (const [what, breakIt, schemaCatches] of bad) {
    it(`both reject ${what}`, () => {
      const doc = JSON.parse(JSON.stringify(runWith([scenario()])));
      breakIt(doc.scenarios[0]);
      const issues = findIssues(doc);
      assert.notDeepEqual(issues, []);
      assert.match(issues[0]!.path, /^scenarios\[0\]/);
      assert.equal(schemaAccepts(doc), !schemaCatches, JSON.stringify(schemaAccepts.errors));
    });
  }

  it('only the validator rejects two scenarios with one name (the schema cannot say)', () => {
    const doc = runWith([scenario(), scenario()]);
    assert.match(findIssues(doc)[0]!.message, /expected a name not used before/);
    assert.ok(schemaAccepts(doc));
  });

  it('zero samples are allowed for a rate in percent only', () => {
    const zero = (unit: string) => runWith([], [{ name: 'x', unit, direction: 'smaller', samples: [0, 0.5] }]);
    assert.deepEqual(findIssues(zero('%')), []);
    assert.ok(schemaAccepts(zero('%')));
    assert.match(findIssues(zero('ms'))[0]!.message, /expected a finite positive number, found 0/);
    assert.equal(schemaAccepts(zero('ms')), false);
    assert.equal(schemaAccepts(runWith([], [{ name: 'x', unit: '%', direction: 'smaller', samples: [-1] }])), false);
  });
});

describe('from a run to the results model', () => {
  it('names the comparable figures after the scenario, with units and directions, and per-window samples', async () => {
    const outcome = await runScenario({ name: 'search', executor: 'constant-arrival-rate', rate: 200, duration: '3s', window: '500ms' }, async (_d, ctx) => {
      if (ctx.iteration % 50 === 0) throw new Error('sometimes');
    });
    const benchmarks = scenarioBenchmarks(outcome, 'benchmarks/search.load.ts');
    assert.deepEqual(
      benchmarks.map((b) => [b.name, b.unit, b.direction, b.group]),
      [
        ['search › p50 latency', 'ms', 'smaller', 'benchmarks/search.load.ts'],
        ['search › p95 latency', 'ms', 'smaller', 'benchmarks/search.load.ts'],
        ['search › p99 latency', 'ms', 'smaller', 'benchmarks/search.load.ts'],
        ['search › throughput', 'ops/s', 'bigger', 'benchmarks/search.load.ts'],
        ['search › error rate', '%', 'smaller', 'benchmarks/search.load.ts'],
      ],
    );
    const byName = Object.fromEntries(benchmarks.map((b) => [b.name, b.samples]));
    // 100 iterations a window: each window is its own p95 sample; p99 needs 100 and may merge.
    assert.ok(byName['search › p95 latency']!.length >= 3);
    assert.ok(byName['search › p99 latency']!.length >= 1 && byName['search › p99 latency']!.length <= byName['search › p95 latency']!.length);
    // Per-window throughput is about the rate; a busy machine moves single windows, so the mean is what is held to it, loosely.
    const throughput = byName['search › throughput']!;
    const mean = throughput.reduce((a, b) => a + b, 0) / throughput.length;
    assert.ok(throughput.length >= 3 && mean > 100 && mean < 300, `${throughput}`);
    const rates = byName['search › error rate']!;
    assert.ok(Math.abs(rates.reduce((a, b) => a + b, 0) / rates.length - 2) < 1, `about 2% failed: ${rates}`);

    const run = runWith([toScenarioResult(outcome, 'benchmarks/search.load.ts')], benchmarks);
    assert.deepEqual(findIssues(run), []);
    assert.ok(schemaAccepts(JSON.parse(serializeResults(run))), JSON.stringify(schemaAccepts.errors));
    assert.equal('samples' in run.scenarios![0]!, false);
    assert.equal('histogram' in run.scenarios![0]!, false);
  });

  it('merges windows with too few iterations for a percentile', async () => {
    // 40 a second in 250 ms windows: 10 per window, so p95 (20 needed) takes two windows and p99 (100) ten.
    const outcome = await runScenario({ name: 'slow trickle', executor: 'constant-arrival-rate', rate: 40, duration: '3s', window: '250ms' }, async () => {});
    assert.ok(outcome.windows.length >= 12);
    assert.ok(outcome.samples.p50.length >= 10, `p50 ${outcome.samples.p50.length}`);
    assert.ok(outcome.samples.p95.length >= 5 && outcome.samples.p95.length <= 7, `p95 ${outcome.samples.p95.length}`);
    assert.equal(outcome.samples.p99.length, 1);
  });

  it('a scenario that failed is one failed benchmark, so the gate sees it', () => {
    const failed = failedScenario('broken', 'constant-vus', 'closed', 'setup failed: no database');
    assert.deepEqual(scenarioBenchmarks(failed), [
      { name: 'broken › p95 latency', unit: 'ms', direction: 'smaller', error: 'setup failed: no database', samples: [] },
    ]);
    const run = runWith([toScenarioResult(failed)], scenarioBenchmarks(failed));
    assert.deepEqual(findIssues(run), []);
  });
});
