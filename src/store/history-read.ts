// Every suite's history in a store folder, for the dashboard: the monthly shards where the
// store keeps them (the data branch), or, for a local store that keeps only raw runs, the same
// shards built in memory from its run files. Also the verdicts the Action recorded.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.ts';
import { readResultsFile } from '../results/io.ts';
import type { RunResult } from '../results/model.ts';
import { appendToShard, historyFolder, parseHistoryIndex, parseHistoryShard, updateIndex, type HistoryIndex, type HistoryShard } from './history-index.ts';
import { parseRunFileName } from './run-files.ts';
import { readVerdictLogs, type VerdictLog } from './verdict-log.ts';

export interface StoredHistory {
  suite: string;
  /** The suite's folder in the store. */
  folder: string;
  index: HistoryIndex;
  shards: HistoryShard[];
  verdicts: VerdictLog[];
  /** The history's files, '/'-separated from the store folder: as stored, or as built from runs. */
  files: Array<{ path: string; content: string }>;
  /** 'history': read from its shards; 'runs': built from the raw runs of a store that keeps no history. */
  source: 'history' | 'runs';
}

export interface ReadHistoriesOptions {
  /** Only this suite (by name). */
  suite?: string;
  /** Runs that could not be read are left out and named here. */
  skipped?: (message: string) => void;
}

/** The histories of every suite in `root`, sorted by suite name; none when the folder is empty or absent. */
export async function readStoredHistories(root: string, options: ReadHistoriesOptions = {}): Promise<StoredHistory[]> {
  const histories: StoredHistory[] = [];
  for (const folder of await folders(root)) {
    const history = (await readShards(root, folder)) ?? (await buildFromRuns(root, folder, options.skipped));
    if (history === undefined) continue;
    if (options.suite !== undefined && history.suite !== options.suite) continue;
    histories.push(history);
  }
  return histories.sort((a, b) => (a.suite < b.suite ? -1 : a.suite > b.suite ? 1 : 0));
}

async function folders(root: string): Promise<string[]> {
  try {
    return (await readdir(root, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw err;
  }
}

async function readShards(root: string, folder: string): Promise<StoredHistory | undefined> {
  const history = historyFolder(folder);
  const indexPath = `${history}/index.json`;
  const indexText = await readText(join(root, indexPath));
  if (indexText === undefined) return undefined;
  const index = parseHistoryIndex(indexText, join(root, indexPath));
  const files = [{ path: indexPath, content: indexText }];
  const shards: HistoryShard[] = [];
  for (const entry of index.shards) {
    const path = `${history}/${entry.file}`;
    if (!/^\d{4}-\d{2}\.json$/.test(entry.file))
      throw new InputError(join(root, indexPath), `expected shard files named like "2025-06.json", found ${JSON.stringify(entry.file)}`);
    const text = await readText(join(root, path));
    if (text === undefined) throw new InputError(join(root, indexPath), `lists ${entry.file}, which is not there`);
    shards.push(parseHistoryShard(text, join(root, path)));
    files.push({ path, content: text });
  }
  return { suite: index.suite, folder, index, shards, verdicts: await readVerdictLogs(root, folder), files, source: 'history' };
}

async function buildFromRuns(root: string, folder: string, skipped?: (message: string) => void): Promise<StoredHistory | undefined> {
  const runs: RunResult[] = [];
  for (const branchFolder of await folders(join(root, folder))) {
    const dir = join(root, folder, branchFolder);
    const names = (await readdir(dir)).filter((n) => parseRunFileName(n, '', '') !== undefined).sort();
    for (const name of names) {
      try {
        const run = await readResultsFile(join(dir, name));
        // The folder names the branch the run was saved under, whatever the run itself said.
        run.run.branch = branchName(branchFolder, run.run.branch);
        runs.push(run);
      } catch (err) {
        skipped?.(`${join(dir, name)}: ${(err as Error).message}`);
      }
    }
  }
  if (runs.length === 0) return undefined;
  runs.sort((a, b) => (a.run.time < b.run.time ? -1 : a.run.time > b.run.time ? 1 : 0));
  const shards = new Map<string, HistoryShard>();
  let index: HistoryIndex | undefined;
  for (const run of runs) {
    const month = new Date(Date.parse(run.run.time)).toISOString().slice(0, 7);
    const shard = appendToShard(shards.get(month), run);
    shards.set(month, shard);
    index = updateIndex(index, shard);
  }
  const history = historyFolder(folder);
  const files = [
    { path: `${history}/index.json`, content: `${JSON.stringify(index)}\n` },
    ...[...shards.values()].map((s) => ({ path: `${history}/${s.month}.json`, content: `${JSON.stringify(s)}\n` })),
  ];
  return { suite: runs[0]!.suite, folder, index: index!, shards: [...shards.values()], verdicts: await readVerdictLogs(root, folder), files, source: 'runs' };
}

/** Branch folders are encoded names (run-files.ts); long ones are hashed, and then the run's own branch is the better name. */
function branchName(folder: string, fromRun: string | undefined): string {
  if (folder.includes('~') && fromRun) return fromRun;
  try {
    return decodeURIComponent(folder);
  } catch {
    return fromRun ?? folder;
  }
}
