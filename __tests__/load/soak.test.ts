// The soak executor flags drift: latency that worsens over the run (a trend, or a step), memory
// that keeps growing; and a steady target is called stable. The analysis is checked on windows
// whose truth is known, then the executor on short real runs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { UsageError } from '../../src/errors.ts';
import { runScenario } from '../../src/load/run-scenario.ts';
import { analyzeSoak, defaultSoakDuration, findChangePoint, type SoakBlock, type SoakMemoryReading } from '../../src/load/soak.ts';
import { seededRandom as random } from '../../src/stats/random.ts';

/** One window a second for `count` seconds, p95 from `p95At(second)` with ±`noise` relative jitter. */
function windows(count: number, p95At: (second: number) => number, noise: number, seed: number) {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, i) => ({
    start: i * 1_000,
    duration: 1_000,
    iterations: 500,
    p95: p95At(i) * (1 + noise * (2 * rnd() - 1)),
  }));
}

function flatMemory(count: number, perOp = 0): SoakMemoryReading[] {
  return Array.from({ length: count }, (_, i) => ({
    at: i * 10_000,
    operations: i * 5_000,
    heapUsed: 20e6 + perOp * i * 5_000 + (i % 2) * 4_000,
    external: 1e6,
    rss: 80e6,
  }));
}

test('a steady target with noisy windows is stable', () => {
  for (let seed = 1; seed <= 20; seed++) {
    const result = analyzeSoak({ windows: windows(60, () => 12, 0.15, seed), memory: flatMemory(7), forcedGc: true });
    assert.equal(result.verdict, 'stable', `seed ${seed}: ${result.reasons.join('; ')}`);
    assert.ok(Math.abs(result.latency?.change ?? 1) < 0.1);
  }
});

test('p95 that climbs from 10 to 20 ms over the run is drift, with the change and its interval', () => {
  const result = analyzeSoak({ windows: windows(60, (s) => 10 * 2 ** (s / 59), 0.1, 3), memory: [], forcedGc: true });
  assert.equal(result.verdict, 'drift');
  const change = result.latency?.change ?? 0;
  assert.ok(change > 0.8 && change < 1.2, `change ${change}`);
  assert.ok((result.latency?.ci[0] ?? 0) > 0.2);
  assert.match(result.reasons[0] ?? '', /^p95 latency drifted \+\d+% over the run \(\d.* → .* ms; 95% CI/);
});

test('a step in p95 two thirds of the way through is found where it happened', () => {
  const steps = windows(60, (s) => (s < 40 ? 10 : 16), 0.1, 5);
  const point = findChangePoint(
    steps.map((w) => w.start + 500),
    steps.map((w) => w.p95),
  );
  assert.ok(point);
  // Noise may move the best split by a window either way.
  assert.ok(Math.abs(point.at - 40_500) <= 1_000, `at ${point.at}`);
  assert.ok(point.change > 0.5 && point.change < 0.7, `change ${point.change}`);
  assert.ok(point.pValue < 1e-6);
  const result = analyzeSoak({ windows: steps, memory: [], forcedGc: true });
  assert.equal(result.verdict, 'drift');
  assert.ok(
    result.reasons.some((r) => /^p95 latency stepped \+\d+% at 4[01]\.5 s/.test(r)),
    result.reasons.join('; '),
  );
});

test('memory that keeps growing by 1 KB per operation is drift; flat memory is not', () => {
  const leak = analyzeSoak({ windows: [], memory: flatMemory(12, 1_000), forcedGc: true });
  assert.equal(leak.verdict, 'drift');
  assert.ok(Math.abs((leak.memory?.growthPerOp ?? 0) - 1_000) < 5);
  assert.match(leak.reasons[0] ?? '', /grew by 1000 B per operation .*above the 64 B\/op threshold/);
  assert.equal(analyzeSoak({ windows: [], memory: flatMemory(12), forcedGc: true }).verdict, 'stable');
  // Without forced collections the readings include garbage: growth is reported, never called a leak.
  assert.equal(analyzeSoak({ windows: [], memory: flatMemory(12, 1_000), forcedGc: false }).verdict, 'stable');
});

test('too few windows or readings to see a trend is inconclusive, and says why', () => {
  const result = analyzeSoak({ windows: windows(4, () => 10, 0, 1), memory: flatMemory(2), forcedGc: true });
  assert.equal(result.verdict, 'inconclusive');
  assert.match(result.reasons[0] ?? '', /too short to see a trend/);
});

test('defaults to a short soak in CI and a long one elsewhere', () => {
  assert.equal(defaultSoakDuration({ CI: 'true' }), 60_000);
  assert.equal(defaultSoakDuration({}), 300_000);
  assert.equal(defaultSoakDuration({ CI: 'false' }), 300_000);
});

test('a real run against a target that slows down over time reports latency drift', async () => {
  const began = performance.now();
  const outcome = await runScenario(
    { name: 'slowing', executor: 'soak', rate: 400, duration: '3s', window: '100ms', memoryEvery: '500ms', failOnDrift: true },
    // 2 ms at the start, ~150 ms at the end: far beyond what a busy machine adds by itself.
    () => new Promise<void>((resolve) => setTimeout(resolve, 2 + (performance.now() - began) / 20)),
  );
  const soak = outcome.soak as SoakBlock;
  assert.equal(outcome.executor, 'soak');
  assert.equal(outcome.model, 'open');
  assert.equal(soak.verdict, 'drift', JSON.stringify(soak.latency));
  assert.ok((soak.latency?.change ?? 0) > 1, `change ${soak.latency?.change}`);
  assert.ok(soak.readings.length >= 5, `readings ${soak.readings.length}`);
  // Asked to fail on drift: the drift is a broken threshold, which fails the gate.
  assert.ok(outcome.thresholds.some((t) => !t.passed && t.expression === 'p95 drift < 20% over the run (soak)'));
});

test('a real run against a steady target is stable, and its memory growth is measured with forced GC', async () => {
  setFlagsFromString('--expose-gc');
  const holder = globalThis as { gc?: unknown };
  const saved = holder.gc;
  holder.gc = runInNewContext('gc');
  try {
    const outcome = await runScenario(
      // A shared machine alone can double a 3 ms p95 within seconds; drift here means a tripling.
      {
        name: 'steady',
        executor: 'soak',
        vus: 4,
        duration: '3s',
        window: '250ms',
        memoryEvery: '250ms',
        latencyDrift: 2,
        thresholds: { latency: ['p(95)<1000'] },
      },
      () => new Promise<void>((resolve) => setTimeout(resolve, 3)),
    );
    const soak = outcome.soak as SoakBlock;
    assert.equal(outcome.model, 'closed');
    assert.notEqual(soak.verdict, 'drift', soak.reasons.join('; '));
    assert.equal(soak.forcedGc, true);
    assert.ok(soak.memory, 'memory growth was measured');
    assert.equal(soak.memory.leak, false, `growth ${soak.memory.growthPerOp} B/op`);
    assert.ok(outcome.thresholds.every((t) => t.passed));
    // failOnDrift not set: no extra thresholds.
    assert.equal(outcome.thresholds.length, 1);
  } finally {
    holder.gc = saved;
  }
});

test('checks its options, naming the scenario and the option', () => {
  const bad = (extra: Record<string, unknown>, message: RegExp) =>
    assert.throws(
      () => runScenario({ name: 'soaky', executor: 'soak', duration: '1s', ...extra } as never, () => {}),
      (err: Error) => err instanceof UsageError && message.test(err.message),
    );
  bad({}, /scenario "soaky": a soak holds either an arrival rate \(rate: 100\) or a number of virtual users \(vus: 10\); expected one of them, found neither/);
  bad({ rate: 10, vus: 2 }, /found both/);
  bad({ vus: 2, maxVUs: 5 }, /scenario "soaky": maxVUs: only for an arrival rate/);
  bad({ rate: 10, failOnDrift: 'yes' }, /scenario "soaky": failOnDrift: expected true or false, found "yes"/);
  bad({ rate: 10, memoryEvery: '1ms' }, /scenario "soaky": memoryEvery: expected at least 50ms/);
});
