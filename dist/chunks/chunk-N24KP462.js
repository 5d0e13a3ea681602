import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  Git,
  GitError,
  isRemoteUrl
} from "./chunk-7II4A5MC.js";
import {
  LocalStore
} from "./chunk-D6E4CR3T.js";
import {
  DEFAULT_DATA_BRANCH,
  suiteFolder
} from "./chunk-UAMIT3OO.js";
import {
  appendRunsToHistory
} from "./chunk-6AIIOF72.js";
import {
  InputError,
  UsageError,
  describe
} from "./chunk-WQC4CHKN.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/store/git-branch.ts
var mkdir = (...args) => __require("node:fs/promises").mkdir(...args);
var mkdtemp = (...args) => __require("node:fs/promises").mkdtemp(...args);
var rm = (...args) => __require("node:fs/promises").rm(...args);
var { tmpdir } = __require("node:os");
var { join, relative, resolve, sep } = __require("node:path");
var sleep = (...args) => __require("node:timers/promises").setTimeout(...args);
var PushRejectedError = class extends Error {
  name = "PushRejectedError";
  attempts;
  reason;
  constructor(message, attempts, reason) {
    super(message);
    this.attempts = attempts;
    this.reason = reason;
  }
};
var DEFAULT_AUTHOR = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
var REMOTE_TIP = "refs/benchgate/remote-tip";
var SILENT_LOG = { info: () => {
}, warning: () => {
} };
var GitBranchStore = class {
  location;
  remote;
  maskedRemote;
  branch;
  folder;
  retain;
  retainHistoryMonths;
  log;
  maxPushAttempts;
  retryDelayMs;
  token;
  author;
  workRoot;
  alongside;
  git;
  dir = "";
  synced = false;
  announcedFirstRun = false;
  queue = Promise.resolve();
  constructor(options) {
    if (typeof options.remote !== "string" || options.remote.trim() === "" || options.remote.startsWith("-")) {
      throw new UsageError(`remote: expected the URL or path of a git repository (not beginning with "-"), found ${describe(options.remote)}`);
    }
    this.remote = isRemoteUrl(options.remote) ? options.remote : resolve(options.remote);
    this.branch = checkBranch(options.branch ?? DEFAULT_DATA_BRANCH);
    this.folder = normalizeFolder(options.folder ?? "");
    this.retain = checkCount("retain", options.retain);
    this.retainHistoryMonths = options.retainHistoryMonths === void 0 ? void 0 : checkCount("retainHistoryMonths", options.retainHistoryMonths);
    this.log = options.log ?? SILENT_LOG;
    this.maxPushAttempts = checkCount("maxPushAttempts", options.maxPushAttempts ?? 5);
    this.retryDelayMs = options.retryDelayMs ?? 1e3;
    this.token = options.token;
    this.author = options.author ?? DEFAULT_AUTHOR;
    this.workRoot = resolve(options.workRoot ?? tmpdir());
    this.alongside = options.alongside;
    const masker = new Git({ cwd: ".", ...options.token ? { token: options.token } : {}, remote: this.remote });
    this.maskedRemote = masker.mask(this.remote);
    this.location = `${this.maskedRemote} (branch ${this.branch}${this.folder ? `, folder ${this.folder}` : ""})`;
  }
  /** The private work dir of this store; empty until its first use. */
  get workDir() {
    return this.dir;
  }
  /** Remove the work dir; the store can be used again afterwards (it makes a new one). */
  close() {
    return this.exclusive(async () => {
      if (this.dir !== "") await rm(this.dir, { recursive: true, force: true });
      this.dir = "";
      this.git = void 0;
      this.synced = false;
    });
  }
  /** Fetch the data branch again, so later reads see what other jobs saved since. */
  refresh() {
    return this.exclusive(() => this.sync());
  }
  /** The store's folder in a fresh checkout of the data branch, to read (it is reset by the next operation). */
  checkout() {
    return this.exclusive(async () => {
      await this.sync();
      return this.dataDir();
    });
  }
  list(suite, branch, limit) {
    return this.exclusive(async () => {
      if (!this.synced) await this.sync();
      return this.translateErrors(() => this.local().list(suite, branch, limit));
    });
  }
  load(ref) {
    return this.exclusive(async () => {
      if (!this.synced) await this.sync();
      return this.translateErrors(() => this.local().load(ref));
    });
  }
  save(run, branch) {
    return this.exclusive(async () => (await this.saveWithRetries([{ ...run, run: { ...run.run, branch } }], branch))[0]);
  }
  /** Keep several runs of one suite and branch in one commit (an import of history). */
  saveAll(runs, branch) {
    const first = runs[0];
    if (first === void 0) return Promise.resolve([]);
    if (runs.some((r) => r.suite !== first.suite)) throw new UsageError(`saveAll: expected runs of one suite, found ${describe(first.suite)} and others`);
    return this.exclusive(
      () => this.saveWithRetries(
        runs.map((run) => ({ ...run, run: { ...run.run, branch } })),
        branch
      )
    );
  }
  /** The folder holding the suites (and their history), synced with the data branch: read it, do not write it. */
  dataFolder() {
    return this.exclusive(async () => {
      if (!this.synced) await this.sync();
      return this.dataDir();
    });
  }
  async saveWithRetries(runs, branch) {
    const run = runs[runs.length - 1];
    const what = runs.length === 1 ? `run ${run.run.id}` : `${runs.length} runs`;
    let last = { ok: true };
    for (let attempt = 1; attempt <= this.maxPushAttempts; attempt++) {
      await this.sync();
      this.synced = false;
      const stored = await this.translateErrors(() => this.apply(runs, branch));
      const extra = this.alongside ? await this.alongside(this.dataDir(), run, branch) : [];
      if (!await this.stage(run.suite, extra)) {
        this.synced = true;
        this.log.info(runs.length === 1 ? `Run ${run.run.id} was already saved in ${this.location}.` : `All ${what} were already saved in ${this.location}.`);
        return stored;
      }
      const message = runs.length === 1 ? commitMessage(run, branch) : `benchgate: ${plain(run.suite)} ${plain(branch)} ${runs.length} runs imported`;
      await this.git.run(["commit", "--quiet", "--no-verify", "-m", message]);
      last = await this.push();
      if (last.ok) {
        this.synced = true;
        this.log.info(`Saved ${what} of ${run.suite}/${branch} to ${this.location}.`);
        return stored;
      }
      if (!last.retry) {
        throw new PushRejectedError(
          `Could not save ${what} to ${this.location}: the push failed (${last.reason}). Nothing on the remote was changed.${last.detail ? `
${last.detail}` : ""}`,
          attempt,
          last.reason
        );
      }
      if (attempt < this.maxPushAttempts) {
        const delay = backoff(this.retryDelayMs, attempt);
        this.log.info(
          `Another job pushed to ${this.location} first (${last.reason}); re-applying run ${run.run.id} on the new tip in ${delay} ms (attempt ${attempt + 1} of ${this.maxPushAttempts}).`
        );
        await sleep(delay);
      }
    }
    const reason = last.ok ? "" : last.reason;
    throw new PushRejectedError(
      `Could not save ${what} to ${this.location}: ${this.maxPushAttempts} pushes were rejected because other jobs pushed first (last: ${reason}). Nothing on the remote was changed or lost; re-run the job, or raise maxPushAttempts when many jobs save at once.`,
      this.maxPushAttempts,
      reason
    );
  }
  async apply(runs, branch) {
    const stored = await this.local().saveAll(runs, branch);
    await appendRunsToHistory(this.dataDir(), suiteFolder(runs[0].suite), runs, {
      ...this.retainHistoryMonths !== void 0 ? { retainMonths: this.retainHistoryMonths } : {},
      displayPath: (path) => this.describeFile(this.inBranch(path))
    });
    return stored;
  }
  /** Stage the suite's folder and what was written alongside (other files of the branch are not ours); true when anything changed. */
  async stage(suite, extra = []) {
    const paths = [suiteFolder(suite), ...extra].map((p) => `:(literal)${this.inBranch(p)}`);
    await this.git.run(["add", "--all", "--", ...paths]);
    const diff = await this.git.run(["diff", "--cached", "--quiet"], { okExitCodes: [1] });
    return diff.exitCode === 1;
  }
  async push() {
    const ref = `refs/heads/${this.branch}`;
    let output;
    try {
      output = await this.git.run(["push", "--porcelain", "--no-verify", "--end-of-options", this.remote, `${ref}:${ref}`], { okExitCodes: [1] });
    } catch (err) {
      if (err instanceof GitError) return { ok: false, retry: false, reason: `git push exited with code ${err.exitCode}`, detail: err.stderr.trim() };
      throw err;
    }
    const line = output.stdout.split("\n").find((l) => l.includes(`	${ref}:${ref}	`));
    if (output.exitCode === 0 && line !== void 0 && !line.startsWith("!")) return { ok: true };
    const summary = line?.split("	")[2] ?? "no status for the branch";
    const retry = /^\[rejected\]/.test(summary) || /cannot lock|failed to lock|failed to update ref|incorrect old value/i.test(summary);
    const remoteSaid = output.stderr.split("\n").filter((l) => l.startsWith("remote:")).map((l) => l.trimEnd()).join("\n");
    return { ok: false, retry, reason: summary, detail: remoteSaid };
  }
  /** Fetch only the data branch, one commit deep, and make the work dir exactly its tip. */
  async sync() {
    const git = await this.open();
    let found = true;
    try {
      await git.run([
        "fetch",
        "--quiet",
        "--depth=1",
        "--no-tags",
        "--no-recurse-submodules",
        "--end-of-options",
        this.remote,
        `+refs/heads/${this.branch}:${REMOTE_TIP}`
      ]);
    } catch (err) {
      if (!(err instanceof GitError && /couldn't find remote ref/i.test(err.stderr))) throw err;
      found = false;
    }
    await git.run(["symbolic-ref", "HEAD", `refs/heads/${this.branch}`]);
    if (found) {
      await git.run(["reset", "--quiet", "--hard", REMOTE_TIP]);
    } else {
      if (!this.announcedFirstRun) this.log.info(`Branch ${this.branch} is not on ${this.maskedRemote} yet; the first save creates it.`);
      this.announcedFirstRun = true;
      await git.run(["update-ref", "-d", `refs/heads/${this.branch}`]);
      await git.run(["update-ref", "-d", REMOTE_TIP]);
      await git.run(["read-tree", "--empty"]);
    }
    await git.run(["clean", "-ffdxq"]);
    await this.refuseLinks(git);
    this.synced = true;
  }
  /** A symbolic link at, above or inside the data folder would send reads and writes elsewhere. */
  async refuseLinks(git) {
    const { stdout } = await git.run(["ls-files", "--stage", "-z"]);
    for (const entry of stdout.split("\0")) {
      const match = /^120000 [0-9a-f]+ \d+\t(.*)$/s.exec(entry);
      if (!match) continue;
      const path = match[1];
      if (this.folder === "" || path === this.folder || this.folder.startsWith(`${path}/`) || path.startsWith(`${this.folder}/`)) {
        throw new InputError(
          this.describeFile(path),
          "is a symbolic link; benchgate does not follow links on the data branch (one could redirect its writes outside the branch). Remove it from the branch."
        );
      }
    }
  }
  async open() {
    if (this.git) return this.git;
    await mkdir(this.workRoot, { recursive: true });
    const dir = await mkdtemp(join(this.workRoot, "benchgate-data-"));
    const git = new Git({ cwd: dir, ...this.token ? { token: this.token } : {}, remote: this.remote, author: this.author });
    await git.run(["init", "--quiet", `--initial-branch=${this.branch}`]);
    this.dir = dir;
    this.git = git;
    return git;
  }
  dataDir() {
    return this.folder === "" ? this.dir : join(this.dir, ...this.folder.split("/"));
  }
  local() {
    return new LocalStore(this.dataDir(), { retain: this.retain, history: false });
  }
  inBranch(pathInFolder) {
    return this.folder === "" ? pathInFolder : `${this.folder}/${pathInFolder}`;
  }
  describeFile(pathInBranch) {
    return `${pathInBranch} on ${this.location}`;
  }
  /** Name files by their path in the branch, not in a temp dir the user never sees. */
  async translateErrors(action) {
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
  exclusive(action) {
    const result = this.queue.then(action);
    this.queue = result.catch(() => {
    });
    return result;
  }
};
function commitMessage(run, branch) {
  const sha = run.run.commit && /^[0-9a-f]{4,64}$/i.test(run.run.commit) ? run.run.commit.slice(0, 7) : "no commit";
  return `benchgate: ${plain(run.suite)} ${plain(branch)} ${sha}`;
}
function plain(text) {
  const flat = text.replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}\u2026` : flat;
}
function backoff(baseMs, attempt) {
  const ceiling = Math.min(baseMs * 2 ** (attempt - 1), baseMs * 30);
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}
function checkBranch(branch) {
  if (typeof branch !== "string" || !/^(?!\/|.*(?:\/\/|\/$|\.\.|@\{|\.lock$|\/\.))[^\s~^:?*[\\\u0000-\u001f\u007f]+$/.test(branch) || branch.startsWith("-") || branch === "@") {
    throw new UsageError(`branch: expected a git branch name like "${DEFAULT_DATA_BRANCH}" or "gh-pages", found ${describe(branch)}`);
  }
  return branch;
}
function normalizeFolder(folder) {
  const parts = folder.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
  if (/^[\\/]/.test(folder) || /^[a-z]:/i.test(folder) || parts.some((p) => p === ".." || p.toLowerCase() === ".git")) {
    throw new UsageError(`folder: expected a path inside the branch like "dev/bench", found ${describe(folder)}`);
  }
  return parts.join("/");
}
function checkCount(name, value) {
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${name}: expected a whole number of 1 or more, found ${describe(value)}`);
  return value;
}
function toPosix(path) {
  return path.split(sep).join("/");
}

export {
  PushRejectedError,
  GitBranchStore
};
