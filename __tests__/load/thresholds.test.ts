// Thresholds in k6's grammar: read once with errors that name the scenario and the expression,
// evaluated against what the scenario measured, and able to stop a run early.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { UsageError } from '../../src/errors.ts';
import { runScenario } from '../../src/load/run-scenario.ts';
import { evaluateThreshold, parseThresholdExpression, parseThresholds, type Aggregation, type Observe } from '../../src/load/thresholds.ts';

const observeFrom =
  (values: Record<string, number | undefined>): Observe =>
  (metric: string, a: Aggregation) =>
    values[`${metric}.${a.kind === 'p' ? `p(${a.p})` : a.kind}`];

describe('reading threshold expressions', () => {
  it('reads every aggregation and operator of the grammar', () => {
    const cases: [string, string, Aggregation, string, number][] = [
      ['latency', 'p(95)<500', { kind: 'p', p: 95 }, '<', 500],
      ['latency', 'p(99.9) <= 800', { kind: 'p', p: 99.9 }, '<=', 800],
      ['latency', 'avg<200', { kind: 'avg' }, '<', 200],
      ['latency', ' med < 150.5 ', { kind: 'med' }, '<', 150.5],
      ['latency', 'min>=0', { kind: 'min' }, '>=', 0],
      ['latency', 'max>1', { kind: 'max' }, '>', 1],
      ['errors', 'rate<0.01', { kind: 'rate' }, '<', 0.01],
      ['errors', 'count==0', { kind: 'count' }, '==', 0],
      ['errors', 'count===0', { kind: 'count' }, '==', 0],
      ['iterations', 'count!=7', { kind: 'count' }, '!=', 7],
      ['dropped', 'count<10', { kind: 'count' }, '<', 10],
    ];
    for (const [metric, expression, aggregation, operator, value] of cases) {
      const t = parseThresholdExpression(metric, expression, 'here');
      assert.deepEqual([t.aggregation, t.operator, t.value, t.expression], [aggregation, operator, value, expression], expression);
    }
  });

  it('reads thresholds as strings, lists and objects with abortOnFail and delayAbortEval', () => {
    const parsed = parseThresholds(
      {
        latency: ['p(95)<500', { threshold: 'p(99)<800', abortOnFail: true, delayAbortEval: '5s' }],
        errors: 'rate<0.01',
      },
      'checkout',
    );
    assert.deepEqual(
      parsed.map((t) => [t.metric, t.expression, t.abortOnFail, t.delayAbortEvalMs]),
      [
        ['latency', 'p(95)<500', false, 0],
        ['latency', 'p(99)<800', true, 5_000],
        ['errors', 'rate<0.01', false, 0],
      ],
    );
  });

  it('says which scenario and which expression it cannot read, and what it expected', () => {
    assert.throws(
      () => parseThresholds({ latency: ['p(95)<500', 'p95<500'] }, 'checkout'),
      (err: unknown) =>
        err instanceof UsageError &&
        err.message.includes('scenario "checkout": thresholds.latency[1]') &&
        err.message.includes('cannot read "p95<500"') &&
        err.message.includes("like 'p(95)<500'"),
    );
  });

  it('refuses an aggregation the metric does not have, naming the ones it has', () => {
    assert.throws(
      () => parseThresholds({ errors: ['p(95)<0.1'] }, 'search'),
      /scenario "search": thresholds\.errors\[0\]: "p\(95\)<0\.1": errors .* has no p\(N\); use one of rate, count/,
    );
    assert.throws(() => parseThresholds({ latency: 'rate<1' }, 'search'), /thresholds\.latency: "rate<1": latency .* has no rate/);
  });

  it('refuses an unknown metric, listing the known ones', () => {
    assert.throws(
      () => parseThresholds({ latncy: ['p(95)<500'] }, 'checkout'),
      /scenario "checkout": thresholds: unknown metric "latncy"; thresholds can be set on latency, errors, iterations, dropped, heap/,
    );
  });

  it('refuses percentiles above 100, a missing number, and unknown options', () => {
    assert.throws(() => parseThresholds({ latency: ['p(101)<5'] }, 's'), /percentile must be from 0 to 100, found 101/);
    assert.throws(() => parseThresholds({ latency: ['p(95)<'] }, 's'), /cannot read "p\(95\)<"/);
    assert.throws(() => parseThresholds({ latency: ['p(95)<500ms'] }, 's'), /cannot read "p\(95\)<500ms"/);
    assert.throws(() => parseThresholds({ latency: [{ threshold: 'p(95)<5', abortOnFial: true }] }, 's'), /unknown option "abortOnFial"/);
    assert.throws(() => parseThresholds({ latency: [{ threshold: 'p(95)<5', delayAbortEval: 'soon' }] }, 's'), /delayAbortEval: expected a duration/);
    assert.throws(() => parseThresholds(['p(95)<5'], 's'), /scenario "s": thresholds: expected an object/);
  });
});

describe('evaluating thresholds', () => {
  const observe = observeFrom({ 'latency.p(95)': 420, 'latency.avg': 210, 'errors.rate': 0.02, 'errors.count': 3, 'iterations.count': 150 });

  it('holds or breaks by the observed value, and reports it', () => {
    const check = (metric: string, expression: string) =>
      evaluateThreshold({ ...parseThresholdExpression(metric, expression, 'x'), abortOnFail: false, delayAbortEvalMs: 0 }, observe);
    assert.deepEqual(check('latency', 'p(95)<500'), { metric: 'latency', expression: 'p(95)<500', observed: 420, passed: true });
    assert.equal(check('latency', 'p(95)<420').passed, false);
    assert.equal(check('latency', 'p(95)<=420').passed, true);
    assert.equal(check('latency', 'avg<200').passed, false);
    assert.equal(check('errors', 'rate<0.01').passed, false);
    assert.equal(check('errors', 'count>2').passed, true);
    assert.equal(check('iterations', 'count==150').passed, true);
    assert.equal(check('iterations', 'count!=150').passed, false);
  });

  it('does not hold when there was nothing to measure', () => {
    const result = evaluateThreshold({ ...parseThresholdExpression('latency', 'p(99)<5', 'x'), abortOnFail: false, delayAbortEvalMs: 0 }, () => undefined);
    assert.deepEqual(result, { metric: 'latency', expression: 'p(99)<5', passed: false });
  });
});

describe('thresholds in a run', () => {
  it('reports each threshold with the value observed at the end', async () => {
    const outcome = await runScenario(
      {
        name: 'mostly fine',
        executor: 'constant-arrival-rate',
        rate: 200,
        duration: '1s',
        thresholds: { latency: ['p(95)<1000', 'max<0.0001'], errors: ['rate<0.5', 'count>=20'], iterations: ['count>=150'], dropped: ['count==0'] },
      },
      async (_data, ctx) => {
        if (ctx.iteration % 10 === 0) throw new Error('one in ten fails');
      },
    );
    const byExpression = Object.fromEntries(outcome.thresholds.map((t) => [t.expression, t]));
    assert.equal(byExpression['p(95)<1000']!.passed, true);
    assert.equal(byExpression['max<0.0001']!.passed, false);
    assert.ok(byExpression['max<0.0001']!.observed! > 0);
    assert.equal(byExpression['rate<0.5']!.passed, true);
    assert.ok(Math.abs(byExpression['rate<0.5']!.observed! - 0.1) < 0.01, `error rate ${byExpression['rate<0.5']!.observed}`);
    assert.equal(byExpression['count>=20']!.observed, 20);
    assert.equal(byExpression['count>=150']!.passed, true);
    assert.equal(byExpression['count==0']!.passed, true);
  });

  it('stops the scenario early when an abortOnFail threshold breaks', async () => {
    const started = performance.now();
    const outcome = await runScenario(
      {
        name: 'getting slow',
        executor: 'constant-arrival-rate',
        rate: 100,
        duration: '20s',
        window: '250ms',
        thresholds: { latency: [{ threshold: 'p(95)<10', abortOnFail: true }] },
      },
      async () => {
        await sleep(30);
      },
    );
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 5_000, `stopped after ${Math.round(elapsed)} ms of a 20 s scenario`);
    assert.match(outcome.aborted ?? '', /threshold latency 'p\(95\)<10' broke \(observed \d+(\.\d+)?\) after .*abort on fail/);
    assert.equal(outcome.thresholds[0]!.passed, false);
    assert.equal(outcome.thresholds[0]!.abortOnFail, true);
  });

  it('does not abort before delayAbortEval, and not at all for a threshold without abortOnFail', async () => {
    const outcome = await runScenario(
      {
        name: 'slow but allowed to warm up',
        executor: 'constant-vus',
        vus: 2,
        duration: '1500ms',
        window: '250ms',
        thresholds: { latency: ['p(95)<1', { threshold: 'p(95)<1', abortOnFail: true, delayAbortEval: '10s' }] },
      },
      async () => {
        await sleep(5);
      },
    );
    assert.equal(outcome.aborted, undefined);
    assert.ok(outcome.duration >= 1_450, `ran ${outcome.duration} ms`);
    assert.deepEqual(
      outcome.thresholds.map((t) => t.passed),
      [false, false],
    );
  });
});
