import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { after, test } from 'node:test';
import { InputError, UsageError } from '../../src/errors.ts';
import { parseResults } from '../../src/results/import/parse.ts';
import type { RunResult } from '../../src/results/model.ts';
import { LocalStore } from '../../src/store/local.ts';
import { validMicro } from '../fixtures/results/cases.ts';

const root = await mkdtemp(join(tmpdir(), 'benchgate-store-'));
after(() => rm(root, { recursive: true, force: true }));
let folders = 0;
const freshDir = (): string => join(root, `store-${++folders}`);

function makeRun(options: { suite?: string; id: string; minute: number; commit?: string | null }): RunResult {
  const doc = validMicro();
  doc.suite = options.suite ?? 'parsers';
  doc.run.id = options.id;
  doc.run.time = new Date(Date.UTC(2025, 5, 1, 8, options.minute)).toISOString();
  if (options.commit === null) delete doc.run.commit;
  else if (options.commit !== undefined) doc.run.commit = options.commit;
  return parseResults(JSON.stringify(doc), 'run.json');
}

/** Every file under `dir` with its bytes, to tell whether anything at all changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        files[`${relative(dir, path)}/`] = '';
        await walk(path);
      } else files[relative(dir, path)] = await readFile(path, 'latin1');
    }
  };
  await walk(dir);
  return files;
}

test('keeps a saved run and loads it back unchanged', async () => {
  const store = new LocalStore(freshDir());
  const run = makeRun({ id: 'r1', minute: 0 });
  const saved = await store.save(run, 'main');
  assert.deepEqual(saved, { suite: 'parsers', branch: 'main', id: 'r1', commit: '3f2a9c1d8e7b', time: '2025-06-01T08:00:00.000Z' });
  assert.deepEqual(await store.list('parsers', 'main'), [saved]);
  assert.deepEqual(await store.load(saved), run);
});

test('lays runs out as <suite>/<branch>/<time>_<commit>_<id>.json', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir);
  await store.save(makeRun({ id: 'r1', minute: 5 }), 'main');
  await store.save(makeRun({ id: 'r2', minute: 6, commit: null }), 'main');
  assert.deepEqual((await readdir(join(dir, 'parsers', 'main'))).sort(), ['20250601T080500000Z_3f2a9c1d8e7b_r1.json', '20250601T080600000Z_nocommit_r2.json']);
  assert.equal(store.location, resolve(dir));
});

test('lists runs newest first by the time they were measured, whatever order they were saved in', async () => {
  const store = new LocalStore(freshDir());
  for (const [id, minute] of [
    ['b', 20],
    ['a', 10],
    ['c', 30],
  ] as const)
    await store.save(makeRun({ id, minute }), 'main');
  assert.deepEqual(
    (await store.list('parsers', 'main')).map((r) => r.id),
    ['c', 'b', 'a'],
  );
  assert.deepEqual(
    (await store.list('parsers', 'main', 2)).map((r) => r.id),
    ['c', 'b'],
  );
});

test('files a run that claims a time ahead under the time it was saved, so later runs still come after it', async () => {
  const store = new LocalStore(freshDir(), { retain: 2 });
  const ahead = makeRun({ id: 'ahead', minute: 0 });
  ahead.run.time = new Date(Date.now() + 12 * 3600_000).toISOString();
  const saved = await store.save(ahead, 'main');
  assert.ok(Date.parse(saved.time) <= Date.now());
  for (const id of ['next', 'last']) {
    const run = makeRun({ id, minute: 0 });
    run.run.time = new Date(Date.now() + 5).toISOString();
    await new Promise((done) => setTimeout(done, 10));
    await store.save(run, 'main');
  }
  // Newest is the run saved last, and retain pushes out the oldest save, not a real run.
  assert.deepEqual(
    (await store.list('parsers', 'main')).map((r) => r.id),
    ['last', 'next'],
  );
});

test('refuses a run dated before 2000 or more than a day ahead, and stores nothing', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir);
  for (const time of ['2099-01-01T00:00:00Z', '0000-01-01T00:00:00+01:00', '1999-12-31T23:59:59Z']) {
    const run = makeRun({ id: `t${time.slice(0, 4)}`, minute: 0 });
    run.run.time = time;
    await assert.rejects(
      store.save(run, 'main'),
      (err: unknown) =>
        err instanceof InputError && err.message.includes(`run.time: expected an ISO 8601 time with a time zone, from 2000-01-01 to a day from now`),
    );
  }
  assert.deepEqual(await snapshot(dir).catch(() => ({})), {});
});

test('refuses to keep a run with no benchmarks, or none with samples, as a baseline', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir);
  await store.save(makeRun({ id: 'good', minute: 0 }), 'main');
  const before = await snapshot(dir);
  const empty = makeRun({ id: 'empty', minute: 1 });
  empty.benchmarks = [];
  await assert.rejects(
    store.save(empty, 'main'),
    (err: unknown) => err instanceof UsageError && /run "empty" of suite "parsers" has no benchmarks/.test(err.message),
  );
  const failed = makeRun({ id: 'failed', minute: 2 });
  failed.benchmarks = failed.benchmarks.map(({ name, unit, direction }) => ({ name, unit, direction, samples: [], error: 'threw' }));
  await assert.rejects(store.save(failed, 'main'), (err: unknown) => err instanceof UsageError && /none of its 3 benchmarks has samples/.test(err.message));
  assert.deepEqual(await snapshot(dir), before);
  assert.deepEqual(
    (await store.list('parsers', 'main')).map((r) => r.id),
    ['good'],
  );
});

test('says so when the store folder is a file or a link to nothing', async () => {
  const file = join(root, 'a-file');
  await writeFile(file, 'not a store');
  const dangling = join(root, 'a-dangling-link');
  await symlink(join(root, 'nowhere'), dangling);
  const run = makeRun({ id: 'r1', minute: 0 });
  for (const [dir, says] of [
    [file, 'expected the folder of a store, found a file'],
    [dangling, `expected the folder of a store, found a link to ${join(root, 'nowhere')}, which does not exist`],
  ] as const) {
    const store = new LocalStore(dir);
    await assert.rejects(store.save(run, 'main'), (err: unknown) => err instanceof InputError && err.message === `${dir}: ${says}`);
    if (dir === file) await assert.rejects(store.list('parsers', 'main'), (err: unknown) => err instanceof InputError && err.message === `${dir}: ${says}`);
  }
  assert.equal(await readFile(file, 'utf8'), 'not a store');
});

test('lists nothing for a suite or branch never saved', async () => {
  const store = new LocalStore(freshDir());
  assert.deepEqual(await store.list('parsers', 'main'), []);
  await store.save(makeRun({ id: 'r1', minute: 0 }), 'main');
  assert.deepEqual(await store.list('parsers', 'dev'), []);
  assert.deepEqual(await store.list('other', 'main'), []);
});

test('keeps only the newest `retain` runs of a branch, and leaves other branches alone', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir, { retain: 3 });
  await store.save(makeRun({ id: 'dev-1', minute: 0 }), 'dev');
  for (let i = 1; i <= 5; i++) await store.save(makeRun({ id: `main-${i}`, minute: i }), 'main');
  assert.deepEqual(
    (await store.list('parsers', 'main')).map((r) => r.id),
    ['main-5', 'main-4', 'main-3'],
  );
  assert.equal((await readdir(join(dir, 'parsers', 'main'))).length, 3);
  assert.deepEqual(
    (await store.list('parsers', 'dev')).map((r) => r.id),
    ['dev-1'],
  );
});

test('keeps 50 runs per suite and branch by default', async () => {
  const store = new LocalStore(freshDir());
  assert.equal(store.retain, 50);
  for (let i = 0; i < 52; i++) await store.save(makeRun({ id: `r${i}`, minute: i }), 'main');
  const runs = await store.list('parsers', 'main');
  assert.equal(runs.length, 50);
  assert.equal(runs.at(-1)!.id, 'r2');
});

test('refuses a retention that is not a whole number of runs ≥ 1', () => {
  assert.throws(
    () => new LocalStore(freshDir(), { retain: 0 }),
    (err: unknown) => err instanceof UsageError && /retain: expected a whole number of runs ≥ 1, found 0/.test(err.message),
  );
  assert.throws(() => new LocalStore(freshDir(), { retain: 2.5 }), UsageError);
});

test('stores branches with slashes as one folder each, and tells similar names apart', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir);
  const branches = ['feature/fast-parse', 'feature%2Ffast-parse', 'feature', 'release/1.x/hotfix', 'café/ü', 'a b:c*d?'];
  for (const [i, branch] of branches.entries()) await store.save(makeRun({ id: `r${i}`, minute: i }), branch);
  for (const [i, branch] of branches.entries()) {
    const runs = await store.list('parsers', branch);
    assert.deepEqual(
      runs.map((r) => [r.id, r.branch]),
      [[`r${i}`, branch]],
    );
    assert.equal((await store.load(runs[0]!)).run.id, `r${i}`);
  }
  // Besides one folder per branch, the suite's history summaries.
  assert.equal((await readdir(join(dir, 'parsers'))).filter((name) => name !== 'history').length, branches.length);
  assert.ok((await readdir(join(dir, 'parsers'))).includes('feature%2Ffast-parse'));
});

test('keeps hostile branch names inside the store folder', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir);
  for (const [i, branch] of ['..', '../../escape', '.', '.hidden', '/abs/path', '\\windows\\path'].entries()) {
    await store.save(makeRun({ id: `r${i}`, minute: i }), branch);
    assert.deepEqual(
      (await store.list('parsers', branch)).map((r) => r.id),
      [`r${i}`],
    );
  }
  assert.deepEqual(await readdir(dir), ['parsers']);
  for (const name of await readdir(join(dir, 'parsers'))) assert.ok(!name.startsWith('.') && !name.includes(sep), name);
  assert.ok(!(await readdir(root)).includes('escape'));
});

test('stores a branch name too long for a file name', async () => {
  const store = new LocalStore(freshDir());
  const long = `feature/${'x'.repeat(300)}`;
  const other = `feature/${'x'.repeat(299)}y`;
  await store.save(makeRun({ id: 'long', minute: 0 }), long);
  await store.save(makeRun({ id: 'other', minute: 1 }), other);
  assert.deepEqual(
    (await store.list('parsers', long)).map((r) => r.id),
    ['long'],
  );
  assert.deepEqual(
    (await store.list('parsers', other)).map((r) => r.id),
    ['other'],
  );
});

test('refuses branch names that are empty or contain NUL', async () => {
  const store = new LocalStore(freshDir());
  await assert.rejects(store.save(makeRun({ id: 'r', minute: 0 }), ''), /branch: expected a non-empty name/);
  await assert.rejects(store.list('parsers', 'a\0b'), /branch: expected a name without NUL characters/);
});

test('refuses suite names that would leave the store folder, saying what is wrong', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir);
  for (const suite of ['..', '.', '../evil', 'a/b', 'a\\b', 'a\0b']) {
    await assert.rejects(store.save(makeRun({ suite, id: 'r', minute: 0 }), 'main'), (err: unknown) => {
      assert.ok(err instanceof UsageError, String(err));
      assert.match(err.message, /^suite: expected a name without "\/", "\\" or NUL that is not "\." or "\.\.", found /);
      return true;
    });
    await assert.rejects(store.list(suite, 'main'), UsageError);
  }
  await assert.rejects(stat(dir), { code: 'ENOENT' });
});

test('a run that fails validation never reaches the store, which stays byte-for-byte unchanged', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir, { retain: 2 });
  await store.save(makeRun({ id: 'r1', minute: 1 }), 'main');
  await store.save(makeRun({ id: 'r2', minute: 2 }), 'main');
  const before = await snapshot(dir);
  const bad = makeRun({ id: 'r3', minute: 3 });
  bad.benchmarks[0]!.samples[0] = Number.NaN;
  await assert.rejects(
    store.save(bad, 'main'),
    (err: unknown) => err instanceof InputError && /benchmarks\[0\]\.samples\[0\]: expected a finite positive number, found NaN/.test(err.message),
  );
  const badBranch = makeRun({ id: 'r4', minute: 4 });
  (badBranch as { format: string }).format = 'other';
  await assert.rejects(store.save(badBranch, 'feature/new'), /format: expected "benchgate\/results"/);
  assert.deepEqual(await snapshot(dir), before);
});

test('saving the same run twice keeps one copy', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir);
  const run = makeRun({ id: 'r1', minute: 0 });
  await store.save(run, 'main');
  await store.save(run, 'main');
  assert.equal((await store.list('parsers', 'main')).length, 1);
  assert.equal((await readdir(join(dir, 'parsers', 'main'))).length, 1);
});

test('loads a run from a reference built by hand with the full commit', async () => {
  const store = new LocalStore(freshDir());
  const run = makeRun({ id: 'r1', minute: 0 });
  await store.save(run, 'main');
  assert.deepEqual(await store.load({ suite: 'parsers', branch: 'main', id: 'r1', commit: run.run.commit!, time: run.run.time }), run);
  assert.deepEqual(await store.load({ suite: 'parsers', branch: 'main', id: 'r1', time: '2030-01-01T00:00:00Z' }), run);
});

test('says which run is missing when loading one that is not stored', async () => {
  const store = new LocalStore(freshDir());
  await assert.rejects(
    store.load({ suite: 'parsers', branch: 'main', id: 'ghost', time: '2025-06-01T08:00:00Z' }),
    (err: unknown) => err instanceof InputError && /no stored run with id "ghost" of suite "parsers" on branch "main"/.test(err.message),
  );
});

test('a corrupt stored run gives an error naming its file, and is never deleted or overwritten', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir);
  const ref = await store.save(makeRun({ id: 'r1', minute: 1 }), 'main');
  const file = join(dir, 'parsers', 'main', '20250601T080100000Z_3f2a9c1d8e7b_r1.json');
  await writeFile(file, '{"format": "benchgate/results", "version": 1, "suite": "pars');
  await assert.rejects(store.load(ref), (err: unknown) => err instanceof InputError && err.file === file && /not valid JSON/.test(err.message));
  await store.save(makeRun({ id: 'r2', minute: 2 }), 'main');
  assert.equal(await readFile(file, 'utf8'), '{"format": "benchgate/results", "version": 1, "suite": "pars');
  assert.deepEqual(
    (await store.list('parsers', 'main')).map((r) => r.id),
    ['r2', 'r1'],
  );
});

test('notices a run file renamed by hand to another id', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir);
  await store.save(makeRun({ id: 'r1', minute: 1 }), 'main');
  const folder = join(dir, 'parsers', 'main');
  await rename(join(folder, '20250601T080100000Z_3f2a9c1d8e7b_r1.json'), join(folder, '20250601T080100000Z_3f2a9c1d8e7b_r9.json'));
  const [ref] = await store.list('parsers', 'main');
  await assert.rejects(store.load(ref!), /run\.id: expected "r9" \(from the file name\), found "r1"/);
});

test('ignores a temp file left by a crashed save, and a later save removes it once stale', async () => {
  const dir = freshDir();
  const store = new LocalStore(dir);
  await store.save(makeRun({ id: 'r1', minute: 1 }), 'main');
  const folder = join(dir, 'parsers', 'main');
  const stale = join(folder, '.20250601T080200000Z_3f2a9c1d8e7b_r2.json.4242.deadbeef.tmp');
  const young = join(folder, '.20250601T080300000Z_3f2a9c1d8e7b_r3.json.4243.cafebabe.tmp');
  await writeFile(stale, '{"format": "benchgate/res');
  await writeFile(young, '{"format": "benchgate/res');
  const hourAgo = new Date(Date.now() - 3600_000);
  await utimes(stale, hourAgo, hourAgo);
  await writeFile(join(folder, 'notes.txt'), 'not a run');

  const runs = await store.list('parsers', 'main');
  assert.deepEqual(
    runs.map((r) => r.id),
    ['r1'],
  );
  assert.equal((await store.load(runs[0]!)).run.id, 'r1');

  await store.save(makeRun({ id: 'r4', minute: 4 }), 'main');
  const names = await readdir(folder);
  assert.ok(!names.includes('.20250601T080200000Z_3f2a9c1d8e7b_r2.json.4242.deadbeef.tmp'), 'stale temp file removed');
  assert.ok(names.includes('.20250601T080300000Z_3f2a9c1d8e7b_r3.json.4243.cafebabe.tmp'), 'a temp file that may still be written is kept');
  assert.ok(names.includes('notes.txt'));
  assert.deepEqual(
    (await store.list('parsers', 'main')).map((r) => r.id),
    ['r4', 'r1'],
  );
});

test('keeps run ids with unusual characters, round-tripping them through the file name', async () => {
  const store = new LocalStore(freshDir());
  for (const [i, id] of ['a_b_c', '../x', 'ü/ñ %2F', '.dot'].entries()) {
    const run = makeRun({ id, minute: i });
    const ref = await store.save(run, 'main');
    assert.equal(ref.id, id);
    assert.deepEqual(await store.load(ref), run);
  }
  assert.deepEqual(
    (await store.list('parsers', 'main')).map((r) => r.id),
    ['.dot', 'ü/ñ %2F', '../x', 'a_b_c'],
  );
});

test('refuses a run id too long to be part of a file name', async () => {
  const dir = freshDir();
  await mkdir(dir);
  const store = new LocalStore(dir);
  await assert.rejects(store.save(makeRun({ id: 'x'.repeat(121), minute: 0 }), 'main'), /run\.id: expected an id short enough for a file name/);
  assert.deepEqual(await readdir(dir), []);
});
