import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  setOption
} from "./chunk-T3JLG3ZN.js";
import {
  MEASURES,
  RESULTS_FORMAT,
  RESULTS_VERSION
} from "./chunk-P4TMX5AB.js";
import {
  summarize
} from "./chunk-H7FUGREM.js";
import {
  InputError,
  describe
} from "./chunk-WQC4CHKN.js";

// src/results/validate-scenarios.ts
var LATENCY_FIELDS = ["min", "mean", "p50", "p90", "p95", "p99", "p999", "max"];
var WINDOW_PERCENTILES = ["p50", "p95", "p99"];
var SCENARIO_BLOCKS = ["capacity", "memory", "soak", "faults"];
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkScenarios(c, value) {
  if (!Array.isArray(value)) {
    c.fail("scenarios", "an array of scenarios", value);
    return void 0;
  }
  const seen = /* @__PURE__ */ new Map();
  const scenarios = [];
  value.forEach((item, i) => {
    const path = `scenarios[${i}]`;
    const scenario = checkScenario(c, item, path);
    if (scenario) {
      const first = seen.get(scenario.name);
      if (first !== void 0) {
        c.add({
          path: `${path}.name`,
          message: `expected a name not used before, found ${JSON.stringify(scenario.name)} again (first at scenarios[${first}])`
        });
      } else {
        seen.set(scenario.name, i);
      }
      scenarios.push(scenario);
    }
  });
  return scenarios;
}
function checkScenario(c, value, path) {
  if (!isObject(value)) {
    c.fail(path, "an object", value);
    return void 0;
  }
  const before = c.count;
  const name = c.string(value, "name", path, { nonEmpty: true });
  const group = c.string(value, "group", path, { optional: true });
  const executor = c.string(value, "executor", path, { nonEmpty: true });
  const model = value.model;
  if (model === void 0) c.add({ path: `${path}.model`, message: 'missing; expected "open" or "closed"' });
  else if (model !== "open" && model !== "closed") c.fail(`${path}.model`, '"open" or "closed"', model);
  const duration = c.number(value, "duration", path);
  const iterations = c.integer(value, "iterations", path);
  const throughput = c.number(value, "throughput", path);
  const latency = optionalLatency(c, value, "latency", path);
  const errors = checkErrors(c, value, path);
  const dropped = c.integer(value, "dropped", path);
  const schedulerLag = optionalLatency(c, value, "schedulerLag", path);
  const maxConcurrency = c.integer(value, "maxConcurrency", path, { optional: true });
  const thresholds = list(c, value, "thresholds", path, "thresholds", checkThreshold);
  const aborted = c.string(value, "aborted", path, { optional: true, nonEmpty: true });
  const error = c.string(value, "error", path, { optional: true, nonEmpty: true });
  const windows = list(c, value, "windows", path, "windows", checkWindow);
  const blocks = {};
  for (const key of SCENARIO_BLOCKS) {
    const block = value[key];
    if (block === void 0) continue;
    if (!isObject(block)) c.fail(`${path}.${key}`, "an object", block);
    else blocks[key] = structuredClone(block);
  }
  if (c.count > before || name === void 0 || executor === void 0 || duration === void 0 || iterations === void 0 || throughput === void 0 || errors === void 0 || dropped === void 0 || thresholds === void 0 || windows === void 0) {
    return void 0;
  }
  return {
    name,
    ...group !== void 0 ? { group } : {},
    executor,
    model,
    duration,
    iterations,
    throughput,
    ...latency ? { latency } : {},
    errors,
    dropped,
    ...schedulerLag ? { schedulerLag } : {},
    ...maxConcurrency !== void 0 ? { maxConcurrency } : {},
    thresholds,
    ...aborted !== void 0 ? { aborted } : {},
    ...error !== void 0 ? { error } : {},
    ...blocks,
    windows
  };
}
function optionalLatency(c, parent, key, path) {
  const value = parent[key];
  if (value === void 0) return void 0;
  const at = `${path}.${key}`;
  if (!isObject(value)) {
    c.fail(at, "an object", value);
    return void 0;
  }
  const before = c.count;
  const count = c.integer(value, "count", at);
  const fields = {};
  for (const field of LATENCY_FIELDS) fields[field] = c.number(value, field, at);
  if (c.count > before || count === void 0) return void 0;
  return { count, ...fields };
}
function checkErrors(c, parent, path) {
  const errors = c.object(parent, "errors", path);
  if (!errors) return void 0;
  const at = `${path}.errors`;
  const before = c.count;
  const count = c.integer(errors, "count", at);
  const rate = c.number(errors, "rate", at, { max: 1 });
  const kinds = c.object(errors, "byKind", at);
  const byKind = {};
  if (kinds) {
    for (const kind of Object.keys(kinds)) {
      const k = c.integer(kinds, kind, `${at}.byKind`);
      if (k !== void 0) byKind[kind] = k;
    }
  }
  if (c.count > before || count === void 0 || rate === void 0) return void 0;
  return { count, rate, byKind };
}
function list(c, parent, key, path, what, each) {
  const value = parent[key];
  const at = `${path}.${key}`;
  if (value === void 0) {
    c.add({ path: at, message: `missing; expected an array of ${what} (may be empty)` });
    return void 0;
  }
  if (!Array.isArray(value)) {
    c.fail(at, `an array of ${what}`, value);
    return void 0;
  }
  const items = [];
  value.forEach((item, i) => {
    const checked = each(c, item, `${at}[${i}]`);
    if (checked !== void 0) items.push(checked);
  });
  return items;
}
function checkThreshold(c, value, path) {
  if (!isObject(value)) {
    c.fail(path, "an object", value);
    return void 0;
  }
  const before = c.count;
  const metric = c.string(value, "metric", path, { nonEmpty: true });
  const expression = c.string(value, "expression", path, { nonEmpty: true });
  const observed = c.number(value, "observed", path, { optional: true, min: -Infinity });
  const passed = c.boolean(value, "passed", path);
  const abortOnFail = c.boolean(value, "abortOnFail", path, { optional: true });
  if (c.count > before || metric === void 0 || expression === void 0 || passed === void 0) return void 0;
  return {
    metric,
    expression,
    ...observed !== void 0 ? { observed } : {},
    passed,
    ...abortOnFail !== void 0 ? { abortOnFail } : {}
  };
}
function checkWindow(c, value, path) {
  if (!isObject(value)) {
    c.fail(path, "an object", value);
    return void 0;
  }
  const before = c.count;
  const start = c.number(value, "start", path);
  const duration = c.number(value, "duration", path);
  const iterations = c.integer(value, "iterations", path);
  const errors = c.integer(value, "errors", path);
  const dropped = c.integer(value, "dropped", path);
  const throughput = c.number(value, "throughput", path);
  const percentiles = {};
  for (const p of WINDOW_PERCENTILES) {
    const x = c.number(value, p, path, { optional: true });
    if (x !== void 0) percentiles[p] = x;
  }
  if (c.count > before || start === void 0 || duration === void 0 || iterations === void 0 || errors === void 0 || dropped === void 0 || throughput === void 0) {
    return void 0;
  }
  return { start, duration, iterations, errors, dropped, throughput, ...percentiles };
}

// src/results/validate.ts
var TIME_PATTERN = "^2\\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|[+-]([01]\\d|2[0-3]):?[0-5]\\d)$";
var timeRegExp = new RegExp(TIME_PATTERN);
var MAX_LISTED = 10;
var LIMITS = {
  benchmarks: 1e4,
  samples: 1e6,
  /** Characters of a suite, benchmark, group or unit name, a run id, a branch or a commit. */
  name: 1e3
};
var EARLIEST_TIME = Date.UTC(2e3, 0, 1);
var LATEST_AHEAD_MS = 24 * 60 * 60 * 1e3;
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function join(path, key) {
  if (typeof key === "number") return `${path}[${key}]`;
  return path === "" ? key : `${path}.${key}`;
}
var Checker = class {
  /** The first issues found, at most MAX_LISTED. */
  issues = [];
  /** How many issues were found in all. */
  count = 0;
  add(issue) {
    this.count += 1;
    if (this.issues.length < MAX_LISTED) this.issues.push(issue);
  }
  fail(path, expected, found) {
    this.add({ path, message: `expected ${expected}, found ${describe(found)}` });
  }
  object(parent, key, path) {
    const value = parent[key];
    const at = join(path, key);
    if (value === void 0) this.add({ path: at, message: "missing; expected an object" });
    else if (!isObject2(value)) this.fail(at, "an object", value);
    else return value;
    return void 0;
  }
  string(parent, key, path, options = {}) {
    const value = parent[key];
    const at = join(path, key);
    const expected = options.nonEmpty ? "a non-empty string" : "a string";
    if (value === void 0) {
      if (!options.optional) this.add({ path: at, message: `missing; expected ${expected}` });
    } else if (typeof value !== "string" || options.nonEmpty && value === "") {
      this.fail(at, expected, value);
    } else if (options.max !== void 0 && value.length > options.max) {
      this.add({ path: at, message: `expected at most ${options.max} characters, found ${value.length}` });
    } else {
      return value;
    }
    return void 0;
  }
  /** A finite number ≥ `min` (default 0). */
  number(parent, key, path, options = {}) {
    const value = parent[key];
    const at = join(path, key);
    const { min = 0, max = Infinity } = options;
    const expected = max === Infinity ? `a number \u2265 ${min}` : `a number from ${min} to ${max}`;
    if (value === void 0) {
      if (!options.optional) this.add({ path: at, message: `missing; expected ${expected}` });
    } else if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
      this.fail(at, expected, value);
    } else {
      return value;
    }
    return void 0;
  }
  boolean(parent, key, path, options = {}) {
    const value = parent[key];
    const at = join(path, key);
    if (value === void 0) {
      if (!options.optional) this.add({ path: at, message: "missing; expected true or false" });
    } else if (typeof value !== "boolean") {
      this.fail(at, "true or false", value);
    } else {
      return value;
    }
    return void 0;
  }
  integer(parent, key, path, options = {}) {
    const value = parent[key];
    const at = join(path, key);
    if (value === void 0) {
      if (!options.optional) this.add({ path: at, message: "missing; expected a whole number \u2265 0" });
    } else if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      this.fail(at, "a whole number \u2265 0", value);
    } else {
      return value;
    }
    return void 0;
  }
};
function foreignFormatHint(value) {
  if (Array.isArray(value)) {
    return ` \u2014 is this github-action-benchmark's custom JSON? ${setOption("tool", "customSmallerIsBetter")} (or customBiggerIsBetter)`;
  }
  if (isObject2(value)) {
    if (isObject2(value.machine_info) && Array.isArray(value.benchmarks)) return ` \u2014 is this pytest-benchmark JSON? ${setOption("tool", "pytest")}`;
    if (isObject2(value.context) && Array.isArray(value.benchmarks)) return ` \u2014 is this Google Benchmark JSON? ${setOption("tool", "googlecpp")}`;
  }
  return "";
}
function checkEnvironment(c, parent, path) {
  const env = c.object(parent, "env", path);
  if (!env) return void 0;
  const at = join(path, "env");
  const node = c.string(env, "node", at);
  const os = c.string(env, "os", at);
  const arch = c.string(env, "arch", at);
  const cpu = c.string(env, "cpu", at);
  const cores = c.integer(env, "cores", at);
  const runner = c.string(env, "runner", at, { optional: true });
  if (node === void 0 || os === void 0 || arch === void 0 || cpu === void 0 || cores === void 0) return void 0;
  return { node, os, arch, cpu, cores, ...runner !== void 0 ? { runner } : {} };
}
function checkShard(c, value, path) {
  const before = c.issues.length;
  const count = c.integer(value, "count", path);
  if (count === 0) c.fail(join(path, "count"), "a whole number \u2265 1", count);
  const index = c.integer(value, "index", path);
  if (index !== void 0 && count !== void 0 && (index < 1 || index > count)) c.fail(join(path, "index"), `a shard number from 1 to ${count}`, index);
  const plan = c.string(value, "plan", path, { nonEmpty: true });
  const timings = c.string(value, "timings", path, { optional: true, nonEmpty: true });
  const wallTime = c.number(value, "wallTime", path);
  if (c.issues.length > before || index === void 0 || count === void 0 || plan === void 0 || wallTime === void 0) return void 0;
  return { index, count, plan, ...timings !== void 0 ? { timings } : {}, wallTime };
}
function checkMergedShards(c, run) {
  const list2 = run.shards;
  if (!Array.isArray(list2)) {
    c.fail("run.shards", "an array of shards", list2);
    return void 0;
  }
  const shards = [];
  list2.forEach((item, i) => {
    const path = `run.shards[${i}]`;
    if (!isObject2(item)) return c.fail(path, "an object", item);
    const shard = checkShard(c, item, path);
    const id = c.string(item, "id", path, { nonEmpty: true });
    const time = c.string(item, "time", path);
    if (time !== void 0 && !timeRegExp.test(time)) c.fail(join(path, "time"), 'an ISO 8601 time with a time zone, like "2025-01-31T09:30:00Z"', time);
    const env = checkEnvironment(c, item, path);
    if (shard && id !== void 0 && time !== void 0 && env) shards.push({ ...shard, id, time, env });
  });
  return shards.length === list2.length ? shards : void 0;
}
function checkRunMeta(c, doc) {
  const run = c.object(doc, "run", "");
  if (!run) return void 0;
  const name = { nonEmpty: true, max: LIMITS.name };
  const id = c.string(run, "id", "run", name);
  const commit = c.string(run, "commit", "run", { ...name, optional: true });
  const branch = c.string(run, "branch", "run", { ...name, optional: true });
  const time = c.string(run, "time", "run");
  if (time !== void 0 && !isPlausibleTime(time)) {
    c.fail("run.time", 'an ISO 8601 time with a time zone, from 2000-01-01 to a day from now, like "2025-01-31T09:30:00Z"', time);
  }
  const tool = c.string(run, "tool", "run", { nonEmpty: true });
  const measure = run.measure;
  if (measure !== void 0 && !MEASURES.includes(measure)) c.fail("run.measure", MEASURES.map((m) => `"${m}"`).join(" or "), measure);
  const env = checkEnvironment(c, run, "run");
  let shard;
  if (run.shard !== void 0) {
    if (isObject2(run.shard)) shard = checkShard(c, run.shard, "run.shard");
    else c.fail("run.shard", "an object", run.shard);
  }
  const shards = run.shards === void 0 ? void 0 : checkMergedShards(c, run);
  const pairedWith = c.string(run, "pairedWith", "run", { ...name, optional: true });
  if (id === void 0 || time === void 0 || tool === void 0 || env === void 0) return void 0;
  return {
    id,
    ...commit !== void 0 ? { commit } : {},
    ...branch !== void 0 ? { branch } : {},
    time,
    tool,
    ...measure !== void 0 && MEASURES.includes(measure) ? { measure } : {},
    env,
    ...shard ? { shard } : {},
    ...shards ? { shards } : {},
    ...pairedWith !== void 0 ? { pairedWith } : {}
  };
}
function isPlausibleTime(time) {
  if (!timeRegExp.test(time)) return false;
  const ms = Date.parse(time);
  return ms >= EARLIEST_TIME && ms <= Date.now() + LATEST_AHEAD_MS;
}
var ZERO_ALLOWED_UNIT_PATTERN = "^(%|(?!(ns|us|\xB5s|\u03BCs|ms|s|sec)/op$)[^/\\s]+/op)$";
var zeroAllowedRegExp = new RegExp(ZERO_ALLOWED_UNIT_PATTERN);
function zeroAllowed(unit) {
  return zeroAllowedRegExp.test(unit);
}
var SUMMARY_FIELDS = ["n", "median", "mean", "min", "max", "stddev", "cv"];
function checkBenchmark(c, value, path) {
  if (!isObject2(value)) {
    c.fail(path, "an object", value);
    return void 0;
  }
  const before = c.count;
  const name = c.string(value, "name", path, { nonEmpty: true, max: LIMITS.name });
  const unit = c.string(value, "unit", path, { nonEmpty: true, max: LIMITS.name });
  const direction = value.direction;
  if (direction === void 0) c.add({ path: join(path, "direction"), message: 'missing; expected "smaller" or "bigger"' });
  else if (direction !== "smaller" && direction !== "bigger") c.fail(join(path, "direction"), '"smaller" or "bigger"', direction);
  const error = c.string(value, "error", path, { optional: true, nonEmpty: true });
  const group = c.string(value, "group", path, { optional: true, max: LIMITS.name });
  const wallTime = c.number(value, "wallTime", path, { optional: true });
  const shard = c.integer(value, "shard", path, { optional: true });
  if (shard === 0) c.fail(join(path, "shard"), "a shard number \u2265 1", shard);
  const samples = value.samples;
  const samplesPath = join(path, "samples");
  const zeroOk = unit !== void 0 && zeroAllowed(unit);
  if (samples === void 0) {
    c.add({ path: samplesPath, message: "missing; expected an array of numbers" });
  } else if (!Array.isArray(samples)) {
    c.fail(samplesPath, "an array of numbers", samples);
  } else if (samples.length > LIMITS.samples) {
    c.add({ path: samplesPath, message: `expected at most ${LIMITS.samples} samples, found ${samples.length}` });
  } else {
    samples.forEach((sample, i) => {
      if (typeof sample !== "number" || !Number.isFinite(sample) || sample < 0 || sample === 0 && !zeroOk) {
        c.fail(join(samplesPath, i), zeroOk ? "a finite number \u2265 0" : "a finite positive number", sample);
      }
    });
    if (samples.length === 0 && error === void 0 && value.error === void 0) {
      c.add({ path: samplesPath, message: 'expected at least one sample (or an "error" saying why there are none), found an empty array' });
    }
  }
  const processes = value.processes;
  const processesPath = join(path, "processes");
  if (processes !== void 0) {
    if (!Array.isArray(processes)) {
      c.fail(processesPath, "an array of process numbers", processes);
    } else {
      processes.forEach((p, i) => {
        if (typeof p !== "number" || !Number.isInteger(p) || p < 0) c.fail(join(processesPath, i), "a whole number \u2265 0", p);
      });
      if (Array.isArray(samples) && processes.length !== samples.length) {
        c.add({
          path: processesPath,
          message: `expected one process number per sample (${samples.length}), found ${processes.length}`
        });
      }
    }
  }
  const summary = value.summary;
  if (summary !== void 0) {
    if (!isObject2(summary)) {
      c.fail(join(path, "summary"), "an object", summary);
    } else {
      for (const field of SUMMARY_FIELDS) {
        const x = summary[field];
        if (x === void 0) continue;
        const ok = field === "n" ? typeof x === "number" && Number.isInteger(x) && x >= 0 : typeof x === "number";
        if (!ok) c.fail(join(join(path, "summary"), field), field === "n" ? "a whole number \u2265 0" : "a number", x);
      }
    }
  }
  if (c.count > before || name === void 0 || unit === void 0) return void 0;
  const copy = [...samples];
  return {
    name,
    unit,
    direction,
    ...group !== void 0 ? { group } : {},
    ...error !== void 0 ? { error } : {},
    ...wallTime !== void 0 ? { wallTime } : {},
    ...shard !== void 0 ? { shard } : {},
    ...copy.length > 0 ? { summary: summarize(copy) } : {},
    samples: copy,
    ...processes !== void 0 ? { processes: [...processes] } : {}
  };
}
function check(value) {
  const c = new Checker();
  if (!isObject2(value) || value.format !== RESULTS_FORMAT) {
    const found = isObject2(value) ? value.format : value;
    const message = `expected "${RESULTS_FORMAT}", found ${found === void 0 ? "no format field" : describe(found)}${foreignFormatHint(value)}`;
    return { issues: [{ path: "format", message }], count: 1 };
  }
  const version = value.version;
  if (typeof version === "number" && Number.isInteger(version) && version > RESULTS_VERSION) {
    return {
      issues: [{ path: "version", message: `written by a newer benchgate (version ${version}); this one reads version ${RESULTS_VERSION}` }],
      count: 1
    };
  }
  if (version !== RESULTS_VERSION) c.fail("version", String(RESULTS_VERSION), version);
  const suite = c.string(value, "suite", "", { nonEmpty: true, max: LIMITS.name });
  const run = checkRunMeta(c, value);
  const benchmarks = [];
  const list2 = value.benchmarks;
  if (list2 === void 0) c.add({ path: "benchmarks", message: "missing; expected an array of benchmarks" });
  else if (!Array.isArray(list2)) c.fail("benchmarks", "an array of benchmarks", list2);
  else if (list2.length > LIMITS.benchmarks) c.add({ path: "benchmarks", message: `expected at most ${LIMITS.benchmarks} benchmarks, found ${list2.length}` });
  else {
    const seen = /* @__PURE__ */ new Map();
    list2.forEach((item, i) => {
      const benchmark = checkBenchmark(c, item, `benchmarks[${i}]`);
      const name = isObject2(item) && typeof item.name === "string" ? item.name : void 0;
      if (name !== void 0) {
        const first = seen.get(name);
        if (first !== void 0) {
          c.add({
            path: `benchmarks[${i}].name`,
            message: `expected a name not used before, found ${describe(name)} again (first at benchmarks[${first}])`
          });
        } else {
          seen.set(name, i);
        }
      }
      if (benchmark) benchmarks.push(benchmark);
    });
  }
  let scenarios;
  if (value.scenarios !== void 0) scenarios = checkScenarios(c, value.scenarios);
  if (c.count > 0 || suite === void 0 || run === void 0) return { issues: c.issues, count: c.count };
  return {
    issues: [],
    count: 0,
    run: { format: RESULTS_FORMAT, version: RESULTS_VERSION, suite, run, benchmarks, ...scenarios ? { scenarios } : {} }
  };
}
function formatIssues(issues, count = issues.length) {
  const lines = issues.slice(0, MAX_LISTED).map((issue) => issue.path === "" ? issue.message : `${issue.path}: ${issue.message}`);
  const listed = lines.length;
  if (count > listed) lines.push(`(and ${count - listed} more problems)`);
  return lines.join("\n  ");
}
function validateResults(value, source) {
  const { issues, count, run } = check(value);
  if (!run) throw new InputError(source, formatIssues(issues, count));
  return run;
}

export {
  zeroAllowed,
  validateResults
};
