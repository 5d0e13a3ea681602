// Baselines kept in the GitHub Actions cache, through the real @actions/cache client.
//
// Cache entries are immutable, so a branch's history is a chain of entries: each save
// restores the branch's newest entry (a LocalStore folder holding its last N runs), adds
// the new run, and saves the folder as a new entry keyed by the run's time and commit:
//
//     <keyPrefix>-<suite>-<branch>-<time>-<commit or id>
//
// A restore asks for the prefix `<keyPrefix>-<suite>-<branch>-`; the service answers with
// the newest entry that starts with it. Old entries are left for GitHub to evict.
//
// Branch scoping (this decides what a PR sees): a run may restore entries saved from its
// own ref, from the PR's base branch and from the default branch, never from another PR or
// an unrelated branch. So a PR finds its base branch's baseline once the base branch has
// saved one from a push run; a PR's own saves are visible only to later runs of the same PR.
//
// Failures: a restore the service cannot answer is a warning and no baseline, never a
// failed run; a save that fails throws CacheSaveError, and so does a save after a failed
// restore, since its entry would drop the branch's history. An entry that cannot be unpacked
// or read makes list/load throw an InputError naming its key; a save then starts afresh.
//
// The entry's "version" is a hash of the cached path and the compression (zstd or gzip):
// restores find only entries saved under the same path with the same tool. Inside the workspace
// the path is given relative to it; the Action keeps `dir` in RUNNER_TEMP, whose absolute path is
// the same on every GitHub-hosted runner of one OS (/home/runner/work/_temp on Linux). Install
// zstd (or not) alike on every runner that shares baselines.
//
// Without a cache service (a runner or server that offers none), a restore finds nothing and says
// why, like a service that cannot be reached: the run goes on without a baseline.
import { readdir, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import type * as ActionsCache from '@actions/cache';
import { InputError, UsageError, describe } from '../errors.ts';
import type { RunResult } from '../results/model.ts';
import { LocalStore } from './local.ts';
import { branchFolder, encodeSegment, shortCommit, suiteFolder } from './run-files.ts';
import type { Store, StoredRun } from './store.ts';

// @actions/cache brings the Azure storage client and protobuf runtime (about 1 MB bundled):
// loaded when a cache store is first used, not whenever the Action or the CLI starts.
let cacheModule: Promise<typeof ActionsCache> | undefined;
const cacheClient = () => (cacheModule ??= import('@actions/cache'));

export const DEFAULT_KEY_PREFIX = 'benchgate';
const LONGEST_KEY_PREFIX = 64;
const LONGEST_KEY_PART = 150;
const LONGEST_RUN_PART = 100;

export interface CacheLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface ActionsCacheStoreOptions {
  /** Work folder entries are restored into; best inside the workspace (see the version note above). */
  dir: string;
  /** Runs kept per suite and branch, and so carried in each entry. */
  retain?: number;
  keyPrefix?: string;
  /** Where to say what happened; the Actions log by default. */
  log?: CacheLog;
}

/**
 * hit: an entry was restored. miss: none exists (first run, evicted, other scope).
 * failed: the cache service could not be used; treated as a miss.
 * corrupt: an entry exists but could not be unpacked or read.
 */
export type RestoreOutcome = 'hit' | 'miss' | 'failed' | 'corrupt';

/** What one restore found, for the report ("baseline from cache entry ...", "no baseline found"). */
export interface CacheRestore {
  suite: string;
  branch: string;
  /** The key prefix searched. */
  prefix: string;
  outcome: RestoreOutcome;
  /** The entry restored, or the one that could not be. */
  key?: string;
  /** Why it failed or was corrupt, as the cache client put it. */
  reason?: string;
}

/** One line for the report: where the baseline came from, or why there is none. */
export function describeRestore(restore: CacheRestore): string {
  const what = `${restore.suite} on ${restore.branch}`;
  switch (restore.outcome) {
    case 'hit':
      return `Baseline of ${what} from Actions cache entry ${restore.key}.`;
    case 'miss':
      return `No baseline of ${what} in the Actions cache (no entry starts with ${restore.prefix}${restore.reason ? `; ${restore.reason}` : ''}): a first run, an evicted entry, or one saved where this run may not read it.`;
    case 'failed':
      return `No baseline of ${what}: the Actions cache could not be used (${restore.reason}).`;
    case 'corrupt':
      return `No baseline of ${what}: Actions cache entry ${restore.key} is corrupt (${restore.reason}).`;
  }
}

/** A save to the cache did not happen. Nothing is half-saved: the newest entry is still the previous one. */
export class CacheSaveError extends Error {
  override name = 'CacheSaveError';
  readonly key: string;
  constructor(key: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.key = key;
  }
}

export class ActionsCacheStore implements Store {
  readonly location: string;
  readonly dir: string;
  readonly retain: number | undefined;
  readonly keyPrefix: string;
  private readonly log: CacheLog;
  private readonly restores = new Map<string, Promise<CacheRestore>>();
  private saving: Promise<unknown> = Promise.resolve();
  private last: CacheRestore | undefined;
  private savedKey: string | undefined;

  constructor(options: ActionsCacheStoreOptions) {
    const keyPrefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
    if (typeof keyPrefix !== 'string' || keyPrefix === '' || keyPrefix.length > LONGEST_KEY_PREFIX || keyPrefix.includes(',')) {
      throw new UsageError(`cache key prefix: expected 1 to ${LONGEST_KEY_PREFIX} characters without commas, found ${describe(keyPrefix)}`);
    }
    if (typeof options.dir !== 'string' || options.dir === '') throw new UsageError(`cache work folder: expected a path, found ${describe(options.dir)}`);
    // Checked here, not at the first save, so a bad value fails before anything is measured.
    new LocalStore(options.dir, options.retain !== undefined ? { retain: options.retain } : {});
    this.dir = resolve(options.dir);
    this.retain = options.retain;
    this.keyPrefix = keyPrefix;
    this.log = options.log ?? { info: (m) => core.info(m), warning: (m) => core.warning(m) };
    this.location = `the GitHub Actions cache (keys ${keyPrefix}-…)`;
  }

  /** The most recent restore: whether it hit, and which entry. */
  get lastRestore(): CacheRestore | undefined {
    return this.last;
  }

  /** The key of the entry the last successful save created. */
  get lastSavedKey(): string | undefined {
    return this.savedKey;
  }

  async list(suite: string, branch: string, limit?: number): Promise<StoredRun[]> {
    const restored = await this.restore(suite, branch);
    return this.reading(restored, () => this.local(suite, branch).list(suite, branch, limit));
  }

  async load(ref: StoredRun): Promise<RunResult> {
    const restored = await this.restore(ref.suite, ref.branch);
    return this.reading(restored, () => this.local(ref.suite, ref.branch).load(ref));
  }

  save(run: RunResult, branch: string): Promise<StoredRun> {
    // One save at a time: two saves of a branch must chain, not both build on the same entry.
    const next = this.saving.then(() => this.saveNow(run, branch));
    this.saving = next.catch(() => undefined);
    return next;
  }

  private async saveNow(run: RunResult, branch: string): Promise<StoredRun> {
    const key = cacheKey(this.keyPrefix, run, branch);
    const mode = cacheMode();
    if (mode === 'read' || mode === 'none') {
      throw new CacheSaveError(
        key,
        `Not saved to the Actions cache: this job's cache mode is '${mode}', which does not allow saving (GitHub lowers it for untrusted events). The run of ${run.suite} on ${branch} is not kept as a baseline.`,
      );
    }
    const restored = await this.restore(run.suite, branch);
    if (restored.outcome === 'failed') {
      throw new CacheSaveError(
        key,
        `Not saved to the Actions cache as ${key}: the branch's earlier runs could not be restored (${restored.reason}), and an entry without them would replace that history. The run of ${run.suite} on ${branch} is not kept as a baseline.`,
      );
    }
    if (restored.outcome === 'corrupt') {
      this.log.warning(`Cache entry ${restored.key} could not be read; the new entry ${key} starts the history of ${run.suite} on ${branch} afresh.`);
    }
    const folder = this.folder(run.suite, branch);
    const stored = await this.local(run.suite, branch).save(run, branch);
    const attempt = await watchingCacheClient(async () => (await cacheClient()).saveCache([cachePath(folder)], key));
    if (attempt.value === -1) {
      const reason = attempt.problem ?? 'the cache client gave no reason';
      throw new CacheSaveError(
        key,
        `Could not save the run of ${run.suite} on ${branch} to the Actions cache as ${key}: ${reason}. The previous entry is unchanged.`,
      );
    }
    this.savedKey = key;
    this.log.info(`Saved the runs of ${run.suite} on ${branch} to the Actions cache as ${key}.`);
    return stored;
  }

  private restore(suite: string, branch: string): Promise<CacheRestore> {
    const id = JSON.stringify([suite, branch]);
    let pending = this.restores.get(id);
    if (!pending) {
      pending = this.restoreNow(suite, branch).then((result) => {
        this.last = result;
        return result;
      });
      this.restores.set(id, pending);
      // A restore that threw (bad input, no cache service) is not remembered, so its error repeats.
      pending.catch(() => this.restores.delete(id));
    }
    return pending;
  }

  private async restoreNow(suite: string, branch: string): Promise<CacheRestore> {
    const folder = this.folder(suite, branch);
    const prefix = cacheKeyPrefix(this.keyPrefix, suite, branch);
    const paths = [cachePath(folder)];
    const base = { suite, branch, prefix };
    const missing = await missingCacheService();
    if (missing !== undefined) {
      this.log.warning(`No baseline of ${suite} on ${branch} from the Actions cache: ${missing}`);
      return { ...base, outcome: 'failed', reason: missing };
    }
    // Whatever a previous job left here is not this entry; an unpacked entry must be exactly itself.
    await rm(folder, { recursive: true, force: true });

    const mode = cacheMode();
    if (mode === 'none' || mode === 'write-only') {
      this.log.warning(`This job's cache mode is '${mode}', which does not allow restoring: no baseline for ${suite} on ${branch} from the Actions cache.`);
      return { ...base, outcome: 'miss', reason: `cache mode '${mode}'` };
    }

    // Look the key up first, so that a failure to download or unpack can name the entry.
    const lookup = await watchingCacheClient(async () => (await cacheClient()).restoreCache(paths, prefix, [], { lookupOnly: true }));
    if (lookup.value === undefined) {
      if (lookup.problem) {
        this.log.warning(
          `Could not look up the baseline of ${suite} on ${branch} in the Actions cache (${lookup.problem}); carrying on as if there were none.`,
        );
        return { ...base, outcome: 'failed', reason: lookup.problem };
      }
      this.log.info(`No baseline of ${suite} on ${branch} in the Actions cache: no entry starts with ${prefix}.`);
      return { ...base, outcome: 'miss' };
    }

    const key = lookup.value;
    const fetched = await watchingCacheClient(async () => (await cacheClient()).restoreCache(paths, key, []));
    if (fetched.value === key) {
      if (!(await hasEntries(folder))) {
        return this.corrupt(base, key, `it unpacked nothing into ${folder}`);
      }
      this.log.info(`Restored the runs of ${suite} on ${branch} from Actions cache entry ${key}.`);
      return { ...base, outcome: 'hit', key };
    }
    await rm(folder, { recursive: true, force: true });
    if (fetched.value === undefined && !fetched.problem) {
      this.log.info(`Actions cache entry ${key} was gone by the time it was downloaded (evicted); no baseline of ${suite} on ${branch}.`);
      return { ...base, outcome: 'miss' };
    }
    const reason = fetched.problem ?? `the client restored ${describe(fetched.value)} instead`;
    // The client says "Cache Size" once the archive is downloaded: a failure after that is the archive's.
    if (fetched.downloaded) return this.corrupt(base, key, reason);
    this.log.warning(`Could not download Actions cache entry ${key} (${reason}); carrying on as if ${suite} on ${branch} had no baseline.`);
    return { ...base, outcome: 'failed', key, reason };
  }

  private async corrupt(base: Pick<CacheRestore, 'suite' | 'branch' | 'prefix'>, key: string, reason: string): Promise<CacheRestore> {
    await rm(this.folder(base.suite, base.branch), { recursive: true, force: true });
    this.log.warning(`Actions cache entry ${key} is corrupt: ${reason}.`);
    return { ...base, outcome: 'corrupt', key, reason };
  }

  /** Reads of a restored entry: a bad file in it is named by the entry's key, since that is what a person can find and delete. */
  private async reading<T>(restored: CacheRestore, read: () => Promise<T>): Promise<T> {
    if (restored.outcome === 'corrupt') {
      throw new InputError(
        `Actions cache entry ${restored.key}`,
        `could not be restored for ${restored.suite} on ${restored.branch}: ${restored.reason}. Delete the entry (Actions → Caches) or let a new save replace it.`,
      );
    }
    try {
      return await read();
    } catch (err) {
      if (restored.outcome !== 'hit' || !(err instanceof InputError)) throw err;
      throw new InputError(`Actions cache entry ${restored.key}`, `holds a run that cannot be read: ${err.message}`, { cause: err });
    }
  }

  /** Each (suite, branch) has a LocalStore of its own, so an entry holds exactly one branch. */
  private folder(suite: string, branch: string): string {
    return join(this.dir, suiteFolder(suite), branchFolder(branch));
  }

  private local(suite: string, branch: string): LocalStore {
    // No history summaries: they would grow every cache entry without bound, and entries expire.
    return new LocalStore(this.folder(suite, branch), { ...(this.retain !== undefined ? { retain: this.retain } : {}), history: false });
  }
}

/**
 * One part of a key. Keys are at most 512 characters without commas, and "-" separates the
 * parts, so "-" inside a part is escaped: the prefix of branch "main" must not match
 * the entries of branch "main-2".
 */
function keyPart(text: string, longest: number): string {
  const encoded = encodeSegment(text).replace(/-/g, '%2D');
  if (encoded.length <= longest) return encoded;
  // "~" never comes out of encodeSegment, so a shortened part cannot equal a whole one.
  return `${encoded.slice(0, longest - 17)}~${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** What restores search for: every entry of `suite` on `branch` starts with it. */
export function cacheKeyPrefix(keyPrefix: string, suite: string, branch: string): string {
  suiteFolder(suite);
  branchFolder(branch);
  return `${keyPrefix}-${keyPart(suite, LONGEST_KEY_PART)}-${keyPart(branch, LONGEST_KEY_PART)}-`;
}

/** The key of the entry a save of `run` creates: the branch's prefix, then the run's time (sortable) and commit or id. */
export function cacheKey(keyPrefix: string, run: RunResult, branch: string): string {
  const time = new Date(run.run.time);
  if (Number.isNaN(time.getTime())) throw new UsageError(`run.time: expected an ISO 8601 time, found ${describe(run.run.time)}`);
  const stamp = time.toISOString().replace(/[-:.]/g, '');
  const commit = run.run.commit !== undefined && shortCommit(run.run.commit) !== undefined ? run.run.commit.toLowerCase() : undefined;
  return `${cacheKeyPrefix(keyPrefix, run.suite, branch)}${stamp}-${keyPart(commit ?? run.run.id, LONGEST_RUN_PART)}`;
}

/**
 * The path as handed to @actions/cache, which hashes it into the entry's version. Relative
 * to the workspace when inside it, so runners with different workspace roots share entries.
 */
function cachePath(folder: string): string {
  const workspace = resolve(process.env['GITHUB_WORKSPACE'] ?? process.cwd());
  const inside = relative(workspace, folder);
  // The client resolves relative paths against the current folder but archives them
  // against the workspace: use a relative path only where the two agree.
  // Outside the workspace (RUNNER_TEMP) it is absolute: @actions/glob refuses "..".
  if (resolve(process.cwd()) !== workspace || inside === '' || inside.startsWith('..') || isAbsolute(inside)) return folder;
  return inside.split(sep).join('/');
}

/** Why this job has no cache service to use, or undefined when it has one. */
async function missingCacheService(): Promise<string | undefined> {
  if ((await cacheClient()).isFeatureAvailable() && process.env['ACTIONS_RUNTIME_TOKEN']) return undefined;
  return (
    'this runner offers no cache service (ACTIONS_RESULTS_URL, or ACTIONS_CACHE_URL on GitHub Enterprise Server, and ACTIONS_RUNTIME_TOKEN are not set; ' +
    'on GitHub Enterprise Server an administrator must enable the Actions cache). Use baseline-store: branch to keep baselines on a git data branch instead.'
  );
}

/** The runner's cache mode ("read" for untrusted events); empty where the runner sets none. */
function cacheMode(): string {
  return (process.env['ACTIONS_CACHE_MODE'] ?? '').trim().toLowerCase();
}

async function hasEntries(folder: string): Promise<boolean> {
  try {
    return (await readdir(folder)).length > 0;
  } catch {
    return false;
  }
}

interface Watched<T> {
  value: T;
  /** The last warning or error the client reported, if any. */
  problem?: string;
  /** Whether the client said it had downloaded the archive. */
  downloaded: boolean;
}

// @actions/cache treats caching as optional: it swallows every restore and save failure
// and reports it only as a workflow command (::warning::, ::error::) or a log line on
// stdout. A baseline is not optional, so we listen to stdout while a call runs to learn
// why it failed. Every write still goes through unchanged.
let listener: ((line: string) => void) | undefined;
let tap: typeof process.stdout.write | undefined;

// One cache call at a time, so that what the client prints belongs to the call that listens.
let queue: Promise<unknown> = Promise.resolve();

function watchingCacheClient<T>(call: () => Promise<T>): Promise<Watched<T>> {
  const next = queue.then(() => watch(call));
  queue = next.catch(() => undefined);
  return next;
}

async function watch<T>(call: () => Promise<T>): Promise<Watched<T>> {
  // Installed again whenever someone else has replaced stdout.write since (a test harness, a reporter).
  if (process.stdout.write !== tap) {
    const write = process.stdout.write;
    tap = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
      if (listener && (typeof chunk === 'string' || chunk instanceof Uint8Array)) {
        for (const line of Buffer.from(chunk).toString('utf8').split(/\r?\n/)) listener(line);
      }
      return Reflect.apply(write, process.stdout, [chunk, ...rest]) as boolean;
    } as typeof process.stdout.write;
    process.stdout.write = tap;
  }
  let problem: string | undefined;
  let reservation: string | undefined;
  let downloaded = false;
  listener = (line: string): void => {
    const command = /^::(warning|error|debug)(?: [^:]*)?::(.*)$/.exec(line);
    const text = command ? unescapeCommand(command[2] ?? '') : line;
    if (command?.[1] === 'debug') {
      // A refused reservation is reported as "another job may be creating this cache" whatever
      // the cause; the cause itself is only in this debug line.
      const refused = /^Failed to reserve cache: (?:Error: )?([\s\S]*)$/.exec(text);
      if (refused) reservation = refused[1];
    } else if (command || /^Failed to (save|restore): /.test(line)) {
      problem = text;
    } else if (line.startsWith('Cache Size:')) {
      downloaded = true;
    }
  };
  try {
    const value = await call();
    const reason = reservation !== undefined ? `reserving the entry failed: ${reservation}` : problem;
    return { value, downloaded, ...(reason !== undefined ? { problem: tidy(reason) } : {}) };
  } finally {
    listener = undefined;
  }
}

/** The client's message without its "Failed to restore:" lead and the advice lines after the first. */
function tidy(message: string): string {
  const first = message.split(/\r?\n/)[0] ?? '';
  return first.replace(/^Failed to (save|restore): /, '').replace(/\.+$/, '');
}

function unescapeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
