import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { faultsBlock, wallClock } from '../../../src/load/faults/block.ts';
import type { FaultsBlock } from '../../../src/load/faults/analysis.ts';
import { startFaultProxy } from '../../../src/load/faults/tcp-proxy.ts';
import type { ScheduledFault } from '../../../src/load/faults/schedule.ts';
import { HttpClient } from '../../../src/load/http/client.ts';
import { runScenario } from '../../../src/load/run-scenario.ts';

let target: Server;
let address: string;
const sockets = new Set<Socket>();

before(async () => {
  target = createServer((req, res) => res.end('ok'));
  target.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  address = `127.0.0.1:${(target.address() as AddressInfo).port}`;
});

after(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => target.close(() => resolve()));
});

/** An open-model scenario of 100 requests a second (4 s by default) through a proxy running `schedule`; the faults block as the engine would attach it. */
async function runThroughFaults(name: string, schedule: ScheduledFault[], duration = '4s') {
  const proxy = await startFaultProxy({ target: address, schedule, start: 'manual', seed: 5 });
  const client = new HttpClient({ timeoutMs: 1_000 });
  try {
    const startedAt = wallClock();
    proxy.startSchedule();
    const outcome = await runScenario(
      { name, executor: 'constant-arrival-rate', rate: 100, duration, window: '500ms', preAllocatedVUs: 20, maxVUs: 300 },
      async () => {
        await client.get(proxy.url('/'));
      },
    );
    // A 25 ms allowance on p95: these tests are about the fault, not the machine's own jitter.
    const block = faultsBlock(outcome.windows, startedAt, outcome.duration, { p95SlackMs: 25 });
    return { outcome, block: block as FaultsBlock, proxy };
  } finally {
    await client.close();
    await proxy.close();
  }
}

/**
 * Run `attempt` up to three times, until one passes. Generator, proxy and target share this
 * process and a machine other test files are loading too; a run whose event loop was starved
 * says nothing about faults. Each failure is kept, so three bad runs fail with all three reasons.
 */
async function upToThreeTimes(attempt: () => Promise<void>): Promise<void> {
  const failures: string[] = [];
  for (let i = 0; i < 3; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof assert.AssertionError)) throw err;
      failures.push(err.message);
    }
  }
  assert.fail(`failed three runs: ${failures.join(' | ')}`);
}

test('shows the error rate during a burst of resets and the time to recover after it', { timeout: 60_000 }, async () => {
  await upToThreeTimes(async () => {
    const { outcome, block, proxy } = await runThroughFaults('resets', [{ at: '1500ms', for: '1s', fault: { reset: 0.5 }, name: 'flaky link' }]);
    const [f] = block.faults;
    assert.equal(f!.name, 'flaky link');
    assert.ok(f!.start >= 1_400 && f!.start < 2_000, `fault started at ${f!.start} ms`);
    assert.ok(f!.end! - f!.start >= 900 && f!.end! - f!.start < 1_500, `fault lasted ${f!.end! - f!.start} ms`);
    assert.ok(f!.during.iterations >= 30, `only ${f!.during.iterations} requests ended during the fault`);
    assert.equal(proxy.stats.resets, outcome.errors.byKind.CONNECTION_RESET, JSON.stringify(outcome.errors.byKind));
    assert.equal(f!.baseline.errorRate, 0);
    assert.ok(f!.during.errorRate! > 0.2 && f!.during.errorRate! < 0.8, `error rate during the fault ${f!.during.errorRate}`);
    assert.equal(f!.recovered, true, f!.note);
    assert.ok(f!.recoveryMs! <= 1_000, `recovered after ${f!.recoveryMs} ms`);
  });
});

test('shows the latency during a slow link and the time to recover after it', { timeout: 60_000 }, async () => {
  await upToThreeTimes(async () => {
    const { block } = await runThroughFaults('slow', [{ at: '1500ms', for: '1s', fault: { latencyMs: 150 } }]);
    const [f] = block.faults;
    assert.equal(f!.description, 'latency 150 ms');
    // No request can beat the delay, so p95 during the fault is at least 150 ms, and well above before.
    assert.ok(f!.during.p95! >= 149, `p95 during the fault ${f!.during.p95} ms`);
    assert.ok(f!.during.p95! >= f!.baseline.p95! + 100, `p95 ${f!.baseline.p95} ms before the fault, ${f!.during.p95} ms during it`);
    assert.equal(f!.during.errorRate, 0);
    assert.equal(f!.recovered, true, f!.note);
    assert.ok(f!.recoveryMs! <= 1_000, `recovered after ${f!.recoveryMs} ms`);
  });
});

test('gives no faults block to a scenario that ran while no fault was on', { timeout: 30_000 }, async () => {
  const { block } = await runThroughFaults('calm', [{ at: '30s', fault: { reset: 1 } }], '1500ms');
  assert.equal(block, undefined);
});
