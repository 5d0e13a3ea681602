// Builds the seeded database once per seed version and size, and keeps it in a cache folder so
// later starts only copy it. The cached file is never served directly: the service writes.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_VERSION, seedEvents } from './data.ts';
import type { SqliteDriver } from './driver.ts';
import { EVENTS_INDEX, EVENTS_TABLE, SEED_TABLE, type SqlDatabase } from './event-store.ts';
import { seedFileName } from './seed-name.ts';

export interface SeedOutcome {
  /** The cached, complete seed file. */
  path: string;
  events: number;
  seedVersion: number;
  /** False when this call built it. */
  cached: boolean;
  /** Time spent building it (0 when cached). */
  seconds: number;
}

export function defaultCacheDir(): string {
  return process.env.EVENTS_CACHE_DIR ?? tmpdir();
}

/** The seed file for `events` events, built now if the cache has no complete one. */
export function ensureSeed(driver: SqliteDriver, events: number, cacheDir = defaultCacheDir()): SeedOutcome {
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, seedFileName(events));
  if (existsSync(path) && isCompleteSeed(driver, path, events)) {
    return { path, events, seedVersion: SEED_VERSION, cached: true, seconds: 0 };
  }
  // Build beside it and rename: a reader never sees half a file, and two processes seeding at
  // once each rename a complete, identical file.
  const partial = `${path}.${process.pid}.partial`;
  const started = performance.now();
  try {
    writeSeed(driver, partial, events);
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
  return { path, events, seedVersion: SEED_VERSION, cached: false, seconds: (performance.now() - started) / 1000 };
}

function isCompleteSeed(driver: SqliteDriver, path: string, events: number): boolean {
  let db: SqlDatabase | undefined;
  try {
    db = driver.open(path, { readonly: true, mustExist: true });
    const rows = db.prepare('SELECT key, value FROM seed').all() as Array<{ key: string; value: string }>;
    const seed = Object.fromEntries(rows.map((row) => [row.key, row.value]));
    return seed.version === String(SEED_VERSION) && seed.events === String(events);
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** Writes `events` seeded events into a new file: one transaction, one prepared statement, index last. */
export function writeSeed(driver: SqliteDriver, file: string, events: number): void {
  rmSync(file, { force: true });
  const db = driver.open(file);
  try {
    // Nothing to recover if seeding is interrupted: the partial file is thrown away.
    db.exec('PRAGMA journal_mode = OFF');
    db.exec('PRAGMA synchronous = OFF');
    db.exec('PRAGMA cache_size = -262144');
    db.exec(EVENTS_TABLE);
    db.exec(SEED_TABLE);
    const insert = db.prepare('INSERT INTO events (id, change_group_id, kind, payload, created_at) VALUES (?, ?, ?, ?, ?)');
    db.exec('BEGIN');
    for (const event of seedEvents(events)) {
      insert.run(event.id, event.changeGroupId, event.kind, event.payload, event.createdAt);
    }
    db.exec('COMMIT');
    // Building the index once after the rows is several times faster than keeping it up to date.
    db.exec(EVENTS_INDEX);
    db.exec('ANALYZE');
    const meta = db.prepare('INSERT INTO seed (key, value) VALUES (?, ?)');
    meta.run('version', String(SEED_VERSION));
    meta.run('events', String(events));
  } finally {
    db.close();
  }
}
