// Adaptive sampling on synthetic log ratios: when a benchmark's pairs decide it, and when they do not yet.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processEffect, robustSpread, samplingDecision, type StoppingRule } from '../../../src/measure/ab/stopping.ts';
import { gaussian, seededRandom as random } from '../../../src/stats/random.ts';

function logRatios(seed: number, n: number, change: number, noise: number): number[] {
  const rnd = random(seed);
  const gauss = () => gaussian(rnd);
  return Array.from({ length: n }, () => Math.log1p(change) + noise * gauss());
}

const RULE: StoppingRule = { threshold: 0.05, alpha: 0.05, benchmarks: 20, minPairs: 10 };

/** Pairs added one round (two pairs) at a time until the rule stops, as the scheduler does. */
function pairsUntilStop(all: number[], rule: StoppingRule): { pairs: number; state: string } {
  for (let n = rule.minPairs; n <= all.length; n += 2) {
    const decision = samplingDecision(all.slice(0, n), rule);
    if (decision.state !== 'continue') return { pairs: n, state: decision.state };
  }
  return { pairs: all.length, state: 'continue' };
}

describe('samplingDecision', () => {
  it('never decides before the minimum number of pairs, however clear the data', () => {
    const clear = logRatios(1, 9, 0.5, 0.001);
    assert.equal(samplingDecision(clear, RULE).state, 'continue');
    assert.equal(samplingDecision(clear, RULE).interval, undefined);
  });

  it('stops a clearly unchanged benchmark as within the threshold after few pairs', () => {
    const { pairs, state } = pairsUntilStop(logRatios(2, 200, 0, 0.01), RULE);
    assert.equal(state, 'within');
    assert.ok(pairs <= 14, `needed ${pairs} pairs`);
  });

  it('stops a clear 20% slowdown as beyond the threshold, and a 20% speed-up too', () => {
    for (const change of [0.2, -0.2]) {
      const { pairs, state } = pairsUntilStop(logRatios(3, 200, change, 0.02), RULE);
      assert.equal(state, 'beyond', `change ${change}`);
      assert.ok(pairs <= 14, `change ${change} needed ${pairs} pairs`);
    }
  });

  it('keeps sampling a change that sits on the threshold', () => {
    const decision = samplingDecision(logRatios(4, 60, 0.05, 0.01), RULE);
    assert.equal(decision.state, 'continue');
    assert.ok(decision.interval![0] < 0.05 && decision.interval![1] > 0.05, `interval ${decision.interval}`);
  });

  it('keeps sampling noisy pairs and estimates how many pairs would decide them', () => {
    const decision = samplingDecision(logRatios(5, 12, 0, 0.08), RULE);
    assert.equal(decision.state, 'continue');
    assert.ok(decision.pairsNeeded! > 12, `pairs needed: ${decision.pairsNeeded}`);
    assert.ok(Math.abs(decision.pairNoise! - 0.08) < 0.05, `pair noise ${decision.pairNoise}`);
  });

  it('needs more pairs to stop a regression early when more benchmarks share the correction', () => {
    const data = logRatios(6, 200, 0.12, 0.03);
    const few = pairsUntilStop(data, { ...RULE, benchmarks: 1 });
    const many = pairsUntilStop(data, { ...RULE, benchmarks: 1000 });
    assert.equal(few.state, 'beyond');
    assert.equal(many.state, 'beyond');
    assert.ok(many.pairs > few.pairs, `1 benchmark: ${few.pairs} pairs; 1000 benchmarks: ${many.pairs}`);
  });

  it('on unchanged code, rarely stops as beyond the threshold even when looked at after every round', () => {
    let falseStops = 0;
    const trials = 300;
    for (let seed = 0; seed < trials; seed++) {
      if (pairsUntilStop(logRatios(1000 + seed, 120, 0, 0.04), RULE).state === 'beyond') falseStops++;
    }
    assert.ok(falseStops <= 1, `${falseStops} of ${trials} A/A benchmarks stopped as regressed or improved`);
  });

  it('with a threshold of 0, stops only on a change whose interval excludes 0, never as within', () => {
    const rule = { ...RULE, threshold: 0 };
    assert.equal(pairsUntilStop(logRatios(7, 200, 0, 0.01), rule).state, 'continue');
    assert.equal(pairsUntilStop(logRatios(8, 200, 0.05, 0.01), rule).state, 'beyond');
  });

  it('widens its interval by a process effect, so that a shift seen in one process pair only does not stop as beyond', () => {
    // Two process pairs; one sees +8%, the other +2%: the rounds agree within each, the processes do not.
    const data = [...logRatios(9, 20, 0.08, 0.005), ...logRatios(10, 20, 0.02, 0.005)];
    const processes = [...Array(20).fill(0), ...Array(20).fill(1)];
    const rule = { ...RULE, threshold: 0.01 };
    assert.equal(samplingDecision(data, rule).state, 'beyond');
    assert.equal(samplingDecision(data, rule, processes).state, 'continue');
  });
});

describe('processEffect', () => {
  it('finds the spread planted between process pairs and none where there is none', () => {
    const planted = [0.03, -0.03, 0.01, -0.01];
    const data = planted.flatMap((shift, p) => logRatios(20 + p, 40, shift, 0.005).map((d) => ({ d, p })));
    const effect = processEffect(
      data.map((x) => x.d),
      data.map((x) => x.p),
    );
    assert.equal(effect.groups, 4);
    assert.ok(effect.sd > 0.015 && effect.sd < 0.04, `sd ${effect.sd}`);
    const none = [0, 1, 2, 3].flatMap((p) => logRatios(30 + p, 40, 0, 0.01).map((d) => ({ d, p })));
    assert.ok(
      processEffect(
        none.map((x) => x.d),
        none.map((x) => x.p),
      ).sd < 0.004,
    );
  });

  it('is not fooled by one wild pair', () => {
    const data = [0, 1].flatMap((p) => logRatios(40 + p, 8, 0, 0.01).map((d) => ({ d, p })));
    data[3]!.d = 1.5;
    assert.ok(
      processEffect(
        data.map((x) => x.d),
        data.map((x) => x.p),
      ).sd < 0.01,
    );
  });

  it('needs two process pairs of at least three pairs each', () => {
    assert.deepEqual(processEffect([0.1, 0.2, 0.3, 0.4], [0, 0, 0, 1]), { sd: 0, groups: 1 });
    assert.deepEqual(processEffect([0.1, 0.2], undefined), { sd: 0, groups: 0 });
  });
});

describe('robustSpread', () => {
  it('is the standard deviation for normal data and ignores an outlier', () => {
    const data = logRatios(50, 4000, 0, 0.02);
    assert.ok(Math.abs(robustSpread(data) - 0.02) < 0.001);
    assert.ok(Math.abs(robustSpread([...data.slice(0, 99), 50]) - robustSpread(data.slice(0, 100))) < 0.002);
  });
});
