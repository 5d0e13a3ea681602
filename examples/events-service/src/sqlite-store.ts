// The service's store: the events table through better-sqlite3 (built here for Node 20 only).
import Database from 'better-sqlite3';
import { sqlEventStore, type EventStore, type SqlDatabase } from './event-store.ts';

/** Throws when the native addon cannot load on this Node; importing the package alone does not tell. */
export function checkSqliteLoads(): void {
  new Database(':memory:').close();
}

export function openEventStore(file: string, options: { create?: boolean } = {}): EventStore {
  return sqlEventStore(new Database(file, { fileMustExist: options.create !== true }) as unknown as SqlDatabase);
}
