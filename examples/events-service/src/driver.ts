// The SQLite driver for the Node this runs on: better-sqlite3 where its native addon loads (it is
// built for one Node: the one npm ran with when it was installed), else Node's built-in
// node:sqlite (Node 22.5 and later). Everything above the driver is the same code.
import { existsSync } from 'node:fs';
import type { SqlDatabase } from './event-store.ts';

export interface SqliteDriver {
  name: 'better-sqlite3' | 'node:sqlite';
  /** Open `file`; `mustExist`: fail rather than create it. */
  open(file: string, options?: { readonly?: boolean; mustExist?: boolean }): SqlDatabase;
}

let chosen: Promise<SqliteDriver> | undefined;

export function sqliteDriver(): Promise<SqliteDriver> {
  return (chosen ??= choose());
}

async function choose(): Promise<SqliteDriver> {
  try {
    const { default: Database } = await import('better-sqlite3');
    // Importing the package does not load the addon; opening a database does.
    new Database(':memory:').close();
    return {
      name: 'better-sqlite3',
      open: (file, options = {}) =>
        new Database(file, { readonly: options.readonly === true, fileMustExist: options.mustExist === true }) as unknown as SqlDatabase,
    };
  } catch {
    const { DatabaseSync } = await import('node:sqlite');
    return {
      name: 'node:sqlite',
      open: (file, options = {}) => {
        if (options.mustExist && !existsSync(file)) throw new Error(`unable to open database file: ${file} does not exist`);
        return new DatabaseSync(file, { readOnly: options.readonly === true }) as unknown as SqlDatabase;
      },
    };
  }
}
