// A cache service that answers 500 to every call, through the real client's retries
// (five attempts, about 25 to 35 seconds per call): the run must go on without a baseline,
// and a save must fail clearly without leaving anything a later restore would pick up.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from '../../src/results/model.ts';
import { ActionsCacheStore, CacheSaveError } from '../../src/store/actions-cache.ts';
import { fakeRunner, startCacheServer, type CacheServer, type FakeRunner } from '../support/cache-server.ts';

const DIR = '.benchgate-cache';
const RETRIES_TAKE_MS = 120_000;

let server: CacheServer;
let runner: FakeRunner;
let root: string;

before(async () => {
  server = await startCacheServer();
  root = mkdtempSync(join(tmpdir(), 'benchgate-cache-outage-'));
  runner = fakeRunner(server, root);
});

after(async () => {
  runner.restore();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A store as a new job on a fresh runner has it: nothing in the work folder yet. */
function newJob(warnings: string[] = []): ActionsCacheStore {
  rmSync(join(runner.workspace, DIR), { recursive: true, force: true });
  return new ActionsCacheStore({ dir: DIR, log: { info: () => {}, warning: (m) => warnings.push(m) } });
}

function run(n: number): RunResult {
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: 'outage',
    run: {
      id: `run-${n}`,
      time: new Date(Date.UTC(2025, 5, 1, 12, n)).toISOString(),
      tool: 'benchgate',
      env: { node: 'v24.0.0', os: 'linux 6.1.0', arch: 'x64', cpu: 'test cpu', cores: 2 },
    },
    benchmarks: [{ name: 'parse', unit: 'ns/op', direction: 'smaller', samples: [100, 101, 99] }],
  };
}

test('a lookup answered with 500 on every retry is a warning and a miss', { timeout: RETRIES_TAKE_MS }, async () => {
  await newJob().save(run(1), 'main');
  const lookupsBefore = server.requests.filter((r) => r.rpc === 'GetCacheEntryDownloadURL').length;
  server.failNext('GetCacheEntryDownloadURL', { status: 500, times: Infinity });
  const warnings: string[] = [];
  const store = newJob(warnings);
  try {
    assert.deepEqual(await store.list('outage', 'main'), []);
  } finally {
    server.clearFailures();
  }
  assert.equal(store.lastRestore?.outcome, 'failed');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /Could not look up the baseline of outage on main.*\(500\)/);
  const lookups = server.requests.filter((r) => r.rpc === 'GetCacheEntryDownloadURL').length - lookupsBefore;
  assert.equal(lookups, 5, 'the client retried before giving up');

  assert.deepEqual(
    (await newJob().list('outage', 'main')).map((r) => r.id),
    ['run-1'],
    'the entry is intact once the service recovers',
  );
  assert.deepEqual(server.violations, []);
});

test('a save whose finalize is answered with 500 on every retry is a clear error and leaves no entry', { timeout: RETRIES_TAKE_MS }, async () => {
  const store = newJob();
  const before = await store.list('outage', 'main');
  server.failNext('FinalizeCacheEntryUpload', { status: 500, times: Infinity });
  try {
    await assert.rejects(store.save(run(2), 'main'), (err: unknown) => {
      assert.ok(err instanceof CacheSaveError);
      assert.ok(err.message.includes(err.key), err.message);
      assert.match(err.message, /500/);
      assert.match(err.message, /previous entry is unchanged/);
      return true;
    });
  } finally {
    server.clearFailures();
  }
  const after = await newJob().list('outage', 'main');
  assert.deepEqual(after, before, 'a later job restores the runs from before the failed save');
  assert.deepEqual(server.violations, []);
});
