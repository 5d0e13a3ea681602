// A target that stalls for 100 ms once a second, whose truth is known: about a tenth of the
// arrivals wait up to 100 ms. The open model must show that wait; the closed model cannot, and
// says what its figures are.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { runScenario } from '../../src/load/run-scenario.ts';
import { toScenarioResult } from '../../src/load/to-results.ts';
import { renderLoadMarkdown } from '../../src/report/load.ts';

const PERIOD_MS = 1_000;
const STALL_MS = 100;

/** Answers at once, except in the last 100 ms of every second, when every call waits for the second to end. */
function stallingTarget(): () => Promise<void> {
  const start = performance.now();
  return async () => {
    const phase = (performance.now() - start) % PERIOD_MS;
    if (phase >= PERIOD_MS - STALL_MS) await sleep(PERIOD_MS - phase);
  };
}

test('the open model shows a 100 ms stall once a second in p99 (coordinated omission corrected)', async () => {
  const outcome = await runScenario({ name: 'stalling, open', executor: 'constant-arrival-rate', rate: 500, duration: '3s', maxVUs: 500 }, stallingTarget());
  assert.equal(outcome.model, 'open');
  assert.equal(outcome.dropped, 0);
  // 10% of arrivals land in a stall and wait 50 ms on average, up to 100 ms: p99 is near 90 ms.
  assert.ok(outcome.latency!.p99 >= 50, `p99 ${outcome.latency!.p99} ms should reflect the 100 ms stall`);
  assert.ok(outcome.latency!.max >= 80 && outcome.latency!.max < 1_000, `max ${outcome.latency!.max} ms`);
  // The stall is the target's, not the generator's: most iterations started well within it, even on a busy machine.
  assert.ok(outcome.schedulerLag!.p50 < STALL_MS / 2, `scheduler lag p50 ${outcome.schedulerLag!.p50} ms`);
  // While the target stalls, iterations pile up in flight instead of being held back.
  assert.ok(outcome.maxConcurrency! >= 25, `max in flight ${outcome.maxConcurrency}`);
});

test('the closed model hides most of the same stall, and its figures are labelled closed', async () => {
  const outcome = await runScenario({ name: 'stalling, closed', executor: 'constant-vus', vus: 10, duration: '3s' }, stallingTarget());
  assert.equal(outcome.model, 'closed');
  // Each user meets the stall once a second; thousands of fast iterations bury those few.
  assert.ok(outcome.iterations > 1_000, `${outcome.iterations} iterations`);
  assert.ok(outcome.latency!.p99 < 50, `closed-model p99 ${outcome.latency!.p99} ms hides the stall`);
  assert.ok(outcome.latency!.max >= 50, `but the stall is still there at the max: ${outcome.latency!.max} ms`);
  assert.equal(outcome.schedulerLag, undefined, 'no schedule, no scheduler lag');
  const section = renderLoadMarkdown([toScenarioResult(outcome)]);
  assert.match(section, /closed model: latency counts from each iteration’s actual start/);
});
