// The embedded default store: a folder on disk, one file per run (see run-files.ts).
// No index file, so a crash cannot leave one half-written and two saves never touch the
// same file; every write is atomic, so a reader sees a whole run or none. The history
// summaries (history-index.ts) are the one shared file set: saves take turns on them.
import { lstat, mkdir, readdir, readlink, rm, stat, unlink } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { join, resolve } from 'node:path';
import { InputError, UsageError, describe } from '../errors.ts';
import { removeStaleTempFiles, writeFileAtomic } from '../results/atomic.ts';
import { readResultsFile, serializeResults } from '../results/io.ts';
import type { RunResult } from '../results/model.ts';
import { branchFolder, isFileOfRun, parseRunFileName, runFileName, suiteFolder } from './run-files.ts';
import type { Store, StoredRun } from './store.ts';

export const DEFAULT_RETAIN = 50;

/** A temp file this old belongs to a save that crashed, not to one still writing. */
const STALE_TEMP_MS = 10 * 60 * 1000;

/** A history lock older than this was left by a save that crashed. */
const STALE_LOCK_MS = 60 * 1000;
/** How long a save waits for others to finish with the history before giving up. */
const LOCK_WAIT_MS = 120 * 1000;

export interface LocalStoreOptions {
  /** Runs kept per suite and branch; older ones are removed after each save. */
  retain?: number;
  /** Keep each saved run's summary in the suite's history shards (history-index.ts); default true. */
  history?: boolean;
  /** Months of history kept; default: all. */
  retainHistoryMonths?: number;
}

/** A run that compares nothing must not become the baseline that later runs compare with. */
function refuseEmpty(run: RunResult): void {
  const what = `run ${describe(run.run.id)} of suite ${describe(run.suite)}`;
  if (run.benchmarks.length === 0) {
    throw new UsageError(`${what} has no benchmarks (an empty results file?): nothing to keep as a baseline, so nothing was saved`);
  }
  if (run.benchmarks.every((b) => b.samples.length === 0)) {
    throw new UsageError(`${what}: none of its ${run.benchmarks.length} benchmarks has samples (every one failed), so it was not saved as a baseline`);
  }
}

export class LocalStore implements Store {
  readonly location: string;
  readonly retain: number;
  private readonly history: boolean;
  private readonly retainHistoryMonths: number | undefined;

  constructor(dir: string, options: LocalStoreOptions = {}) {
    const retain = options.retain ?? DEFAULT_RETAIN;
    if (!Number.isInteger(retain) || retain < 1) throw new UsageError(`retain: expected a whole number of runs ≥ 1, found ${describe(retain)}`);
    this.location = resolve(dir);
    this.retain = retain;
    this.history = options.history ?? true;
    this.retainHistoryMonths = options.retainHistoryMonths;
  }

  /** The folder holding the suites (and their history), as a data-branch store has one. */
  dataFolder(): Promise<string> {
    return Promise.resolve(this.location);
  }

  private folder(suite: string, branch: string): string {
    return join(this.location, suiteFolder(suite), branchFolder(branch));
  }

  async save(run: RunResult, branch: string): Promise<StoredRun> {
    return (await this.saveAll([run], branch))[0]!;
  }

  /**
   * Keep several runs of one suite and branch at once (an import): the history is written once,
   * and only the newest `retain` run files, since older ones would be pruned straight away.
   */
  async saveAll(runs: readonly RunResult[], branch: string): Promise<StoredRun[]> {
    const suite = runs[0]?.suite;
    if (suite === undefined) return [];
    if (runs.some((r) => r.suite !== suite)) throw new UsageError(`saveAll: expected runs of one suite, found ${describe(suite)} and others`);
    // Everything that can be refused is refused before the first byte reaches the disk.
    for (const run of runs) refuseEmpty(run);
    // Filed under the time it claims, but never later than now: a run cannot make itself the
    // newest (the baseline) beyond its save by claiming a time ahead. Older claims sort older.
    const now = Date.now();
    const files = runs.map((run) => {
      const filed = { ...run.run, time: new Date(Math.min(Date.parse(run.run.time), now)).toISOString() };
      return { run, text: serializeResults(run, `run ${run.run.id}`), name: runFileName(filed) };
    });
    const folder = this.folder(suite, branch);
    if (this.history) {
      // Only saving writes the history: reading a baseline (`compare`) does not load its code.
      const { appendRunsToHistory, historyFolder } = await import('./history-index.ts');
      const history = join(this.location, ...historyFolder(suiteFolder(suite)).split('/'));
      await this.orExplain(() => mkdir(history, { recursive: true }));
      await withLock(join(history, '.lock'), () =>
        appendRunsToHistory(
          this.location,
          suiteFolder(suite),
          // The history tells branches apart by the branch a run was kept under.
          runs.map((run) => ({ ...run, run: { ...run.run, branch } })),
          this.retainHistoryMonths !== undefined ? { retainMonths: this.retainHistoryMonths } : {},
        ),
      );
    }
    await this.orExplain(() => mkdir(folder, { recursive: true }));
    const newest = [...files].sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)).slice(0, this.retain);
    // Saving the same run again replaces its file: a retried save is harmless.
    const existing = await this.runFiles(folder);
    for (const { run, name, text } of newest) {
      await writeFileAtomic(join(folder, name), text);
      for (const other of existing) {
        if (other !== name && isFileOfRun(other, run.run.id)) await unlink(join(folder, other)).catch(() => {});
      }
    }
    await this.prune(folder, suite, branch);
    await removeStaleTempFiles(folder, STALE_TEMP_MS);
    return files.map((f) => parseRunFileName(f.name, suite, branch)!);
  }

  async list(suite: string, branch: string, limit?: number): Promise<StoredRun[]> {
    const names = await this.runFiles(this.folder(suite, branch));
    const runs: StoredRun[] = [];
    for (const name of names) {
      if (limit !== undefined && runs.length >= limit) break;
      const ref = parseRunFileName(name, suite, branch);
      if (ref) runs.push(ref);
    }
    return runs;
  }

  async load(ref: StoredRun): Promise<RunResult> {
    const folder = this.folder(ref.suite, ref.branch);
    let name = runFileName(ref);
    const names = await this.runFiles(folder);
    // A reference built by hand may not carry the exact time or commit: find the run by id.
    if (!names.includes(name)) {
      const byId = names.find((n) => isFileOfRun(n, ref.id));
      if (!byId) throw new InputError(folder, `no stored run with id ${describe(ref.id)} of suite ${describe(ref.suite)} on branch ${describe(ref.branch)}`);
      name = byId;
    }
    const file = join(folder, name);
    const run = await readResultsFile(file);
    // A file renamed or copied by hand would otherwise pass for another run.
    if (run.run.id !== ref.id) throw new InputError(file, `run.id: expected ${describe(ref.id)} (from the file name), found ${describe(run.run.id)}`);
    if (run.suite !== ref.suite) throw new InputError(file, `suite: expected ${describe(ref.suite)} (from the folder), found ${describe(run.suite)}`);
    return run;
  }

  /** Run file names in `folder`, newest first; none when the folder does not exist yet. */
  private async runFiles(folder: string): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw await this.explain(err);
    }
    return names
      .filter((n) => parseRunFileName(n, '', '') !== undefined)
      .sort()
      .reverse();
  }

  private async orExplain<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (err) {
      throw await this.explain(err);
    }
  }

  /** A store folder that is a file, or a link to nothing, said as such rather than as a bug. */
  private async explain(err: unknown): Promise<unknown> {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOTDIR' && code !== 'EEXIST' && code !== 'ENOENT' && code !== 'ELOOP' && code !== 'EACCES' && code !== 'EPERM') return err;
    const here = await lstat(this.location).catch(() => undefined);
    if (here?.isSymbolicLink()) {
      const target = await readlink(this.location).catch(() => '?');
      const reached = await stat(this.location).catch(() => undefined);
      if (!reached) return new InputError(this.location, `expected the folder of a store, found a link to ${target}, which does not exist`, { cause: err });
      if (!reached.isDirectory())
        return new InputError(this.location, `expected the folder of a store, found a link to ${target}, which is not a folder`, { cause: err });
    } else if (here && !here.isDirectory()) {
      return new InputError(this.location, 'expected the folder of a store, found a file', { cause: err });
    }
    if (code === 'EACCES' || code === 'EPERM')
      return new InputError(this.location, `not allowed to use this store folder: ${(err as Error).message}`, { cause: err });
    return err;
  }

  private async prune(folder: string, suite: string, branch: string): Promise<void> {
    const names = await this.runFiles(folder);
    for (const name of names.slice(this.retain)) {
      try {
        await unlink(join(folder, name));
      } catch (err) {
        // Another save pruning the same branch at the same moment got there first.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
          throw new InputError(join(folder, name), `could not remove a run beyond the ${this.retain} kept for ${suite}/${branch}: ${(err as Error).message}`, {
            cause: err,
          });
        }
      }
    }
  }
}

/**
 * Run `action` holding a lock: a folder made with mkdir, which succeeds for one caller only.
 * Waiters poll; a lock older than STALE_LOCK_MS was left by a crash and is taken over.
 */
async function withLock<T>(lock: string, action: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > STALE_LOCK_MS) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new InputError(lock, `another save has held the history lock for over ${LOCK_WAIT_MS / 1000} s; if no benchgate is running, remove it`);
      }
      await sleep(10 + Math.random() * 40);
    }
  }
  try {
    return await action();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
