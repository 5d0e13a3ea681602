// The seeded events, generated from a fixed PRNG so every machine builds the same database:
// a benchmark run against one seed is comparable with a baseline run against another copy of it.

/** Bump when the schema or the generated rows change: cached seed files carry it in their name. */
export const SEED_VERSION = 1;

export const CHANGE_GROUPS = 10_000;
export const EVENT_KINDS = ['created', 'field_changed', 'status_changed', 'comment_added', 'assigned', 'deleted'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

// 2024-01-01T00:00:00Z; events are ~30 s apart on average, so a million cover about a year.
const FIRST_EVENT_AT = Date.UTC(2024, 0, 1);
const MEAN_GAP_MS = 30_000;

const FIELDS = ['title', 'priority', 'owner', 'due_date', 'estimate', 'labels'];
const STATUSES = ['open', 'in_progress', 'blocked', 'review', 'done'];
// Weights per kind: most changes are edits, few are deletions.
const KIND_WEIGHTS: Record<EventKind, number> = {
  created: 8,
  field_changed: 45,
  status_changed: 20,
  comment_added: 20,
  assigned: 6,
  deleted: 1,
};

export interface SeedEvent {
  id: number;
  changeGroupId: number;
  kind: EventKind;
  payload: string;
  createdAt: number;
}

/** mulberry32: tiny, fast and good enough to spread rows; not for anything secret. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

const kindTable: EventKind[] = EVENT_KINDS.flatMap((kind) => Array<EventKind>(KIND_WEIGHTS[kind]).fill(kind));

/**
 * The seeded events in id order (ids 1..count). Change groups are uniform over 1..CHANGE_GROUPS,
 * so a million events give each group about a hundred: a `limit` of up to 100 reads a full page.
 */
export function* seedEvents(count: number, seed = SEED_VERSION): Generator<SeedEvent> {
  const random = prng(0x5eed0000 + seed);
  let createdAt = FIRST_EVENT_AT;
  for (let id = 1; id <= count; id++) {
    createdAt += 1 + Math.floor(random() * 2 * MEAN_GAP_MS);
    const changeGroupId = 1 + Math.floor(random() * CHANGE_GROUPS);
    const kind = pick(kindTable, random);
    const actor = `user-${1 + Math.floor(random() * 500)}`;
    yield { id, changeGroupId, kind, payload: payloadFor(kind, actor, random), createdAt };
  }
}

function payloadFor(kind: EventKind, actor: string, random: () => number): string {
  switch (kind) {
    case 'field_changed': {
      const field = pick(FIELDS, random);
      return JSON.stringify({ actor, field, from: Math.floor(random() * 1000), to: Math.floor(random() * 1000) });
    }
    case 'status_changed':
      return JSON.stringify({ actor, from: pick(STATUSES, random), to: pick(STATUSES, random) });
    case 'comment_added':
      return JSON.stringify({ actor, words: 5 + Math.floor(random() * 200) });
    case 'assigned':
      return JSON.stringify({ actor, assignee: `user-${1 + Math.floor(random() * 500)}` });
    default:
      return JSON.stringify({ actor });
  }
}
