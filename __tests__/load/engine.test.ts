// The executors: each generates the load it promises, stops by itself, and counts what happened.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { UsageError } from '../../src/errors.ts';
import { ArrivalSchedule } from '../../src/load/arrivals.ts';
import { parseDuration } from '../../src/load/duration.ts';
import { runScenario } from '../../src/load/run-scenario.ts';

describe('the arrival schedule', () => {
  it('spaces a constant rate evenly', () => {
    const s = new ArrivalSchedule(0.5, [{ durationMs: 1_000, target: 0.5 }]);
    assert.equal(s.total, 500);
    assert.deepEqual([s.at(0), s.at(1), s.at(250), s.at(499), s.at(500)], [0, 2, 500, 998, Infinity]);
  });

  it('ramps linearly: half a ramp from 0 holds a quarter of its arrivals', () => {
    // 0 → 100/s over 10 s: 500 arrivals, the first 125 in the first 5 s.
    const s = new ArrivalSchedule(0, [{ durationMs: 10_000, target: 0.1 }]);
    assert.equal(s.total, 500);
    assert.ok(Math.abs(s.at(125) - 5_000) < 1e-6, `${s.at(125)}`);
    assert.ok(Math.abs(s.at(499) - 9_990) < 1, `${s.at(499)}`);
  });

  it('runs through stages in order, including a stage at rate zero', () => {
    const s = new ArrivalSchedule(0.1, [
      { durationMs: 1_000, target: 0.1 },
      { durationMs: 1_000, target: 0 },
      { durationMs: 1_000, target: 0 },
      { durationMs: 1_000, target: 0.2 },
    ]);
    assert.equal(s.total, 100 + 50 + 0 + 100);
    assert.equal(s.at(100), 1_000);
    assert.ok(s.at(149) < 2_000);
    assert.ok(s.at(150) >= 3_000, `the first arrival after the pause is at ${s.at(150)}`);
    const times = Array.from({ length: 250 }, (_, i) => s.at(i));
    assert.ok(
      times.every((t, i) => i === 0 || t >= times[i - 1]!),
      'in order',
    );
  });
});

describe('durations', () => {
  it('reads ms, s, m, h and combinations', () => {
    assert.deepEqual(
      ['250ms', '30s', '5m', '2h', '1m30s', '1.5s', 42].map((d) => parseDuration(d, 'x')),
      [250, 30_000, 300_000, 7_200_000, 90_000, 1_500, 42],
    );
  });
  it('names the option and shows what it found', () => {
    assert.throws(() => parseDuration('30', 'scenario "a": duration'), /scenario "a": duration: expected a duration like '250ms'.*found "30"/);
    assert.throws(() => parseDuration('5 minutes', 'd'), /found "5 minutes"/);
  });
});

describe('constant-arrival-rate', () => {
  it('starts the requested number of iterations at the requested rate', async () => {
    const outcome = await runScenario({ name: 'steady', executor: 'constant-arrival-rate', rate: 400, duration: '1500ms' }, async () => {});
    assert.equal(outcome.iterations, 600);
    assert.equal(outcome.dropped, 0);
    // Never ahead of the schedule; a busy machine may stretch the run, so the lower bound is generous.
    assert.ok(outcome.throughput <= 400 * 1.01 && outcome.throughput >= 200, `throughput ${outcome.throughput}`);
    assert.equal(outcome.schedulerLag?.count, 600);
    assert.ok(outcome.windows.length >= 2);
    assert.equal(
      outcome.windows.reduce((n, w) => n + w.iterations, 0),
      600,
    );
  });

  it('drops arrivals that find every virtual user busy, and says how many', async () => {
    // 200/s of 100 ms iterations needs 20 in flight; 5 users can carry a quarter of them.
    const outcome = await runScenario(
      { name: 'too few users', executor: 'constant-arrival-rate', rate: 200, duration: '1s', preAllocatedVUs: 5, maxVUs: 5 },
      async () => {
        await sleep(100);
      },
    );
    assert.equal(outcome.maxConcurrency, 5);
    assert.equal(outcome.iterations + outcome.dropped, 200);
    assert.ok(outcome.dropped >= 120 && outcome.dropped <= 165, `${outcome.dropped} dropped`);
  });

  it('uses timeUnit: 30 per 100ms is 300 a second', async () => {
    const outcome = await runScenario({ name: 'unit', executor: 'constant-arrival-rate', rate: 30, timeUnit: '100ms', duration: '500ms' }, () => {});
    assert.equal(outcome.iterations, 150);
  });

  it('stops at the iteration count before the duration', async () => {
    const started = performance.now();
    const outcome = await runScenario({ name: 'counted', executor: 'constant-arrival-rate', rate: 1_000, duration: '30s', iterations: 50 }, async () => {});
    assert.equal(outcome.iterations, 50);
    assert.ok(performance.now() - started < 2_000);
    assert.equal(outcome.aborted, undefined);
  });

  it('counts errors by their code, name, or the kind the iteration gives', async () => {
    const outcome = await runScenario({ name: 'flaky', executor: 'constant-arrival-rate', rate: 500, duration: '400ms' }, async (_data, ctx) => {
      const k = ctx.iteration % 5;
      if (k === 1) throw Object.assign(new Error('reset'), { code: 'ECONNRESET' });
      if (k === 2) throw new TypeError('bad');
      if (k === 3) {
        ctx.errorKind('timeout');
        throw new Error('slow');
      }
    });
    assert.equal(outcome.iterations, 200);
    assert.deepEqual(outcome.errors.byKind, { ECONNRESET: 40, TypeError: 40, timeout: 40 });
    assert.equal(outcome.errors.count, 120);
    assert.equal(outcome.errors.rate, 0.6);
  });

  it('passes what setup gave, a 1-based VU and an increasing iteration number to each iteration', async () => {
    const seen: [unknown, number, number][] = [];
    await runScenario(
      { name: 'data', executor: 'constant-arrival-rate', rate: 100, duration: '100ms', preAllocatedVUs: 3 },
      (data, ctx) => void seen.push([data, ctx.vu, ctx.iteration]),
      { data: 'seeded' },
    );
    assert.equal(seen.length, 10);
    assert.ok(seen.every(([data, vu]) => data === 'seeded' && vu >= 1 && vu <= 3));
    assert.deepEqual(
      seen.map(([, , i]) => i),
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    );
  });
});

describe('ramping-arrival-rate', () => {
  it('starts as many iterations as the ramp holds', async () => {
    // 0 → 400/s over 1 s, then 400/s for 0.5 s: 200 + 200.
    const outcome = await runScenario(
      {
        name: 'ramp',
        executor: 'ramping-arrival-rate',
        startRate: 0,
        stages: [
          { duration: '1s', target: 400 },
          { duration: '500ms', target: 400 },
        ],
      },
      async () => {},
    );
    assert.equal(outcome.iterations, 400);
    const first = outcome.windows[0]!.iterations;
    assert.ok(first >= 150 && first <= 250, `the first second holds about 200, found ${first}`);
  });
});

describe('constant-vus', () => {
  it('keeps exactly `vus` iterations in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const outcome = await runScenario({ name: 'ten users', executor: 'constant-vus', vus: 10, duration: '600ms' }, async () => {
      most = Math.max(most, ++inFlight);
      await sleep(10);
      inFlight--;
    });
    assert.equal(most, 10);
    assert.equal(outcome.maxConcurrency, 10);
    // 10 users × 600 ms / ≥10 ms per iteration: at most 600.
    assert.ok(outcome.iterations > 100 && outcome.iterations <= 610, `${outcome.iterations} iterations`);
    assert.equal(outcome.model, 'closed');
  });

  it('stops at the iteration count when no duration is given', async () => {
    const outcome = await runScenario({ name: 'counted', executor: 'constant-vus', vus: 4, iterations: 1_000 }, async () => {});
    assert.equal(outcome.iterations, 1_000);
    assert.equal(outcome.aborted, undefined);
  });

  it('keeps timers running while every user runs synchronous iterations', async () => {
    const started = performance.now();
    const outcome = await runScenario({ name: 'busy', executor: 'constant-vus', vus: 2, duration: '500ms' }, () => {
      for (let i = 0; i < 1_000; i++);
    });
    const elapsed = performance.now() - started;
    // Generous: only a scheduler starved by synchronous users would take far longer.
    assert.ok(elapsed < 5_000, `a 500 ms scenario took ${Math.round(elapsed)} ms`);
    assert.ok(outcome.iterations > 1_000);
  });
});

describe('ramping-vus', () => {
  it('follows the stages up and down', async () => {
    const seen: [number, number][] = [];
    const start = performance.now();
    await runScenario(
      {
        name: 'ramp',
        executor: 'ramping-vus',
        startVUs: 0,
        stages: [
          { duration: '400ms', target: 8 },
          { duration: '400ms', target: 8 },
          { duration: '400ms', target: 0 },
        ],
      },
      async (_data, ctx) => {
        seen.push([performance.now() - start, ctx.vu]);
        await sleep(5);
      },
    );
    const usersBetween = (from: number, to: number) => new Set(seen.filter(([t]) => t >= from && t < to).map(([, vu]) => vu)).size;
    assert.ok(usersBetween(0, 100) <= 3, `few users at first: ${usersBetween(0, 100)}`);
    assert.equal(usersBetween(450, 750), 8);
    assert.ok(usersBetween(1_100, 1_200) <= 3, `few users at the end: ${usersBetween(1_100, 1_200)}`);
    assert.ok(Math.max(...seen.map(([, vu]) => vu)) === 8);
  });
});

describe('stopping and bad definitions', () => {
  it('always stops: maxDuration caps a scenario, and says so', async () => {
    const outcome = await runScenario({ name: 'long', executor: 'constant-arrival-rate', rate: 50, duration: '1h', maxDuration: '300ms' }, async () => {});
    assert.ok(outcome.duration < 5_000);
    assert.match(outcome.aborted ?? '', /hard cap, maxDuration 300 ms/);
  });

  it('stops early when the signal aborts, keeping what it measured', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const outcome = await runScenario({ name: 'stopped', executor: 'constant-vus', vus: 2, duration: '10s' }, async () => sleep(5), {
      signal: controller.signal,
    });
    assert.ok(outcome.duration < 5_000);
    assert.ok(outcome.iterations > 10);
    assert.match(outcome.aborted ?? '', /stopped from outside/);
  });

  it('gives up on iterations that outlast gracefulStop, and tells them to stop', async () => {
    let aborted = 0;
    const outcome = await runScenario(
      { name: 'hung', executor: 'constant-vus', vus: 3, duration: '100ms', gracefulStop: '200ms' },
      (_data, ctx) =>
        new Promise<void>((resolve) => {
          ctx.signal.addEventListener('abort', () => {
            aborted++;
            resolve();
          });
        }),
    );
    assert.ok(outcome.duration < 5_000, `${outcome.duration} ms`);
    assert.equal(outcome.iterations, 0);
    assert.equal(aborted, 3);
  });

  it('refuses a definition that would not stop, or has a typo, naming the scenario and the option', () => {
    const bad = (def: Record<string, unknown>, message: RegExp) =>
      assert.throws(
        () => runScenario({ name: 'x', ...def } as never, () => {}),
        (err: unknown) => err instanceof UsageError && message.test(err.message),
      );
    bad({ executor: 'constant-vus', vus: 2 }, /scenario "x": expected a duration or a number of iterations, found neither/);
    bad({ executor: 'constant-vus', vus: 0, duration: '1s' }, /scenario "x": vus: expected a whole number ≥ 1, found 0/);
    bad({ executor: 'constant-vus', vus: 2, duraton: '1s' }, /scenario "x": unknown option "duraton" for executor 'constant-vus'/);
    bad({ executor: 'constant-arrival-rate', rate: -1, duration: '1s' }, /scenario "x": rate: expected a number > 0, found -1/);
    bad(
      { executor: 'constant-arrival-rate', rate: 10, duration: '1s', preAllocatedVUs: 10, maxVUs: 5 },
      /maxVUs: expected at least preAllocatedVUs \(10\), found 5/,
    );
    bad({ executor: 'ramping-vus', stages: [] }, /scenario "x": stages: expected a non-empty array/);
    bad({ executor: 'ramping-arrival-rate', stages: [{ duration: '1s', target: -3 }] }, /stages\[0\]\.target: expected a number ≥ 0, found -3/);
    bad({ executor: 'constant-vus', vus: 1, duration: 'forever' }, /scenario "x": duration: expected a duration/);
    bad(
      { executor: 'warp-speed', duration: '1s' },
      /scenario "x": executor: expected one of constant-vus, ramping-vus, constant-arrival-rate, ramping-arrival-rate.*found "warp-speed"/,
    );
    bad(
      { executor: 'constant-vus', vus: 1, duration: '1s', thresholds: { latency: ['p95<5'] } },
      /scenario "x": thresholds\.latency\[0\]: cannot read "p95<5"/,
    );
  });
});
