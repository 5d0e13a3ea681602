import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  discoverScenarioFiles
} from "./chunk-F5CW32DU.js";
import {
  describeCrash,
  runChild
} from "./chunk-F6PKTPLN.js";
import {
  relativeTo
} from "./chunk-55BDL67P.js";
import {
  failedScenario,
  scenarioBenchmarks,
  toScenarioResult
} from "./chunk-DSU2E6XX.js";
import {
  formatDuration
} from "./chunk-UAHUT6WC.js";
import {
  UsageError,
  describe
} from "./chunk-WQC4CHKN.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/load/spawn.ts
function runLoadChild(run) {
  return runChild({ ...run, kind: "scenario" });
}

// src/load/runner.ts
var { execFileSync } = __require("node:child_process");
var { existsSync } = __require("node:fs");
var { fileURLToPath } = __require("node:url");
var LOAD_LIMIT_MS = 3e4;
var HOOK_LIMIT_MS = 12e4;
async function runLoadSuite(options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const timeoutMs = options.timeoutMs ?? 3e4;
  if (!(timeoutMs > 0)) throw new UsageError(`timeoutMs: expected a positive number of milliseconds, found ${describe(timeoutMs)}`);
  const files = options.files ?? discoverScenarioFiles(options.dir ?? "benchmarks", cwd);
  const node = options.node ?? "node";
  const entry = childEntry();
  const nodeArgs = ["--expose-gc", ...sourceArgs(node, entry, options.env)];
  const emit = options.onEvent ?? (() => {
  });
  const scenarios = [];
  const benchmarks = [];
  const owners = /* @__PURE__ */ new Map();
  let env;
  for (const [index, path] of files.entries()) {
    options.signal?.throwIfAborted();
    const group = relativeTo(cwd, path);
    const where = { file: group, process: 0, processes: 1 };
    const progress = { done: index, total: files.length };
    emit({ type: "file-start", ...where, ...progress });
    let registered;
    let loadError;
    let current;
    let silenceMs = timeoutMs;
    let windows = 0;
    const ended = /* @__PURE__ */ new Set();
    const keep = (result, figures) => {
      const owner = owners.get(result.name);
      if (owner !== void 0) {
        const error = `the name is used in both ${owner} and ${group}; scenario names must be unique within a run`;
        emit({ type: "error", ...where, benchmark: result.name, message: error });
        return;
      }
      owners.set(result.name, group);
      scenarios.push({ ...result, group });
      benchmarks.push(...figures.map((b) => ({ ...b, group })));
      if (result.error) emit({ type: "error", ...where, benchmark: result.name, message: result.error });
    };
    const onMessage = (message) => {
      switch (message.type) {
        case "env":
          env ??= message.env;
          return;
        case "registered":
          registered = message.scenarios;
          if (message.total === 0) loadError = "declares no scenarios: call scenario(name, options, fn) from 'benchgate' at the top level of the file";
          return;
        case "load-error":
          loadError = `could not be loaded: ${message.message}`;
          return;
        case "setup":
          current = message.scenario;
          windows = 0;
          return;
        case "start":
          current = message.scenario;
          silenceMs = Math.max(timeoutMs, message.silenceMs);
          return;
        case "window": {
          windows++;
          const rounds = message.expectedMs !== void 0 ? Math.max(windows, Math.ceil(message.expectedMs / message.window.duration || 1)) : windows;
          const label = `${message.scenario} \xB7 ${formatDuration(message.elapsed)}${message.expectedMs !== void 0 ? ` of ${formatDuration(message.expectedMs)}` : ""} \xB7 ${message.iterations} iterations`;
          emit({ type: "round", ...where, ...progress, benchmark: label, round: windows, rounds });
          return;
        }
        case "teardown":
          return;
        case "end":
          ended.add(message.scenario);
          current = void 0;
          keep(message.result, message.benchmarks);
          return;
        case "done":
          return;
      }
    };
    const config = {
      file: path,
      ...options.filter ? { filter: { source: options.filter.source, flags: options.filter.flags } } : {}
    };
    const exit = await runLoadChild({
      node,
      nodeArgs,
      entry,
      config,
      cwd,
      ...options.env ? { env: options.env } : {},
      limitAfter: (last) => limitAfter(last, timeoutMs, silenceMs),
      onMessage,
      ...options.signal ? { signal: options.signal } : {}
    });
    if (exit.kind === "aborted") throw options.signal?.reason ?? new Error("the run was aborted");
    if (exit.kind !== "done" && registered === void 0) {
      loadError ??= exit.kind === "timeout" ? `timed out after ${formatDuration(exit.limitMs)} while loading` : crashMessage(exit);
    }
    if (loadError !== void 0) {
      benchmarks.push({ name: group, unit: "ms", direction: "smaller", group, error: loadError, samples: [] });
      emit({ type: "error", ...where, benchmark: group, message: loadError });
    } else if (exit.kind !== "done") {
      const why = exit.kind === "timeout" ? `the scenario process stopped responding for ${formatDuration(exit.limitMs)}` : crashMessage(exit);
      for (const name of registered ?? []) {
        if (ended.has(name)) continue;
        const error = name === current ? why : `not run: ${current !== void 0 ? `"${current}" ended its process` : "its process ended"} before it (${why})`;
        const failed = failedScenario(name, "unknown", "closed", error);
        keep(toScenarioResult(failed), scenarioBenchmarks(failed));
      }
    }
    emit({ type: "file-end", ...where, done: index + 1, total: files.length });
  }
  return { scenarios, benchmarks, ...env ? { env } : {} };
}
function limitAfter(last, timeoutMs, silenceMs) {
  switch (last?.type) {
    case void 0:
    case "env":
      return Math.max(LOAD_LIMIT_MS, timeoutMs);
    case "registered":
    case "setup":
    case "teardown":
    case "end":
      return Math.max(HOOK_LIMIT_MS, timeoutMs);
    case "start":
    case "window":
      return silenceMs;
    default:
      return timeoutMs;
  }
}
function crashMessage(exit) {
  return describeCrash("scenario", exit, doing(exit.last));
}
function doing(last) {
  switch (last?.type) {
    case void 0:
    case "env":
      return "while loading the file";
    case "setup":
      return `during setup of "${last.scenario}"`;
    case "start":
    case "window":
      return `while "${last.scenario}" ran`;
    case "teardown":
      return `during teardown of "${last.scenario}"`;
    default:
      return "before finishing";
  }
}
function childEntry() {
  for (const bundled of ["./load-child.js", "../load-child.js"]) {
    const url = new URL(bundled, import.meta.url);
    if (existsSync(url)) return fileURLToPath(url);
  }
  return fileURLToPath(new URL("./child.ts", import.meta.url));
}
var strippingNodes = /* @__PURE__ */ new Map();
function sourceArgs(node, entry, env) {
  if (!entry.endsWith(".ts")) return [];
  const key = `${node}\0${(env ?? process.env).PATH ?? ""}`;
  let strips = strippingNodes.get(key);
  if (strips === void 0) {
    try {
      strips = execFileSync(node, ["-p", "Boolean(process.features.typescript)"], { encoding: "utf8", timeout: 1e4, env }).trim() === "true";
    } catch {
      strips = true;
    }
    strippingNodes.set(key, strips);
  }
  return ["--conditions=benchgate-source", ...strips ? [] : ["--import", import.meta.resolve("tsx")]];
}
export {
  runLoadSuite
};
