// The events table in SQLite through better-sqlite3: prepared statements, WAL, one connection.
import Database from 'better-sqlite3';
import type { ChangeEvent, EventStore, NewChangeEvent } from './event-store.ts';

export const EVENTS_TABLE = `
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  change_group_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  created_at INTEGER NOT NULL
)`;

// Serves both "newest of one change group" (equality on the first column, then id descending)
// without a sort step; "newest overall" walks the primary key backwards.
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

/** Throws when the native addon cannot load on this Node; importing the package alone does not tell. */
export function checkSqliteLoads(): void {
  new Database(':memory:').close();
}

export function openEventStore(file: string, options: { create?: boolean } = {}): EventStore {
  const db = new Database(file, { fileMustExist: options.create !== true });
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode keeps the database consistent after a crash and may lose only the last
  // commits on power loss: the usual trade for a service that writes often.
  db.pragma('synchronous = NORMAL');
  db.exec(EVENTS_TABLE);
  db.exec(EVENTS_INDEX);

  const newest = db.prepare<EventRow>('SELECT * FROM events ORDER BY id DESC LIMIT ?');
  const newestInGroup = db.prepare<EventRow>(
    'SELECT * FROM events WHERE change_group_id = ? ORDER BY id DESC LIMIT ?',
  );
  const insert = db.prepare('INSERT INTO events (change_group_id, kind, payload, created_at) VALUES (?, ?, ?, ?)');
  const lastId = db.prepare<number>('SELECT coalesce(max(id), 0) FROM events').pluck();

  return {
    query(limit, changeGroupId) {
      const rows = changeGroupId === undefined ? newest.all(limit) : newestInGroup.all(changeGroupId, limit);
      return rows.map(toChangeEvent);
    },
    append(event: NewChangeEvent) {
      const now = Date.now();
      const { lastInsertRowid } = insert.run(event.changeGroupId, event.kind, JSON.stringify(event.payload), now);
      return { id: Number(lastInsertRowid), createdAt: new Date(now).toISOString() };
    },
    lastEventId() {
      return lastId.get() ?? 0;
    },
    close() {
      if (!db.open) return;
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
