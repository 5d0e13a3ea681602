// The local store keeps the same history summaries as the data branch, so `history` and
// `dashboard` read a --store folder too.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { InputError } from '../../src/errors.ts';
import { readSuiteHistory, listHistorySuites } from '../../src/store/history-index.ts';
import { LocalStore } from '../../src/store/local.ts';
import { makeRun, tempDir } from '../support/git-fixtures.ts';

const root = tempDir('benchgate-local-history-');
after(root.cleanup);
let folders = 0;
const freshDir = (): string => join(root.path, `store-${++folders}`);

test('a save adds the run to its suite history, under the branch it was saved as', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir);
  await store.save(makeRun({ id: 'a', time: '2025-06-02T10:00:00Z', commit: 'a'.repeat(40) }), 'main');
  await store.save(makeRun({ id: 'b', time: '2025-07-02T10:00:00Z', scale: 2 }), 'feature/x');
  const history = await readSuiteHistory(dir, 'api');
  assert.ok(history);
  assert.deepEqual(
    history.index.shards.map((s) => [s.month, s.runs, s.branches]),
    [
      ['2025-06', 1, ['main']],
      ['2025-07', 1, ['feature/x']],
    ],
  );
  assert.deepEqual(
    history.shards.map((s) => s.runs.map((r) => [r.id, r.commit, r.branch, r.stats[0]![0]])),
    [[['a', 'a'.repeat(40), 'main', 100]], [['b', undefined, 'feature/x', 200]]],
  );
  const mainOnly = await readSuiteHistory(dir, 'api', { branch: 'main' });
  assert.deepEqual(
    mainOnly!.shards.map((s) => s.month),
    ['2025-06'],
  );
  assert.deepEqual(await listHistorySuites(dir), [{ suite: 'api', folder: 'api' }]);
});

test('saving several runs at once writes the history once and keeps only the newest runs as files', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir, { retain: 3 });
  const runs = Array.from({ length: 40 }, (_, i) => makeRun({ id: `r${i}`, time: new Date(Date.UTC(2025, 0, 1 + i)).toISOString() }));
  await store.saveAll(runs, 'main');
  const history = await readSuiteHistory(dir, 'api');
  assert.equal(
    history!.shards.reduce((n, s) => n + s.runs.length, 0),
    40,
  );
  assert.deepEqual(
    (await store.list('api', 'main')).map((r) => r.id),
    ['r39', 'r38', 'r37'],
  );
  const before = await readFile(join(dir, 'api', 'history', '2025-01.json'), 'utf8');
  await store.saveAll(runs, 'main');
  assert.equal(await readFile(join(dir, 'api', 'history', '2025-01.json'), 'utf8'), before, 'saving the same runs again changes nothing');
});

test('a corrupt history file stops the save, names the file, and nothing is written', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir);
  await mkdir(join(dir, 'api', 'history'), { recursive: true });
  await writeFile(join(dir, 'api', 'history', 'index.json'), '{"format": "benchgate/history-index", "version": 1, "suite": "api", "shards": [}');
  await assert.rejects(store.save(makeRun({ id: 'a', time: '2025-06-02T10:00:00Z' }), 'main'), (err: unknown) => {
    assert.ok(err instanceof InputError);
    assert.equal(err.file, join(dir, 'api', 'history', 'index.json'));
    return true;
  });
  assert.deepEqual(await store.list('api', 'main'), []);
  assert.deepEqual((await readdir(join(dir, 'api', 'history'))).sort(), ['index.json'], 'no lock or shard left behind');
});

test('history months past retainHistoryMonths are dropped', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir, { retainHistoryMonths: 2 });
  for (const month of ['01', '02', '03']) await store.save(makeRun({ id: month, time: `2025-${month}-05T10:00:00Z` }), 'main');
  const history = await readSuiteHistory(dir, 'api');
  assert.deepEqual(
    history!.index.shards.map((s) => s.month),
    ['2025-02', '2025-03'],
  );
});

const storeModule = new URL('../../src/store/local.ts', import.meta.url);
const fixtures = new URL('../support/git-fixtures.ts', import.meta.url);
const worker = `
const { LocalStore } = await import(${JSON.stringify(storeModule.href)});
const { makeRun } = await import(${JSON.stringify(fixtures.href)});
const [dir, name, count] = process.argv.slice(1);
const store = new LocalStore(dir, { retain: 1000 });
for (let i = 0; i < Number(count); i++) {
  await store.save(makeRun({ id: name + '-' + i, time: new Date(Date.UTC(2025, 5, 1, 8, i)).toISOString() }), 'main');
}
`;

test('runs saved by several processes at once all reach the history', { timeout: 120_000 }, async () => {
  const dir = freshDir();
  const workers = ['a', 'b', 'c', 'd'];
  await Promise.all(
    workers.map(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, ['--input-type=module', '-e', worker, dir, name, '8'], { stdio: ['ignore', 'ignore', 'pipe'] });
          let stderr = '';
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
          child.on('error', reject);
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${name} exited with ${code}: ${stderr}`))));
        }),
    ),
  );
  const history = await readSuiteHistory(dir, 'api');
  const ids = history!.shards.flatMap((s) => s.runs.map((r) => r.id));
  assert.equal(ids.length, 32);
  assert.deepEqual(new Set(ids), new Set(workers.flatMap((w) => Array.from({ length: 8 }, (_, i) => `${w}-${i}`))));
  assert.equal(history!.index.shards[0]!.runs, 32);
});
