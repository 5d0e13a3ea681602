// The events table and what the JSON-RPC methods need from it, over any SQLite driver with
// prepared statements: better-sqlite3 or node:sqlite, whichever loads on the Node it runs on
// (driver.ts). No driver is imported here.

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

/** What both drivers offer: better-sqlite3's Database and node:sqlite's DatabaseSync. */
export interface SqlDatabase {
  exec(sql: string): unknown;
  prepare(sql: string): SqlStatement;
  close(): unknown;
}

export interface SqlStatement {
  all(...params: Array<string | number>): unknown[];
  get(...params: Array<string | number>): unknown;
  run(...params: Array<string | number>): { lastInsertRowid: number | bigint };
}

export const EVENTS_TABLE = `
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  change_group_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  created_at INTEGER NOT NULL
)`;

// Serves "newest of one change group" (equality on the first column, then id descending) without
// a sort step; "newest overall" walks the primary key backwards.
export const EVENTS_INDEX = `CREATE INDEX IF NOT EXISTS events_by_change_group ON events (change_group_id, id)`;

export const SEED_TABLE = `CREATE TABLE IF NOT EXISTS seed (key TEXT PRIMARY KEY, value TEXT NOT NULL)`;

interface EventRow {
  id: number;
  change_group_id: number;
  kind: string;
  payload: string;
  created_at: number;
}

function toChangeEvent(row: EventRow): ChangeEvent {
  return {
    id: row.id,
    changeGroupId: row.change_group_id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as unknown,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** The store over an open database; sets WAL and makes sure the table and index are there. */
export function sqlEventStore(db: SqlDatabase): EventStore {
  db.exec('PRAGMA journal_mode = WAL');
  // NORMAL in WAL mode keeps the database consistent after a crash and may lose only the last
  // commits on power loss: the usual trade for a service that writes often.
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec(EVENTS_TABLE);
  db.exec(EVENTS_INDEX);

  const newest = db.prepare('SELECT * FROM events ORDER BY id DESC LIMIT ?');
  const newestInGroup = db.prepare('SELECT * FROM events WHERE change_group_id = ? ORDER BY id DESC LIMIT ?');
  const insert = db.prepare('INSERT INTO events (change_group_id, kind, payload, created_at) VALUES (?, ?, ?, ?)');
  const lastId = db.prepare('SELECT coalesce(max(id), 0) AS id FROM events');
  let closed = false;

  return {
    query(limit, changeGroupId) {
      const rows = changeGroupId === undefined ? newest.all(limit) : newestInGroup.all(changeGroupId, limit);
      return (rows as EventRow[]).map(toChangeEvent);
    },
    append(event) {
      const now = Date.now();
      const { lastInsertRowid } = insert.run(event.changeGroupId, event.kind, JSON.stringify(event.payload), now);
      return { id: Number(lastInsertRowid), createdAt: new Date(now).toISOString() };
    },
    lastEventId() {
      return Number((lastId.get() as { id: number } | undefined)?.id ?? 0);
    },
    close() {
      if (closed) return;
      closed = true;
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
