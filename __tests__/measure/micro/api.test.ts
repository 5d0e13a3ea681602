import assert from 'node:assert/strict';
import os from 'node:os';
import { describe, it } from 'node:test';
import { bench } from '../../../src/api.ts';
import { UsageError } from '../../../src/errors.ts';
import { collectEnvironment } from '../../../src/results/environment.ts';

type Registry = { benchmarks: { name: string; options: object }[] };
const registry = () => (globalThis as Record<symbol, Registry | undefined>)[Symbol.for('benchgate.registry')];

describe('bench()', () => {
  it('registers on globalThis under Symbol.for("benchgate.registry"), where another copy of the runner finds it', () => {
    const before = registry()?.benchmarks.length ?? 0;
    const setup = () => {};
    bench('api: shared registry', () => 1, { timeout: 5_000, setup, unit: 'us' });
    const added = registry()?.benchmarks.slice(before);
    assert.deepEqual(
      added?.map((b) => [b.name, b.options]),
      [['api: shared registry', { timeout: 5_000, setup, unit: 'us' }]],
    );
  });

  it('refuses a missing name, a non-function, and bad options, naming what it found', () => {
    const call =
      (...args: unknown[]) =>
      () =>
        (bench as (...a: unknown[]) => void)(...args);
    assert.throws(
      call('', () => 1),
      (err: unknown) => err instanceof UsageError && /expected the name to be a non-empty string, found ""/.test(err.message),
    );
    assert.throws(call('x', 'not a function'), /bench\("x", fn\): expected fn to be a function, found "not a function"/);
    assert.throws(
      call('x', () => 1, { timeout: -5 }),
      /expected timeout to be a positive number of milliseconds, found -5/,
    );
    assert.throws(
      call('x', () => 1, { setup: 3 }),
      /expected setup to be a function, found 3/,
    );
    assert.throws(
      call('x', () => 1, { unit: 'minutes' }),
      /expected unit to be one of ns, us, µs, ms, s, found "minutes"/,
    );
    assert.throws(
      call('x', () => 1, []),
      /expected options to be an object, found an array of 0/,
    );
  });
});

describe('collectEnvironment', () => {
  it('describes this Node and machine, naming the runner from RUNNER_NAME when set', () => {
    const env = collectEnvironment({ RUNNER_NAME: 'GitHub Actions 7' });
    assert.equal(env.node, process.version);
    assert.equal(env.os, `${os.platform()} ${os.release()}`);
    assert.equal(env.arch, os.arch());
    assert.ok(env.cpu.length > 0);
    assert.ok(Number.isInteger(env.cores) && env.cores >= 1);
    assert.equal(env.runner, 'GitHub Actions 7');
  });

  it('falls back to the host name for the runner', () => {
    assert.equal(collectEnvironment({}).runner, os.hostname());
  });
});
