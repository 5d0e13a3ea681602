import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/load/discover.ts
var { existsSync, readdirSync, statSync } = __require("node:fs");
var { join, resolve } = __require("node:path");
var SCENARIO_FILE = /\.load\.(ts|mts|js|mjs)$/;
var SCENARIO_FILE_TEXT = "*.load.ts, *.load.mts, *.load.js or *.load.mjs";
function discoverScenarioFiles(dir, cwd) {
  return findFiles(dir, cwd, SCENARIO_FILE);
}
function findFiles(dir, cwd, pattern) {
  const root = resolve(cwd, dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  return walk(root, pattern).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function walk(dir, pattern) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(path, pattern));
    else if (entry.isFile() && pattern.test(entry.name)) found.push(path);
  }
  return found;
}

export {
  SCENARIO_FILE,
  SCENARIO_FILE_TEXT,
  discoverScenarioFiles,
  findFiles
};
