// What the JSON-RPC methods need from storage. Kept apart from the SQLite code so the protocol
// and the methods can be tested on any Node (better-sqlite3 here is built for Node 20 only).

export interface ChangeEvent {
  id: number;
  changeGroupId: number;
  kind: string;
  payload: unknown;
  /** ISO 8601, UTC. */
  createdAt: string;
}

export interface NewChangeEvent {
  changeGroupId: number;
  kind: string;
  /** Already checked to be a JSON object. */
  payload: Record<string, unknown>;
}

export interface EventStore {
  /** Newest first; only the given change group when `changeGroupId` is set. */
  query(limit: number, changeGroupId?: number): ChangeEvent[];
  append(event: NewChangeEvent): { id: number; createdAt: string };
  /** The highest event id, which is also the number of events (ids start at 1 and are never reused). */
  lastEventId(): number;
  close(): void;
}
