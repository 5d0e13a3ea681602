// The stress executor finds the breaking point: the search logic against a fake target whose
// every answer is known, then the whole executor, through the engine, against a reference target
// of known capacity (fixed workers × fixed service time).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { UsageError } from '../../src/errors.ts';
import { HttpClient } from '../../src/load/http/client.ts';
import { runScenario } from '../../src/load/run-scenario.ts';
import {
  findBreakingPoint,
  judgeStep,
  STRESS_DEFAULTS,
  type CapacityBlock,
  type MeasureAtRate,
  type StepMeasurement,
  type StressSearchOptions,
} from '../../src/load/stress.ts';

/** A target that serves up to `capacity`/s with 5 ms latency, and queues beyond it. */
function fakeTarget(capacity: number, options: { errorsAbove?: number } = {}): { measure: MeasureAtRate; rates: number[] } {
  const rates: number[] = [];
  const measure: MeasureAtRate = async (rate, durationMs) => {
    rates.push(rate);
    const throughput = Math.min(rate, capacity);
    // Past capacity the queue grows by (rate − capacity) per second: the mean wait is half the last one.
    const queueWaitMs = rate > capacity ? (((rate - capacity) * durationMs) / 1_000 / capacity) * 500 : 0;
    const p95 = 5 + queueWaitMs * 1.9;
    const errorRate = options.errorsAbove !== undefined && rate > options.errorsAbove ? 0.2 : 0;
    const m: StepMeasurement = {
      throughput,
      p95,
      errorRate,
      inFlight: (throughput * (5 + queueWaitMs)) / 1_000,
      thresholdsOk: p95 < 100,
      broken: p95 < 100 ? [] : ["latency 'p(95)<100'"],
    };
    return m;
  };
  return { measure, rates };
}

function searchOptions(overrides: Partial<StressSearchOptions> = {}): StressSearchOptions {
  return {
    startRate: 100,
    stepFactor: 1.5,
    maxRate: 100 * 1.5 ** 11,
    stepDurationMs: 2_000,
    precision: 0.02,
    maxSteps: 20,
    maxErrorRate: STRESS_DEFAULTS.maxErrorRate,
    throughputTolerance: STRESS_DEFAULTS.throughputTolerance,
    maxLagMs: STRESS_DEFAULTS.maxLagMs,
    retries: STRESS_DEFAULTS.retries,
    ...overrides,
  };
}

test('ramps up by the step factor, then bisects down to the precision asked for', async () => {
  const { measure, rates } = fakeTarget(800);
  // This fake is exact, so it needs no tolerance: a step above 800/s completes less than it was offered.
  const search = await findBreakingPoint(measure, searchOptions({ throughputTolerance: 0 }));
  assert.deepEqual(rates.slice(0, 6), [100, 150, 225, 337.5, 506.25, 759.375]);
  assert.equal(search.stoppedBy, 'broke');
  assert.ok(search.sustainableRate !== undefined && search.breakingRate !== undefined);
  assert.ok(search.sustainableRate <= 800 && search.sustainableRate >= 800 * 0.98, `sustainable ${search.sustainableRate}`);
  assert.ok(search.breakingRate > 800, `breaking ${search.breakingRate}`);
  assert.ok((search.breakingRate - search.sustainableRate) / search.sustainableRate <= 0.02);
  assert.ok(search.steps.some((s) => s.phase === 'bisect'));
  // Little's law at the knee: ~800/s × 5 ms.
  assert.ok(Math.abs((search.kneeConcurrency ?? 0) - 4) < 0.3, `knee concurrency ${search.kneeConcurrency}`);
  assert.equal(search.maxThroughput, 800);
});

test('a climbing error rate is a breaking point even when latency holds', async () => {
  const { measure } = fakeTarget(1e9, { errorsAbove: 300 });
  const search = await findBreakingPoint(measure, searchOptions());
  assert.ok(search.sustainableRate !== undefined && search.sustainableRate <= 300 && search.sustainableRate > 290);
  assert.match(search.breakingReasons?.join('; ') ?? '', /20% of iterations failed \(allowed 1%\)/);
});

test('stops at maxRate when nothing breaks, and says so', async () => {
  const { measure, rates } = fakeTarget(1e9);
  const search = await findBreakingPoint(measure, searchOptions({ maxRate: 400 }));
  assert.deepEqual(rates, [100, 150, 225, 337.5, 400]);
  assert.equal(search.stoppedBy, 'max-rate');
  assert.equal(search.sustainableRate, 400);
  assert.equal(search.breakingRate, undefined);
});

test('a target that cannot take even the first rate has no sustainable rate', async () => {
  const { measure, rates } = fakeTarget(50);
  const search = await findBreakingPoint(measure, searchOptions());
  assert.deepEqual(rates, [100]);
  assert.equal(search.sustainableRate, undefined);
  assert.equal(search.breakingRate, 100);
  assert.match(search.breakingReasons?.join('; ') ?? '', /completed 50\/s of the 100\/s offered/);
});

test('never takes more steps than maxSteps, bisection included', async () => {
  const { measure, rates } = fakeTarget(800);
  const search = await findBreakingPoint(measure, searchOptions({ maxSteps: 7, precision: 0.001 }));
  assert.equal(rates.length, 7);
  assert.equal(search.stoppedBy, 'max-steps');
  assert.ok(search.sustainableRate !== undefined && search.breakingRate !== undefined);
});

test('an abort ends the search without counting the step it cut short', async () => {
  const controller = new AbortController();
  const { measure: inner } = fakeTarget(800);
  let calls = 0;
  const measure: MeasureAtRate = async (rate, ms) => {
    if (++calls === 3) controller.abort();
    return inner(rate, ms);
  };
  const search = await findBreakingPoint(measure, searchOptions({ signal: controller.signal }));
  assert.equal(search.stoppedBy, 'aborted');
  assert.equal(search.steps.length, 2);
  assert.equal(search.sustainableRate, 150);
});

test('measures a failed step again when the generator itself lagged, and says so when it keeps lagging', async () => {
  const { measure: inner } = fakeTarget(800);
  const attempts = new Map<number, number>();
  // A busy machine: the first attempt at 337.5/s lagged and broke; every attempt at 506.25/s does.
  const measure: MeasureAtRate = async (rate, ms) => {
    const n = (attempts.get(rate) ?? 0) + 1;
    attempts.set(rate, n);
    const m = await inner(rate, ms);
    if ((rate === 337.5 && n === 1) || rate === 506.25) return { ...m, throughput: rate * 0.8, lagP95: 120 };
    return { ...m, lagP95: 2 };
  };
  const search = await findBreakingPoint(measure, searchOptions({ precision: 0.5 }));
  const retried = search.steps.find((s) => s.rate === 337.5);
  assert.equal(retried?.ok, true);
  assert.equal(retried?.retried, 1);
  const lagging = search.steps.find((s) => s.rate === 506.25);
  assert.equal(lagging?.ok, false);
  assert.equal(attempts.get(506.25), 3, 'measured three times: once and two retries');
  assert.match(lagging?.reasons.at(-1) ?? '', /the generator itself started iterations late \(lag p95 120 ms\): the machine may have been too busy to tell/);
  // A step that failed without the generator lagging is believed at once.
  const { measure: honest, rates } = fakeTarget(800);
  await findBreakingPoint(async (rate, ms) => ({ ...(await honest(rate, ms)), lagP95: 3 }), searchOptions({ throughputTolerance: 0 }));
  assert.equal(new Set(rates).size, rates.length);
});

test('judges a step by its thresholds, its errors and whether it kept up, naming each failure', () => {
  const criteria = { maxErrorRate: 0.01, throughputTolerance: 0.03 };
  const good: StepMeasurement = { throughput: 495, p95: 8, errorRate: 0.001, inFlight: 4, thresholdsOk: true };
  assert.deepEqual(judgeStep(500, good, criteria), { ok: true, reasons: [] });
  const bad = judgeStep(500, { ...good, throughput: 400, errorRate: 0.05, thresholdsOk: false, broken: ["latency 'p(95)<50'"] }, criteria);
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.reasons, ["threshold latency 'p(95)<50' broke", '5% of iterations failed (allowed 1%)', 'completed 400/s of the 500/s offered']);
});

/**
 * A server with `workers` workers, each taking exactly `serviceMs` per request, first come first
 * served. Workers are booked on an ideal clock, so a timer that fires late delays the answer but
 * never the next request: the capacity is exactly workers / serviceMs.
 */
function referenceServer(workers: number, serviceMs: number): () => Promise<void> {
  const freeAt = new Array<number>(workers).fill(0);
  return () => {
    const now = performance.now();
    let w = 0;
    for (let i = 1; i < workers; i++) if (freeAt[i]! < freeAt[w]!) w = i;
    const done = Math.max(now, freeAt[w]!) + serviceMs;
    freeAt[w] = done;
    return new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, done - performance.now())));
  };
}

test('finds the breaking point of a 4-worker × 5 ms reference target within 10% of its 800/s', async () => {
  const serve = referenceServer(4, 5);
  const outcome = await runScenario(
    {
      name: 'reference',
      executor: 'stress',
      startRate: 400,
      stepFactor: 1.5,
      // Long enough steps, and a little slack, so that requests still in flight at a step's end
      // and a busy machine's bunched arrivals do not pass for a target that cannot keep up.
      stepDuration: '3s',
      throughputTolerance: 0.05,
      precision: 0.05,
      warmup: '1s',
      cooldown: '200ms',
      maxSteps: 12,
      window: '250ms',
      thresholds: { latency: ['p(95)<250'] },
    },
    () => serve(),
  );
  const capacity = outcome.capacity as CapacityBlock;
  const sustainable = capacity.sustainableRate ?? 0;
  const breaking = capacity.breakingRate ?? 0;
  const where = JSON.stringify(capacity.steps.map((s) => [Math.round(s.rate), Math.round(s.throughput), s.ok]));
  assert.ok(Math.abs(sustainable - 800) <= 80, `sustainable ${sustainable}: ${where}`);
  assert.ok(breaking > sustainable && breaking <= 800 * 1.2, `breaking ${breaking}: ${where}`);
  assert.equal(capacity.stoppedBy, 'broke');
  assert.equal(outcome.executor, 'stress');
  assert.equal(outcome.model, 'open');
  // The figures shown are the sustainable step's, and its thresholds held.
  assert.ok(outcome.thresholds.every((t) => t.passed));
  // Little's law at the sustainable step: at least the four busy workers, plus whatever queued
  // behind them (on a busy machine the generator's arrivals bunch, and the queue shows it).
  const knee = capacity.kneeConcurrency ?? 0;
  const kneeStep = capacity.steps.find((s) => s.ok && s.rate === sustainable);
  assert.ok(knee >= 3.5, `knee ${knee}: ${where}`);
  assert.equal(knee, kneeStep?.inFlight);
  assert.ok(Math.abs(knee - ((kneeStep?.throughput ?? 0) * (outcome.latency?.mean ?? 0)) / 1_000) < 1e-9);
  // What the saturated steps completed is the ceiling, compared with the baseline as "max throughput".
  const ceiling = outcome.metrics?.find((m) => m.metric === 'max throughput');
  assert.ok(ceiling && ceiling.samples.length > 0, 'a max throughput metric');
  const sorted = [...ceiling.samples].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1]!;
  assert.ok(Math.abs(median - 800) <= 80, `median ceiling window ${median}`);
  assert.equal(ceiling.direction, 'bigger');
  assert.deepEqual(outcome.samples.p95, [], 'latency at a moving rate is not compared');
  assert.ok(capacity.usl, 'a USL fit of the steps');
  assert.ok(Math.abs((capacity.usl.peakThroughput ?? 0) - 800) <= 120, `USL ceiling ${capacity.usl.peakThroughput}`);
});

// The same kind of reference target as a real HTTP server in a process of its own: 4 workers ×
// 20 ms, booked on an ideal clock, so its capacity is 200 requests a second however late its
// timers fire. (Slower than the in-process one: each request costs both processes CPU time, and
// on a shared 2-core machine that would be measured instead of the server.)
const HTTP_SERVER = `
const http = require('node:http');
const workers = 4, serviceMs = 20;
const freeAt = new Array(workers).fill(0);
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const now = performance.now();
    let w = 0;
    for (let i = 1; i < workers; i++) if (freeAt[i] < freeAt[w]) w = i;
    const done = Math.max(now, freeAt[w]) + serviceMs;
    freeAt[w] = done;
    setTimeout(() => res.end('{"ok":true}'), Math.max(0, done - performance.now()));
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
`;

test('finds the breaking point of a real 4-worker × 20 ms HTTP server within 10% of its 200/s', async () => {
  const server = spawn(process.execPath, ['-e', HTTP_SERVER], { stdio: ['pipe', 'pipe', 'inherit'] });
  const client = new HttpClient({ timeoutMs: 10_000 });
  try {
    const [line] = (await once(createInterface({ input: server.stdout! }), 'line')) as [string];
    const url = `http://127.0.0.1:${Number(line)}/`;
    const outcome = await runScenario(
      {
        name: 'reference over HTTP',
        executor: 'stress',
        startRate: 100,
        stepDuration: '2s',
        precision: 0.05,
        warmup: '1s',
        cooldown: '300ms',
        window: '250ms',
        thresholds: { latency: ['p(95)<250'], errors: ['rate<0.01'] },
      },
      () => client.get(url),
    );
    const capacity = outcome.capacity as CapacityBlock;
    const where = JSON.stringify(capacity.steps.map((s) => [Math.round(s.rate), Math.round(s.throughput), s.ok]));
    const sustainable = capacity.sustainableRate ?? 0;
    assert.ok(Math.abs(sustainable - 200) <= 20, `sustainable ${sustainable}: ${where}`);
    assert.ok((capacity.breakingRate ?? 0) > sustainable, where);
    assert.equal(outcome.errors.count, 0);
  } finally {
    await client.close();
    server.stdin?.end();
    server.kill();
  }
});

test('checks its options before generating any load, naming the scenario and the option', () => {
  const run = (extra: Record<string, unknown>) =>
    runScenario({ name: 'checkout', executor: 'stress', startRate: 10, stepDuration: '1s', ...extra } as never, () => {});
  const bad = (extra: Record<string, unknown>, message: RegExp) =>
    assert.throws(
      () => run(extra),
      (err: Error) => err instanceof UsageError && message.test(err.message),
    );
  bad({ startRate: undefined }, /scenario "checkout": startRate: expected a number > 0, found undefined/);
  bad({ stepFactor: 1 }, /scenario "checkout": stepFactor: expected a number above 1/);
  bad({ maxRate: 5 }, /scenario "checkout": maxRate: expected at least startRate \(10\)/);
  bad({ maxErrorRate: 2 }, /scenario "checkout": maxErrorRate: expected a fraction from 0 up to 1/);
  bad({ stepDuraton: '1s' }, /unknown option "stepDuraton" for executor 'stress'/);
});
