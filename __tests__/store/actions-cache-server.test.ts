// The fake Actions cache service itself: that it speaks the protocol the real clients speak
// (@actions/cache, the Azure Blob SDK) and keeps the real service's cache semantics.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import * as cache from '@actions/cache';
import { BlockBlobClient } from '@azure/storage-blob';
import { fakeRunner, startCacheServer, type CacheServer, type FakeRunner } from '../support/cache-server.ts';

const SERVICE = 'github.actions.results.api.v1.CacheService';
const VERSION = 'a'.repeat(64);

let server: CacheServer;
let runner: FakeRunner;
let root: string;

before(async () => {
  server = await startCacheServer();
  root = mkdtempSync(join(tmpdir(), 'benchgate-cache-server-'));
  runner = fakeRunner(server, root);
  mkdirSync(join(runner.workspace, 'data'));
  writeFileSync(join(runner.workspace, 'data', 'file.txt'), 'cached contents\n');
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

async function twirp(method: string, body: unknown, token = server.env['ACTIONS_RUNTIME_TOKEN']): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${server.url}/twirp/${SERVICE}/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

test('stores blocks staged with Put Block and committed with Put Block List, and serves them to the Azure SDK and to ranged GETs', async () => {
  const created = await twirp('CreateCacheEntry', { key: 'blocks-1', version: VERSION });
  assert.equal(created.status, 200);
  assert.equal(created.json.ok, true);
  const upload = new BlockBlobClient(created.json.signed_upload_url as string);
  const parts = [Buffer.from('first block, '), Buffer.from('second block')];
  const ids = ['block-0', 'block-1'].map((id) => Buffer.from(id).toString('base64'));
  await upload.stageBlock(ids[0]!, parts[0]!, parts[0]!.length);
  await upload.stageBlock(ids[1]!, parts[1]!, parts[1]!.length);
  await upload.commitBlockList(ids);
  const whole = Buffer.concat(parts);

  const finalized = await twirp('FinalizeCacheEntryUpload', { key: 'blocks-1', version: VERSION, size_bytes: String(whole.length) });
  assert.deepEqual(finalized.json, { ok: true, entry_id: String(server.entry('blocks-1')!.id) });

  const found = await twirp('GetCacheEntryDownloadURL', { key: 'blocks-', version: VERSION });
  assert.equal(found.json.matched_key, 'blocks-1');
  const downloadUrl = found.json.signed_download_url as string;
  assert.deepEqual(await new BlockBlobClient(downloadUrl).downloadToBuffer(), whole);
  const ranged = await fetch(downloadUrl, { headers: { Range: 'bytes=6-10' } });
  assert.equal(ranged.status, 206);
  assert.equal(ranged.headers.get('content-range'), `bytes 6-10/${whole.length}`);
  assert.equal(await ranged.text(), 'block');
  assert.deepEqual(server.violations, []);
});

test('a second save under an existing key is refused with 409 and the entry keeps its first contents', async () => {
  assert.ok((await cache.saveCache(['data'], 'immutable-1')) > 0);
  const first = Buffer.from(server.entry('immutable-1')!.data);
  writeFileSync(join(runner.workspace, 'data', 'file.txt'), 'changed contents\n');
  try {
    assert.equal(await cache.saveCache(['data'], 'immutable-1'), -1);
  } finally {
    writeFileSync(join(runner.workspace, 'data', 'file.txt'), 'cached contents\n');
  }
  const creates = server.requests.filter((r) => r.rpc === 'CreateCacheEntry' && (r.body as { key?: string }).key === 'immutable-1');
  assert.deepEqual(
    creates.map((r) => r.status),
    [200, 409],
  );
  assert.deepEqual(server.entry('immutable-1')!.data, first);
  assert.deepEqual(server.violations, []);
});

test('restores only entries of the same version: an entry saved for other paths is a miss', async () => {
  await cache.saveCache(['data'], 'versioned-1');
  assert.equal(await cache.restoreCache(['other'], 'versioned-1', [], { lookupOnly: true }), undefined);
  assert.equal(await cache.restoreCache(['data'], 'versioned-1', [], { lookupOnly: true }), 'versioned-1');
});

test('restore tries each key exactly first, then as a prefix with the newest entry winning, in order', async () => {
  await cache.saveCache(['data'], 'order-1');
  await cache.saveCache(['data'], 'order-10');
  await cache.saveCache(['data'], 'order-2');
  const lookup = (key: string, restoreKeys: string[] = []) => cache.restoreCache(['data'], key, restoreKeys, { lookupOnly: true });
  assert.equal(await lookup('order-1'), 'order-1', 'an exact match beats a newer prefix match');
  assert.equal(await lookup('order-'), 'order-2', 'the newest prefix match');
  assert.equal(await lookup('none-', ['order-1', 'order-']), 'order-1', 'restore keys in the order given');
  assert.equal(await lookup('none-', ['nothing-']), undefined);
});

test('a run sees entries of its own scope first, then of the scopes it may read, and no others', async () => {
  server.setScope('refs/heads/main');
  await cache.saveCache(['data'], 'scoped-main');
  server.setScope('refs/pull/1/merge', ['refs/pull/1/merge', 'refs/heads/main']);
  await cache.saveCache(['data'], 'scoped-pr1');
  assert.equal(await cache.restoreCache(['data'], 'scoped-', [], { lookupOnly: true }), 'scoped-pr1');
  server.setScope('refs/pull/2/merge', ['refs/pull/2/merge', 'refs/heads/main']);
  assert.equal(await cache.restoreCache(['data'], 'scoped-', [], { lookupOnly: true }), 'scoped-main');
  server.setScope('refs/heads/other', ['refs/heads/other']);
  assert.equal(await cache.restoreCache(['data'], 'scoped-', [], { lookupOnly: true }), undefined);
});

test('an entry is invisible until finalized, and its blob cannot be changed after', async () => {
  const created = await twirp('CreateCacheEntry', { key: 'pending-1', version: VERSION });
  const upload = new BlockBlobClient(created.json.signed_upload_url as string);
  await upload.upload(Buffer.from('abc'), 3);
  assert.equal((await twirp('GetCacheEntryDownloadURL', { key: 'pending-1', version: VERSION })).json.ok, false);
  await twirp('FinalizeCacheEntryUpload', { key: 'pending-1', version: VERSION, size_bytes: '3' });
  assert.equal((await twirp('GetCacheEntryDownloadURL', { key: 'pending-1', version: VERSION })).json.ok, true);

  const before = server.violations.length;
  await assert.rejects(upload.upload(Buffer.from('xyz'), 3), (err: { statusCode?: number }) => err.statusCode === 409);
  assert.equal(server.entry('pending-1')!.data.toString(), 'abc');
  assert.equal(server.violations.length, before + 1);
  assert.match(server.violations.at(-1)!, /after it was finalized/);
  server.violations.length = before;
});

test('refuses and records requests the real service would reject', async () => {
  const before = server.violations.length;
  const cases: [string, unknown, number, RegExp, string?][] = [
    ['CreateCacheEntry', { key: 'a,b', version: VERSION }, 400, /contains a comma/],
    ['CreateCacheEntry', { key: 'k'.repeat(513), version: VERSION }, 400, /at most 512/],
    ['CreateCacheEntry', { key: 'ok', version: 'v1' }, 400, /version must be a sha256/],
    ['CreateCacheEntry', { key: 'ok', version: VERSION, cacheSize: 1 }, 400, /unknown field "cacheSize"/],
    ['FinalizeCacheEntryUpload', { key: 'ok', version: VERSION, size_bytes: -1 }, 400, /size_bytes must be/],
    ['GetCacheEntryDownloadURL', { key: 'ok', version: VERSION, restore_keys: Array(10).fill('r') }, 400, /at most 10 keys/],
    ['GetCacheEntryDownloadURL', { key: 'ok', version: VERSION }, 401, /Authorization is not the runtime token/, 'wrong-token'],
    ['FinalizeCacheEntryUpload', { key: 'never-created', version: VERSION, size_bytes: '0' }, 404, /no entry was created/],
  ];
  for (const [method, body, status, problem, token] of cases) {
    const answer = await twirp(method, body, token);
    assert.equal(answer.status, status, `${method} ${JSON.stringify(body).slice(0, 60)}`);
    assert.equal(typeof answer.json.msg, 'string', 'errors are Twirp JSON errors');
    assert.match(server.violations.at(-1) ?? '', problem);
  }
  assert.equal(server.violations.length, before + cases.length);
  server.violations.length = before;
});

test('injected failures answer as configured, then the service recovers', async () => {
  server.failNext('GetCacheEntryDownloadURL', { status: 503, times: 2 });
  assert.equal((await twirp('GetCacheEntryDownloadURL', { key: 'x', version: VERSION })).status, 503);
  assert.equal((await twirp('GetCacheEntryDownloadURL', { key: 'x', version: VERSION })).status, 503);
  assert.equal((await twirp('GetCacheEntryDownloadURL', { key: 'x', version: VERSION })).status, 200);
  server.failNext('CreateCacheEntry', { reset: true });
  await assert.rejects(twirp('CreateCacheEntry', { key: 'reset-1', version: VERSION }));
  assert.equal(
    server.entries.some((e) => e.key === 'reset-1'),
    false,
  );
});
