// JSON-RPC 2.0 (https://www.jsonrpc.org/specification) over one request body: single calls,
// batches and notifications. Pure: the HTTP layer hands in the body and writes what comes back.

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;
export const METHOD_NOT_FOUND = -32601;
export const INVALID_PARAMS = -32602;
export const INTERNAL_ERROR = -32603;

export type RpcId = string | number | null;

export interface RpcErrorObject {
  code: number;
  message: string;
  data?: unknown;
}

export type RpcResponse = { jsonrpc: '2.0'; id: RpcId; result: unknown } | { jsonrpc: '2.0'; id: RpcId; error: RpcErrorObject };

/** Thrown by a method when a param is missing or wrong; becomes -32602 naming the param. */
export class InvalidParamsError extends Error {
  override name = 'InvalidParamsError';
  readonly param: string;
  readonly expected: string;
  readonly found: string;
  constructor(param: string, expected: string, found: string) {
    super(`Invalid params: '${param}' must be ${expected}; found ${found}`);
    this.param = param;
    this.expected = expected;
    this.found = found;
  }
}

export interface RpcMethod {
  /** Param names in order, so positional params (an array) map onto names. */
  params: readonly string[];
  handle(params: Record<string, unknown>): unknown;
}

export type RpcMethods = Readonly<Record<string, RpcMethod>>;

export interface RpcOptions {
  /** Largest batch accepted; a larger one is an invalid request as a whole. */
  maxBatch?: number;
  /** Called with errors thrown by methods that are not InvalidParamsError (bugs, storage failures). */
  onInternalError?: (err: unknown, method: string) => void;
}

/**
 * Answers one HTTP body. Returns the response text, or undefined when nothing is to be sent back
 * (a notification, or a batch made only of notifications).
 */
export function answer(body: string, methods: RpcMethods, options: RpcOptions = {}): string | undefined {
  let message: unknown;
  try {
    message = JSON.parse(body);
  } catch (err) {
    return JSON.stringify(failure(null, PARSE_ERROR, 'Parse error: the body is not valid JSON', (err as Error).message));
  }
  if (!Array.isArray(message)) {
    const response = call(message, methods, options);
    return response === undefined ? undefined : JSON.stringify(response);
  }
  const maxBatch = options.maxBatch ?? 100;
  if (message.length === 0) {
    return JSON.stringify(failure(null, INVALID_REQUEST, 'Invalid Request: a batch must hold at least one call'));
  }
  if (message.length > maxBatch) {
    return JSON.stringify(failure(null, INVALID_REQUEST, `Invalid Request: a batch may hold at most ${maxBatch} calls; found ${message.length}`));
  }
  const responses = message.map((item) => call(item, methods, options)).filter((r) => r !== undefined);
  return responses.length === 0 ? undefined : JSON.stringify(responses);
}

function call(request: unknown, methods: RpcMethods, options: RpcOptions): RpcResponse | undefined {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return failure(null, INVALID_REQUEST, `Invalid Request: expected an object; found ${kindOf(request)}`);
  }
  const { jsonrpc, method, params } = request as Record<string, unknown>;
  const hasId = Object.hasOwn(request, 'id');
  const rawId = (request as { id?: unknown }).id;
  if (hasId && !isValidId(rawId)) {
    return failure(null, INVALID_REQUEST, `Invalid Request: 'id' must be a string, a number or null; found ${kindOf(rawId)}`);
  }
  const id = hasId ? (rawId as RpcId) : null;
  if (jsonrpc !== '2.0') {
    return failure(id, INVALID_REQUEST, `Invalid Request: 'jsonrpc' must be "2.0"; found ${kindOf(jsonrpc)}`);
  }
  if (typeof method !== 'string') {
    return failure(id, INVALID_REQUEST, `Invalid Request: 'method' must be a string; found ${kindOf(method)}`);
  }
  if (params !== undefined && (typeof params !== 'object' || params === null)) {
    return failure(id, INVALID_REQUEST, `Invalid Request: 'params' must be an object or an array; found ${kindOf(params)}`);
  }

  // A notification gets no response, even when it fails (JSON-RPC 2.0, section 4.1).
  const respond = (response: RpcResponse): RpcResponse | undefined => (hasId ? response : undefined);

  const target = Object.hasOwn(methods, method) ? methods[method] : undefined;
  if (target === undefined) {
    const known = Object.keys(methods).join(', ');
    return respond(failure(id, METHOD_NOT_FOUND, `Method not found: '${method}'; this service answers ${known}`));
  }
  try {
    const named = namedParams(params as object | undefined, target.params);
    return respond({ jsonrpc: '2.0', id, result: target.handle(named) });
  } catch (err) {
    if (err instanceof InvalidParamsError) {
      return respond(failure(id, INVALID_PARAMS, err.message, { param: err.param, expected: err.expected, found: err.found }));
    }
    options.onInternalError?.(err, method);
    return respond(failure(id, INTERNAL_ERROR, `Internal error while running '${method}'`));
  }
}

function namedParams(params: object | undefined, names: readonly string[]): Record<string, unknown> {
  if (params === undefined) return {};
  if (!Array.isArray(params)) {
    for (const key of Object.keys(params)) {
      if (!names.includes(key)) {
        throw new InvalidParamsError(key, `one of the known params (${names.join(', ') || 'none'})`, 'an unknown param');
      }
    }
    return params as Record<string, unknown>;
  }
  if (params.length > names.length) {
    throw new InvalidParamsError(`[${names.length}]`, `absent: at most ${names.length} positional params (${names.join(', ')})`, `${params.length} params`);
  }
  const named: Record<string, unknown> = {};
  params.forEach((value: unknown, index) => {
    named[names[index] as string] = value;
  });
  return named;
}

function isValidId(id: unknown): boolean {
  return id === null || typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
}

function failure(id: RpcId, code: number, message: string, data?: unknown): RpcResponse {
  const error: RpcErrorObject = data === undefined ? { code, message } : { code, message, data };
  return { jsonrpc: '2.0', id, error };
}

/** A short description of a JSON value for error messages: what was found. */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
