import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError } from '../../../src/errors.ts';
import { parseHyperfine } from '../../../src/results/import/hyperfine.ts';
import { parseResults } from '../../../src/results/import/parse.ts';
import { HYPERFINE, needs, run } from '../../support/tools.ts';

test('reads what hyperfine --export-json writes: every run a sample of its own process', { ...needs(HYPERFINE, 'hyperfine'), timeout: 120_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'benchgate-hyperfine-'));
  try {
    const out = join(dir, 'out.json');
    await run(HYPERFINE!, ['-N', '--runs', '5', '--warmup', '1', '--export-json', out, '-n', 'short sleep', 'sleep 0.01', 'true'], { timeout: 100_000 });
    const text = await readFile(out, 'utf8');
    const doc = JSON.parse(text);
    const result = parseResults(text, out, { tool: 'hyperfine' });
    assert.deepEqual(
      result.benchmarks.map((b) => [b.name, b.unit, b.direction]),
      [
        ['short sleep', 's', 'smaller'],
        ['true', 's', 'smaller'],
      ],
    );
    assert.deepEqual(result.benchmarks[0]!.samples, doc.results[0].times);
    assert.deepEqual(result.benchmarks[0]!.processes, [0, 1, 2, 3, 4]);
    assert.ok(result.benchmarks[0]!.summary!.median >= 0.01, 'sleep 0.01 takes at least 10 ms');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('notes the runs that exited with an error (--ignore-failure), and reads them', () => {
  const notes: string[] = [];
  const text = JSON.stringify({ results: [{ command: 'false', mean: 0.002, times: [0.002, 0.0021], exit_codes: [1, 1] }] });
  const [b] = parseHyperfine(text, 'hf.json', notes);
  assert.deepEqual(b!.samples, [0.002, 0.0021]);
  assert.match(notes[0]!, /false: 2 of 2 runs exited with an error/);
});

test('names the run whose time is not a number', () => {
  const text = JSON.stringify({ results: [{ command: 'ls', times: [0.1, '0.2s'] }] });
  assert.throws(
    () => parseHyperfine(text, 'hf.json', []),
    (err: unknown) => err instanceof InputError && err.message === 'hf.json: results[0].times[1]: expected a time in seconds above 0, found "0.2s"',
  );
});
