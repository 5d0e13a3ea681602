// Failures of HTTP calls made inside scenarios, sorted into kinds a person can act on.
// The load engine counts errors by `code`, so every failure thrown here carries a short,
// stable code that names its kind: "HTTP_503", "TIMEOUT", "CONNECTION_RESET", ...

/** What went wrong, in the words a report uses. */
export type HttpErrorKind =
  | 'client error' // 4xx
  | 'server error' // 5xx
  | 'unexpected status' // anything else the caller did not accept, e.g. a 3xx
  | 'timeout'
  | 'connection reset'
  | 'connection refused'
  | 'connection closed'
  | 'bad response'
  | 'aborted'
  | 'network';

/** A response whose status the caller did not accept. */
export class HttpStatusError extends Error {
  override name = 'HttpStatusError';
  readonly status: number;
  readonly kind: HttpErrorKind;
  /** "HTTP_404", "HTTP_503": one count per status in the error table. */
  readonly code: string;
  readonly method: string;
  readonly url: string;
  constructor(method: string, url: string, status: number, bodyStart: string) {
    super(`${method} ${url}: HTTP ${status}${bodyStart ? ` — ${bodyStart}` : ''}`);
    this.method = method;
    this.url = url;
    this.status = status;
    this.kind = status >= 500 && status <= 599 ? 'server error' : status >= 400 && status <= 499 ? 'client error' : 'unexpected status';
    this.code = `HTTP_${status}`;
  }
}

/** A request that got no usable response: timeout, reset, refused, closed. */
export class HttpRequestError extends Error {
  override name = 'HttpRequestError';
  readonly kind: HttpErrorKind;
  readonly code: string;
  readonly method: string;
  readonly url: string;
  constructor(method: string, url: string, kind: HttpErrorKind, detail: string, options?: ErrorOptions) {
    super(`${method} ${url}: ${kind} (${detail})`, options);
    this.method = method;
    this.url = url;
    this.kind = kind;
    this.code = kind.toUpperCase().replace(/ /g, '_');
  }
}

/** A JSON-RPC 2.0 error object in a response, e.g. -32602 invalid params. */
export class JsonRpcError extends Error {
  override name = 'JsonRpcError';
  /** The JSON-RPC error code, e.g. -32601. */
  readonly rpcCode: number;
  /** "JSONRPC_-32601": one count per JSON-RPC error code. */
  readonly code: string;
  readonly data: unknown;
  constructor(method: string, rpcCode: number, message: string, data: unknown) {
    super(`JSON-RPC ${method}: error ${rpcCode}: ${message}`);
    this.rpcCode = rpcCode;
    this.code = `JSONRPC_${rpcCode}`;
    this.data = data;
  }
}

const CODE_KINDS: Record<string, HttpErrorKind> = {
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ETIMEDOUT: 'timeout',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection reset',
  ECONNREFUSED: 'connection refused',
  UND_ERR_SOCKET: 'connection closed',
  UND_ERR_CLOSED: 'connection closed',
  UND_ERR_DESTROYED: 'connection closed',
  UND_ERR_ABORTED: 'aborted',
  ABORT_ERR: 'aborted',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'bad response',
  UND_ERR_HEADERS_OVERFLOW: 'bad response',
  UND_ERR_RES_EXCEEDED_MAX_SIZE: 'bad response',
};

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The kind of a failure thrown by undici or node:net. A socket closed by a reset shows up
 * as undici's UND_ERR_SOCKET with the ECONNRESET underneath, so the cause is looked at first.
 */
export function classifyNetworkError(err: unknown): HttpErrorKind {
  const cause = (err as { cause?: unknown } | null)?.cause;
  const causeKind = codeOf(cause) ? CODE_KINDS[codeOf(cause)!] : undefined;
  if (causeKind) return causeKind;
  const code = codeOf(err);
  if (code && CODE_KINDS[code]) return CODE_KINDS[code];
  if ((err as Error | null)?.name === 'AbortError' || (err as Error | null)?.name === 'TimeoutError') {
    return (err as Error).name === 'TimeoutError' ? 'timeout' : 'aborted';
  }
  if (code?.startsWith('HPE_')) return 'bad response';
  return 'network';
}

export function networkDetail(err: unknown): string {
  const code = codeOf(err);
  const cause = (err as { cause?: unknown } | null)?.cause;
  const causeCode = codeOf(cause);
  return [code, causeCode && causeCode !== code ? causeCode : undefined, (err as Error | null)?.message].filter(Boolean).join(': ');
}
