// Reading a store's history for the dashboard: the data branch's shards as they are, a local
// store's raw runs made into the same shards, the verdicts the Action recorded, and writing a
// generated folder so that files already right are left alone.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { appendRunToHistory } from '../../src/store/history-index.ts';
import { readStoredHistories } from '../../src/store/history-read.ts';
import { LocalStore } from '../../src/store/local.ts';
import { appendRunVerdicts, appendToVerdictLog, parseVerdictLog, readVerdictLogs } from '../../src/store/verdict-log.ts';
import { writeChangedFiles } from '../../src/store/write-changed.ts';
import { makeRun } from '../support/git-fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'benchgate-history-read-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('readStoredHistories', () => {
  test('reads the shards where the store keeps them, byte for byte', async () => {
    const root = join(work, 'branch');
    const runs = [
      makeRun({ suite: 'api', id: 'a', time: '2025-05-30T10:00:00Z', commit: 'a'.repeat(40) }),
      makeRun({ suite: 'api', id: 'b', time: '2025-06-02T10:00:00Z', commit: 'b'.repeat(40) }),
    ];
    for (const run of runs) await appendRunToHistory(root, 'api', { ...run, run: { ...run.run, branch: 'main' } });
    const [history, ...rest] = await readStoredHistories(root);
    assert.deepEqual(rest, []);
    assert.equal(history!.suite, 'api');
    assert.equal(history!.source, 'history');
    assert.deepEqual(
      history!.shards.map((s) => [s.month, s.runs.map((r) => r.id)]),
      [
        ['2025-05', ['a']],
        ['2025-06', ['b']],
      ],
    );
    for (const f of history!.files) assert.equal(f.content, readFileSync(join(root, f.path), 'utf8'), f.path);
  });

  test('keeps the file a benchmark came from, for grouping, without making it part of its identity', async () => {
    const root = join(work, 'groups');
    const run = makeRun({
      suite: 'api',
      id: 'g',
      time: '2025-07-01T00:00:00Z',
      benchmarks: [{ name: 'parse', unit: 'ns/op', direction: 'smaller', group: 'parse.bench.ts', samples: [1, 2, 3] }],
    });
    await appendRunToHistory(root, 'api', { ...run, run: { ...run.run, branch: 'main' } });
    const [history] = await readStoredHistories(root);
    assert.deepEqual(history!.shards[0]!.benchmarks, [{ name: 'parse', unit: 'ns/op', direction: 'smaller', group: 'parse.bench.ts' }]);
    assert.equal(history!.index.benchmarks[0]!.group, 'parse.bench.ts');
  });

  test("builds the same shards from a local store's raw runs, branch names decoded from their folders", async () => {
    const root = join(work, 'local');
    // A store written before local stores kept a history: only raw runs to build it from.
    const store = new LocalStore(root, { history: false });
    await store.save(makeRun({ suite: 'web', id: 'r1', time: '2025-01-01T00:00:00Z', commit: '1'.repeat(40) }), 'main');
    await store.save(makeRun({ suite: 'web', id: 'r2', time: '2025-02-01T00:00:00Z', commit: '2'.repeat(40), scale: 1.2 }), 'main');
    await store.save(makeRun({ suite: 'web', id: 'r3', time: '2025-02-02T00:00:00Z', commit: '3'.repeat(40) }), 'feature/x y');
    const [history] = await readStoredHistories(root);
    assert.equal(history!.source, 'runs');
    assert.equal(history!.suite, 'web');
    assert.deepEqual(
      history!.index.shards.map((s) => [s.month, s.runs, s.branches]),
      [
        ['2025-01', 1, ['main']],
        ['2025-02', 2, ['feature/x y', 'main']],
      ],
    );
    assert.deepEqual(history!.files.map((f) => f.path).sort(), ['web/history/2025-01.json', 'web/history/2025-02.json', 'web/history/index.json']);
  });

  test("reads a local store's own history once it keeps one", async () => {
    const root = join(work, 'local-with-history');
    const store = new LocalStore(root);
    await store.save(makeRun({ suite: 'web', id: 'h1', time: '2025-01-01T00:00:00Z', commit: '1'.repeat(40) }), 'main');
    await store.save(makeRun({ suite: 'web', id: 'h2', time: '2025-02-01T00:00:00Z', commit: '2'.repeat(40) }), 'main');
    const [history] = await readStoredHistories(root);
    assert.equal(history!.source, 'history');
    assert.deepEqual(
      history!.index.shards.map((s) => [s.month, s.runs]),
      [
        ['2025-01', 1],
        ['2025-02', 1],
      ],
    );
  });

  test('names a run it cannot read and goes on; only one suite when asked', async () => {
    const root = join(work, 'local');
    const folder = join(root, 'web', 'main');
    writeFileSync(join(folder, '20250301T000000000Z_nocommit_broken.json'), '{ not json');
    const skipped: string[] = [];
    const histories = await readStoredHistories(root, { suite: 'web', skipped: (m) => skipped.push(m) });
    assert.equal(histories.length, 1);
    assert.equal(
      histories[0]!.index.shards.reduce((n, s) => n + s.runs, 0),
      3,
    );
    assert.equal(skipped.length, 1);
    assert.match(skipped[0]!, /20250301T000000000Z_nocommit_broken\.json/);
    assert.deepEqual(await readStoredHistories(root, { suite: 'nothing' }), []);
    assert.deepEqual(await readStoredHistories(join(work, 'absent')), []);
  });
});

describe('the verdict log', () => {
  test('keeps one entry per run (a retried save replaces it) and every verdict but "unchanged"', async () => {
    const root = join(work, 'verdicts');
    const entry = (verdict: string) => ({
      id: 'r1',
      branch: 'main',
      verdicts: [
        { name: 'parse', unit: 'ns/op', direction: 'smaller' as const, verdict, change: 0.123456789 },
        { name: 'render', unit: 'ns/op', direction: 'smaller' as const, verdict: 'unchanged' },
      ],
    });
    assert.equal(await appendRunVerdicts(root, 'api', 'api', '2025-06-03T00:00:00Z', entry('inconclusive')), 'api/verdicts/2025-06.json');
    await appendRunVerdicts(root, 'api', 'api', '2025-06-03T00:00:00Z', entry('regression'));
    const [log] = await readVerdictLogs(root, 'api');
    assert.deepEqual(log!.runs, [
      { id: 'r1', branch: 'main', verdicts: [{ name: 'parse', unit: 'ns/op', direction: 'smaller', verdict: 'regression', change: 0.1235 }] },
    ]);
    const next = appendToVerdictLog(log, 'api', '2025-06', { id: 'r2', branch: 'main', verdicts: [] });
    assert.deepEqual(
      next.runs.map((r) => r.id),
      ['r1', 'r2'],
    );
  });

  test('a broken file is named with what is wrong', () => {
    assert.throws(() => parseVerdictLog('{"format":"benchgate/verdict-log","version":2}', 'v.json'), /v\.json.*expected "version" 1/);
    assert.throws(
      () =>
        parseVerdictLog(
          '{"format":"benchgate/verdict-log","version":1,"suite":"a","month":"2025-01","runs":[{"id":"x","branch":"m","verdicts":[{"name":"n"}]}]}',
          'v.json',
        ),
      /runs\[0\]\.verdicts\[0\] to be \{ name, unit, direction, verdict, change\? \}/,
    );
  });
});

describe('writeChangedFiles', () => {
  test('writes new and changed files and leaves the others untouched', async () => {
    const root = join(work, 'site');
    assert.deepEqual(
      await writeChangedFiles(root, [
        { path: 'index.html', content: 'a' },
        { path: 'x/y.json', content: '1' },
      ]),
      ['index.html', 'x/y.json'],
    );
    const before = statSync(join(root, 'index.html')).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(
      await writeChangedFiles(root, [
        { path: 'index.html', content: 'a' },
        { path: 'x/y.json', content: '2' },
      ]),
      ['x/y.json'],
    );
    assert.equal(statSync(join(root, 'index.html')).mtimeMs, before);
    assert.equal(readFileSync(join(root, 'x/y.json'), 'utf8'), '2');
  });

  test('refuses a path that would leave the folder', async () => {
    for (const path of ['../out.html', '/etc/x', 'a/../../b', 'a//b']) {
      await assert.rejects(writeChangedFiles(join(work, 'site'), [{ path, content: '' }]), /not a plain path inside the folder/, path);
    }
  });
});
