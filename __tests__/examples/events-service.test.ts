// The events service as a real child process on the Node running these tests (better-sqlite3 where it
// loads, node:sqlite otherwise), seeded small so this stays quick: 20,000 events into a cache folder
// of its own.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SERVICE_ENTRY, startEventsService, type RunningService } from '../../examples/events-service/src/launch.ts';
import { seedFileName } from '../../examples/events-service/src/seed-name.ts';
import { seedEvents } from '../../examples/events-service/src/data.ts';
import { loopDelayMs } from '../../examples/events-service/src/loop-delay.ts';
import { startInProcessService } from '../../examples/events-service/src/in-process.ts';

const EVENTS = 20_000;
// Not the system Node better-sqlite3 may be built for: whatever runs the tests (Node 24 in CI).
const NODE = process.execPath;
const cacheDir = mkdtempSync(join(tmpdir(), 'events-service-test-'));
let service: RunningService;

before(async () => {
  service = await startEventsService({ events: EVENTS, cacheDir, node: NODE, startTimeoutMs: 60_000 });
});

after(async () => {
  await service?.stop();
  rmSync(cacheDir, { recursive: true, force: true });
});

let nextId = 1;
async function rpc(url: string, method: string, params?: unknown): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, params }),
  });
  assert.equal(response.status, 200);
  return response.json();
}

test('prints one listening line with a port chosen by the OS, the Node it runs on and its SQLite driver', () => {
  assert.ok(service.port > 0 && service.port < 65_536);
  assert.equal(service.url, `http://127.0.0.1:${service.port}`);
  assert.equal(service.node, process.version);
  assert.ok(['better-sqlite3', 'node:sqlite'].includes(service.driver), service.driver);
  assert.equal(service.events, EVENTS);
  assert.equal(service.seed.events, EVENTS);
});

test('reports its event count, event-loop delay and memory on GET /health', async () => {
  const response = await fetch(`${service.url}/health`);
  assert.equal(response.status, 200);
  const body = (await response.json()) as {
    status: string;
    events: number;
    eventLoopDelayMs: { p50: number; p99: number; max: number };
    memory: { heapUsed: number; rss: number };
  };
  assert.equal(body.status, 'ok');
  assert.ok(body.events >= EVENTS);
  const delay = body.eventLoopDelayMs;
  assert.ok(delay.p50 >= 0 && delay.p50 <= delay.p99 && delay.p99 <= delay.max, JSON.stringify(delay));
  // How late is the loop's business on a shared machine; that the sampling interval is not counted is below.
  assert.ok(body.memory.heapUsed > 0 && body.memory.rss > body.memory.heapUsed);
});

test('counts how late the event loop ran, not the sampling interval itself', () => {
  assert.equal(loopDelayMs(10_250_000, 10), 0.25);
  assert.equal(loopDelayMs(9_990_000, 10), 0, 'a sample a little early is not a negative delay');
  assert.equal(loopDelayMs(135_000_000, 10), 125);
});

test('returns the newest events of a change group, at most limit of them', async () => {
  // Group 370 has nine of the first 20,000 seeded events: the generator says which.
  const seeded = [...seedEvents(EVENTS)]
    .filter((e) => e.changeGroupId === 370)
    .map((e) => e.id)
    .reverse();
  assert.equal(seeded.length, 9);
  const { result } = await rpc(service.url, 'query_change_events', { limit: 5, changeGroupId: 370 });
  assert.deepEqual(
    result.events.map((e: { id: number }) => e.id),
    seeded.slice(0, 5),
  );
  for (const event of result.events) {
    assert.equal(event.changeGroupId, 370);
    assert.equal(typeof event.payload, 'object');
    assert.match(event.createdAt, /^2024-\d\d-\d\dT/);
  }
  const all = await rpc(service.url, 'query_change_events', { limit: 1000, changeGroupId: 370 });
  assert.deepEqual(
    all.result.events.map((e: { id: number }) => e.id),
    seeded,
  );
});

test('returns the newest events over all groups when no group is given', async () => {
  const { result } = await rpc(service.url, 'query_change_events', { limit: 1000 });
  assert.equal(result.events.length, 1000);
  assert.ok(new Set(result.events.map((e: { changeGroupId: number }) => e.changeGroupId)).size > 500);
  const { result: fallback } = await rpc(service.url, 'query_change_events');
  assert.equal(fallback.events.length, 50);
});

test('answers invalid params with -32602 naming the param', async () => {
  const limit = await rpc(service.url, 'query_change_events', { limit: 5000 });
  assert.equal(limit.error.code, -32602);
  assert.equal(limit.error.data.param, 'limit');
  assert.match(limit.error.message, /'limit' must be an integer from 1 to 1000; found 5000/);
  const group = await rpc(service.url, 'query_change_events', { changeGroupId: 'abc' });
  assert.equal(group.error.data.param, 'changeGroupId');
  const missing = await rpc(service.url, 'append_change_event', { kind: 'created' });
  assert.equal(missing.error.data.param, 'changeGroupId');
});

test('answers protocol errors over HTTP: parse error, method not found, batch, notification', async () => {
  const parse = await fetch(service.url, { method: 'POST', body: '{"jsonrpc":' });
  assert.equal(parse.status, 200);
  assert.equal(((await parse.json()) as any).error.code, -32700);
  assert.equal((await rpc(service.url, 'drop_table')).error.code, -32601);
  const batch = await fetch(`${service.url}/rpc`, {
    method: 'POST',
    body: JSON.stringify([
      { jsonrpc: '2.0', id: 'a', method: 'query_change_events', params: { limit: 1 } },
      { jsonrpc: '2.0', method: 'query_change_events' },
      { jsonrpc: '2.0', id: 'b', method: 'nope' },
    ]),
  });
  const answers = (await batch.json()) as any[];
  assert.deepEqual(
    answers.map((a) => a.id),
    ['a', 'b'],
  );
  const notification = await fetch(service.url, {
    method: 'POST',
    body: JSON.stringify({ jsonrpc: '2.0', method: 'query_change_events' }),
  });
  assert.equal(notification.status, 204);
});

test('answers wrong HTTP methods, paths and oversized bodies plainly', async () => {
  const get = await fetch(service.url);
  assert.equal(get.status, 405);
  assert.equal(get.headers.get('allow'), 'POST');
  assert.equal((await fetch(`${service.url}/nowhere`)).status, 404);
  const huge = await fetch(service.url, { method: 'POST', body: 'x'.repeat(1024 * 1024 + 10) });
  assert.equal(huge.status, 413);
});

test('returns a written event first in its change group, and counts it in /health', async () => {
  const written = await rpc(service.url, 'append_change_event', {
    changeGroupId: 777,
    kind: 'comment_added',
    payload: { actor: 'test', words: 3 },
  });
  assert.ok(written.result.id > EVENTS);
  const { result } = await rpc(service.url, 'query_change_events', { changeGroupId: 777, limit: 2 });
  assert.equal(result.events[0].id, written.result.id);
  assert.deepEqual(result.events[0].payload, { actor: 'test', words: 3 });
  assert.equal(result.events[0].createdAt, written.result.createdAt);
  const health = (await (await fetch(`${service.url}/health`)).json()) as { events: number };
  assert.ok(health.events >= written.result.id);
});

test('queries by change group through the index, without sorting', () => {
  const db = new DatabaseSync(join(cacheDir, seedFileName(EVENTS)), { readOnly: true });
  try {
    const rows = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM events WHERE change_group_id = ? ORDER BY id DESC LIMIT ?').all(1, 10) as Array<{
      detail: string;
    }>;
    const plan = rows.map((r) => r.detail).join('\n');
    assert.match(plan, /USING (COVERING )?INDEX events_by_change_group \(change_group_id=\?\)/);
    assert.doesNotMatch(plan, /TEMP B-TREE/);
  } finally {
    db.close();
  }
});

test('starts from the cached seed the second time and serves the same data', async () => {
  const seedFile = join(cacheDir, seedFileName(EVENTS));
  const before = statSync(seedFile).mtimeMs;
  const second = await startEventsService({ events: EVENTS, cacheDir, node: NODE });
  try {
    assert.equal(second.seed.cached, true);
    assert.notEqual(second.port, service.port);
    // The first service's writes went to its own copy: the second starts from the pristine seed.
    assert.equal(second.events, EVENTS);
    const a = await rpc(service.url, 'query_change_events', { changeGroupId: 9_999, limit: 10 });
    const b = await rpc(second.url, 'query_change_events', { changeGroupId: 9_999, limit: 10 });
    assert.deepEqual(a.result, b.result);
  } finally {
    assert.equal(await second.stop(), 0);
  }
  assert.equal(statSync(seedFile).mtimeMs, before);
});

test('builds an identical seed in another cache folder', async () => {
  const otherDir = mkdtempSync(join(tmpdir(), 'events-service-test-'));
  const other = await startEventsService({ events: EVENTS, cacheDir: otherDir, node: NODE });
  try {
    assert.equal(other.seed.cached, false);
    for (const params of [{ limit: 1000 }, { changeGroupId: 1, limit: 100 }, { changeGroupId: 5_000, limit: 100 }]) {
      const mine = await rpc(service.url, 'query_change_events', params);
      const theirs = await rpc(other.url, 'query_change_events', params);
      // The first service has taken writes; compare only seeded events.
      const seeded = (r: any) => r.result.events.filter((e: { id: number }) => e.id <= EVENTS);
      const common = Math.min(seeded(mine).length, seeded(theirs).length);
      assert.ok(common > 0);
      assert.deepEqual(seeded(mine).slice(0, common), seeded(theirs).slice(0, common));
    }
  } finally {
    await other.stop();
    rmSync(otherDir, { recursive: true, force: true });
  }
});

test('finishes a request in flight when stopped, then removes its working copy and exits 0', async () => {
  const own = await startEventsService({ events: EVENTS, cacheDir, node: NODE });
  assert.ok(existsSync(own.database));
  assert.notEqual(own.database, own.seed.path);
  const agent = slowRequest(own.port);
  await agent.sent;
  const stopping = performance.now();
  const code = await own.stop();
  // The in-flight answer closes its keep-alive connection, so stopping does not sit out the 5 s grace.
  assert.ok(performance.now() - stopping < 4_500, `stopped in ${Math.round(performance.now() - stopping)} ms`);
  const response = await agent.response;
  assert.equal(response.status, 200);
  assert.equal(JSON.parse(response.body).result.events.length, 1);
  assert.equal(code, 0);
  assert.equal(existsSync(own.database), false);
  assert.ok(existsSync(own.seed.path!));
});

/** Sends headers now and the body 300 ms later, so the request is in flight when the service is asked to stop. */
function slowRequest(port: number): { sent: Promise<void>; response: Promise<{ status: number; body: string }> } {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'query_change_events', params: { limit: 1 } });
  let markSent!: () => void;
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.flushHeaders();
    setTimeout(markSent, 100);
    setTimeout(() => req.end(body), 400);
  });
  return { sent, response };
}

test('exits by itself when the parent closes its stdin', async () => {
  const child = spawn(
    NODE,
    ['--import', import.meta.resolve('tsx'), SERVICE_ENTRY, '--events', String(EVENTS), '--cache-dir', cacheDir, '--exit-with-parent'],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  assert.equal(JSON.parse(line.toString()).event, 'listening');
  child.stdin.end();
  const [code] = await once(child, 'exit');
  assert.equal(code, 0);
});

test('serves the same answers hosted in this process as the service does in its own', async () => {
  const inProcess = await startInProcessService(join(cacheDir, seedFileName(EVENTS)));
  try {
    assert.equal(inProcess.events, EVENTS);
    for (const params of [
      { changeGroupId: 370, limit: 100 },
      { changeGroupId: 1, limit: 5 },
    ]) {
      assert.deepEqual((await rpc(inProcess.url, 'query_change_events', params)).result, (await rpc(service.url, 'query_change_events', params)).result);
    }
    const written = await rpc(inProcess.url, 'append_change_event', { changeGroupId: 5, kind: 'created', payload: {} });
    assert.equal(written.result.id, EVENTS + 1);
    const invalid = await rpc(inProcess.url, 'query_change_events', { limit: -1 });
    assert.equal(invalid.error.data.param, 'limit');
  } finally {
    await inProcess.stop();
  }
});

/** A Node on this machine that loads the better-sqlite3 installed here, if there is one. */
function nodeWithBetterSqlite(): string | undefined {
  for (const candidate of [process.execPath, process.env.npm_node_execpath, '/usr/bin/node', '/usr/local/bin/node']) {
    if (!candidate || !existsSync(candidate)) continue;
    try {
      execFileSync(candidate, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
        stdio: 'ignore',
        cwd: new URL('../../', import.meta.url).pathname,
      });
      return candidate;
    } catch {
      // Built for another Node, or not built at all.
    }
  }
  return undefined;
}

const betterSqliteNode = nodeWithBetterSqlite();

test(
  'reads the same seed over better-sqlite3, on a Node it is built for',
  { skip: betterSqliteNode === undefined ? 'no Node on this machine loads the better-sqlite3 installed here' : false },
  () => {
    const script = `
    const { startInProcessService } = await import(${JSON.stringify(new URL('../../examples/events-service/src/in-process.ts', import.meta.url).href)});
    const service = await startInProcessService(process.argv[1]);
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'query_change_events', params: { limit: 3, changeGroupId: 370 } });
    const reply = await (await fetch(service.url, { method: 'POST', body })).json();
    console.log(JSON.stringify({ driver: service.driver, ids: reply.result.events.map((e) => e.id) }));
    await service.stop();`;
    const output = execFileSync(
      betterSqliteNode!,
      ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', script, join(cacheDir, seedFileName(EVENTS))],
      { encoding: 'utf8' },
    );
    const seeded = [...seedEvents(EVENTS)]
      .filter((e) => e.changeGroupId === 370)
      .map((e) => e.id)
      .reverse();
    assert.deepEqual(JSON.parse(output), { driver: 'better-sqlite3', ids: seeded.slice(0, 3) });
  },
);
