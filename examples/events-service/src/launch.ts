// Starts the events service as a child process and finds its URL: for tests, the demo and scenario
// files. The service runs on any Node with better-sqlite3 or node:sqlite (driver.ts); by default on
// the Node better-sqlite3 was built for, which the figures in docs/capacity.md were measured on.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const SERVICE_ENTRY = fileURLToPath(new URL('./main.ts', import.meta.url));

export interface StartOptions {
  /** Seeded events (default: the service's own default, 1,000,000). */
  events?: number;
  /** Serve this database file as it is instead of a copy of the cached seed. */
  db?: string;
  cacheDir?: string;
  /** Node binary; default EVENTS_SERVICE_NODE, else npm_node_execpath, else /usr/bin/node. */
  node?: string;
  /** How long to wait for the listening line; seeding a million events the first time takes ~10 s. */
  startTimeoutMs?: number;
  /** Each line the service logs on stderr. */
  onLog?: (line: string) => void;
}

export interface ListeningLine {
  event: 'listening';
  url: string;
  port: number;
  pid: number;
  node: string;
  driver: 'better-sqlite3' | 'node:sqlite';
  events: number;
  /** The file being served: a per-run copy of the seed, removed on stop, unless --db was given. */
  database: string;
  seed: { path?: string; events?: number; seedVersion?: number; cached?: boolean; seconds?: number; file?: string };
  startupSeconds: number;
}

export interface RunningService extends ListeningLine {
  /** The last lines the service wrote on stderr, for error messages. */
  log(): string;
  /** SIGTERM, wait for a graceful exit (SIGKILL after `graceMs`); resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

/** EVENTS_SERVICE_NODE, else the Node that better-sqlite3 was built for: npm's own (the system Node 20 here). */
export function serviceNode(env: NodeJS.ProcessEnv = process.env): string {
  return env.EVENTS_SERVICE_NODE || env.npm_node_execpath || '/usr/bin/node';
}

export async function startEventsService(options: StartOptions = {}): Promise<RunningService> {
  const node = options.node ?? serviceNode();
  const args = ['--import', import.meta.resolve('tsx'), SERVICE_ENTRY, '--exit-with-parent'];
  if (options.events !== undefined) args.push('--events', String(options.events));
  if (options.db !== undefined) args.push('--db', options.db);
  if (options.cacheDir !== undefined) args.push('--cache-dir', options.cacheDir);

  const child = spawn(node, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const tail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    options.onLog?.(line);
  });
  const log = (): string => tail.join('\n');

  const stdout = createInterface({ input: child.stdout });
  const listening = new Promise<ListeningLine>((resolve, reject) => {
    stdout.on('line', (line) => {
      try {
        const message = JSON.parse(line) as Partial<ListeningLine>;
        if (message.event === 'listening') resolve(message as ListeningLine);
      } catch {
        // Not ours; the service prints only JSON lines on stdout.
      }
    });
    child.once('error', (err) => reject(new Error(`could not start ${node}: ${err.message}`, { cause: err })));
    void exited.then(([code, signal]) => reject(new Error(`the events service exited (${signal ?? `code ${code}`}) before listening:\n${log()}`)));
  });
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the events service did not print its listening line within ${timeoutMs} ms:\n${log()}`)), timeoutMs);
  });

  let line: ListeningLine;
  try {
    line = await Promise.race([listening, timeout]);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  } finally {
    clearTimeout(timer);
  }

  return {
    ...line,
    log,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const [code] = await exited;
      clearTimeout(kill);
      return code;
    },
  };
}
