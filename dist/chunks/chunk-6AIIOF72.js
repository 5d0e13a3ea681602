import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  summarize
} from "./chunk-H7FUGREM.js";
import {
  writeFileAtomic
} from "./chunk-THQGDHP6.js";
import {
  InputError,
  describe
} from "./chunk-WQC4CHKN.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/store/history-index.ts
var mkdir = (...args) => __require("node:fs/promises").mkdir(...args);
var readFile = (...args) => __require("node:fs/promises").readFile(...args);
var readdir = (...args) => __require("node:fs/promises").readdir(...args);
var rm = (...args) => __require("node:fs/promises").rm(...args);
var { join } = __require("node:path");
var HISTORY_INDEX_FORMAT = "benchgate/history-index";
var HISTORY_SHARD_FORMAT = "benchgate/history-shard";
var HISTORY_VERSION = 1;
function monthOf(time) {
  const ms = Date.parse(time);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 time: ${describe(time)}`);
  return new Date(ms).toISOString().slice(0, 7);
}
function historyFolder(suiteFolder) {
  return `${suiteFolder}/history`;
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
function appendRunToHistory(root, suiteFolder, run, options = {}) {
  return appendRunsToHistory(root, suiteFolder, [run], options);
}
async function appendRunsToHistory(root, suiteFolder, runs, options = {}) {
  const folder = historyFolder(suiteFolder);
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
function readHistoryIndex(root, suiteFolder) {
  const path = `${historyFolder(suiteFolder)}/index.json`;
  return readJson(root, path, (text) => parseHistoryIndex(text, join(root, path)));
}
function readHistoryShard(root, suiteFolder, month) {
  const path = `${historyFolder(suiteFolder)}/${month}.json`;
  return readJson(root, path, (text) => parseHistoryShard(text, join(root, path)));
}
async function readSuiteHistory(root, suiteFolder, options = {}) {
  const index = await readHistoryIndex(root, suiteFolder);
  if (index === void 0) return void 0;
  const shards = [];
  for (const entry of index.shards) {
    if (options.branch !== void 0 && !entry.branches.includes(options.branch)) continue;
    const shard = await readHistoryShard(root, suiteFolder, entry.month);
    if (shard === void 0) {
      throw new InputError(join(root, historyFolder(suiteFolder), entry.file), `listed in ${join(root, historyFolder(suiteFolder), "index.json")} but missing`);
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

export {
  HISTORY_INDEX_FORMAT,
  HISTORY_SHARD_FORMAT,
  HISTORY_VERSION,
  monthOf,
  historyFolder,
  appendToShard,
  appendAllToShard,
  updateIndex,
  pruneIndex,
  appendRunToHistory,
  appendRunsToHistory,
  readHistoryIndex,
  readHistoryShard,
  readSuiteHistory,
  listHistorySuites,
  parseHistoryIndex,
  parseHistoryShard
};
