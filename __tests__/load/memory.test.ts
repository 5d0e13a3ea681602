// The memory check: a known leak is flagged, operations that keep nothing are not, and the
// statistics behind the verdict (least-squares slope, Student's t interval) match SciPy.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeMemory, DEFAULT_LEAK_THRESHOLD, requireGc, runMemorySeries, type MemorySample } from '../../src/load/memory.ts';
import { linearTrend } from '../../src/stats/regression.ts';
import { tQuantile } from '../../src/stats/student-t.ts';
import { runLoadSuite } from '../../src/load/runner.ts';
import { MISSING, PYTHON, oracleOptions } from '../support/scipy.ts';

// The test runner does not start files with --expose-gc; this is the same collector, reached another way.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const LINREGRESS = `
import json, sys
from scipy import stats
q = json.load(sys.stdin)
out = {"quantiles": [float(stats.t.ppf(p, df)) for p, df in q["quantiles"]], "fits": []}
for x, y in q["fits"]:
    r = stats.linregress(x, y)
    half = stats.t.ppf(0.975, len(x) - 2) * r.stderr
    out["fits"].append({"slope": r.slope, "intercept": r.intercept, "stderr": r.stderr, "lo": r.slope - half, "hi": r.slope + half})
json.dump(out, sys.stdout)
`;
import { seededRandom as random } from '../../src/stats/random.ts';

function close(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)), `${what}: ${actual} vs ${expected}`);
}

test("Student's t quantiles and the slope's interval agree with SciPy", oracleOptions, () => {
  const rnd = random(7);
  const quantiles: Array<[number, number]> = [];
  for (const df of [1, 2, 3, 5, 10, 28, 38, 100, 1000]) {
    for (const p of [0.001, 0.025, 0.05, 0.3, 0.6, 0.95, 0.975, 0.999]) quantiles.push([p, df]);
  }
  const fits: Array<[number[], number[]]> = [];
  for (let c = 0; c < 20; c++) {
    const n = 3 + Math.floor(rnd() * 60);
    const x = Array.from({ length: n }, (_, i) => i * 50);
    const slope = (rnd() - 0.5) * 2000;
    fits.push([x, x.map((v) => 8e6 + slope * v + (rnd() - 0.5) * 1e5)]);
  }
  if (!PYTHON) assert.fail(MISSING);
  const oracle = JSON.parse(execFileSync(PYTHON, ['-c', LINREGRESS], { input: JSON.stringify({ quantiles, fits }), encoding: 'utf8' })) as {
    quantiles: number[];
    fits: Array<{ slope: number; intercept: number; stderr: number; lo: number; hi: number }>;
  };
  quantiles.forEach(([p, df], i) => close(tQuantile(p, df), oracle.quantiles[i]!, 1e-8, `t(${p}, ${df})`));
  fits.forEach(([x, y], i) => {
    const ours = linearTrend(x, y);
    const theirs = oracle.fits[i]!;
    close(ours.slope, theirs.slope, 1e-9, `slope ${i}`);
    close(ours.intercept, theirs.intercept, 1e-9, `intercept ${i}`);
    close(ours.stderr, theirs.stderr, 1e-9, `stderr ${i}`);
    close(ours.ci[0], theirs.lo, 1e-9, `lower bound ${i}`);
    close(ours.ci[1], theirs.hi, 1e-9, `upper bound ${i}`);
  });
});

test('flags a leak of about 1 KB of heap per operation within 2,000 operations', async () => {
  const kept: number[][] = [];
  let i = 0;
  // 125 small integers: an 8-byte slot each, about 1 KB per array with its header.
  const series = await runMemorySeries(() => kept.push(new Array<number>(125).fill(i++)), { iterations: 2_000, gc });
  const result = analyzeMemory(series);
  assert.equal(result.verdict, 'leak', result.reason);
  assert.ok(result.growthPerOp > 900 && result.growthPerOp < 1_300, `growth ${result.growthPerOp} B/op`);
  assert.ok(result.ci[0] > DEFAULT_LEAK_THRESHOLD);
  assert.ok(result.heapGrowthPerOp > 900, 'the growth is in the V8 heap');
  assert.equal(result.operations, 2_000);
  assert.match(result.reason, /above the 64 B\/op threshold/);
  assert.ok(kept.length >= 2_000);
});

test('flags a leak of 1 KB Buffers per operation, which live outside the V8 heap', async () => {
  const kept: Buffer[] = [];
  const series = await runMemorySeries(() => kept.push(Buffer.alloc(1024, 1)), { iterations: 2_000, gc });
  const result = analyzeMemory(series);
  assert.equal(result.verdict, 'leak', result.reason);
  assert.ok(result.growthPerOp > 1_000 && result.growthPerOp < 1_500, `growth ${result.growthPerOp} B/op`);
  assert.ok(result.heapGrowthPerOp < result.growthPerOp / 2, 'most of the growth is external memory');
});

test('20 runs of operations that keep nothing give no leak verdict', async () => {
  const cache = new Map<number, { at: number }>();
  let key = 0;
  const operations: Array<() => unknown> = [
    () => JSON.parse(JSON.stringify({ id: key++, tags: ['a', 'b'], body: 'x'.repeat(200) })),
    () => new Promise<void>((resolve) => setImmediate(resolve)),
    () => {
      // A bounded cache: entries come and go, the size stays at 100.
      cache.set(key, { at: key });
      cache.delete(key - 100);
      key++;
    },
    async () => {
      const parts = await Promise.all([1, 2, 3].map(async (n) => ({ n, s: String(n).repeat(50) })));
      return parts.map((p) => p.s).join('');
    },
  ];
  const verdicts: string[] = [];
  for (let run = 0; run < 20; run++) {
    const series = await runMemorySeries(operations[run % operations.length]!, { iterations: 1_000, sampleEvery: 100, gc });
    const result = analyzeMemory(series);
    assert.notEqual(result.verdict, 'leak', `run ${run}: ${result.reason}`);
    verdicts.push(result.verdict);
  }
  assert.equal(verdicts.length, 20);
});

function syntheticSeries(perOp: number, noise: number, count: number, seed: number): MemorySample[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, i) => ({
    operations: i * 100,
    heapUsed: 10e6 + perOp * i * 100 + (rnd() - 0.5) * noise,
    external: 1e6,
    rss: 60e6,
  }));
}

test('the verdict is a leak only when the whole interval clears the threshold, and says so', () => {
  const peaks = { peakHeap: 20e6, peakRss: 70e6 };
  const leak = analyzeMemory({ samples: syntheticSeries(200, 2_000, 30, 1), ...peaks });
  assert.equal(leak.verdict, 'leak');
  const none = analyzeMemory({ samples: syntheticSeries(0, 2_000, 30, 2), ...peaks });
  assert.equal(none.verdict, 'no-leak');
  assert.match(none.reason, /stays below the 64 B\/op threshold/);
  // 100 B/op buried in noise of ±1.5 MB over 5 samples: the interval straddles the threshold.
  const unsure = analyzeMemory({ samples: syntheticSeries(100, 3e6, 5, 3), ...peaks });
  assert.equal(unsure.verdict, 'inconclusive', unsure.reason);
  assert.match(unsure.reason, /run more iterations/);
  const stricter = analyzeMemory({ samples: syntheticSeries(200, 2_000, 30, 1), ...peaks }, { threshold: 500 });
  assert.equal(stricter.verdict, 'no-leak');
  assert.equal(stricter.threshold, 500);
  assert.equal(leak.peakRss, 70e6);
});

test('an operation that throws is counted and the check goes on', async () => {
  let n = 0;
  const series = await runMemorySeries(
    () => {
      if (n++ % 10 === 0) throw new Error('boom');
    },
    { iterations: 200, sampleEvery: 20, warmup: 0, gc },
  );
  assert.equal(series.errors, 20);
  assert.equal(series.samples.length, 11);
  assert.equal(series.latencies.length, 200);
});

test('stops at the abort signal with the samples taken so far', async () => {
  const controller = new AbortController();
  let n = 0;
  const series = await runMemorySeries(
    () => {
      if (++n === 120) controller.abort();
    },
    { iterations: 10_000, sampleEvery: 50, warmup: 20, gc, signal: controller.signal },
  );
  assert.equal(series.latencies.length, 100);
  assert.deepEqual(
    series.samples.map((s) => s.operations),
    [0, 50, 100],
  );
});

test('without global.gc the error says how to get it', () => {
  const saved = (globalThis as { gc?: unknown }).gc;
  delete (globalThis as { gc?: unknown }).gc;
  try {
    assert.throws(() => requireGc('query events'), /scenario "query events": .*global\.gc is missing; run the process with node --expose-gc/);
  } finally {
    if (saved !== undefined) (globalThis as { gc?: unknown }).gc = saved;
  }
});

test('refuses too few samples to fit a line, naming what to change', () => {
  assert.throws(
    () => analyzeMemory({ samples: syntheticSeries(0, 0, 2, 1), peakHeap: 0, peakRss: 0 }),
    /expected at least 3 samples in the steady part of the run, found 1; run more iterations or sample more often/,
  );
});

test('a memory scenario run by benchgate in its own process flags the leaky operation and passes the clean one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'benchgate-memory-'));
  try {
    const api = pathToFileURL(join(import.meta.dirname, '../../src/api.ts')).href;
    const file = join(dir, 'memory.load.ts');
    writeFileSync(
      file,
      [
        `import { scenario } from ${JSON.stringify(api)};`,
        'const kept: number[][] = [];',
        "scenario('leaky cache', { executor: 'memory', iterations: 2000, thresholds: { heap: ['max<1e9'] } }, () => { kept.push(new Array(125).fill(kept.length)); });",
        "scenario('clean parse', { executor: 'memory', iterations: 2000 }, () => JSON.parse('{\"a\":[1,2,3]}'));",
      ].join('\n'),
    );
    const run = await runLoadSuite({ files: [file], cwd: dir, node: process.execPath });
    const [leaky, clean] = run.scenarios;
    assert.equal(leaky?.error, undefined, leaky?.error);
    const leak = leaky?.memory as { verdict?: string; growthPerOp?: number } | undefined;
    assert.equal(leak?.verdict, 'leak');
    assert.ok((leak?.growthPerOp ?? 0) > 900, `growth ${leak?.growthPerOp}`);
    // The leak check is a threshold, so it fails the gate; the user's own heap threshold held.
    assert.deepEqual(
      leaky?.thresholds.map((t) => [t.metric, t.expression, t.passed]),
      [
        ['heap', 'max<1e9', true],
        ['heap', 'growth per op < 64 B (leak check)', false],
      ],
    );
    assert.notEqual((clean?.memory as { verdict?: string } | undefined)?.verdict, 'leak');
    assert.ok(clean?.thresholds.every((t) => t.passed));
    const names = run.benchmarks.map((b) => `${b.name} [${b.unit}]`);
    for (const expected of ['leaky cache › heap after GC [B]', 'leaky cache › peak heap [B]', 'leaky cache › peak RSS [B]', 'clean parse › p95 latency [ms]']) {
      assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
