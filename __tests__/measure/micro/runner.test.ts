import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../../src/errors.ts';
import { runMicroSuite, type MicroSuiteOptions, type MicroSuiteResult, type ProgressEvent } from '../../../src/measure/micro/runner.ts';
import type { BenchmarkResult } from '../../../src/results/model.ts';

const cwd = fileURLToPath(new URL('../../../', import.meta.url));
const SUITES = '__tests__/fixtures/suites';

function run(suite: string, options: MicroSuiteOptions = {}): Promise<MicroSuiteResult> {
  return runMicroSuite({ cwd, dir: `${SUITES}/${suite}`, node: process.execPath, roundTimeMs: 10, warmupMs: 10, ...options });
}

function named(result: MicroSuiteResult, name: string): BenchmarkResult {
  const found = result.benchmarks.find((b) => b.name === name);
  assert.ok(found, `no result named "${name}" among ${result.benchmarks.map((b) => b.name).join(', ')}`);
  return found;
}

/**
 * Whether the process has ended, allowing a few seconds for SIGTERM and SIGKILL to be acted on.
 * A zombie has ended too: orphans wait for PID 1 to reap them, which in a container may never happen.
 */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 60; i++) {
    let state: string;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    } catch {
      return true;
    }
    if (state === 'Z' || state === 'X') return true;
    await new Promise((done) => setTimeout(done, 50));
  }
  return false;
}

function assertMeasured(benchmark: BenchmarkResult, samples: number): void {
  assert.equal(benchmark.error, undefined, `${benchmark.name} failed: ${benchmark.error}`);
  assert.equal(benchmark.samples.length, samples, `${benchmark.name}: samples`);
  for (const value of benchmark.samples) assert.ok(Number.isFinite(value) && value > 0, `${benchmark.name}: sample ${value}`);
}

describe('a suite of a TypeScript file and a plain .mjs file, 8 samples over 2 processes', () => {
  let result: MicroSuiteResult;
  const events: ProgressEvent[] = [];

  let elapsed = 0;

  before(async () => {
    const started = performance.now();
    result = await run('basic', { samples: 8, processes: 2, onEvent: (e) => events.push(e) });
    elapsed = performance.now() - started;
  });

  it('measures the benchmarks of both files, in file and registration order', () => {
    assert.deepEqual(
      result.benchmarks.map((b) => [b.group, b.name]),
      [
        [`${SUITES}/basic/alpha.bench.ts`, 'parse points'],
        [`${SUITES}/basic/alpha.bench.ts`, 'sum points'],
        [`${SUITES}/basic/alpha.bench.ts`, 'stringify points'],
        [`${SUITES}/basic/beta.bench.mjs`, 'join words'],
        [`${SUITES}/basic/beta.bench.mjs`, 'sort words'],
      ],
    );
  });

  it('gives each benchmark ceil(samples / processes) samples from each process, in ns/op', () => {
    for (const benchmark of result.benchmarks) {
      assertMeasured(benchmark, 8);
      assert.deepEqual(benchmark.processes, [0, 0, 0, 0, 1, 1, 1, 1]);
      assert.equal(benchmark.unit, 'ns/op');
      assert.equal(benchmark.direction, 'smaller');
    }
  });

  it('runs one process at a time, interleaving the files across process indices', () => {
    const slots = events.filter((e) => e.type === 'file-start' || e.type === 'file-end').map((e) => `${e.type} ${e.file.split('/').pop()} p${e.process}`);
    assert.deepEqual(slots, [
      'file-start alpha.bench.ts p0',
      'file-end alpha.bench.ts p0',
      'file-start beta.bench.mjs p0',
      'file-end beta.bench.mjs p0',
      'file-start alpha.bench.ts p1',
      'file-end alpha.bench.ts p1',
      'file-start beta.bench.mjs p1',
      'file-end beta.bench.mjs p1',
    ]);
  });

  it('runs every benchmark once per round, in an order shuffled anew each round', () => {
    const orders = new Map<string, string[]>();
    for (const e of events) {
      if (e.type !== 'round' || !e.file.endsWith('alpha.bench.ts')) continue;
      const key = `p${e.process} r${e.round}`;
      orders.set(key, [...(orders.get(key) ?? []), e.benchmark]);
    }
    assert.deepEqual([...orders.keys()], ['p0 r1', 'p0 r2', 'p0 r3', 'p0 r4', 'p1 r1', 'p1 r2', 'p1 r3', 'p1 r4']);
    for (const [key, order] of orders) {
      assert.deepEqual([...order].sort(), ['parse points', 'stringify points', 'sum points'], `round ${key}`);
    }
    // Eight rounds of three benchmarks all in one order would happen by chance once in 280,000 runs.
    const distinct = new Set([...orders.values()].map((order) => order.join(' | ')));
    assert.ok(distinct.size > 1, `every round ran in the same order: ${[...distinct][0]}`);
  });

  it('counts progress in rounds of a file, up to files × processes × rounds', () => {
    const ends = events.filter((e) => e.type === 'round-end');
    assert.equal(ends.length, 2 * 2 * 4);
    assert.deepEqual(
      ends.map((e) => e.done),
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    assert.ok(ends.every((e) => e.total === 16));
  });

  it('records how long each benchmark took to measure, loading its file included, within the time the suite took', () => {
    let sum = 0;
    for (const benchmark of result.benchmarks) {
      assert.ok(benchmark.wallTime !== undefined && benchmark.wallTime > 0, `${benchmark.name}: wallTime ${benchmark.wallTime}`);
      // 8 rounds of 10 ms and a warm-up of at least 10 ms in each of 2 processes.
      assert.ok(benchmark.wallTime >= 8 * 10, `${benchmark.name}: ${benchmark.wallTime} ms`);
      sum += benchmark.wallTime;
    }
    assert.ok(sum <= elapsed, `the wall times add up to ${sum} ms, more than the ${elapsed} ms the suite took`);
  });

  it('reports the environment of the Node that ran the benchmarks', () => {
    assert.equal(result.env.node, process.version);
    assert.ok(result.env.cores >= 1);
    assert.ok(result.env.cpu.length > 0);
  });
});

describe('runMicroSuite', () => {
  it('reports a throwing benchmark and a rejecting one with their messages while the others in the file still get every sample', async () => {
    const result = await run('errors', { samples: 4, processes: 2 });
    assertMeasured(named(result, 'steady'), 4);
    assertMeasured(named(result, 'steady too'), 4);
    assert.match(named(result, 'throws').error ?? '', /^the parser broke, at __tests__\/fixtures\/suites\/errors\/failing\.bench\.ts:\d+:\d+$/);
    assert.match(named(result, 'rejects').error ?? '', /^the promise was rejected, at .*failing\.bench\.ts:\d+:\d+$/);
  });

  it('stops benchmarks that hang (a busy loop, a promise that never settles) after the timeout and finishes the rest', async () => {
    const started = Date.now();
    const result = await run('hangs', { samples: 16, processes: 2, timeoutMs: 2_000 });
    assertMeasured(named(result, 'finishes'), 16);
    assertMeasured(named(result, 'finishes too'), 16);
    assert.deepEqual(named(result, 'finishes too').processes, [...Array(8).fill(0), ...Array(8).fill(1)]);
    assert.equal(named(result, 'spins forever').error, 'timed out after 2 s in setup or warm-up');
    assert.equal(named(result, 'never resolves').error, 'timed out after 2 s in setup or warm-up');
    const later = named(result, 'spins later');
    assert.match(later.error ?? '', /^timed out after 2 s in round [1-8]$/);
    assert.ok(later.samples.length < 8, `samples before the hang: ${later.samples.length}`);
    // Three hangs cost three timeouts of 2 s, not three times the default 30 s. The machine is
    // shared, so the bound is generous; it only has to tell 2 s timeouts from 30 s ones.
    assert.ok(Date.now() - started < 60_000);
  });

  it('ends the processes a benchmark started, on timeout and on completion, without waiting for the pipes they hold', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'benchgate-sleepers-'));
    try {
      const started = Date.now();
      const result = await run('grandchildren', { samples: 2, processes: 2, timeoutMs: 3_000, env: { PATH: process.env.PATH, SLEEPER_DIR: dir } });
      // Two processes, each with one 3 s timeout: far from the sleepers' 1000 s. Generous for a shared machine.
      assert.ok(Date.now() - started < 45_000, `took ${Date.now() - started} ms`);
      assertMeasured(named(result, 'leaves a sleeper behind'), 2);
      assert.equal(named(result, 'hangs next to a sleeper').error, 'timed out after 3 s in setup or warm-up');
      const pids = readdirSync(dir).map((f) => Number(readFileSync(join(dir, f), 'utf8')));
      assert.equal(pids.length, 4, 'each process started two sleepers');
      for (const pid of pids) assert.equal(await gone(pid), true, `sleeper ${pid} outlived the run`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a file that registers no benchmark, under the file name', async () => {
    const result = await run('empty', { samples: 2 });
    assert.deepEqual(
      result.benchmarks.map((b) => b.name),
      [`${SUITES}/empty/nothing.bench.ts`],
    );
    assert.match(result.benchmarks[0]?.error ?? '', /registers no benchmarks: call bench\(name, fn\)/);
    assert.deepEqual(result.benchmarks[0]?.samples, []);
  });

  it('reports a file that throws while loading, with the thrown message', async () => {
    const result = await run('broken', { samples: 2 });
    assert.equal(result.benchmarks.length, 1);
    assert.equal(result.benchmarks[0]?.name, `${SUITES}/broken/throws-on-load.bench.mjs`);
    assert.equal(result.benchmarks[0]?.error, 'could not be loaded: no config found for this benchmark');
  });

  it('fails a name used twice, in one file or across files, and keeps names unique', async () => {
    const result = await run('duplicates', { samples: 2 });
    const names = result.benchmarks.map((b) => b.name);
    assert.equal(new Set(names).size, names.length);
    assert.match(named(result, 'twice here').error ?? '', /registered 2 times in this file; benchmark names must be unique/);
    assert.match(named(result, 'shared name').error ?? '', /used in both .*first\.bench\.mjs and .*second\.bench\.mjs/);
    assertMeasured(named(result, 'only first'), 2);
    assertMeasured(named(result, 'only second'), 2);
  });

  it('gives the unfinished benchmarks of a crashed process an error quoting its stderr', async () => {
    const result = await run('crash', { samples: 2 });
    for (const name of ['exits the process', 'would be fine']) {
      const error = named(result, name).error ?? '';
      assert.match(error, /exited with code 3 during setup or warm-up of "exits the process"/);
      assert.match(error, /fatal: out of widgets/);
    }
  });

  it('gives the benchmark processes the environment it is passed instead of its own', async () => {
    process.env.BENCHGATE_SECRET = 'from the parent';
    try {
      const result = await run('env', { samples: 1, processes: 1, env: { PATH: process.env.PATH, BENCHGATE_TAG: 'given' } });
      assert.deepEqual(
        result.benchmarks.map((b) => b.name),
        ['tag=given secret=absent'],
      );
    } finally {
      delete process.env.BENCHGATE_SECRET;
    }
  });

  it('runs only the benchmarks the filter matches, in one process when asked for one', async () => {
    const result = await run('basic', { samples: 3, processes: 1, filter: /words$/ });
    assert.deepEqual(
      result.benchmarks.map((b) => b.name),
      ['join words', 'sort words'],
    );
    for (const benchmark of result.benchmarks) {
      assertMeasured(benchmark, 3);
      assert.deepEqual(benchmark.processes, [0, 0, 0]);
    }
  });

  it("runs a shard's part: only the files it names, and of each only the benchmarks its selection lets run", async () => {
    const alpha = `${SUITES}/basic/alpha.bench.ts`;
    const beta = `${SUITES}/basic/beta.bench.mjs`;
    const only = await run('basic', { samples: 2, processes: 1, selection: new Map([[alpha, { kind: 'only', names: ['sum points'] }]]) });
    assert.deepEqual(
      only.benchmarks.map((b) => b.name),
      ['sum points'],
    );
    const except = await run('basic', {
      samples: 2,
      processes: 1,
      selection: new Map([
        [alpha, { kind: 'except', names: ['sum points'] }],
        [beta, { kind: 'all' }],
      ]),
    });
    assert.deepEqual(
      except.benchmarks.map((b) => b.name),
      ['parse points', 'stringify points', 'join words', 'sort words'],
    );
    for (const b of except.benchmarks) assertMeasured(b, 2);
    const none = await run('basic', { samples: 2, processes: 1, filter: /points/, selection: new Map([[beta, { kind: 'all' }]]) });
    assert.deepEqual(none.benchmarks, [], 'a shard whose part the filter empties is no error: other shards may have matches');
  });

  it('rejects with the abort reason and stops the child when the signal aborts', async () => {
    const controller = new AbortController();
    const started = Date.now();
    await assert.rejects(
      run('basic', { samples: 40, signal: controller.signal, onEvent: (e) => e.type === 'sample' && controller.abort(new Error('stop now')) }),
      /stop now/,
    );
    assert.ok(Date.now() - started < 10_000);
  });

  it('refuses bad options and a missing folder with messages naming them', async () => {
    await assert.rejects(
      run('basic', { processes: 0 }),
      (err: unknown) => err instanceof UsageError && /processes: expected a whole number of at least 1, found 0/.test(err.message),
    );
    await assert.rejects(run('basic', { samples: 2.5 }), /samples: expected a whole number/);
    await assert.rejects(run('basic', { roundTimeMs: -1 }), /roundTimeMs: expected a positive number/);
    await assert.rejects(run('no-such-suite'), /benchmark folder __tests__\/fixtures\/suites\/no-such-suite not found/);
    await assert.rejects(runMicroSuite({ cwd, files: [`${SUITES}/basic/missing.bench.ts`] }), /missing\.bench\.ts: benchmark file not found/);
    await assert.rejects(run('basic', { roundTimeMs: 500, timeoutMs: 400 }), /roundTimeMs \(500\) must be shorter than timeoutMs \(400\)/);
    await assert.rejects(
      run('basic', { node: '/nowhere/bin/node', samples: 1 }),
      /could not start the benchmark process with node "\/nowhere\/bin\/node": spawn \/nowhere\/bin\/node ENOENT/,
    );
    await assert.rejects(
      run('basic', { filter: /^nothing matches$/, samples: 1, processes: 1 }),
      /the filter \/\^nothing matches\$\/ matches no benchmark in 2 file/,
    );
  });
});
