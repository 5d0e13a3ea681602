// A driven benchmark child: warmed up once, then told round by round what to run.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { childCommand, checkCpuList } from '../../../src/measure/ab/command.ts';
import { DrivenChild, type DrivenChildOptions } from '../../../src/measure/ab/driven-child.ts';
import { PairOrders } from '../../../src/measure/ab/order.ts';
import { isFlat } from '../../../src/measure/micro/measure.ts';
import { UsageError } from '../../../src/errors.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const API = pathToFileURL(join(REPO, 'src/api.ts')).href;
const folder = mkdtempSync(join(tmpdir(), 'benchgate-driven-'));
after(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, body: string): string {
  const path = join(folder, name);
  writeFileSync(path, `import { bench } from ${JSON.stringify(API)};\n${body}`);
  return path;
}

function start(path: string, options: Partial<DrivenChildOptions> = {}): Promise<DrivenChild> {
  return DrivenChild.start({
    ...childCommand({ node: process.execPath, gc: true }),
    cwd: folder,
    file: path,
    roundTimeMs: 5,
    warmupMs: 10,
    timeoutMs: 2_000,
    gc: true,
    statistic: 'median',
    ...options,
  });
}

describe('a driven child', () => {
  it('warms every benchmark up once, then runs exactly the benchmarks each round names, in that order', async () => {
    const path = file('three.bench.mjs', "bench('a', () => Math.sqrt(2));\nbench('b', () => 'x'.repeat(8));\nbench('c', () => [1, 2, 3].map((x) => x * 2));\n");
    const child = await start(path);
    try {
      assert.deepEqual(
        child.registered.map((b) => b.name),
        ['a', 'b', 'c'],
      );
      assert.deepEqual([...child.warmups.keys()], ['a', 'b', 'c']);
      for (const w of child.warmups.values()) assert.ok(w.ms > 0 && typeof w.settled === 'boolean');
      const first = await child.runRound(1, ['c', 'a']);
      assert.deepEqual([...first.samples.keys()], ['c', 'a']);
      for (const value of first.samples.values()) assert.ok(value > 0 && Number.isFinite(value));
      const second = await child.runRound(2, ['b']);
      assert.deepEqual([...second.samples.keys()], ['b']);
      assert.equal(second.ended, undefined);
    } finally {
      await child.finish();
    }
    assert.equal(child.ended, 'finished');
  });

  it('reports a benchmark that throws in a round, and goes on running the others', async () => {
    const flag = join(folder, 'break-now');
    const path = file(
      'throws.bench.mjs',
      `import { existsSync } from 'node:fs';\nbench('fine', () => 1 + 1);\nbench('breaks', () => { if (existsSync(${JSON.stringify(flag)})) throw new Error('broke on purpose'); });\n`,
    );
    const child = await start(path);
    try {
      const clean = await child.runRound(1, ['breaks', 'fine']);
      assert.deepEqual([...clean.samples.keys()], ['breaks', 'fine']);
      writeFileSync(flag, '');
      const outcome = await child.runRound(2, ['breaks', 'fine']);
      assert.match(outcome.errors.get('breaks') ?? '', /^broke on purpose, at .*throws\.bench\.mjs:\d+:\d+/);
      assert.deepEqual([...outcome.samples.keys()], ['fine']);
      assert.deepEqual(child.runnable, ['fine']);
      const later = await child.runRound(3, ['breaks', 'fine']);
      assert.deepEqual([...later.samples.keys()], ['fine'], 'a failed benchmark is not run again');
    } finally {
      await child.finish();
    }
  });

  it('stops a benchmark that hangs in a round after the timeout and says which, in which round', async () => {
    const path = file(
      'hangs.bench.mjs',
      "let hang = false;\nbench('spins', () => { if (hang) for (;;) {} });\nbench('sets it off', () => { hang = true; });\n",
    );
    const child = await start(path, { timeoutMs: 400, only: ['spins'] });
    assert.deepEqual(
      child.registered.map((b) => b.name),
      ['spins'],
      'only the benchmarks asked for are warmed up',
    );
    await child.finish();

    const both = await start(path, { timeoutMs: 400 });
    const outcome = await both.runRound(7, ['sets it off', 'spins']);
    assert.equal(outcome.errors.get('spins'), 'timed out after 400 ms in round 7');
    assert.match(outcome.ended ?? '', /^stopped: "spins" timed out/);
    assert.deepEqual(both.runnable, []);
    await both.finish();
  });

  it('says why a file cannot be loaded', async () => {
    const path = file('broken.bench.mjs', "throw new Error('no config found');\n");
    const child = await start(path);
    assert.equal(child.loadError, 'could not be loaded: no config found');
    await child.finish();
  });
});

describe('pair order', () => {
  it('runs every two pairs of a benchmark once base-first and once head-first, the first of each two at random', () => {
    const orders = new PairOrders();
    const seen = Array.from({ length: 200 }, () => orders.next('x'));
    for (let i = 0; i < seen.length; i += 2) assert.notEqual(seen[i], seen[i + 1], `pairs ${i} and ${i + 1}`);
    const firsts = seen.filter((_, i) => i % 2 === 0);
    const baseFirst = firsts.filter((o) => o === 'base-first').length;
    assert.ok(baseFirst > 25 && baseFirst < 75, `${baseFirst} of 100 blocks began base-first`);
    assert.equal(new PairOrders(() => 0.9).next('y'), 'head-first');
  });
});

describe('noise controls', () => {
  it('checks a CPU list before any process is pinned', () => {
    assert.doesNotThrow(() => checkCpuList('0', 2));
    assert.doesNotThrow(() => checkCpuList('0-1,1', 2));
    assert.throws(
      () => checkCpuList('1;rm -rf', 2),
      (err: Error) => err instanceof UsageError && /expected a CPU list such as 1, 2,3 or 0-3/.test(err.message),
    );
    assert.throws(() => checkCpuList('3-1', 4), /runs backwards; write it as 1-3/);
    assert.throws(() => checkCpuList('2', 2), /CPU 2 does not exist; this machine has CPUs 0 to 1/);
  });

  it('starts the children through taskset when pinned, with --expose-gc when asked, and says so when taskset is missing', () => {
    const pinned = childCommand({ node: process.execPath, gc: true, cpu: '0' });
    assert.equal(pinned.command, 'taskset');
    assert.deepEqual(pinned.args.slice(0, 4), ['-c', '0', process.execPath, '--expose-gc']);
    assert.ok(!childCommand({ node: process.execPath, gc: false }).args.includes('--expose-gc'));
    assert.throws(
      () => childCommand({ node: process.execPath, gc: true, cpu: '0', env: { PATH: join(folder, 'nothing-here') } }),
      /--cpu pins the benchmark processes with taskset, but it was not found in PATH; install util-linux/,
    );
  });

  it('calls timings settled when the later half of the window has the median of the earlier half', () => {
    assert.equal(isFlat([10, 10.1, 9.9, 10, 10.05, 9.95, 10.1, 10]), true);
    assert.equal(isFlat([12, 11.5, 11, 10.8, 10.2, 10, 9.9, 9.8]), false, 'still getting faster');
    assert.equal(isFlat([10, 10, 10, 10, 10, 30, 10, 10]), true, 'one interrupted chunk does not count');
  });
});
