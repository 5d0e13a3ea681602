import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { InputError } from '../../../src/errors.ts';
import { parsePytest } from '../../../src/results/import/pytest.ts';
import { parseResults } from '../../../src/results/io.ts';

const fixture = readFileSync(new URL('../../fixtures/tool-outputs/pytest_output.json', import.meta.url), 'utf8');

/** The published fixture with the placeholder its maintainers put in place of most timings taken out. */
function withoutPlaceholder(): string {
  const doc = JSON.parse(fixture);
  for (const b of doc.benchmarks) b.stats.data = b.stats.data.filter((x: unknown) => typeof x === 'number');
  return JSON.stringify(doc);
}

test('takes the raw timings of real pytest-benchmark output as samples in seconds', () => {
  const [fib10, fib20] = parsePytest(withoutPlaceholder(), 'pytest.json');
  assert.equal(fib10!.name, 'bench.py::test_fib_10');
  assert.equal(fib10!.unit, 's');
  assert.equal(fib10!.direction, 'smaller');
  assert.deepEqual(fib10!.samples.slice(0, 2), [3.215300000025678e-5, 2.8706999999794647e-5]);
  assert.equal(fib20!.name, 'bench.py::test_fib_20');
});

test('names the timing that is not a number in a truncated file', () => {
  assert.throws(
    () => parsePytest(fixture, 'pytest.json'),
    (err: unknown) =>
      err instanceof InputError &&
      err.message === 'pytest.json: benchmarks[0].stats.data[4]: expected a timing in seconds (a positive number), found "... omitted to keep this file small"',
  );
});

test('falls back to the median as the only sample when the file has no raw timings', () => {
  const doc = JSON.parse(fixture);
  for (const b of doc.benchmarks) delete b.stats.data;
  const [fib10] = parsePytest(JSON.stringify(doc), 'pytest.json');
  assert.deepEqual(fib10!.samples, [2.2300000000363696e-5]);
});

test('says what it expected of a file that is not pytest-benchmark output', () => {
  assert.throws(
    () => parsePytest('[]', 'pytest.json'),
    /pytest\.json: benchmarks: expected pytest-benchmark JSON with a "benchmarks" array, found an array of 0/,
  );
  assert.throws(
    () => parsePytest('{"benchmarks": [{"fullname": "a", "stats": {}}]}', 'pytest.json'),
    /benchmarks\[0\]\.stats\.median: expected a positive number of seconds, found undefined/,
  );
});

const exec = promisify(execFile);
const hasPytestBenchmark = await exec('python3', ['-c', 'import pytest_benchmark'], { timeout: 20_000 }).then(
  () => true,
  () => false,
);

test('imports output freshly written by pytest-benchmark', { skip: !hasPytestBenchmark && 'pytest-benchmark is not installed', timeout: 120_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'benchgate-pytest-'));
  try {
    await writeFile(
      join(dir, 'test_fib.py'),
      'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\ndef test_fib_12(benchmark):\n    benchmark(fib, 12)\n',
    );
    await exec('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '--benchmark-json=out.json', '--benchmark-max-time=0.05', 'test_fib.py'], {
      cwd: dir,
      timeout: 100_000,
    });
    const run = parseResults(await readFile(join(dir, 'out.json'), 'utf8'), 'out.json', { tool: 'pytest' });
    const [fib] = run.benchmarks;
    assert.equal(fib!.name, 'test_fib.py::test_fib_12');
    assert.ok(fib!.samples.length >= 5, `${fib!.samples.length} samples`);
    // fib(12) takes microseconds, not seconds: the samples are in seconds, not ns or ms.
    assert.ok(fib!.summary!.median > 1e-7 && fib!.summary!.median < 0.1, String(fib!.summary!.median));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
