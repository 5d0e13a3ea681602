import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { needs, PYTHON_WITH_PYTEST_BENCHMARK, run } from '../../support/tools.ts';
import { parsePytest } from '../../../src/results/import/pytest.ts';
import { parseResults } from '../../../src/results/import/parse.ts';

const fixture = readFileSync(new URL('../../fixtures/tool-outputs/pytest_output.json', import.meta.url), 'utf8');

test("reads github-action-benchmark's fixture, whose round times were cut short, as its ops: operations per second, bigger is better", () => {
  const notes: string[] = [];
  const [fib10, fib20] = parsePytest(fixture, 'pytest.json', notes);
  assert.deepEqual([fib10!.name, fib10!.unit, fib10!.direction, fib10!.samples], ['bench.py::test_fib_10', 'iter/sec', 'bigger', [41513.272817492856]]);
  assert.deepEqual(fib20!.samples, [335.0049328331567]);
  assert.match(notes[0]!, /benchmarks\[0\]\.stats\.data: 5 round time\(s\) for 38523 rounds, .*read ops as the one sample/);
});

test('takes every round time as a sample, turned into a rate, when the file has them all', () => {
  const doc = JSON.parse(fixture);
  doc.benchmarks[0].stats.data = [0.5, 0.25, 0.125];
  doc.benchmarks[0].stats.rounds = 3;
  const [fib10] = parsePytest(JSON.stringify(doc), 'pytest.json');
  assert.deepEqual(fib10!.samples, [2, 4, 8]);
  assert.deepEqual(fib10!.processes, [0, 0, 0]);
});

test('says what it expected of a file that is not pytest-benchmark output', () => {
  assert.throws(
    () => parsePytest('[]', 'pytest.json'),
    /pytest\.json: benchmarks: expected pytest-benchmark JSON with a "benchmarks" array, found an array of 0/,
  );
  assert.throws(
    () => parsePytest('{"benchmarks": [{"fullname": "a", "stats": {}}]}', 'pytest.json'),
    /benchmarks\[0\]\.stats\.ops: expected a positive number of operations per second, found undefined/,
  );
});

test(
  'imports output freshly written by pytest-benchmark: its rounds as samples, whose harmonic mean is its ops',
  { ...needs(PYTHON_WITH_PYTEST_BENCHMARK, 'python3-pytest-benchmark'), timeout: 120_000 },
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'benchgate-pytest-'));
    try {
      await writeFile(
        join(dir, 'test_fib.py'),
        'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\ndef test_fib_12(benchmark):\n    benchmark(fib, 12)\n',
      );
      await run(
        PYTHON_WITH_PYTEST_BENCHMARK!,
        ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '--benchmark-json=out.json', '--benchmark-max-time=0.05', 'test_fib.py'],
        {
          cwd: dir,
          timeout: 100_000,
        },
      );
      const text = await readFile(join(dir, 'out.json'), 'utf8');
      const ops = JSON.parse(text).benchmarks[0].stats.ops as number;
      const [fib] = parseResults(text, 'out.json', { tool: 'pytest' }).benchmarks;
      assert.equal(fib!.name, 'test_fib.py::test_fib_12');
      assert.ok(fib!.samples.length >= 5, `${fib!.samples.length} samples`);
      const harmonic = fib!.samples.length / fib!.samples.reduce((a, x) => a + 1 / x, 0);
      assert.ok(Math.abs(harmonic - ops) <= 1e-9 * ops, `${harmonic} vs ${ops}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
);
