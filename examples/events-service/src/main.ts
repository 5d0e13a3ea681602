// Entry of the events service, through tsx: `node --import tsx examples/events-service/src/main.ts
// [--events N] [--port N]`. On the Node better-sqlite3 was built for (the system Node 20 here) it
// uses better-sqlite3, on any other (Node 24) Node's built-in node:sqlite: see driver.ts.
// Prints one JSON line on stdout once it listens ({"event":"listening","url":...}); logs go to stderr.
import { copyFileSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sqliteDriver } from './driver.ts';
import { sqlEventStore, type EventStore } from './event-store.ts';
import { ensureSeed } from './seed.ts';
import { createEventsServer } from './http.ts';
import { loopDelayMs } from './loop-delay.ts';
import { eventMethods } from './methods.ts';

export const DEFAULT_EVENTS = 1_000_000;

interface Settings {
  events: number;
  port: number;
  db: string | undefined;
  cacheDir: string | undefined;
  exitWithParent: boolean;
}

function settings(argv: string[]): Settings {
  const { values } = parseArgs({
    args: argv,
    options: {
      events: { type: 'string' },
      port: { type: 'string' },
      db: { type: 'string' },
      'cache-dir': { type: 'string' },
      'exit-with-parent': { type: 'boolean', default: false },
    },
  });
  return {
    events: wholeNumber('--events (or EVENTS_SEED_COUNT)', values.events ?? process.env.EVENTS_SEED_COUNT, DEFAULT_EVENTS, 1),
    port: wholeNumber('--port (or EVENTS_PORT)', values.port ?? process.env.EVENTS_PORT, 0, 0, 65_535),
    db: values.db,
    cacheDir: values['cache-dir'],
    exitWithParent: values['exit-with-parent'] === true,
  };
}

function wholeNumber(name: string, text: string | undefined, fallback: number, min: number, max = 100_000_000): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}; found ${JSON.stringify(text)}`);
  }
  return value;
}

async function main(): Promise<void> {
  const started = performance.now();
  const config = settings(process.argv.slice(2));
  const driver = await sqliteDriver();

  let file = config.db;
  let workDir: string | undefined;
  let seedInfo: Record<string, unknown> = { file };
  if (file === undefined) {
    const seeded = ensureSeed(driver, config.events, config.cacheDir);
    if (!seeded.cached) console.error(`events-service: seeded ${seeded.events} events in ${seeded.seconds.toFixed(1)} s -> ${seeded.path}`);
    // The cached seed stays pristine: each run writes into its own copy (a reflink where the
    // file system has them, a plain copy otherwise).
    workDir = mkdtempSync(join(tmpdir(), 'benchgate-events-run-'));
    file = join(workDir, 'events.db');
    copyFileSync(seeded.path, file, constants.COPYFILE_FICLONE);
    seedInfo = { ...seeded };
  }

  // --db names a database to serve as it is (created empty if missing): writes stay in it.
  const store: EventStore = sqlEventStore(driver.open(file, { mustExist: config.db === undefined }));
  const startedAt = Date.now();
  // How late the service's own event loop ran: under load, a slow answer with a prompt loop was
  // waiting elsewhere (the network, the load generator), a late loop means the service was busy.
  const resolutionMs = 10;
  const loopDelay = monitorEventLoopDelay({ resolution: resolutionMs });
  loopDelay.enable();
  const ms = (ns: number): number => loopDelayMs(ns, resolutionMs);
  const events = createEventsServer({
    methods: eventMethods(store),
    health: () => ({
      events: store.lastEventId(),
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      eventLoopDelayMs: { p50: ms(loopDelay.percentile(50)), p99: ms(loopDelay.percentile(99)), max: ms(loopDelay.max) },
      memory: process.memoryUsage(),
    }),
    onInternalError: (err, where) => console.error(`events-service: internal error in ${where}:`, err),
  });

  let stopping: Promise<void> | undefined;
  const stop = (why: string): Promise<void> =>
    (stopping ??= (async () => {
      console.error(`events-service: stopping (${why})`);
      await events.shutdown();
      store.close();
      if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true });
      console.error('events-service: stopped');
    })());
  process.on('SIGTERM', () => void stop('SIGTERM').then(() => process.exit(0)));
  process.on('SIGINT', () => void stop('SIGINT').then(() => process.exit(0)));
  if (config.exitWithParent) {
    // The parent holds our stdin open; when it goes away, for any reason, so do we.
    process.stdin.on('close', () => void stop('parent gone').then(() => process.exit(0)));
    process.stdin.resume();
  }

  await new Promise<void>((resolve, reject) => {
    events.server.once('error', reject);
    events.server.listen(config.port, '127.0.0.1', resolve);
  });
  const address = events.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const line = {
    event: 'listening',
    url: `http://127.0.0.1:${port}`,
    port,
    pid: process.pid,
    node: process.version,
    driver: driver.name,
    events: store.lastEventId(),
    database: file,
    seed: seedInfo,
    startupSeconds: Number(((performance.now() - started) / 1000).toFixed(3)),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

main().catch((err: unknown) => {
  console.error(`events-service: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
