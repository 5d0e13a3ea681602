// The stress executor finds the breaking point: the search logic against a fake target whose
// every answer is known, then the whole executor, through the engine, against a reference target
// of known capacity (fixed workers × fixed service time).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UsageError } from '../src/errors.ts';
import { runScenario } from '../src/measure/load/run-scenario.ts';
import {
  findBreakingPoint,
  judgeStep,
  STRESS_DEFAULTS,
  type CapacityBlock,
  type MeasureAtRate,
  type StepMeasurement,
  type StressSearchOptions,
} from '../src/measure/load/stress.ts';

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

test('judges a step by its thresholds, its errors and whether it kept up, naming each failure', () => {
  const criteria = { maxErrorRate: 0.01, throughputTolerance: 0.03 };
  const good: StepMeasurement = { throughput: 495, p95: 8, errorRate: 0.001, inFlight: 4, thresholdsOk: true };
  assert.deepEqual(judgeStep(500, good, criteria), { ok: true, reasons: [] });
  const bad = judgeStep(500, { ...good, throughput: 400, errorRate: 0.05, thresholdsOk: false, broken: ["latency 'p(95)<50'"] }, criteria);
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.reasons, [
    "threshold latency 'p(95)<50' broke",
    '5% of iterations failed (allowed 1%)',
    'completed 400/s of the 500/s offered',
  ]);
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
      stepDuration: '2s',
      precision: 0.03,
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

test('checks its options before generating any load, naming the scenario and the option', () => {
  const run = (extra: Record<string, unknown>) =>
    runScenario({ name: 'checkout', executor: 'stress', startRate: 10, stepDuration: '1s', ...extra } as never, () => {});
  const bad = (extra: Record<string, unknown>, message: RegExp) =>
    assert.throws(() => run(extra), (err: Error) => err instanceof UsageError && message.test(err.message));
  bad({ startRate: undefined }, /scenario "checkout": startRate: expected a number > 0, found undefined/);
  bad({ stepFactor: 1 }, /scenario "checkout": stepFactor: expected a number above 1/);
  bad({ maxRate: 5 }, /scenario "checkout": maxRate: expected at least startRate \(10\)/);
  bad({ maxErrorRate: 2 }, /scenario "checkout": maxErrorRate: expected a fraction from 0 up to 1/);
  bad({ stepDuraton: '1s' }, /unknown option "stepDuraton" for executor 'stress'/);
});
