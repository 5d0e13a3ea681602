import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeFaults } from '../../../src/load/faults/analysis.ts';
import { faultSpansBetween } from '../../../src/load/faults/block.ts';
import { describeFaultsBlock } from '../../../src/load/faults/describe.ts';
import type { ScenarioWindow } from '../../../src/results/model.ts';

/** One-second windows: `p95` and error fraction per second, 100 iterations each. */
function windows(shape: Array<[p95: number, errorRate: number]>): ScenarioWindow[] {
  return shape.map(([p95, errorRate], i) => ({
    start: i * 1000,
    duration: 1000,
    iterations: 100,
    errors: Math.round(errorRate * 100),
    dropped: 0,
    throughput: 100,
    p50: p95 / 2,
    p95,
    p99: p95 * 1.2,
  }));
}

const calm: [number, number] = [10, 0];

test('reports the error rate and p95 during a fault and the time to recover after it', () => {
  const w = windows([calm, calm, calm, calm, calm, [200, 0.3], [220, 0.3], [180, 0.3], [100, 0.05], [12, 0], calm, calm]);
  const { faults } = analyzeFaults(w, [{ name: 'flaky link', fault: { reset: 0.3 }, start: 5000, end: 8000 }]);
  const [f] = faults;
  assert.equal(f!.name, 'flaky link');
  assert.equal(f!.description, 'reset 30%');
  assert.deepEqual(f!.baseline, { windows: 5, iterations: 500, errors: 0, errorRate: 0, p95: 10, worstP95: 10 });
  assert.equal(f!.during.windows, 3);
  assert.equal(f!.during.errorRate, 0.3);
  assert.equal(f!.during.p95, 200);
  assert.equal(f!.during.worstP95, 220);
  assert.equal(f!.recovered, true);
  // The window at 8 s is still slow (100 ms against 10); the one at 9 s is back.
  assert.equal(f!.recoveryMs, 1000);
});

test('a scenario that is back in the first window after the fault recovers at once', () => {
  const w = windows([calm, calm, [300, 0], [300, 0], calm, calm]);
  const [f] = analyzeFaults(w, [{ name: 'slow', fault: { latencyMs: 290 }, start: 2000, end: 4000 }]).faults;
  assert.equal(f!.recoveryMs, 0);
});

test('counts errors that are still above the baseline as not recovered', () => {
  const w = windows([calm, calm, [10, 0.5], [10, 0.05], [10, 0.02], calm]);
  const [f] = analyzeFaults(w, [{ name: 'reset', fault: { reset: 0.5 }, start: 2000, end: 3000 }]).faults;
  // 5% and 2% are more than one percentage point above a 0% baseline; 0% at 5 s is back.
  assert.equal(f!.recoveryMs, 2000);
  const [lenient] = analyzeFaults(w, [{ name: 'reset', fault: { reset: 0.5 }, start: 2000, end: 3000 }], { errorRateTolerance: 0.05 }).faults;
  assert.equal(lenient!.recoveryMs, 0);
});

test('says so when the run ends before the figures come back', () => {
  const w = windows([calm, calm, [400, 0.2], [400, 0.2], [400, 0.2]]);
  const [f] = analyzeFaults(w, [{ name: 'outage', fault: { drop: 1 }, start: 2000, end: 3000 }]).faults;
  assert.equal(f!.recovered, false);
  assert.equal(f!.recoveryMs, undefined);
  assert.equal(f!.note, 'not back to the baseline by the end of the run, 2000 ms after the fault');
});

test('has no recovery for a fault that lasts to the end, nor for one with no calm window before it', () => {
  const w = windows([[100, 0], [100, 0], calm, calm]);
  const [open] = analyzeFaults(windows([calm, calm, [100, 0]]), [{ name: 'x', fault: { latencyMs: 90 }, start: 2000 }]).faults;
  assert.equal(open!.note, 'the fault lasted until the end of the run');
  assert.equal(open!.during.p95, 100);
  const [first] = analyzeFaults(w, [{ name: 'x', fault: { latencyMs: 90 }, start: 0, end: 2000 }]).faults;
  assert.equal(first!.note, 'no fault-free window before the fault to compare with');
  assert.equal(first!.recovered, false);
});

test("keeps one fault's windows, and those before it recovered, out of the next fault's baseline", () => {
  const w = windows([calm, [500, 0.4], [60, 0.1], calm, [40, 0], calm]);
  const { faults } = analyzeFaults(w, [
    { name: 'second', fault: { latencyMs: 30 }, start: 4000, end: 5000 },
    { name: 'first', fault: { reset: 0.4 }, start: 1000, end: 2000 },
  ]);
  assert.deepEqual(
    faults.map((f) => f.name),
    ['first', 'second'],
  );
  assert.equal(faults[0]!.recoveryMs, 1000);
  // Windows 0 and 3: window 1 had the first fault, window 2 was still recovering from it.
  assert.equal(faults[1]!.baseline.windows, 2);
  assert.equal(faults[1]!.baseline.errorRate, 0);
  assert.equal(faults[1]!.baseline.worstP95, 10);
  assert.equal(faults[1]!.recoveryMs, 0);
});

test('gives a fault shorter than half a window the windows it touches', () => {
  const w = windows([calm, calm, [60, 0.1], calm]);
  const [f] = analyzeFaults(w, [{ name: 'blip', fault: { reset: 1 }, start: 2200, end: 2400 }]).faults;
  assert.equal(f!.during.windows, 1);
  assert.equal(f!.during.p95, 60);
  // The blip's own window starts before its end, so the first window after it is the one at 3 s.
  assert.equal(f!.recoveryMs, 600);
});

test('does not let a sub-millisecond baseline hold recovery to microseconds', () => {
  const w = windows([
    [0.2, 0],
    [0.2, 0],
    [50, 0],
    [0.9, 0],
  ]);
  const [f] = analyzeFaults(w, [{ name: 'slow', fault: { latencyMs: 50 }, start: 2000, end: 3000 }]).faults;
  assert.equal(f!.recoveryMs, 0);
});

test("moves the proxies' wall-clock fault times onto the scenario's clock", () => {
  const t0 = 1_700_000_000_000;
  const source = {
    periods: () => [
      { index: 0, name: 'before', fault: { latencyMs: 1 }, start: t0 - 5000, end: t0 - 1000 },
      { index: 1, name: 'spans the start', fault: { latencyMs: 2 }, start: t0 - 500, end: t0 + 1500 },
      { index: 2, name: 'inside', fault: { reset: 0.1 }, start: t0 + 3000, end: t0 + 4000 },
      { index: 3, name: 'still on', fault: { drop: 0.1 }, start: t0 + 8000 },
      { index: 4, name: 'after', fault: { drop: 0.1 }, start: t0 + 20_000 },
    ],
  };
  const spans = faultSpansBetween(t0, t0 + 10_000, [source]);
  assert.deepEqual(spans, [
    { name: 'spans the start', fault: { latencyMs: 2 }, start: 0, end: 1500 },
    { name: 'inside', fault: { reset: 0.1 }, start: 3000, end: 4000 },
    { name: 'still on', fault: { drop: 0.1 }, start: 8000 },
  ]);
});

test('describes each fault in one line for the report', () => {
  const w = windows([calm, calm, calm, [200, 0.48], [150, 0.02], calm]);
  const block = analyzeFaults(w, [
    { name: 'flaky link', fault: { reset: 0.5 }, start: 3000, end: 4000 },
    { name: 'slow link', fault: { latencyMs: 100 }, start: 5500 },
  ]);
  assert.deepEqual(describeFaultsBlock(block), [
    'flaky link (reset 50%) from 3 s for 1 s: error rate 48% (before: 0%), p95 200 ms (before: 10 ms); back to normal 1 s after it ended',
    'slow link (latency 100 ms) from 5.5 s on: error rate 0% (before: 0%), p95 10 ms (before: 10 ms); the fault lasted until the end of the run',
  ]);
});

test('reads a faults block from a file defensively', () => {
  assert.deepEqual(describeFaultsBlock(undefined), []);
  assert.deepEqual(describeFaultsBlock({ faults: 'x' }), []);
  assert.deepEqual(describeFaultsBlock({ faults: [{ name: 'odd', during: { iterations: 0 } }, 7] }), ['odd: no request finished; no recovery time']);
});

test('the markdown and terminal reports show each fault of a scenario, escaped', async () => {
  const { renderLoadMarkdown, renderLoadTerminal } = await import('../../../src/report/load.ts');
  const w = windows([calm, calm, calm, [200, 0.3], [220, 0.3], [12, 0], calm]);
  const block = analyzeFaults(w, [{ name: '<img src=x onerror=alert(1)> @team', fault: { reset: 0.3 }, start: 3000, end: 5000 }]);
  const scenario = {
    name: 'events | faults',
    executor: 'constant-arrival-rate',
    model: 'open' as const,
    duration: 7000,
    iterations: 700,
    throughput: 100,
    errors: { count: 60, rate: 60 / 700, byKind: { ECONNRESET: 60 } },
    dropped: 0,
    thresholds: [],
    windows: w,
    faults: block as unknown as Record<string, unknown>,
  };
  const markdown = renderLoadMarkdown([scenario]);
  assert.match(markdown, /\*\*Network faults:\*\*/);
  assert.match(markdown, /error rate 30%/);
  assert.doesNotMatch(markdown, /<img/);
  assert.doesNotMatch(markdown, /@team/);
  const terminal = renderLoadTerminal([scenario]);
  assert.match(terminal, /fault · events \| faults: .*error rate 30%/);
});
