/**
 * The history a trend dashboard draws: one compact summary per stored run, kept long after
 * the raw runs are pruned, in monthly shards so a chart of years reads a few small files
 * and one run's save rewrites only two.
 *
 * Layout, inside a store's folder (`<folder>` on the data branch):
 *
 *     <suite>/history/index.json      what exists: shards and benchmarks
 *     <suite>/history/<YYYY-MM>.json  one shard per calendar month (UTC) of run time
 *
 * `index.json` (format "benchgate/history-index", version 1):
 *
 *     {
 *       "format": "benchgate/history-index", "version": 1, "suite": "api",
 *       "shards": [                                   // oldest month first
 *         { "month": "2025-06", "file": "2025-06.json", "runs": 42,
 *           "from": "2025-06-01T08:00:00.000Z", "to": "2025-06-30T17:00:00.000Z",
 *           "branches": ["main", "release/1.x"] }     // sorted; lets a chart skip shards
 *       ],
 *       "benchmarks": [                               // sorted by name, then unit
 *         { "name": "parse small", "unit": "ns/op", "direction": "smaller",
 *           "first": "2025-01", "last": "2025-06" }  // months it may appear in
 *       ]
 *     }
 *
 * `<YYYY-MM>.json` (format "benchgate/history-shard", version 1):
 *
 *     {
 *       "format": "benchgate/history-shard", "version": 1, "suite": "api", "month": "2025-06",
 *       "benchmarks": [                               // columns, in order of first appearance
 *         { "name": "parse small", "unit": "ns/op", "direction": "smaller",
 *           "group": "parse.bench.ts" }               // optional: the file it came from
 *       ],
 *       "runs": [                                     // by time, then id
 *         { "id": "…", "commit": "3f2a…", "branch": "main", "time": "2025-06-01T08:00:00.000Z",
 *           "stats": [[1234.57, 30, 0.0123], null],   // stats[i] is benchmarks[i]
 *           "failed": [1] }                           // optional: columns that failed in this run
 *       ]
 *     }
 *
 * Reading rules for a dashboard:
 * - A benchmark is identified by name, unit and direction together: a benchmark whose unit
 *   changes gets a new column (and a new index entry) instead of mixing numbers.
 * - `stats[i]` is `[median, n, cv]`: the median of the run's samples (6 significant digits),
 *   how many samples, and their coefficient of variation (3 significant digits). `null`, or
 *   an array shorter than `benchmarks`, means the run has no value for that column.
 * - `commit` is absent when the run did not know its commit. Benchmark names, branches and
 *   ids are untrusted text: escape them before rendering.
 * - Shards older than the store's `retainHistoryMonths` are deleted, and the index entries
 *   of benchmarks last seen in them with them; `first` then means "not before this month".
 * - A reader must reject a `version` it does not know; additive fields do not bump it.
 */
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, describe } from '../errors.ts';
import { writeFileAtomic } from '../results/atomic.ts';
import type { Direction, RunResult } from '../results/model.ts';
import { summarize } from '../results/summary.ts';

export const HISTORY_INDEX_FORMAT = 'benchgate/history-index';
export const HISTORY_SHARD_FORMAT = 'benchgate/history-shard';
export const HISTORY_VERSION = 1;

/** `[median, n, cv]` of one benchmark in one run. */
export type HistoryStat = [median: number, n: number, cv: number];

export interface HistoryColumn {
  name: string;
  unit: string;
  direction: Direction;
  /** The file or group the benchmark came from, when the run said (display only, not part of its identity). */
  group?: string;
}

export interface HistoryRun {
  id: string;
  commit?: string;
  branch: string;
  time: string;
  stats: Array<HistoryStat | null>;
  failed?: number[];
}

export interface HistoryShard {
  format: typeof HISTORY_SHARD_FORMAT;
  version: typeof HISTORY_VERSION;
  suite: string;
  month: string;
  benchmarks: HistoryColumn[];
  runs: HistoryRun[];
}

export interface HistoryShardEntry {
  month: string;
  file: string;
  runs: number;
  from: string;
  to: string;
  branches: string[];
}

export interface HistoryBenchmark extends HistoryColumn {
  first: string;
  last: string;
}

export interface HistoryIndex {
  format: typeof HISTORY_INDEX_FORMAT;
  version: typeof HISTORY_VERSION;
  suite: string;
  shards: HistoryShardEntry[];
  benchmarks: HistoryBenchmark[];
}

export interface AppendOptions {
  /** Keep shards of this many most recent months (counting the newest); absent: keep all. */
  retainMonths?: number;
  /** How to name a history file in messages, given its path relative to the store folder. */
  displayPath?: (relativePath: string) => string;
}

export interface AppendOutcome {
  /** Paths relative to the store folder, '/'-separated. */
  written: string[];
  removed: string[];
}

/** Calendar month (UTC) of an ISO time, e.g. "2025-06". */
export function monthOf(time: string): string {
  const ms = Date.parse(time);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 time: ${describe(time)}`);
  return new Date(ms).toISOString().slice(0, 7);
}

/** The history folder of a suite, relative to the store folder, '/'-separated. */
export function historyFolder(suiteFolder: string): string {
  return `${suiteFolder}/history`;
}

/** Add `run` to its month's shard (replacing an entry with the same id). Pure. */
export function appendToShard(shard: HistoryShard | undefined, run: RunResult): HistoryShard {
  return appendAllToShard(shard, [run]);
}

/** Add runs of one month to its shard (each replacing an entry with the same id), sorting once. Pure. */
export function appendAllToShard(shard: HistoryShard | undefined, runs: readonly RunResult[]): HistoryShard {
  const first = runs[0];
  if (first === undefined) {
    if (shard === undefined) throw new RangeError('appendAllToShard: no shard and no runs');
    return shard;
  }
  const month = monthOf(first.run.time);
  const base: HistoryShard = shard ?? {
    format: HISTORY_SHARD_FORMAT,
    version: HISTORY_VERSION,
    suite: first.suite,
    month,
    benchmarks: [],
    runs: [],
  };
  const benchmarks = [...base.benchmarks];
  const entries = new Map(base.runs.map((r) => [r.id, r]));
  for (const run of runs) {
    if (monthOf(run.run.time) !== base.month) throw new RangeError(`run ${run.run.id} is not of month ${base.month}`);
    const entry = historyEntry(run, benchmarks);
    entries.delete(entry.id);
    entries.set(entry.id, entry);
  }
  const sorted = [...entries.values()].sort((a, b) => (a.time === b.time ? compareText(a.id, b.id) : compareText(a.time, b.time)));
  return { ...base, benchmarks, runs: sorted };
}

/** A run's row of a shard; adds columns for benchmarks `benchmarks` does not have yet. */
function historyEntry(run: RunResult, benchmarks: HistoryColumn[]): HistoryRun {
  const stats: Array<HistoryStat | null> = [];
  const failed: number[] = [];
  for (const benchmark of run.benchmarks) {
    let column = benchmarks.findIndex((c) => sameColumn(c, benchmark));
    if (column === -1) {
      column = benchmarks.length;
      benchmarks.push({
        name: benchmark.name,
        unit: benchmark.unit,
        direction: benchmark.direction,
        ...(benchmark.group !== undefined ? { group: benchmark.group } : {}),
      });
    }
    while (stats.length < column) stats.push(null);
    if (benchmark.error !== undefined || benchmark.samples.length === 0) {
      stats[column] = null;
      failed.push(column);
      continue;
    }
    const summary = summarize(benchmark.samples);
    stats[column] = [significant(summary.median, 6), summary.n, significant(summary.cv, 3)];
  }
  while (stats.length > 0 && stats[stats.length - 1] === null) stats.pop();
  return {
    id: run.run.id,
    ...(run.run.commit !== undefined ? { commit: run.run.commit } : {}),
    branch: run.run.branch ?? '',
    time: new Date(Date.parse(run.run.time)).toISOString(),
    stats,
    ...(failed.length > 0 ? { failed: failed.sort((a, b) => a - b) } : {}),
  };
}

/** Record `shard` (new or rewritten) in the index. Pure. */
export function updateIndex(index: HistoryIndex | undefined, shard: HistoryShard): HistoryIndex {
  const base: HistoryIndex = index ?? {
    format: HISTORY_INDEX_FORMAT,
    version: HISTORY_VERSION,
    suite: shard.suite,
    shards: [],
    benchmarks: [],
  };
  const times = shard.runs.map((r) => r.time).sort(compareText);
  const entry: HistoryShardEntry = {
    month: shard.month,
    file: `${shard.month}.json`,
    runs: shard.runs.length,
    from: times[0] ?? '',
    to: times[times.length - 1] ?? '',
    branches: [...new Set(shard.runs.map((r) => r.branch))].sort(compareText),
  };
  const shards = base.shards.filter((s) => s.month !== shard.month);
  shards.push(entry);
  shards.sort((a, b) => compareText(a.month, b.month));

  const seen = new Set<number>();
  for (const run of shard.runs) run.stats.forEach((s, i) => s !== null && seen.add(i));
  for (const run of shard.runs) run.failed?.forEach((i) => seen.add(i));
  const benchmarks = base.benchmarks.map((b) => ({ ...b }));
  for (const column of [...seen].map((i) => shard.benchmarks[i]).filter((c) => c !== undefined)) {
    const known = benchmarks.find((b) => sameColumn(b, column));
    if (known === undefined) {
      benchmarks.push({ ...column, first: shard.month, last: shard.month });
    } else {
      if (shard.month < known.first) known.first = shard.month;
      if (shard.month > known.last) known.last = shard.month;
    }
  }
  benchmarks.sort((a, b) => compareText(a.name, b.name) || compareText(a.unit, b.unit) || compareText(a.direction, b.direction));
  return { ...base, shards, benchmarks };
}

/**
 * Drop shards older than the newest `retainMonths` months (counted back from the newest shard),
 * and benchmarks seen only in them. Pure; returns the months dropped.
 */
export function pruneIndex(index: HistoryIndex, retainMonths: number): { index: HistoryIndex; dropped: string[] } {
  const newest = index.shards[index.shards.length - 1];
  if (newest === undefined || !Number.isInteger(retainMonths) || retainMonths < 1) return { index, dropped: [] };
  const oldestKept = addMonths(newest.month, -(retainMonths - 1));
  const dropped = index.shards.filter((s) => s.month < oldestKept).map((s) => s.month);
  if (dropped.length === 0) return { index, dropped };
  const shards = index.shards.filter((s) => s.month >= oldestKept);
  const benchmarks = index.benchmarks.filter((b) => b.last >= oldestKept).map((b) => (b.first < oldestKept ? { ...b, first: oldestKept } : b));
  return { index: { ...index, shards, benchmarks }, dropped };
}

/**
 * Add one run to the history under `<root>/<suiteFolder>/history`: rewrites the run's month
 * shard and the index, deletes shards past `retainMonths`. Corrupt history files stop the
 * append with an InputError naming them and are left as they are.
 */
export function appendRunToHistory(root: string, suiteFolder: string, run: RunResult, options: AppendOptions = {}): Promise<AppendOutcome> {
  return appendRunsToHistory(root, suiteFolder, [run], options);
}

/**
 * Add runs of one suite to its history at once: each month's shard and the index are read and
 * written once, however many runs land in them (an import of years of history). Every file is
 * read and checked before the first is written.
 */
export async function appendRunsToHistory(root: string, suiteFolder: string, runs: readonly RunResult[], options: AppendOptions = {}): Promise<AppendOutcome> {
  const folder = historyFolder(suiteFolder);
  const display = options.displayPath ?? ((p: string) => join(root, p));
  const indexPath = `${folder}/index.json`;
  let index = await readJson(root, indexPath, (text) => parseHistoryIndex(text, display(indexPath)));
  const byMonth = new Map<string, RunResult[]>();
  for (const run of runs) {
    const month = monthOf(run.run.time);
    byMonth.set(month, [...(byMonth.get(month) ?? []), run]);
  }
  const shards = new Map<string, HistoryShard>();
  for (const [month, monthRuns] of byMonth) {
    const shardPath = `${folder}/${month}.json`;
    const shard = await readJson(root, shardPath, (text) => parseHistoryShard(text, display(shardPath)));
    if (shard !== undefined && shard.month !== month) {
      throw new InputError(display(shardPath), `expected "month" to be "${month}" (from the file name), found ${describe(shard.month)}`);
    }
    const next = appendAllToShard(shard, monthRuns);
    shards.set(month, next);
    index = updateIndex(index, next);
  }
  if (index === undefined) return { written: [], removed: [] };
  let dropped: string[] = [];
  if (options.retainMonths !== undefined) ({ index, dropped } = pruneIndex(index, options.retainMonths));

  const written: string[] = [];
  const removed: string[] = [];
  for (const [month, shard] of shards) {
    if (dropped.includes(month)) continue;
    await writeJson(root, `${folder}/${month}.json`, shard);
    written.push(`${folder}/${month}.json`);
  }
  await writeJson(root, indexPath, index);
  written.push(indexPath);
  for (const old of dropped) {
    await rm(join(root, `${folder}/${old}.json`), { force: true });
    removed.push(`${folder}/${old}.json`);
  }
  return { written, removed };
}

/** Read a suite's history index; undefined when the suite has no history yet. */
export function readHistoryIndex(root: string, suiteFolder: string): Promise<HistoryIndex | undefined> {
  const path = `${historyFolder(suiteFolder)}/index.json`;
  return readJson(root, path, (text) => parseHistoryIndex(text, join(root, path)));
}

/** Read one month's shard; undefined when there is none. */
export function readHistoryShard(root: string, suiteFolder: string, month: string): Promise<HistoryShard | undefined> {
  const path = `${historyFolder(suiteFolder)}/${month}.json`;
  return readJson(root, path, (text) => parseHistoryShard(text, join(root, path)));
}

/** A suite's history as stored: its index and the shards of the months it lists. */
export interface SuiteHistory {
  index: HistoryIndex;
  shards: HistoryShard[];
}

/**
 * Read a suite's history: the index, then every shard it lists (only those with runs of
 * `branch`, when given), oldest first. Undefined when the suite has no history.
 */
export async function readSuiteHistory(root: string, suiteFolder: string, options: { branch?: string } = {}): Promise<SuiteHistory | undefined> {
  const index = await readHistoryIndex(root, suiteFolder);
  if (index === undefined) return undefined;
  const shards: HistoryShard[] = [];
  for (const entry of index.shards) {
    if (options.branch !== undefined && !entry.branches.includes(options.branch)) continue;
    const shard = await readHistoryShard(root, suiteFolder, entry.month);
    if (shard === undefined) {
      throw new InputError(join(root, historyFolder(suiteFolder), entry.file), `listed in ${join(root, historyFolder(suiteFolder), 'index.json')} but missing`);
    }
    shards.push(shard);
  }
  return { index, shards };
}

/** The suites under `root` that have a history, by the name their index gives, sorted. */
export async function listHistorySuites(root: string): Promise<Array<{ suite: string; folder: string }>> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const found: Array<{ suite: string; folder: string }> = [];
  for (const folder of names.sort()) {
    if (folder.startsWith('.')) continue;
    const index = await readHistoryIndex(root, folder).catch((err: unknown) => {
      if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
      throw err;
    });
    if (index !== undefined) found.push({ suite: index.suite, folder });
  }
  return found.sort((a, b) => compareText(a.suite, b.suite));
}

/** Parse and check an index file's text; `file` names it in errors. */
export function parseHistoryIndex(text: string, file: string): HistoryIndex {
  const data = parseJsonObject(text, file);
  checkHeader(data, HISTORY_INDEX_FORMAT, file);
  const shards = arrayField(data, 'shards', file).map((s, i) => {
    const where = `shards[${i}]`;
    const o = objectAt(s, where, file);
    return {
      month: monthField(o, 'month', where, file),
      file: stringField(o, 'file', where, file),
      runs: countField(o, 'runs', where, file),
      from: stringField(o, 'from', where, file),
      to: stringField(o, 'to', where, file),
      branches: stringArrayField(o, 'branches', where, file),
    };
  });
  const benchmarks = arrayField(data, 'benchmarks', file).map((b, i) => {
    const where = `benchmarks[${i}]`;
    const o = objectAt(b, where, file);
    return { ...column(o, where, file), first: monthField(o, 'first', where, file), last: monthField(o, 'last', where, file) };
  });
  return { format: HISTORY_INDEX_FORMAT, version: HISTORY_VERSION, suite: stringField(data, 'suite', '', file), shards, benchmarks };
}

/** Parse and check a shard file's text; `file` names it in errors. */
export function parseHistoryShard(text: string, file: string): HistoryShard {
  const data = parseJsonObject(text, file);
  checkHeader(data, HISTORY_SHARD_FORMAT, file);
  const benchmarks = arrayField(data, 'benchmarks', file).map((b, i) => column(objectAt(b, `benchmarks[${i}]`, file), `benchmarks[${i}]`, file));
  const runs = arrayField(data, 'runs', file).map((r, i): HistoryRun => {
    const where = `runs[${i}]`;
    const o = objectAt(r, where, file);
    const stats = arrayField(o, 'stats', file, where).map((s, j) => stat(s, where, j, file));
    if (stats.length > benchmarks.length) {
      throw new InputError(file, `expected ${where}.stats to have at most ${benchmarks.length} entries (one per benchmark), found ${stats.length}`);
    }
    const run: HistoryRun = {
      id: stringField(o, 'id', where, file),
      branch: stringField(o, 'branch', where, file),
      time: stringField(o, 'time', where, file),
      stats,
    };
    if (o['commit'] !== undefined) run.commit = stringField(o, 'commit', where, file);
    if (o['failed'] !== undefined)
      run.failed = arrayField(o, 'failed', file, where).map((n, j) => indexAt(n, benchmarks.length, `${where}.failed[${j}]`, file));
    return run;
  });
  return {
    format: HISTORY_SHARD_FORMAT,
    version: HISTORY_VERSION,
    suite: stringField(data, 'suite', '', file),
    month: monthField(data, 'month', '', file),
    benchmarks,
    runs,
  };
}

type Json = Record<string, unknown>;

function sameColumn(a: HistoryColumn, b: HistoryColumn): boolean {
  return a.name === b.name && a.unit === b.unit && a.direction === b.direction;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function significant(value: number, digits: number): number {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(digits));
}

function addMonths(month: string, delta: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const total = year * 12 + (mon - 1) + delta;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

async function readJson<T>(root: string, path: string, parse: (text: string) => T): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(join(root, path), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  return parse(text);
}

async function writeJson(root: string, path: string, value: unknown): Promise<void> {
  const target = join(root, path);
  await mkdir(join(target, '..'), { recursive: true });
  await writeFileAtomic(target, `${JSON.stringify(value)}\n`);
}

function parseJsonObject(text: string, file: string): Json {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `expected JSON, found text that does not parse (${(err as Error).message})`, { cause: err });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new InputError(file, `expected a JSON object, found ${describe(data)}`);
  return data as Json;
}

function checkHeader(data: Json, format: string, file: string): void {
  if (data['format'] !== format) throw new InputError(file, `expected "format" to be "${format}", found ${describe(data['format'])}`);
  if (data['version'] !== HISTORY_VERSION) {
    throw new InputError(file, `expected "version" ${HISTORY_VERSION} (the history version this benchgate reads), found ${describe(data['version'])}`);
  }
}

function label(where: string, key: string): string {
  return where === '' ? `"${key}"` : `${where}.${key}`;
}

function objectAt(value: unknown, where: string, file: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InputError(file, `expected ${where} to be an object, found ${describe(value)}`);
  return value as Json;
}

function arrayField(o: Json, key: string, file: string, where = ''): unknown[] {
  const value = o[key];
  if (!Array.isArray(value)) throw new InputError(file, `expected ${label(where, key)} to be an array, found ${describe(value)}`);
  return value;
}

function stringField(o: Json, key: string, where: string, file: string): string {
  const value = o[key];
  if (typeof value !== 'string') throw new InputError(file, `expected ${label(where, key)} to be a string, found ${describe(value)}`);
  return value;
}

function stringArrayField(o: Json, key: string, where: string, file: string): string[] {
  return arrayField(o, key, file, where).map((v, i) => {
    if (typeof v !== 'string') throw new InputError(file, `expected ${label(where, key)}[${i}] to be a string, found ${describe(v)}`);
    return v;
  });
}

function monthField(o: Json, key: string, where: string, file: string): string {
  const value = stringField(o, key, where, file);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value))
    throw new InputError(file, `expected ${label(where, key)} to be a month like "2025-06", found ${describe(value)}`);
  return value;
}

function countField(o: Json, key: string, where: string, file: string): number {
  const value = o[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new InputError(file, `expected ${label(where, key)} to be a whole number of 0 or more, found ${describe(value)}`);
  }
  return value;
}

function column(o: Json, where: string, file: string): HistoryColumn {
  const direction = o['direction'];
  if (direction !== 'smaller' && direction !== 'bigger') {
    throw new InputError(file, `expected ${where}.direction to be "smaller" or "bigger", found ${describe(direction)}`);
  }
  const group = o['group'] === undefined ? {} : { group: stringField(o, 'group', where, file) };
  return { name: stringField(o, 'name', where, file), unit: stringField(o, 'unit', where, file), direction, ...group };
}

function stat(value: unknown, run: string, column: number, file: string): HistoryStat | null {
  if (value === null) return null;
  // A million of these in a long history: checked without building a message until one fails.
  if (Array.isArray(value) && value.length === 3 && Number.isFinite(value[0]) && Number.isFinite(value[1]) && Number.isFinite(value[2])) {
    return value as HistoryStat;
  }
  throw new InputError(file, `expected ${run}.stats[${column}] to be null or [median, n, cv] (three finite numbers), found ${describe(value)}`);
}

function indexAt(value: unknown, length: number, where: string, file: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= length) {
    throw new InputError(file, `expected ${where} to be a benchmark position from 0 to ${length - 1}, found ${describe(value)}`);
  }
  return value;
}
