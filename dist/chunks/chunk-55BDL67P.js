import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  InputError,
  UsageError
} from "./chunk-WQC4CHKN.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/measure/micro/discover.ts
var { existsSync, readdirSync, statSync } = __require("node:fs");
var { join, relative, resolve } = __require("node:path");
var BENCHMARK_FILE = /\.bench\.(ts|mts|js|mjs)$/;
var PATTERN_TEXT = "*.bench.ts, *.bench.mts, *.bench.js or *.bench.mjs";
function discoverBenchmarkFiles(dir, cwd) {
  const root = resolve(cwd, dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new UsageError(`benchmark folder ${relativeTo(cwd, root)} not found: expected a folder of ${PATTERN_TEXT} files`);
  }
  const files = walk(root).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  if (files.length === 0) {
    throw new UsageError(`no benchmark files in ${relativeTo(cwd, root)}: expected files named ${PATTERN_TEXT}`);
  }
  return files;
}
function checkBenchmarkFiles(files, cwd) {
  const absolute = [...new Set(files.map((file) => resolve(cwd, file)))];
  for (const file of absolute) {
    if (!existsSync(file) || !statSync(file).isFile()) throw new InputError(relativeTo(cwd, file), "benchmark file not found");
  }
  if (absolute.length === 0) throw new UsageError("no benchmark files given");
  return absolute;
}
function walk(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    else if (entry.isFile() && BENCHMARK_FILE.test(entry.name)) found.push(path);
  }
  return found;
}
function relativeTo(cwd, path) {
  return (relative(cwd, path) || ".").split("\\").join("/");
}

export {
  BENCHMARK_FILE,
  discoverBenchmarkFiles,
  checkBenchmarkFiles,
  relativeTo
};
