// The in-process generator at a high rate: correct counts and a reported scheduling lag. How
// fast it can go is proven by benchmarks/load-generator.load.ts, run by benchgate, not here:
// this machine is shared, so only correctness is asserted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runScenario } from '../../src/load/run-scenario.ts';

test('at 20,000 no-op iterations a second it starts every one, drops none, and reports its lag', async () => {
  let ran = 0;
  const outcome = await runScenario({ name: 'fast', executor: 'constant-arrival-rate', rate: 20_000, duration: '1s', maxVUs: 2_000 }, async () => {
    ran++;
  });
  assert.equal(ran, 20_000);
  assert.equal(outcome.iterations, 20_000);
  assert.equal(outcome.dropped, 0);
  assert.equal(outcome.schedulerLag!.count, 20_000);
  assert.ok(outcome.schedulerLag!.min >= 0 && outcome.schedulerLag!.p50 <= outcome.schedulerLag!.p99);
  // Never ahead of the schedule, however fast the machine; how far behind it falls is the benchmark's to say.
  assert.ok(outcome.throughput <= 20_000 * 1.01, `throughput ${outcome.throughput}/s`);
  // Latency in the open model includes the lag: it can never be below it.
  assert.ok(outcome.latency!.p99 >= outcome.schedulerLag!.p99 * 0.99, `latency p99 ${outcome.latency!.p99} vs lag p99 ${outcome.schedulerLag!.p99}`);
});

test('an iteration that ends at once is not counted in flight while a backlog starts', async () => {
  // A backlog is what a stalled generator starts in one go; instant iterations must not fill maxVUs.
  let started = 0;
  const outcome = await runScenario(
    { name: 'backlog', executor: 'constant-arrival-rate', rate: 10_000, duration: '500ms', preAllocatedVUs: 1, maxVUs: 100 },
    () => {
      // One iteration in a thousand blocks the loop for 30 ms: the generator falls behind, then catches up.
      started += 1;
      const until = performance.now() + (started % 1000 === 0 ? 30 : 0);
      while (performance.now() < until);
      return Promise.resolve();
    },
  );
  assert.equal(outcome.dropped, 0);
  assert.equal(outcome.iterations, 5_000);
  assert.ok(outcome.maxConcurrency! <= 100);
});
