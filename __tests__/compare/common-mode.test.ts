import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { commonNoiseFor, learnCommonMode, leaveOneOutMedians, MIN_COMMON_RUNS, relativeNoiseFor } from '../../src/compare/common-mode.ts';
import { compare } from '../../src/compare/compare.ts';
import { median } from '../../src/stats/descriptive.ts';
import { learnRunNoise, runNoiseFor } from '../../src/compare/run-noise.ts';
import type { BenchmarkComparison, Comparison } from '../../src/compare/types.ts';
import { commonShiftSentence, methodSentence } from '../../src/report/summary.ts';
import type { BenchmarkResult, Direction, RunResult } from '../../src/results/model.ts';
import { gaussian, seededRandom as random } from '../../src/stats/random.ts';

function normals(seed: number): () => number {
  const rnd = random(seed);
  return () => gaussian(rnd);
}

let runs = 0;
function run(benchmarks: BenchmarkResult[], suite = 'micro'): RunResult {
  runs++;
  return {
    format: 'benchgate/results',
    version: 1,
    suite,
    run: {
      id: `run-${runs}`,
      time: new Date(Date.UTC(2025, 0, 1, 0, runs)).toISOString(),
      tool: 'benchgate',
      env: { node: 'v24.0.0', os: 'linux', arch: 'x64', cpu: 'test', cores: 2 },
    },
    benchmarks,
  };
}

interface Bench {
  name: string;
  /** Median time (or rate) on a machine at level 1. */
  median: number;
  direction?: Direction;
}

const names = (count: number, prefix = 'b'): Bench[] => Array.from({ length: count }, (_, i) => ({ name: `${prefix}${i}`, median: 100 * (i + 1) }));

/**
 * One run of `benches` on a machine `level` times slower (times grow, rates shrink), each benchmark
 * further scaled by `own(name)` (a code change or its own run-to-run move), with log-normal samples.
 */
function measure(benches: Bench[], level: number, seed: number, own: (name: string) => number = () => 1, cv = 0.02, n = 20): RunResult {
  const g = normals(seed);
  return run(
    benches.map((b) => {
      const slower = level * own(b.name);
      const centre = b.direction === 'bigger' ? b.median / slower : b.median * slower;
      return {
        name: b.name,
        unit: b.direction === 'bigger' ? 'ops/s' : 'ns',
        direction: b.direction ?? 'smaller',
        samples: Array.from({ length: n }, () => centre * Math.exp(cv * g())),
      };
    }),
  );
}

/** `count` runs, newest first, of a machine whose level moves by `common` and each benchmark against the rest by `relative`. */
function machine(benches: Bench[], count: number, common: number | ((run: number) => number), relative: number, seed: number): RunResult[] {
  const g = normals(seed);
  return Array.from({ length: count }, (_, r) => {
    const level = typeof common === 'number' ? Math.exp(common * g()) : common(r);
    const moves = new Map(benches.map((b) => [b.name, Math.exp(relative * g())]));
    return measure(benches, level, seed * 100 + r, (name) => moves.get(name)!, 0.01, 10);
  });
}

function only(c: Comparison, name: string): BenchmarkComparison {
  const found = c.benchmarks.find((b) => b.name === name);
  assert.ok(found, `no comparison for ${name}`);
  return found;
}

const flagged = (c: Comparison): number => c.counts.regression + c.counts.improvement;

test('the leave-one-out median of each value is the median of all the others', () => {
  const rnd = random(1);
  for (let n = 2; n <= 12; n++) {
    for (let trial = 0; trial < 20; trial++) {
      // Few distinct values, so that ties are common.
      const values = Array.from({ length: n }, () => Math.floor(rnd() * 6) - 2);
      const expected = values.map((_, i) => median(values.filter((__, j) => j !== i)));
      assert.deepEqual(leaveOneOutMedians(values), expected, `values ${values}`);
    }
  }
  assert.throws(() => leaveOneOutMedians([1]), /at least two values; got 1/);
});

test('learns how much whole runs move and, apart from that, how much each benchmark moves against the rest', () => {
  const benches = names(12);
  const history = machine(benches, 20, 0.2, 0.03, 2);
  const model = learnCommonMode(history);
  const common = commonNoiseFor(model, 0.25);
  assert.equal(common.source, 'history');
  assert.ok(common.noise > 0.13 && common.noise < 0.3, `σ_c ${common.noise}, true 0.2`);
  const relative = relativeNoiseFor(model, 'b3', 0.05);
  assert.equal(relative.source, 'history');
  assert.equal(relative.runs, 20);
  assert.ok(relative.noise > 0.02 && relative.noise < 0.05, `σ_r ${relative.noise}, true 0.03`);
  // Per benchmark, without the split, the whole-run moves swamp the benchmark's own.
  const total = runNoiseFor(learnRunNoise(history), 'b3', 0.03).noise;
  assert.ok(total > 3 * relative.noise, `total ${total}, relative ${relative.noise}`);
});

test(`keeps the default whole-run noise until the history has ${MIN_COMMON_RUNS} runs, while the relative one is learned from 3`, () => {
  const benches = names(6);
  const short = learnCommonMode(machine(benches, MIN_COMMON_RUNS - 1, 0.01, 0.01, 3));
  assert.deepEqual(commonNoiseFor(short, 0.25), { noise: 0.25, source: 'default', runs: 0 });
  assert.equal(relativeNoiseFor(short, 'b0', 0.05).source, 'history');
  const enough = learnCommonMode(machine(benches, MIN_COMMON_RUNS, 0.01, 0.01, 3));
  assert.equal(commonNoiseFor(enough, 0.25).source, 'history');
  assert.ok(commonNoiseFor(enough, 0.25).noise < 0.03);
  const two = learnCommonMode(machine(benches, 2, 0.01, 0.01, 3));
  assert.deepEqual(relativeNoiseFor(two, 'b0', 0.05), { noise: 0.05, source: 'default', runs: 0 });
});

test('counts the odd fast run of a machine with slow and fast periods into the whole-run noise', () => {
  // As measured here: most runs slow, about one in five 1.7× faster.
  const benches = names(8);
  const level = (r: number): number => (r % 5 === 2 ? 1 / 1.7 : 1);
  const history = machine(benches, 15, level, 0.03, 4);
  const noise = commonNoiseFor(learnCommonMode(history), 0.25).noise;
  assert.ok(noise > 0.2, `σ_c ${noise}`);
  // A median of the same differences would not see the fast runs at all.
  const levels = history.map((r) => median(r.benchmarks.map((b) => Math.log(median(b.samples) / benches.find((x) => x.name === b.name)!.median))));
  const differences = levels.slice(1).map((l, i) => Math.abs(levels[i]! - l));
  assert.ok(median(differences) / (0.6745 * Math.SQRT2) < 0.05);
});

test('orients throughput against time, so that a slow run is one common shift for both', () => {
  const benches: Bench[] = [...names(5, 't'), ...names(5, 'r').map((b) => ({ ...b, direction: 'bigger' as const }))];
  const model = learnCommonMode(machine(benches, 12, 0.25, 0.02, 5));
  assert.ok(model.relative.pooled! < 0.04, `σ_r ${model.relative.pooled}, true 0.02`);
  assert.ok(commonNoiseFor(model, 0).noise > 0.15);
});

const realRuns = [1, 2, 3, 4, 5].map((i) => JSON.parse(readFileSync(new URL(`../fixtures/runs/real-aa/aa${i}.json`, import.meta.url), 'utf8')) as RunResult);

test('flags nothing in any pair of five real A/A runs of this machine, with the others as history or with none', () => {
  for (const [i, head] of realRuns.entries()) {
    for (const [j, base] of realRuns.entries()) {
      if (i === j) continue;
      const others = realRuns.filter((_, k) => k !== i && k !== j).reverse();
      for (const history of [[], others]) {
        const c = compare(head, base, history);
        assert.equal(flagged(c), 0, `head aa${i + 1}, baseline aa${j + 1}, ${history.length} earlier runs: ${JSON.stringify(c.counts)}`);
        assert.equal(c.commonShift?.explainedByNoise, true);
      }
    }
  }
});

const loadedDir = new URL('../fixtures/runs/real-loaded/', import.meta.url);
const injections = JSON.parse(readFileSync(new URL('injected.json', loadedDir), 'utf8')) as Record<string, Record<string, number>>;
/** 24 real runs of evaluation/workloads in the order measured: A/A and A/B (some workloads slowed by 2–25%) in turn. */
const loaded = readdirSync(loadedDir)
  .filter((file) => /^run\d+\.json$/.test(file))
  .sort()
  .map((file) => ({ file, run: JSON.parse(readFileSync(new URL(file, loadedDir), 'utf8')) as RunResult, injected: injections[file] ?? {} }));
/** The A/A runs measured before run `upTo`, newest first: what the store holds for the baseline branch. */
const unchangedRuns = (upTo: number): RunResult[] =>
  loaded
    .slice(0, upTo)
    .filter((r) => Object.keys(r.injected).length === 0)
    .map((r) => r.run)
    .reverse();

test('flags no unchanged workload in 24 real runs of a loaded machine, each compared with the A/A runs stored before it or with the newest alone', () => {
  assert.equal(loaded.length, 24);
  for (let t = 1; t < loaded.length; t++) {
    const { file, run: head, injected } = loaded[t]!;
    const [baseline, ...earlier] = unchangedRuns(t);
    for (const history of [earlier, []]) {
      const c = compare(head, baseline, history);
      for (const b of c.benchmarks) {
        const slowed = injected[b.name] ?? 0;
        const where = `${file} with ${history.length} earlier runs, ${b.name} slowed by ${slowed}`;
        assert.notEqual(b.verdict, 'improvement', `${where}: ${b.reason}`);
        if (slowed === 0) assert.notEqual(b.verdict, 'regression', `${where}: ${b.reason}`);
      }
    }
  }
});

test('finds nothing in any pair of 12 real A/A runs of a loaded machine', () => {
  const aa = unchangedRuns(loaded.length);
  assert.equal(aa.length, 12);
  for (const head of aa) {
    for (const base of aa) {
      if (head !== base) assert.equal(flagged(compare(head, base, [])), 0, `${head.run.id} against ${base.run.id}`);
    }
  }
});

test('does not call every benchmark a regression when a whole real run was 4.4× slower than the one before', () => {
  const c = compare(loaded[3]!.run, loaded[2]!.run, []);
  assert.ok(c.commonShift!.change > 3, `${c.commonShift!.change}`);
  for (const b of c.benchmarks) {
    if ((loaded[3]!.injected[b.name] ?? 0) === 0) assert.notEqual(b.verdict, 'regression', `${b.name}: ${b.reason}`);
  }
});

test('says that the whole run moved when a real fast run is compared with a slow one', () => {
  const c = compare(realRuns[0]!, realRuns[3]!, []);
  assert.ok(c.commonShift!.change < -0.3, `${c.commonShift!.change}`);
  assert.equal(c.commonShift!.runNoiseSource, 'default');
  // Each reason names the largest source of noise: the whole run's move, or, where the two processes
  // of a side disagree more than their rounds, the samples counted by process.
  for (const b of c.benchmarks) {
    assert.equal(b.verdict, 'inconclusive');
    assert.match(
      b.reason,
      /the whole run moved -\d+(\.\d)?%, which this machine's runs do \(they vary by ±40%, assumed: no stored run has measured it yet\)\. What would decide it: 4 more stored runs|samples vary by .* within the run\. What would decide it: .* the test counts processes \(2 and 2\), not rounds\.$/,
    );
  }
});

test('catches a 30% slowdown of one benchmark on a run where the whole machine was also 25% slower', () => {
  const benches = names(12);
  const base = measure(benches, 1, 10);
  const head = measure(benches, 1.25, 11, (name) => (name === 'b4' ? 1.3 : 1));
  const history = [measure(benches, 1.1, 12), ...machine(benches, 11, 0.25, 0.02, 13)];
  for (const past of [[], history]) {
    const c = compare(head, base, past);
    const b = only(c, 'b4');
    assert.equal(b.verdict, 'regression', b.reason);
    assert.ok(Math.abs(b.relativeChange! - 0.3) < 0.03, `relative ${b.relativeChange}`);
    assert.equal(flagged(c), 1, JSON.stringify(c.counts));
    assert.equal(c.commonShift!.explainedByNoise, true);
    if (past.length === 0) {
      assert.match(b.reason, /\+\d+(\.\d)?% against the rest of the suite, which moved \+2\d(\.\d)?%: significant/);
      assert.ok(Math.abs(c.commonShift!.change - 0.25) < 0.02);
      // The regression's interval counts the relative noise only; the others' every between-run noise.
      const other = only(c, 'b5');
      assert.ok(b.ci![1] - b.ci![0] < (other.ci![1] - other.ci![0]) / 2, `${b.ci} against ${other.ci}`);
      assert.ok(b.ci![0] > 0.3, `the change is ~62%: ${b.ci}`);
    } else {
      // With 12 stored runs the history is the reference: the change is against the median of the
      // stored runs with the whole run's shift (the run against the window, not against the baseline alone) split off.
      assert.match(b.reason, /^Up \d+(\.\d)?% against the median of 1\d stored runs, the whole run's shift of \+\d+(\.\d)?% split off .*significant/);
      assert.ok(Math.abs(b.change! - 0.3) < 0.03, `change ${b.change}`);
      assert.ok(b.ci![0] > 0.15 && b.ci![1] < 0.45, `ci ${b.ci}`);
    }
  }
});

test('a PR that makes most benchmarks faster does not make an unchanged one a regression', () => {
  const benches = names(10);
  const faster = (name: string): number => (name === 'b0' || name === 'b1' ? 1 : 0.7);
  const quiet = machine(benches, 20, 0.02, 0.01, 20);
  const swaying = machine(benches, 12, 0.25, 0.01, 22);
  const cases = [
    { level: 1, history: [], machine: 'no history' },
    { level: 1.04, history: [], machine: 'no history' },
    // Beyond the threshold, but not clear of 0 once benchmarks may move ±5% against each other.
    { level: 1.07, history: [], machine: 'no history' },
    { level: 1, history: quiet, machine: 'quiet' },
    { level: 1.04, history: quiet, machine: 'quiet' },
    // Beyond the threshold, but a 30% common shift is more than this machine does: the code moved the rest.
    { level: 1.06, history: quiet, machine: 'quiet' },
    { level: 1.04, history: swaying, machine: 'swaying whole runs, steady ratios' },
  ];
  for (const { level, history, machine } of cases) {
    // The model of two runs with the between-run noise learned from the history: a window below
    // MIN_HISTORY_RUNS keeps the history from being the reference (history-reference.test.ts covers that).
    const c = compare(measure(benches, level, 21, faster), measure(benches, 1, 23), history, { window: 2 });
    for (const name of ['b0', 'b1']) {
      const b = only(c, name);
      // Against the rest, the unchanged ones rose by 1 / 0.7 − 1 ≈ 43%: only their own change keeps them from being flagged.
      assert.ok(b.relativeChange! > 0.35, `${name} relative ${b.relativeChange}`);
      assert.notEqual(b.verdict, 'regression', `machine ×${level}, ${machine}: ${b.reason}`);
    }
    if (machine === 'quiet') {
      assert.equal(c.counts.improvement, 8, `the eight faster, on a quiet machine: ${JSON.stringify(c.counts)}`);
      assert.match(only(c, 'b0').reason, /Against the rest of the suite it moved \+4\d(\.\d)?% \(adjusted p < 0\.001\)\.$/);
      assert.equal(c.commonShift!.explainedByNoise, false);
    }
    assert.equal(c.counts.regression, 0);
  }
});

test('catches a uniform 20% slowdown of everything on a machine whose whole runs move by 3%', () => {
  const benches = names(10);
  const history = machine(benches, 20, 0.03, 0.01, 30);
  const head = measure(benches, 1.2, 31);
  const c = compare(head, history[0]!, history.slice(1));
  assert.equal(c.counts.regression, 10, JSON.stringify(c.counts));
  assert.equal(c.commonShift!.runNoiseSource, 'history');
  assert.ok(c.commonShift!.runNoise! < 0.05, `σ_c ${c.commonShift!.runNoise}`);
  assert.equal(c.commonShift!.explainedByNoise, false);
  for (const b of c.benchmarks) assert.doesNotMatch(b.reason, /against the rest/);
});

test('cannot tell a uniform 20% slowdown from a slower machine until the history shows the machine is quiet', () => {
  const benches = names(10);
  const base = measure(benches, 1, 32);
  const c = compare(measure(benches, 1.2, 33), base, []);
  assert.equal(flagged(c), 0, JSON.stringify(c.counts));
  assert.equal(c.commonShift!.explainedByNoise, true);
  for (const b of c.benchmarks) {
    assert.equal(b.verdict, 'inconclusive');
    assert.match(
      b.reason,
      /the whole run moved \+\d+(\.\d)?%, which this machine's runs do \(they vary by ±40%, assumed: no stored run has measured it yet\)\. What would decide it: 4 more stored runs .*\.$/,
    );
  }
});

test("names the benchmark's own moves against the rest of the suite when they make the interval too wide", () => {
  const benches = names(8);
  const history = machine(benches, 12, 0.005, 0.08, 35);
  const c = compare(
    measure(benches, 1, 36, (name) => (name === 'b0' ? 1.1 : 1)),
    history[0]!,
    history.slice(1),
    { window: 2 },
  );
  const b = only(c, 'b0');
  assert.equal(b.verdict, 'inconclusive');
  assert.ok(b.runNoise! > 0.05 && b.runNoise! < 0.12, `σ_r ${b.runNoise}, true 0.08`);
  assert.match(b.reason, /; it moves by ±\d+(\.\d)?% against the rest of the suite from run to run\. What would decide it: .*\.$/);
});

test('says how much whole runs vary when they make the interval too wide though this run did not move', () => {
  const benches = names(8);
  const c = compare(
    measure(benches, 1, 37, (name) => (name === 'b0' ? 1.12 : 1)),
    measure(benches, 1, 38),
    [],
  );
  const b = only(c, 'b0');
  assert.equal(b.verdict, 'inconclusive');
  assert.match(
    b.reason,
    /^Too noisy to tell: \+1\d(\.\d)?% .*; whole runs of this machine vary by ±40% between them \(assumed: no stored run has measured it yet\)\. What would decide it: 4 more stored runs .*\.$/,
  );
});

test('a benchmark that moved only a little more than a slower whole run is not a regression', () => {
  const benches = names(10);
  const history = machine(benches, 12, 0.25, 0.003, 40);
  const head = measure(benches, 1.25, 41, (name) => (name === 'b2' ? 1.025 : 1), 0.002, 30);
  const c = compare(
    head,
    measure(benches, 1, 42, () => 1, 0.002, 30),
    history,
    { window: 2 },
  );
  const b = only(c, 'b2');
  assert.ok(b.change! > 0.25 && b.relativeChange! > 0.015, `change ${b.change}, relative ${b.relativeChange}`);
  assert.notEqual(b.verdict, 'regression', b.reason);
  assert.equal(flagged(c), 0, JSON.stringify(c.counts));
});

test('treats throughput and times of one slow run as one common shift, and catches a rate that fell further', () => {
  const benches: Bench[] = [...names(6, 't'), ...names(6, 'r').map((b) => ({ ...b, direction: 'bigger' as const }))];
  const head = measure(benches, 1.25, 50, (name) => (name === 'r3' ? 1.4 : 1));
  const c = compare(head, measure(benches, 1, 51), []);
  assert.equal(only(c, 'r3').verdict, 'regression', only(c, 'r3').reason);
  assert.ok(only(c, 'r3').relativeChange! < -0.25, `${only(c, 'r3').relativeChange}`);
  assert.equal(flagged(c), 1, JSON.stringify(c.counts));
  // Times and rates tie, so the shift is told in times: slower is up.
  assert.ok(Math.abs(c.commonShift!.change - 0.25) < 0.02, `${c.commonShift!.change}`);
  assert.ok(c.commonShift!.share > 0.9);
});

test('falls back to the whole between-run noise with fewer than four benchmarks to split', () => {
  const benches = names(3);
  const c = compare(measure(benches, 1, 60), measure(benches, 1, 61), [], { defaultRunNoise: 0.05, defaultCommonNoise: 0.25 });
  assert.equal(c.commonShift, undefined);
  for (const b of c.benchmarks) {
    assert.equal(b.relativeChange, undefined);
    assert.ok(Math.abs(b.runNoise! - Math.hypot(0.05, 0.25)) < 1e-12);
  }
});

test('compares a benchmark that cannot be logged with the whole between-run noise, next to a split suite', () => {
  const benches = names(5);
  const base = measure(benches, 1, 70);
  const head = measure(benches, 1, 71);
  base.benchmarks.push({ name: 'misses', unit: 'count', direction: 'smaller', samples: [0, 1, 1, 2, 1, 0, 1, 1] });
  head.benchmarks.push({ name: 'misses', unit: 'count', direction: 'smaller', samples: [1, 0, 1, 1, 2, 1, 1, 0] });
  const c = compare(head, base, [], { defaultRunNoise: 0.05, defaultCommonNoise: 0.25 });
  const misses = only(c, 'misses');
  assert.equal(misses.relativeChange, undefined);
  assert.ok(Math.abs(misses.runNoise! - Math.hypot(0.05, 0.25)) < 1e-12);
  assert.equal(only(c, 'b0').runNoise, 0.05);
  assert.notEqual(only(c, 'b0').relativeChange, undefined);
});

test("the report tells a whole-run shift within this machine's noise from one beyond it", () => {
  const benches = names(10);
  const slower = commonShiftSentence(compare(measure(benches, 1.2, 80), measure(benches, 1, 81), []));
  assert.match(
    slower!,
    /^All benchmarks moved \+(19\.\d|20\.\d)% together, which this machine's runs do \(they vary by ±40%\): likely a slower runner, not the code\.$/,
  );
  const history = machine(benches, 20, 0.03, 0.01, 82);
  const beyond = commonShiftSentence(compare(measure(benches, 1.2, 83), history[0]!, history.slice(1)));
  assert.match(
    beyond!,
    /^All benchmarks moved \+\d+\.\d% together, more than this machine's runs usually do \(they vary by ±\d%\): possibly the code, not only the runner\.$/,
  );
  // Every comparison across runs has a common shift; a small one is not news.
  assert.equal(commonShiftSentence(compare(measure(benches, 1, 84), measure(benches, 1, 85), [])), undefined);
});

test('the report says which between-run noise was assumed and which was learned', () => {
  const benches = names(6);
  const fresh = compare(measure(benches, 1, 90), measure(benches, 1, 91), []);
  assert.match(methodSentence(fresh), /between-run noise assumed ±5% per benchmark and ±40% for whole runs \(no history yet\)$/);
  const short = machine(benches, 4, 0.2, 0.02, 92);
  assert.match(
    methodSentence(compare(measure(benches, 1, 93), short[0]!, short.slice(1))),
    /between-run noise learned from 4 runs \(whole runs assumed to move by ±40% until the history is longer\)$/,
  );
  const long = machine(benches, 12, 0.2, 0.02, 94);
  assert.match(methodSentence(compare(measure(benches, 1, 95), long[0]!, long.slice(1), { window: 2 })), /between-run noise learned from 12 runs$/);
  // From 5 stored runs on, the history is the reference, and the sentence says so.
  assert.match(
    methodSentence(compare(measure(benches, 1, 95), long[0]!, long.slice(1))),
    /^robust prediction interval over the stored runs, .*, 6 benchmarks judged against a window of 12 stored runs$/,
  );
});
