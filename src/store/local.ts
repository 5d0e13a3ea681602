// The embedded default store: a folder on disk, one file per run (see run-files.ts).
// No index file, so a crash cannot leave one half-written and two saves never touch the
// same file; every write is atomic, so a reader sees a whole run or none.
import { lstat, mkdir, readdir, readlink, stat, unlink } from 'node:fs/promises';
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

export interface LocalStoreOptions {
  /** Runs kept per suite and branch; older ones are removed after each save. */
  retain?: number;
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

  constructor(dir: string, options: LocalStoreOptions = {}) {
    const retain = options.retain ?? DEFAULT_RETAIN;
    if (!Number.isInteger(retain) || retain < 1) throw new UsageError(`retain: expected a whole number of runs ≥ 1, found ${describe(retain)}`);
    this.location = resolve(dir);
    this.retain = retain;
  }

  private folder(suite: string, branch: string): string {
    return join(this.location, suiteFolder(suite), branchFolder(branch));
  }

  async save(run: RunResult, branch: string): Promise<StoredRun> {
    // Everything that can be refused is refused before the first byte reaches the disk.
    const folder = this.folder(run.suite, branch);
    const text = serializeResults(run, `run ${run.run.id}`);
    refuseEmpty(run);
    // Filed under the time it claims, but never later than now: a run cannot make itself the
    // newest (the baseline) beyond its save by claiming a time ahead. Older claims sort older.
    const filed = { ...run.run, time: new Date(Math.min(Date.parse(run.run.time), Date.now())).toISOString() };
    const name = runFileName(filed);
    await this.orExplain(() => mkdir(folder, { recursive: true }));
    // Saving the same run again replaces its file: a retried save is harmless.
    await writeFileAtomic(join(folder, name), text);
    for (const other of await this.runFiles(folder)) {
      if (other !== name && isFileOfRun(other, run.run.id)) await unlink(join(folder, other)).catch(() => {});
    }
    await this.prune(folder, run.suite, branch);
    await removeStaleTempFiles(folder, STALE_TEMP_MS);
    return parseRunFileName(name, run.suite, branch)!;
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
