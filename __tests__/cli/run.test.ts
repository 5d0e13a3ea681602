// `benchgate run` on load scenarios: what it shows of their thresholds and verdicts, and its exit code.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli, type CliOutcome } from '../support/cli.ts';
import { readResultsFile } from '../../src/results/io.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'benchgate-cli-run-'));
after(() => rmSync(work, { recursive: true, force: true }));

function cli(...argv: string[]): Promise<CliOutcome> {
  return runCli(argv, { cwd: repo, env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
}

test('run shows a leak found by a memory scenario, and exits 1 for its broken leak check', { timeout: 180_000 }, async () => {
  const out = join(work, 'leak.json');
  const { code, stdout, stderr } = await cli('run', '--benchmarks', '__tests__/fixtures/load/leak', '--out', out);
  assert.equal(code, 1, `stdout:\n${stdout}\nstderr:\n${stderr}`);
  assert.match(stdout, /1 broken threshold:\n {2}x leaky cache: heap growth per op < 64 B \(leak check\)/);
  assert.match(stdout, /leaky cache \(memory\)\n {4}Memory per operation: [\d.]+ KiB\/op \[.*\] — a leak against a threshold of 64\.0 B\/op/);
  assert.match(stderr, /benchgate: 1 broken threshold found\./);
  // The results are written all the same, for compare and save.
  const written = await readResultsFile(out);
  assert.deepEqual(
    written.scenarios?.map((s) => s.name),
    ['leaky cache'],
  );
});
