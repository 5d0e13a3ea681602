import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  AB_DEFAULTS
} from "./chunk-3J6VE4A2.js";
import {
  samplingDecision
} from "./chunk-XBOTGVGR.js";
import {
  describeConditions,
  summarizeWarmups
} from "./chunk-PS3TK6NZ.js";
import {
  setOption
} from "./chunk-T3JLG3ZN.js";
import {
  RESULTS_FORMAT,
  RESULTS_VERSION
} from "./chunk-P4TMX5AB.js";
import {
  LOAD_LIMIT_MS,
  blame,
  childEntry,
  crashMessage,
  duration,
  sourceArgs
} from "./chunk-NL2PSIOX.js";
import {
  onInterrupt,
  runChild
} from "./chunk-F6PKTPLN.js";
import {
  discoverBenchmarkFiles,
  relativeTo
} from "./chunk-55BDL67P.js";
import {
  SETTLE_MIN_SHARE,
  settleLimitMs
} from "./chunk-YLFZVSI4.js";
import {
  collectEnvironment
} from "./chunk-F6NHEW6R.js";
import {
  UsageError
} from "./chunk-WQC4CHKN.js";
import {
  newRunId
} from "./chunk-B57NQ3GO.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/measure/ab/command.ts
var { execFileSync } = __require("node:child_process");
var { cpus } = __require("node:os");
function childCommand(options) {
  const node = options.node ?? "node";
  const entry = childEntry();
  const semiSpace = options.semiSpaceMb ? [`--min-semi-space-size=${options.semiSpaceMb}`, `--max-semi-space-size=${options.semiSpaceMb}`] : [];
  const nodeArgs = [...options.gc ? ["--expose-gc"] : [], ...semiSpace, ...sourceArgs(node, entry, options.env)];
  if (options.cpu === void 0) return { command: node, args: nodeArgs, entry };
  checkCpuList(options.cpu);
  return { command: findTaskset(options.env), args: ["-c", options.cpu, node, ...nodeArgs], entry };
}
function checkCpuList(list, available = cpus().length) {
  if (!/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(list)) {
    throw new UsageError(`--cpu: expected a CPU list such as 1, 2,3 or 0-3, found ${JSON.stringify(list)}`);
  }
  for (const part of list.split(",")) {
    const [from, to = from] = part.split("-").map(Number);
    if (to < from) throw new UsageError(`--cpu: the range ${part} runs backwards; write it as ${to}-${from}`);
    if (to >= available) {
      throw new UsageError(`--cpu: CPU ${to} does not exist; this machine has CPUs 0 to ${available - 1}`);
    }
  }
}
function findTaskset(env) {
  try {
    execFileSync("taskset", ["--version"], { stdio: "ignore", timeout: 1e4, ...env ? { env } : {} });
    return "taskset";
  } catch (err) {
    const code = err.code;
    const why = code === "ENOENT" ? "it was not found in PATH" : `it did not run (${code ?? err.message})`;
    throw new UsageError(`--cpu pins the benchmark processes with taskset, but ${why}; install util-linux (it provides taskset) or leave --cpu out`);
  }
}

// src/measure/ab/dependencies.ts
var lstat = (...args) => __require("node:fs/promises").lstat(...args);
var readdir = (...args) => __require("node:fs/promises").readdir(...args);
var readFile = (...args) => __require("node:fs/promises").readFile(...args);
var realpath = (...args) => __require("node:fs/promises").realpath(...args);
var stat = (...args) => __require("node:fs/promises").stat(...args);
var symlink = (...args) => __require("node:fs/promises").symlink(...args);
var { join, relative, sep } = __require("node:path");
var LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml"];
async function shareDependencies(root, tree, subfolder) {
  const linked = [];
  const refused = [];
  for (const folder of upFrom(subfolder)) {
    const installed = join(root, folder, "node_modules");
    const missing = join(tree, folder, "node_modules");
    if (!await isFolder(installed) || await exists(missing)) continue;
    const where = folder === "" ? "the root" : folder;
    const lockfiles = await sameLockfiles(join(root, folder), join(tree, folder));
    if (lockfiles === "none") {
      refused.push(`${where} has no lockfile (${LOCKFILES.join(", ")}) to tell whether the installed node_modules fit`);
      continue;
    }
    if (lockfiles === "differ") {
      refused.push(`the lockfile in ${where} differs from the working tree's, so its installed node_modules do not fit`);
      continue;
    }
    const inside = await linksIntoRepository(installed, root);
    if (inside !== void 0) {
      refused.push(`node_modules in ${where} links to ${inside}, part of the repository (a workspace), which would be the other tree's code`);
      continue;
    }
    await symlink(installed, missing, "dir");
    linked.push(folder);
  }
  return { linked, refused };
}
function upFrom(subfolder) {
  const parts = subfolder === "" ? [] : subfolder.split(sep).filter(Boolean);
  const folders = [];
  for (let n = parts.length; n >= 0; n--) folders.push(parts.slice(0, n).join(sep));
  return folders;
}
async function sameLockfiles(a, b) {
  let found = false;
  for (const name of LOCKFILES) {
    const [left, right] = await Promise.all([readFile(join(a, name)).catch(() => void 0), readFile(join(b, name)).catch(() => void 0)]);
    if (left === void 0 && right === void 0) continue;
    if (left === void 0 || right === void 0 || !left.equals(right)) return "differ";
    found = true;
  }
  return found ? "same" : "none";
}
async function linksIntoRepository(modules, root) {
  const realRoot = await realpath(root);
  const entries = [];
  for (const name of await readdir(modules).catch(() => [])) {
    if (name.startsWith("@")) for (const inner of await readdir(join(modules, name)).catch(() => [])) entries.push(join(name, inner));
    else entries.push(name);
  }
  for (const entry of entries) {
    const path = join(modules, entry);
    if (!(await lstat(path).catch(() => void 0))?.isSymbolicLink()) continue;
    const target = await realpath(path).catch(() => void 0);
    if (target === void 0) continue;
    const inRepo = relative(realRoot, target);
    if (inRepo !== "" && !inRepo.startsWith("..") && !inRepo.split(sep).includes("node_modules")) return inRepo;
  }
  return void 0;
}
async function isFolder(path) {
  return (await stat(path).catch(() => void 0))?.isDirectory() ?? false;
}
async function exists(path) {
  return await lstat(path).catch(() => void 0) !== void 0;
}

// src/measure/ab/driven-child.ts
var IDLE_LIMIT_MS = 24 * 60 * 60 * 1e3;
var DrivenChild = class _DrivenChild {
  /** Benchmarks the file registers (after the filter), in registration order. */
  registered = [];
  /** The file could not be loaded or registers nothing: why. */
  loadError;
  /** Benchmarks that failed during setup or warm-up, with why. */
  failed = /* @__PURE__ */ new Map();
  warmups = /* @__PURE__ */ new Map();
  env;
  #handle;
  #exit;
  #options;
  #closed;
  #waiter;
  #round;
  #timeouts = /* @__PURE__ */ new Map();
  constructor(options) {
    this.#options = options;
    const config = {
      file: options.file,
      rounds: 1,
      roundTimeMs: options.roundTimeMs,
      warmupMs: options.warmupMs,
      ...options.filter ? { filter: options.filter } : {},
      ...options.select ? { select: options.select } : {},
      ...options.only ? { needed: Object.fromEntries(options.only.map((name) => [name, 1])) } : {},
      driven: { settle: true, gc: options.gc, statistic: options.statistic }
    };
    this.#closed = runChild({
      node: options.command,
      nodeArgs: options.args,
      entry: options.entry,
      config,
      cwd: options.cwd,
      ...options.env ? { env: options.env } : {},
      limitAfter: (last) => this.#limitAfter(last),
      onMessage: (message) => this.#onMessage(message),
      onSpawn: (handle) => this.#handle = handle,
      ...options.signal ? { signal: options.signal } : {}
    });
    this.#closed.then(
      (exit) => this.#ended(exit),
      (err) => this.#ended({ kind: "crash", code: null, signal: null, stderr: err.message, last: void 0 })
    );
  }
  /** Spawn, load the file and warm every benchmark up; resolves when the child is ready or gone. */
  static async start(options) {
    const child = new _DrivenChild(options);
    await child.#wait();
    return child;
  }
  /** Why the child is gone, once it is. */
  get ended() {
    return this.#exit;
  }
  /** Names this child can still run. */
  get runnable() {
    return this.#exit ? [] : this.registered.map((b) => b.name).filter((name) => !this.failed.has(name));
  }
  /** Run one round of each of `names`, in that order. */
  async runRound(round, names) {
    const outcome = { samples: /* @__PURE__ */ new Map(), errors: /* @__PURE__ */ new Map() };
    if (this.#exit) return { ...outcome, ended: this.#exit };
    this.#round = outcome;
    this.#handle?.send({ type: "run", round, benchmarks: [...names] }, this.#options.timeoutMs);
    await this.#wait();
    this.#round = void 0;
    if (this.#exit) outcome.ended = this.#exit;
    return outcome;
  }
  /** Tear down and wait for the process to end. */
  async finish() {
    this.#handle?.send({ type: "finish" }, this.#options.timeoutMs);
    await this.#closed.catch(() => void 0);
  }
  #wait() {
    if (this.#exit) return Promise.resolve();
    return new Promise((resolve) => this.#waiter = resolve);
  }
  #wake() {
    const waiter = this.#waiter;
    this.#waiter = void 0;
    waiter?.();
  }
  #onMessage(message) {
    switch (message.type) {
      case "env":
        this.env = message.env;
        return;
      case "registered":
        this.registered = message.benchmarks.filter((b) => !this.#options.only || this.#options.only.includes(b.name));
        for (const b of message.benchmarks) if (b.timeoutMs) this.#timeouts.set(b.name, b.timeoutMs);
        if (message.total === 0) this.loadError = "registers no benchmarks: call bench(name, fn) from 'benchgate' at the top level of the file";
        return;
      case "load-error":
        this.loadError = `could not be loaded: ${message.message}`;
        return;
      case "warmed":
        this.warmups.set(message.benchmark, { ms: message.ms, settled: message.settled });
        return;
      case "sample":
        this.#round?.samples.set(message.benchmark, message.value);
        return;
      case "error": {
        const text = message.where ? `${message.message}, ${message.where.replace(/^at\s+/, "at ")}` : message.message;
        this.#round?.errors.set(message.benchmark, text);
        this.failed.set(message.benchmark, text);
        return;
      }
      case "ready":
      case "round-end":
        this.#wake();
        return;
      case "warmup":
      case "start":
      case "teardown":
      case "done":
        return;
    }
  }
  #ended(exit) {
    if (exit.kind === "done") {
      this.#exit ??= "finished";
    } else if (exit.kind === "aborted") {
      this.#exit = "the run was aborted";
    } else if (exit.kind === "timeout") {
      const culprit = blame(exit, (name) => this.#timeoutOf(name));
      if (culprit) {
        this.failed.set(culprit.benchmark, culprit.message);
        this.#round?.errors.set(culprit.benchmark, culprit.message);
      }
      this.#exit = culprit ? `stopped: "${culprit.benchmark}" ${culprit.message}` : `the benchmark process stopped responding for ${duration(exit.limitMs)}`;
    } else {
      const message = crashMessage(exit);
      const last = exit.last;
      const culprit = last?.type === "start" || last?.type === "warmup" || last?.type === "teardown" ? last.benchmark : void 0;
      if (culprit) {
        this.failed.set(culprit, message);
        this.#round?.errors.set(culprit, message);
      }
      if (!this.registered.length && !this.loadError) this.loadError = message;
      this.#exit = message;
    }
    this.#wake();
  }
  #timeoutOf(name) {
    return this.#timeouts.get(name) ?? this.#options.timeoutMs;
  }
  #limitAfter(last) {
    const { timeoutMs, warmupMs } = this.#options;
    switch (last?.type) {
      case void 0:
      case "env":
        return Math.max(LOAD_LIMIT_MS, timeoutMs);
      case "warmup":
        return this.#timeoutOf(last.benchmark) + settleLimitMs(warmupMs);
      case "start":
      case "teardown":
        return this.#timeoutOf(last.benchmark);
      case "ready":
      case "round-end":
        return IDLE_LIMIT_MS;
      default:
        return timeoutMs;
    }
  }
};

// src/measure/ab/order.ts
var PairOrders = class {
  #last = /* @__PURE__ */ new Map();
  #count = /* @__PURE__ */ new Map();
  #random;
  constructor(random = Math.random) {
    this.#random = random;
  }
  /** The order of the next pair of `key` (a benchmark in a process pair). */
  next(key) {
    const n = this.#count.get(key) ?? 0;
    const previous = this.#last.get(key);
    const order = n % 2 === 1 && previous ? previous === "base-first" ? "head-first" : "base-first" : this.#random() < 0.5 ? "base-first" : "head-first";
    this.#count.set(key, n + 1);
    this.#last.set(key, order);
    return order;
  }
};
function shuffle(items, random = Math.random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

// src/measure/ab/interleave.ts
var { performance } = __require("node:perf_hooks");
async function measureInterleaved(options) {
  const files = { base: filesOf(options.base, options.benchmarks, "base"), head: filesOf(options.head, options.benchmarks, "head") };
  if (files.head.size === 0 && files.base.size === 0) {
    throw new UsageError(`no benchmark files in ${options.benchmarks} in either tree: expected files named *.bench.ts, *.bench.mts, *.bench.js or *.bench.mjs`);
  }
  const all = /* @__PURE__ */ new Set([...files.base.keys(), ...files.head.keys()]);
  const groups = [...all].filter((g) => !options.selection || options.selection.has(g)).sort();
  const run = new InterleavedRun(options, all.size);
  for (const [i, group] of groups.entries()) {
    options.signal?.throwIfAborted();
    await run.file(group, { base: files.base.get(group), head: files.head.get(group) }, groups.length - i);
  }
  const result = run.result();
  if (options.filter && !options.selection && result.head.length === 0 && result.base.length === 0) {
    throw new UsageError(`the filter /${options.filter.source}/${options.filter.flags} matches no benchmark in ${groups.length} file(s) of either tree`);
  }
  return result;
}
function filesOf(cwd, dir, side) {
  try {
    return new Map(discoverBenchmarkFiles(dir, cwd).map((path) => [relativeTo(cwd, path), path]));
  } catch (err) {
    if (side === "base" && err instanceof UsageError) return /* @__PURE__ */ new Map();
    throw err;
  }
}
var InterleavedRun = class {
  #o;
  #started = performance.now();
  #results = { base: /* @__PURE__ */ new Map(), head: /* @__PURE__ */ new Map() };
  #sampling = {};
  #warmups = [];
  #orders;
  #random;
  #env;
  #benchmarksSeen = 0;
  #filesSeen = 0;
  #suiteSize = 1;
  /** Benchmark files in the whole suite, a shard's and the others'. */
  #suiteFiles;
  /** Next id for a process pair: a replacement child starts a new one. */
  #pairIds = 0;
  constructor(options, suiteFiles) {
    this.#o = options;
    this.#suiteFiles = suiteFiles;
    this.#random = options.random ?? Math.random;
    this.#orders = new PairOrders(this.#random);
  }
  async file(group, paths, filesLeft) {
    const o = this.#o;
    const fileStarted = performance.now();
    const sides = ["base", "head"].filter((side) => paths[side]);
    o.onEvent?.({ type: "file-start", file: group, sides });
    const children = { base: [], head: [] };
    const pairIds = [];
    try {
      for (let p = 0; p < o.processes; p++) {
        pairIds.push(this.#pairIds++);
        for (const side of sides) {
          if (p > 0 && children[side].length === 0) continue;
          const child = await this.#spawn(side, group, paths[side], p);
          if (child) children[side].push(child);
        }
      }
      const names = {
        base: new Set(children.base[0]?.registered.map((b) => b.name) ?? []),
        head: new Set(children.head[0]?.registered.map((b) => b.name) ?? [])
      };
      for (const side of sides) for (const name of names[side]) this.#entry(side, name, group, children[side][0]);
      for (const side of sides) for (const child of children[side]) this.#noteFailures(side, child);
      const paired = [...names.head].filter((name) => names.base.has(name) && this.#usable(name));
      const alone = { base: [...names.base].filter((n) => !names.head.has(n)), head: [...names.head].filter((n) => !names.base.has(n)) };
      const count = paired.length + alone.base.length + alone.head.length;
      this.#filesSeen++;
      this.#benchmarksSeen += count;
      const perFile = this.#benchmarksSeen / this.#filesSeen;
      const later = (filesLeft - 1) * perFile;
      this.#suiteSize = Math.round(Math.max(this.#benchmarksSeen + later, perFile * this.#suiteFiles));
      const left = o.budgetMs - (performance.now() - this.#started);
      const deadline = fileStarted + Math.max(0, left) * (count / Math.max(1, count + later));
      const tracks = paired.map((name) => ({ name, logRatios: [], processes: [], spentMs: 0, headFirst: 0, order: "" }));
      if (tracks.length > 0) await this.#pairRounds(group, paths, tracks, children, pairIds, deadline);
      for (const side of sides) await this.#aloneRounds(side, alone[side], children[side]);
    } finally {
      await Promise.all([...children.base, ...children.head].map((child) => child.finish()));
    }
    o.onEvent?.({ type: "file-end", file: group });
  }
  result() {
    const finish = (side) => [...this.#results[side].values()].map((result) => {
      if (result.samples.length === 0 && !result.error) result.error = "produced no samples";
      return result;
    });
    return {
      base: finish("base"),
      head: finish("head"),
      sampling: this.#sampling,
      warmups: this.#warmups,
      env: this.#env ?? collectEnvironment(),
      elapsedMs: performance.now() - this.#started
    };
  }
  async #pairRounds(group, paths, tracks, children, pairIds, deadline) {
    const o = this.#o;
    const pairs = Math.min(children.base.length, children.head.length);
    for (let round = 1; ; round++) {
      const active = tracks.filter((t) => !t.stop);
      if (active.length === 0 || pairs === 0) break;
      o.onEvent?.({ type: "round", file: group, round, active: active.length });
      const units = shuffle(
        active.flatMap((track) => Array.from({ length: pairs }, (_, p) => ({ track, p }))),
        this.#random
      );
      for (const { track, p } of units) {
        o.signal?.throwIfAborted();
        if (track.stop) continue;
        const order = this.#orders.next(`${track.name}\0${pairIds[p]}`);
        const sides = order === "head-first" ? ["head", "base"] : ["base", "head"];
        const t0 = performance.now();
        const outcomes = {};
        for (const side of sides) outcomes[side] = await children[side][p].runRound(round, [track.name]);
        track.spentMs += performance.now() - t0;
        const base = outcomes.base.samples.get(track.name);
        const head = outcomes.head.samples.get(track.name);
        if (base !== void 0 && head !== void 0 && base > 0 && head > 0) {
          this.#add("base", track.name, base, pairIds[p]);
          this.#add("head", track.name, head, pairIds[p]);
          track.logRatios.push(Math.log(head / base));
          track.processes.push(pairIds[p]);
          if (order === "head-first") track.headFirst++;
          track.order += order === "head-first" ? "h" : "b";
        }
        for (const side of sides) {
          const error = outcomes[side].errors.get(track.name);
          if (error) this.#fail(side, track.name, error);
          if (outcomes[side].ended && !o.signal?.aborted) {
            const replacement = await this.#replace(side, group, paths[side], children[side][p], p);
            if (replacement) {
              children[side][p] = replacement;
              pairIds[p] = this.#pairIds++;
            }
          }
        }
        for (const t of tracks) if (!t.stop && !this.#usable(t.name)) this.#stop(t, "failed");
      }
      for (const track of active) {
        if (track.stop) continue;
        if (track.logRatios.length >= o.minPairs) {
          track.last = o.decide(track.logRatios, { benchmark: track.name, benchmarks: this.#suiteSize, processes: track.processes });
          if (track.last.state !== "continue") {
            this.#stop(track, track.last.state);
            continue;
          }
        }
        if (track.spentMs >= o.benchmarkBudgetMs) this.#stop(track, "budget");
        else if (track.logRatios.length >= o.maxPairs) this.#stop(track, "max-pairs");
        else if (performance.now() >= deadline && track.logRatios.length >= o.minPairs) this.#stop(track, "total-budget");
      }
    }
  }
  /** Benchmarks on one side only: a few rounds for their numbers, not paired with anything. */
  async #aloneRounds(side, names, children) {
    if (names.length === 0) return;
    const rounds = Math.max(1, Math.ceil(this.#o.minPairs / Math.max(1, children.length)));
    for (let round = 1; round <= rounds; round++) {
      for (const [p, child] of children.entries()) {
        this.#o.signal?.throwIfAborted();
        const outcome = await child.runRound(
          round,
          shuffle(
            names.filter((n) => !this.#results[side].get(n)?.error),
            this.#random
          )
        );
        for (const [name, value] of outcome.samples) this.#add(side, name, value, p);
        for (const [name, error] of outcome.errors) this.#fail(side, name, error);
      }
    }
    for (const name of names) this.#sampling[name] = { pairs: 0, stop: "unpaired", spentMs: 0, headFirst: 0, order: "" };
  }
  async #spawn(side, group, path, p, only) {
    const o = this.#o;
    o.onEvent?.({ type: "warmup", file: group, side, process: p });
    const env = o.sideEnv?.[side] ?? o.env;
    const select = o.selection?.get(group);
    const seed = this.#seedOf(p);
    const seeds = [`--hash-seed=${seed}`, `--random-seed=${seed}`];
    const child = await DrivenChild.start({
      ...o.command,
      args: [...o.command.args, ...seeds],
      cwd: side === "base" ? o.base : o.head,
      ...env ? { env } : {},
      file: path,
      roundTimeMs: o.roundTimeMs,
      warmupMs: o.warmupMs,
      timeoutMs: o.timeoutMs,
      ...o.filter ? { filter: { source: o.filter.source, flags: o.filter.flags } } : {},
      ...select ? { select } : {},
      ...only ? { only } : {},
      gc: o.gc,
      statistic: o.statistic,
      ...o.signal ? { signal: o.signal } : {}
    });
    o.signal?.throwIfAborted();
    if (side === "head") this.#env ??= child.env;
    for (const [benchmark, w] of child.warmups) this.#warmups.push({ side, file: group, process: p, benchmark, ...w });
    if (child.loadError || child.ended && child.registered.length === 0) {
      const message = child.loadError ?? child.ended ?? "could not be started";
      if (!this.#results[side].has(group)) {
        this.#results[side].set(group, { name: group, unit: "ns/op", direction: "smaller", samples: [], processes: [], group, error: message });
        this.#o.onEvent?.({ type: "error", side, benchmark: group, message });
      }
      return void 0;
    }
    return child;
  }
  /** A child that died mid-run is replaced by a fresh one with what it still had to run. */
  async #replace(side, group, path, dead, p) {
    this.#noteFailures(side, dead);
    const remaining = dead.registered.map((b) => b.name).filter((name) => !dead.failed.has(name) && !this.#results[side].get(name)?.error);
    if (remaining.length === 0) return void 0;
    const child = await this.#spawn(side, group, path, p, remaining);
    if (child) this.#noteFailures(side, child);
    return child;
  }
  #entry(side, name, group, child) {
    if (this.#results[side].has(name)) {
      const other = this.#results[side].get(name);
      this.#fail(side, name, `the name is used in both ${other.group} and ${group}; benchmark names must be unique within a run`);
      return;
    }
    const unit = child.registered.find((b) => b.name === name)?.unit ?? "ns/op";
    this.#results[side].set(name, { name, unit, direction: "smaller", samples: [], processes: [], group });
  }
  #noteFailures(side, child) {
    for (const [name, message] of child.failed) this.#fail(side, name, message);
  }
  #add(side, name, value, pairId) {
    const result = this.#results[side].get(name);
    if (!result || result.error) return;
    result.samples.push(value);
    result.processes?.push(pairId);
  }
  #fail(side, name, message) {
    const result = this.#results[side].get(name);
    if (!result || result.error) return;
    result.error = message;
    this.#o.onEvent?.({ type: "error", side, benchmark: name, message });
  }
  #seeds = /* @__PURE__ */ new Map();
  #seedOf(p) {
    let seed = this.#seeds.get(p);
    if (seed === void 0) this.#seeds.set(p, seed = 1 + Math.floor(this.#random() * 2 ** 30));
    return seed;
  }
  #usable(name) {
    return !this.#results.base.get(name)?.error && !this.#results.head.get(name)?.error;
  }
  #stop(track, stop) {
    track.stop = stop;
    const sampling = {
      pairs: track.logRatios.length,
      stop,
      spentMs: track.spentMs,
      headFirst: track.headFirst,
      order: track.order,
      ...track.last ? { last: track.last } : {}
    };
    this.#sampling[track.name] = sampling;
    this.#o.onEvent?.({ type: "stopped", benchmark: track.name, sampling });
  }
};

// src/measure/ab/setup.ts
var { spawn } = __require("node:child_process");
var TAIL_LINES = 12;
async function runSetup(command, tree, io) {
  const env = io.env ?? process.env;
  const actions = env.GITHUB_ACTIONS === "true";
  const heading = `setup in the ${tree.label} tree, ${tree.revision}: ${command}`;
  io.write(actions ? `::group::${heading}
` : `\u2500\u2500 ${heading}
`);
  const prefix = actions ? "" : `${tree.label} \u2502 `;
  const tail = [];
  const started = Date.now();
  try {
    const exit = await new Promise((resolve, reject) => {
      const child = spawn(command, { cwd: tree.cwd, env, shell: true, detached: true, stdio: ["ignore", "pipe", "pipe"] });
      const kill = () => {
        try {
          if (child.pid !== void 0) process.kill(-child.pid, "SIGKILL");
        } catch {
        }
      };
      const forget = onInterrupt(kill);
      const onAbort = () => kill();
      io.signal?.addEventListener("abort", onAbort, { once: true });
      const lines = lineWriter((line) => {
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        io.write(`${prefix}${line}
`);
      });
      child.stdout.setEncoding("utf8").on("data", lines.push);
      child.stderr.setEncoding("utf8").on("data", lines.push);
      child.on("error", (err) => {
        forget();
        io.signal?.removeEventListener("abort", onAbort);
        reject(new UsageError(`the setup command could not be started in the ${tree.label} tree (${tree.cwd}): ${err.message}`));
      });
      child.on("close", (code, signal) => {
        lines.end();
        forget();
        io.signal?.removeEventListener("abort", onAbort);
        resolve({ code, signal });
      });
    });
    io.signal?.throwIfAborted();
    if (exit.code !== 0) {
      const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
      const quoted = tail.length ? `; its output ended with:
${tail.map((l) => `  ${l}`).join("\n")}` : " without output";
      throw new UsageError(`the setup command ${JSON.stringify(command)} ${how} in the ${tree.label} tree, ${tree.revision} (${tree.cwd})${quoted}`);
    }
    io.write(`${actions ? "" : "\u2500\u2500 "}setup of the ${tree.label} tree done in ${((Date.now() - started) / 1e3).toFixed(1)} s
`);
  } finally {
    if (actions) io.write("::endgroup::\n");
  }
}
function lineWriter(onLine) {
  let pending = "";
  return {
    push: (chunk) => {
      const parts = (pending + chunk).split(/\r?\n/);
      pending = parts.pop() ?? "";
      for (const line of parts) onLine(line);
    },
    end: () => {
      if (pending) onLine(pending);
      pending = "";
    }
  };
}

// src/measure/ab/worktree.ts
var { execFile, execFileSync: execFileSync2 } = __require("node:child_process");
var { mkdtempSync, realpathSync, rmSync } = __require("node:fs");
var { tmpdir } = __require("node:os");
var { join: join2, relative: relative2 } = __require("node:path");
var { promisify } = __require("node:util");
var exec = promisify(execFile);
async function repositoryOf(cwd) {
  let root;
  try {
    root = (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  } catch (err) {
    throw new UsageError(`ab compares two revisions of a git repository, but ${cwd} is not inside one (${firstLine(err)})`);
  }
  return { root, subfolder: relative2(realpathSync(root), realpathSync(cwd)) };
}
async function resolveCommit(root, ref, what) {
  try {
    return (await git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
  } catch {
    throw new UsageError(
      `${what}: no commit named ${JSON.stringify(ref)} in ${root} (expected a branch, tag or commit, e.g. main or HEAD~1; a shallow clone may need fetch-depth: 0)`
    );
  }
}
async function isDirty(root) {
  try {
    return (await git(root, ["status", "--porcelain", "--untracked-files=no"])).trim() !== "";
  } catch {
    return false;
  }
}
function createWorktrees(root) {
  const folder = mkdtempSync(join2(tmpdir(), "benchgate-ab-"));
  const added = [];
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    for (const path of added) {
      try {
        execFileSync2("git", ["worktree", "remove", "--force", path], { cwd: root, stdio: "ignore", timeout: 6e4 });
      } catch {
      }
    }
    rmSync(folder, { recursive: true, force: true });
    try {
      execFileSync2("git", ["worktree", "prune"], { cwd: root, stdio: "ignore", timeout: 6e4 });
    } catch {
    }
    forget();
  };
  const forget = onInterrupt(remove);
  return {
    folder,
    async add(name, ref) {
      const commit = await resolveCommit(root, ref, name === "base" ? "--base" : "--head");
      const path = join2(folder, name);
      added.push(path);
      try {
        await git(root, ["worktree", "add", "--detach", "--quiet", path, commit]);
      } catch (err) {
        throw new UsageError(`could not check out ${ref} (${commit.slice(0, 12)}) into a worktree at ${path}: ${firstLine(err)}`);
      }
      return { ref, commit, path };
    },
    remove
  };
}
async function git(cwd, args) {
  const { stdout } = await exec("git", args, { cwd, timeout: 12e4, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
function firstLine(err) {
  const text = String(err.stderr || err.message || err);
  return text.trim().split("\n").filter(Boolean).slice(-1)[0] ?? "git failed";
}

// src/measure/ab/run.ts
var { join: join3 } = __require("node:path");
var SideFailedError = class extends UsageError {
  name = "SideFailedError";
  side;
  constructor(side, message) {
    super(message);
    this.side = side;
  }
};
function samplingSettings(options) {
  const settings = {
    processes: options.processes ?? AB_DEFAULTS.processes,
    roundTimeMs: options.roundTimeMs ?? AB_DEFAULTS.roundTimeMs,
    budgetMs: options.budgetMs ?? AB_DEFAULTS.budgetMs,
    benchmarkBudgetMs: options.benchmarkBudgetMs ?? AB_DEFAULTS.benchmarkBudgetMs,
    minPairs: options.minPairs ?? AB_DEFAULTS.minPairs,
    maxPairs: options.maxPairs ?? AB_DEFAULTS.maxPairs,
    gc: options.gc ?? AB_DEFAULTS.gc,
    semiSpaceMb: options.semiSpaceMb ?? AB_DEFAULTS.semiSpaceMb,
    statistic: options.statistic ?? AB_DEFAULTS.statistic,
    ...options.cpu ? { cpu: options.cpu } : {}
  };
  if (!Number.isInteger(settings.semiSpaceMb) || settings.semiSpaceMb < 0 || settings.semiSpaceMb > 1024) {
    throw new UsageError(`semi-space: expected a whole number of MB from 0 to 1024, found ${settings.semiSpaceMb}`);
  }
  if (!Number.isInteger(settings.processes) || settings.processes < 1)
    throw new UsageError(`processes: expected a whole number of at least 1, found ${settings.processes}`);
  if (!(settings.roundTimeMs > 0) || settings.roundTimeMs >= options.config.timeout) {
    throw new UsageError(`round time: expected a positive number of ms shorter than the timeout (${options.config.timeout} ms), found ${settings.roundTimeMs}`);
  }
  if (settings.minPairs < 2 || settings.maxPairs < settings.minPairs) {
    throw new UsageError(`expected 2 \u2264 min-pairs \u2264 max-pairs, found min-pairs ${settings.minPairs} and max-pairs ${settings.maxPairs}`);
  }
  return settings;
}
async function measureTrees(trees, options) {
  const settings = samplingSettings(options);
  const { config } = options;
  const command = childCommand({
    gc: settings.gc,
    semiSpaceMb: settings.semiSpaceMb,
    ...options.node ? { node: options.node } : {},
    ...settings.cpu ? { cpu: settings.cpu } : {},
    ...options.env ? { env: options.env } : {}
  });
  const measured = await measureInterleaved({
    base: trees.base,
    head: trees.head,
    benchmarks: config.benchmarks,
    ...config.filter ? { filter: config.filter } : {},
    ...options.selection ? { selection: options.selection } : {},
    processes: settings.processes,
    roundTimeMs: settings.roundTimeMs,
    warmupMs: config.warmup,
    timeoutMs: config.timeout,
    budgetMs: settings.budgetMs,
    benchmarkBudgetMs: settings.benchmarkBudgetMs,
    minPairs: settings.minPairs,
    maxPairs: settings.maxPairs,
    statistic: settings.statistic,
    gc: settings.gc,
    command,
    ...options.env ? { env: options.env } : {},
    ...options.sideEnv ? { sideEnv: options.sideEnv } : {},
    decide: (logRatios, { benchmarks, processes }) => options.fixedPairs ? { state: "continue", pairs: logRatios.length } : samplingDecision(logRatios, { threshold: config.threshold, alpha: config.alpha, benchmarks, minPairs: settings.minPairs }, processes),
    ...options.onEvent ? { onEvent: options.onEvent } : {},
    ...options.signal ? { signal: options.signal } : {}
  });
  return { measured, settings };
}
async function runInterleaved(options) {
  const { root, subfolder } = await repositoryOf(options.cwd);
  samplingSettings(options);
  childCommand({
    gc: options.gc ?? AB_DEFAULTS.gc,
    ...options.node ? { node: options.node } : {},
    ...options.cpu ? { cpu: options.cpu } : {},
    ...options.env ? { env: options.env } : {}
  });
  const baseCommit = await resolveCommit(root, options.base, "--base");
  const headCommit = options.head ? await resolveCommit(root, options.head, "--head") : await resolveCommit(root, "HEAD", "the working tree").catch(() => void 0);
  const uncommitted = options.head ? void 0 : await isDirty(root);
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", forwardAbort, { once: true });
  const trees = createWorktrees(root);
  const forgetAbort = onInterrupt(() => controller.abort(new Error("interrupted")));
  const write = options.write ?? (() => {
  });
  try {
    const base = await trees.add("base", baseCommit);
    const head = options.head ? await trees.add("head", headCommit) : void 0;
    const baseCwd = join3(base.path, subfolder);
    const headCwd = head ? join3(head.path, subfolder) : options.cwd;
    const unshared = {};
    if (!options.setup) {
      for (const [side, tree] of [["base", base.path], ...head ? [["head", head.path]] : []]) {
        const shared = await shareDependencies(root, tree, subfolder);
        for (const folder of shared.linked) {
          write(`\u2500\u2500 the ${side} tree uses the working tree's node_modules${folder ? ` in ${folder}` : ""}: same lockfile, and no --setup to install its own
`);
        }
        unshared[side] = shared.refused;
      }
    }
    if (options.setup) {
      const io = { write, ...options.env ? { env: options.env } : {}, signal: controller.signal };
      await runSetup(options.setup, { label: "base", revision: `${options.base} (${baseCommit.slice(0, 7)})`, cwd: baseCwd }, io);
      const headRevision = options.head ? `${options.head} (${headCommit.slice(0, 7)})` : "the working tree";
      await runSetup(options.setup, { label: "head", revision: headRevision, cwd: headCwd }, io);
    }
    const time = /* @__PURE__ */ new Date();
    const { config } = options;
    const { measured, settings } = await measureTrees({ base: baseCwd, head: headCwd }, { ...options, signal: controller.signal });
    const revisions = {
      base: `${options.base} (${baseCommit.slice(0, 7)})`,
      head: options.head ? `${options.head} (${headCommit.slice(0, 7)})` : "the working tree"
    };
    for (const side of ["base", "head"]) {
      const results = measured[side];
      if (results.length === 0 || results.some((b) => b.samples.length > 0)) continue;
      const first = results.find((b) => b.error !== void 0)?.error ?? "no samples";
      const more = results.length > 1 ? ` (and ${results.length - 1} more)` : "";
      const why = (unshared[side] ?? []).map((r) => ` Its dependencies were not shared: ${r}.`).join("");
      const advice = options.setup ? `Check that the setup command ${JSON.stringify(options.setup)} installs and builds what the benchmarks import.` : `If its dependencies are missing, give a setup command to run in each tree before measuring: ${setOption("setup", '"npm ci"')} (or whatever installs and builds the project).`;
      throw new SideFailedError(
        side,
        `every benchmark of the ${side} tree, ${revisions[side]}, failed, so nothing could be compared: ${firstLine2(first)}${more}.${why} ${advice}`
      );
    }
    const ids = { head: newRunId(time), base: newRunId(time) };
    const run = (side, commit) => ({
      id: ids[side],
      ...commit ? { commit } : {},
      time: time.toISOString(),
      tool: "benchgate",
      env: measured.env,
      pairedWith: ids[side === "head" ? "base" : "head"]
    });
    const warmups = summarizeWarmups(measured.warmups);
    return {
      head: { format: RESULTS_FORMAT, version: RESULTS_VERSION, suite: config.suite, run: run("head", headCommit), benchmarks: measured.head },
      base: { format: RESULTS_FORMAT, version: RESULTS_VERSION, suite: config.suite, run: run("base", baseCommit), benchmarks: measured.base },
      sampling: measured.sampling,
      conditions: {
        base: { ref: options.base, commit: baseCommit },
        head: {
          ...options.head ? { ref: options.head } : {},
          ...headCommit ? { commit: headCommit } : {},
          workingTree: !options.head,
          ...uncommitted ? { uncommitted } : {}
        },
        ...options.setup ? { setup: options.setup } : {},
        processes: settings.processes,
        roundTimeMs: settings.roundTimeMs,
        roundStatistic: settings.statistic,
        gcBeforeRound: settings.gc,
        semiSpaceMb: settings.semiSpaceMb,
        ...settings.cpu ? { cpu: settings.cpu } : {},
        warmup: { mode: "until settled", minMs: SETTLE_MIN_SHARE * config.warmup, maxMs: settleLimitMs(config.warmup), ...warmups },
        budget: { totalMs: settings.budgetMs, benchmarkMs: settings.benchmarkBudgetMs, minPairs: settings.minPairs, maxPairs: settings.maxPairs },
        elapsedMs: measured.elapsedMs,
        env: measured.env
      }
    };
  } finally {
    trees.remove();
    forgetAbort();
    options.signal?.removeEventListener("abort", forwardAbort);
  }
}
function firstLine2(text) {
  const line = text.split("\n")[0] ?? "";
  return line.length > 300 ? `${line.slice(0, 299)}\u2026` : line;
}
function interleavedNotes(run) {
  return describeConditions(run.conditions);
}

export {
  SideFailedError,
  samplingSettings,
  measureTrees,
  runInterleaved,
  interleavedNotes
};
