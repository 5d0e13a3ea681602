// The service's own HTTP, JSON-RPC and query code, hosted in the calling process. The memory
// scenario needs this: a leak check reads the heap of the process it runs in, so the service has to
// live in that process for its leaks to show. The driver is chosen as the service chooses it
// (driver.ts); everything is the code the real service runs.
import { copyFileSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventsServer } from './http.ts';
import { eventMethods } from './methods.ts';
import { sqliteDriver } from './driver.ts';
import { sqlEventStore } from './event-store.ts';

export interface InProcessService {
  url: string;
  events: number;
  driver: 'better-sqlite3' | 'node:sqlite';
  stop(): Promise<void>;
}

/** Serve a private copy of the seed file `seedPath` on 127.0.0.1, on a port the OS picks. */
export async function startInProcessService(seedPath: string): Promise<InProcessService> {
  const workDir = mkdtempSync(join(tmpdir(), 'benchgate-events-inproc-'));
  const file = join(workDir, 'events.db');
  copyFileSync(seedPath, file, constants.COPYFILE_FICLONE);
  const sqlite = await sqliteDriver();
  const store = sqlEventStore(sqlite.open(file, { mustExist: true }));
  const driver = sqlite.name;
  const events = createEventsServer({
    methods: eventMethods(store),
    health: () => ({ events: store.lastEventId() }),
    onInternalError: (err, where) => console.error(`events-service (in process): internal error in ${where}:`, err),
  });
  await new Promise<void>((resolve, reject) => {
    events.server.once('error', reject);
    events.server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = events.server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    events: store.lastEventId(),
    driver,
    async stop() {
      await events.shutdown(1_000);
      store.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
