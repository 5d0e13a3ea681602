// The service's JSON-RPC methods: params checked here, with errors naming the param.
import type { EventStore } from './event-store.ts';
import { InvalidParamsError, kindOf, type RpcMethods } from './rpc.ts';

export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 50;
export const MAX_KIND_LENGTH = 64;
export const MAX_PAYLOAD_BYTES = 16 * 1024;

function positiveInteger(params: Record<string, unknown>, name: string, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? 'a positive integer' : `an integer from 1 to ${max}`;
    throw new InvalidParamsError(name, range, kindOf(value));
  }
  return value;
}

function required<T>(name: string, value: T | undefined, expected: string): T {
  if (value === undefined) throw new InvalidParamsError(name, expected, 'nothing (the param is required)');
  return value;
}

export function eventMethods(store: EventStore): RpcMethods {
  return {
    query_change_events: {
      params: ['limit', 'changeGroupId'],
      handle(params) {
        const limit = positiveInteger(params, 'limit', MAX_LIMIT) ?? DEFAULT_LIMIT;
        const changeGroupId = positiveInteger(params, 'changeGroupId');
        return { events: store.query(limit, changeGroupId) };
      },
    },
    append_change_event: {
      params: ['changeGroupId', 'kind', 'payload'],
      handle(params) {
        const changeGroupId = required('changeGroupId', positiveInteger(params, 'changeGroupId'), 'a positive integer');
        const kind = params.kind;
        if (typeof kind !== 'string' || kind.length === 0 || kind.length > MAX_KIND_LENGTH) {
          throw new InvalidParamsError('kind', `a string of 1 to ${MAX_KIND_LENGTH} characters`, kindOf(kind));
        }
        const payload = params.payload ?? {};
        if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
          throw new InvalidParamsError('payload', 'a JSON object', kindOf(payload));
        }
        const bytes = Buffer.byteLength(JSON.stringify(payload));
        if (bytes > MAX_PAYLOAD_BYTES) {
          throw new InvalidParamsError('payload', `at most ${MAX_PAYLOAD_BYTES} bytes of JSON`, `${bytes} bytes`);
        }
        return store.append({ changeGroupId, kind, payload: payload as Record<string, unknown> });
      },
    },
  };
}
