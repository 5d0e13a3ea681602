// HTTP calls for scenario functions, over undici with keep-alive connection pools, so a
// load test measures the target rather than connection set-up. A status the caller did
// not accept is thrown as an error whose code names it ("HTTP_503"), so the load engine
// counts errors by kind without any work in the scenario.
//
// undici marks a new connection free only a little after its first response has been read,
// so a caller that sends its next request at once may open a second connection while
// warming up (at most two per concurrent caller); from then on connections are reused.
// Waiting for that (a setImmediate per request) would add event-loop time to every
// measured latency, so it is not done.
import { Agent } from 'undici';
import type { Dispatcher } from 'undici';
import { UsageError, describe } from '../../errors.ts';
import { classifyNetworkError, HttpRequestError, HttpStatusError, JsonRpcError, networkDetail } from './errors.ts';

export interface HttpClientOptions {
  /** Most connections kept open per origin; default unlimited (one per concurrent request). */
  connections?: number;
  /** How long an idle connection is kept for reuse, in ms; default 10,000. */
  keepAliveMs?: number;
  /** Longest wait for a connection, for the headers, and between body chunks, in ms; default 30,000. */
  timeoutMs?: number;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Statuses accepted as success; default any 2xx. */
  accept?: (status: number) => boolean;
  /** Per request, in ms; default the client's timeoutMs. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface HttpResponse<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON when the response says it is JSON, else the text; '' for an empty body. */
  body: T;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_KEEP_ALIVE_MS = 10_000;
/** URLs whose split into origin and path is remembered; a scenario uses a handful, a crawl could use millions. */
const URL_CACHE_SIZE = 1_000;
/** How much of an error response's body goes into the error message. */
const BODY_IN_MESSAGE = 200;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

const isOk = (status: number): boolean => status >= 200 && status <= 299;

function checkPositive(name: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)) {
    throw new UsageError(`http client: expected ${name} to be a positive number, found ${describe(value)}`);
  }
}

export class HttpClient {
  readonly #agent: Agent;
  readonly #timeoutMs: number;
  readonly #headers: Record<string, string>;
  #nextRpcId = 1;
  readonly #urls = new Map<string, { origin: string; path: string }>();

  constructor(options: HttpClientOptions = {}) {
    checkPositive('connections', options.connections);
    checkPositive('keepAliveMs', options.keepAliveMs);
    checkPositive('timeoutMs', options.timeoutMs);
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#headers = { ...options.headers };
    const keepAlive = options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS;
    this.#agent = new Agent({
      connections: options.connections ?? null,
      keepAliveTimeout: keepAlive,
      keepAliveMaxTimeout: Math.max(keepAlive, 600_000),
      connectTimeout: this.#timeoutMs,
      headersTimeout: this.#timeoutMs,
      bodyTimeout: this.#timeoutMs,
    });
  }

  /** GET `url`; the body is parsed JSON or text. Throws HttpStatusError on a status not accepted. */
  get<T = unknown>(url: string | URL, options: RequestOptions = {}): Promise<HttpResponse<T>> {
    return this.request<T>('GET', url, undefined, options);
  }

  /** POST `json` (serialized) to `url`. */
  post<T = unknown>(url: string | URL, json: unknown, options: RequestOptions = {}): Promise<HttpResponse<T>> {
    return this.request<T>('POST', url, JSON.stringify(json), { ...options, headers: { 'content-type': 'application/json', ...options.headers } });
  }

  /**
   * Call a JSON-RPC 2.0 method and return its `result`. An `error` in the response is
   * thrown as JsonRpcError (code "JSONRPC_-32602" and so on); so is a response that is not JSON-RPC.
   */
  async jsonRpc<T = unknown>(url: string | URL, method: string, params?: unknown, options: RequestOptions = {}): Promise<T> {
    const id = this.#nextRpcId++;
    const payload = { jsonrpc: '2.0', id, method, ...(params !== undefined ? { params } : {}) };
    const response = await this.post<unknown>(url, payload, options);
    const body = response.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new JsonRpcError(method, -32700, `expected a JSON-RPC response object, found ${describe(body)}`, undefined);
    }
    const reply = body as { result?: unknown; error?: unknown; id?: unknown };
    if (reply.error !== undefined) {
      const error = (typeof reply.error === 'object' && reply.error !== null ? reply.error : {}) as { code?: unknown; message?: unknown; data?: unknown };
      const code = typeof error.code === 'number' ? error.code : -32603;
      const message = typeof error.message === 'string' ? error.message : 'error without a message';
      throw new JsonRpcError(method, code, message, error.data);
    }
    if (!('result' in reply)) throw new JsonRpcError(method, -32603, 'expected "result" or "error" in the response, found neither', undefined);
    if (reply.id !== id) throw new JsonRpcError(method, -32603, `expected the response id ${id}, found ${describe(reply.id)}`, undefined);
    return reply.result as T;
  }

  async request<T = unknown>(method: string, url: string | URL, body: string | Buffer | undefined, options: RequestOptions = {}): Promise<HttpResponse<T>> {
    const where = typeof url === 'string' ? url : url.href;
    const { origin, path } = this.#split(where);
    const request: Dispatcher.DispatchOptions = {
      origin,
      path,
      method: method as Dispatcher.HttpMethod,
      headers: options.headers ? { ...this.#headers, ...options.headers } : this.#headers,
    };
    if (body !== undefined) request.body = body;
    if (options.timeoutMs !== undefined) request.headersTimeout = request.bodyTimeout = options.timeoutMs;
    let response: RawResponse;
    try {
      response = await this.#send(request, options.signal);
    } catch (err) {
      throw new HttpRequestError(method, where, classifyNetworkError(err), networkDetail(err), { cause: err });
    }
    const { status, headers, text } = response;
    const accept = options.accept ?? isOk;
    if (!accept(status)) throw new HttpStatusError(method, where, status, text.slice(0, BODY_IN_MESSAGE).replace(/\s+/g, ' ').trim());
    return { status, headers, body: parseBody(text, headers['content-type']) as T };
  }

  /**
   * One request through the agent's dispatch(), the body gathered into a string as it comes.
   * undici's request() would wrap every response body in a stream, which at high rates is a
   * seventh of the client's CPU per request; splitting the URL once per URL (cached) saves
   * about as much again. The whole body is always read, so the connection goes back to the pool.
   */
  #send(request: Dispatcher.DispatchOptions, signal: AbortSignal | undefined): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      let status = 0;
      let headers: Record<string, string | string[] | undefined> = {};
      const chunks: Buffer[] = [];
      let onAbort: (() => void) | undefined;
      const settle = (): void => {
        if (onAbort) signal!.removeEventListener('abort', onAbort);
      };
      this.#agent.dispatch(request, {
        onRequestStart(controller) {
          if (!signal) return;
          if (signal.aborted) return controller.abort(signal.reason);
          onAbort = () => controller.abort(signal.reason);
          signal.addEventListener('abort', onAbort, { once: true });
        },
        onResponseStart(_controller, statusCode, responseHeaders) {
          status = statusCode;
          headers = responseHeaders;
        },
        onResponseData(_controller, chunk) {
          chunks.push(chunk);
        },
        onResponseEnd() {
          settle();
          const text = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
          resolve({ status, headers, text });
        },
        onResponseError(_controller, error) {
          settle();
          reject(error);
        },
      });
    });
  }

  #split(url: string): { origin: string; path: string } {
    let parts = this.#urls.get(url);
    if (!parts) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new UsageError(`http: expected an absolute URL such as "http://127.0.0.1:8080/path", found ${describe(url)}`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new UsageError(`http: expected an http: or https: URL, found ${describe(url)}`);
      }
      parts = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      if (this.#urls.size >= URL_CACHE_SIZE) this.#urls.clear();
      this.#urls.set(url, parts);
    }
    return parts;
  }

  /** Close idle connections and refuse new requests; waits for requests under way. */
  close(): Promise<void> {
    return this.#agent.close();
  }
}

function parseBody(text: string, contentType: string | string[] | undefined): unknown {
  const type = Array.isArray(contentType) ? contentType[0] : contentType;
  if (text === '' || !type || !/[/+]json\b/i.test(type)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

let shared: HttpClient | undefined;

/**
 * The shared client scenario functions use: `await http.get(url)`, `http.post(url, json)`,
 * `http.jsonRpc(url, method, params)`. Created on first use with the defaults; make your
 * own `new HttpClient({...})` for other settings.
 */
export const http = {
  get: <T = unknown>(url: string | URL, options?: RequestOptions) => client().get<T>(url, options),
  post: <T = unknown>(url: string | URL, json: unknown, options?: RequestOptions) => client().post<T>(url, json, options),
  jsonRpc: <T = unknown>(url: string | URL, method: string, params?: unknown, options?: RequestOptions) => client().jsonRpc<T>(url, method, params, options),
  request: <T = unknown>(method: string, url: string | URL, body?: string | Buffer, options?: RequestOptions) =>
    client().request<T>(method, url, body, options),
  /** Close the shared client's connections; the next call opens a new client. */
  async close(): Promise<void> {
    const closing = shared;
    shared = undefined;
    await closing?.close();
  },
};

function client(): HttpClient {
  shared ??= new HttpClient();
  return shared;
}
