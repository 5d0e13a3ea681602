import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-WBV3OXIH.js";
import {
  InputError,
  UsageError,
  describe
} from "./chunk-A3TNSP7U.js";

// src/store/history-index.ts
import { mkdir, readFile, readdir, rm } from "node:fs/promises";
import { join } from "node:path";

// src/results/summary.ts
function summarize(samples) {
  const n = samples.length;
  if (n === 0) throw new RangeError("summarize: no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  let sum = 0;
  for (const x of sorted) sum += x;
  const mean = sum / n;
  let squares = 0;
  for (const x of sorted) squares += (x - mean) ** 2;
  const stddev = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return {
    n,
    median,
    mean,
    min: sorted[0],
    max: sorted[n - 1],
    stddev,
    cv: mean !== 0 ? stddev / Math.abs(mean) : 0
  };
}

// src/store/history-index.ts
var HISTORY_INDEX_FORMAT = "benchgate/history-index";
var HISTORY_SHARD_FORMAT = "benchgate/history-shard";
var HISTORY_VERSION = 1;
function monthOf(time) {
  const ms = Date.parse(time);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 time: ${describe(time)}`);
  return new Date(ms).toISOString().slice(0, 7);
}
function historyFolder(suiteFolder2) {
  return `${suiteFolder2}/history`;
}
function appendToShard(shard, run) {
  return appendAllToShard(shard, [run]);
}
function appendAllToShard(shard, runs) {
  const first = runs[0];
  if (first === void 0) {
    if (shard === void 0) throw new RangeError("appendAllToShard: no shard and no runs");
    return shard;
  }
  const month = monthOf(first.run.time);
  const base = shard ?? {
    format: HISTORY_SHARD_FORMAT,
    version: HISTORY_VERSION,
    suite: first.suite,
    month,
    benchmarks: [],
    runs: []
  };
  const benchmarks = [...base.benchmarks];
  const entries = new Map(base.runs.map((r) => [r.id, r]));
  for (const run of runs) {
    if (monthOf(run.run.time) !== base.month) throw new RangeError(`run ${run.run.id} is not of month ${base.month}`);
    const entry = historyEntry(run, benchmarks);
    entries.delete(entry.id);
    entries.set(entry.id, entry);
  }
  const sorted = [...entries.values()].sort((a, b) => a.time === b.time ? compareText(a.id, b.id) : compareText(a.time, b.time));
  return { ...base, benchmarks, runs: sorted };
}
function historyEntry(run, benchmarks) {
  const stats = [];
  const failed = [];
  for (const benchmark of run.benchmarks) {
    let column2 = benchmarks.findIndex((c) => sameColumn(c, benchmark));
    if (column2 === -1) {
      column2 = benchmarks.length;
      benchmarks.push({
        name: benchmark.name,
        unit: benchmark.unit,
        direction: benchmark.direction,
        ...benchmark.group !== void 0 ? { group: benchmark.group } : {}
      });
    }
    while (stats.length < column2) stats.push(null);
    if (benchmark.error !== void 0 || benchmark.samples.length === 0) {
      stats[column2] = null;
      failed.push(column2);
      continue;
    }
    const summary = summarize(benchmark.samples);
    stats[column2] = [significant(summary.median, 6), summary.n, significant(summary.cv, 3)];
  }
  while (stats.length > 0 && stats[stats.length - 1] === null) stats.pop();
  return {
    id: run.run.id,
    ...run.run.commit !== void 0 ? { commit: run.run.commit } : {},
    branch: run.run.branch ?? "",
    time: new Date(Date.parse(run.run.time)).toISOString(),
    stats,
    ...failed.length > 0 ? { failed: failed.sort((a, b) => a - b) } : {}
  };
}
function updateIndex(index, shard) {
  const base = index ?? {
    format: HISTORY_INDEX_FORMAT,
    version: HISTORY_VERSION,
    suite: shard.suite,
    shards: [],
    benchmarks: []
  };
  const times = shard.runs.map((r) => r.time).sort(compareText);
  const entry = {
    month: shard.month,
    file: `${shard.month}.json`,
    runs: shard.runs.length,
    from: times[0] ?? "",
    to: times[times.length - 1] ?? "",
    branches: [...new Set(shard.runs.map((r) => r.branch))].sort(compareText)
  };
  const shards = base.shards.filter((s) => s.month !== shard.month);
  shards.push(entry);
  shards.sort((a, b) => compareText(a.month, b.month));
  const seen = /* @__PURE__ */ new Set();
  for (const run of shard.runs) run.stats.forEach((s, i) => s !== null && seen.add(i));
  for (const run of shard.runs) run.failed?.forEach((i) => seen.add(i));
  const benchmarks = base.benchmarks.map((b) => ({ ...b }));
  for (const column2 of [...seen].map((i) => shard.benchmarks[i]).filter((c) => c !== void 0)) {
    const known = benchmarks.find((b) => sameColumn(b, column2));
    if (known === void 0) {
      benchmarks.push({ ...column2, first: shard.month, last: shard.month });
    } else {
      if (shard.month < known.first) known.first = shard.month;
      if (shard.month > known.last) known.last = shard.month;
    }
  }
  benchmarks.sort((a, b) => compareText(a.name, b.name) || compareText(a.unit, b.unit) || compareText(a.direction, b.direction));
  return { ...base, shards, benchmarks };
}
function pruneIndex(index, retainMonths) {
  const newest = index.shards[index.shards.length - 1];
  if (newest === void 0 || !Number.isInteger(retainMonths) || retainMonths < 1) return { index, dropped: [] };
  const oldestKept = addMonths(newest.month, -(retainMonths - 1));
  const dropped = index.shards.filter((s) => s.month < oldestKept).map((s) => s.month);
  if (dropped.length === 0) return { index, dropped };
  const shards = index.shards.filter((s) => s.month >= oldestKept);
  const benchmarks = index.benchmarks.filter((b) => b.last >= oldestKept).map((b) => b.first < oldestKept ? { ...b, first: oldestKept } : b);
  return { index: { ...index, shards, benchmarks }, dropped };
}
async function appendRunsToHistory(root, suiteFolder2, runs, options = {}) {
  const folder = historyFolder(suiteFolder2);
  const display = options.displayPath ?? ((p) => join(root, p));
  const indexPath = `${folder}/index.json`;
  let index = await readJson(root, indexPath, (text) => parseHistoryIndex(text, display(indexPath)));
  const byMonth = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const month = monthOf(run.run.time);
    byMonth.set(month, [...byMonth.get(month) ?? [], run]);
  }
  const shards = /* @__PURE__ */ new Map();
  for (const [month, monthRuns] of byMonth) {
    const shardPath = `${folder}/${month}.json`;
    const shard = await readJson(root, shardPath, (text) => parseHistoryShard(text, display(shardPath)));
    if (shard !== void 0 && shard.month !== month) {
      throw new InputError(display(shardPath), `expected "month" to be "${month}" (from the file name), found ${describe(shard.month)}`);
    }
    const next = appendAllToShard(shard, monthRuns);
    shards.set(month, next);
    index = updateIndex(index, next);
  }
  if (index === void 0) return { written: [], removed: [] };
  let dropped = [];
  if (options.retainMonths !== void 0) ({ index, dropped } = pruneIndex(index, options.retainMonths));
  const written = [];
  const removed = [];
  for (const [month, shard] of shards) {
    if (dropped.includes(month)) continue;
    await writeJson(root, `${folder}/${month}.json`, shard);
    written.push(`${folder}/${month}.json`);
  }
  await writeJson(root, indexPath, index);
  written.push(indexPath);
  for (const old of dropped) {
    await rm(join(root, `${folder}/${old}.json`), { force: true });
    removed.push(`${folder}/${old}.json`);
  }
  return { written, removed };
}
function readHistoryIndex(root, suiteFolder2) {
  const path = `${historyFolder(suiteFolder2)}/index.json`;
  return readJson(root, path, (text) => parseHistoryIndex(text, join(root, path)));
}
function readHistoryShard(root, suiteFolder2, month) {
  const path = `${historyFolder(suiteFolder2)}/${month}.json`;
  return readJson(root, path, (text) => parseHistoryShard(text, join(root, path)));
}
async function readSuiteHistory(root, suiteFolder2, options = {}) {
  const index = await readHistoryIndex(root, suiteFolder2);
  if (index === void 0) return void 0;
  const shards = [];
  for (const entry of index.shards) {
    if (options.branch !== void 0 && !entry.branches.includes(options.branch)) continue;
    const shard = await readHistoryShard(root, suiteFolder2, entry.month);
    if (shard === void 0) {
      throw new InputError(join(root, historyFolder(suiteFolder2), entry.file), `listed in ${join(root, historyFolder(suiteFolder2), "index.json")} but missing`);
    }
    shards.push(shard);
  }
  return { index, shards };
}
async function listHistorySuites(root) {
  let names;
  try {
    names = await readdir(root);
  } catch (err) {
    if (err.code === "ENOENT") return [];
    throw err;
  }
  const found = [];
  for (const folder of names.sort()) {
    if (folder.startsWith(".")) continue;
    const index = await readHistoryIndex(root, folder).catch((err) => {
      if (err.code === "ENOTDIR") return void 0;
      throw err;
    });
    if (index !== void 0) found.push({ suite: index.suite, folder });
  }
  return found.sort((a, b) => compareText(a.suite, b.suite));
}
function parseHistoryIndex(text, file) {
  const data = parseJsonObject(text, file);
  checkHeader(data, HISTORY_INDEX_FORMAT, file);
  const shards = arrayField(data, "shards", file).map((s, i) => {
    const where = `shards[${i}]`;
    const o = objectAt(s, where, file);
    return {
      month: monthField(o, "month", where, file),
      file: stringField(o, "file", where, file),
      runs: countField(o, "runs", where, file),
      from: stringField(o, "from", where, file),
      to: stringField(o, "to", where, file),
      branches: stringArrayField(o, "branches", where, file)
    };
  });
  const benchmarks = arrayField(data, "benchmarks", file).map((b, i) => {
    const where = `benchmarks[${i}]`;
    const o = objectAt(b, where, file);
    return { ...column(o, where, file), first: monthField(o, "first", where, file), last: monthField(o, "last", where, file) };
  });
  return { format: HISTORY_INDEX_FORMAT, version: HISTORY_VERSION, suite: stringField(data, "suite", "", file), shards, benchmarks };
}
function parseHistoryShard(text, file) {
  const data = parseJsonObject(text, file);
  checkHeader(data, HISTORY_SHARD_FORMAT, file);
  const benchmarks = arrayField(data, "benchmarks", file).map((b, i) => column(objectAt(b, `benchmarks[${i}]`, file), `benchmarks[${i}]`, file));
  const runs = arrayField(data, "runs", file).map((r, i) => {
    const where = `runs[${i}]`;
    const o = objectAt(r, where, file);
    const stats = arrayField(o, "stats", file, where).map((s, j) => stat(s, where, j, file));
    if (stats.length > benchmarks.length) {
      throw new InputError(file, `expected ${where}.stats to have at most ${benchmarks.length} entries (one per benchmark), found ${stats.length}`);
    }
    const run = {
      id: stringField(o, "id", where, file),
      branch: stringField(o, "branch", where, file),
      time: stringField(o, "time", where, file),
      stats
    };
    if (o["commit"] !== void 0) run.commit = stringField(o, "commit", where, file);
    if (o["failed"] !== void 0)
      run.failed = arrayField(o, "failed", file, where).map((n, j) => indexAt(n, benchmarks.length, `${where}.failed[${j}]`, file));
    return run;
  });
  return {
    format: HISTORY_SHARD_FORMAT,
    version: HISTORY_VERSION,
    suite: stringField(data, "suite", "", file),
    month: monthField(data, "month", "", file),
    benchmarks,
    runs
  };
}
function sameColumn(a, b) {
  return a.name === b.name && a.unit === b.unit && a.direction === b.direction;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function significant(value, digits) {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(digits));
}
function addMonths(month, delta) {
  const [year, mon] = month.split("-").map(Number);
  const total = year * 12 + (mon - 1) + delta;
  return `${String(Math.floor(total / 12)).padStart(4, "0")}-${String(total % 12 + 1).padStart(2, "0")}`;
}
async function readJson(root, path, parse) {
  let text;
  try {
    text = await readFile(join(root, path), "utf8");
  } catch (err) {
    if (err.code === "ENOENT") return void 0;
    throw err;
  }
  return parse(text);
}
async function writeJson(root, path, value) {
  const target = join(root, path);
  await mkdir(join(target, ".."), { recursive: true });
  await writeFileAtomic(target, `${JSON.stringify(value)}
`);
}
function parseJsonObject(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `expected JSON, found text that does not parse (${err.message})`, { cause: err });
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) throw new InputError(file, `expected a JSON object, found ${describe(data)}`);
  return data;
}
function checkHeader(data, format, file) {
  if (data["format"] !== format) throw new InputError(file, `expected "format" to be "${format}", found ${describe(data["format"])}`);
  if (data["version"] !== HISTORY_VERSION) {
    throw new InputError(file, `expected "version" ${HISTORY_VERSION} (the history version this benchgate reads), found ${describe(data["version"])}`);
  }
}
function label(where, key) {
  return where === "" ? `"${key}"` : `${where}.${key}`;
}
function objectAt(value, where, file) {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new InputError(file, `expected ${where} to be an object, found ${describe(value)}`);
  return value;
}
function arrayField(o, key, file, where = "") {
  const value = o[key];
  if (!Array.isArray(value)) throw new InputError(file, `expected ${label(where, key)} to be an array, found ${describe(value)}`);
  return value;
}
function stringField(o, key, where, file) {
  const value = o[key];
  if (typeof value !== "string") throw new InputError(file, `expected ${label(where, key)} to be a string, found ${describe(value)}`);
  return value;
}
function stringArrayField(o, key, where, file) {
  return arrayField(o, key, file, where).map((v, i) => {
    if (typeof v !== "string") throw new InputError(file, `expected ${label(where, key)}[${i}] to be a string, found ${describe(v)}`);
    return v;
  });
}
function monthField(o, key, where, file) {
  const value = stringField(o, key, where, file);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value))
    throw new InputError(file, `expected ${label(where, key)} to be a month like "2025-06", found ${describe(value)}`);
  return value;
}
function countField(o, key, where, file) {
  const value = o[key];
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new InputError(file, `expected ${label(where, key)} to be a whole number of 0 or more, found ${describe(value)}`);
  }
  return value;
}
function column(o, where, file) {
  const direction = o["direction"];
  if (direction !== "smaller" && direction !== "bigger") {
    throw new InputError(file, `expected ${where}.direction to be "smaller" or "bigger", found ${describe(direction)}`);
  }
  const group = o["group"] === void 0 ? {} : { group: stringField(o, "group", where, file) };
  return { name: stringField(o, "name", where, file), unit: stringField(o, "unit", where, file), direction, ...group };
}
function stat(value, run, column2, file) {
  if (value === null) return null;
  if (Array.isArray(value) && value.length === 3 && Number.isFinite(value[0]) && Number.isFinite(value[1]) && Number.isFinite(value[2])) {
    return value;
  }
  throw new InputError(file, `expected ${run}.stats[${column2}] to be null or [median, n, cv] (three finite numbers), found ${describe(value)}`);
}
function indexAt(value, length, where, file) {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value >= length) {
    throw new InputError(file, `expected ${where} to be a benchmark position from 0 to ${length - 1}, found ${describe(value)}`);
  }
  return value;
}

// src/results/io.ts
import { open, stat as stat2 } from "node:fs/promises";

// src/config/naming.ts
var style = "flag";
function nameOptionsAs(next) {
  style = next;
}
function optionName(option) {
  return style === "flag" ? `--${option}` : `input '${option}'`;
}
function optionValue(option, value) {
  return style === "flag" ? `--${option} ${value}` : `${option}: ${value}`;
}
function setOption(option, value) {
  return style === "flag" ? `pass --${option} ${value}` : `set ${optionName(option)} to ${value}`;
}

// src/config/tools.ts
var TOOL_FORMATS = [
  "benchgate",
  "auto",
  "cargo",
  "go",
  "benchmarkjs",
  "benchmarkluau",
  "pytest",
  "googlecpp",
  "catch2",
  "julia",
  "jmh",
  "benchmarkdotnet",
  "customSmallerIsBetter",
  "customBiggerIsBetter",
  "criterion",
  "hyperfine",
  "vitest",
  "k6",
  "k6-summary",
  "autocannon",
  "artillery"
];
var TOOL_DESCRIPTIONS = {
  benchgate: "benchgate's own results JSON",
  auto: "recognise the format from the content",
  cargo: "Rust `cargo bench` output (libtest, or Criterion with --output-format bencher)",
  go: "`go test -bench` output",
  benchmarkjs: "Benchmark.js console output",
  benchmarkluau: "Luau benchmark output",
  pytest: "pytest-benchmark --benchmark-json",
  googlecpp: "Google Benchmark --benchmark_format=json",
  catch2: "Catch2 v2 or v3 benchmark console output",
  julia: "Julia BenchmarkTools JSON (BenchmarkTools.save)",
  jmh: "JMH -rf json",
  benchmarkdotnet: "BenchmarkDotNet full JSON export",
  customSmallerIsBetter: "github-action-benchmark's custom JSON, smaller is better",
  customBiggerIsBetter: "github-action-benchmark's custom JSON, bigger is better",
  criterion: "Criterion.rs's target/criterion folder (sample.json per benchmark)",
  hyperfine: "hyperfine --export-json",
  vitest: "vitest bench --outputJson",
  k6: "k6 --summary-export JSON",
  "k6-summary": "k6 handleSummary() JSON",
  autocannon: "autocannon --json",
  artillery: "Artillery 2 JSON report"
};

// src/results/import/environment.ts
import { arch, cpus, hostname, platform, release } from "node:os";
function currentEnvironment(env = process.env) {
  const processors = cpus();
  const runner = env.RUNNER_NAME || hostname();
  return {
    node: process.version,
    os: `${platform()} ${release()}`,
    arch: arch(),
    cpu: processors[0]?.model.trim() ?? "unknown",
    cores: processors.length,
    ...runner ? { runner } : {}
  };
}

// src/results/import/json.ts
function parseJson(text, source) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  if (body.trim() === "") throw new InputError(source, "the file is empty; expected JSON");
  try {
    return JSON.parse(body);
  } catch (err) {
    const { offset, problem } = locateSyntaxError(body);
    const { line, column: column2 } = lineAndColumn(body, offset);
    throw new InputError(source, `line ${line}, column ${column2}: not valid JSON: ${problem}`, { cause: err });
  }
}
function lineAndColumn(text, offset) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
var JsonSyntaxError = class extends Error {
  offset;
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
};
function locateSyntaxError(text) {
  let i = 0;
  const found = () => i >= text.length ? "the end of the file" : JSON.stringify(text[i]);
  const fail = (expected) => {
    throw new JsonSyntaxError(i, `expected ${expected}, found ${found()}`);
  };
  const space = () => {
    while (i < text.length && " 	\n\r".includes(text[i])) i++;
  };
  const literal = (word) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail("a value");
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const code = text.charCodeAt(i);
      if (code < 32) fail("a closing quote before the end of the line");
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail("four hex digits after \\u");
          i += 5;
        } else if (i < text.length && '"\\/bfnrt'.includes(text[i])) i++;
        else fail('an escape such as \\n or \\"');
      } else i++;
    }
    if (i >= text.length) fail("a closing quote");
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === "" || match[0] === "-") fail("a value");
    i += match[0].length;
  };
  const value = () => {
    space();
    const c = text[i];
    if (c === "{") {
      i++;
      space();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (; ; ) {
        space();
        if (text[i] !== '"') fail("a property name in double quotes");
        string();
        space();
        if (text[i] !== ":") fail('":" after the property name');
        i++;
        value();
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail('"," or "}"');
      }
    } else if (c === "[") {
      i++;
      space();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (; ; ) {
        value();
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail('"," or "]"');
      }
    } else if (c === '"') string();
    else if (c === "t") literal("true");
    else if (c === "f") literal("false");
    else if (c === "n") literal("null");
    else if (c === "-" || c !== void 0 && c >= "0" && c <= "9") number();
    else fail("a value");
  };
  try {
    value();
    space();
    if (i < text.length) fail("the end of the file");
  } catch (err) {
    if (err instanceof JsonSyntaxError) return { offset: err.offset, problem: err.message };
    throw err;
  }
  return { offset: 0, problem: "the JSON parser rejected it" };
}

// src/results/import/load-import.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var METRIC_SEPARATOR = " \u203A ";
function figure(scenario, metric, unit, direction, values, group) {
  const zeroAllowed2 = unit === "%";
  const samples = values.filter((v) => v !== void 0 && Number.isFinite(v) && (v > 0 || zeroAllowed2 && v === 0));
  if (samples.length === 0) return void 0;
  return { name: `${scenario}${METRIC_SEPARATOR}${metric}`, unit, direction, samples, ...group ? { group } : {} };
}
function defined(items) {
  return items.filter((x) => x !== void 0);
}
var Fields = class _Fields {
  source;
  path;
  value;
  constructor(source, path, value, expected = "an object") {
    if (!isObject(value)) throw new InputError(source, `${path || "the file"}: expected ${expected}, found ${describe(value)}`);
    this.source = source;
    this.path = path;
    this.value = value;
  }
  at(key) {
    return this.path === "" ? key : `${this.path}.${key}`;
  }
  fail(key, expected) {
    throw new InputError(this.source, `${this.at(key)}: expected ${expected}, found ${describe(this.value[key])}`);
  }
  number(key, options = {}) {
    const x = this.value[key];
    if (x === void 0 && options.optional) return void 0;
    if (typeof x !== "number" || !Number.isFinite(x) || x < 0) this.fail(key, "a number \u2265 0");
    return x;
  }
  object(key, options = {}) {
    const x = this.value[key];
    if (x === void 0 && options.optional) return void 0;
    return new _Fields(this.source, this.at(key), x);
  }
  string(key, options = {}) {
    const x = this.value[key];
    if (x === void 0 && options.optional) return void 0;
    if (typeof x !== "string") this.fail(key, "a string");
    return x;
  }
};

// src/results/import/artillery.ts
var ARTILLERY_SCENARIO = "artillery";
var LATENCY_SUMMARIES = ["http.response_time", "vusers.session_length"];
function readSnapshot(snapshot) {
  const counters = snapshot.object("counters", { optional: true });
  const byKind = {};
  let responses = 0;
  let noResponse = 0;
  let badStatus = 0;
  for (const key of Object.keys(counters?.value ?? {})) {
    const value = counters.number(key);
    const status = /^http\.codes\.(\d{3})$/.exec(key)?.[1];
    if (key === "http.responses") responses = value;
    else if (status && Number(status) >= 400 && value > 0) {
      badStatus += value;
      byKind[`HTTP_${status}`] = value;
    } else if (key.startsWith("errors.") && value > 0) {
      noResponse += value;
      byKind[key.slice("errors.".length)] = value;
    }
  }
  const summaries = snapshot.object("summaries", { optional: true });
  const name = LATENCY_SUMMARIES.find((n) => summaries?.value[n] !== void 0);
  let latency;
  if (name) {
    const s = summaries.object(name);
    latency = {};
    for (const key of Object.keys(s.value)) latency[key] = s.number(key);
  }
  const rates = snapshot.object("rates", { optional: true });
  const period = snapshot.value.period;
  const start = typeof period === "number" ? period : typeof period === "string" && /^\d+$/.test(period) ? Number(period) : snapshot.number("firstMetricAt", { optional: true });
  return {
    start,
    lastMetricAt: snapshot.number("lastMetricAt", { optional: true }),
    responses: responses + noResponse,
    failed: noResponse + badStatus,
    byKind,
    requestRate: rates?.number("http.request_rate", { optional: true }),
    latency
  };
}
function latencySummary(l) {
  if (!l) return void 0;
  const p50 = l.p50 ?? l.median;
  const fields = [l.count, l.min, l.mean, p50, l.p90, l.p95, l.p99, l.p999, l.max];
  if (fields.some((x) => x === void 0)) return void 0;
  const [count, min, mean, , p90, p95, p99, p999, max] = fields;
  return { count, min, mean, p50, p90, p95, p99, p999, max };
}
function parseArtillery(text, source) {
  const doc = new Fields(source, "", parseJson(text, source), 'an Artillery report (an object with "aggregate")');
  if (!isObject(doc.value.aggregate)) {
    throw new InputError(
      source,
      `aggregate: expected an Artillery report (artillery run --output) with an "aggregate" object, found ${doc.value.aggregate === void 0 ? "none" : "something else"}`
    );
  }
  const aggregateFields = doc.object("aggregate");
  if (aggregateFields.value.latency !== void 0 && aggregateFields.value.summaries === void 0) {
    throw new InputError(
      source,
      "aggregate.summaries: expected an Artillery 2 report, found an Artillery 1 report (aggregate.latency); run it again with Artillery 2"
    );
  }
  const aggregate = readSnapshot(aggregateFields);
  if (!aggregate.latency) {
    throw new InputError(source, `aggregate.summaries: expected a latency summary (${LATENCY_SUMMARIES.join(" or ")}), found none`);
  }
  const list2 = doc.value.intermediate;
  if (list2 !== void 0 && !Array.isArray(list2)) throw new InputError(source, "intermediate: expected an array of period snapshots, found something else");
  const periods = (list2 ?? []).map((snapshot, i) => readSnapshot(new Fields(source, `intermediate[${i}]`, snapshot))).filter((p) => p.start !== void 0).sort((a, b) => a.start - b.start);
  const firstMetricAt = aggregateFields.number("firstMetricAt", { optional: true }) ?? periods[0]?.start;
  const lastMetricAt = aggregateFields.number("lastMetricAt", { optional: true }) ?? periods.at(-1)?.lastMetricAt;
  const durationMs = firstMetricAt !== void 0 && lastMetricAt !== void 0 ? Math.max(0, lastMetricAt - firstMetricAt) : 0;
  const origin = periods[0]?.start ?? firstMetricAt ?? 0;
  const windows = periods.map((p, i) => {
    const next = periods[i + 1]?.start;
    const end = next ?? Math.max(p.lastMetricAt ?? p.start, p.start + 1);
    const duration = Math.max(1, end - p.start);
    const l = p.latency;
    return {
      start: p.start - origin,
      duration,
      iterations: Math.round(p.responses),
      errors: Math.round(p.failed),
      dropped: 0,
      throughput: p.responses * 1e3 / duration,
      ...l && (l.p50 ?? l.median) !== void 0 && p.responses > 0 ? { p50: l.p50 ?? l.median } : {},
      ...l?.p95 !== void 0 && p.responses > 0 ? { p95: l.p95 } : {},
      ...l?.p99 !== void 0 && p.responses > 0 ? { p99: l.p99 } : {}
    };
  });
  const series = (pick) => {
    const per = periods.filter((p) => p.responses > 0).map(pick);
    return per.some((x) => x !== void 0) ? per : [pick(aggregate)];
  };
  const name = ARTILLERY_SCENARIO;
  const group = "artillery";
  const throughputOf = (p) => p.requestRate;
  const benchmarks = defined([
    figure(
      name,
      "p50 latency",
      "ms",
      "smaller",
      series((p) => p.latency?.p50 ?? p.latency?.median),
      group
    ),
    figure(
      name,
      "p95 latency",
      "ms",
      "smaller",
      series((p) => p.latency?.p95),
      group
    ),
    figure(
      name,
      "p99 latency",
      "ms",
      "smaller",
      series((p) => p.latency?.p99),
      group
    ),
    figure(name, "throughput", "req/s", "bigger", series(throughputOf), group),
    figure(
      name,
      "error rate",
      "%",
      "smaller",
      series((p) => p.responses > 0 ? p.failed / p.responses * 100 : void 0),
      group
    )
  ]);
  const summary = latencySummary(aggregate.latency);
  const scenario = {
    name,
    group,
    executor: "artillery",
    model: "open",
    duration: durationMs,
    iterations: Math.round(aggregate.responses),
    throughput: aggregate.requestRate ?? (durationMs > 0 ? aggregate.responses * 1e3 / durationMs : 0),
    ...summary ? { latency: summary } : {},
    errors: { count: Math.round(aggregate.failed), rate: aggregate.responses > 0 ? aggregate.failed / aggregate.responses : 0, byKind: aggregate.byKind },
    dropped: 0,
    thresholds: [],
    windows
  };
  return { benchmarks, scenarios: [scenario] };
}

// src/results/import/autocannon.ts
var QUANTILES = [
  ["p0_001", 1e-5],
  ["p0_01", 1e-4],
  ["p0_1", 1e-3],
  ["p1", 0.01],
  ["p2_5", 0.025],
  ["p10", 0.1],
  ["p25", 0.25],
  ["p50", 0.5],
  ["p75", 0.75],
  ["p90", 0.9],
  ["p97_5", 0.975],
  ["p99", 0.99],
  ["p99_9", 0.999],
  ["p99_99", 0.9999],
  ["p99_999", 0.99999]
];
function rebuild(requests, n) {
  const known = QUANTILES.flatMap(([key, q]) => {
    const v = requests.number(key, { optional: true });
    return v === void 0 ? [] : [{ q, v }];
  });
  if (known.length === 0) return [];
  return Array.from({ length: n }, (_, i) => {
    const q = (i + 0.5) / n;
    return (known.find((k) => k.q >= q) ?? known[known.length - 1]).v;
  });
}
function parseAutocannon(text, source) {
  const doc = parseJson(text, source);
  if (Array.isArray(doc)) throw new InputError(source, 'expected one autocannon --json result (an object with "latency" and "requests"), found an array');
  const run = new Fields(source, "", doc, 'an autocannon --json result (an object with "latency" and "requests")');
  if (run.value.latency === void 0 || run.value.requests === void 0) {
    throw new InputError(
      source,
      `expected autocannon --json output with "latency" and "requests", found ${run.value.latency === void 0 ? 'no "latency"' : 'no "requests"'}`
    );
  }
  const title = run.string("title", { optional: true });
  const url = run.value.url;
  const name = title && title.trim() !== "" ? title : typeof url === "string" && url !== "" ? url : Array.isArray(url) ? url.join(", ") : "autocannon";
  const latency = run.object("latency");
  const requests = run.object("requests");
  const durationS = run.number("duration");
  const total = requests.number("total");
  const seconds = run.number("samples", { optional: true }) ?? 0;
  const errors = run.number("errors", { optional: true }) ?? 0;
  const timeouts = run.number("timeouts", { optional: true }) ?? 0;
  const mismatches = run.number("mismatches", { optional: true }) ?? 0;
  const non2xx = run.number("non2xx", { optional: true }) ?? 0;
  const failed = errors + mismatches + non2xx;
  const attempts = total + errors;
  const errorRate = attempts > 0 ? failed / attempts : 0;
  const byKind = {};
  const codes = run.object("statusCodeStats", { optional: true });
  for (const [code, stats] of Object.entries(codes?.value ?? {})) {
    if (/^2\d\d$/.test(code)) continue;
    const count = new Fields(source, codes.at(code), stats).number("count");
    if (count > 0) byKind[`HTTP_${code}`] = count;
  }
  if (timeouts > 0) byKind.TIMEOUT = timeouts;
  if (errors - timeouts > 0) byKind.NETWORK = errors - timeouts;
  if (mismatches > 0) byKind.MISMATCH = mismatches;
  const perSecond = seconds > 0 ? rebuild(requests, seconds) : [requests.number("average")];
  const connections = run.number("connections", { optional: true });
  const benchmarks = defined([
    figure(name, "p50 latency", "ms", "smaller", [latency.number("p50", { optional: true })], "autocannon"),
    figure(name, "p90 latency", "ms", "smaller", [latency.number("p90", { optional: true })], "autocannon"),
    figure(name, "p97.5 latency", "ms", "smaller", [latency.number("p97_5", { optional: true })], "autocannon"),
    figure(name, "p99 latency", "ms", "smaller", [latency.number("p99", { optional: true })], "autocannon"),
    figure(name, "throughput", "req/s", "bigger", perSecond, "autocannon"),
    figure(name, "error rate", "%", "smaller", [errorRate * 100], "autocannon")
  ]);
  const scenario = {
    name,
    group: "autocannon",
    executor: "autocannon",
    model: "closed",
    duration: durationS * 1e3,
    iterations: Math.round(total),
    throughput: durationS > 0 ? total / durationS : 0,
    // No latency summary: autocannon lists no p95, and the summary has no field to leave out.
    errors: { count: Math.round(failed), rate: errorRate, byKind },
    dropped: 0,
    ...connections !== void 0 ? { maxConcurrency: connections * (run.number("pipelining", { optional: true }) ?? 1) } : {},
    thresholds: [],
    windows: []
  };
  return { benchmarks, scenarios: [scenario] };
}

// src/results/model.ts
var RESULTS_FORMAT = "benchgate/results";
var RESULTS_VERSION = 1;
var MEASURES = ["time", "instructions"];

// src/results/validate-scenarios.ts
var LATENCY_FIELDS = ["min", "mean", "p50", "p90", "p95", "p99", "p999", "max"];
var WINDOW_PERCENTILES = ["p50", "p95", "p99"];
var SCENARIO_BLOCKS = ["capacity", "memory", "soak", "faults"];
function isObject2(value) {
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
  if (!isObject2(value)) {
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
    if (!isObject2(block)) c.fail(`${path}.${key}`, "an object", block);
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
  if (!isObject2(value)) {
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
  if (!isObject2(value)) {
    c.fail(path, "an object", value);
    return void 0;
  }
  const before = c.count;
  const metric = c.string(value, "metric", path, { nonEmpty: true });
  const expression = c.string(value, "expression", path, { nonEmpty: true });
  const observed2 = c.number(value, "observed", path, { optional: true, min: -Infinity });
  const passed = c.boolean(value, "passed", path);
  const abortOnFail = c.boolean(value, "abortOnFail", path, { optional: true });
  if (c.count > before || metric === void 0 || expression === void 0 || passed === void 0) return void 0;
  return {
    metric,
    expression,
    ...observed2 !== void 0 ? { observed: observed2 } : {},
    passed,
    ...abortOnFail !== void 0 ? { abortOnFail } : {}
  };
}
function checkWindow(c, value, path) {
  if (!isObject2(value)) {
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
function isObject3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function join2(path, key) {
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
    const at = join2(path, key);
    if (value === void 0) this.add({ path: at, message: "missing; expected an object" });
    else if (!isObject3(value)) this.fail(at, "an object", value);
    else return value;
    return void 0;
  }
  string(parent, key, path, options = {}) {
    const value = parent[key];
    const at = join2(path, key);
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
    const at = join2(path, key);
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
    const at = join2(path, key);
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
    const at = join2(path, key);
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
  if (isObject3(value)) {
    if (isObject3(value.machine_info) && Array.isArray(value.benchmarks)) return ` \u2014 is this pytest-benchmark JSON? ${setOption("tool", "pytest")}`;
    if (isObject3(value.context) && Array.isArray(value.benchmarks)) return ` \u2014 is this Google Benchmark JSON? ${setOption("tool", "googlecpp")}`;
  }
  return "";
}
function checkEnvironment(c, parent, path) {
  const env = c.object(parent, "env", path);
  if (!env) return void 0;
  const at = join2(path, "env");
  const node = c.string(env, "node", at);
  const os = c.string(env, "os", at);
  const arch2 = c.string(env, "arch", at);
  const cpu = c.string(env, "cpu", at);
  const cores = c.integer(env, "cores", at);
  const runner = c.string(env, "runner", at, { optional: true });
  if (node === void 0 || os === void 0 || arch2 === void 0 || cpu === void 0 || cores === void 0) return void 0;
  return { node, os, arch: arch2, cpu, cores, ...runner !== void 0 ? { runner } : {} };
}
function checkShard(c, value, path) {
  const before = c.issues.length;
  const count = c.integer(value, "count", path);
  if (count === 0) c.fail(join2(path, "count"), "a whole number \u2265 1", count);
  const index = c.integer(value, "index", path);
  if (index !== void 0 && count !== void 0 && (index < 1 || index > count)) c.fail(join2(path, "index"), `a shard number from 1 to ${count}`, index);
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
    if (!isObject3(item)) return c.fail(path, "an object", item);
    const shard = checkShard(c, item, path);
    const id = c.string(item, "id", path, { nonEmpty: true });
    const time = c.string(item, "time", path);
    if (time !== void 0 && !timeRegExp.test(time)) c.fail(join2(path, "time"), 'an ISO 8601 time with a time zone, like "2025-01-31T09:30:00Z"', time);
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
    if (isObject3(run.shard)) shard = checkShard(c, run.shard, "run.shard");
    else c.fail("run.shard", "an object", run.shard);
  }
  const shards = run.shards === void 0 ? void 0 : checkMergedShards(c, run);
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
    ...shards ? { shards } : {}
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
  if (!isObject3(value)) {
    c.fail(path, "an object", value);
    return void 0;
  }
  const before = c.count;
  const name = c.string(value, "name", path, { nonEmpty: true, max: LIMITS.name });
  const unit = c.string(value, "unit", path, { nonEmpty: true, max: LIMITS.name });
  const direction = value.direction;
  if (direction === void 0) c.add({ path: join2(path, "direction"), message: 'missing; expected "smaller" or "bigger"' });
  else if (direction !== "smaller" && direction !== "bigger") c.fail(join2(path, "direction"), '"smaller" or "bigger"', direction);
  const error = c.string(value, "error", path, { optional: true, nonEmpty: true });
  const group = c.string(value, "group", path, { optional: true, max: LIMITS.name });
  const wallTime = c.number(value, "wallTime", path, { optional: true });
  const shard = c.integer(value, "shard", path, { optional: true });
  if (shard === 0) c.fail(join2(path, "shard"), "a shard number \u2265 1", shard);
  const samples = value.samples;
  const samplesPath = join2(path, "samples");
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
        c.fail(join2(samplesPath, i), zeroOk ? "a finite number \u2265 0" : "a finite positive number", sample);
      }
    });
    if (samples.length === 0 && error === void 0 && value.error === void 0) {
      c.add({ path: samplesPath, message: 'expected at least one sample (or an "error" saying why there are none), found an empty array' });
    }
  }
  const processes = value.processes;
  const processesPath = join2(path, "processes");
  if (processes !== void 0) {
    if (!Array.isArray(processes)) {
      c.fail(processesPath, "an array of process numbers", processes);
    } else {
      processes.forEach((p, i) => {
        if (typeof p !== "number" || !Number.isInteger(p) || p < 0) c.fail(join2(processesPath, i), "a whole number \u2265 0", p);
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
    if (!isObject3(summary)) {
      c.fail(join2(path, "summary"), "an object", summary);
    } else {
      for (const field of SUMMARY_FIELDS) {
        const x = summary[field];
        if (x === void 0) continue;
        const ok = field === "n" ? typeof x === "number" && Number.isInteger(x) && x >= 0 : typeof x === "number";
        if (!ok) c.fail(join2(join2(path, "summary"), field), field === "n" ? "a whole number \u2265 0" : "a number", x);
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
  if (!isObject3(value) || value.format !== RESULTS_FORMAT) {
    const found = isObject3(value) ? value.format : value;
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
      const name = isObject3(item) && typeof item.name === "string" ? item.name : void 0;
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

// src/results/import/common.ts
function isObject4(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isComparable(value, unit) {
  return typeof value === "number" && Number.isFinite(value) && (value > 0 || value === 0 && zeroAllowed(unit));
}
function directionOf(unit) {
  return /^ops\//i.test(unit) || /\/(s|sec|second|ms|us|ns)$/i.test(unit) ? "bigger" : "smaller";
}
function oneProcess(count) {
  return new Array(count).fill(0);
}
function processEach(count) {
  return Array.from({ length: count }, (_, i) => i);
}
function linesOf(text) {
  return text.replace(/^\ufeff/, "").split(/\r?\n/);
}
function arrayField2(source, value, key, path, expected) {
  const found = value[key];
  if (!Array.isArray(found)) throw new InputError(source, `${path}${key}: expected ${expected}, found ${describe(found)}`);
  return found;
}
function stringField2(source, value, key, path) {
  const found = value[key];
  if (typeof found !== "string" || found === "") throw new InputError(source, `${path}${key}: expected a non-empty string, found ${describe(found)}`);
  return found;
}
var NameRegister = class {
  seen = /* @__PURE__ */ new Map();
  source;
  constructor(source) {
    this.source = source;
  }
  add(name, at) {
    const first = this.seen.get(name);
    if (first !== void 0)
      throw new InputError(this.source, `${at}: expected a benchmark name not used before, found ${describe(name)} again (first at ${first})`);
    this.seen.set(name, at);
  }
};

// src/results/import/benchmarkdotnet.ts
function looksLikeBenchmarkDotNet(doc) {
  return isObject4(doc) && Array.isArray(doc.Benchmarks);
}
function parseBenchmarkDotNet(text, source, notes) {
  const doc = parseJson(text, source);
  if (!looksLikeBenchmarkDotNet(doc)) {
    throw new InputError(
      source,
      `Benchmarks: expected BenchmarkDotNet's JSON export with a "Benchmarks" array, found ${isObject4(doc) ? describe(doc.Benchmarks) : describe(doc)}`
    );
  }
  const list2 = arrayField2(source, doc, "Benchmarks", "", "an array of benchmarks");
  if (list2.length === 0) throw new InputError(source, "Benchmarks: expected at least one benchmark, found an empty array");
  const names = new NameRegister(source);
  return list2.map((entry, i) => {
    const at = `Benchmarks[${i}]`;
    if (!isObject4(entry)) throw new InputError(source, `${at}: expected an object, found ${describe(entry)}`);
    const name = stringField2(source, entry, "FullName", `${at}.`);
    names.add(name, `${at}.FullName`);
    const stats = entry.Statistics;
    if (stats === null || stats === void 0)
      return { name, unit: "ns", direction: "smaller", samples: [], error: "BenchmarkDotNet has no statistics for it: it did not run (see its log)" };
    if (!isObject4(stats)) throw new InputError(source, `${at}.Statistics: expected an object, found ${describe(stats)}`);
    let samples;
    const original = stats.OriginalValues;
    if (Array.isArray(original) && original.length > 0) {
      original.forEach((x, j) => {
        if (typeof x !== "number" || !Number.isFinite(x))
          throw new InputError(source, `${at}.Statistics.OriginalValues[${j}]: expected a time in ns, found ${describe(x)}`);
      });
      samples = original;
    } else {
      if (typeof stats.Mean !== "number") throw new InputError(source, `${at}.Statistics.Mean: expected a time in ns, found ${describe(stats.Mean)}`);
      samples = [stats.Mean];
    }
    const launches = Array.isArray(entry.Measurements) ? entry.Measurements.filter((m) => isObject4(m) && m.IterationMode === "Workload" && m.IterationStage === "Result").map(
      (m) => m.LaunchIndex
    ) : [];
    const known = launches.length === samples.length && launches.every((l) => typeof l === "number" && Number.isInteger(l) && l >= 1);
    let processes = known ? launches.map((l) => l - 1) : void 0;
    const usable = samples.map((s) => isComparable(s, "ns"));
    if (usable.includes(false)) {
      notes.push(`${source}: ${at}: ${usable.filter((u) => !u).length} time(s) of ${name} at 0 ns or below left out`);
      samples = samples.filter((_, k) => usable[k]);
      processes = processes?.filter((_, k) => usable[k]);
    }
    if (samples.length === 0) return { name, unit: "ns", direction: "smaller", samples: [], error: "BenchmarkDotNet measured no time above 0 ns" };
    return { name, unit: "ns", direction: "smaller", samples, ...processes ? { processes } : {} };
  });
}

// src/results/import/benchmarkjs.ts
var REST = /^ x ([0-9][0-9,]*(?:\.[0-9]+)?)\s+(\S+)\s+((?:±|\+-)[^%]+%) \((\d+) runs? sampled\)\s*$/;
function parseBenchmarkJs(text, source, notes) {
  const names = new NameRegister(source);
  const results = [];
  linesOf(text).forEach((line, i) => {
    const at = line.lastIndexOf(" x ");
    if (at <= 0) return;
    const m = REST.exec(line.slice(at));
    if (!m) return;
    const name = line.slice(0, at);
    const value = Number(m[1].replace(/,/g, ""));
    const unit = m[2];
    names.add(name, `line ${i + 1}`);
    if (!isComparable(value, unit)) {
      notes.push(`${source}: line ${i + 1}: ${name} is ${value} ${unit}; left out`);
      return;
    }
    results.push({ name, unit, direction: directionOf(unit), samples: [value], processes: oneProcess(1) });
  });
  if (results.length === 0) {
    throw new InputError(source, 'expected Benchmark.js output with lines like "fib(20) x 12,146 ops/sec \xB10.32% (96 runs sampled)", found none');
  }
  return results;
}

// src/results/import/benchmarkluau.ts
var RESULT = /^SUCCESS:?\s+(\S+)\s+:\s+([0-9]+(?:\.[0-9]+)?)\s*([a-zµμ]+)\s+\+\/-\s+([0-9.]+%)/;
function parseBenchmarkLuau(text, source, notes) {
  const names = new NameRegister(source);
  const results = [];
  linesOf(text).forEach((line, i) => {
    const m = RESULT.exec(line);
    if (!m) return;
    const [, name, number, unit] = m;
    const value = Number(number);
    names.add(name, `line ${i + 1}`);
    if (!isComparable(value, unit)) {
      notes.push(`${source}: line ${i + 1}: ${name} is ${value} ${unit}; left out`);
      return;
    }
    results.push({ name, unit, direction: "smaller", samples: [value], processes: oneProcess(1) });
  });
  if (results.length === 0) {
    throw new InputError(source, 'expected Luau benchmark output with lines like "SUCCESS: base64 : 15.041ms +/- 0.636% on luau", found none');
  }
  return results;
}

// src/results/import/cargo.ts
var RESULT2 = /^test (.+?)\s+\.\.\. bench:\s+([0-9][0-9,]*(?:\.[0-9]+)?) (\w+\/\w+) \(\+\/- ([0-9,.]+)\)\s*$/;
var FAILED = /^test (.+?) \.\.\. FAILED\s*$/;
function parseCargo(text, source, notes) {
  const byName = /* @__PURE__ */ new Map();
  const failed = [];
  linesOf(text).forEach((line, i) => {
    const failure = FAILED.exec(line);
    if (failure) {
      failed.push(failure[1].trim());
      return;
    }
    const m = RESULT2.exec(line);
    if (!m) return;
    const name = m[1].trim();
    const value = Number(m[2].replace(/,/g, ""));
    const unit = m[3];
    let result = byName.get(name);
    if (!result) {
      result = { name, unit, direction: directionOf(unit), samples: [], processes: [] };
      byName.set(name, result);
    } else if (result.unit !== unit) {
      throw new InputError(source, `line ${i + 1}: expected ${name} in ${result.unit} as before, found ${unit}`);
    }
    if (!isComparable(value, unit)) {
      notes.push(`${source}: line ${i + 1}: ${name} is ${value} ${unit}, too small for cargo bench to time; left out`);
      return;
    }
    result.processes.push(result.samples.length);
    result.samples.push(value);
  });
  for (const name of failed) {
    const result = byName.get(name) ?? { name, unit: "ns/iter", direction: "smaller", samples: [], processes: [] };
    result.error = "cargo bench reported FAILED (see its log)";
    byName.set(name, result);
  }
  if (byName.size === 0) {
    throw new InputError(source, 'expected `cargo bench` output with lines like "test fib_20 ... bench: 18,149 ns/iter (+/- 755)", found none');
  }
  for (const b of byName.values()) {
    if (b.samples.length > 1) notes.push(`${source}: ${b.name} appears ${b.samples.length} times: read as ${b.samples.length} runs of one benchmark`);
  }
  const kept = [...byName.values()].filter((b) => b.samples.length > 0 || b.error !== void 0);
  if (kept.length === 0) throw new InputError(source, "expected a benchmark with a value above 0, found only values of 0");
  return kept;
}

// src/results/import/catch2.ts
var HEADER = /^benchmark name\s+samples\s+iterations\s+(estimated|est run time)/;
var SEPARATOR = /^-+$/;
var UNIT = "(ns|us|\xB5s|\u03BCs|ms|s)";
var START = new RegExp(`(\\d+) +(\\d+) +(?:\\d+(?:\\.\\d+)?) ${UNIT}\\s*$`);
var FIGURES = new RegExp(
  `^ +(\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?) ${UNIT} +(?:\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?) ${UNIT} +(?:\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?) ${UNIT}`
);
var FAILED2 = /^(.*?)\s+Benchmark failed \((.*)\)\s*$/;
function parseCatch2(text, source, notes) {
  const lines = linesOf(text);
  const names = new NameRegister(source);
  const results = [];
  let sections = 0;
  let i = 0;
  const at = (n) => `line ${n + 1}`;
  while (i < lines.length) {
    if (!HEADER.test(lines[i])) {
      i++;
      continue;
    }
    sections++;
    const header = i;
    while (i < lines.length && !SEPARATOR.test(lines[i])) i++;
    if (i >= lines.length)
      throw new InputError(source, `${at(header)}: expected a line of dashes after the benchmark table's header, found the end of the file`);
    i++;
    for (; ; ) {
      const line = lines[i];
      if (line === void 0 || line.trim() === "") break;
      const failure = FAILED2.exec(line);
      if (failure) {
        const name2 = failure[1].trim();
        names.add(name2, at(i));
        results.push({ name: name2, unit: "ns", direction: "smaller", samples: [], error: `Catch2: Benchmark failed (${failure[2]})` });
        i++;
        continue;
      }
      const start = START.exec(line);
      if (!start) break;
      const name = line.slice(0, start.index).trim();
      names.add(name, at(i));
      const mean = FIGURES.exec(lines[i + 1] ?? "");
      if (!mean)
        throw new InputError(
          source,
          `${at(i + 1)}: expected the mean, low mean and high mean of ${JSON.stringify(name)}, found ${JSON.stringify(lines[i + 1] ?? "the end of the file")}`
        );
      if (!FIGURES.test(lines[i + 2] ?? "")) {
        throw new InputError(
          source,
          `${at(i + 2)}: expected the standard deviations of ${JSON.stringify(name)}, found ${JSON.stringify(lines[i + 2] ?? "the end of the file")}`
        );
      }
      const value = Number(mean[1]);
      const unit = mean[2];
      if (isComparable(value, unit)) results.push({ name, unit, direction: "smaller", samples: [value], processes: oneProcess(1) });
      else notes.push(`${source}: ${at(i + 1)}: ${name} has a mean of ${value} ${unit}, too fast for Catch2's clock; left out`);
      i += 3;
      if (lines[i]?.trim() === "") i++;
    }
  }
  if (sections === 0) {
    throw new InputError(source, 'expected Catch2 benchmark output with a table headed "benchmark name  samples  iterations  estimated", found none');
  }
  if (results.length === 0) throw new InputError(source, "expected at least one benchmark under the Catch2 benchmark tables, found none");
  return results;
}

// src/results/import/custom.ts
function parseCustom(text, source, direction) {
  const doc = parseJson(text, source);
  if (!Array.isArray(doc)) {
    const hint = isObject4(doc) && doc.format === "benchgate/results" ? ` \u2014 this is a benchgate results file: ${setOption("tool", "benchgate")}` : "";
    throw new InputError(source, `expected an array of { name, unit, value } entries, found ${describe(doc)}${hint}`);
  }
  const seen = /* @__PURE__ */ new Map();
  return doc.map((entry, i) => {
    const at = `[${i}]`;
    if (!isObject4(entry)) throw new InputError(source, `${at}: expected an object with name, unit and value, found ${describe(entry)}`);
    const { name, unit, value, samples } = entry;
    if (typeof name !== "string" || name === "") throw new InputError(source, `${at}.name: expected a non-empty string, found ${describe(name)}`);
    const first = seen.get(name);
    if (first !== void 0) throw new InputError(source, `${at}.name: expected a name not used before, found ${describe(name)} again (first at [${first}])`);
    seen.set(name, i);
    if (typeof unit !== "string" || unit === "") throw new InputError(source, `${at}.unit: expected a non-empty string, found ${describe(unit)}`);
    if (samples !== void 0) {
      if (!Array.isArray(samples) || samples.length === 0) {
        throw new InputError(source, `${at}.samples: expected a non-empty array of positive numbers, found ${describe(samples)}`);
      }
      samples.forEach((sample, j) => {
        if (!isComparable(sample, unit)) throw new InputError(source, `${at}.samples[${j}]: expected a finite positive number, found ${describe(sample)}`);
      });
      return { name, unit, direction, samples: [...samples] };
    }
    if (typeof value !== "number") throw new InputError(source, `${at}.value: expected a number, found ${describe(value)}`);
    if (!isComparable(value, unit)) throw new InputError(source, `${at}.value: expected a finite positive number, found ${describe(value)}`);
    return { name, unit, direction, samples: [value], processes: oneProcess(1) };
  });
}
function parseCustomSmallerIsBetter(text, source) {
  return parseCustom(text, source, "smaller");
}
function parseCustomBiggerIsBetter(text, source) {
  return parseCustom(text, source, "bigger");
}

// src/results/import/go.ts
var NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
var SUFFIX = /-(\d+)$/;
function looksLikeGo(text) {
  return /^Benchmark\S*\s+\d+\s+[-+]?[\d.]+(e[-+]?\d+)? \S+/m.test(text) || /^--- FAIL: Benchmark/m.test(text);
}
function parseGo(text, source, notes = []) {
  const { results, failures, sawPackage } = scan(text);
  if (results.length === 0 && failures.length === 0) {
    throw new InputError(source, 'expected `go test -bench` output with result lines like "BenchmarkParse-8   1000000   1052 ns/op", found none');
  }
  const baseOf = gomaxprocs(results);
  const qualify = (name, pkg) => sawPackage && pkg !== void 0 ? `${name} (${pkg})` : name;
  const variants = /* @__PURE__ */ new Map();
  for (const r of results) {
    const key = `${r.pkg ?? ""}\0${baseOf.get(r)}`;
    const set = variants.get(key) ?? /* @__PURE__ */ new Set();
    set.add(r.procs);
    variants.set(key, set);
  }
  const series = /* @__PURE__ */ new Map();
  const panics = [];
  for (const r of results) {
    const base = baseOf.get(r);
    const several = variants.get(`${r.pkg ?? ""}\0${base}`).size > 1;
    const name = qualify(several ? r.printed : base, r.pkg);
    if (r.panic !== void 0) {
      panics.push({ name: base, pkg: r.pkg, message: `panic: ${r.panic}` });
      continue;
    }
    r.metrics.forEach(([value, unit], i) => {
      const seriesName = i === 0 ? name : `${name} - ${unit}`;
      const key = `${seriesName}\0${i === 0 ? "" : unit}`;
      let s = series.get(key);
      if (!s) {
        s = { name: seriesName, base, pkg: r.pkg, unit, samples: [], processes: [] };
        series.set(key, s);
      } else if (s.unit !== unit) {
        throw new InputError(source, `line ${r.line}: expected ${r.printed} in ${s.unit} as before, found ${unit}`);
      }
      if (!isComparable(value, unit)) {
        notes.push(`${source}: line ${r.line}: ${seriesName} is ${value} ${unit}, which cannot be compared as a ratio; left out`);
        return;
      }
      s.samples.push(value);
      s.processes.push(r.process);
    });
  }
  for (const [key, procs] of variants) {
    if (procs.size > 1) notes.push(`${source}: ${key.split("\0")[1]} ran under several GOMAXPROCS (-cpu): its variants keep Go's names, e.g. with "-2"`);
  }
  const failed = [...failures, ...panics].filter((f, _, all) => !all.some((g) => g.pkg === f.pkg && g.name.startsWith(`${f.name}/`)));
  for (const f of failed) {
    const hit = [...series.values()].filter((s) => s.pkg === f.pkg && s.base === f.name);
    if (hit.length === 0) {
      const name = qualify(f.name, f.pkg);
      series.set(`${name}\0error`, { name, base: f.name, pkg: f.pkg, unit: "ns/op", samples: [], processes: [], error: f.message });
    }
    for (const s of hit) s.error = f.message;
  }
  const kept = [...series.values()].filter((s) => s.samples.length > 0 || s.error !== void 0);
  return kept.map((s) => ({
    name: s.name,
    unit: s.unit,
    direction: directionOf(s.unit),
    samples: s.samples,
    ...s.samples.length > 0 ? { processes: s.processes } : {},
    ...s.error !== void 0 ? { error: s.error } : {}
  }));
}
function scan(text) {
  const lines = linesOf(text);
  const results = [];
  const failures = [];
  const headers = /* @__PURE__ */ new Map();
  let pkg;
  let sawPackage = false;
  let bare;
  const processOf = () => Math.max(0, (headers.get(pkg ?? "") ?? 0) - 1);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = raw.trim();
    if (line.startsWith("pkg:")) {
      pkg = line.slice(4).trim() || void 0;
      sawPackage ||= pkg !== void 0;
      headers.set(pkg ?? "", (headers.get(pkg ?? "") ?? 0) + 1);
      bare = void 0;
      continue;
    }
    if (line.startsWith("goos:") && !lines.slice(i + 1, i + 4).some((l) => l.trim().startsWith("pkg:"))) {
      headers.set("", (headers.get("") ?? 0) + 1);
      continue;
    }
    if (line.startsWith("panic: ")) {
      const frame = lines.slice(i + 1, i + 40).map((l) => /^(\S+)\.(Benchmark[^.(\s]*)[.(]/.exec(l.trim())).find((m) => m !== null);
      const previous = lines[i - 1]?.trim();
      const name = previous !== void 0 && /^Benchmark\S*$/.test(previous) ? previous : frame?.[2];
      if (name !== void 0) failures.push({ name, pkg: frame?.[1] ?? pkg, message: line });
      continue;
    }
    const fail = /^--- FAIL: (Benchmark\S*)/.exec(line);
    if (fail) {
      failures.push({ name: fail[1], pkg, message: failureMessage(lines, i) });
      continue;
    }
    const tokens = line.split(/\s+/);
    const first = tokens[0];
    if (!first.startsWith("Benchmark")) continue;
    if (tokens.length === 1) {
      bare = first;
      continue;
    }
    const procs = knownProcs(first, bare);
    const panic = /^Benchmark\S*\s+panic: (.*)$/.exec(line);
    if (panic) {
      results.push({ printed: first, pkg, process: processOf(), line: i + 1, procs, metrics: [], panic: panic[1] });
      continue;
    }
    if (tokens.length < 4 || tokens.length % 2 !== 0 || !/^\d+$/.test(tokens[1])) continue;
    const metrics = [];
    for (let t = 2; t < tokens.length; t += 2) {
      if (!NUMBER.test(tokens[t])) break;
      metrics.push([Number(tokens[t]), tokens[t + 1]]);
    }
    if (metrics.length !== (tokens.length - 2) / 2) continue;
    results.push({ printed: first, pkg, process: processOf(), line: i + 1, procs, metrics });
  }
  return { results, failures, sawPackage };
}
function knownProcs(printed, bare) {
  if (bare !== void 0) {
    if (printed === bare) return 1;
    const rest = printed.startsWith(`${bare}-`) ? printed.slice(bare.length + 1) : "";
    if (/^\d+$/.test(rest)) return Number(rest);
  }
  if (!printed.includes("/")) {
    const m = SUFFIX.exec(printed);
    return m ? Number(m[1]) : 1;
  }
  return void 0;
}
function gomaxprocs(results) {
  const suffixes = results.map((r) => SUFFIX.exec(r.printed)?.[1]);
  const uniform = suffixes.every((s) => s !== void 0 && s === suffixes[0]) ? Number(suffixes[0]) : void 0;
  const known = new Set(results.map((r) => r.procs).filter((p) => p !== void 0));
  const everyRunAbove1 = known.size > 0 && !known.has(1);
  const out = /* @__PURE__ */ new Map();
  results.forEach((r, i) => {
    if (r.procs === void 0) {
      const n = suffixes[i] === void 0 ? void 0 : Number(suffixes[i]);
      if (n !== void 0 && (n === uniform || everyRunAbove1 && known.has(n))) r.procs = n;
    }
    out.set(r, r.procs !== void 0 && r.procs !== 1 && r.printed.endsWith(`-${r.procs}`) ? r.printed.slice(0, -`-${r.procs}`.length) : r.printed);
  });
  return out;
}
function failureMessage(lines, at) {
  const indented = (l) => l !== void 0 && /^\s{4,}\S/.test(l) && !/^\s*--- /.test(l);
  const logs = [];
  for (let j = at + 1; indented(lines[j]) && logs.length < 10; j++) logs.push(lines[j].trim());
  if (logs.length === 0) for (let j = at - 1; indented(lines[j]) && logs.length < 10; j--) logs.unshift(lines[j].trim());
  return logs.length > 0 ? `--- FAIL: ${logs.join("\n")}` : "--- FAIL (go test printed no message)";
}

// src/results/import/googlecpp.ts
function looksLikeGoogleBenchmark(doc) {
  return isObject4(doc) && isObject4(doc.context) && Array.isArray(doc.benchmarks);
}
function parseGoogleBenchmark(text, source, notes = []) {
  const doc = parseJson(text, source);
  if (!isObject4(doc) || !Array.isArray(doc.benchmarks)) {
    throw new InputError(
      source,
      `benchmarks: expected Google Benchmark JSON with a "benchmarks" array, found ${isObject4(doc) ? describe(doc.benchmarks) : describe(doc)}`
    );
  }
  const byName = /* @__PURE__ */ new Map();
  const medians = /* @__PURE__ */ new Map();
  doc.benchmarks.forEach((entry, i) => {
    const at = `benchmarks[${i}]`;
    if (!isObject4(entry)) throw new InputError(source, `${at}: expected an object, found ${describe(entry)}`);
    const name = typeof entry.run_name === "string" && entry.run_name !== "" ? entry.run_name : entry.name;
    if (typeof name !== "string" || name === "") throw new InputError(source, `${at}.name: expected a non-empty string, found ${describe(entry.name)}`);
    const timeUnit = entry.time_unit ?? "ns";
    if (typeof timeUnit !== "string" || timeUnit === "")
      throw new InputError(source, `${at}.time_unit: expected a unit such as "ns", found ${describe(timeUnit)}`);
    const unit = `${timeUnit}/iter`;
    if (entry.run_type === "aggregate") {
      if (entry.aggregate_name === "median" && typeof entry.real_time === "number") medians.set(name, { value: entry.real_time, unit });
      return;
    }
    let result = byName.get(name);
    if (!result) {
      result = { name, unit, direction: "smaller", samples: [], processes: [] };
      byName.set(name, result);
    } else if (result.unit !== unit) {
      throw new InputError(
        source,
        `${at}.time_unit: expected ${describe(result.unit.replace("/iter", ""))} like the earlier repetitions of ${describe(name)}, found ${describe(timeUnit)}`
      );
    }
    if (entry.error_occurred === true) {
      result.error = typeof entry.error_message === "string" && entry.error_message !== "" ? entry.error_message : "the benchmark reported an error";
      return;
    }
    const time = entry.real_time;
    if (typeof time !== "number" || !Number.isFinite(time) || time < 0) {
      throw new InputError(source, `${at}.real_time: expected a positive number of ${timeUnit}, found ${describe(time)}`);
    }
    if (!isComparable(time, unit)) {
      notes.push(`${source}: ${at}: ${name} took 0 ${timeUnit}, too fast to time; left out`);
      return;
    }
    result.samples.push(time);
    result.processes.push(0);
  });
  for (const [name, median] of medians) {
    if (byName.has(name) || !isComparable(median.value, median.unit)) continue;
    byName.set(name, { name, unit: median.unit, direction: "smaller", samples: [median.value], processes: oneProcess(1) });
  }
  const results = [...byName.values()].filter((b) => b.samples.length > 0 || b.error !== void 0);
  if (results.length === 0) throw new InputError(source, "benchmarks: expected at least one benchmark run, found none");
  return results;
}

// src/results/import/hyperfine.ts
function looksLikeHyperfine(doc) {
  return isObject4(doc) && Array.isArray(doc.results) && doc.results.some((r) => isObject4(r) && typeof r.command === "string" && ("times" in r || "mean" in r));
}
function parseHyperfine(text, source, notes) {
  const doc = parseJson(text, source);
  if (!isObject4(doc) || !Array.isArray(doc.results)) {
    throw new InputError(
      source,
      `results: expected hyperfine --export-json output with a "results" array, found ${isObject4(doc) ? describe(doc.results) : describe(doc)}`
    );
  }
  if (doc.results.length === 0) throw new InputError(source, "results: expected at least one command, found an empty array");
  const names = new NameRegister(source);
  return doc.results.map((entry, i) => {
    const at = `results[${i}]`;
    if (!isObject4(entry)) throw new InputError(source, `${at}: expected an object, found ${describe(entry)}`);
    const name = stringField2(source, entry, "command", `${at}.`);
    names.add(name, `${at}.command`);
    const times = entry.times;
    let samples;
    if (Array.isArray(times) && times.length > 0) {
      times.forEach((t, j) => {
        if (!isComparable(t, "s")) throw new InputError(source, `${at}.times[${j}]: expected a time in seconds above 0, found ${describe(t)}`);
      });
      samples = times;
    } else {
      if (!isComparable(entry.mean, "s")) throw new InputError(source, `${at}.mean: expected a time in seconds above 0, found ${describe(entry.mean)}`);
      notes.push(`${source}: ${at}: no "times" (an old hyperfine?); read the mean as the one sample`);
      samples = [entry.mean];
    }
    if (Array.isArray(entry.exit_codes)) {
      const failed = entry.exit_codes.filter((c) => c !== 0).length;
      if (failed > 0) notes.push(`${source}: ${name}: ${failed} of ${entry.exit_codes.length} runs exited with an error; their times are read like the others`);
    }
    return { name, unit: "s", direction: "smaller", samples, processes: processEach(samples.length) };
  });
}

// src/results/import/jmh.ts
function looksLikeJmh(doc) {
  return Array.isArray(doc) && doc.length > 0 && doc.every((e) => isObject4(e) && typeof e.benchmark === "string" && isObject4(e.primaryMetric));
}
function parseJmh(text, source, notes) {
  const doc = parseJson(text, source);
  if (!Array.isArray(doc)) throw new InputError(source, `expected JMH's -rf json output, an array of { benchmark, primaryMetric }, found ${describe(doc)}`);
  if (doc.length === 0) throw new InputError(source, "expected at least one JMH benchmark, found an empty array");
  const names = new NameRegister(source);
  return doc.map((entry, i) => {
    const at = `[${i}]`;
    if (!isObject4(entry)) throw new InputError(source, `${at}: expected a JMH benchmark result, found ${describe(entry)}`);
    const benchmark = stringField2(source, entry, "benchmark", `${at}.`);
    const metric = entry.primaryMetric;
    if (!isObject4(metric)) throw new InputError(source, `${at}.primaryMetric: expected an object with score and scoreUnit, found ${describe(metric)}`);
    const unit = stringField2(source, metric, "scoreUnit", `${at}.primaryMetric.`);
    const name = benchmark + (isObject4(entry.params) ? ` ( ${JSON.stringify(entry.params)} )` : "");
    names.add(name, at);
    const raw = metric.rawData;
    let samples = [];
    let processes = [];
    if (Array.isArray(raw) && raw.some((fork) => Array.isArray(fork) && fork.length > 0)) {
      raw.forEach((fork, f) => {
        if (!Array.isArray(fork)) throw new InputError(source, `${at}.primaryMetric.rawData[${f}]: expected the scores of one fork, found ${describe(fork)}`);
        fork.forEach((score, j) => {
          if (typeof score !== "number") throw new InputError(source, `${at}.primaryMetric.rawData[${f}][${j}]: expected a score, found ${describe(score)}`);
          samples.push(score);
          processes.push(f);
        });
      });
    } else {
      if (typeof metric.score !== "number") throw new InputError(source, `${at}.primaryMetric.score: expected a number, found ${describe(metric.score)}`);
      samples = [metric.score];
      processes = oneProcess(1);
    }
    const usable = samples.map((s) => isComparable(s, unit));
    if (usable.includes(false)) {
      notes.push(`${source}: ${at}: ${usable.filter((u) => !u).length} score(s) of ${name} at 0 or below left out`);
      samples = samples.filter((_, k) => usable[k]);
      processes = processes.filter((_, k) => usable[k]);
    }
    if (samples.length === 0) return { name, unit, direction: directionOf(unit), samples: [], error: "JMH reported no usable score" };
    return { name, unit, direction: directionOf(unit), samples, processes };
  });
}

// src/results/import/julia.ts
function looksLikeJulia(doc) {
  return Array.isArray(doc) && doc.length === 2 && isObject4(doc[0]) && "BenchmarkTools" in doc[0] && Array.isArray(doc[1]);
}
function parseJulia(text, source, notes) {
  const doc = parseJson(text, source);
  if (!looksLikeJulia(doc)) {
    throw new InputError(source, `expected BenchmarkTools JSON, [{ "Julia": \u2026, "BenchmarkTools": \u2026 }, [groups]], found ${describe(doc)}`);
  }
  const names = new NameRegister(source);
  const results = [];
  const visit = (entry, labels, path) => {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string" || !isObject4(entry[1])) {
      throw new InputError(source, `${path}: expected a tagged pair ["BenchmarkGroup" | "Trial" | "TrialEstimate", {\u2026}], found ${describe(entry)}`);
    }
    const [kind, body] = entry;
    if (kind === "BenchmarkGroup") {
      if (!isObject4(body.data)) throw new InputError(source, `${path}[1].data: expected an object of benchmarks, found ${describe(body.data)}`);
      for (const [key, child] of Object.entries(body.data)) visit(child, [...labels, key], `${path}[1].data[${JSON.stringify(key)}]`);
      return;
    }
    const name = labels.join("/");
    if (name === "") throw new InputError(source, `${path}: expected a BenchmarkGroup at the top, found a ${kind}`);
    names.add(name, path);
    let samples;
    if (kind === "TrialEstimate") {
      if (typeof body.time !== "number") throw new InputError(source, `${path}[1].time: expected a time in ns, found ${describe(body.time)}`);
      samples = [body.time];
    } else if (kind === "Trial") {
      const times = body.times;
      if (!Array.isArray(times) || times.length === 0 || times.some((t) => typeof t !== "number")) {
        throw new InputError(source, `${path}[1].times: expected the times of every evaluation in ns, found ${describe(times)}`);
      }
      samples = times;
    } else {
      throw new InputError(source, `${path}[0]: expected "BenchmarkGroup", "Trial" or "TrialEstimate", found ${describe(kind)}`);
    }
    const kept = samples.filter((t) => isComparable(t, "ns"));
    if (kept.length < samples.length) notes.push(`${source}: ${name}: ${samples.length - kept.length} time(s) of 0 ns or less left out`);
    if (kept.length === 0) return;
    results.push({ name, unit: "ns", direction: "smaller", samples: kept, processes: oneProcess(kept.length) });
  };
  doc[1].forEach((group, i) => visit(group, [], `[1][${i}]`));
  if (results.length === 0) throw new InputError(source, "expected at least one benchmark in the BenchmarkTools groups, found none");
  return results;
}

// src/results/import/k6.ts
var K6_SCENARIO = "k6";
var PERCENTILES = [
  ["med", "p50 latency"],
  ["p(90)", "p90 latency"],
  ["p(95)", "p95 latency"],
  ["p(99)", "p99 latency"],
  ["p(99.9)", "p99.9 latency"]
];
function isHandleSummaryData(metrics) {
  return Object.values(metrics).some((m) => isObject(m) && typeof m.type === "string" && isObject(m.values));
}
function numbers(source, path, value, skip) {
  const out = {};
  for (const [key, x] of Object.entries(value)) {
    if (skip.includes(key)) continue;
    if (typeof x !== "number" || !Number.isFinite(x)) throw new InputError(source, `${path}.${key}: expected a number, found ${describe(x)}`);
    out[key] = x;
  }
  return out;
}
function readSummaryExport(source, metrics) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, raw] of Object.entries(metrics.value)) {
    const path = metrics.at(name);
    const m = new Fields(source, path, raw);
    const values = numbers(source, path, m.value, ["thresholds"]);
    if (values.value !== void 0 && values.passes !== void 0 && values.rate === void 0) values.rate = values.value;
    const thresholds = Object.entries(m.object("thresholds", { optional: true })?.value ?? {}).map(([expression, failed]) => {
      if (typeof failed !== "boolean")
        throw new InputError(source, `${path}.thresholds[${JSON.stringify(expression)}]: expected true (failed) or false (passed), found ${describe(failed)}`);
      return { expression, passed: !failed };
    });
    out.set(name, { values, thresholds });
  }
  return out;
}
function readHandleSummary(source, metrics) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, raw] of Object.entries(metrics.value)) {
    const path = metrics.at(name);
    const m = new Fields(source, path, raw);
    const values = numbers(source, m.at("values"), m.object("values").value, []);
    const thresholds = Object.entries(m.object("thresholds", { optional: true })?.value ?? {}).map(([expression, result]) => {
      const ok = isObject(result) ? result.ok : void 0;
      if (typeof ok !== "boolean")
        throw new InputError(source, `${path}.thresholds[${JSON.stringify(expression)}].ok: expected true or false, found ${describe(ok)}`);
      return { expression, passed: ok };
    });
    out.set(name, { values, thresholds });
  }
  return out;
}
function metricsOf(text, source, shape) {
  const doc = new Fields(source, "", parseJson(text, source), 'a k6 summary (an object with "metrics")');
  if (!isObject(doc.value.metrics)) {
    throw new InputError(source, `metrics: expected k6 summary JSON with a "metrics" object, found ${describe(doc.value.metrics)}`);
  }
  const metrics = doc.object("metrics");
  const handleSummary = isHandleSummaryData(metrics.value);
  if (shape === "summary-export" && handleSummary) {
    throw new InputError(
      source,
      `metrics: expected --summary-export output, found handleSummary() data (metrics with "type" and "values") \u2014 ${setOption("tool", "k6-summary")}`
    );
  }
  if (shape === "handleSummary" && !handleSummary) {
    throw new InputError(
      source,
      `metrics: expected handleSummary() data (metrics with "type" and "values"), found none \u2014 is this --summary-export output? ${setOption("tool", "k6")}`
    );
  }
  if (shape === "summary-export") return { metrics: readSummaryExport(source, metrics) };
  const durationMs = doc.object("state", { optional: true })?.number("testRunDurationMs", { optional: true });
  return { metrics: readHandleSummary(source, metrics), ...durationMs !== void 0 ? { durationMs } : {} };
}
function observed(expression, values) {
  const match = /^\s*(avg|min|max|med|count|rate|value|p\(\s*\d+(?:\.\d+)?\s*\))\s*(?:<|>|=|!)/.exec(expression);
  if (!match) return void 0;
  const stat3 = match[1].replace(/\s+/g, "");
  return values[stat3] ?? (stat3 === "value" ? values.rate : void 0);
}
function latencySummary2(trend, count) {
  const v = trend?.values;
  if (!v) return void 0;
  const n = v.count ?? count;
  const fields = [v.min, v.avg, v.med, v["p(90)"], v["p(95)"], v["p(99)"], v["p(99.9)"], v.max];
  if (n === void 0 || fields.some((x) => x === void 0)) return void 0;
  const [min, mean, p50, p90, p95, p99, p999, max] = fields;
  return { count: n, min, mean, p50, p90, p95, p99, p999, max };
}
function importK6(text, source, shape) {
  const { metrics, durationMs: stated } = metricsOf(text, source, shape);
  const latencyName = metrics.has("http_req_duration") ? "http_req_duration" : metrics.has("iteration_duration") ? "iteration_duration" : void 0;
  if (!latencyName) throw new InputError(source, "metrics.http_req_duration: expected the request (or iteration_duration) latency metric, found neither");
  const latency = metrics.get(latencyName);
  const requests = metrics.get("http_reqs")?.values;
  const iterations = metrics.get("iterations")?.values;
  const failed = metrics.get("http_req_failed")?.values;
  const name = K6_SCENARIO;
  const group = "k6";
  const benchmarks = defined([
    ...PERCENTILES.map(([stat3, metric]) => figure(name, metric, "ms", "smaller", [latency.values[stat3]], group)),
    requests?.rate !== void 0 ? figure(name, "throughput", "req/s", "bigger", [requests.rate], group) : figure(name, "throughput", "ops/s", "bigger", [iterations?.rate], group),
    failed?.rate !== void 0 ? figure(name, "error rate", "%", "smaller", [failed.rate * 100], group) : void 0
  ]);
  const count = iterations?.count ?? requests?.count ?? 0;
  const rate = iterations?.rate ?? requests?.rate ?? 0;
  const durationMs = stated ?? (rate > 0 ? count / rate * 1e3 : 0);
  const thresholds = [...metrics.entries()].flatMap(
    ([metric, m]) => m.thresholds.map((t) => {
      const value = observed(t.expression, m.values);
      return { metric, expression: t.expression, ...value !== void 0 ? { observed: value } : {}, passed: t.passed };
    })
  );
  const failedCount = Math.round(failed?.passes ?? 0);
  const summary = latencySummary2(latency, requests?.count);
  const vus = metrics.get("vus")?.values.max;
  const scenario = {
    name,
    group,
    executor: "k6",
    model: "closed",
    duration: durationMs,
    iterations: Math.round(count),
    throughput: rate,
    ...summary ? { latency: summary } : {},
    errors: { count: failedCount, rate: failed?.rate ?? 0, byKind: failedCount > 0 ? { http_req_failed: failedCount } : {} },
    dropped: Math.round(metrics.get("dropped_iterations")?.values.count ?? 0),
    ...vus !== void 0 ? { maxConcurrency: Math.round(vus) } : {},
    thresholds,
    windows: []
  };
  return { benchmarks, scenarios: [scenario] };
}
function parseK6SummaryExport(text, source) {
  return importK6(text, source, "summary-export");
}
function parseK6HandleSummary(text, source) {
  return importK6(text, source, "handleSummary");
}

// src/results/import/pytest.ts
var PYTEST_UNIT = "iter/sec";
function looksLikePytest(doc) {
  return isObject4(doc) && Array.isArray(doc.benchmarks) && (isObject4(doc.machine_info) || doc.benchmarks.some((b) => isObject4(b) && isObject4(b.stats) && "ops" in b.stats));
}
function parsePytest(text, source, notes = []) {
  const doc = parseJson(text, source);
  if (!isObject4(doc) || !Array.isArray(doc.benchmarks)) {
    throw new InputError(
      source,
      `benchmarks: expected pytest-benchmark JSON with a "benchmarks" array, found ${isObject4(doc) ? describe(doc.benchmarks) : describe(doc)}`
    );
  }
  if (doc.benchmarks.length === 0) throw new InputError(source, "benchmarks: expected at least one benchmark, found an empty array");
  const names = new NameRegister(source);
  return doc.benchmarks.map((entry, i) => {
    const at = `benchmarks[${i}]`;
    if (!isObject4(entry)) throw new InputError(source, `${at}: expected an object, found ${describe(entry)}`);
    const name = typeof entry.fullname === "string" && entry.fullname !== "" ? entry.fullname : entry.name;
    if (typeof name !== "string" || name === "") throw new InputError(source, `${at}.fullname: expected a non-empty string, found ${describe(entry.fullname)}`);
    names.add(name, `${at}.fullname`);
    const stats = entry.stats;
    if (!isObject4(stats)) throw new InputError(source, `${at}.stats: expected an object, found ${describe(stats)}`);
    const group = typeof entry.group === "string" && entry.group !== "" ? { group: entry.group } : {};
    const data = stats.data;
    const complete = Array.isArray(data) && data.length > 0 && data.length === stats.rounds && data.every((x) => typeof x === "number" && Number.isFinite(x) && x > 0);
    let samples;
    if (complete) {
      samples = data.map((seconds) => 1 / seconds);
    } else {
      const ops = stats.ops;
      if (typeof ops !== "number" || !Number.isFinite(ops) || ops <= 0) {
        throw new InputError(source, `${at}.stats.ops: expected a positive number of operations per second, found ${describe(ops)}`);
      }
      if (Array.isArray(data)) {
        notes.push(
          `${source}: ${at}.stats.data: ${data.length} round time(s) for ${describe(stats.rounds)} rounds, not all of them numbers above 0; read ops as the one sample`
        );
      }
      samples = [ops];
    }
    return { name, unit: PYTEST_UNIT, direction: "bigger", samples, processes: oneProcess(samples.length), ...group };
  });
}

// src/results/import/vitest.ts
function looksLikeVitest(doc) {
  return isObject4(doc) && Array.isArray(doc.files) && doc.files.some((f) => isObject4(f) && Array.isArray(f.groups));
}
function parseVitest(text, source, notes) {
  const doc = parseJson(text, source);
  if (!looksLikeVitest(doc)) {
    throw new InputError(
      source,
      `files: expected vitest bench --outputJson output with "files[].groups[].benchmarks", found ${isObject4(doc) ? describe(doc.files) : describe(doc)}`
    );
  }
  const names = new NameRegister(source);
  const results = [];
  arrayField2(source, doc, "files", "", "an array of files").forEach((file, f) => {
    if (!isObject4(file)) throw new InputError(source, `files[${f}]: expected an object, found ${describe(file)}`);
    arrayField2(source, file, "groups", `files[${f}].`, "an array of groups").forEach((group, g) => {
      const gat = `files[${f}].groups[${g}]`;
      if (!isObject4(group)) throw new InputError(source, `${gat}: expected an object, found ${describe(group)}`);
      const fullName = stringField2(source, group, "fullName", `${gat}.`);
      arrayField2(source, group, "benchmarks", `${gat}.`, "an array of benchmarks").forEach((bench, b) => {
        const at = `${gat}.benchmarks[${b}]`;
        if (!isObject4(bench)) throw new InputError(source, `${at}: expected an object, found ${describe(bench)}`);
        const name = `${fullName} > ${stringField2(source, bench, "name", `${at}.`)}`;
        names.add(name, at);
        const raw = Array.isArray(bench.samples) ? bench.samples.filter((s) => isComparable(s, "ms")) : [];
        let samples;
        if (raw.length > 0) samples = raw;
        else if (isComparable(bench.median, "ms")) samples = [bench.median];
        else {
          notes.push(`${source}: ${at}: ${name} has no median above 0 ms (it did not run?); left out`);
          return;
        }
        results.push({ name, unit: "ms", direction: "smaller", samples, processes: oneProcess(samples.length), group: fullName });
      });
    });
  });
  if (results.length === 0) throw new InputError(source, "files: expected at least one benchmark, found none");
  return results;
}

// src/results/import/criterion.ts
import { readdir as readdir2, readFile as readFile2 } from "node:fs/promises";
import { join as join3, relative } from "node:path";
var SKIPPED = /* @__PURE__ */ new Set(["report", "base", "change"]);
async function readCriterionFolder(folder, notes) {
  const found = [];
  const walk = async (dir, depth) => {
    const entries = await readdir2(dir, { withFileTypes: true });
    if (entries.some((e) => e.isDirectory() && e.name === "new")) found.push(join3(dir, "new"));
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory() && e.name !== "new" && !SKIPPED.has(e.name) && depth < 8) await walk(join3(dir, e.name), depth + 1);
    }
  };
  await walk(folder, 0);
  if (found.length === 0) {
    throw new InputError(folder, "expected a Criterion.rs output folder (target/criterion) with <benchmark>/new/sample.json inside, found none");
  }
  const names = new NameRegister(folder);
  const results = [];
  for (const dir of found) {
    const samplePath = join3(dir, "sample.json");
    const benchmarkPath = join3(dir, "benchmark.json");
    const info = parseJson(await readText(benchmarkPath), benchmarkPath);
    const name = isObject4(info) && typeof info.full_id === "string" && info.full_id !== "" ? info.full_id : relative(folder, join3(dir, "..")) || "benchmark";
    names.add(name, relative(folder, dir));
    results.push(criterionSamples(await readText(samplePath), samplePath, name, notes));
  }
  return results;
}
function criterionSamples(text, source, name, notes) {
  const doc = parseJson(text, source);
  if (!isObject4(doc) || !Array.isArray(doc.iters) || !Array.isArray(doc.times)) {
    throw new InputError(source, `expected Criterion's sample.json with "iters" and "times" arrays, found ${describe(doc)}`);
  }
  const { iters, times } = doc;
  if (iters.length !== times.length || iters.length === 0) {
    throw new InputError(source, `times: expected one time per entry of iters (${iters.length}), found ${times.length}`);
  }
  const samples = [];
  iters.forEach((n, i) => {
    const t = times[i];
    if (typeof n !== "number" || !(n > 0)) throw new InputError(source, `iters[${i}]: expected a positive number of iterations, found ${describe(n)}`);
    if (typeof t !== "number" || !Number.isFinite(t) || t < 0) throw new InputError(source, `times[${i}]: expected a time in ns, found ${describe(t)}`);
    if (t > 0) samples.push(t / n);
  });
  if (samples.length < iters.length) notes.push(`${source}: ${iters.length - samples.length} sample(s) of 0 ns left out`);
  if (samples.length === 0) return { name, unit: "ns/iter", direction: "smaller", samples: [], error: "Criterion measured no time above 0 ns" };
  return { name, unit: "ns/iter", direction: "smaller", samples, processes: oneProcess(samples.length) };
}
async function readText(path) {
  try {
    return await readFile2(path, "utf8");
  } catch (err) {
    throw new InputError(path, `cannot read: ${err.code === "ENOENT" ? "file not found" : err.message}`, { cause: err });
  }
}

// src/results/import/index.ts
var IMPORTERS = {
  cargo: parseCargo,
  go: parseGo,
  benchmarkjs: parseBenchmarkJs,
  benchmarkluau: parseBenchmarkLuau,
  pytest: parsePytest,
  googlecpp: parseGoogleBenchmark,
  catch2: parseCatch2,
  julia: parseJulia,
  jmh: parseJmh,
  benchmarkdotnet: parseBenchmarkDotNet,
  customSmallerIsBetter: parseCustomSmallerIsBetter,
  customBiggerIsBetter: parseCustomBiggerIsBetter,
  hyperfine: parseHyperfine,
  vitest: parseVitest,
  k6: parseK6SummaryExport,
  "k6-summary": parseK6HandleSummary,
  autocannon: parseAutocannon,
  artillery: parseArtillery
};
function recognise(text) {
  const body = text.replace(/^\ufeff/, "").trim();
  if (body.startsWith("{") || body.startsWith("[")) {
    let doc;
    try {
      doc = JSON.parse(body);
    } catch {
      return void 0;
    }
    return recogniseJson(doc);
  }
  if (/^test .+ \.\.\. bench:\s+[0-9]/m.test(body)) return { tool: "cargo", why: 'lines "test \u2026 ... bench: \u2026 ns/iter"' };
  if (looksLikeGo(body)) return { tool: "go", why: 'lines "BenchmarkX-8  1000  123 ns/op"' };
  if (/^benchmark name\s+samples\s+iterations/m.test(body)) return { tool: "catch2", why: 'a table headed "benchmark name  samples  iterations"' };
  if (/ x [0-9][0-9,.]*\s+\S+\s+(±|\+-)[^%]+% \(\d+ runs? sampled\)/.test(body))
    return { tool: "benchmarkjs", why: 'lines "name x 1,234 ops/sec \xB11.00% (90 runs sampled)"' };
  if (/^SUCCESS:?\s+\S+\s+:\s+[0-9.]+\s*[a-zµμ]+\s+\+\/-/m.test(body)) return { tool: "benchmarkluau", why: 'lines "SUCCESS: name : 15.0ms +/- 0.6% on luau"' };
  return void 0;
}
function recogniseJson(doc) {
  if (isObject4(doc) && doc.format === "benchgate/results") return { tool: "benchgate", why: 'format "benchgate/results"' };
  if (looksLikeJulia(doc)) return { tool: "julia", why: "a BenchmarkTools version and benchmark groups" };
  if (looksLikeJmh(doc)) return { tool: "jmh", why: 'entries with "benchmark" and "primaryMetric"' };
  if (Array.isArray(doc) && doc.length > 0 && doc.every((e) => isObject4(e) && "name" in e && "unit" in e && ("value" in e || "samples" in e))) {
    return { tool: "customSmallerIsBetter", why: 'entries with "name", "unit" and "value"' };
  }
  if (!isObject4(doc)) return void 0;
  if (looksLikePytest(doc)) return { tool: "pytest", why: '"machine_info" and "benchmarks" with "stats"' };
  if (looksLikeGoogleBenchmark(doc)) return { tool: "googlecpp", why: '"context" and "benchmarks"' };
  if (looksLikeBenchmarkDotNet(doc)) return { tool: "benchmarkdotnet", why: '"Benchmarks" with "FullName" and "Statistics"' };
  if (looksLikeHyperfine(doc)) return { tool: "hyperfine", why: '"results" with "command" and "times"' };
  if (looksLikeVitest(doc)) return { tool: "vitest", why: '"files" with "groups" of benchmarks' };
  if (isObject4(doc.metrics) && (isObject4(doc.root_group) || isObject4(doc.state))) {
    const handleSummary = Object.values(doc.metrics).some((m) => isObject4(m) && typeof m.type === "string" && isObject4(m.values));
    return handleSummary ? { tool: "k6-summary", why: 'k6 metrics with "type" and "values"' } : { tool: "k6", why: 'k6 metrics and "root_group"' };
  }
  if (isObject4(doc.latency) && isObject4(doc.requests)) return { tool: "autocannon", why: '"latency" and "requests"' };
  if (isObject4(doc.aggregate) && (isObject4(doc.aggregate.counters) || isObject4(doc.aggregate.summaries) || isObject4(doc.aggregate.latency))) {
    return { tool: "artillery", why: 'an "aggregate" snapshot' };
  }
  return void 0;
}
function wrongToolHint(text, tool) {
  const found = recognise(text);
  if (!found || found.tool === tool) return "";
  if (found.tool === "customSmallerIsBetter") {
    if (tool === "customBiggerIsBetter") return "";
    return ` \u2014 this looks like github-action-benchmark's custom JSON: ${setOption("tool", "customSmallerIsBetter")} (or customBiggerIsBetter)`;
  }
  return ` \u2014 this looks like ${TOOL_DESCRIPTIONS[found.tool]}: ${setOption("tool", found.tool)}`;
}

// src/results/run-meta.ts
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
var exec = promisify(execFile);
function newRunId(now = /* @__PURE__ */ new Date()) {
  return `${now.getTime().toString(36)}-${randomBytes(4).toString("hex")}`;
}
async function detectRevision(cwd, env = process.env) {
  const commit = env.GITHUB_SHA || await git(cwd, ["rev-parse", "HEAD"]);
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || await git(cwd, ["rev-parse", "--abbrev-ref", "HEAD"]);
  return { ...commit ? { commit } : {}, ...branch && branch !== "HEAD" ? { branch } : {} };
}
async function git(cwd, args) {
  try {
    const { stdout } = await exec("git", args, { cwd, timeout: 5e3 });
    return stdout.trim() || void 0;
  } catch {
    return void 0;
  }
}

// src/results/io.ts
var DEFAULT_SUITE = "default";
function parseResults(text, source, options = {}) {
  let tool = options.tool ?? "benchgate";
  if (tool === "auto") tool = autoFormat(text, source, options);
  if (tool === "benchgate") return validateResults(parseBenchgateJson(text, source), source);
  if (tool === "criterion") {
    throw new InputError(source, `is a file; ${optionValue("tool", "criterion")} reads the folder Criterion.rs writes (target/criterion)`);
  }
  const importer = IMPORTERS[tool];
  if (!importer) throw new UsageError(`tool: expected one of ${TOOL_FORMATS.join(", ")}, found ${JSON.stringify(tool)}`);
  const notes = [];
  let imported;
  try {
    imported = importer(text, source, notes);
  } catch (err) {
    throw withHint(err, text, tool);
  } finally {
    for (const note of notes) options.onNote?.(note);
  }
  return importedRun(imported, tool, source, options);
}
function importedRun(imported, tool, source, options) {
  const { benchmarks: found, scenarios } = Array.isArray(imported) ? { benchmarks: imported, scenarios: [] } : imported;
  const benchmarks = found.map((b) => options.direction ? { ...b, direction: options.direction } : b);
  const run = {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: options.suite ?? DEFAULT_SUITE,
    run: {
      id: options.id ?? newRunId(),
      ...options.commit !== void 0 ? { commit: options.commit } : {},
      ...options.branch !== void 0 ? { branch: options.branch } : {},
      time: options.time ?? (/* @__PURE__ */ new Date()).toISOString(),
      tool,
      env: options.env ?? currentEnvironment()
    },
    benchmarks,
    ...scenarios.length > 0 ? { scenarios } : {}
  };
  return validateResults(run, source);
}
function autoFormat(text, source, options) {
  const found = recognise(text);
  if (!found) {
    throw new InputError(
      source,
      `${optionValue("tool", "auto")}: the content matches none of the formats benchgate reads (${TOOL_FORMATS.filter((t) => t !== "auto").join(", ")}); name its format with ${optionName("tool")}`
    );
  }
  if (found.tool === "customSmallerIsBetter") {
    throw new InputError(
      source,
      `${optionValue("tool", "auto")}: this is github-action-benchmark's custom JSON, which does not say which way is better: ${setOption("tool", "customSmallerIsBetter")} or customBiggerIsBetter`
    );
  }
  options.onNote?.(`${source}: read as ${TOOL_DESCRIPTIONS[found.tool]} (${optionValue("tool", found.tool)}): ${found.why}`);
  return found.tool;
}
function withHint(err, text, tool) {
  if (!(err instanceof InputError) || err.message.includes(optionName("tool"))) return err;
  const hint = wrongToolHint(text, tool);
  return hint === "" ? err : new InputError(err.file, `${err.message.slice(err.file.length + 2)}${hint}`, { cause: err });
}
function parseBenchgateJson(text, source) {
  let doc;
  try {
    doc = parseJson(text, source);
  } catch (err) {
    throw withHint(err, text, "benchgate");
  }
  const format = typeof doc === "object" && doc !== null && !Array.isArray(doc) ? doc.format : doc;
  if (format !== RESULTS_FORMAT) {
    const hint = wrongToolHint(text, "benchgate");
    if (hint !== "")
      throw new InputError(source, `format: expected "${RESULTS_FORMAT}", found ${format === void 0 ? "no format field" : describe(format)}${hint}`);
  }
  return doc;
}
var MAX_RESULTS_FILE_BYTES = 100 * 1024 * 1024;
async function readResultsFile(path, options = {}) {
  const tool = options.tool ?? "benchgate";
  if (tool === "criterion" || tool === "auto" && await isFolder(path)) {
    const notes = [];
    try {
      const benchmarks = await readCriterionFolder(path, notes);
      if (tool === "auto")
        options.onNote?.(`${path}: read as ${TOOL_DESCRIPTIONS.criterion} (${optionValue("tool", "criterion")}): a folder with new/sample.json files`);
      return importedRun(benchmarks, "criterion", path, options);
    } catch (err) {
      if (err.code !== void 0) throw new InputError(path, readProblem(err), { cause: err });
      throw err;
    } finally {
      for (const note of notes) options.onNote?.(note);
    }
  }
  let text;
  try {
    const handle = await open(path, "r");
    try {
      const { size } = await handle.stat();
      if (size > MAX_RESULTS_FILE_BYTES) {
        throw new InputError(
          path,
          `expected a results file of at most ${MAX_RESULTS_FILE_BYTES / 1024 / 1024} MiB, found ${(size / 1024 / 1024).toFixed(1)} MiB`
        );
      }
      text = await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, readProblem(err), { cause: err });
  }
  return parseResults(text, path, options);
}
async function isFolder(path) {
  try {
    return (await stat2(path)).isDirectory();
  } catch {
    return false;
  }
}
function readProblem(err) {
  const code = err.code;
  if (code === "ENOENT") return "file not found";
  if (code === "EISDIR") return `is a folder; expected a results file (only ${optionValue("tool", "criterion")} reads a folder)`;
  if (code === "ENOTDIR") return `is a file; ${optionValue("tool", "criterion")} reads the folder Criterion.rs writes (target/criterion)`;
  if (code === "EACCES" || code === "EPERM") return "not allowed to read this file";
  return `cannot read: ${err.message}`;
}
function serializeResults(run, source = "results to write") {
  return `${formatJson(validateResults(run, source), "")}
`;
}
async function writeResultsFile(path, run) {
  await writeFileAtomic(path, serializeResults(run, path));
}
function formatJson(value, indent) {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((x) => typeof x !== "object" || x === null)) return `[${value.map((x) => JSON.stringify(x)).join(", ")}]`;
    const inner = `${indent}  `;
    return `[
${value.map((x) => inner + formatJson(x, inner)).join(",\n")}
${indent}]`;
  }
  if (typeof value === "object" && value !== null) {
    const inner = `${indent}  `;
    const entries = Object.entries(value).filter(([, v]) => v !== void 0);
    if (entries.length === 0) return "{}";
    if (entries.every(([, v]) => typeof v !== "object" || v === null)) {
      const line = `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(", ")} }`;
      if (line.length <= 100) return line;
    }
    return `{
${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`).join(",\n")}
${indent}}`;
  }
  return JSON.stringify(value);
}

// src/store/run-files.ts
import { createHash } from "node:crypto";
var SAFE = /^[A-Za-z0-9._-]$/;
var LONGEST_SEGMENT = 200;
var LONGEST_ID = 120;
var SHORT_COMMIT = 12;
var RUN_FILE = /^(\d{8}T\d{9}Z)_([0-9a-f]{1,12}|nocommit)_(.+)\.json$/;
function encodeSegment(text) {
  let out = "";
  for (const char of text) {
    if (SAFE.test(char) && !(out === "" && char === ".")) out += char;
    else for (const byte of Buffer.from(char, "utf8")) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function folderName(text) {
  const encoded = encodeSegment(text);
  if (encoded.length <= LONGEST_SEGMENT) return encoded;
  return `${encoded.slice(0, LONGEST_SEGMENT - 20)}~${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
}
function suiteFolder(suite) {
  if (typeof suite !== "string" || suite === "") throw new UsageError(`suite: expected a non-empty name, found ${describe(suite)}`);
  if (suite === "." || suite === ".." || /[/\\\0]/.test(suite)) {
    throw new UsageError(`suite: expected a name without "/", "\\" or NUL that is not "." or "..", found ${describe(suite)}`);
  }
  return folderName(suite);
}
function branchFolder(branch) {
  if (typeof branch !== "string" || branch === "") throw new UsageError(`branch: expected a non-empty name, found ${describe(branch)}`);
  if (branch.includes("\0")) throw new UsageError(`branch: expected a name without NUL characters, found ${describe(branch)}`);
  return folderName(branch);
}
function shortCommit(commit) {
  return commit !== void 0 && /^[0-9a-f]+$/i.test(commit) ? commit.slice(0, SHORT_COMMIT).toLowerCase() : void 0;
}
function timeKey(time) {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) throw new UsageError(`run.time: expected an ISO 8601 time, found ${describe(time)}`);
  return date.toISOString().replace(/[-:.]/g, "");
}
function runFileName(ref) {
  const id = encodeSegment(ref.id);
  if (id.length > LONGEST_ID) {
    throw new UsageError(`run.id: expected an id short enough for a file name (at most ${LONGEST_ID} characters once encoded), found ${id.length}`);
  }
  return `${timeKey(ref.time)}_${shortCommit(ref.commit) ?? "nocommit"}_${id}.json`;
}
function parseRunFileName(name, suite, branch) {
  const match = RUN_FILE.exec(name);
  if (!match) return void 0;
  const [, key, commit, encodedId] = match;
  let id;
  try {
    id = decodeURIComponent(encodedId);
  } catch {
    return void 0;
  }
  const time = `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}T${key.slice(9, 11)}:${key.slice(11, 13)}:${key.slice(13, 15)}.${key.slice(15, 18)}Z`;
  if (Number.isNaN(Date.parse(time))) return void 0;
  return { suite, branch, id, ...commit !== "nocommit" ? { commit } : {}, time };
}
function isFileOfRun(name, id) {
  return name.endsWith(`_${encodeSegment(id)}.json`) && RUN_FILE.test(name);
}

export {
  nameOptionsAs,
  optionName,
  setOption,
  newRunId,
  detectRevision,
  RESULTS_FORMAT,
  RESULTS_VERSION,
  monthOf,
  historyFolder,
  appendToShard,
  updateIndex,
  appendRunsToHistory,
  readSuiteHistory,
  listHistorySuites,
  parseHistoryIndex,
  parseHistoryShard,
  TOOL_FORMATS,
  parseJson,
  zeroAllowed,
  validateResults,
  readResultsFile,
  serializeResults,
  writeResultsFile,
  encodeSegment,
  suiteFolder,
  branchFolder,
  shortCommit,
  runFileName,
  parseRunFileName,
  isFileOfRun
};
