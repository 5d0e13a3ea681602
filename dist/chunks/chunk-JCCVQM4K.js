import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  validateResults
} from "./chunk-4RP5KYJS.js";
import {
  optionValue
} from "./chunk-T3JLG3ZN.js";
import {
  RESULTS_FORMAT
} from "./chunk-P4TMX5AB.js";
import {
  writeFileAtomic
} from "./chunk-THQGDHP6.js";
import {
  InputError
} from "./chunk-WQC4CHKN.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/results/io.ts
var { closeSync, fstatSync, openSync, readFileSync } = __require("node:fs");
var DEFAULT_SUITE = "default";
var MAX_RESULTS_FILE_BYTES = 100 * 1024 * 1024;
async function readResultsFile(path, options = {}) {
  const tool = options.tool ?? "benchgate";
  if (tool !== "benchgate") return (await import("./parse-2475SELK.js")).readImportedFile(path, tool, options);
  const text = readResultsText(path);
  const doc = parsedOrUndefined(text);
  if (typeof doc === "object" && doc !== null && doc.format === RESULTS_FORMAT) return validateResults(doc, path);
  return (await import("./parse-2475SELK.js")).parseResults(text, path, options);
}
function parsedOrUndefined(text) {
  try {
    return JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  } catch {
    return void 0;
  }
}
function readResultsText(path) {
  try {
    const fd = openSync(path, "r");
    try {
      const { size } = fstatSync(fd);
      if (size > MAX_RESULTS_FILE_BYTES) {
        throw new InputError(
          path,
          `expected a results file of at most ${MAX_RESULTS_FILE_BYTES / 1024 / 1024} MiB, found ${(size / 1024 / 1024).toFixed(1)} MiB`
        );
      }
      return readFileSync(fd, "utf8");
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, readProblem(err), { cause: err });
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

export {
  DEFAULT_SUITE,
  MAX_RESULTS_FILE_BYTES,
  readResultsFile,
  readResultsText,
  readProblem,
  serializeResults,
  writeResultsFile
};
