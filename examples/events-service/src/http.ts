// HTTP edge of the service: POST / (or /rpc) carries JSON-RPC 2.0, GET /health says whether it serves.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { answer, type RpcMethods, type RpcOptions } from './rpc.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface EventsServerOptions extends RpcOptions {
  methods: RpcMethods;
  /** Extra fields for GET /health. */
  health?: () => Record<string, unknown>;
}

export interface EventsServer {
  server: Server;
  /** Stop taking requests, let the ones in flight finish (up to `graceMs`), then close. */
  shutdown(graceMs?: number): Promise<void>;
}

export function createEventsServer(options: EventsServerOptions): EventsServer {
  let stopping = false;
  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      options.onInternalError?.(err, `${req.method} ${req.url}`);
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
  // Load generators keep connections open; a keep-alive timeout shorter than their pools' would
  // show up as connection resets under load rather than anything the service does wrong.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET, HEAD');
      if (stopping) return send(res, 503, { status: 'stopping' });
      return send(res, 200, { status: 'ok', ...options.health?.() });
    }
    if (path !== '/' && path !== '/rpc') {
      return send(res, 404, { error: `no route ${path}; JSON-RPC is served at POST / and POST /rpc, health at GET /health` });
    }
    if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
    const body = await readBody(req);
    if (body === undefined) {
      res.setHeader('connection', 'close');
      return send(res, 413, { error: `request body over ${MAX_BODY_BYTES} bytes` });
    }
    const reply = answer(body, options.methods, options);
    if (reply === undefined) return send(res, 204);
    send(res, 200, reply);
  }

  function send(res: ServerResponse, status: number, body?: string | object): void {
    // Once stopping, each answer closes its connection, so keep-alive clients do not hold the
    // shutdown until the grace period runs out.
    if (stopping) res.setHeader('connection', 'close');
    if (body === undefined) {
      res.writeHead(status).end();
      return;
    }
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  function methodNotAllowed(res: ServerResponse, allow: string): void {
    res.setHeader('allow', allow);
    send(res, 405, { error: `method not allowed; use ${allow}` });
  }

  return {
    server,
    shutdown(graceMs = 5_000) {
      stopping = true;
      return new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
