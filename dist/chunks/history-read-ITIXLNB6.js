import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  readVerdictLogs
} from "./chunk-FMMBVFMY.js";
import {
  parseRunFileName
} from "./chunk-UAMIT3OO.js";
import {
  readResultsFile
} from "./chunk-JCCVQM4K.js";
import "./chunk-MWBVEDBA.js";
import "./chunk-4RP5KYJS.js";
import "./chunk-T3JLG3ZN.js";
import "./chunk-P4TMX5AB.js";
import {
  appendToShard,
  historyFolder,
  parseHistoryIndex,
  parseHistoryShard,
  updateIndex
} from "./chunk-6AIIOF72.js";
import "./chunk-H7FUGREM.js";
import "./chunk-THQGDHP6.js";
import {
  InputError
} from "./chunk-WQC4CHKN.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/store/history-read.ts
var readdir = (...args) => __require("node:fs/promises").readdir(...args);
var readFile = (...args) => __require("node:fs/promises").readFile(...args);
var { join } = __require("node:path");
async function readStoredHistories(root, options = {}) {
  const histories = [];
  for (const folder of await folders(root)) {
    const history = await readShards(root, folder) ?? await buildFromRuns(root, folder, options.skipped);
    if (history === void 0) continue;
    if (options.suite !== void 0 && history.suite !== options.suite) continue;
    histories.push(history);
  }
  return histories.sort((a, b) => a.suite < b.suite ? -1 : a.suite > b.suite ? 1 : 0);
}
async function folders(root) {
  try {
    return (await readdir(root, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => e.name).sort();
  } catch (err) {
    if (err.code === "ENOENT") return [];
    throw err;
  }
}
async function readText(path) {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    if (err.code === "ENOENT" || err.code === "ENOTDIR") return void 0;
    throw err;
  }
}
async function readShards(root, folder) {
  const history = historyFolder(folder);
  const indexPath = `${history}/index.json`;
  const indexText = await readText(join(root, indexPath));
  if (indexText === void 0) return void 0;
  const index = parseHistoryIndex(indexText, join(root, indexPath));
  const files = [{ path: indexPath, content: indexText }];
  const shards = [];
  for (const entry of index.shards) {
    const path = `${history}/${entry.file}`;
    if (!/^\d{4}-\d{2}\.json$/.test(entry.file))
      throw new InputError(join(root, indexPath), `expected shard files named like "2025-06.json", found ${JSON.stringify(entry.file)}`);
    const text = await readText(join(root, path));
    if (text === void 0) throw new InputError(join(root, indexPath), `lists ${entry.file}, which is not there`);
    shards.push(parseHistoryShard(text, join(root, path)));
    files.push({ path, content: text });
  }
  return { suite: index.suite, folder, index, shards, verdicts: await readVerdictLogs(root, folder), files, source: "history" };
}
async function buildFromRuns(root, folder, skipped) {
  const runs = [];
  for (const branchFolder of await folders(join(root, folder))) {
    const dir = join(root, folder, branchFolder);
    const names = (await readdir(dir)).filter((n) => parseRunFileName(n, "", "") !== void 0).sort();
    for (const name of names) {
      try {
        const run = await readResultsFile(join(dir, name));
        run.run.branch = branchName(branchFolder, run.run.branch);
        runs.push(run);
      } catch (err) {
        skipped?.(`${join(dir, name)}: ${err.message}`);
      }
    }
  }
  if (runs.length === 0) return void 0;
  runs.sort((a, b) => a.run.time < b.run.time ? -1 : a.run.time > b.run.time ? 1 : 0);
  const shards = /* @__PURE__ */ new Map();
  let index;
  for (const run of runs) {
    const month = new Date(Date.parse(run.run.time)).toISOString().slice(0, 7);
    const shard = appendToShard(shards.get(month), run);
    shards.set(month, shard);
    index = updateIndex(index, shard);
  }
  const history = historyFolder(folder);
  const files = [
    { path: `${history}/index.json`, content: `${JSON.stringify(index)}
` },
    ...[...shards.values()].map((s) => ({ path: `${history}/${s.month}.json`, content: `${JSON.stringify(s)}
` }))
  ];
  return { suite: runs[0].suite, folder, index, shards: [...shards.values()], verdicts: await readVerdictLogs(root, folder), files, source: "runs" };
}
function branchName(folder, fromRun) {
  if (folder.includes("~") && fromRun) return fromRun;
  try {
    return decodeURIComponent(folder);
  } catch {
    return fromRun ?? folder;
  }
}
export {
  readStoredHistories
};
