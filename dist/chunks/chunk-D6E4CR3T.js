import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  branchFolder,
  isFileOfRun,
  parseRunFileName,
  runFileName,
  suiteFolder
} from "./chunk-UAMIT3OO.js";
import {
  readResultsFile,
  serializeResults
} from "./chunk-JCCVQM4K.js";
import {
  removeStaleTempFiles,
  writeFileAtomic
} from "./chunk-THQGDHP6.js";
import {
  InputError,
  UsageError,
  describe
} from "./chunk-WQC4CHKN.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/store/local.ts
var lstat = (...args) => __require("node:fs/promises").lstat(...args);
var mkdir = (...args) => __require("node:fs/promises").mkdir(...args);
var readdir = (...args) => __require("node:fs/promises").readdir(...args);
var readlink = (...args) => __require("node:fs/promises").readlink(...args);
var rm = (...args) => __require("node:fs/promises").rm(...args);
var stat = (...args) => __require("node:fs/promises").stat(...args);
var unlink = (...args) => __require("node:fs/promises").unlink(...args);
var sleep = (...args) => __require("node:timers/promises").setTimeout(...args);
var { join, resolve } = __require("node:path");
var DEFAULT_RETAIN = 50;
var STALE_TEMP_MS = 10 * 60 * 1e3;
var STALE_LOCK_MS = 60 * 1e3;
var LOCK_WAIT_MS = 120 * 1e3;
function refuseEmpty(run) {
  const what = `run ${describe(run.run.id)} of suite ${describe(run.suite)}`;
  if (run.benchmarks.length === 0) {
    throw new UsageError(`${what} has no benchmarks (an empty results file?): nothing to keep as a baseline, so nothing was saved`);
  }
  if (run.benchmarks.every((b) => b.samples.length === 0)) {
    throw new UsageError(`${what}: none of its ${run.benchmarks.length} benchmarks has samples (every one failed), so it was not saved as a baseline`);
  }
}
var LocalStore = class {
  location;
  retain;
  history;
  retainHistoryMonths;
  constructor(dir, options = {}) {
    const retain = options.retain ?? DEFAULT_RETAIN;
    if (!Number.isInteger(retain) || retain < 1) throw new UsageError(`retain: expected a whole number of runs \u2265 1, found ${describe(retain)}`);
    this.location = resolve(dir);
    this.retain = retain;
    this.history = options.history ?? true;
    this.retainHistoryMonths = options.retainHistoryMonths;
  }
  /** The folder holding the suites (and their history), as a data-branch store has one. */
  dataFolder() {
    return Promise.resolve(this.location);
  }
  folder(suite, branch) {
    return join(this.location, suiteFolder(suite), branchFolder(branch));
  }
  async save(run, branch) {
    return (await this.saveAll([run], branch))[0];
  }
  /**
   * Keep several runs of one suite and branch at once (an import): the history is written once,
   * and only the newest `retain` run files, since older ones would be pruned straight away.
   */
  async saveAll(runs, branch) {
    const suite = runs[0]?.suite;
    if (suite === void 0) return [];
    if (runs.some((r) => r.suite !== suite)) throw new UsageError(`saveAll: expected runs of one suite, found ${describe(suite)} and others`);
    for (const run of runs) refuseEmpty(run);
    const now = Date.now();
    const files = runs.map((run) => {
      const filed = { ...run.run, time: new Date(Math.min(Date.parse(run.run.time), now)).toISOString() };
      return { run, text: serializeResults(run, `run ${run.run.id}`), name: runFileName(filed) };
    });
    const folder = this.folder(suite, branch);
    if (this.history) {
      const { appendRunsToHistory, historyFolder } = await import("./history-index-DTJDJBSC.js");
      const history = join(this.location, ...historyFolder(suiteFolder(suite)).split("/"));
      await this.orExplain(() => mkdir(history, { recursive: true }));
      await withLock(
        join(history, ".lock"),
        () => appendRunsToHistory(
          this.location,
          suiteFolder(suite),
          // The history tells branches apart by the branch a run was kept under.
          runs.map((run) => ({ ...run, run: { ...run.run, branch } })),
          this.retainHistoryMonths !== void 0 ? { retainMonths: this.retainHistoryMonths } : {}
        )
      );
    }
    await this.orExplain(() => mkdir(folder, { recursive: true }));
    const newest = [...files].sort((a, b) => a.name < b.name ? 1 : a.name > b.name ? -1 : 0).slice(0, this.retain);
    const existing = await this.runFiles(folder);
    for (const { run, name, text } of newest) {
      await writeFileAtomic(join(folder, name), text);
      for (const other of existing) {
        if (other !== name && isFileOfRun(other, run.run.id)) await unlink(join(folder, other)).catch(() => {
        });
      }
    }
    await this.prune(folder, suite, branch);
    await removeStaleTempFiles(folder, STALE_TEMP_MS);
    return files.map((f) => parseRunFileName(f.name, suite, branch));
  }
  async list(suite, branch, limit) {
    const names = await this.runFiles(this.folder(suite, branch));
    const runs = [];
    for (const name of names) {
      if (limit !== void 0 && runs.length >= limit) break;
      const ref = parseRunFileName(name, suite, branch);
      if (ref) runs.push(ref);
    }
    return runs;
  }
  async load(ref) {
    const folder = this.folder(ref.suite, ref.branch);
    let name = runFileName(ref);
    const names = await this.runFiles(folder);
    if (!names.includes(name)) {
      const byId = names.find((n) => isFileOfRun(n, ref.id));
      if (!byId) throw new InputError(folder, `no stored run with id ${describe(ref.id)} of suite ${describe(ref.suite)} on branch ${describe(ref.branch)}`);
      name = byId;
    }
    const file = join(folder, name);
    const run = await readResultsFile(file);
    if (run.run.id !== ref.id) throw new InputError(file, `run.id: expected ${describe(ref.id)} (from the file name), found ${describe(run.run.id)}`);
    if (run.suite !== ref.suite) throw new InputError(file, `suite: expected ${describe(ref.suite)} (from the folder), found ${describe(run.suite)}`);
    return run;
  }
  /** Run file names in `folder`, newest first; none when the folder does not exist yet. */
  async runFiles(folder) {
    let names;
    try {
      names = await readdir(folder);
    } catch (err) {
      if (err.code === "ENOENT") return [];
      throw await this.explain(err);
    }
    return names.filter((n) => parseRunFileName(n, "", "") !== void 0).sort().reverse();
  }
  async orExplain(action) {
    try {
      return await action();
    } catch (err) {
      throw await this.explain(err);
    }
  }
  /** A store folder that is a file, or a link to nothing, said as such rather than as a bug. */
  async explain(err) {
    const code = err.code;
    if (code !== "ENOTDIR" && code !== "EEXIST" && code !== "ENOENT" && code !== "ELOOP" && code !== "EACCES" && code !== "EPERM") return err;
    const here = await lstat(this.location).catch(() => void 0);
    if (here?.isSymbolicLink()) {
      const target = await readlink(this.location).catch(() => "?");
      const reached = await stat(this.location).catch(() => void 0);
      if (!reached) return new InputError(this.location, `expected the folder of a store, found a link to ${target}, which does not exist`, { cause: err });
      if (!reached.isDirectory())
        return new InputError(this.location, `expected the folder of a store, found a link to ${target}, which is not a folder`, { cause: err });
    } else if (here && !here.isDirectory()) {
      return new InputError(this.location, "expected the folder of a store, found a file", { cause: err });
    }
    if (code === "EACCES" || code === "EPERM")
      return new InputError(this.location, `not allowed to use this store folder: ${err.message}`, { cause: err });
    return err;
  }
  async prune(folder, suite, branch) {
    const names = await this.runFiles(folder);
    for (const name of names.slice(this.retain)) {
      try {
        await unlink(join(folder, name));
      } catch (err) {
        if (err.code !== "ENOENT") {
          throw new InputError(join(folder, name), `could not remove a run beyond the ${this.retain} kept for ${suite}/${branch}: ${err.message}`, {
            cause: err
          });
        }
      }
    }
  }
};
async function withLock(lock, action) {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (; ; ) {
    try {
      await mkdir(lock);
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0
      );
      if (age > STALE_LOCK_MS) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new InputError(lock, `another save has held the history lock for over ${LOCK_WAIT_MS / 1e3} s; if no benchgate is running, remove it`);
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

export {
  DEFAULT_RETAIN,
  LocalStore
};
