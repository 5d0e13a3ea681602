// ActionsCacheStore against the real @actions/cache client, over HTTP to the local fake of
// the Actions cache service, with real tar and zstd.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { InputError, UsageError } from '../../src/errors.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from '../../src/results/model.ts';
import type { StoredRun } from '../../src/store/store.ts';
import { ActionsCacheStore, CacheSaveError, cacheKey, cacheKeyPrefix, describeRestore, type CacheLog } from '../../src/store/actions-cache.ts';
import { fakeRunner, startCacheServer, type CacheServer, type FakeRunner } from '../support/cache-server.ts';

let server: CacheServer;
let runner: FakeRunner;
let root: string;
let jobs = 0;

before(async () => {
  server = await startCacheServer();
  root = mkdtempSync(join(tmpdir(), 'benchgate-actions-cache-'));
  runner = fakeRunner(server, root);
});

after(async () => {
  runner.restore();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  server.clearFailures();
  server.setScope('refs/heads/main');
});

const DIR = '.benchgate-cache';

/**
 * A new job on a fresh runner: a workspace of its own with the same relative work folder,
 * as every job of a workflow has. Its calls run with that workspace current, so jobs can interleave.
 */
class Job {
  readonly workspace: string;
  readonly store: ActionsCacheStore;
  readonly warnings: string[] = [];
  readonly infos: string[] = [];

  constructor(options: { retain?: number } = {}) {
    this.workspace = join(root, `job-${++jobs}`);
    mkdirSync(this.workspace);
    const log: CacheLog = { info: (m) => this.infos.push(m), warning: (m) => this.warnings.push(m) };
    this.store = this.at(() => new ActionsCacheStore({ dir: DIR, log, ...(options.retain !== undefined ? { retain: options.retain } : {}) }));
  }

  /** The folder the store restores `suite` on `branch` into. */
  folder(suite: string, branch: string): string {
    return join(this.workspace, DIR, suite, branch, suite, branch);
  }

  list(suite: string, branch: string, limit?: number): Promise<StoredRun[]> {
    return this.at(() => this.store.list(suite, branch, limit));
  }

  load(ref: StoredRun): Promise<RunResult> {
    return this.at(() => this.store.load(ref));
  }

  save(result: RunResult, branch: string): Promise<StoredRun> {
    return this.at(() => this.store.save(result, branch));
  }

  private at<T>(work: () => T): T {
    process.env['GITHUB_WORKSPACE'] = this.workspace;
    process.chdir(this.workspace);
    return work();
  }
}

function job(options: { retain?: number } = {}): Job {
  return new Job(options);
}

function run(suite: string, n: number, extra: { commit?: string; branch?: string } = {}): RunResult {
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite,
    run: {
      id: `run-${n}`,
      ...(extra.commit ? { commit: extra.commit } : {}),
      ...(extra.branch ? { branch: extra.branch } : {}),
      time: new Date(Date.UTC(2025, 5, 1, 12, n)).toISOString(),
      tool: 'benchgate',
      env: { node: 'v24.0.0', os: 'linux 6.1.0', arch: 'x64', cpu: 'test cpu', cores: 2 },
    },
    benchmarks: [{ name: 'parse', unit: 'ns/op', direction: 'smaller', samples: [100 + n, 101 + n, 99 + n] }],
  };
}

function commitOf(n: number): string {
  return n.toString(16).padStart(40, 'a');
}

describe('ActionsCacheStore', () => {
  test('reports a miss on the first run, then a new job restores the saved run from the entry', async () => {
    const first = job();
    assert.deepEqual(await first.list('api', 'main'), []);
    assert.equal(first.store.lastRestore?.outcome, 'miss');
    assert.equal(first.store.lastRestore?.key, undefined);
    assert.match(first.infos.join('\n'), /No baseline of api on main/);
    assert.match(describeRestore(first.store.lastRestore!), /^No baseline of api on main in the Actions cache \(no entry starts with benchgate-api-main-\)/);

    const saved = await first.save(run('api', 1, { commit: commitOf(1) }), 'main');
    const key = first.store.lastSavedKey;
    assert.ok(key?.startsWith('benchgate-api-main-20250601T120100000Z-'), `key ${key}`);
    assert.ok(server.entry(key!), 'the service holds a finalized entry under the key');

    const second = job();
    const refs = await second.list('api', 'main');
    assert.deepEqual(refs, [saved]);
    assert.deepEqual(second.store.lastRestore, { suite: 'api', branch: 'main', prefix: 'benchgate-api-main-', outcome: 'hit', key });
    assert.equal(describeRestore(second.store.lastRestore!), `Baseline of api on main from Actions cache entry ${key}.`);
    const loaded = await second.load(refs[0]!);
    assert.equal(loaded.run.id, 'run-1');
    assert.deepEqual(loaded.benchmarks[0]!.samples, [101, 102, 100]);
    assert.deepEqual(second.warnings, []);
    assert.deepEqual(server.violations, []);
  });

  test('a pull request restores its base branch baseline by key prefix, saved under the base branch scope', async () => {
    const main = job();
    await main.save(run('pr-suite', 1, { commit: commitOf(1) }), 'main');

    server.setScope('refs/pull/7/merge', ['refs/pull/7/merge', 'refs/heads/main']);
    const pr = job();
    const refs = await pr.list('pr-suite', 'main');
    assert.deepEqual(
      refs.map((r) => r.id),
      ['run-1'],
    );
    assert.equal(pr.store.lastRestore?.key, main.store.lastSavedKey);
    const lookups = server.requests.filter((r) => r.rpc === 'GetCacheEntryDownloadURL').map((r) => (r.body as { key: string }).key);
    assert.ok(lookups.includes('benchgate-pr%2Dsuite-main-'), 'the lookup asks for the prefix, not a full key');

    // The PR's own history is saved under its ref: another PR cannot see it, a later run of this PR can.
    await pr.save(run('pr-suite', 2, { commit: commitOf(2) }), 'feature/x');
    server.setScope('refs/pull/8/merge', ['refs/pull/8/merge', 'refs/heads/main']);
    const otherPr = job();
    assert.deepEqual(await otherPr.list('pr-suite', 'feature/x'), []);
    assert.equal(otherPr.store.lastRestore?.outcome, 'miss');
    server.setScope('refs/pull/7/merge', ['refs/pull/7/merge', 'refs/heads/main']);
    const samePr = job();
    assert.deepEqual(
      (await samePr.list('pr-suite', 'feature/x')).map((r) => r.id),
      ['run-2'],
    );
    assert.deepEqual(server.violations, []);
  });

  test('the newest entry wins when two jobs saved the same branch from the same starting point', async () => {
    const a = job();
    const b = job();
    // Both start before either saves, like two pushes in quick succession.
    assert.deepEqual(await a.list('race', 'main'), []);
    assert.deepEqual(await b.list('race', 'main'), []);
    // b's run started earlier but its entry is created later: creation order decides, as in the service.
    await a.save(run('race', 5, { commit: commitOf(5) }), 'main');
    await b.save(run('race', 3, { commit: commitOf(3) }), 'main');

    const c = job();
    assert.deepEqual(
      (await c.list('race', 'main')).map((r) => r.id),
      ['run-3'],
    );
    assert.equal(c.store.lastRestore?.key, b.store.lastSavedKey);
    assert.notEqual(c.store.lastRestore?.key, a.store.lastSavedKey);
  });

  test('history of the last N runs travels with each entry and older runs are pruned', async () => {
    const keys: string[] = [];
    for (let n = 1; n <= 5; n++) {
      const j = job({ retain: 3 });
      const before = await j.list('history', 'main');
      assert.equal(before.length, Math.min(n - 1, 3), `job ${n} restores the runs kept so far`);
      await j.save(run('history', n, { commit: commitOf(n) }), 'main');
      keys.push(j.store.lastSavedKey!);
    }
    assert.equal(new Set(keys).size, 5, 'every save creates a new entry');
    assert.deepEqual([...keys].sort(), keys, 'keys sort by run time');

    const last = job({ retain: 3 });
    const refs = await last.list('history', 'main');
    assert.deepEqual(
      refs.map((r) => r.id),
      ['run-5', 'run-4', 'run-3'],
    );
    const runs = await Promise.all(refs.map((r) => last.load(r)));
    assert.deepEqual(
      runs.map((r) => r.run.commit),
      [commitOf(5), commitOf(4), commitOf(3)],
    );
    assert.deepEqual(await last.list('history', 'main', 2), refs.slice(0, 2));
  });

  test('branches whose names extend one another keep separate histories', async () => {
    const j = job();
    await j.save(run('names', 1), 'main');
    await j.save(run('names', 2), 'main-2');
    await j.save(run('names', 3), 'release,1');

    const fresh = job();
    assert.deepEqual(
      (await fresh.list('names', 'main')).map((r) => r.id),
      ['run-1'],
    );
    assert.deepEqual(
      (await fresh.list('names', 'main-2')).map((r) => r.id),
      ['run-2'],
    );
    assert.deepEqual(
      (await fresh.list('names', 'release,1')).map((r) => r.id),
      ['run-3'],
    );
    assert.deepEqual(server.violations, []);
  });

  test('a service failure while downloading the entry is a warning and a miss, and the next save refuses to drop the history', async () => {
    const first = job();
    await first.save(run('flaky', 1, { commit: commitOf(1) }), 'main');
    const key = first.store.lastSavedKey!;

    server.failNext('download', { status: 500 });
    const second = job();
    assert.deepEqual(await second.list('flaky', 'main'), []);
    assert.equal(second.store.lastRestore?.outcome, 'failed');
    assert.equal(second.store.lastRestore?.key, key);
    assert.equal(second.warnings.length, 1);
    assert.match(second.warnings[0]!, new RegExp(`${escape(key)}.*500`));
    assert.equal(
      describeRestore(second.store.lastRestore!),
      'No baseline of flaky on main: the Actions cache could not be used (downloadCache failed: Cache service responded with 500).',
    );

    await assert.rejects(second.save(run('flaky', 2), 'main'), (err: unknown) => {
      assert.ok(err instanceof CacheSaveError);
      assert.match(err.message, /could not be restored/);
      return true;
    });
    // The entry itself is fine: the next job restores it.
    const third = job();
    assert.deepEqual(
      (await third.list('flaky', 'main')).map((r) => r.id),
      ['run-1'],
    );
  });

  test('a lost connection on lookup is a warning and a miss, not a failed run', async () => {
    await job().save(run('reset', 1), 'main');
    server.failNext('GetCacheEntryDownloadURL', { reset: true });
    const j = job();
    assert.deepEqual(await j.list('reset', 'main'), []);
    assert.equal(j.store.lastRestore?.outcome, 'failed');
    assert.match(j.store.lastRestore?.reason ?? '', /ECONNRESET/);
    assert.equal(j.warnings.length, 1);
  });

  test('restores each branch once however many reads ask, and keeps concurrent outcomes apart', async () => {
    await job().save(run('together', 1), 'main');
    server.failNext('GetCacheEntryDownloadURL', { reset: true, key: (k) => k.includes('-broken-') });
    const j = job();
    const lookupsBefore = server.requests.filter((r) => r.rpc === 'GetCacheEntryDownloadURL').length;
    const [main, again, broken, fresh] = await Promise.all([
      j.list('together', 'main'),
      j.list('together', 'main'),
      j.list('together', 'broken'),
      j.list('together', 'fresh'),
    ]);
    assert.deepEqual(
      main.map((r) => r.id),
      ['run-1'],
    );
    assert.deepEqual(again, main);
    assert.deepEqual(broken, []);
    assert.deepEqual(fresh, []);
    // main: a lookup and a download request; broken and fresh: one lookup each.
    assert.equal(server.requests.filter((r) => r.rpc === 'GetCacheEntryDownloadURL').length - lookupsBefore, 4);
    assert.equal(j.warnings.length, 1, 'only the broken branch warns');
    assert.match(j.warnings[0]!, /baseline of together on broken/);
    await assert.rejects(j.save(run('together', 2), 'broken'), CacheSaveError);
    await j.save(run('together', 3), 'fresh');
  });

  test('a failed save throws an error naming the key, and leaves the previous entry as the newest', async () => {
    const first = job();
    await first.save(run('save-fails', 1, { commit: commitOf(1) }), 'main');
    const previous = first.store.lastSavedKey;

    const second = job();
    assert.equal((await second.list('save-fails', 'main')).length, 1);
    server.failNext('CreateCacheEntry', { reset: true });
    const failing = run('save-fails', 2, { commit: commitOf(2) });
    const expectedKey = cacheKey('benchgate', failing, 'main');
    await assert.rejects(second.save(failing, 'main'), (err: unknown) => {
      assert.ok(err instanceof CacheSaveError);
      assert.equal(err.key, expectedKey);
      assert.ok(err.message.includes(expectedKey), err.message);
      assert.match(err.message, /ECONNRESET/);
      return true;
    });
    assert.equal(second.store.lastSavedKey, undefined);

    const third = job();
    assert.deepEqual(
      (await third.list('save-fails', 'main')).map((r) => r.id),
      ['run-1'],
    );
    assert.equal(third.store.lastRestore?.key, previous);
  });

  test('an upload that fails half way leaves no entry behind', async () => {
    const first = job();
    await first.save(run('upload-fails', 1), 'main');
    const second = job();
    await second.list('upload-fails', 'main');
    server.failNext('FinalizeCacheEntryUpload', { status: 400 });
    await assert.rejects(second.save(run('upload-fails', 2), 'main'), CacheSaveError);
    const unfinished = server.entries.filter((e) => e.key.startsWith('benchgate-upload%2Dfails-') && !e.finalized);
    assert.equal(unfinished.length, 1, 'the reserved entry was never finalized');
    const third = job();
    assert.deepEqual(
      (await third.list('upload-fails', 'main')).map((r) => r.id),
      ['run-1'],
    );
  });

  test('a corrupt archive is an error naming the key, and the next save starts the history afresh', async () => {
    const first = job();
    await first.save(run('corrupt', 1), 'main');
    const key = first.store.lastSavedKey!;
    server.entry(key)!.data = Buffer.from('this is not a zstd tar archive');

    const second = job();
    await assert.rejects(second.list('corrupt', 'main'), (err: unknown) => {
      assert.ok(err instanceof InputError);
      assert.ok(err.message.includes(`Actions cache entry ${key}`), err.message);
      return true;
    });
    assert.equal(second.store.lastRestore?.outcome, 'corrupt');
    assert.match(
      describeRestore(second.store.lastRestore!),
      new RegExp(`^No baseline of corrupt on main: Actions cache entry ${escape(key)} is corrupt \\(.*tar.*\\)\\.$`),
    );
    assert.equal(second.store.lastRestore?.key, key);

    await second.save(run('corrupt', 2), 'main');
    assert.match(second.warnings.join('\n'), /starts the history .* afresh/);
    const third = job();
    assert.deepEqual(
      (await third.list('corrupt', 'main')).map((r) => r.id),
      ['run-2'],
    );
  });

  test('an unreadable run inside a restored entry is an error naming the entry key', async () => {
    const first = job();
    await first.save(run('unreadable', 1), 'main');
    const folder = first.folder('unreadable', 'main');
    const file = readdirSync(folder).find((n) => n.endsWith('_run-1.json'))!;
    writeFileSync(join(folder, file), '{ "format": "benchgate/results", "version": 1, "suite": ');
    await first.save(run('unreadable', 2), 'main');
    const key = first.store.lastSavedKey!;

    const second = job();
    const refs = await second.list('unreadable', 'main');
    assert.deepEqual(
      refs.map((r) => r.id),
      ['run-2', 'run-1'],
    );
    assert.equal((await second.load(refs[0]!)).run.id, 'run-2');
    await assert.rejects(second.load(refs[1]!), (err: unknown) => {
      assert.ok(err instanceof InputError);
      assert.ok(err.message.startsWith(`Actions cache entry ${key}: holds a run that cannot be read`), err.message);
      return true;
    });
  });

  test('refuses to save when the job may only read the cache', async () => {
    process.env['ACTIONS_CACHE_MODE'] = 'read';
    try {
      const j = job();
      await assert.rejects(j.save(run('read-only', 1), 'main'), /cache mode is 'read'/);
      assert.equal(server.entries.filter((e) => e.key.startsWith('benchgate-read%2Donly-')).length, 0);
    } finally {
      delete process.env['ACTIONS_CACHE_MODE'];
    }
  });

  test('without a cache service it finds no baseline, says what is missing and what to use instead, and saves nothing', async () => {
    const url = process.env['ACTIONS_RESULTS_URL'];
    delete process.env['ACTIONS_RESULTS_URL'];
    try {
      const j = job();
      assert.deepEqual(await j.list('anything', 'main'), []);
      assert.equal(j.store.lastRestore?.outcome, 'failed');
      assert.equal(j.warnings.length, 1);
      assert.match(j.warnings[0]!, /^No baseline of anything on main from the Actions cache: this runner offers no cache service \(ACTIONS_RESULTS_URL/);
      assert.match(j.warnings[0]!, /Use baseline-store: branch/);
      await assert.rejects(j.save(run('anything', 1), 'main'), (err: unknown) => err instanceof CacheSaveError && /could not be restored/.test(err.message));
    } finally {
      process.env['ACTIONS_RESULTS_URL'] = url;
    }
  });

  test('rejects a key prefix the cache service would refuse', () => {
    assert.throws(() => new ActionsCacheStore({ dir: '.x', keyPrefix: 'a,b' }), UsageError);
    assert.throws(() => new ActionsCacheStore({ dir: '.x', keyPrefix: '' }), UsageError);
    assert.throws(() => new ActionsCacheStore({ dir: '.x', retain: 0 }), UsageError);
  });
});

describe('cache keys', () => {
  test('escape "-" so a branch prefix never matches a longer branch name', () => {
    assert.equal(cacheKeyPrefix('benchgate', 'api', 'main'), 'benchgate-api-main-');
    assert.equal(cacheKeyPrefix('benchgate', 'api', 'main-2'), 'benchgate-api-main%2D2-');
    assert.equal(cacheKeyPrefix('benchgate', 'my-suite', 'feature/x'), 'benchgate-my%2Dsuite-feature%2Fx-');
    assert.ok(!cacheKeyPrefix('benchgate', 'api', 'main-2').startsWith(cacheKeyPrefix('benchgate', 'api', 'main')));
  });

  test('never contain a comma and stay within 512 characters for very long names', () => {
    const longBranch = `feature/${'ü,-'.repeat(120)}`;
    const key = cacheKey('benchgate', run('s'.repeat(300), 1, { commit: commitOf(1) }), longBranch);
    assert.ok(key.length <= 512, `length ${key.length}`);
    assert.ok(!key.includes(','));
    const other = cacheKey('benchgate', run('s'.repeat(300), 1, { commit: commitOf(1) }), `${longBranch}x`);
    assert.notEqual(key, other, 'shortened names stay distinct');
  });

  test('end with the run time, sortable, and the commit or else the run id', () => {
    assert.equal(cacheKey('bg', run('api', 7, { commit: commitOf(7) }), 'main'), `bg-api-main-20250601T120700000Z-${commitOf(7)}`);
    assert.equal(cacheKey('bg', run('api', 7), 'main'), 'bg-api-main-20250601T120700000Z-run%2D7');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
