// What every scenario file here shares: where the events service is, and the requests it gets.
// `npm run demo:load` starts one service for all files and passes EVENTS_SERVICE_URL; a file run
// on its own (benchgate run --benchmarks examples/events-service/benchmarks) starts its own.
import { http } from 'benchgate/http';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEventsService } from '../src/launch.ts';
import { seedFileName } from '../src/seed-name.ts';
import { CHANGE_GROUPS, EVENT_KINDS, prng } from '../src/data.ts';

export interface Target {
  url: string;
  stop(): Promise<void>;
}

export async function eventsService(): Promise<Target> {
  const given = process.env.EVENTS_SERVICE_URL;
  if (given) {
    await warmUp(given);
    return { url: given, stop: async () => {} };
  }
  const service = await startEventsService({ events: seedCount(), onLog: (line) => process.stderr.write(`${line}\n`) });
  await warmUp(service.url);
  return {
    url: service.url,
    stop: async () => {
      await service.stop();
    },
  };
}

function seedCount(): number {
  return Number(process.env.EVENTS_SEED_COUNT ?? 1_000_000);
}

/**
 * The cached seed database, built first (by starting the service once, which seeds it) when this
 * machine has none yet.
 */
export async function seedFile(): Promise<string> {
  const path = join(process.env.EVENTS_CACHE_DIR || tmpdir(), seedFileName(seedCount()));
  if (!existsSync(path)) {
    const service = await startEventsService({ events: seedCount(), onLog: (line) => process.stderr.write(`${line}\n`) });
    await service.stop();
  }
  return path;
}

/**
 * A few hundred queries before the load, untimed: the service's JIT and SQLite's page cache warm
 * up here rather than in the first window, and this process's connections get opened.
 */
export async function warmUp(url: string, requests = 500, concurrency = 10): Promise<void> {
  let left = requests;
  const worker = async (): Promise<void> => {
    while (left-- > 0) await http.jsonRpc(url, 'query_change_events', queryParams());
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * Durations scaled by EVENTS_LOAD_SCALE (default 1): `demo:load --quick` runs every scenario at a
 * fraction of its length to check the wiring, not to measure.
 */
export function seconds(full: number, min = 1): string {
  const scale = Number(process.env.EVENTS_LOAD_SCALE ?? 1);
  const value = Math.max(min, Math.round(full * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
  return `${value}s`;
}

export function scaled(count: number, min = 1): number {
  const scale = Number(process.env.EVENTS_LOAD_SCALE ?? 1);
  return Math.max(min, Math.round(count * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

// Seeded, so a run and its baseline ask for the same groups in the same order.
const random = prng(20_240_101);

/** A read as a client of the service makes it: most ask for one change group's latest events. */
export function queryParams(): { limit: number; changeGroupId?: number } {
  const changeGroupId = 1 + Math.floor(random() * CHANGE_GROUPS);
  return random() < 0.9 ? { limit: 20, changeGroupId } : { limit: 50 };
}

export function appendParams(): { changeGroupId: number; kind: string; payload: Record<string, unknown> } {
  const kind = EVENT_KINDS[Math.floor(random() * EVENT_KINDS.length)] ?? 'field_changed';
  return {
    changeGroupId: 1 + Math.floor(random() * CHANGE_GROUPS),
    kind,
    payload: { actor: `user-${1 + Math.floor(random() * 500)}`, source: 'load-test' },
  };
}
