// The same store over Node's built-in node:sqlite, for Node 24 processes that host the service's
// code themselves (the memory scenario), where better-sqlite3 does not load.
import { DatabaseSync } from 'node:sqlite';
import { sqlEventStore, type EventStore, type SqlDatabase } from './event-store.ts';

export function openNodeSqliteStore(file: string): EventStore {
  return sqlEventStore(new DatabaseSync(file) as unknown as SqlDatabase);
}
