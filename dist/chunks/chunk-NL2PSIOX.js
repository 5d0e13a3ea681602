import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  describeCrash,
  runChild
} from "./chunk-F6PKTPLN.js";
import {
  checkBenchmarkFiles,
  discoverBenchmarkFiles,
  relativeTo
} from "./chunk-55BDL67P.js";
import {
  DUMP_NAME,
  MARKER
} from "./chunk-YSAKSZ46.js";
import {
  warmupLimitMs
} from "./chunk-YLFZVSI4.js";
import {
  collectEnvironment
} from "./chunk-F6NHEW6R.js";
import {
  NothingMatchedError,
  UsageError,
  describe
} from "./chunk-WQC4CHKN.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/measure/instruments/valgrind.ts
var { accessSync, constants } = __require("node:fs");
var { delimiter, join } = __require("node:path");
var VALGRIND_INSTALL = "sudo apt-get install -y valgrind";
var VALGRIND_SLOWDOWN = 100;
var DETERMINISTIC_V8_FLAGS = ["--single-threaded", "--predictable", "--predictable-gc-schedule", "--hash-seed=1", "--random-seed=1", "--expose-gc"];
function callgrindArgs(dumps) {
  return [
    "--tool=callgrind",
    `--dump-before=${MARKER}`,
    `--callgrind-out-file=${join(dumps, DUMP_NAME)}.%p`,
    // Valgrind's own lines would bury the user's stderr, which a crash message quotes.
    "--quiet",
    // No gdbserver: nobody attaches, and it leaves no FIFOs in /tmp.
    "--vgdb=no"
  ];
}
function findValgrind(env = process.env) {
  return findExecutable("valgrind", env);
}
function findExecutable(name, env = process.env) {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
function instructionsUnavailable(platform, valgrind) {
  if (platform !== "linux") {
    return `measure 'instructions' counts instructions under valgrind, which runs on Linux only; this machine is ${platform}. Use measure 'time' here, or run on Linux`;
  }
  if (!valgrind) {
    return `measure 'instructions' needs valgrind, which is not on PATH; install it (Ubuntu and Debian: ${VALGRIND_INSTALL}; Fedora: sudo dnf install -y valgrind)`;
  }
  return void 0;
}
function requireValgrind(env = process.env, platform = process.platform) {
  const valgrind = platform === "linux" ? findValgrind(env) : void 0;
  const why = instructionsUnavailable(platform, valgrind);
  if (why) throw new UsageError(why);
  return valgrind;
}

// src/measure/micro/runner.ts
var { execFileSync } = __require("node:child_process");
var { existsSync } = __require("node:fs");
var mkdtemp = (...args) => __require("node:fs/promises").mkdtemp(...args);
var rm = (...args) => __require("node:fs/promises").rm(...args);
var { availableParallelism, tmpdir } = __require("node:os");
var { join: join2 } = __require("node:path");
var { performance } = __require("node:perf_hooks");
var { fileURLToPath } = __require("node:url");
var LOAD_LIMIT_MS = 3e4;
var BATCH_INSTRUCTIONS = 5e6;
async function runMicroSuite(options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const samples = count("samples", options.samples ?? 10);
  const processes = count("processes", options.processes ?? 2);
  const roundTimeMs = positive("roundTimeMs", options.roundTimeMs ?? 100);
  const warmupMs = positive("warmupMs", options.warmupMs ?? 250);
  const timeoutMs = positive("timeoutMs", options.timeoutMs ?? 3e4);
  if (roundTimeMs >= timeoutMs) {
    throw new UsageError(`roundTimeMs (${roundTimeMs}) must be shorter than timeoutMs (${timeoutMs}): every round would time out`);
  }
  const paths = options.files ? checkBenchmarkFiles(options.files, cwd) : discoverBenchmarkFiles(options.dir ?? "benchmarks", cwd);
  const node = options.node ?? "node";
  const entry = childEntry();
  const counting = options.measure === "instructions" ? {
    valgrind: requireValgrind(options.env ?? process.env),
    batchInstructions: count("batchInstructions", options.batchInstructions ?? BATCH_INSTRUCTIONS)
  } : void 0;
  const settings = {
    cwd,
    env: options.env,
    ...counting ? { counting } : {},
    // Counts do not depend on what else the machine runs, so processes can share it; times do.
    parallel: counting ? Math.max(1, Math.min(availableParallelism(), processes * paths.length)) : 1,
    unit: counting ? "instructions" : "ns/op",
    node,
    nodeArgs: counting ? [...DETERMINISTIC_V8_FLAGS, ...sourceArgs(node, entry, options.env)] : ["--expose-gc", ...sourceArgs(node, entry, options.env)],
    entry,
    rounds: counting ? 1 : Math.ceil(samples / processes),
    processes,
    roundTimeMs,
    warmupMs,
    timeoutMs,
    ...options.filter ? { filter: { source: options.filter.source, flags: options.filter.flags } } : {},
    sharded: options.selection !== void 0
  };
  const files = [];
  for (const path of paths) {
    const group = relativeTo(cwd, path);
    const select = options.selection?.get(group);
    if (options.selection && !select) continue;
    files.push({ path, group, failed: false, ...select && select.kind !== "all" ? { select } : {} });
  }
  const suite = new SuiteRun(settings, files, options);
  return suite.run();
}
var SuiteRun = class {
  #settings;
  #files;
  #emit;
  #signal;
  #entries = /* @__PURE__ */ new Map();
  #env;
  #done = 0;
  constructor(settings, files, options) {
    this.#settings = settings;
    this.#files = files;
    this.#emit = options.onEvent ?? (() => {
    });
    this.#signal = options.signal;
  }
  get #total() {
    return this.#files.length * this.#settings.processes * this.#settings.rounds;
  }
  async run() {
    const slots = [];
    for (let index = 0; index < this.#settings.processes; index++) for (const file of this.#files) slots.push([file, index]);
    let next = 0;
    let finished = 0;
    const worker = async () => {
      while (next < slots.length) {
        const [file, index] = slots[next++];
        this.#signal?.throwIfAborted();
        await this.#runSlot(file, index);
        finished++;
        this.#done = finished * this.#settings.rounds;
        this.#emit({ type: "file-end", ...this.#where(file, index), done: this.#done, total: this.#total });
      }
    };
    await Promise.all(Array.from({ length: this.#settings.parallel }, worker));
    const entries = [...this.#entries.values()].sort((a, b) => this.#files.indexOf(a.owner) - this.#files.indexOf(b.owner));
    const benchmarks = entries.map(({ result }) => {
      if (result.samples.length === 0 && !result.error) result.error = "produced no samples";
      if (result.wallTime !== void 0) result.wallTime = Math.round(result.wallTime * 10) / 10;
      return this.#settings.parallel > 1 ? inProcessOrder(result) : result;
    });
    if (benchmarks.length === 0 && this.#settings.filter && !this.#settings.sharded) {
      const { source, flags } = this.#settings.filter;
      throw new NothingMatchedError(`the filter /${source}/${flags} matches no benchmark in ${this.#files.length} file(s)`);
    }
    return { benchmarks, env: this.#env ?? collectEnvironment() };
  }
  async #runSlot(file, index) {
    const { rounds } = this.#settings;
    if (file.failed) return;
    let needed = file.names ? this.#stillNeeded(file, /* @__PURE__ */ new Map()) : void 0;
    if (needed && Object.keys(needed).length === 0) return;
    this.#emit({ type: "file-start", ...this.#where(file, index), done: this.#done, total: this.#total });
    const taken = /* @__PURE__ */ new Map();
    for (; ; ) {
      const clock = { at: performance.now() };
      const { counting } = this.#settings;
      const dumps = counting ? await mkdtemp(join2(tmpdir(), "benchgate-callgrind-")) : void 0;
      const config = {
        file: file.path,
        rounds,
        roundTimeMs: this.#settings.roundTimeMs,
        warmupMs: this.#settings.warmupMs,
        ...this.#settings.filter ? { filter: this.#settings.filter } : {},
        ...file.select ? { select: file.select } : {},
        ...needed ? { needed } : {},
        ...counting && dumps ? { instructions: { dumps, batchInstructions: counting.batchInstructions } } : {}
      };
      let exit;
      try {
        exit = await runChild({
          // Under valgrind the runner's Node is valgrind's program, with the same options.
          node: counting ? counting.valgrind : this.#settings.node,
          nodeArgs: counting && dumps ? [...callgrindArgs(dumps), this.#settings.node, ...this.#settings.nodeArgs] : this.#settings.nodeArgs,
          entry: this.#settings.entry,
          config,
          cwd: this.#settings.cwd,
          ...this.#settings.env ? { env: this.#settings.env } : {},
          limitAfter: (last) => this.#limitAfter(file, last),
          onMessage: (message) => {
            const loading = this.#charge(file, clock, message);
            this.#onMessage(file, index, taken, message);
            if (message.type === "registered")
              this.#spread(
                file,
                loading,
                message.benchmarks.map((b) => b.name)
              );
          },
          ...this.#signal ? { signal: this.#signal } : {}
        });
      } finally {
        if (dumps) await rm(dumps, { recursive: true, force: true });
      }
      this.#charge(file, clock);
      if (exit.kind === "done") return;
      if (exit.kind === "aborted") throw this.#signal?.reason ?? new Error("the run was aborted");
      if (!file.names) {
        this.#failFile(file, index, exit.kind === "timeout" ? `timed out after ${duration(exit.limitMs)} while loading` : crashMessage(exit));
        return;
      }
      const culprit = exit.kind === "timeout" ? blame(exit, (name) => this.#owned(file, name)?.timeoutMs ?? this.#settings.timeoutMs) : void 0;
      if (!culprit) {
        const message = exit.kind === "timeout" ? `the benchmark process stopped responding for ${duration(exit.limitMs)}` : crashMessage(exit);
        for (const name of Object.keys(this.#stillNeeded(file, taken))) this.#fail(file, index, name, message);
        return;
      }
      this.#fail(file, index, culprit.benchmark, culprit.message);
      needed = this.#stillNeeded(file, taken);
      if (Object.keys(needed).length === 0) return;
    }
  }
  #onMessage(file, index, taken, message) {
    const where = this.#where(file, index);
    switch (message.type) {
      case "env":
        this.#env ??= message.env;
        return;
      case "registered":
        if (file.names) return;
        file.names = [];
        for (const { name, unit, timeoutMs } of message.benchmarks) {
          const other = this.#entries.get(name);
          if (other) {
            this.#fail(
              other.owner,
              index,
              name,
              `the name is used in both ${other.owner.group} and ${file.group}; benchmark names must be unique within a run`
            );
            continue;
          }
          file.names.push(name);
          this.#entries.set(name, {
            result: { name, unit, direction: "smaller", samples: [], processes: [], group: file.group },
            owner: file,
            ...timeoutMs ? { timeoutMs } : {}
          });
        }
        if (message.total === 0) {
          this.#failFile(file, index, "registers no benchmarks: call bench(name, fn) from 'benchgate' at the top level of the file");
        }
        return;
      case "load-error":
        this.#failFile(file, index, `could not be loaded: ${message.message}`);
        return;
      case "start":
        this.#emit({
          type: "round",
          ...where,
          benchmark: message.benchmark,
          round: message.round,
          rounds: this.#settings.rounds,
          done: this.#done,
          total: this.#total
        });
        return;
      case "sample": {
        const entry = this.#owned(file, message.benchmark);
        if (!entry) return;
        entry.result.samples.push(message.value);
        entry.result.processes?.push(index);
        taken.set(message.benchmark, (taken.get(message.benchmark) ?? 0) + 1);
        this.#emit({ type: "sample", ...where, benchmark: message.benchmark, round: message.round, value: message.value, unit: entry.result.unit });
        return;
      }
      case "round-end":
        this.#done++;
        this.#emit({ type: "round-end", ...where, round: message.round, rounds: this.#settings.rounds, done: this.#done, total: this.#total });
        return;
      case "error": {
        const location = message.where ? `, ${this.#location(message.where)}` : "";
        this.#fail(file, index, message.benchmark, `${message.message}${location}`);
        return;
      }
      case "warmup":
      case "batch":
      case "warmed":
      case "ready":
      case "teardown":
      case "done":
        return;
    }
  }
  // The time from a child's 'warmup', 'start' or 'teardown' of a benchmark to its next message is
  // that benchmark's: what a shard spends on it, and what the next split balances by. Returns the
  // time not charged to a benchmark since the child started, while it was loading the file.
  #charge(file, clock, message) {
    const now = performance.now();
    const last = clock.last;
    const elapsed = now - clock.at;
    clock.last = message;
    clock.at = now;
    if (last && (last.type === "warmup" || last.type === "start" || last.type === "teardown")) {
      const entry = this.#owned(file, last.benchmark);
      if (entry) entry.result.wallTime = (entry.result.wallTime ?? 0) + elapsed;
      return 0;
    }
    clock.loading = (clock.loading ?? 0) + elapsed;
    return last === void 0 || last.type === "env" ? clock.loading : 0;
  }
  // Starting a process and loading the file is paid once per process by whichever shard runs any
  // of the file: shared out over the benchmarks it loaded, so a whole file weighs what it costs.
  #spread(file, ms, names) {
    const owned = names.map((name) => this.#owned(file, name)).filter((e) => e !== void 0);
    for (const entry of owned) entry.result.wallTime = (entry.result.wallTime ?? 0) + ms / owned.length;
  }
  #limitAfter(file, last) {
    const { timeoutMs, warmupMs, counting } = this.#settings;
    const slow = counting ? VALGRIND_SLOWDOWN : 1;
    const own = (name) => (this.#owned(file, name)?.timeoutMs ?? timeoutMs) * slow;
    switch (last?.type) {
      case void 0:
      case "env":
        return Math.max(LOAD_LIMIT_MS, timeoutMs) * slow;
      case "warmup":
        return own(last.benchmark) + (counting ? 0 : warmupLimitMs(warmupMs));
      case "batch":
      case "start":
      case "teardown":
        return own(last.benchmark);
      default:
        return timeoutMs * slow;
    }
  }
  /** Rounds each benchmark of `file` still needs in this process: not failed, short of `rounds`. */
  #stillNeeded(file, taken) {
    const needed = {};
    for (const name of file.names ?? []) {
      const entry = this.#owned(file, name);
      const left = this.#settings.rounds - (taken.get(name) ?? 0);
      if (entry && !entry.result.error && left > 0) needed[name] = left;
    }
    return needed;
  }
  #owned(file, name) {
    const entry = this.#entries.get(name);
    return entry?.owner === file ? entry : void 0;
  }
  #fail(file, index, name, message) {
    const entry = this.#entries.get(name);
    if (!entry || entry.result.error) return;
    entry.result.error = message;
    this.#emit({ type: "error", ...this.#where(file, index), benchmark: name, message });
  }
  // A file that cannot run is reported as one failed benchmark named after the file, so the
  // failure reaches the report and the gate instead of silently shrinking the suite.
  #failFile(file, index, message) {
    if (file.failed) return;
    file.failed = true;
    this.#entries.set(file.group, {
      result: { name: file.group, unit: this.#settings.unit, direction: "smaller", samples: [], processes: [], group: file.group, error: message },
      owner: file
    });
    this.#emit({ type: "error", ...this.#where(file, index), benchmark: file.group, message });
  }
  #where(file, index) {
    return { file: file.group, process: index, processes: this.#settings.processes };
  }
  /** "at fn (file:///x/y.ts:3:9)" -> "at y.ts:3:9" relative to cwd. */
  #location(frame) {
    const inner = /\((.*)\)$/.exec(frame)?.[1] ?? frame.replace(/^at\s+/, "");
    const path = inner.replace(/^file:\/\/[^\s:]*(?=:|$)/, (url) => {
      try {
        return relativeTo(this.#settings.cwd, fileURLToPath(url));
      } catch {
        return url;
      }
    });
    return `at ${path}`;
  }
};
function blame(exit, timeoutOf) {
  const { last, limitMs } = exit;
  switch (last?.type) {
    case "start":
      return { benchmark: last.benchmark, message: `timed out after ${duration(limitMs)} in round ${last.round}` };
    // The limit there includes the warm-up's own budget; the timeout is what people set and can raise.
    case "warmup":
      return { benchmark: last.benchmark, message: `timed out after ${duration(timeoutOf(last.benchmark))} in setup or warm-up` };
    case "batch":
      return { benchmark: last.benchmark, message: `timed out after ${duration(limitMs)} in one batch of calls under valgrind` };
    case "teardown":
      return { benchmark: last.benchmark, message: `teardown timed out after ${duration(limitMs)}` };
    default:
      return void 0;
  }
}
function crashMessage(exit) {
  return describeCrash("benchmark", exit, doing(exit.last));
}
function doing(last) {
  switch (last?.type) {
    case void 0:
    case "env":
      return "while loading the file";
    case "warmup":
      return `during setup or warm-up of "${last.benchmark}"`;
    case "batch":
      return `while "${last.benchmark}" was being counted`;
    case "start":
      return `while "${last.benchmark}" ran round ${last.round}`;
    case "teardown":
      return `during teardown of "${last.benchmark}"`;
    default:
      return "before finishing";
  }
}
function duration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  const seconds = ms / 1e3;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
function inProcessOrder(result) {
  const { processes } = result;
  if (!processes || processes.length !== result.samples.length) return result;
  const order = processes.map((_, i) => i).sort((a, b) => processes[a] - processes[b]);
  return { ...result, samples: order.map((i) => result.samples[i]), processes: order.map((i) => processes[i]) };
}
function count(name, value) {
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${name}: expected a whole number of at least 1, found ${describe(value)}`);
  return value;
}
function positive(name, value) {
  if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) {
    throw new UsageError(`${name}: expected a positive number of milliseconds, found ${describe(value)}`);
  }
  return value;
}
function childEntry() {
  for (const bundled of ["./child.js", "../child.js"]) {
    const url = new URL(bundled, import.meta.url);
    if (existsSync(url)) return fileURLToPath(url);
  }
  return fileURLToPath(new URL("./child.ts", import.meta.url));
}
var strippingNodes = /* @__PURE__ */ new Map();
function sourceArgs(node, entry, env) {
  if (!entry.endsWith(".ts")) return [];
  let strips = strippingNodes.get(node);
  if (strips === void 0) {
    try {
      strips = execFileSync(node, ["-p", "Boolean(process.features.typescript)"], { encoding: "utf8", timeout: 1e4, env }).trim() === "true";
    } catch {
      strips = true;
    }
    strippingNodes.set(node, strips);
  }
  return ["--conditions=benchgate-source", ...strips ? [] : ["--import", import.meta.resolve("tsx")]];
}

export {
  VALGRIND_INSTALL,
  findValgrind,
  findExecutable,
  LOAD_LIMIT_MS,
  BATCH_INSTRUCTIONS,
  runMicroSuite,
  blame,
  crashMessage,
  duration,
  childEntry,
  sourceArgs
};
