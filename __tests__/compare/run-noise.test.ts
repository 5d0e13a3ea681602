import assert from 'node:assert/strict';
import { test } from 'node:test';
import { learnRunNoise, MAX_HISTORY_RUNS, processSpread, runNoiseFor } from '../../src/compare/run-noise.ts';
import type { BenchmarkResult, RunResult } from '../../src/results/model.ts';
import { gaussian, seededRandom as random } from '../../src/stats/random.ts';

function normals(rnd: () => number): () => number {
  return () => gaussian(rnd);
}

let counter = 0;
function run(benchmarks: BenchmarkResult[], suite = 'micro'): RunResult {
  counter++;
  return {
    format: 'benchgate/results',
    version: 1,
    suite,
    run: {
      id: `run-${counter}`,
      time: new Date(Date.UTC(2025, 0, 1, counter)).toISOString(),
      tool: 'benchgate',
      env: { node: 'v24.0.0', os: 'linux', arch: 'x64', cpu: 'test', cores: 2 },
    },
    benchmarks,
  };
}

/** `count` runs, newest first, where each benchmark's median moves by `noise` (relative sd) from run to run. */
function history(
  names: string[],
  count: number,
  noise: number | ((name: string) => number),
  seed: number,
  level: (run: number) => number = () => 1,
): RunResult[] {
  const g = normals(random(seed));
  return Array.from({ length: count }, (_, r) =>
    run(
      names.map((name) => {
        const sd = typeof noise === 'number' ? noise : noise(name);
        const median = 100 * level(r) * Math.exp(sd * g());
        // A little within-run spread around the run's median.
        return { name, unit: 'ns', direction: 'smaller', samples: [0.99, 1, 1.01].map((f) => median * f) };
      }),
    ),
  );
}

const names = Array.from({ length: 10 }, (_, i) => `b${i}`);

test('learns the run-to-run spread of a benchmark median from the history', () => {
  const model = learnRunNoise(history(names, 30, 0.05, 1));
  assert.equal(model.runs, 30);
  assert.ok(model.pooled! > 0.04 && model.pooled! < 0.06, `pooled ${model.pooled}, true 0.05`);
  for (const name of names) {
    const noise = runNoiseFor(model, name, 0.03);
    assert.equal(noise.source, 'history');
    assert.equal(noise.runs, 30);
    assert.ok(noise.noise > 0.03 && noise.noise < 0.075, `${name}: ${noise.noise}`);
  }
});

test('tells a quiet benchmark from a noisy one', () => {
  const model = learnRunNoise(history(['quiet', 'noisy', 'x', 'y'], 30, (n) => (n === 'noisy' ? 0.2 : 0.02), 2));
  const quiet = runNoiseFor(model, 'quiet', 0.03).noise;
  const noisy = runNoiseFor(model, 'noisy', 0.03).noise;
  assert.ok(noisy > 4 * quiet, `noisy ${noisy}, quiet ${quiet}`);
  assert.ok(noisy > 0.12 && noisy < 0.25, `noisy ${noisy}, true 0.2`);
});

test('a lasting change on the baseline branch barely moves the learned noise', () => {
  const steady = learnRunNoise(history(names, 20, 0.03, 3)).pooled!;
  // The code got 40% faster ten runs ago: one large step between neighbours.
  const stepped = learnRunNoise(history(names, 20, 0.03, 3, (r) => (r < 10 ? 0.6 : 1))).pooled!;
  assert.ok(stepped < 1.25 * steady, `with step ${stepped}, without ${steady}`);
  // A plain standard deviation of the medians would be dominated by the step.
  assert.ok(stepped < 0.1);
});

test('falls back to the default with fewer than three runs', () => {
  for (const count of [0, 1, 2]) {
    const model = learnRunNoise(history(names, count, 0.05, 4));
    assert.equal(model.pooled, undefined);
    assert.deepEqual(runNoiseFor(model, 'b0', 0.03), { noise: 0.03, source: 'default', runs: 0 });
  }
  const three = learnRunNoise(history(names, 3, 0.05, 4));
  assert.equal(runNoiseFor(three, 'b0', 0.03).source, 'history');
});

test('gives a benchmark with little or no history the pooled value of the others', () => {
  const past = history(names, 12, 0.05, 5);
  // 'fresh' appears only in the newest run.
  past[0]!.benchmarks.push({ name: 'fresh', unit: 'ns', direction: 'smaller', samples: [1, 2, 3] });
  const model = learnRunNoise(past);
  assert.deepEqual(runNoiseFor(model, 'fresh', 0.03), { noise: model.pooled, source: 'history', runs: 1 });
  assert.deepEqual(runNoiseFor(model, 'never seen', 0.03), { noise: model.pooled, source: 'history', runs: 0 });
});

test('shrinks a benchmark with few runs toward the pooled value', () => {
  const past = history(names, 20, 0.02, 6);
  // 'wild' is in only the newest three runs, and jumps by a factor of two each time.
  [100, 200, 100].forEach((m, i) => past[i]!.benchmarks.push({ name: 'wild', unit: 'ns', direction: 'smaller', samples: [m] }));
  const model = learnRunNoise(past);
  const own = Math.log(2) / (0.6744897501960817 * Math.SQRT2);
  const wild = runNoiseFor(model, 'wild', 0.03).noise;
  assert.ok(wild < own && wild > model.pooled!, `own ${own}, pooled ${model.pooled}, shrunk ${wild}`);
  // Two differences against a prior worth four: a third of the way in variance.
  assert.ok(Math.abs(wild ** 2 - (own ** 2 / 3 + (2 * model.pooled! ** 2) / 3)) < 1e-12);
});

test('uses only runs of the suite, skips the runs it is told to, and the newest MAX_HISTORY_RUNS', () => {
  const mine = history(names, 5, 0.05, 7);
  const other = history(names, 5, 0.5, 8).map((r) => ({ ...r, suite: 'load' }));
  const model = learnRunNoise([...mine, ...other], 'micro', [mine[0]!.run.id]);
  assert.equal(model.runs, 4);
  assert.ok(model.pooled! < 0.2, 'the noisy other suite is not mixed in');
  const many = learnRunNoise(history(names, MAX_HISTORY_RUNS + 15, 0.05, 9));
  assert.equal(many.runs, MAX_HISTORY_RUNS);
});

test('ignores history medians in a unit other than the newest', () => {
  const past = history(names, 8, 0.02, 10);
  // Older runs measured b0 in ms: a factor of a million would look like enormous noise.
  for (const r of past.slice(4)) {
    const b = r.benchmarks.find((x) => x.name === 'b0')!;
    b.unit = 'ms';
    b.samples = b.samples.map((v) => v / 1e6);
  }
  const model = learnRunNoise(past);
  assert.equal(runNoiseFor(model, 'b0', 0.03).runs, 4);
  assert.ok(runNoiseFor(model, 'b0', 0.03).noise < 0.1);
});

test('skips failed benchmarks and medians that are not positive', () => {
  const past = history(['a', 'b', 'c'], 6, 0.03, 11);
  past[1]!.benchmarks[0] = { name: 'a', unit: 'ns', direction: 'smaller', samples: [], error: 'Timeout' };
  past[2]!.benchmarks[0] = { name: 'a', unit: 'ns', direction: 'smaller', samples: [0, 0, 0] };
  const model = learnRunNoise(past);
  assert.equal(runNoiseFor(model, 'a', 0.03).runs, 4);
  assert.ok(Number.isFinite(runNoiseFor(model, 'a', 0.03).noise));
});

test('reports how far the processes of one run disagree', () => {
  const g = normals(random(12));
  const processMedians = [100, 110, 90, 105];
  const samples: number[] = [];
  const processes: number[] = [];
  processMedians.forEach((m, p) => {
    for (let i = 0; i < 25; i++) {
      samples.push(m * Math.exp(0.01 * g()));
      processes.push(p);
    }
  });
  const spread = processSpread({ name: 'x', unit: 'ns', direction: 'smaller', samples, processes })!;
  assert.equal(spread.processes, 4);
  const logs = processMedians.map(Math.log);
  const mean = logs.reduce((a, b) => a + b, 0) / 4;
  const expected = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / 3);
  assert.ok(Math.abs(spread.spread - expected) < 0.01, `${spread.spread} vs ${expected}`);
  assert.ok(spread.withinProcess > 0.005 && spread.withinProcess < 0.02, `${spread.withinProcess}`);
  assert.ok(spread.spread > 5 * spread.withinProcess, 'samples clustered by process');
});

test('has no process spread without process ids, with one process, or with non-positive samples', () => {
  const base: BenchmarkResult = { name: 'x', unit: 'ns', direction: 'smaller', samples: [1, 2, 3, 4] };
  assert.equal(processSpread(base), undefined);
  assert.equal(processSpread({ ...base, processes: [0, 0, 0, 0] }), undefined);
  assert.equal(processSpread({ ...base, processes: [0, 1] }), undefined, 'lengths differ');
  assert.equal(processSpread({ ...base, samples: [0, 1, 2, 3], processes: [0, 0, 1, 1] }), undefined);
  assert.equal(processSpread({ ...base, processes: [0, 0, 1, 1] })!.processes, 2);
});
