import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  parseJson
} from "./chunk-NQI5SRZE.js";
import {
  validateResults,
  zeroAllowed
} from "./chunk-4RP5KYJS.js";
import "./chunk-T3JLG3ZN.js";
import {
  RESULTS_FORMAT,
  RESULTS_VERSION
} from "./chunk-P4TMX5AB.js";
import "./chunk-H7FUGREM.js";
import {
  InputError,
  describe
} from "./chunk-WQC4CHKN.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/results/import/github-action-benchmark-data.ts
var createHash = (...args) => __require("node:crypto").createHash(...args);
var SCRIPT_PREFIX = /^(\uFEFF?\s*)window\.BENCHMARK_DATA\s*=\s*/;
var BIGGER_IS_BETTER = {
  cargo: false,
  go: false,
  benchmarkjs: true,
  benchmarkluau: false,
  pytest: true,
  googlecpp: false,
  catch2: false,
  julia: false,
  jmh: false,
  benchmarkdotnet: false,
  customBiggerIsBetter: true,
  customSmallerIsBetter: false
};
var RATE_UNIT = /(^|\W)(ops?|iter(ations)?|req(uests)?|items?|calls?)\s*\/\s*(s|sec|second)$|\/\s*(s|sec)$|per\s+second/i;
var TIME_UNITS = ["s", "ms", "us", "ns"];
var CONVERTIBLE = [TIME_UNITS, TIME_UNITS.map((u) => `${u}/iter`), [...TIME_UNITS].reverse().map((u) => `ops/${u}`)];
function parseGithubActionBenchmarkData(text, source) {
  const doc = parseJson(blankPrefix(text, source), source);
  if (!isObject(doc)) throw new InputError(source, `expected window.BENCHMARK_DATA to be an object with "entries", found ${describe(doc)}`);
  const entries = doc["entries"];
  if (!isObject(entries)) throw new InputError(source, `expected "entries" to be an object of suites (name \u2192 list of runs), found ${describe(entries)}`);
  const repoUrl = typeof doc["repoUrl"] === "string" && doc["repoUrl"] !== "" ? doc["repoUrl"] : void 0;
  const suites = Object.entries(entries).map(([name, list]) => importSuite(name, list, source));
  const taken = /* @__PURE__ */ new Map();
  for (const { name, suite } of suites) {
    const other = taken.get(suite);
    if (other !== void 0)
      throw new InputError(
        source,
        `entries[${JSON.stringify(other)}] and entries[${JSON.stringify(name)}] would both be kept as suite ${JSON.stringify(suite)}; rename one`
      );
    taken.set(suite, name);
  }
  return { ...repoUrl !== void 0 ? { repoUrl } : {}, suites };
}
function blankPrefix(text, source) {
  const match = SCRIPT_PREFIX.exec(text);
  if (match === null) {
    const start = text.replace(/^\uFEFF/, "").trimStart();
    if (start.startsWith("{")) return text;
    throw new InputError(source, `expected github-action-benchmark's data.js, starting "window.BENCHMARK_DATA = {", found ${describe(start.slice(0, 40))}`);
  }
  const body = " ".repeat(match[0].length - match[1].length) + text.slice(match[0].length);
  return match[1] + body.replace(/;\s*$/, (end) => " ".repeat(end.length));
}
function importSuite(name, list, source) {
  const at = `entries[${JSON.stringify(name)}]`;
  const suite = suiteName(name);
  if (suite === "") throw new InputError(source, `${at}: expected a suite name with a letter or digit, found ${describe(name)}`);
  if (!Array.isArray(list)) throw new InputError(source, `${at}: expected a list of runs, found ${describe(list)}`);
  const notes = [];
  if (suite !== name) notes.push(`kept as suite ${JSON.stringify(suite)}: a suite name is letters, digits, ".", "_" and "-" (up to 64)`);
  const entries = list.map((entry, i) => readEntry(entry, i, `${at}[${i}]`, source));
  entries.sort((a, b) => a.time - b.time || a.position - b.position);
  const units = /* @__PURE__ */ new Map();
  let duplicates = 0;
  let unusable = 0;
  let converted = 0;
  const guessed = /* @__PURE__ */ new Set();
  const runs = entries.map((entry) => {
    const seen = /* @__PURE__ */ new Set();
    const benchmarks = [];
    let direction;
    if (entry.tool in BIGGER_IS_BETTER) direction = BIGGER_IS_BETTER[entry.tool] ? "bigger" : "smaller";
    else direction = "smaller";
    for (const bench of entry.benches) {
      if (seen.has(bench.name)) {
        duplicates++;
        continue;
      }
      seen.add(bench.name);
      const own = entry.tool in BIGGER_IS_BETTER ? direction : RATE_UNIT.test(bench.unit) ? "bigger" : "smaller";
      if (!(entry.tool in BIGGER_IS_BETTER)) guessed.add(entry.tool);
      const first = units.get(bench.name);
      let { value, unit } = bench;
      if (first === void 0) units.set(bench.name, unit);
      else if (first !== unit) {
        const factor = conversion(unit, first);
        if (factor !== void 0) {
          value *= factor;
          unit = first;
          converted++;
        }
      }
      if (value > 0 || value === 0 && zeroAllowed(unit)) {
        benchmarks.push({ name: bench.name, unit, direction: own, samples: [value] });
      } else {
        unusable++;
        benchmarks.push({
          name: bench.name,
          unit,
          direction: own,
          samples: [],
          error: `github-action-benchmark recorded ${value}, which cannot be compared as a ratio`
        });
      }
    }
    const run = {
      format: RESULTS_FORMAT,
      version: RESULTS_VERSION,
      suite,
      run: {
        id: `gab-${createHash("sha256").update(`${name}\0${entry.commit ?? ""}\0${entry.time}`).digest("hex").slice(0, 16)}`,
        ...entry.commit !== void 0 ? { commit: entry.commit } : {},
        time: new Date(entry.time).toISOString(),
        tool: entry.tool,
        env: { node: "unknown", os: "unknown", arch: "unknown", cpu: "unknown", cores: 0, runner: "imported from github-action-benchmark" }
      },
      benchmarks
    };
    return validateResults(run, `${source}: ${entry.at}`);
  });
  if (duplicates > 0) notes.push(`${duplicates} benchmark result${duplicates === 1 ? "" : "s"} left out: the same name twice in one run (the first was kept)`);
  if (unusable > 0) notes.push(`${unusable} value${unusable === 1 ? "" : "s"} of 0 or below kept as failed results: benchgate compares ratios`);
  if (converted > 0)
    notes.push(`${converted} value${converted === 1 ? "" : "s"} converted to the unit the benchmark first had, as github-action-benchmark does`);
  for (const tool of guessed)
    notes.push(`tool ${JSON.stringify(tool)} is not one github-action-benchmark knows: rates (per second) taken as bigger-is-better, the rest smaller`);
  return { name, suite, runs, notes };
}
function suiteName(name) {
  return name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/\.{2,}/g, ".").replace(/^[^A-Za-z0-9]+/, "").slice(0, 64).replace(/[-.]+$/, "");
}
function readEntry(entry, position, at, source) {
  if (!isObject(entry)) throw new InputError(source, `${at}: expected a run ({ commit, date, tool, benches }), found ${describe(entry)}`);
  const commit = entry["commit"];
  if (!isObject(commit)) throw new InputError(source, `${at}.commit: expected an object with "id", found ${describe(commit)}`);
  const id = commit["id"];
  if (id !== void 0 && id !== null && typeof id !== "string") throw new InputError(source, `${at}.commit.id: expected a string, found ${describe(id)}`);
  const time = entryTime(entry, commit, at, source);
  const tool = entry["tool"];
  if (typeof tool !== "string" || tool === "") throw new InputError(source, `${at}.tool: expected the name of a tool such as "cargo", found ${describe(tool)}`);
  const benches = entry["benches"];
  if (!Array.isArray(benches)) throw new InputError(source, `${at}.benches: expected a list of { name, value, unit }, found ${describe(benches)}`);
  return {
    at,
    position,
    ...typeof id === "string" && id.trim() !== "" ? { commit: id.trim() } : {},
    time,
    tool,
    benches: benches.map((bench, j) => {
      const where = `${at}.benches[${j}]`;
      if (!isObject(bench)) throw new InputError(source, `${where}: expected { name, value, unit }, found ${describe(bench)}`);
      const { name, value, unit } = bench;
      if (typeof name !== "string" || name === "") throw new InputError(source, `${where}.name: expected a non-empty string, found ${describe(name)}`);
      if (typeof value !== "number" || !Number.isFinite(value)) throw new InputError(source, `${where}.value: expected a number, found ${describe(value)}`);
      if (typeof unit !== "string" || unit.trim() === "") throw new InputError(source, `${where}.unit: expected a non-empty string, found ${describe(unit)}`);
      return { name, value, unit };
    })
  };
}
function entryTime(entry, commit, at, source) {
  const date = entry["date"];
  if (typeof date === "number" && Number.isFinite(date) && Math.abs(date) <= 864e13) return Math.round(date);
  const stamp = commit["timestamp"];
  const parsed = typeof stamp === "string" ? Date.parse(stamp) : Number.NaN;
  if (!Number.isNaN(parsed)) return parsed;
  throw new InputError(source, `${at}.date: expected milliseconds since 1970 (or a commit.timestamp in ISO 8601), found ${describe(date)}`);
}
function conversion(from, to) {
  const canon = (u) => u.trim().toLowerCase().replace(/µs|μs/g, "us");
  for (const units of CONVERTIBLE) {
    const a = units.indexOf(canon(from));
    const b = units.indexOf(canon(to));
    if (a >= 0 && b >= 0) return 1e3 ** (b - a);
  }
  return void 0;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
export {
  parseGithubActionBenchmarkData
};
