// The events service's JSON-RPC layer and seed data, without SQLite: a store in memory stands in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answer, INVALID_PARAMS, INVALID_REQUEST, METHOD_NOT_FOUND, PARSE_ERROR, INTERNAL_ERROR } from '../../examples/events-service/src/rpc.ts';
import { eventMethods, DEFAULT_LIMIT, MAX_LIMIT } from '../../examples/events-service/src/methods.ts';
import type { ChangeEvent, EventStore } from '../../examples/events-service/src/event-store.ts';
import { CHANGE_GROUPS, EVENT_KINDS, seedEvents } from '../../examples/events-service/src/data.ts';

function memoryStore(): EventStore & { events: ChangeEvent[] } {
  const events: ChangeEvent[] = [];
  return {
    events,
    query(limit, changeGroupId) {
      return events
        .filter((e) => changeGroupId === undefined || e.changeGroupId === changeGroupId)
        .toReversed()
        .slice(0, limit);
    },
    append(event) {
      const created = { id: events.length + 1, ...event, createdAt: new Date(0).toISOString() };
      events.push(created);
      return { id: created.id, createdAt: created.createdAt };
    },
    lastEventId: () => events.length,
    close() {},
  };
}

function rpc(body: unknown, store = memoryStore()): any {
  const text = answer(typeof body === 'string' ? body : JSON.stringify(body), eventMethods(store));
  return text === undefined ? undefined : JSON.parse(text);
}

const call = (method: string, params?: unknown, id: unknown = 1) => ({ jsonrpc: '2.0', id, method, params });

test('answers a call with the same id and a result', () => {
  const store = memoryStore();
  store.append({ changeGroupId: 7, kind: 'created', payload: {} });
  const response = rpc(call('query_change_events', { limit: 5 }, 'abc'), store);
  assert.deepEqual(response.id, 'abc');
  assert.equal(response.jsonrpc, '2.0');
  assert.equal(response.result.events.length, 1);
});

test('maps positional params onto names in order', () => {
  const store = memoryStore();
  for (const group of [1, 2, 1, 2, 1]) store.append({ changeGroupId: group, kind: 'created', payload: {} });
  const response = rpc(call('query_change_events', [2, 1]), store);
  assert.deepEqual(
    response.result.events.map((e: ChangeEvent) => e.id),
    [5, 3],
  );
});

test('uses the default limit when none is given', () => {
  const store = memoryStore();
  for (let i = 0; i < DEFAULT_LIMIT + 10; i++) store.append({ changeGroupId: 1, kind: 'created', payload: {} });
  assert.equal(rpc(call('query_change_events'), store).result.events.length, DEFAULT_LIMIT);
});

test('reports a body that is not JSON as a parse error with a null id', () => {
  const response = rpc('{"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]');
  assert.equal(response.error.code, PARSE_ERROR);
  assert.equal(response.id, null);
});

test('rejects a request without jsonrpc "2.0" as an invalid request and keeps its id', () => {
  const response = rpc({ jsonrpc: '1.0', id: 9, method: 'query_change_events' });
  assert.equal(response.error.code, INVALID_REQUEST);
  assert.equal(response.id, 9);
  assert.match(response.error.message, /'jsonrpc' must be "2.0"; found "1.0"/);
});

test('rejects a method that is not a string, params that are a scalar, and an id that is an object', () => {
  assert.equal(rpc({ jsonrpc: '2.0', id: 1, method: 1, params: 'bar' }).error.code, INVALID_REQUEST);
  assert.equal(rpc({ jsonrpc: '2.0', id: 1, method: 'query_change_events', params: 3 }).error.code, INVALID_REQUEST);
  const badId = rpc({ jsonrpc: '2.0', id: { a: 1 }, method: 'query_change_events' });
  assert.equal(badId.error.code, INVALID_REQUEST);
  assert.equal(badId.id, null);
});

test('names the known methods when the method is not found', () => {
  const response = rpc(call('query_events'));
  assert.equal(response.error.code, METHOD_NOT_FOUND);
  assert.match(response.error.message, /'query_events'.*query_change_events, append_change_event/);
});

test('does not treat inherited object keys as methods', () => {
  assert.equal(rpc(call('toString')).error.code, METHOD_NOT_FOUND);
  assert.equal(rpc(call('__proto__')).error.code, METHOD_NOT_FOUND);
});

test('names the param, what was expected and what was found in invalid params errors', () => {
  const cases: Array<[unknown, string, RegExp]> = [
    [{ limit: 0 }, 'limit', /integer from 1 to 1000; found 0/],
    [{ limit: MAX_LIMIT + 1 }, 'limit', /found 1001/],
    [{ limit: '10' }, 'limit', /found "10"/],
    [{ limit: 2.5 }, 'limit', /found 2\.5/],
    [{ changeGroupId: -3 }, 'changeGroupId', /positive integer; found -3/],
    [{ changeGroupId: null }, 'changeGroupId', /found null/],
    [{ changeGroupID: 4 }, 'changeGroupID', /known params \(limit, changeGroupId\)/],
    [[1, 2, 3], '[2]', /at most 2 positional params/],
  ];
  for (const [params, param, message] of cases) {
    const response = rpc(call('query_change_events', params));
    assert.equal(response.error.code, INVALID_PARAMS, JSON.stringify(params));
    assert.equal(response.error.data.param, param);
    assert.match(response.error.message, message);
    assert.ok(response.error.message.includes(`'${param}'`), response.error.message);
  }
});

test('checks the params of append_change_event before writing anything', () => {
  const store = memoryStore();
  const cases: Array<[unknown, string]> = [
    [{ kind: 'created', payload: {} }, 'changeGroupId'],
    [{ changeGroupId: 1, payload: {} }, 'kind'],
    [{ changeGroupId: 1, kind: '' }, 'kind'],
    [{ changeGroupId: 1, kind: 'x'.repeat(65) }, 'kind'],
    [{ changeGroupId: 1, kind: 'created', payload: [1] }, 'payload'],
    [{ changeGroupId: 1, kind: 'created', payload: { text: 'x'.repeat(17_000) } }, 'payload'],
  ];
  for (const [params, param] of cases) {
    const response = rpc(call('append_change_event', params), store);
    assert.equal(response.error?.code, INVALID_PARAMS, JSON.stringify(params).slice(0, 80));
    assert.equal(response.error.data.param, param);
  }
  assert.equal(store.events.length, 0);
  const missing = rpc(call('append_change_event', { kind: 'created' }), store);
  assert.match(missing.error.message, /required/);
});

test('writes an event that the next query returns first', () => {
  const store = memoryStore();
  store.append({ changeGroupId: 3, kind: 'created', payload: {} });
  const written = rpc(call('append_change_event', { changeGroupId: 3, kind: 'comment_added', payload: { words: 12 } }), store);
  assert.equal(written.result.id, 2);
  const [first] = rpc(call('query_change_events', { changeGroupId: 3, limit: 1 }), store).result.events;
  assert.deepEqual(first.payload, { words: 12 });
});

test('sends nothing back for a notification, even a failing one', () => {
  assert.equal(rpc({ jsonrpc: '2.0', method: 'query_change_events' }), undefined);
  assert.equal(rpc({ jsonrpc: '2.0', method: 'no_such_method' }), undefined);
  assert.equal(rpc({ jsonrpc: '2.0', method: 'query_change_events', params: { limit: -1 } }), undefined);
});

test('answers a batch call by call, leaving out notifications (the specification example)', () => {
  const responses = rpc([
    call('query_change_events', { limit: 1 }, '1'),
    { jsonrpc: '2.0', method: 'query_change_events' },
    call('query_change_events', { limit: 0 }, '2'),
    { foo: 'boo' },
    call('get_data', {}, '9'),
    1,
  ]);
  assert.equal(responses.length, 5);
  assert.deepEqual(
    responses.map((r: any) => [r.id, r.error?.code ?? 'result']),
    [
      ['1', 'result'],
      ['2', INVALID_PARAMS],
      [null, INVALID_REQUEST],
      ['9', METHOD_NOT_FOUND],
      [null, INVALID_REQUEST],
    ],
  );
});

test('rejects an empty batch as one invalid request and sends nothing for a batch of notifications', () => {
  const empty = rpc([]);
  assert.equal(Array.isArray(empty), false);
  assert.equal(empty.error.code, INVALID_REQUEST);
  assert.equal(rpc([{ jsonrpc: '2.0', method: 'query_change_events' }]), undefined);
});

test('rejects a batch larger than the limit as a whole', () => {
  const text = answer(JSON.stringify(Array(3).fill(call('query_change_events'))), eventMethods(memoryStore()), { maxBatch: 2 });
  const response = JSON.parse(text!);
  assert.equal(response.error.code, INVALID_REQUEST);
  assert.match(response.error.message, /at most 2 calls; found 3/);
});

test('hides the detail of a failing store behind an internal error and reports it to the service', () => {
  const store = memoryStore();
  store.query = () => {
    throw new Error('SQLITE_CORRUPT: secret path /var/db');
  };
  const seen: string[] = [];
  const text = answer(JSON.stringify(call('query_change_events')), eventMethods(store), {
    onInternalError: (err, method) => seen.push(`${method}: ${(err as Error).message}`),
  });
  const response = JSON.parse(text!);
  assert.equal(response.error.code, INTERNAL_ERROR);
  assert.doesNotMatch(response.error.message, /secret/);
  assert.deepEqual(seen, ['query_change_events: SQLITE_CORRUPT: secret path /var/db']);
});

test('generates the same seed events on every run', () => {
  const first = [...seedEvents(2_000)];
  const second = [...seedEvents(2_000)];
  assert.deepEqual(first, second);
  assert.notDeepEqual(first, [...seedEvents(2_000, 99)]);
});

test('spreads seed events over every change group, in time order, with valid JSON payloads', () => {
  const counts = new Map<number, number>();
  let previous = 0;
  const kinds = new Set<string>();
  for (const event of seedEvents(200_000)) {
    counts.set(event.changeGroupId, (counts.get(event.changeGroupId) ?? 0) + 1);
    assert.ok(event.createdAt > previous);
    previous = event.createdAt;
    kinds.add(event.kind);
    if (event.id % 997 === 0) assert.equal(typeof JSON.parse(event.payload).actor, 'string');
  }
  assert.equal(counts.size, CHANGE_GROUPS);
  const perGroup = [...counts.values()];
  // 20 per group on average: a group with under 5 or over 45 would mean a skewed generator.
  assert.ok(Math.min(...perGroup) >= 5 && Math.max(...perGroup) <= 45, `${Math.min(...perGroup)}..${Math.max(...perGroup)}`);
  assert.deepEqual([...kinds].sort(), [...EVENT_KINDS].sort());
});
