import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { HttpClient, http } from '../../../src/load/http/client.ts';
import { HttpRequestError, HttpStatusError, JsonRpcError } from '../../../src/load/http/errors.ts';

let server: Server;
let base: string;
let connections = 0;
const sockets = new Set<Socket>();

async function readBody(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/json') {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ hello: 'world' }));
  } else if (url.pathname === '/text') {
    res.end('plain');
  } else if (url.pathname === '/status') {
    res.statusCode = Number(url.searchParams.get('code'));
    res.end(`status ${res.statusCode} body`);
  } else if (url.pathname === '/echo') {
    void readBody(req).then((body) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ method: req.method, type: req.headers['content-type'], body: JSON.parse(body) }));
    });
  } else if (url.pathname === '/rpc') {
    void readBody(req).then((text) => {
      const call = JSON.parse(text) as { id: number; method: string; params: unknown };
      res.setHeader('content-type', 'application/json');
      if (call.method === 'add') {
        const [a, b] = call.params as [number, number];
        res.end(JSON.stringify({ jsonrpc: '2.0', id: call.id, result: a + b }));
      } else if (call.method === 'wrong_id') {
        res.end(JSON.stringify({ jsonrpc: '2.0', id: 999_999, result: 1 }));
      } else {
        res.end(JSON.stringify({ jsonrpc: '2.0', id: call.id, error: { code: -32601, message: 'Method not found' } }));
      }
    });
  } else if (url.pathname === '/hang') {
    // Never answers: the client's timeout must end the request.
  } else if (url.pathname === '/reset') {
    req.socket.resetAndDestroy();
  } else {
    res.statusCode = 404;
    res.end();
  }
}

before(async () => {
  server = createServer(handle);
  server.on('connection', (socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await http.close();
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('reuses its keep-alive connections for sequential requests once warmed up', async () => {
  const client = new HttpClient();
  const before = connections;
  await client.get(`${base}/text`);
  await client.get(`${base}/text`);
  const warm = connections - before;
  assert.ok(warm >= 1 && warm <= 2, `${warm} connections after two requests`);
  for (let i = 0; i < 25; i++) await client.get(`${base}/text`);
  assert.equal(connections - before, warm, '25 more sequential requests opened new connections');
  await client.close();
});

test('opens at most two connections per concurrent caller while warming up and reuses them afterwards', async () => {
  const client = new HttpClient();
  const before = connections;
  const round = () => Promise.all(Array.from({ length: 8 }, () => client.get(`${base}/text`)));
  for (let i = 0; i < 10; i++) await round();
  const opened = connections - before;
  assert.ok(opened >= 1 && opened <= 16, `${opened} connections for 8 concurrent callers`);
  for (let i = 0; i < 20; i++) await round();
  assert.equal(connections - before, opened, 'later rounds opened new connections');
  await client.close();
});

test('keeps to the connection limit it is given', async () => {
  const client = new HttpClient({ connections: 2 });
  const before = connections;
  await Promise.all(Array.from({ length: 20 }, () => client.get(`${base}/text`)));
  assert.ok(connections - before <= 2, `${connections - before} connections with a limit of 2`);
  await client.close();
});

test('parses a JSON response and leaves other bodies as text', async () => {
  const json = await http.get(`${base}/json`);
  assert.equal(json.status, 200);
  assert.deepEqual(json.body, { hello: 'world' });
  const text = await http.get(`${base}/text`);
  assert.equal(text.body, 'plain');
});

test('posts JSON with its content type', async () => {
  const echoed = await http.post<{ method: string; type: string; body: unknown }>(`${base}/echo`, { limit: 10, group: 'g1' });
  assert.deepEqual(echoed.body, { method: 'POST', type: 'application/json', body: { limit: 10, group: 'g1' } });
});

test('throws a 4xx as a client error and a 5xx as a server error, each with its status as the code', async () => {
  await assert.rejects(http.get(`${base}/status?code=404`), (err: unknown) => {
    assert.ok(err instanceof HttpStatusError);
    assert.equal(err.kind, 'client error');
    assert.equal(err.code, 'HTTP_404');
    assert.equal(err.status, 404);
    assert.match(err.message, /^GET http:\/\/127\.0\.0\.1:\d+\/status\?code=404: HTTP 404 — status 404 body$/);
    return true;
  });
  await assert.rejects(
    http.get(`${base}/status?code=503`),
    (err: unknown) => err instanceof HttpStatusError && err.kind === 'server error' && err.code === 'HTTP_503',
  );
  await assert.rejects(http.get(`${base}/status?code=302`), (err: unknown) => err instanceof HttpStatusError && err.kind === 'unexpected status');
});

test('accepts the statuses the caller says are fine', async () => {
  const response = await http.get(`${base}/status?code=404`, { accept: (s) => s === 404 });
  assert.equal(response.status, 404);
});

test('a status error leaves the connection usable', async () => {
  const client = new HttpClient();
  await client.get(`${base}/text`);
  await client.get(`${base}/text`);
  const before = connections;
  for (let i = 0; i < 10; i++) await assert.rejects(client.get(`${base}/status?code=500`), HttpStatusError);
  await client.get(`${base}/text`);
  assert.equal(connections - before, 0);
  await client.close();
});

test('returns the result of a JSON-RPC call', async () => {
  assert.equal(await http.jsonRpc<number>(`${base}/rpc`, 'add', [2, 3]), 5);
});

test('throws a JSON-RPC error with its code', async () => {
  await assert.rejects(http.jsonRpc(`${base}/rpc`, 'nope', {}), (err: unknown) => {
    assert.ok(err instanceof JsonRpcError);
    assert.equal(err.rpcCode, -32601);
    assert.equal(err.code, 'JSONRPC_-32601');
    assert.equal(err.message, 'JSON-RPC nope: error -32601: Method not found');
    return true;
  });
});

test('rejects a JSON-RPC response that answers another call', async () => {
  await assert.rejects(http.jsonRpc(`${base}/rpc`, 'wrong_id'), /expected the response id \d+, found 999999/);
});

test('ends a request the server never answers with a timeout error', async () => {
  const client = new HttpClient({ timeoutMs: 300 });
  const started = performance.now();
  await assert.rejects(client.get(`${base}/hang`), (err: unknown) => err instanceof HttpRequestError && err.kind === 'timeout' && err.code === 'TIMEOUT');
  const took = performance.now() - started;
  assert.ok(took >= 250 && took < 5_000, `timed out after ${took} ms`);
  await client.close();
});

test('stops a request when its signal aborts, and says it was aborted or timed out', async () => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 100);
  await assert.rejects(
    http.get(`${base}/hang`, { signal: controller.signal }),
    (err: unknown) => err instanceof HttpRequestError && err.kind === 'aborted' && err.code === 'ABORTED',
  );
  await assert.rejects(
    http.get(`${base}/hang`, { signal: AbortSignal.timeout(100) }),
    (err: unknown) => err instanceof HttpRequestError && err.kind === 'timeout',
  );
  await assert.rejects(http.get(`${base}/text`, { signal: AbortSignal.abort() }), (err: unknown) => err instanceof HttpRequestError && err.kind === 'aborted');
});

test('names a reset connection and a refused one', async () => {
  await assert.rejects(http.get(`${base}/reset`), (err: unknown) => {
    assert.ok(err instanceof HttpRequestError);
    assert.equal(err.kind, 'connection reset', err.message);
    assert.equal(err.code, 'CONNECTION_RESET');
    return true;
  });
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  await assert.rejects(http.get(`http://127.0.0.1:${port}/`), (err: unknown) => err instanceof HttpRequestError && err.kind === 'connection refused');
});

test('says what is wrong with a URL it cannot call', async () => {
  await assert.rejects(http.get('/relative'), /http: expected an absolute URL such as "http:\/\/127\.0\.0\.1:8080\/path", found "\/relative"/);
  await assert.rejects(http.get('ftp://127.0.0.1/x'), /http: expected an http: or https: URL, found "ftp:\/\/127\.0\.0\.1\/x"/);
});

test('keeps the query string of the URL', async () => {
  const response = await http.get(`${base}/status?code=201`);
  assert.equal(response.status, 201);
});

test('says which option is wrong', () => {
  assert.throws(() => new HttpClient({ connections: 0 }), /http client: expected connections to be a positive number, found 0/);
  assert.throws(() => new HttpClient({ timeoutMs: Number.NaN }), /expected timeoutMs to be a positive number, found NaN/);
});
