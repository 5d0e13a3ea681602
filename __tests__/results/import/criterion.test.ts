import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { parseCargo } from '../../../src/results/import/cargo.ts';
import { readResultsFile } from '../../../src/results/io.ts';

const folder = fileURLToPath(new URL('../../fixtures/tool-outputs/criterion', import.meta.url));
const sampleOf = (dir: string) => JSON.parse(readFileSync(`${folder}/${dir}/new/sample.json`, 'utf8')) as { iters: number[]; times: number[] };

test("reads Criterion's sample.json files as samples per iteration, times[i] / iters[i], from one process", async () => {
  const run = await readResultsFile(folder, { tool: 'criterion' });
  assert.equal(run.run.tool, 'criterion');
  const fib10 = run.benchmarks.find((b) => b.name === 'fib 10')!;
  const { iters, times } = sampleOf('fib 10');
  assert.deepEqual(
    fib10.samples,
    times.map((t, i) => t / iters[i]!),
  );
  assert.deepEqual(fib10.processes, new Array(iters.length).fill(0));
  assert.equal(fib10.unit, 'ns/iter');
  assert.equal(fib10.direction, 'smaller');
});

test('reads this run (new/) and not the previous one (base/), with the names --output-format bencher gives', async () => {
  const run = await readResultsFile(folder, { tool: 'criterion' });
  const bencher = parseCargo(readFileSync(`${folder}/../criterion_bencher_output.txt`, 'utf8'), 'bencher.txt', []);
  assert.deepEqual(run.benchmarks.map((b) => b.name).sort(), bencher.map((b) => b.name).sort());
  // "fib 10" also has a base/ (Criterion's copy of the last run): read too, it would be a second "fib 10".
  assert.equal(run.benchmarks.length, 3);
});

test('recognises the folder with --tool auto and says so', async () => {
  const notes: string[] = [];
  const run = await readResultsFile(folder, { tool: 'auto', onNote: (n) => notes.push(n) });
  assert.equal(run.run.tool, 'criterion');
  assert.match(notes.join('\n'), /read as Criterion\.rs's target\/criterion folder .*--tool criterion/);
});

test('names the folder when there is no Criterion output in it, and the file when given a file', async () => {
  const empty = fileURLToPath(new URL('../../fixtures/tool-outputs/sources', import.meta.url));
  await assert.rejects(readResultsFile(empty, { tool: 'criterion' }), {
    message: `${empty}: expected a Criterion.rs output folder (target/criterion) with <benchmark>/new/sample.json inside, found none`,
  });
  const file = `${folder}/fib/5/new/sample.json`;
  await assert.rejects(readResultsFile(file, { tool: 'criterion' }), {
    message: `${file}: is a file; --tool criterion reads the folder Criterion.rs writes (target/criterion)`,
  });
});
