/// <reference lib="dom" />
// One history shard, fetched, checked and turned into columns of typed arrays: in a worker when
// the browser gives the page one (so parsing a month of a long history never blocks the page),
// else on the page itself.
import type { HistoryShard } from '../../../store/history-index.ts';

export function columnKey(c: { name: string; unit: string; direction: string }): string {
  return `${c.name}\u0000${c.unit}\u0000${c.direction}`;
}

export interface Column {
  median: Float64Array;
  n: Float32Array;
  cv: Float32Array;
}

/** One month of one suite, by column; runs of every branch, in the shard's order. */
export interface LoadedShard {
  month: string;
  ids: string[];
  commits: Array<string | undefined>;
  /** Run times in seconds since the epoch. */
  times: Float64Array;
  branches: string[];
  columns: Map<string, Column>;
}

export function toColumns(shard: HistoryShard): LoadedShard {
  const count = shard.runs.length;
  const columns = new Map<string, Column>();
  const keys = shard.benchmarks.map((c) => columnKey(c));
  const arrays = keys.map((): Column => ({ median: new Float64Array(count).fill(NaN), n: new Float32Array(count), cv: new Float32Array(count) }));
  keys.forEach((key, i) => columns.set(key, arrays[i]!));
  const ids: string[] = new Array(count);
  const commits: Array<string | undefined> = new Array(count);
  const branches: string[] = new Array(count);
  const times = new Float64Array(count);
  for (let r = 0; r < count; r++) {
    const run = shard.runs[r]!;
    ids[r] = String(run.id);
    commits[r] = typeof run.commit === 'string' ? run.commit : undefined;
    branches[r] = String(run.branch);
    times[r] = Date.parse(run.time) / 1000;
    const stats = run.stats;
    for (let c = 0; c < stats.length && c < arrays.length; c++) {
      const stat = stats[c];
      if (stat === null || stat === undefined) continue;
      const column = arrays[c]!;
      column.median[r] = stat[0];
      column.n[r] = stat[1];
      column.cv[r] = stat[2];
    }
  }
  return { month: shard.month, ids, commits, times, branches, columns };
}

export async function fetchShard(url: string): Promise<LoadedShard> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new Error(`Could not load ${url}: ${(err as Error).message}`);
  }
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  let data: HistoryShard;
  try {
    data = (await response.json()) as HistoryShard;
  } catch (err) {
    throw new Error(`${url} is not valid JSON: ${(err as Error).message}`);
  }
  if (data?.format !== 'benchgate/history-shard' || data.version !== 1 || !Array.isArray(data.runs) || !Array.isArray(data.benchmarks)) {
    throw new Error(`${url}: not a history shard of version 1`);
  }
  return toColumns(data);
}

/** What crosses from the worker: the typed arrays are moved, not copied. */
export interface PackedShard {
  month: string;
  ids: string[];
  commits: Array<string | undefined>;
  times: Float64Array;
  branches: string[];
  columns: Array<[string, Float64Array, Float32Array, Float32Array]>;
}

export function pack(shard: LoadedShard): { packed: PackedShard; transfer: ArrayBuffer[] } {
  const columns: PackedShard['columns'] = [...shard.columns].map(([key, c]) => [key, c.median, c.n, c.cv]);
  const transfer = [
    shard.times.buffer as ArrayBuffer,
    ...columns.flatMap(([, m, n, cv]) => [m.buffer as ArrayBuffer, n.buffer as ArrayBuffer, cv.buffer as ArrayBuffer]),
  ];
  return { packed: { ...shard, columns }, transfer };
}

export function unpack(packed: PackedShard): LoadedShard {
  return { ...packed, columns: new Map(packed.columns.map(([key, median, n, cv]) => [key, { median, n, cv }])) };
}

/** Reads shards in a worker, one at a time, falling back to the page when no worker can start. */
export class ShardReader {
  private worker: Worker | undefined;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (s: LoadedShard) => void; reject: (e: Error) => void }>();

  constructor(workerUrl: string | undefined) {
    if (workerUrl === undefined || typeof Worker === 'undefined') return;
    try {
      this.worker = new Worker(workerUrl);
      this.worker.onmessage = (event: MessageEvent<{ id: number; shard?: PackedShard; error?: string }>) => {
        const waiting = this.waiting.get(event.data.id);
        if (!waiting) return;
        this.waiting.delete(event.data.id);
        if (event.data.shard) waiting.resolve(unpack(event.data.shard));
        else waiting.reject(new Error(event.data.error ?? 'the history reader failed'));
      };
      this.worker.onerror = (event) => {
        // The worker could not run (blocked, missing): read on the page from now on.
        event.preventDefault();
        this.worker?.terminate();
        this.worker = undefined;
        const pending = [...this.waiting.values()];
        this.waiting.clear();
        for (const p of pending) p.reject(new Error('retry on the page'));
      };
    } catch {
      this.worker = undefined;
    }
  }

  /** `onPage`: read it here, without the hop to the worker (the first month, which the first chart waits for). */
  async read(url: string, onPage = false): Promise<LoadedShard> {
    const absolute = new URL(url, location.href).href;
    if (!this.worker || onPage) return fetchShard(absolute);
    try {
      return await new Promise<LoadedShard>((resolve, reject) => {
        const id = this.next++;
        this.waiting.set(id, { resolve, reject });
        this.worker!.postMessage({ id, url: absolute });
      });
    } catch (err) {
      if ((err as Error).message === 'retry on the page') return fetchShard(absolute);
      throw err;
    }
  }
}
