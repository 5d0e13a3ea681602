// A scenario's per-window figures go through the same comparison as any benchmark: a target
// twice as slow is a regression of p95, and the same target again is not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { compare } from '../../src/compare/compare.ts';
import { runScenario } from '../../src/load/run-scenario.ts';
import { scenarioBenchmarks, toScenarioResult } from '../../src/load/to-results.ts';
import { serializeResults } from '../../src/results/io.ts';
import { parseResults } from '../../src/results/import/parse.ts';
import type { RunResult } from '../../src/results/model.ts';

/** A run whose generator fell this far behind says more about the machine than the target. */
const STARVED_LAG_P95_MS = 15;

async function measureTarget(serviceMs: number, id: string): Promise<RunResult> {
  let outcome;
  // The scheduler lag tells when the generator itself was starved of CPU; such a run is measured again.
  for (let attempt = 0; attempt < 3; attempt++) {
    outcome = await runScenario({ name: 'lookup', executor: 'constant-arrival-rate', rate: 120, duration: '3s', window: '250ms' }, async () => {
      await sleep(serviceMs);
    });
    if (outcome.schedulerLag!.p95 < STARVED_LAG_P95_MS) break;
  }
  if (!outcome) throw new Error('unreachable');
  const run: RunResult = {
    format: 'benchgate/results',
    version: 1,
    suite: 'load',
    run: { id, time: new Date().toISOString(), tool: 'benchgate', env: { node: process.version, os: 'linux', arch: 'x64', cpu: 'test', cores: 2 } },
    benchmarks: scenarioBenchmarks(outcome, 'lookup.load.ts'),
    scenarios: [toScenarioResult(outcome, 'lookup.load.ts')],
  };
  // Through the file format and back, as a stored baseline would be.
  return parseResults(serializeResults(run), `${id}.json`);
}

// The runs compared here are seconds apart in one process, so the between-run noise is set for
// that (the defaults are for runs in separate CI jobs, where whole runs move by tens of percent).
const OPTIONS = { defaultRunNoise: 0.05, defaultCommonNoise: 0.1 };

test('a target twice as slow is a regression of p95 latency; the same target is unchanged', async () => {
  const baseline = await measureTarget(50, 'baseline');
  const same = await measureTarget(50, 'same');
  const slower = await measureTarget(100, 'slower');

  const p95 = baseline.benchmarks.find((b) => b.name === 'lookup › p95 latency')!;
  assert.equal(p95.unit, 'ms');
  assert.equal(p95.direction, 'smaller');
  assert.ok(p95.samples.length >= 8, `${p95.samples.length} windows of about 30 iterations each`);

  const verdict = (head: RunResult, name: string) => compare(head, baseline, [], OPTIONS).benchmarks.find((b) => b.name === name)!;
  const regressed = verdict(slower, 'lookup › p95 latency');
  assert.equal(regressed.verdict, 'regression', regressed.reason);
  assert.ok(regressed.change! > 0.4, `p95 change ${regressed.change}`);
  assert.equal(verdict(slower, 'lookup › p50 latency').verdict, 'regression');
  // In the open model the target sets no pace: throughput is what was asked for on both sides.
  assert.notEqual(verdict(slower, 'lookup › throughput').verdict, 'regression');

  const unchanged = verdict(same, 'lookup › p95 latency');
  assert.ok(unchanged.verdict === 'unchanged' || unchanged.verdict === 'inconclusive', `${unchanged.verdict}: ${unchanged.reason}`);
  assert.notEqual(verdict(same, 'lookup › error rate').verdict, 'regression');
});
