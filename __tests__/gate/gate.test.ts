import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { zeroCounts, type Comparison, type Verdict } from '../../src/compare/types.ts';
import { gate } from '../../src/gate/gate.ts';

function comparison(counts: Partial<Record<Verdict, number>>): Comparison {
  return {
    suite: 'default',
    head: { id: 'h', time: '2026-11-27T00:00:00.000Z', tool: 'benchgate', env: { node: 'v24', os: 'linux', arch: 'x64', cpu: 'x', cores: 2 } },
    options: {
      alpha: 0.05,
      threshold: 0.05,
      correction: 'holm',
      confidence: 0.95,
      minSamples: 5,
      pairing: 'separate-runs',
      defaultRunNoise: 0.03,
      defaultCommonNoise: 0.25,
      window: 20,
    },
    benchmarks: [],
    counts: { ...zeroCounts(), ...counts },
    historyRuns: 0,
  } as Comparison;
}

describe('gate', () => {
  it('passes when nothing regressed, whatever else happened', () => {
    const outcome = gate(comparison({ improvement: 3, inconclusive: 2, new: 1, missing: 1 }), 'regression');
    assert.deepEqual([outcome.failed, outcome.exitCode], [false, 0]);
  });

  it('fails with exit 1 on a regression', () => {
    const outcome = gate(comparison({ regression: 2 }), 'regression');
    assert.deepEqual([outcome.failed, outcome.exitCode], [true, 1]);
    assert.match(outcome.reason, /2 regressions found/);
  });

  it('fails on a benchmark that broke, so a PR cannot hide a regression by breaking its benchmark', () => {
    const outcome = gate(comparison({ error: 1 }), 'regression');
    assert.equal(outcome.exitCode, 1);
    assert.match(outcome.reason, /1 failed benchmark found/);
  });

  it('reports but passes with fail-on never', () => {
    const outcome = gate(comparison({ regression: 1 }), 'never');
    assert.deepEqual([outcome.failed, outcome.exitCode], [false, 0]);
    assert.match(outcome.reason, /fail-on is 'never'/);
  });
});
