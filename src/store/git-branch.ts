// Baselines and history on a git data branch (its own branch, or a folder of gh-pages).
// Only that branch is fetched, one commit deep, into a private work dir; runs are read and
// written there by LocalStore, and every save is one commit pushed without force. Parallel
// jobs race to push: the loser refetches, re-applies its run to the new tip and tries again.
import { mkdir, mkdtemp, readdir, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError, UsageError, describe } from '../errors.ts';
import type { RunResult } from '../results/model.ts';
import { Git, GitError, isRemoteUrl } from './git.ts';
import type { GitAuthor } from './git.ts';
import { appendRunToHistory } from './history-index.ts';
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
  /** Private work dir for the shallow checkout; default: a new temp dir. Must be empty or ours. */
  workDir?: string;
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

export const DEFAULT_DATA_BRANCH = 'benchgate-data';
const DEFAULT_AUTHOR: GitAuthor = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
// Marks a work dir as ours, so reusing a workDir never resets and cleans someone's repository.
const MARKER = join('.git', 'benchgate-store');
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
  private readonly requestedWorkDir: string | undefined;
  private readonly alongside: GitBranchStoreOptions['alongside'];
  private git: Git | undefined;
  private workDir = '';
  private synced = false;
  private announcedFirstRun = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: GitBranchStoreOptions) {
    if (typeof options.remote !== 'string' || options.remote.trim() === '') {
      throw new UsageError(`remote: expected the URL or path of a git repository, found ${describe(options.remote)}`);
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
    this.requestedWorkDir = options.workDir === undefined ? undefined : resolve(options.workDir);
    this.alongside = options.alongside;
    const masker = new Git({ cwd: '.', ...(options.token ? { token: options.token } : {}), remote: this.remote });
    this.maskedRemote = masker.mask(this.remote);
    this.location = `${this.maskedRemote} (branch ${this.branch}${this.folder ? `, folder ${this.folder}` : ''})`;
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
    return this.exclusive(() => this.saveWithRetries({ ...run, run: { ...run.run, branch } }, branch));
  }

  private async saveWithRetries(run: RunResult, branch: string): Promise<StoredRun> {
    let last: PushOutcome = { ok: true };
    for (let attempt = 1; attempt <= this.maxPushAttempts; attempt++) {
      await this.sync();
      // From here the work dir may differ from the remote; a failure leaves it to be reset.
      this.synced = false;
      const stored = await this.translateErrors(() => this.apply(run, branch));
      const extra = this.alongside ? await this.alongside(this.dataDir(), run, branch) : [];
      if (!(await this.stage(run.suite, extra))) {
        this.synced = true;
        this.log.info(`Run ${run.run.id} was already saved in ${this.location}.`);
        return stored;
      }
      await this.git!.run(['commit', '--quiet', '--no-verify', '-m', commitMessage(run, branch)]);
      last = await this.push();
      if (last.ok) {
        this.synced = true;
        this.log.info(`Saved run ${run.run.id} of ${run.suite}/${branch} to ${this.location}.`);
        return stored;
      }
      if (!last.retry) {
        throw new PushRejectedError(
          `Could not save run ${run.run.id} to ${this.location}: the push failed (${last.reason}). Nothing on the remote was changed.${last.detail ? `\n${last.detail}` : ''}`,
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
      `Could not save run ${run.run.id} to ${this.location}: ${this.maxPushAttempts} pushes were rejected because other jobs pushed first (last: ${reason}). Nothing on the remote was changed or lost; re-run the job, or raise maxPushAttempts when many jobs save at once.`,
      this.maxPushAttempts,
      reason,
    );
  }

  private async apply(run: RunResult, branch: string): Promise<StoredRun> {
    const stored = await this.local().save(run, branch);
    await appendRunToHistory(this.dataDir(), suiteFolder(run.suite), run, {
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
      output = await this.git!.run(['push', '--porcelain', '--no-verify', this.remote, `${ref}:${ref}`], { okExitCodes: [1] });
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
      await git.run(['fetch', '--quiet', '--depth=1', '--no-tags', '--no-recurse-submodules', this.remote, `+refs/heads/${this.branch}:${REMOTE_TIP}`]);
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
    this.synced = true;
  }

  private async open(): Promise<Git> {
    if (this.git) return this.git;
    const dir = this.requestedWorkDir ?? (await mkdtemp(join(tmpdir(), 'benchgate-data-')));
    await mkdir(dir, { recursive: true });
    const entries = await readdir(dir);
    const ours = await access(join(dir, MARKER)).then(
      () => true,
      () => false,
    );
    if (entries.length > 0 && !ours) {
      throw new UsageError(
        `workDir: expected an empty folder or one benchgate made before (it resets and cleans it), found ${dir} with ${entries.length} entries`,
      );
    }
    const git = new Git({ cwd: dir, ...(this.token ? { token: this.token } : {}), remote: this.remote, author: this.author });
    if (!ours) {
      await git.run(['init', '--quiet', `--initial-branch=${this.branch}`]);
      await writeFile(join(dir, MARKER), 'This repository is a benchgate store work dir; benchgate resets and cleans it.\n');
    }
    this.workDir = dir;
    this.git = git;
    return git;
  }

  private dataDir(): string {
    return this.folder === '' ? this.workDir : join(this.workDir, ...this.folder.split('/'));
  }

  private local(): LocalStore {
    return new LocalStore(this.dataDir(), { retain: this.retain });
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
      if (err instanceof InputError && (err.file === this.workDir || err.file.startsWith(this.workDir + sep))) {
        const inBranch = toPosix(relative(this.workDir, err.file));
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
