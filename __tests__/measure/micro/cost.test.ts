import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runMicroSuite } from '../../../src/measure/micro/runner.ts';

const cwd = fileURLToPath(new URL('../../../', import.meta.url));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

it('measures a function doing twice the work at roughly twice the time per operation', async () => {
  const { benchmarks } = await runMicroSuite({
    cwd,
    dir: '__tests__/fixtures/suites/cost',
    node: process.execPath,
    samples: 12,
    processes: 2,
    roundTimeMs: 20,
    // The default warm-up: shorter ones can end before V8 settles on its final code for the loop.
    warmupMs: 250,
  });
  const [once, twice] = benchmarks;
  assert.equal(once?.name, 'work once');
  assert.equal(twice?.name, 'work twice');
  assert.equal(once.samples.length, 12);
  assert.equal(twice.samples.length, 12);
  // Samples of one round were taken moments apart, so their ratio cancels most of the machine's drift.
  const ratios = once.samples.map((value, i) => (twice.samples[i] as number) / value);
  const ratio = median(ratios);
  assert.ok(ratio > 1.4 && ratio < 2.8, `work twice / work once = ${ratio.toFixed(2)} (per-round ratios ${ratios.map((r) => r.toFixed(2)).join(', ')})`);
});
