// A local stand-in for the GitHub Actions cache service (v2), for tests that drive the real
// @actions/cache client over HTTP. It speaks what @actions/cache 6 sends:
//   - Twirp JSON: POST /twirp/github.actions.results.api.v1.CacheService/{CreateCacheEntry,
//     FinalizeCacheEntryUpload,GetCacheEntryDownloadURL}, bearer ACTIONS_RUNTIME_TOKEN,
//     bodies in protobuf JSON with proto field names (snake_case), int64 as strings.
//   - Signed blob URLs on the same server, path-style like Azurite
//     (/devstoreaccount1/actions-cache/<id>?sig=...): the Azure Blob SDK uploads with Put Blob
//     (or Put Block + Put Block List above 128 MiB), and since the host is not
//     *.blob.core.windows.net the client downloads with a plain GET (ranges supported).
// Cache semantics follow the real service: entries are immutable and only visible once
// finalized; the version must match; each key is tried exactly, then as a prefix, newest first;
// scopes are searched in order (the run's own ref first, then those it may read).
// Anything the client sends that the real service would reject is answered with an error and
// recorded in `violations`, so tests can assert the client and server agree.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';

const SERVICE = 'github.actions.results.api.v1.CacheService';
const ACCOUNT = 'devstoreaccount1';
const CONTAINER = 'actions-cache';
const MAX_BODY_BYTES = 256 * 1024 * 1024;
const MAX_KEY_LENGTH = 512;
const MAX_KEYS = 10;

export type CacheRpc = 'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'GetCacheEntryDownloadURL';
/** What a failure can be injected into: one Twirp method, or the blob upload/download. */
export type FailTarget = CacheRpc | 'upload' | 'download';

const RPCS: readonly CacheRpc[] = ['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL'];

export interface FakeCacheEntry {
  id: number;
  key: string;
  version: string;
  /** The ref the entry was saved from; restores search the run's readable scopes. */
  scope: string;
  /** The archive as uploaded. Tests may replace it to simulate a corrupt entry. */
  data: Buffer;
  /** Only finalized entries are visible to restores. */
  finalized: boolean;
  /** Finalization order; a prefix match picks the highest. */
  createdSeq: number;
  uploadSig: string;
  downloadSig: string;
  /** Staged but not yet committed blocks (Put Block), by block id. */
  blocks: Map<string, Buffer>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  rpc?: CacheRpc;
  /** Parsed JSON body of a Twirp call. */
  body?: unknown;
  status: number;
  /** Set when the response was an injected failure. */
  injected?: 'status' | 'reset';
}

export interface FailOptions {
  /** HTTP status to answer with; 500 unless `reset`. */
  status?: number;
  /** Destroy the connection instead of answering (the client sees ECONNRESET). */
  reset?: boolean;
  /** How many matching requests fail; 1 by default, Infinity until clearFailures(). */
  times?: number;
  /** Only requests whose Twirp `key` (or blob entry key) passes this test fail. */
  key?: (key: string) => boolean;
}

export interface CacheServer {
  url: string;
  /** What @actions/cache reads to find and use this server. Assign into process.env or a child's env. */
  env: Record<string, string>;
  entries: FakeCacheEntry[];
  requests: RecordedRequest[];
  /** Requests the real service would reject: each a sentence naming the call and the problem. */
  violations: string[];
  failNext(target: FailTarget, options?: FailOptions): void;
  clearFailures(): void;
  /**
   * The ref new entries are saved under, and the refs a restore may read, searched in order
   * (GitHub: the run's own ref, then the PR's base branch, then the default branch).
   */
  setScope(scope: string, readable?: string[]): void;
  /** The finalized entry with this exact key, if any. */
  entry(key: string): FakeCacheEntry | undefined;
  close(): Promise<void>;
}

interface FailRule extends FailOptions {
  target: FailTarget;
  remaining: number;
}

class TwirpError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

class BlobError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function startCacheServer(): Promise<CacheServer> {
  const token = `fake-runtime-token-${randomBytes(12).toString('hex')}`;
  const entries: FakeCacheEntry[] = [];
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  let rules: FailRule[] = [];
  let nextId = 1;
  let nextSeq = 1;
  let writeScope = 'refs/heads/main';
  let readScopes = [writeScope];
  let url = '';
  const sockets = new Set<Socket>();

  function violation(where: string, problem: string): void {
    violations.push(`${where}: ${problem}`);
  }

  function takeFailure(target: FailTarget, key: string | undefined): FailRule | undefined {
    const rule = rules.find((r) => r.target === target && r.remaining > 0 && (!r.key || (key !== undefined && r.key(key))));
    if (rule) rule.remaining -= 1;
    return rule;
  }

  function blobUrl(entry: FakeCacheEntry, permission: 'w' | 'r'): string {
    const sig = permission === 'w' ? entry.uploadSig : entry.downloadSig;
    const expiry = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const query = new URLSearchParams({ sv: '2025-01-05', sr: 'b', sp: permission, se: expiry, sig });
    return `${url}/${ACCOUNT}/${CONTAINER}/${entry.id}?${query.toString()}`;
  }

  function findForRestore(keys: string[], version: string): FakeCacheEntry | undefined {
    for (const scope of readScopes) {
      const visible = entries.filter((e) => e.finalized && e.version === version && e.scope === scope);
      for (const key of keys) {
        const exact = visible.find((e) => e.key === key);
        if (exact) return exact;
        const newest = visible.filter((e) => e.key.startsWith(key)).sort((a, b) => b.createdSeq - a.createdSeq)[0];
        if (newest) return newest;
      }
    }
    return undefined;
  }

  function createCacheEntry(body: Record<string, unknown>): unknown {
    const key = body.key as string;
    const version = body.version as string;
    const existing = entries.find((e) => e.key === key && e.version === version && e.scope === writeScope);
    if (existing) {
      throw new TwirpError(409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
    }
    const entry: FakeCacheEntry = {
      id: nextId++,
      key,
      version,
      scope: writeScope,
      data: Buffer.alloc(0),
      finalized: false,
      createdSeq: 0,
      uploadSig: randomBytes(16).toString('base64url'),
      downloadSig: randomBytes(16).toString('base64url'),
      blocks: new Map(),
    };
    entries.push(entry);
    return { ok: true, signed_upload_url: blobUrl(entry, 'w') };
  }

  function finalizeCacheEntryUpload(body: Record<string, unknown>): unknown {
    const key = body.key as string;
    const version = body.version as string;
    const size = Number(body.size_bytes ?? 0);
    const entry = entries.find((e) => e.key === key && e.version === version && e.scope === writeScope);
    if (!entry) {
      violation('FinalizeCacheEntryUpload', `no entry was created for key ${JSON.stringify(key)} and version ${version}`);
      throw new TwirpError(404, 'not_found', 'cache entry not found');
    }
    if (entry.finalized) {
      violation('FinalizeCacheEntryUpload', `entry ${JSON.stringify(key)} was already finalized`);
      throw new TwirpError(409, 'already_exists', 'cache entry is already finalized');
    }
    if (entry.data.length !== size) {
      violation('FinalizeCacheEntryUpload', `size_bytes is ${size} but ${entry.data.length} bytes were uploaded for ${JSON.stringify(key)}`);
      throw new TwirpError(400, 'invalid_argument', 'size_bytes does not match the uploaded blob');
    }
    entry.finalized = true;
    entry.createdSeq = nextSeq++;
    entry.blocks.clear();
    return { ok: true, entry_id: String(entry.id) };
  }

  function getCacheEntryDownloadURL(body: Record<string, unknown>): unknown {
    const keys = [body.key as string, ...((body.restore_keys as string[] | undefined) ?? [])];
    const entry = findForRestore(keys, body.version as string);
    if (!entry) return { ok: false, signed_download_url: '', matched_key: '' };
    return { ok: true, signed_download_url: blobUrl(entry, 'r'), matched_key: entry.key };
  }

  async function handleTwirp(req: IncomingMessage, res: ServerResponse, rpc: CacheRpc, record: RecordedRequest): Promise<void> {
    const where = rpc;
    const raw = await readBody(req);
    let body: unknown;
    try {
      if (req.method !== 'POST') throw new TwirpError(404, 'bad_route', `${req.method} is not POST`);
      const type = req.headers['content-type'] ?? '';
      if (type !== 'application/json') {
        violation(where, `Content-Type is ${JSON.stringify(type)}, expected "application/json"`);
        throw new TwirpError(400, 'malformed', 'expected application/json');
      }
      if (req.headers.authorization !== `Bearer ${token}`) {
        violation(where, `Authorization is ${req.headers.authorization === undefined ? 'missing' : 'not the runtime token'}`);
        throw new TwirpError(401, 'unauthenticated', 'invalid token');
      }
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        violation(where, 'body is not JSON');
        throw new TwirpError(400, 'malformed', 'body is not JSON');
      }
      record.body = body;
      const problems = checkRequest(rpc, body);
      if (problems.length > 0) {
        for (const p of problems) violation(where, p);
        throw new TwirpError(400, 'invalid_argument', problems.join('; '));
      }
      const request = body as Record<string, unknown>;
      const failure = takeFailure(rpc, request.key as string);
      if (failure) return injectFailure(res, record, failure, 'twirp');
      const answer =
        rpc === 'CreateCacheEntry'
          ? createCacheEntry(request)
          : rpc === 'FinalizeCacheEntryUpload'
            ? finalizeCacheEntryUpload(request)
            : getCacheEntryDownloadURL(request);
      record.status = 200;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
    } catch (err) {
      if (!(err instanceof TwirpError)) throw err;
      record.status = err.status;
      res.writeHead(err.status, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: err.code, msg: err.message }));
    }
  }

  async function handleBlob(req: IncomingMessage, res: ServerResponse, id: number, query: URLSearchParams, record: RecordedRequest): Promise<void> {
    const raw = await readBody(req);
    const entry = entries.find((e) => e.id === id);
    const where = `${req.method} blob ${id}`;
    const writing = req.method === 'PUT';
    try {
      if (!entry) {
        violation(where, 'no such entry was created');
        throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.');
      }
      const expectedSig = writing ? entry.uploadSig : entry.downloadSig;
      if (query.get('sig') !== expectedSig || query.get('sp') !== (writing ? 'w' : 'r')) {
        violation(where, `the signature does not grant ${writing ? 'write' : 'read'} access`);
        throw new BlobError(403, 'AuthenticationFailed', 'Signature did not match.');
      }
      const failure = takeFailure(writing ? 'upload' : 'download', entry.key);
      if (failure) return injectFailure(res, record, failure, 'blob');
      if (writing) {
        putBlob(req, entry, query, raw, where);
        record.status = 201;
        res.writeHead(201, blobHeaders(entry, { 'Content-MD5': md5(raw) })).end();
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new BlobError(405, 'UnsupportedHttpVerb', `${req.method} is not supported`);
      if (!entry.finalized) {
        violation(where, 'download of an entry that was never finalized');
        throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.');
      }
      const range = parseRange(req.headers['x-ms-range'] ?? req.headers.range, entry.data.length);
      if (range === 'invalid') throw new BlobError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.');
      const body = range ? entry.data.subarray(range.start, range.end + 1) : entry.data;
      const headers = blobHeaders(entry, {
        'Content-Length': String(body.length),
        'Content-Type': 'application/octet-stream',
        'Accept-Ranges': 'bytes',
        'x-ms-blob-type': 'BlockBlob',
        ...(range ? { 'Content-Range': `bytes ${range.start}-${range.end}/${entry.data.length}` } : {}),
      });
      record.status = range ? 206 : 200;
      res.writeHead(record.status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      if (!(err instanceof BlobError)) throw err;
      record.status = err.status;
      const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${err.code}</Code><Message>${err.message}</Message></Error>`;
      res.writeHead(err.status, { 'Content-Type': 'application/xml', 'x-ms-error-code': err.code }).end(req.method === 'HEAD' ? undefined : xml);
    }
  }

  function putBlob(req: IncomingMessage, entry: FakeCacheEntry, query: URLSearchParams, raw: Buffer, where: string): void {
    if (entry.finalized) {
      violation(where, `upload to entry ${JSON.stringify(entry.key)} after it was finalized (entries are immutable)`);
      throw new BlobError(409, 'BlobImmutable', 'The cache entry is already finalized.');
    }
    if (!req.headers['x-ms-version']) violation(where, 'x-ms-version header is missing');
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) !== raw.length) {
      violation(where, `Content-Length says ${declared} but ${raw.length} bytes arrived`);
      throw new BlobError(400, 'InvalidHeaderValue', 'Content-Length does not match the body.');
    }
    const comp = query.get('comp');
    if (comp === null) {
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
        violation(where, `x-ms-blob-type is ${JSON.stringify(req.headers['x-ms-blob-type'])}, expected "BlockBlob"`);
        throw new BlobError(400, 'MissingRequiredHeader', 'x-ms-blob-type must be BlockBlob.');
      }
      entry.data = raw;
      return;
    }
    if (comp === 'block') {
      const blockId = query.get('blockid') ?? '';
      if (!isBase64(blockId) || Buffer.from(blockId, 'base64').length > 64) {
        violation(where, `blockid ${JSON.stringify(blockId)} is not base64 of at most 64 bytes`);
        throw new BlobError(400, 'InvalidQueryParameterValue', 'Invalid block id.');
      }
      entry.blocks.set(blockId, raw);
      return;
    }
    if (comp === 'blocklist') {
      const xml = raw.toString('utf8');
      if (!/^(<\?xml[^>]*\?>)?\s*<BlockList>[\s\S]*<\/BlockList>\s*$/.test(xml)) {
        violation(where, 'Put Block List body is not a <BlockList> document');
        throw new BlobError(400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.');
      }
      const ids = [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((m) => m[2] ?? '');
      const parts: Buffer[] = [];
      for (const id of ids) {
        const block = entry.blocks.get(id);
        if (!block) {
          violation(where, `block list names block ${JSON.stringify(id)} that was never staged`);
          throw new BlobError(400, 'InvalidBlockList', 'The specified block list is invalid.');
        }
        parts.push(block);
      }
      entry.data = Buffer.concat(parts);
      entry.blocks.clear();
      return;
    }
    violation(where, `unsupported comp=${comp}`);
    throw new BlobError(400, 'InvalidQueryParameterValue', `comp=${comp} is not supported`);
  }

  function injectFailure(res: ServerResponse, record: RecordedRequest, rule: FailRule, kind: 'twirp' | 'blob'): void {
    if (rule.reset) {
      record.injected = 'reset';
      record.status = 0;
      res.socket?.destroy();
      return;
    }
    const status = rule.status ?? 500;
    record.injected = 'status';
    record.status = status;
    if (kind === 'twirp') {
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: 'internal', msg: 'injected failure' }));
    } else {
      res
        .writeHead(status, { 'Content-Type': 'application/xml' })
        .end('<?xml version="1.0" encoding="utf-8"?><Error><Code>InternalError</Code><Message>injected failure</Message></Error>');
    }
  }

  const server = createServer((req, res) => {
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: RecordedRequest = { method: req.method ?? '', path: parsed.pathname, status: 0 };
    requests.push(record);
    const twirp = new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/(\\w+)$`).exec(parsed.pathname);
    const blob = new RegExp(`^/${ACCOUNT}/${CONTAINER}/(\\d+)$`).exec(parsed.pathname);
    let work: Promise<void>;
    if (twirp && RPCS.includes(twirp[1] as CacheRpc)) {
      record.rpc = twirp[1] as CacheRpc;
      work = handleTwirp(req, res, record.rpc, record);
    } else if (blob) {
      work = handleBlob(req, res, Number(blob[1]), parsed.searchParams, record);
    } else {
      violation(`${req.method} ${parsed.pathname}`, 'no such route');
      record.status = 404;
      res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: 'bad_route', msg: 'no such route' }));
      return;
    }
    work.catch((err: unknown) => {
      violation(`${req.method} ${parsed.pathname}`, `server error: ${String(err)}`);
      record.status = 500;
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    env: {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `${url}/`,
      ACTIONS_RUNTIME_TOKEN: token,
      // isGhes() would otherwise pick the v1 protocol for a runner that points elsewhere.
      GITHUB_SERVER_URL: 'https://github.com',
    },
    entries,
    requests,
    violations,
    failNext(target, options = {}) {
      rules.push({ ...options, target, remaining: options.times ?? 1 });
    },
    clearFailures() {
      rules = [];
    },
    setScope(scope, readable) {
      writeScope = scope;
      readScopes = readable ?? [scope];
    },
    entry(key) {
      return entries.find((e) => e.finalized && e.key === key);
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

const FIELDS: Record<CacheRpc, readonly string[]> = {
  CreateCacheEntry: ['metadata', 'key', 'version'],
  FinalizeCacheEntryUpload: ['metadata', 'key', 'size_bytes', 'version'],
  GetCacheEntryDownloadURL: ['metadata', 'key', 'restore_keys', 'version'],
};

/** What the real service would reject in a request body, per the protobuf JSON mapping of results/api/v1/cache.proto. */
function checkRequest(rpc: CacheRpc, body: unknown): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return ['body is not a JSON object'];
  const problems: string[] = [];
  const fields = body as Record<string, unknown>;
  for (const name of Object.keys(fields)) {
    if (!FIELDS[rpc].includes(name)) problems.push(`unknown field ${JSON.stringify(name)}`);
  }
  problems.push(...checkKey('key', fields.key));
  if (typeof fields.version !== 'string' || !/^[0-9a-f]{64}$/.test(fields.version)) {
    problems.push(`version must be a sha256 hex string, found ${JSON.stringify(fields.version)}`);
  }
  if (rpc === 'FinalizeCacheEntryUpload' && !isInt64(fields.size_bytes)) {
    problems.push(`size_bytes must be a non-negative int64 (a decimal string in JSON), found ${JSON.stringify(fields.size_bytes)}`);
  }
  if (fields.restore_keys !== undefined) {
    if (!Array.isArray(fields.restore_keys)) {
      problems.push('restore_keys must be an array of strings');
    } else {
      if (fields.restore_keys.length + 1 > MAX_KEYS) problems.push(`at most ${MAX_KEYS} keys in all, found ${fields.restore_keys.length + 1}`);
      fields.restore_keys.forEach((k, i) => problems.push(...checkKey(`restore_keys[${i}]`, k)));
    }
  }
  if (fields.metadata !== undefined) problems.push(...checkMetadata(fields.metadata));
  return problems;
}

function checkKey(field: string, key: unknown): string[] {
  if (typeof key !== 'string' || key === '') return [`${field} must be a non-empty string, found ${JSON.stringify(key)}`];
  if (key.length > MAX_KEY_LENGTH) return [`${field} is ${key.length} characters, at most ${MAX_KEY_LENGTH} allowed`];
  if (key.includes(',')) return [`${field} ${JSON.stringify(key)} contains a comma`];
  return [];
}

function checkMetadata(metadata: unknown): string[] {
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) return ['metadata must be an object'];
  const { repository_id: repositoryId, scope, ...rest } = metadata as Record<string, unknown>;
  const problems = Object.keys(rest).map((k) => `unknown metadata field ${JSON.stringify(k)}`);
  if (repositoryId !== undefined && !isInt64(repositoryId)) problems.push('metadata.repository_id must be an int64');
  if (scope !== undefined) {
    const ok =
      Array.isArray(scope) &&
      scope.every(
        (s) =>
          typeof s === 'object' &&
          s !== null &&
          typeof (s as { scope?: unknown }).scope === 'string' &&
          isInt64((s as { permission?: unknown }).permission ?? '0'),
      );
    if (!ok) problems.push('metadata.scope must be a list of { scope, permission }');
  }
  return problems;
}

function isInt64(value: unknown): boolean {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0;
  return typeof value === 'string' && /^\d{1,19}$/.test(value);
}

function isBase64(text: string): boolean {
  return text.length > 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(text) && text.length % 4 === 0;
}

function md5(data: Buffer): string {
  return createHash('md5').update(data).digest('base64');
}

function blobHeaders(entry: FakeCacheEntry, extra: Record<string, string>): Record<string, string> {
  return {
    ETag: `"0x${entry.id.toString(16).padStart(16, '0')}"`,
    'Last-Modified': new Date().toUTCString(),
    'x-ms-request-id': randomBytes(8).toString('hex'),
    'x-ms-version': '2025-01-05',
    'x-ms-request-server-encrypted': 'true',
    Date: new Date().toUTCString(),
    ...extra,
  };
}

function parseRange(header: string | string[] | undefined, size: number): { start: number; end: number } | 'invalid' | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (!match) return 'invalid';
  const start = Number(match[1]);
  const end = match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  if (start > end || start >= size) return 'invalid';
  return { start, end };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > MAX_BODY_BYTES) throw new Error(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export interface FakeRunner {
  /** GITHUB_WORKSPACE, also made the current folder, as on a runner. */
  workspace: string;
  /** Puts back the environment, folder and stdout as they were. */
  restore(): void;
}

/**
 * Makes this process look like a job on a runner that uses `server` for its cache: the
 * service's variables, a workspace and RUNNER_TEMP of its own. The client's ::debug:: lines
 * (several per call) are dropped from stdout so test output stays readable.
 */
export function fakeRunner(server: CacheServer, root: string): FakeRunner {
  const saved = { ...process.env };
  const cwd = process.cwd();
  const workspace = join(root, 'workspace');
  const temp = join(root, 'runner-temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(temp, { recursive: true });
  delete process.env['ACTIONS_CACHE_URL'];
  delete process.env['ACTIONS_CACHE_MODE'];
  Object.assign(process.env, server.env, { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp });
  process.chdir(workspace);
  const write = process.stdout.write;
  process.stdout.write = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
    if (typeof chunk === 'string' && chunk.startsWith('::debug::')) return true;
    return Reflect.apply(write, process.stdout, [chunk, ...rest]) as boolean;
  } as typeof process.stdout.write;
  return {
    workspace,
    restore() {
      process.stdout.write = write;
      process.chdir(cwd);
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
    },
  };
}
