// The pieces of instructions mode that need no valgrind: batch sizes, agreement, the command line,
// and what a person is told when valgrind cannot run.
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { agree, roundedCalls } from '../../../src/measure/instruments/counted.ts';
import { callgrindArgs, DETERMINISTIC_V8_FLAGS, instructionsUnavailable, requireValgrind } from '../../../src/measure/instruments/valgrind.ts';
import { UsageError } from '../../../src/errors.ts';

describe('roundedCalls', () => {
  it('rounds down to 1, 2 or 5 times a power of ten', () => {
    assert.deepEqual(
      [0, 0.4, 1, 1.9, 2, 4.99, 5, 9.9, 10, 19, 49, 51, 99, 100, 2_600, 7_300_000].map(roundedCalls),
      [1, 1, 1, 1, 2, 2, 5, 5, 10, 10, 20, 50, 50, 100, 2_000, 5_000_000],
    );
  });

  it('keeps the same batch size when a call costs 2% more, except at a step', () => {
    const same = [3, 7, 15, 33, 70, 180, 420, 900].filter((calls) => roundedCalls(calls) === roundedCalls(calls / 1.02));
    assert.equal(same.length, 8);
  });
});

describe('agree', () => {
  it('holds counts within a tenth of a percent of the larger to be the same', () => {
    assert.equal(agree(1_000_000, 1_000_999), true);
    assert.equal(agree(1_000_000, 1_001_100), false);
    assert.equal(agree(5, 5), true);
  });
});

describe('the command line of a counted process', () => {
  it('dumps at every getegid call into the folder it is given, one file name per process', () => {
    const args = callgrindArgs('/tmp/dumps');
    assert.ok(args.includes('--tool=callgrind'));
    assert.ok(args.includes('--dump-before=getegid'));
    assert.ok(args.includes('--callgrind-out-file=/tmp/dumps/callgrind.out.%p'));
  });

  it('runs V8 without background threads, predictably, with fixed seeds and gc() exposed', () => {
    for (const flag of ['--single-threaded', '--predictable', '--predictable-gc-schedule', '--expose-gc'])
      assert.ok(DETERMINISTIC_V8_FLAGS.includes(flag), flag);
    assert.ok(DETERMINISTIC_V8_FLAGS.some((flag) => flag.startsWith('--hash-seed=')));
    assert.ok(DETERMINISTIC_V8_FLAGS.some((flag) => flag.startsWith('--random-seed=')));
  });
});

describe('when instructions cannot be counted', () => {
  const empty = mkdtempSync(join(tmpdir(), 'benchgate-no-valgrind-'));
  const withValgrind = mkdtempSync(join(tmpdir(), 'benchgate-valgrind-'));
  writeFileSync(join(withValgrind, 'valgrind'), '#!/bin/sh\n');
  chmodSync(join(withValgrind, 'valgrind'), 0o755);
  after(() => {
    rmSync(empty, { recursive: true, force: true });
    rmSync(withValgrind, { recursive: true, force: true });
  });

  it('says what to install when valgrind is not on PATH', () => {
    assert.throws(
      () => requireValgrind({ PATH: empty }, 'linux'),
      (err: Error) =>
        err instanceof UsageError && err.message.includes("measure 'instructions' needs valgrind") && err.message.includes('sudo apt-get install -y valgrind'),
    );
  });

  it('says the mode is Linux-only on macOS and Windows, valgrind or not', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      assert.match(instructionsUnavailable(platform, '/usr/bin/valgrind') ?? '', /runs on Linux only; this machine is (darwin|win32)/);
    }
  });

  it('finds valgrind on PATH', () => {
    assert.equal(requireValgrind({ PATH: `${empty}:${withValgrind}` }, 'linux'), join(withValgrind, 'valgrind'));
  });
});
