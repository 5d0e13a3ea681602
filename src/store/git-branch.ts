// Baselines and history on a git data branch (its own branch, or a folder of gh-pages).
// Only that branch is fetched, one commit deep, into a private work dir; runs are read and
// written there by LocalStore, and every save is one commit pushed without force. Parallel
// jobs race to push: the loser refetches, re-applies its run to the new tip and tries again.
//
// The work dir is new for every store (mkdtemp: a name nobody can guess, made by us), never one
// that exists already: a folder prepared by someone else (a benchmark of the same job) could
// hold a .git/config or hooks that run code next to the token. Nothing in it is followed
// through a symbolic link: a link committed to the branch could redirect a write anywhere.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError, UsageError, describe } from '../errors.ts';
import type { RunResult } from '../results/model.ts';
import { Git, GitError, isRemoteUrl } from './git.ts';
import type { GitAuthor } from './git.ts';
import { appendRunsToHistory } from './history-index.ts';
import { LocalStore } from './local.ts';
import { suiteFolder } from './run-files.ts';
import type { Store, StoredRun } from './store.ts';

export interface StoreLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface GitBranchStoreOptions {
  /** URL (https://…, git@…) or local path of the repository holding the data branch. */
  remote: string;
  /** Default 'benchgate-data'. Created as an orphan branch by the first save. */
  branch?: string;
  /** Folder inside the branch, e.g. 'dev/bench' inside gh-pages; default: the branch's root. */
  folder?: string;
  /** Folder in which a new private work dir (mkdtemp) is made for the shallow checkout; default: the system's temp folder. */
  workRoot?: string;
  /** Raw runs kept per suite and branch. */
  retain: number;
  /** Months of history summaries kept; default: all. */
  retainHistoryMonths?: number;
  /** Author and committer of the data commits; default: github-actions[bot]. */
  author?: GitAuthor;
  /** Token for an https remote. Sent as a header, never written to disk or shown. */
  token?: string;
  log?: StoreLog;
  /** Pushes tried before a save gives up, when other jobs keep pushing first. Default 5. */
  maxPushAttempts?: number;
  /** Base of the jittered exponential backoff between push attempts. Default 1000 ms. */
  retryDelayMs?: number;
  /**
   * Called in every save after the run is in place, on the very tip that is pushed (again after
   * a lost race): writes what belongs with the run (the dashboard) into `folder`, the store's
   * folder in the work dir, and returns the paths it wrote, relative to it, to commit with the run.
   */
  alongside?: (folder: string, run: RunResult, branch: string) => Promise<string[]>;
}

/** Other jobs kept pushing first, or the remote refused the push. Nothing on the remote was changed. */
export class PushRejectedError extends Error {
  override name = 'PushRejectedError';
  readonly attempts: number;
  readonly reason: string;
  constructor(message: string, attempts: number, reason: string) {
    super(message);
    this.attempts = attempts;
    this.reason = reason;
  }
}

import { DEFAULT_DATA_BRANCH } from './run-files.ts';
export { DEFAULT_DATA_BRANCH };
const DEFAULT_AUTHOR: GitAuthor = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
const REMOTE_TIP = 'refs/benchgate/remote-tip';
const SILENT_LOG: StoreLog = { info: () => {}, warning: () => {} };

/** `reason`: git's one-line status for the branch; `detail`: what the remote printed (hook output). */
type PushOutcome = { ok: true } | { ok: false; retry: boolean; reason: string; detail: string };

export class GitBranchStore implements Store {
  readonly location: string;
  private readonly remote: string;
  private readonly maskedRemote: string;
  private readonly branch: string;
  private readonly folder: string;
  private readonly retain: number;
  private readonly retainHistoryMonths: number | undefined;
  private readonly log: StoreLog;
  private readonly maxPushAttempts: number;
  private readonly retryDelayMs: number;
  private readonly token: string | undefined;
  private readonly author: GitAuthor;
  private readonly workRoot: string;
  private readonly alongside: GitBranchStoreOptions['alongside'];
  private git: Git | undefined;
  private dir = '';
  private synced = false;
  private announcedFirstRun = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: GitBranchStoreOptions) {
    if (typeof options.remote !== 'string' || options.remote.trim() === '' || options.remote.startsWith('-')) {
      // git would read "-…" as an option (--upload-pack runs a command).
      throw new UsageError(`remote: expected the URL or path of a git repository (not beginning with "-"), found ${describe(options.remote)}`);
    }
    this.remote = isRemoteUrl(options.remote) ? options.remote : resolve(options.remote);
    this.branch = checkBranch(options.branch ?? DEFAULT_DATA_BRANCH);
    this.folder = normalizeFolder(options.folder ?? '');
    this.retain = checkCount('retain', options.retain);
    this.retainHistoryMonths = options.retainHistoryMonths === undefined ? undefined : checkCount('retainHistoryMonths', options.retainHistoryMonths);
    this.log = options.log ?? SILENT_LOG;
    this.maxPushAttempts = checkCount('maxPushAttempts', options.maxPushAttempts ?? 5);
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.token = options.token;
    this.author = options.author ?? DEFAULT_AUTHOR;
    this.workRoot = resolve(options.workRoot ?? tmpdir());
    this.alongside = options.alongside;
    const masker = new Git({ cwd: '.', ...(options.token ? { token: options.token } : {}), remote: this.remote });
    this.maskedRemote = masker.mask(this.remote);
    this.location = `${this.maskedRemote} (branch ${this.branch}${this.folder ? `, folder ${this.folder}` : ''})`;
  }

  /** The private work dir of this store; empty until its first use. */
  get workDir(): string {
    return this.dir;
  }

  /** Remove the work dir; the store can be used again afterwards (it makes a new one). */
  close(): Promise<void> {
    return this.exclusive(async () => {
      if (this.dir !== '') await rm(this.dir, { recursive: true, force: true });
      this.dir = '';
      this.git = undefined;
      this.synced = false;
    });
  }

  /** Fetch the data branch again, so later reads see what other jobs saved since. */
  refresh(): Promise<void> {
    return this.exclusive(() => this.sync());
  }

  /** The store's folder in a fresh checkout of the data branch, to read (it is reset by the next operation). */
  checkout(): Promise<string> {
    return this.exclusive(async () => {
      await this.sync();
      return this.dataDir();
    });
  }

  list(suite: string, branch: string, limit?: number): Promise<StoredRun[]> {
    return this.exclusive(async () => {
      if (!this.synced) await this.sync();
      return this.translateErrors(() => this.local().list(suite, branch, limit));
    });
  }

  load(ref: StoredRun): Promise<RunResult> {
    return this.exclusive(async () => {
      if (!this.synced) await this.sync();
      return this.translateErrors(() => this.local().load(ref));
    });
  }

  save(run: RunResult, branch: string): Promise<StoredRun> {
    return this.exclusive(async () => (await this.saveWithRetries([{ ...run, run: { ...run.run, branch } }], branch))[0]!);
  }

  /** Keep several runs of one suite and branch in one commit (an import of history). */
  saveAll(runs: readonly RunResult[], branch: string): Promise<StoredRun[]> {
    const first = runs[0];
    if (first === undefined) return Promise.resolve([]);
    if (runs.some((r) => r.suite !== first.suite)) throw new UsageError(`saveAll: expected runs of one suite, found ${describe(first.suite)} and others`);
    return this.exclusive(() =>
      this.saveWithRetries(
        runs.map((run) => ({ ...run, run: { ...run.run, branch } })),
        branch,
      ),
    );
  }

  /** The folder holding the suites (and their history), synced with the data branch: read it, do not write it. */
  dataFolder(): Promise<string> {
    return this.exclusive(async () => {
      if (!this.synced) await this.sync();
      return this.dataDir();
    });
  }

  private async saveWithRetries(runs: RunResult[], branch: string): Promise<StoredRun[]> {
    const run = runs[runs.length - 1]!;
    const what = runs.length === 1 ? `run ${run.run.id}` : `${runs.length} runs`;
    let last: PushOutcome = { ok: true };
    for (let attempt = 1; attempt <= this.maxPushAttempts; attempt++) {
      await this.sync();
      // From here the work dir may differ from the remote; a failure leaves it to be reset.
      this.synced = false;
      const stored = await this.translateErrors(() => this.apply(runs, branch));
      const extra = this.alongside ? await this.alongside(this.dataDir(), run, branch) : [];
      if (!(await this.stage(run.suite, extra))) {
        this.synced = true;
        this.log.info(runs.length === 1 ? `Run ${run.run.id} was already saved in ${this.location}.` : `All ${what} were already saved in ${this.location}.`);
        return stored;
      }
      const message = runs.length === 1 ? commitMessage(run, branch) : `benchgate: ${plain(run.suite)} ${plain(branch)} ${runs.length} runs imported`;
      await this.git!.run(['commit', '--quiet', '--no-verify', '-m', message]);
      last = await this.push();
      if (last.ok) {
        this.synced = true;
        this.log.info(`Saved ${what} of ${run.suite}/${branch} to ${this.location}.`);
        return stored;
      }
      if (!last.retry) {
        throw new PushRejectedError(
          `Could not save ${what} to ${this.location}: the push failed (${last.reason}). Nothing on the remote was changed.${last.detail ? `\n${last.detail}` : ''}`,
          attempt,
          last.reason,
        );
      }
      if (attempt < this.maxPushAttempts) {
        const delay = backoff(this.retryDelayMs, attempt);
        this.log.info(
          `Another job pushed to ${this.location} first (${last.reason}); re-applying run ${run.run.id} on the new tip in ${delay} ms (attempt ${attempt + 1} of ${this.maxPushAttempts}).`,
        );
        await sleep(delay);
      }
    }
    const reason = last.ok ? '' : last.reason;
    throw new PushRejectedError(
      `Could not save ${what} to ${this.location}: ${this.maxPushAttempts} pushes were rejected because other jobs pushed first (last: ${reason}). Nothing on the remote was changed or lost; re-run the job, or raise maxPushAttempts when many jobs save at once.`,
      this.maxPushAttempts,
      reason,
    );
  }

  private async apply(runs: RunResult[], branch: string): Promise<StoredRun[]> {
    const stored = await this.local().saveAll(runs, branch);
    await appendRunsToHistory(this.dataDir(), suiteFolder(runs[0]!.suite), runs, {
      ...(this.retainHistoryMonths !== undefined ? { retainMonths: this.retainHistoryMonths } : {}),
      displayPath: (path) => this.describeFile(this.inBranch(path)),
    });
    return stored;
  }

  /** Stage the suite's folder and what was written alongside (other files of the branch are not ours); true when anything changed. */
  private async stage(suite: string, extra: string[] = []): Promise<boolean> {
    const paths = [suiteFolder(suite), ...extra].map((p) => `:(literal)${this.inBranch(p)}`);
    await this.git!.run(['add', '--all', '--', ...paths]);
    const diff = await this.git!.run(['diff', '--cached', '--quiet'], { okExitCodes: [1] });
    return diff.exitCode === 1;
  }

  private async push(): Promise<PushOutcome> {
    const ref = `refs/heads/${this.branch}`;
    let output;
    try {
      output = await this.git!.run(['push', '--porcelain', '--no-verify', '--end-of-options', this.remote, `${ref}:${ref}`], { okExitCodes: [1] });
    } catch (err) {
      if (err instanceof GitError) return { ok: false, retry: false, reason: `git push exited with code ${err.exitCode}`, detail: err.stderr.trim() };
      throw err;
    }
    const line = output.stdout.split('\n').find((l) => l.includes(`\t${ref}:${ref}\t`));
    if (output.exitCode === 0 && line !== undefined && !line.startsWith('!')) return { ok: true };
    const summary = line?.split('\t')[2] ?? 'no status for the branch';
    // [rejected]: the tip moved (non-fast-forward, fetch first). A lost race for the ref's lock
    // on the server is the same story; anything else (hooks, protection, auth) will not change.
    const retry = /^\[rejected\]/.test(summary) || /cannot lock|failed to lock|failed to update ref|incorrect old value/i.test(summary);
    const remoteSaid = output.stderr
      .split('\n')
      .filter((l) => l.startsWith('remote:'))
      .map((l) => l.trimEnd())
      .join('\n');
    return { ok: false, retry, reason: summary, detail: remoteSaid };
  }

  /** Fetch only the data branch, one commit deep, and make the work dir exactly its tip. */
  private async sync(): Promise<void> {
    const git = await this.open();
    let found = true;
    try {
      await git.run([
        'fetch',
        '--quiet',
        '--depth=1',
        '--no-tags',
        '--no-recurse-submodules',
        '--end-of-options',
        this.remote,
        `+refs/heads/${this.branch}:${REMOTE_TIP}`,
      ]);
    } catch (err) {
      if (!(err instanceof GitError && /couldn't find remote ref/i.test(err.stderr))) throw err;
      found = false;
    }
    await git.run(['symbolic-ref', 'HEAD', `refs/heads/${this.branch}`]);
    if (found) {
      await git.run(['reset', '--quiet', '--hard', REMOTE_TIP]);
    } else {
      if (!this.announcedFirstRun) this.log.info(`Branch ${this.branch} is not on ${this.maskedRemote} yet; the first save creates it.`);
      this.announcedFirstRun = true;
      await git.run(['update-ref', '-d', `refs/heads/${this.branch}`]);
      await git.run(['update-ref', '-d', REMOTE_TIP]);
      await git.run(['read-tree', '--empty']);
    }
    await git.run(['clean', '-ffdxq']);
    await this.refuseLinks(git);
    this.synced = true;
  }

  /** A symbolic link at, above or inside the data folder would send reads and writes elsewhere. */
  private async refuseLinks(git: Git): Promise<void> {
    const { stdout } = await git.run(['ls-files', '--stage', '-z']);
    for (const entry of stdout.split('\0')) {
      const match = /^120000 [0-9a-f]+ \d+\t(.*)$/s.exec(entry);
      if (!match) continue;
      const path = match[1]!;
      if (this.folder === '' || path === this.folder || this.folder.startsWith(`${path}/`) || path.startsWith(`${this.folder}/`)) {
        throw new InputError(
          this.describeFile(path),
          'is a symbolic link; benchgate does not follow links on the data branch (one could redirect its writes outside the branch). Remove it from the branch.',
        );
      }
    }
  }

  private async open(): Promise<Git> {
    if (this.git) return this.git;
    await mkdir(this.workRoot, { recursive: true });
    const dir = await mkdtemp(join(this.workRoot, 'benchgate-data-'));
    const git = new Git({ cwd: dir, ...(this.token ? { token: this.token } : {}), remote: this.remote, author: this.author });
    await git.run(['init', '--quiet', `--initial-branch=${this.branch}`]);
    this.dir = dir;
    this.git = git;
    return git;
  }

  private dataDir(): string {
    return this.folder === '' ? this.dir : join(this.dir, ...this.folder.split('/'));
  }

  private local(): LocalStore {
    return new LocalStore(this.dataDir(), { retain: this.retain, history: false });
  }

  private inBranch(pathInFolder: string): string {
    return this.folder === '' ? pathInFolder : `${this.folder}/${pathInFolder}`;
  }

  private describeFile(pathInBranch: string): string {
    return `${pathInBranch} on ${this.location}`;
  }

  /** Name files by their path in the branch, not in a temp dir the user never sees. */
  private async translateErrors<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (err) {
      if (err instanceof InputError && (err.file === this.dir || err.file.startsWith(this.dir + sep))) {
        const inBranch = toPosix(relative(this.dir, err.file));
        throw new InputError(this.describeFile(inBranch), err.message.slice(err.file.length + 2), { cause: err });
      }
      throw err;
    }
  }

  // One git work dir cannot serve two operations at once.
  private exclusive<T>(action: () => Promise<T>): Promise<T> {
    const result = this.queue.then(action);
    this.queue = result.catch(() => {});
    return result;
  }
}

function commitMessage(run: RunResult, branch: string): string {
  const sha = run.run.commit && /^[0-9a-f]{4,64}$/i.test(run.run.commit) ? run.run.commit.slice(0, 7) : 'no commit';
  return `benchgate: ${plain(run.suite)} ${plain(branch)} ${sha}`;
}

// Untrusted names go into a one-line commit subject: no control characters, bounded length.
function plain(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

/** Exponential backoff with jitter, so jobs that collided once do not collide again in step. */
function backoff(baseMs: number, attempt: number): number {
  const ceiling = Math.min(baseMs * 2 ** (attempt - 1), baseMs * 30);
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

function checkBranch(branch: string): string {
  if (
    typeof branch !== 'string' ||
    !/^(?!\/|.*(?:\/\/|\/$|\.\.|@\{|\.lock$|\/\.))[^\s~^:?*[\\\u0000-\u001f\u007f]+$/.test(branch) ||
    branch.startsWith('-') ||
    branch === '@'
  ) {
    throw new UsageError(`branch: expected a git branch name like "${DEFAULT_DATA_BRANCH}" or "gh-pages", found ${describe(branch)}`);
  }
  return branch;
}

function normalizeFolder(folder: string): string {
  const parts = folder.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  if (/^[\\/]/.test(folder) || /^[a-z]:/i.test(folder) || parts.some((p) => p === '..' || p.toLowerCase() === '.git')) {
    throw new UsageError(`folder: expected a path inside the branch like "dev/bench", found ${describe(folder)}`);
  }
  return parts.join('/');
}

function checkCount(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${name}: expected a whole number of 1 or more, found ${describe(value)}`);
  return value;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
