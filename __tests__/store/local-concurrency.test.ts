// Several processes saving into one store at once, as parallel CI jobs sharing a folder do.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { LocalStore } from '../../src/store/local.ts';

const root = await mkdtemp(join(tmpdir(), 'benchgate-store-concurrent-'));
after(() => rm(root, { recursive: true, force: true }));

const fixture = new URL('../fixtures/results/valid-micro.json', import.meta.url);
const io = new URL('../../src/results/import/parse.ts', import.meta.url);
const local = new URL('../../src/store/local.ts', import.meta.url);

// Each worker saves `count` runs with its own ids, all at the same measured times, so
// the workers' file names interleave and their prunes race.
const worker = `
import { readFileSync } from 'node:fs';
const { parseResults } = await import(${JSON.stringify(io.href)});
const { LocalStore } = await import(${JSON.stringify(local.href)});
const [dir, name, count, retain] = process.argv.slice(1);
const store = new LocalStore(dir, { retain: Number(retain) });
const doc = JSON.parse(readFileSync(new URL(${JSON.stringify(fixture.href)}), 'utf8'));
for (let i = 0; i < Number(count); i++) {
  doc.run.id = name + '-' + i;
  doc.run.time = new Date(Date.UTC(2025, 5, 1, 8, i)).toISOString();
  await store.save(parseResults(JSON.stringify(doc), 'run.json'), 'feature/shared');
}
`;

function runWorker(dir: string, name: string, count: number, retain: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', worker, dir, name, String(count), String(retain)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${name} exited with ${code}: ${stderr}`))));
  });
}

test('every run saved by several processes at once lands, whole', { timeout: 120_000 }, async () => {
  const dir = join(root, 'all-land');
  const workers = ['a', 'b', 'c', 'd'];
  await Promise.all(workers.map((name) => runWorker(dir, name, 8, 1000)));
  const store = new LocalStore(dir);
  const runs = await store.list('parsers', 'feature/shared');
  assert.equal(runs.length, 32);
  assert.deepEqual(new Set(runs.map((r) => r.id)), new Set(workers.flatMap((w) => Array.from({ length: 8 }, (_, i) => `${w}-${i}`))));
  for (const ref of runs) assert.equal((await store.load(ref)).run.id, ref.id);
  assert.deepEqual(
    (await readdir(join(dir, 'parsers', 'feature%2Fshared'))).filter((n) => n.endsWith('.tmp')),
    [],
  );
});

test('racing prunes leave only whole runs, the newest ones, and at most the retention', { timeout: 120_000 }, async () => {
  const dir = join(root, 'racing-prunes');
  await Promise.all(['a', 'b', 'c'].map((name) => runWorker(dir, name, 10, 5)));
  const store = new LocalStore(dir);
  const runs = await store.list('parsers', 'feature/shared');
  assert.ok(runs.length >= 1 && runs.length <= 5, `kept ${runs.length}`);
  // Every worker's last run was measured at minute 9: whatever the interleaving, no prune removes those.
  for (const name of ['a', 'b', 'c'])
    assert.ok(
      runs.some((r) => r.id === `${name}-9`),
      `${name}-9 kept`,
    );
  for (const ref of runs) assert.equal((await store.load(ref)).run.id, ref.id);
});
