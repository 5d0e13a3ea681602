import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { HttpClient } from '../../../src/load/http/client.ts';
import { HttpRequestError } from '../../../src/load/http/errors.ts';
import { startFaultProxy } from '../../../src/load/faults/tcp-proxy.ts';
import type { FaultProxy, FaultProxyOptions } from '../../../src/load/faults/tcp-proxy.ts';

const BIG = Buffer.alloc(150_000, 'abcdefghij');
let target: Server;
let targetAddress: string;
const targetSockets = new Set<Socket>();
const proxies: FaultProxy[] = [];
const clients: HttpClient[] = [];

before(async () => {
  target = createServer((req, res) => {
    if (req.url === '/big') res.end(BIG);
    else if (req.url === '/upload') {
      let bytes = 0;
      req.on('data', (chunk: Buffer) => (bytes += chunk.length));
      req.on('end', () => res.end(String(bytes)));
    } else res.end('ok');
  });
  target.on('connection', (socket) => {
    targetSockets.add(socket);
    socket.on('close', () => targetSockets.delete(socket));
  });
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  targetAddress = `127.0.0.1:${(target.address() as AddressInfo).port}`;
});

after(async () => {
  await Promise.all(clients.map((c) => c.close().catch(() => {})));
  await Promise.all(proxies.map((p) => p.close()));
  for (const socket of targetSockets) socket.destroy();
  await new Promise<void>((resolve) => target.close(() => resolve()));
});

async function proxy(options: Partial<FaultProxyOptions> = {}): Promise<FaultProxy> {
  const p = await startFaultProxy({ target: targetAddress, seed: 7, ...options });
  proxies.push(p);
  return p;
}

function client(timeoutMs = 5_000): HttpClient {
  const c = new HttpClient({ timeoutMs });
  clients.push(c);
  return c;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

test('passes requests and large responses through unchanged when no fault is on', async () => {
  const p = await proxy();
  const c = client();
  assert.equal((await c.get(p.url('/'))).body, 'ok');
  const big = await c.get<string>(p.url('/big'));
  assert.equal(big.body.length, BIG.length);
  assert.equal(big.body, BIG.toString());
  assert.ok(p.stats.bytesDown >= BIG.length, `${p.stats.bytesDown} bytes down`);
  assert.equal(p.stats.resets + p.stats.drops, 0);
});

test('carries large transfers both ways without losing or reordering bytes', async () => {
  const p = await proxy();
  const c = client(20_000);
  const upload = Buffer.alloc(6_000_000);
  for (let i = 0; i < upload.length; i++) upload[i] = i % 251;
  const up = await c.request<string>('POST', p.url('/upload'), upload);
  assert.equal(up.body, String(upload.length));
  // With a delay on, chunks queue up in the proxy and must still come out whole and in order.
  p.inject({ latencyMs: 5, jitterMs: 5 });
  const downs = await Promise.all(Array.from({ length: 8 }, () => c.get<string>(p.url('/big'))));
  for (const down of downs) assert.ok(down.body === BIG.toString(), 'a response came back changed');
});

test('adds the latency it is given to each request', async () => {
  const p = await proxy();
  const c = client();
  await c.get(p.url('/'));
  const plain: number[] = [];
  for (let i = 0; i < 10; i++) plain.push(await timed(() => c.get(p.url('/'))));
  p.inject({ latencyMs: 120 });
  const slow: number[] = [];
  for (let i = 0; i < 10; i++) slow.push(await timed(() => c.get(p.url('/'))));
  // No request can beat the delay; the median difference allows for a noisy machine.
  assert.ok(Math.min(...slow) >= 118, `a request took ${Math.min(...slow).toFixed(1)} ms under a 120 ms delay`);
  const added = median(slow) - median(plain);
  assert.ok(added >= 80 && added < 400, `added ${added.toFixed(1)} ms for a 120 ms fault`);
});

test('spreads latency by the jitter it is given', async () => {
  const p = await proxy();
  const c = client();
  await c.get(p.url('/'));
  p.inject({ latencyMs: 100, jitterMs: 60 });
  const times: number[] = [];
  for (let i = 0; i < 20; i++) times.push(await timed(() => c.get(p.url('/'))));
  const min = Math.min(...times);
  const max = Math.max(...times);
  assert.ok(min >= 38, `fastest ${min.toFixed(1)} ms is below 100 − 60`);
  assert.ok(max - min >= 40, `spread ${(max - min).toFixed(1)} ms is too narrow for ±60 ms of jitter`);
  assert.ok(median(times) >= 70 && median(times) < 300, `median ${median(times).toFixed(1)} ms`);
});

test('a reset fault reaches the client as ECONNRESET', async () => {
  const p = await proxy();
  p.inject({ reset: 1 });
  const socket = connect({ host: '127.0.0.1', port: p.port });
  const error = await new Promise<NodeJS.ErrnoException>((resolve, reject) => {
    socket.on('connect', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    socket.on('error', resolve);
    socket.on('close', () => reject(new Error('closed without an error')));
    setTimeout(() => reject(new Error('no reset within 5 s')), 5_000).unref();
  });
  assert.equal(error.code, 'ECONNRESET');
  await assert.rejects(client().get(p.url('/')), (err: unknown) => err instanceof HttpRequestError && err.kind === 'connection reset');
  assert.ok(p.stats.resets >= 2);
});

test('resets about the fraction of requests it is given', async () => {
  const p = await proxy({ seed: 11 });
  const c = client();
  p.inject({ reset: 0.3 });
  let failed = 0;
  for (let i = 0; i < 100; i++) {
    await c.get(p.url('/')).catch((err: unknown) => {
      assert.ok(err instanceof HttpRequestError && err.kind === 'connection reset', String(err));
      failed++;
    });
  }
  // 30 expected; ±3.5 standard deviations.
  assert.ok(failed >= 14 && failed <= 46, `${failed} of 100 requests were reset at a 30% reset rate`);
  assert.equal(p.stats.resets, failed);
});

test('a dropped connection goes silent until the client times out', async () => {
  const p = await proxy();
  const c = client(400);
  await c.get(p.url('/'));
  p.inject({ drop: 1 });
  const took = await timed(() => assert.rejects(c.get(p.url('/')), (err: unknown) => err instanceof HttpRequestError && err.kind === 'timeout'));
  assert.ok(took >= 350 && took < 5_000, `gave up after ${took.toFixed(0)} ms`);
  assert.equal(p.stats.drops, 1);
  p.clear();
  assert.equal((await client().get(p.url('/'))).body, 'ok');
});

test('caps bandwidth at the rate it is given', async () => {
  const p = await proxy();
  const c = client(20_000);
  await c.get(p.url('/'));
  const rate = 100_000;
  p.inject({ bandwidth: rate });
  const took = await timed(() => c.get(p.url('/big')));
  const measured = BIG.length / (took / 1000);
  // 150 KB at 100 KB/s: 1.5 s in theory.
  assert.ok(measured > rate * 0.4 && measured < rate * 1.15, `${measured.toFixed(0)} B/s measured under a ${rate} B/s cap (${took.toFixed(0)} ms)`);
});

test('starts and ends scheduled faults on time and records when', async () => {
  const p = await proxy({ schedule: [{ at: '300ms', for: '600ms', fault: { latencyMs: 250 }, name: 'slow link' }] });
  const opened = performance.timeOrigin + performance.now();
  const c = client();
  const before = await timed(() => c.get(p.url('/')));
  assert.ok(before < 200, `${before.toFixed(0)} ms before the fault started`);
  await new Promise((resolve) => setTimeout(resolve, 400 - (performance.timeOrigin + performance.now() - opened)));
  const during = await timed(() => c.get(p.url('/')));
  assert.ok(during >= 248, `${during.toFixed(0)} ms during the fault`);
  await new Promise((resolve) => setTimeout(resolve, 1_000 - (performance.timeOrigin + performance.now() - opened)));
  const after = await timed(() => c.get(p.url('/')));
  assert.ok(after < 200, `${after.toFixed(0)} ms after the fault ended`);
  const [start, end] = p.events;
  assert.equal(start?.type, 'start');
  assert.equal(start?.name, 'slow link');
  assert.equal(end?.type, 'end');
  const startsAfter = start!.time - opened;
  const lasted = end!.time - start!.time;
  assert.ok(startsAfter >= 250 && startsAfter < 700, `started ${startsAfter.toFixed(0)} ms after the proxy opened; 300 planned`);
  assert.ok(lasted >= 550 && lasted < 1_000, `lasted ${lasted.toFixed(0)} ms; 600 planned`);
  assert.deepEqual(
    p.periods().map((x) => ({ index: x.index, name: x.name, ended: x.end !== undefined })),
    [{ index: 0, name: 'slow link', ended: true }],
  );
});

test('starts the schedule at the first connection when asked to', async () => {
  const p = await proxy({ start: 'first-connection', schedule: [{ at: '100ms', fault: { reset: 1 } }] });
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(p.events.length, 0, 'the schedule started before any connection');
  const c = client();
  await c.get(p.url('/'));
  await new Promise((resolve) => setTimeout(resolve, 400));
  assert.deepEqual(
    p.events.map((e) => e.type),
    ['start'],
  );
  await assert.rejects(c.get(p.url('/')), HttpRequestError);
});

test('merges overlapping faults, the later entry winning field by field', async () => {
  const p = await proxy({ start: 'manual' });
  p.inject({ latencyMs: 50, jitterMs: 5 });
  p.inject({ latencyMs: 80, reset: 0.5 }, { forMs: 60_000 });
  assert.deepEqual(p.current(), { latencyMs: 80, jitterMs: 5, reset: 0.5 });
  p.clear();
  assert.deepEqual(p.current(), {});
  assert.deepEqual(
    p.events.map((e) => `${e.type} ${e.index} ${e.name}`),
    ['start 0 latency 50±5 ms', 'start 1 latency 80 ms, reset 50%', 'end 0 latency 50±5 ms', 'end 1 latency 80 ms, reset 50%'],
  );
});

test('closing cuts open connections and cancels the faults still to come', async () => {
  const p = await proxy({ schedule: [{ at: '200ms', fault: { latencyMs: 10 } }] });
  const socket = connect({ host: '127.0.0.1', port: p.port });
  await new Promise((resolve) => socket.on('connect', resolve));
  const closed = new Promise((resolve) => socket.on('close', resolve));
  socket.on('error', () => {});
  await p.close();
  await closed;
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(p.events.length, 0);
});

test('says which entry and field of a schedule is wrong', async () => {
  await assert.rejects(
    startFaultProxy({ target: targetAddress, schedule: [{ at: '5 sec', fault: {} }] }),
    /fault proxy schedule\[0\]\.at: expected a duration like '250ms', '30s', '5m', '2h' or '1m30s' \(or a number of ms\), found "5 sec"/,
  );
  await assert.rejects(
    startFaultProxy({ target: targetAddress, schedule: [{ at: '1s', fault: { reset: 2 } }] }),
    /fault proxy schedule\[0\]\.fault\.reset: expected a fraction between 0 and 1, found 2/,
  );
  await assert.rejects(
    startFaultProxy({ target: targetAddress, schedule: [{ at: '1s', fault: { latency: 5 } as never }] }),
    /schedule\[0\]\.fault\.latency: expected one of latencyMs, jitterMs, reset, drop, bandwidth, found an unknown field/,
  );
  await assert.rejects(startFaultProxy({ target: 'localhost' }), /fault proxy target: expected "host:port" such as "127.0.0.1:8080", found "localhost"/);
});
