import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { InputError } from '../../src/errors.ts';
import {
  appendRunToHistory,
  appendToShard,
  monthOf,
  parseHistoryIndex,
  parseHistoryShard,
  pruneIndex,
  readHistoryIndex,
  readHistoryShard,
  updateIndex,
} from '../../src/store/history-index.ts';
import { makeRun, tempDir } from '../support/git-fixtures.ts';

describe('history shards', () => {
  it('files a run under the UTC month of its time', () => {
    assert.equal(monthOf('2025-06-30T23:30:00-02:00'), '2025-07');
    assert.equal(monthOf('2025-06-01T00:00:00Z'), '2025-06');
  });

  it('keeps one compact entry per run: median, n and cv per benchmark, unit and direction once', () => {
    const shard = appendToShard(undefined, {
      ...makeRun({ id: 'a', time: '2025-06-02T10:00:00Z', commit: 'abc123' }),
      run: { ...makeRun({ time: '2025-06-02T10:00:00Z' }).run, id: 'a', branch: 'main' },
    });
    assert.deepEqual(shard.benchmarks, [
      { name: 'parse small', unit: 'ns/op', direction: 'smaller' },
      { name: 'render page', unit: 'ops/s', direction: 'bigger' },
    ]);
    assert.equal(shard.runs.length, 1);
    const [parse, render] = shard.runs[0]!.stats;
    assert.deepEqual(parse!.slice(0, 2), [100, 5]);
    assert.ok(parse![2] > 0.01 && parse![2] < 0.02, `cv of 98..102 is about 1.6%, found ${parse![2]}`);
    assert.deepEqual(render!.slice(0, 2), [5000, 3]);
    assert.equal(shard.runs[0]!.branch, 'main');
  });

  it('orders runs by time and replaces a run saved twice instead of counting it twice', () => {
    let shard = appendToShard(undefined, makeRun({ id: 'late', time: '2025-06-20T10:00:00Z' }));
    shard = appendToShard(shard, makeRun({ id: 'early', time: '2025-06-03T10:00:00Z' }));
    shard = appendToShard(shard, makeRun({ id: 'late', time: '2025-06-20T10:00:00Z', scale: 2 }));
    assert.deepEqual(
      shard.runs.map((r) => r.id),
      ['early', 'late'],
    );
    assert.equal(shard.runs[1]!.stats[0]![0], 200);
  });

  it('gives a benchmark whose unit changed its own column rather than mixing numbers', () => {
    let shard = appendToShard(undefined, makeRun({ id: 'a', time: '2025-06-02T10:00:00Z' }));
    shard = appendToShard(
      shard,
      makeRun({ id: 'b', time: '2025-06-03T10:00:00Z', benchmarks: [{ name: 'parse small', unit: 'ms', direction: 'smaller', samples: [1, 2, 3] }] }),
    );
    assert.equal(shard.benchmarks.length, 3);
    assert.deepEqual(shard.benchmarks[2], { name: 'parse small', unit: 'ms', direction: 'smaller' });
    assert.deepEqual(shard.runs[1]!.stats, [null, null, [2, 3, 0.5]]);
  });

  it('marks a failed benchmark without a value', () => {
    const shard = appendToShard(
      undefined,
      makeRun({
        id: 'a',
        time: '2025-06-02T10:00:00Z',
        benchmarks: [
          { name: 'ok', unit: 'ns/op', direction: 'smaller', samples: [1, 1] },
          { name: 'boom', unit: 'ns/op', direction: 'smaller', samples: [], error: 'threw' },
        ],
      }),
    );
    assert.deepEqual(shard.runs[0]!.stats, [[1, 2, 0]]);
    assert.deepEqual(shard.runs[0]!.failed, [1]);
  });
});

describe('history index', () => {
  it('lists shards oldest first and benchmarks with the months they appear in', () => {
    const june = appendToShard(undefined, makeRun({ id: 'a', time: '2025-06-02T10:00:00Z' }));
    const may = appendToShard(undefined, makeRun({ id: 'b', time: '2025-05-02T10:00:00Z' }));
    const index = updateIndex(updateIndex(undefined, june), may);
    assert.deepEqual(
      index.shards.map((s) => [s.month, s.file, s.runs]),
      [
        ['2025-05', '2025-05.json', 1],
        ['2025-06', '2025-06.json', 1],
      ],
    );
    assert.deepEqual(
      index.benchmarks.map((b) => [b.name, b.first, b.last]),
      [
        ['parse small', '2025-05', '2025-06'],
        ['render page', '2025-05', '2025-06'],
      ],
    );
  });

  it('drops shards beyond the months kept, and benchmarks seen only in them', () => {
    let index = updateIndex(
      undefined,
      appendToShard(
        undefined,
        makeRun({ id: 'old', time: '2024-11-02T10:00:00Z', benchmarks: [{ name: 'gone', unit: 'ms', direction: 'smaller', samples: [1] }] }),
      ),
    );
    index = updateIndex(index, appendToShard(undefined, makeRun({ id: 'a', time: '2025-01-02T10:00:00Z' })));
    index = updateIndex(index, appendToShard(undefined, makeRun({ id: 'b', time: '2025-03-02T10:00:00Z' })));
    const { index: pruned, dropped } = pruneIndex(index, 3);
    assert.deepEqual(dropped, ['2024-11']);
    assert.deepEqual(
      pruned.shards.map((s) => s.month),
      ['2025-01', '2025-03'],
    );
    assert.deepEqual(
      pruned.benchmarks.map((b) => b.name),
      ['parse small', 'render page'],
    );
    assert.equal(pruneIndex(index, 5).dropped.length, 0);
  });
});

describe('history on disk', () => {
  const dir = tempDir();
  after(() => dir.cleanup());

  it('rewrites only the run month shard and the index when a run is added', async () => {
    const root = join(dir.path, 'grow');
    for (let month = 1; month <= 12; month++) {
      await appendRunToHistory(root, 'api', makeRun({ id: `m${month}`, time: `2024-${String(month).padStart(2, '0')}-15T10:00:00Z` }));
    }
    const folder = join(root, 'api', 'history');
    const before = new Map(readdirSync(folder).map((f) => [f, readFileSync(join(folder, f), 'utf8')]));
    const outcome = await appendRunToHistory(root, 'api', makeRun({ id: 'new', time: '2024-12-20T10:00:00Z' }));
    assert.deepEqual(outcome.written, ['api/history/2024-12.json', 'api/history/index.json']);
    for (const [file, text] of before) {
      const now = readFileSync(join(folder, file), 'utf8');
      if (file === '2024-12.json' || file === 'index.json') assert.notEqual(now, text, `${file} should change`);
      else assert.equal(now, text, `${file} should not change`);
    }
    assert.equal(readdirSync(folder).filter((f) => f.endsWith('.tmp')).length, 0);
  });

  it('grows a shard by about one entry per run, not by the size of the history', async () => {
    const root = join(dir.path, 'size');
    const shard = join(root, 'api', 'history', '2025-03.json');
    const sizes: number[] = [];
    for (let i = 0; i < 40; i++) {
      await appendRunToHistory(
        root,
        'api',
        makeRun({ id: `r${String(i).padStart(3, '0')}`, time: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`, commit: 'a'.repeat(40) }),
      );
      sizes.push(statSync(shard).size);
    }
    const steps = sizes.slice(1).map((s, i) => s - sizes[i]!);
    assert.ok(Math.max(...steps) - Math.min(...steps) < 10, `each run should add about the same bytes, found steps ${steps.join(', ')}`);
    assert.ok(Math.max(...steps) < 250, `one entry should stay compact, found ${Math.max(...steps)} bytes`);
  });

  it('reads back what it wrote through the documented format', async () => {
    const root = join(dir.path, 'read');
    await appendRunToHistory(root, 'api', makeRun({ id: 'a', time: '2025-02-02T10:00:00Z', commit: 'f'.repeat(40) }));
    const index = await readHistoryIndex(root, 'api');
    assert.equal(index?.format, 'benchgate/history-index');
    assert.equal(index?.version, 1);
    const shard = await readHistoryShard(root, 'api', index!.shards[0]!.month);
    assert.equal(shard?.runs[0]?.commit, 'f'.repeat(40));
    assert.equal(await readHistoryShard(root, 'api', '1999-01'), undefined);
  });

  it('deletes shards older than the months kept', async () => {
    const root = join(dir.path, 'retain');
    for (const month of ['2024-10', '2024-11', '2024-12', '2025-01']) {
      await appendRunToHistory(root, 'api', makeRun({ id: month, time: `${month}-05T10:00:00Z` }), { retainMonths: 2 });
    }
    assert.deepEqual(readdirSync(join(root, 'api', 'history')).sort(), ['2024-12.json', '2025-01.json', 'index.json']);
    const index = await readHistoryIndex(root, 'api');
    assert.deepEqual(
      index!.shards.map((s) => s.month),
      ['2024-12', '2025-01'],
    );
  });

  it('refuses a corrupt shard with an error naming it, and leaves it as it was', async () => {
    const root = join(dir.path, 'corrupt');
    await appendRunToHistory(root, 'api', makeRun({ id: 'a', time: '2025-04-02T10:00:00Z' }));
    const shard = join(root, 'api', 'history', '2025-04.json');
    writeFileSync(shard, '{"format":"benchgate/history-shard","version":1,"suite":"api","month":"2025-04","benchmarks":[],"runs":[{"id":1,"stats":[]}]}');
    const text = readFileSync(shard, 'utf8');
    await assert.rejects(
      appendRunToHistory(root, 'api', makeRun({ id: 'b', time: '2025-04-03T10:00:00Z' }), { displayPath: (p) => `data:${p}` }),
      (err: unknown) => err instanceof InputError && err.file === 'data:api/history/2025-04.json' && /runs\[0\]\.id.*string.*found 1/.test(err.message),
    );
    assert.equal(readFileSync(shard, 'utf8'), text);
  });

  it('refuses history of a version it does not know', () => {
    const text = JSON.stringify({ format: 'benchgate/history-index', version: 2, suite: 'api', shards: [], benchmarks: [] });
    assert.throws(() => parseHistoryIndex(text, 'index.json'), /index\.json: expected "version" 1.*found 2/);
    assert.throws(() => parseHistoryShard('not json', 'x.json'), /x\.json: expected JSON/);
  });
});
