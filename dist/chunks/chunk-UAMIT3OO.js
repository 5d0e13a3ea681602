import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  UsageError,
  describe
} from "./chunk-WQC4CHKN.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/store/run-files.ts
var createHash = (...args) => __require("node:crypto").createHash(...args);
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
var DEFAULT_DATA_BRANCH = "benchgate-data";

export {
  encodeSegment,
  suiteFolder,
  branchFolder,
  shortCommit,
  runFileName,
  parseRunFileName,
  isFileOfRun,
  DEFAULT_DATA_BRANCH
};
