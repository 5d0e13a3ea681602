import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  monthOf
} from "./chunk-6AIIOF72.js";
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

// src/store/verdict-log.ts
var mkdir = (...args) => __require("node:fs/promises").mkdir(...args);
var readdir = (...args) => __require("node:fs/promises").readdir(...args);
var readFile = (...args) => __require("node:fs/promises").readFile(...args);
var { join } = __require("node:path");
var VERDICT_LOG_FORMAT = "benchgate/verdict-log";
var VERDICT_LOG_VERSION = 1;
var VERDICTS = /* @__PURE__ */ new Set(["regression", "improvement", "inconclusive", "new", "missing", "error"]);
function appendToVerdictLog(log, suite, month, run) {
  const base = log ?? { format: VERDICT_LOG_FORMAT, version: VERDICT_LOG_VERSION, suite, month, runs: [] };
  const verdicts = run.verdicts.filter((v) => VERDICTS.has(v.verdict)).map((v) => ({
    name: v.name,
    unit: v.unit,
    direction: v.direction,
    verdict: v.verdict,
    ...v.change !== void 0 && Number.isFinite(v.change) ? { change: Number(v.change.toPrecision(4)) } : {}
  }));
  return { ...base, runs: [...base.runs.filter((r) => r.id !== run.id), { id: run.id, branch: run.branch, verdicts }] };
}
async function appendRunVerdicts(root, suiteFolder, suite, time, run) {
  const month = monthOf(time);
  const path = `${suiteFolder}/verdicts/${month}.json`;
  const file = join(root, path);
  let log;
  try {
    log = parseVerdictLog(await readFile(file, "utf8"), file);
  } catch (err) {
    if (err.code !== "ENOENT") throw err;
  }
  const next = appendToVerdictLog(log, suite, month, run);
  await mkdir(join(root, suiteFolder, "verdicts"), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(next)}
`);
  return path;
}
async function readVerdictLogs(root, suiteFolder) {
  const folder = join(root, suiteFolder, "verdicts");
  let names;
  try {
    names = await readdir(folder);
  } catch (err) {
    if (err.code === "ENOENT") return [];
    throw err;
  }
  const logs = [];
  for (const name of names.filter((n) => /^\d{4}-\d{2}\.json$/.test(n)).sort()) {
    const file = join(folder, name);
    logs.push(parseVerdictLog(await readFile(file, "utf8"), file));
  }
  return logs;
}
function parseVerdictLog(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `expected JSON, found text that does not parse (${err.message})`, { cause: err });
  }
  const o = data;
  if (o === null || typeof o !== "object" || Array.isArray(o)) throw new InputError(file, `expected a JSON object, found ${describe(data)}`);
  if (o["format"] !== VERDICT_LOG_FORMAT) throw new InputError(file, `expected "format" to be "${VERDICT_LOG_FORMAT}", found ${describe(o["format"])}`);
  if (o["version"] !== VERDICT_LOG_VERSION) {
    throw new InputError(file, `expected "version" ${VERDICT_LOG_VERSION} (the verdict log version this benchgate reads), found ${describe(o["version"])}`);
  }
  if (typeof o["suite"] !== "string" || typeof o["month"] !== "string" || !Array.isArray(o["runs"])) {
    throw new InputError(file, 'expected "suite" and "month" strings and a "runs" array');
  }
  const runs = o["runs"].map((r, i) => {
    const run = r;
    if (run === null || typeof run !== "object" || typeof run["id"] !== "string" || typeof run["branch"] !== "string" || !Array.isArray(run["verdicts"])) {
      throw new InputError(file, `expected runs[${i}] to have "id" and "branch" strings and a "verdicts" array, found ${describe(r)}`);
    }
    const verdicts = run["verdicts"].map((v, j) => {
      const entry = v;
      const ok = entry !== null && typeof entry === "object" && typeof entry["name"] === "string" && typeof entry["unit"] === "string" && (entry["direction"] === "smaller" || entry["direction"] === "bigger") && typeof entry["verdict"] === "string" && VERDICTS.has(entry["verdict"]) && (entry["change"] === void 0 || typeof entry["change"] === "number" && Number.isFinite(entry["change"]));
      if (!ok) throw new InputError(file, `expected runs[${i}].verdicts[${j}] to be { name, unit, direction, verdict, change? }, found ${describe(v)}`);
      return entry;
    });
    return { id: run["id"], branch: run["branch"], verdicts };
  });
  return { format: VERDICT_LOG_FORMAT, version: VERDICT_LOG_VERSION, suite: o["suite"], month: o["month"], runs };
}

export {
  appendRunVerdicts,
  readVerdictLogs
};
