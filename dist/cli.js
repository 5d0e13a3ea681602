#!/usr/bin/env node
import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  AB_DEFAULTS,
  COUNTS_MISS,
  DEFAULT_DATA_BRANCH,
  EXIT_BAD_INPUT,
  EXIT_OK,
  GitBranchStore,
  LocalStore,
  OPTIONS,
  TIMING_RUNS,
  compareInterleaved,
  compareRuns,
  createProgressReporter,
  displayWidth,
  extractSeries,
  formatSpread,
  formatValue,
  formatWallTime,
  gate,
  gateRun,
  historyJson,
  historyTerminal,
  instructionNotes,
  interleaveProgress,
  interleavedNotes,
  isRemoteUrl,
  loadBaseline,
  measure,
  mergeShards,
  noiseLines,
  parseDuration,
  parseNumber,
  parseShard,
  plural,
  processSpread,
  recentHistoryNotes,
  renderCapacityTerminal,
  renderLoadTerminal,
  renderReport,
  resolveConfig,
  runInterleaved,
  sanitizeTerminal,
  shortCommit,
  summarizeSuite,
  truncate,
  writeDashboard
} from "./chunks/chunk-I4GCUFXN.js";
import "./chunks/chunk-UM5CRNIZ.js";
import "./chunks/chunk-A7QD33MA.js";
import {
  RESULTS_FORMAT,
  RESULTS_VERSION,
  detectRevision,
  listHistorySuites,
  newRunId,
  parseJson,
  readResultsFile,
  readSuiteHistory,
  suiteFolder,
  validateResults,
  writeResultsFile,
  zeroAllowed
} from "./chunks/chunk-DSSZ73UY.js";
import "./chunks/chunk-WBV3OXIH.js";
import "./chunks/chunk-4AAPVNUY.js";
import "./chunks/chunk-BUM7M246.js";
import "./chunks/chunk-6ROBQZ6W.js";
import "./chunks/chunk-Y6AZWZSZ.js";
import "./chunks/chunk-VJYNFM5C.js";
import {
  InputError,
  UsageError,
  describe,
  isUserError
} from "./chunks/chunk-A3TNSP7U.js";
import "./chunks/chunk-35VAMBZN.js";

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/config/file.ts
import { readFile } from "node:fs/promises";
var CONFIG_FILE = "benchgate.config.json";
async function readConfigFile(path, explicit) {
  let text4;
  try {
    text4 = await readFile(path, "utf8");
  } catch (err) {
    if (err.code === "ENOENT" && !explicit) return void 0;
    throw new InputError(path, `cannot read the config file (${err.code ?? err.message})`);
  }
  let values;
  try {
    values = JSON.parse(text4);
  } catch (err) {
    throw new InputError(path, `not valid JSON: ${err.message}`);
  }
  if (typeof values !== "object" || values === null || Array.isArray(values)) {
    throw new InputError(path, `expected an object of options such as {"threshold": "5%"}, found ${describe(values)}`);
  }
  const { $schema: _ignored, ...options } = values;
  return { values: options, origin: (name) => `${path}: ${name}` };
}

// src/cli/commands.ts
import { mkdir as mkdir2 } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve6 } from "node:path";

// src/report/run-summary.ts
var MAX_NAME = 80;
var MAX_ERROR = 120;
function median(sorted) {
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}
function describeSamples(samples) {
  const n = samples.length;
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((sum, x) => sum + x, 0) / n;
  const variance = n > 1 ? samples.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1) : 0;
  return { n, median: median(sorted), cv: mean !== 0 ? Math.sqrt(variance) / Math.abs(mean) : Number.NaN };
}
function cells(b, counted) {
  const name = truncate(sanitizeTerminal(b.group ? `${b.group} > ${b.name}` : b.name), MAX_NAME);
  if (b.error !== void 0) return [name, "", "", `error: ${truncate(sanitizeTerminal(b.error), MAX_ERROR)}`];
  if (b.samples.length === 0) return [name, "", "", "no samples"];
  const s = describeSamples(b.samples);
  const apart = counted ? processSpread(b) : void 0;
  const spread = apart !== void 0 ? formatApart(apart) : Number.isFinite(s.cv) ? formatSpread(s.cv) : "";
  return [name, sanitizeTerminal(formatValue(s.median, b.unit)), spread, `n=${s.n}`];
}
function formatApart(spread) {
  return spread === 0 ? "same" : `${Number((spread * 100).toPrecision(2))}% apart`;
}
function countedLines(result) {
  const spreads = result.benchmarks.flatMap((b) => {
    const spread = b.error === void 0 ? processSpread(b) : void 0;
    return spread === void 0 ? [] : [{ name: b.name, spread }];
  });
  const processes = Math.max(0, ...result.benchmarks.flatMap((b) => b.processes ?? [])) + 1;
  const lines = [
    `Instructions per operation, counted under valgrind on Node ${result.run.env.node}: one batch per benchmark in each of ${plural(processes, "process", "processes")}.`
  ];
  if (spreads.length > 0) {
    const same = spreads.filter((s) => s.spread === 0).length;
    const widest = spreads.reduce((a, b) => b.spread > a.spread ? b : a);
    lines.push(
      same === spreads.length ? `The processes agree exactly on all ${plural(spreads.length, "benchmark")}.` : `The processes agree exactly on ${same} of ${plural(spreads.length, "benchmark")}; the widest spread is ${Number((widest.spread * 100).toPrecision(2))}% (${truncate(widest.name, MAX_NAME)}).`
    );
  }
  lines.push(COUNTS_MISS);
  return lines.map(sanitizeTerminal);
}
function renderRunSummary(result) {
  const where = [result.run.commit ? shortCommit(result.run.commit) : "", result.run.branch ? `(${result.run.branch})` : ""].filter((part) => part !== "").join(" ");
  const failed = result.benchmarks.filter((b) => b.error !== void 0).length;
  const counted = `${plural(result.benchmarks.length - failed, "benchmark")} measured${failed > 0 ? `, ${failed} failed` : ""}`;
  const lines = [sanitizeTerminal(`${result.suite}${where ? ` at ${where}` : ""}: ${counted}`)];
  const instructions = result.run.measure === "instructions";
  if (instructions) lines.push(...countedLines(result));
  if (result.benchmarks.length > 0) {
    const rows = [["benchmark", "median", "spread", "samples"], ...result.benchmarks.map((b) => cells(b, instructions))];
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ""))));
    lines.push("");
    for (const [name, value, spread, note] of rows) {
      const pad = (text4, width) => " ".repeat(Math.max(0, (width ?? 0) - displayWidth(text4)));
      lines.push(`${name}${pad(name, widths[0])}  ${pad(value, widths[1])}${value}  ${pad(spread, widths[2])}${spread}  ${note}`.trimEnd());
    }
  }
  for (const section of [renderLoadTerminal(result.scenarios), renderCapacityTerminal(result.scenarios)]) {
    if (section !== "") lines.push("", section);
  }
  return `${lines.join("\n")}
`;
}

// src/cli/ab-command.ts
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
var USAGE = 'benchgate ab --base REF [--head REF] [--setup "npm ci && npm run build"] [--budget 4m] [--cpu 1] [--threshold 2%]';
var abCommand = {
  name: "ab",
  usage: USAGE,
  summary: "Measure a base revision and head side by side in alternating rounds on this machine, and exit 1 on a regression.",
  // processes and round-time are the shared options' names with ab's own defaults, hence listed as ab's flags.
  options: ["suite", "benchmarks", "timeout", "warmup", "filter", "threshold", "alpha", "correction", "confidence", "min-samples", "fail-on", "format"],
  flags: {
    base: { type: "string", description: "Revision to compare against: a branch, tag or commit (required). Checked out into a temporary git worktree." },
    head: { type: "string", description: "Revision under test (default: the working tree as it is, uncommitted changes included)." },
    setup: { type: "string", description: 'Shell command run in each tree before measuring, e.g. "npm ci && npm run build".' },
    processes: {
      type: "string",
      description: `Long-lived benchmark processes per version and file; each pairs with one of the other version (default: ${AB_DEFAULTS.processes}).`
    },
    "round-time": {
      type: "string",
      description: `Length of one round of one benchmark; a pair is two rounds back to back (default: ${AB_DEFAULTS.roundTimeMs}ms).`
    },
    budget: {
      type: "string",
      description: `Time for the whole run, warm-ups included (default: ${AB_DEFAULTS.budgetMs / 6e4}m); every benchmark still gets --min-pairs.`
    },
    "benchmark-budget": { type: "string", description: `Most time one benchmark's pairs may take (default: ${AB_DEFAULTS.benchmarkBudgetMs / 1e3}s).` },
    "min-pairs": { type: "string", description: `Round pairs before a benchmark may stop (default: ${AB_DEFAULTS.minPairs}).` },
    "max-pairs": { type: "string", description: `Most round pairs per benchmark (default: ${AB_DEFAULTS.maxPairs}).` },
    cpu: { type: "string", description: "Pin the benchmark processes to these CPUs with taskset, e.g. 1 or 2,3 (Linux, util-linux)." },
    "expose-gc": { type: "boolean", description: "Start the benchmark processes with --expose-gc and collect garbage before each round (the default)." },
    "no-expose-gc": { type: "boolean", description: "Do not collect garbage before each round." },
    "semi-space": {
      type: "string",
      description: `Fix V8's young generation at this semi-space size in MB, so that garbage collection runs alike in every process; 0 lets V8 size it (default: ${AB_DEFAULTS.semiSpaceMb}).`
    },
    node: { type: "string", description: "The Node that runs the benchmarks (default: node from PATH)." },
    out: { type: "string", description: "Also write both sides' samples, the pairing and the conditions to this JSON file." },
    output: { type: "string", description: "Also write the report to this file." }
  },
  positionals: [],
  async run({ config, flags, io }) {
    const base = text(flags.base);
    if (!base) throw new UsageError(`missing --base REF; usage: ${USAGE}`);
    if (flags["expose-gc"] && flags["no-expose-gc"]) throw new UsageError("give --expose-gc or --no-expose-gc, not both");
    const head = text(flags.head);
    const setup = text(flags.setup);
    const cpu = text(flags.cpu);
    const node = text(flags.node);
    const budget = flags.budget === void 0 ? void 0 : parseDuration("--budget", flags.budget, { min: 1e3 });
    const benchmarkBudget = flags["benchmark-budget"] === void 0 ? void 0 : parseDuration("--benchmark-budget", flags["benchmark-budget"], { min: 10 });
    const minPairs = flags["min-pairs"] === void 0 ? void 0 : parseNumber("--min-pairs", flags["min-pairs"], { min: 2, max: 1e5, integer: true });
    const maxPairs = flags["max-pairs"] === void 0 ? void 0 : parseNumber("--max-pairs", flags["max-pairs"], { min: 2, max: 1e5, integer: true });
    const semiSpaceMb = flags["semi-space"] === void 0 ? void 0 : parseNumber("--semi-space", flags["semi-space"], { min: 0, max: 1024, integer: true });
    const processes = flags.processes === void 0 ? void 0 : parseNumber("--processes", flags.processes, { min: 1, max: 100, integer: true });
    const roundTimeMs = flags["round-time"] === void 0 ? void 0 : parseDuration("--round-time", flags["round-time"], { min: 1, max: 6e5 });
    const write = (chunk) => void io.stderr.write(chunk);
    const run2 = await runInterleaved({
      cwd: io.cwd,
      base,
      ...head ? { head } : {},
      ...setup ? { setup } : {},
      config,
      ...processes !== void 0 ? { processes } : {},
      ...roundTimeMs !== void 0 ? { roundTimeMs } : {},
      ...budget !== void 0 ? { budgetMs: budget } : {},
      ...benchmarkBudget !== void 0 ? { benchmarkBudgetMs: benchmarkBudget } : {},
      ...minPairs !== void 0 ? { minPairs } : {},
      ...maxPairs !== void 0 ? { maxPairs } : {},
      gc: !flags["no-expose-gc"],
      ...semiSpaceMb !== void 0 ? { semiSpaceMb } : {},
      ...cpu ? { cpu } : {},
      ...node ? { node } : {},
      env: io.env,
      write,
      onEvent: interleaveProgress(write)
    });
    const comparison = compareInterleaved(run2, {
      alpha: config.alpha,
      threshold: config.threshold,
      correction: config.correction,
      confidence: config.confidence,
      minSamples: config.minSamples
    });
    const notes = [...interleavedNotes(run2), ...noiseLines(run2, config.threshold, config.format === "markdown" ? "notable" : "all")];
    const report = (color) => {
      const body = renderReport(comparison, config.format, { notes, color });
      if (config.format !== "terminal") return body;
      return `${body.replace(/\n*$/, "\n")}
${notes.join("\n")}
`;
    };
    const shown = report(config.format === "terminal" && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && io.env.TERM !== "dumb");
    io.stdout.write(shown.endsWith("\n") ? shown : `${shown}
`);
    const output = text(flags.output);
    if (output) await writeFile(resolve(io.cwd, output), report(false));
    const out = text(flags.out);
    if (out) await writeFile(resolve(io.cwd, out), `${JSON.stringify({ format: "benchgate/interleaved", version: 1, ...run2 }, null, 1)}
`);
    const outcome = gate(comparison, config.failOn);
    io.stderr.write(`benchgate: ${outcome.reason}
`);
    return outcome.exitCode;
  }
};
function text(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}

// src/cli/dashboard-command.ts
import { resolve as resolve2 } from "node:path";
var dashboardCommand = {
  name: "dashboard",
  usage: "benchgate dashboard --out DIR [--store DIR | --data-branch NAME --data-repository URL [--data-folder F]] [--suite S] [--repository-url URL]",
  summary: "Write the trend dashboard of a store (every suite, or one) as a static site to open in a browser or publish on GitHub Pages.",
  options: ["store", "suite"],
  flags: {
    out: { type: "string", description: "Folder to write the site to (required)." },
    "data-branch": {
      type: "string",
      description: `Read the history from this git data branch (e.g. ${DEFAULT_DATA_BRANCH} or gh-pages) instead of a local store.`
    },
    "data-repository": { type: "string", description: "Repository holding the data branch: URL or path (default: the current folder)." },
    "data-folder": { type: "string", description: "Folder of the store inside the data branch (default: its root)." },
    "repository-url": {
      type: "string",
      description: "Web address of the repository, so a chart point opens its commit (default: from GITHUB_SERVER_URL and GITHUB_REPOSITORY)."
    }
  },
  positionals: [],
  async run({ config, flags, io }) {
    const outFlag = flags.out;
    if (typeof outFlag !== "string" || outFlag === "") throw new UsageError(`missing --out DIR; usage: ${dashboardCommand.usage}`);
    const out = resolve2(io.cwd, outFlag);
    const dataBranch = typeof flags["data-branch"] === "string" ? flags["data-branch"] : void 0;
    if (dataBranch === void 0 && (flags["data-repository"] !== void 0 || flags["data-folder"] !== void 0)) {
      throw new UsageError(`--data-repository and --data-folder read a data branch: give --data-branch too; usage: ${dashboardCommand.usage}`);
    }
    if (dataBranch !== void 0 && typeof flags.store === "string") {
      throw new UsageError(`give either --store DIR or --data-branch NAME, not both; usage: ${dashboardCommand.usage}`);
    }
    const suite = typeof flags.suite === "string" ? config.suite : void 0;
    const started = performance.now();
    let storeFolder = resolve2(io.cwd, config.store);
    let from = storeFolder;
    if (dataBranch !== void 0) {
      const remote = typeof flags["data-repository"] === "string" && flags["data-repository"] !== "" ? flags["data-repository"] : io.cwd;
      const store = new GitBranchStore({
        remote: isRemoteUrl(remote) ? remote : resolve2(io.cwd, remote),
        branch: dataBranch,
        ...typeof flags["data-folder"] === "string" ? { folder: flags["data-folder"] } : {},
        retain: 1,
        ...io.env.GITHUB_TOKEN ? { token: io.env.GITHUB_TOKEN } : {}
      });
      storeFolder = await store.checkout();
      from = store.location;
    }
    const repository = (typeof flags["repository-url"] === "string" ? flags["repository-url"] : void 0) ?? (io.env.GITHUB_SERVER_URL && io.env.GITHUB_REPOSITORY ? `${io.env.GITHUB_SERVER_URL}/${io.env.GITHUB_REPOSITORY}` : void 0);
    if (repository !== void 0 && !/^https?:\/\/[^\s]+$/i.test(repository)) {
      throw new UsageError(`--repository-url: expected an http(s) address like https://github.com/owner/repo, found ${JSON.stringify(repository)}`);
    }
    const outcome = await writeDashboard({
      storeFolder,
      out,
      ...suite !== void 0 ? { suite } : {},
      ...repository !== void 0 ? { repository } : {},
      skipped: (message) => io.stderr.write(`benchgate dashboard: left out a run that could not be read: ${sanitizeTerminal(message)}
`)
    });
    const seconds = ((performance.now() - started) / 1e3).toFixed(1);
    if (outcome.suites === 0) io.stdout.write(`No stored runs in ${sanitizeTerminal(from)}: the dashboard says so until the first run is saved.
`);
    io.stdout.write(
      `Wrote the dashboard of ${outcome.suites} suite${outcome.suites === 1 ? "" : "s"} (${outcome.benchmarks} benchmarks, ${outcome.runs} runs) to ${sanitizeTerminal(out)} in ${seconds} s: ${outcome.written.length} of ${outcome.files.length} files changed.
`
    );
    io.stdout.write(
      `Browsers do not let a page opened from a file read its data: serve the folder, e.g. \`python3 -m http.server -d ${shellQuote(out)} 8000\`, and open http://127.0.0.1:8000/
`
    );
    return EXIT_OK;
  }
};
function shellQuote(path) {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

// src/cli/data-store.ts
import { resolve as resolve3 } from "node:path";
var DATA_STORE_FLAGS = {
  "data-branch": { type: "string", description: "Read the history from this git data branch instead of --store (with --data-repository)." },
  "data-repository": { type: "string", description: "URL or path of the repository holding --data-branch. An https URL uses $GITHUB_TOKEN when set." },
  "data-folder": { type: "string", description: 'Folder inside the data branch, e.g. "dev/bench" in gh-pages (default: its root).' }
};
function openDataStore(config, flags, io) {
  const branch = text2(flags["data-branch"]);
  const repository = text2(flags["data-repository"]);
  const folder = text2(flags["data-folder"]);
  if (branch === void 0) {
    if (repository !== void 0 || folder !== void 0) throw new UsageError("--data-repository and --data-folder go with --data-branch NAME");
    const store2 = new LocalStore(resolve3(io.cwd, config.store), { retain: config.retain });
    return { store: store2, folder: () => Promise.resolve(store2.location) };
  }
  if (repository === void 0) throw new UsageError("--data-branch needs --data-repository URL (the repository that holds the branch)");
  const token = io.env.GITHUB_TOKEN;
  const store = new GitBranchStore({
    remote: /^[a-z][a-z0-9+.-]*:\/\//i.test(repository) || /^[^/]+@[^/]+:/.test(repository) ? repository : resolve3(io.cwd, repository),
    branch,
    ...folder !== void 0 ? { folder } : {},
    retain: config.retain,
    ...token ? { token } : {}
  });
  return { store, folder: () => store.dataFolder() };
}
function text2(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}

// src/cli/history-command.ts
var USAGE2 = "benchgate history [--suite S] [--branch B] [--store DIR | --data-branch NAME --data-repository URL [--data-folder F]] [--format terminal|json]";
var DEFAULT_BRANCHES = ["main", "master"];
var historyCommand = {
  name: "history",
  usage: USAGE2,
  summary: "Print each benchmark's history: latest value, trend, and where it changed (change points).",
  options: ["suite", "store", "format"],
  flags: {
    branch: { type: "string", description: "Branch whose runs to read (default: the only one, or main, or master)." },
    ...DATA_STORE_FLAGS
  },
  positionals: [],
  async run({ config, flags, io }) {
    if (config.format === "markdown") throw new UsageError("--format: history prints terminal or json");
    const { folder } = openDataStore(config, flags, io);
    const root = await folder();
    const named = typeof flags.suite === "string" && flags.suite !== "";
    const suites = named ? [{ suite: config.suite, folder: suiteFolder(config.suite) }] : await listHistorySuites(root);
    const reports = [];
    for (const { suite, folder: suiteDir } of suites) {
      const history = await readSuiteHistory(root, suiteDir);
      if (history === void 0) {
        if (named) throw new UsageError(`suite ${JSON.stringify(suite)} has no history in ${root}`);
        continue;
      }
      const branch = pickBranch(history, typeof flags.branch === "string" && flags.branch !== "" ? flags.branch : void 0, root);
      const series = extractSeries(history, { branch });
      reports.push({
        suite: history.index.suite,
        branch,
        runs: series.runs.length,
        ...series.runs.length > 0 ? { from: series.runs[0].time, to: series.runs[series.runs.length - 1].time } : {},
        benchmarks: summarizeSuite(series)
      });
    }
    if (reports.length === 0) {
      io.stderr.write(`benchgate history: no suite has a history in ${root} yet; every saved run adds to it.
`);
    }
    io.stdout.write(config.format === "json" ? `${JSON.stringify(historyJson(reports), null, 2)}
` : historyTerminal(reports));
    return EXIT_OK;
  }
};
function pickBranch(history, asked, root) {
  const branches = [...new Set(history.index.shards.flatMap((s) => s.branches))].sort();
  if (asked !== void 0) return asked;
  if (branches.length === 1) return branches[0];
  const known = DEFAULT_BRANCHES.find((b) => branches.includes(b));
  if (known !== void 0) return known;
  throw new UsageError(
    `suite ${JSON.stringify(history.index.suite)} in ${root} has runs of ${branches.length} branches (${branches.map((b) => JSON.stringify(b)).join(", ")}); pass --branch`
  );
}

// src/cli/import-history-command.ts
import { readFile as readFile2 } from "node:fs/promises";
import { resolve as resolve4 } from "node:path";

// src/results/import/github-action-benchmark-data.ts
import { createHash } from "node:crypto";
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
function parseGithubActionBenchmarkData(text4, source) {
  const doc = parseJson(blankPrefix(text4, source), source);
  if (!isObject(doc)) throw new InputError(source, `expected window.BENCHMARK_DATA to be an object with "entries", found ${describe(doc)}`);
  const entries = doc["entries"];
  if (!isObject(entries)) throw new InputError(source, `expected "entries" to be an object of suites (name \u2192 list of runs), found ${describe(entries)}`);
  const repoUrl = typeof doc["repoUrl"] === "string" && doc["repoUrl"] !== "" ? doc["repoUrl"] : void 0;
  const suites = Object.entries(entries).map(([name, list2]) => importSuite(name, list2, source));
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
function blankPrefix(text4, source) {
  const match = SCRIPT_PREFIX.exec(text4);
  if (match === null) {
    const start = text4.replace(/^\uFEFF/, "").trimStart();
    if (start.startsWith("{")) return text4;
    throw new InputError(source, `expected github-action-benchmark's data.js, starting "window.BENCHMARK_DATA = {", found ${describe(start.slice(0, 40))}`);
  }
  const body = " ".repeat(match[0].length - match[1].length) + text4.slice(match[0].length);
  return match[1] + body.replace(/;\s*$/, (end) => " ".repeat(end.length));
}
function importSuite(name, list2, source) {
  const at = `entries[${JSON.stringify(name)}]`;
  const suite = suiteName(name);
  if (suite === "") throw new InputError(source, `${at}: expected a suite name with a letter or digit, found ${describe(name)}`);
  if (!Array.isArray(list2)) throw new InputError(source, `${at}: expected a list of runs, found ${describe(list2)}`);
  const notes = [];
  if (suite !== name) notes.push(`kept as suite ${JSON.stringify(suite)}: a suite name is letters, digits, ".", "_" and "-" (up to 64)`);
  const entries = list2.map((entry, i) => readEntry(entry, i, `${at}[${i}]`, source));
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
    const run2 = {
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
    return validateResults(run2, `${source}: ${entry.at}`);
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

// src/cli/import-history-command.ts
var USAGE3 = "benchgate import-history FILE --tool github-action-benchmark [--branch B] [--store DIR | --data-branch NAME --data-repository URL [--data-folder F]]";
var TOOLS = ["github-action-benchmark"];
var DEFAULT_BRANCH = "main";
var importHistoryCommand = {
  name: "import-history",
  usage: USAGE3,
  summary: "Import another tool's benchmark history (github-action-benchmark's data.js) into the store: history, chart and baseline.",
  options: ["store", "retain"],
  flags: {
    tool: { type: "string", description: `Whose history FILE is: ${TOOLS.join(", ")} (required).` },
    branch: { type: "string", description: `Branch to keep the runs under (default: ${DEFAULT_BRANCH}).` },
    ...DATA_STORE_FLAGS
  },
  positionals: ["FILE"],
  async run({ config, flags, positionals, io }) {
    const file = positionals[0];
    if (file === void 0) throw new UsageError(`missing the history file to import; usage: ${USAGE3}`);
    const tool = typeof flags.tool === "string" ? flags.tool : void 0;
    if (tool === void 0 || !TOOLS.includes(tool)) {
      throw new UsageError(`--tool: expected ${TOOLS.join(" or ")}, found ${tool === void 0 ? "nothing" : JSON.stringify(tool)}; usage: ${USAGE3}`);
    }
    const branch = typeof flags.branch === "string" && flags.branch !== "" ? flags.branch : DEFAULT_BRANCH;
    const path = resolve4(io.cwd, file);
    let text4;
    try {
      text4 = await readFile2(path, "utf8");
    } catch (err) {
      const code = err.code;
      throw new InputError(path, code === "ENOENT" ? "file not found" : `cannot read: ${err.message}`, { cause: err });
    }
    const imported = parseGithubActionBenchmarkData(text4, path);
    const { store, folder } = openDataStore(config, flags, io);
    const root = await folder();
    const known = new Set((await listHistorySuites(root)).map((s) => s.suite));
    for (const suite of imported.suites) {
      const before = known.has(suite.suite) ? await countRuns(root, suite.suite) : 0;
      if (suite.runs.length > 0) await store.saveAll(suite.runs, branch);
      const after = await countRuns(await folder(), suite.suite);
      const name = sanitizeTerminal(truncate(suite.suite, 120));
      io.stdout.write(
        `${name}: ${suite.runs.length} run${suite.runs.length === 1 ? "" : "s"} read, ${after - before} added to the history of branch ${sanitizeTerminal(branch)}${after - before < suite.runs.length ? " (the rest were there already)" : ""}.
`
      );
      for (const note of suite.notes) io.stdout.write(`  note: ${sanitizeTerminal(note)}
`);
    }
    if (imported.suites.length === 0) io.stdout.write(`${path} has no suites; nothing imported.
`);
    else io.stdout.write(`Stored in ${store.location}.
`);
    return EXIT_OK;
  }
};
async function countRuns(root, suite) {
  const history = await readSuiteHistory(root, suiteFolder(suite));
  return history?.index.shards.reduce((n, s) => n + s.runs, 0) ?? 0;
}

// src/cli/shard-commands.ts
import { mkdir } from "node:fs/promises";
import { dirname, resolve as resolve5 } from "node:path";
var SHARD_FLAGS = {
  shard: { type: "string", description: "Measure only part K of the suite split N ways, e.g. 2/4; merge the parts with `benchgate merge`." },
  timings: {
    type: "string",
    description: "With --shard: a results file (say, the last merged run) whose wall times balance the split; give every shard the same."
  },
  "timings-branch": {
    type: "string",
    description: `With --shard: balance the split by the newest ${TIMING_RUNS} runs of this branch in the local store (--store).`
  }
};
async function shardFromFlags(ctx) {
  const { flags, config, io } = ctx;
  const raw = text3(flags.shard);
  const timings = text3(flags.timings);
  const branch = text3(flags["timings-branch"]);
  if (raw === void 0) {
    if (timings !== void 0 || branch !== void 0)
      throw new UsageError(`--${timings !== void 0 ? "timings" : "timings-branch"} is for --shard K/N only`);
    return void 0;
  }
  const spec = parseShard("--shard", raw);
  if (timings !== void 0 && branch !== void 0) throw new UsageError("give one of --timings FILE or --timings-branch NAME, not both");
  let runs = [];
  if (timings !== void 0) runs = [await readResultsFile(resolve5(io.cwd, timings), { suite: config.suite })];
  else if (branch !== void 0) runs = await storedRuns(config, io.cwd, branch);
  return { spec, runs: runs.filter((r) => r.suite === config.suite) };
}
async function storedRuns(config, cwd, branch) {
  const store = new LocalStore(resolve5(cwd, config.store), { retain: config.retain });
  const refs = await store.list(config.suite, branch, TIMING_RUNS);
  return Promise.all(refs.map((ref) => store.load(ref)));
}
function describeShard(result) {
  const shard = result.run.shard;
  const by = shard.timings ? `planned from the stored run ${shard.timings}` : "planned by counting files (no stored run to balance by)";
  return `Shard ${shard.index}/${shard.count}: ${result.benchmarks.length} benchmarks in ${formatWallTime(shard.wallTime)}, ${by}; split ${shard.plan}.
`;
}
var mergeCommand = {
  name: "merge",
  usage: "benchgate merge FILE... --out FILE",
  summary: "Merge the results of the shards of one run (run --shard K/N) into one results file.",
  options: [],
  flags: { out: { type: "string", description: "Results file to write (required)." } },
  positionals: ["FILE..."],
  async run({ flags, positionals, io }) {
    const out = text3(flags.out);
    if (out === void 0) throw new UsageError(`missing --out; usage: ${mergeCommand.usage}`);
    if (positionals.length === 0) throw new UsageError(`missing the shards' results files; usage: ${mergeCommand.usage}`);
    const files = await Promise.all(positionals.map(async (source) => ({ source, run: await readResultsFile(resolve5(io.cwd, source)) })));
    const merged = mergeShards(files, newRunId());
    const path = resolve5(io.cwd, out);
    await mkdir(dirname(path), { recursive: true });
    await writeResultsFile(path, merged);
    const shards = merged.run.shards;
    io.stdout.write(`Merged ${shards.length} shards, ${merged.benchmarks.length} benchmarks, into ${path}
`);
    return EXIT_OK;
  }
};
function text3(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}

// src/cli/commands.ts
var MEASURE_OPTIONS = ["suite", "benchmarks", "samples", "processes", "round-time", "timeout", "warmup", "filter", "measure"];
var RUN_OPTIONS = [...MEASURE_OPTIONS, "store"];
var STATS_OPTIONS = ["threshold", "alpha", "correction", "confidence", "min-samples", "run-noise", "fail-on"];
var run = {
  name: "run",
  usage: "benchgate run [--out FILE] [--benchmarks DIR] [--samples N] [--processes N] [--filter RE] [--shard K/N [--timings FILE]]",
  summary: "Run the benchmarks in benchmarks/ (or one shard of them) and write their raw samples to a results file.",
  options: RUN_OPTIONS,
  flags: {
    out: { type: "string", description: "Results file to write (default: benchgate-results.json)." },
    commit: { type: "string", description: "Commit to record (default: from GITHUB_SHA or git)." },
    branch: { type: "string", description: "Branch to record (default: from GitHub's environment or git)." },
    ...SHARD_FLAGS
  },
  positionals: [],
  async run(ctx) {
    const { config, flags, io } = ctx;
    const shard = await shardFromFlags(ctx);
    const defaultOut = shard ? `benchgate-results.shard-${shard.spec.index}-of-${shard.spec.count}.json` : "benchgate-results.json";
    const out = resolve6(io.cwd, stringFlag(flags, "out") ?? defaultOut);
    const detected = await detectRevision(io.cwd, io.env);
    const commit = stringFlag(flags, "commit") ?? detected.commit;
    const branch = stringFlag(flags, "branch") ?? detected.branch;
    const progress = createProgressReporter(io.stderr, { env: io.env });
    const result = await measure(config, {
      cwd: io.cwd,
      ...commit ? { commit } : {},
      ...branch ? { branch } : {},
      onEvent: (event) => progress.onEvent(event),
      ...shard ? { shard } : {}
    });
    progress.finish();
    if (result.run.shard) io.stderr.write(describeShard(result));
    await mkdir2(dirname2(out), { recursive: true });
    await writeResultsFile(out, result);
    io.stdout.write(renderRunSummary(result));
    io.stdout.write(`
Wrote ${result.benchmarks.length} benchmarks to ${out}
`);
    const outcome = gateRun(result.scenarios);
    if (outcome.failed) io.stderr.write(`benchgate: ${outcome.reason}
`);
    return outcome.exitCode;
  }
};
var save = {
  name: "save",
  usage: "benchgate save FILE --branch NAME [--store DIR] [--retain N] [--tool FORMAT]",
  summary: "Keep a results file in the local store as the newest run of a branch (baseline and history).",
  options: ["store", "retain", "tool", "suite"],
  flags: {
    branch: { type: "string", description: "Branch to keep the run under (required)." },
    commit: { type: "string", description: "Commit to record when the file has none." }
  },
  positionals: ["FILE"],
  async run({ config, flags, positionals, io }) {
    const file = positionals[0];
    if (!file) throw new UsageError(`missing the results file to save; usage: ${save.usage}`);
    const branch = requireFlag(flags, "branch", save.usage);
    const result = await readResults(io, file, config, stringFlag(flags, "commit"));
    const store = new LocalStore(resolve6(io.cwd, config.store), { retain: config.retain });
    const saved = await store.save(result, branch);
    const kept = await store.list(saved.suite, branch);
    const line = `Saved run ${saved.id}${saved.commit ? ` (commit ${saved.commit.slice(0, 12)})` : ""} as the baseline of ${saved.suite}/${branch} in ${store.location}; ${kept.length} run${kept.length === 1 ? "" : "s"} kept.`;
    io.stdout.write(`${sanitizeTerminal(line)}
`);
    return EXIT_OK;
  }
};
var compareCommand = {
  name: "compare",
  usage: "benchgate compare --head FILE (--base FILE | --baseline-branch NAME) [--format terminal|markdown|json] [--threshold 5%] [--fail-on regression|never]",
  summary: "Compare a results file with a baseline, print the report, and exit 1 on a regression.",
  options: [...STATS_OPTIONS, "store", "tool", "suite", "format"],
  flags: {
    head: { type: "string", description: "Results file of the code under test (required)." },
    base: { type: "string", description: "Results file of the baseline." },
    "baseline-branch": {
      type: "string",
      description: "Use the newest stored run of this branch as the baseline, and its earlier runs to learn between-run noise."
    },
    output: { type: "string", description: "Also write the report to this file." }
  },
  positionals: [],
  async run({ config, flags, io }) {
    const headFile = requireFlag(flags, "head", compareCommand.usage);
    const baseFile = stringFlag(flags, "base");
    const baselineBranch = stringFlag(flags, "baseline-branch");
    if (baseFile === void 0 === (baselineBranch === void 0)) {
      throw new UsageError(`give exactly one of --base FILE or --baseline-branch NAME; usage: ${compareCommand.usage}`);
    }
    const head = await readResults(io, headFile, config);
    let base;
    let store;
    if (baseFile !== void 0) {
      base = { baseline: await readResults(io, baseFile, config), history: [], source: baseFile };
    } else {
      store = new LocalStore(resolve6(io.cwd, config.store), { retain: config.retain });
      base = await loadBaseline(store, head.suite, baselineBranch);
      for (const unreadable of base.unreadable ?? []) {
        io.stderr.write(`benchgate compare: warning: left out of the history (a stored run that cannot be read): ${sanitizeTerminal(unreadable)}
`);
      }
    }
    const comparison = compareRuns(head, base, config);
    const notes = [...instructionNotes(head, base.baseline), ...store ? await recentHistoryNotes(store, head.suite, baselineBranch, comparison) : []];
    const report = withNotes(renderReport(comparison, config.format, { color: config.format === "terminal" && colorWanted(io), notes }), config.format, notes);
    io.stdout.write(report.endsWith("\n") ? report : `${report}
`);
    const output = stringFlag(flags, "output");
    if (output) {
      const { writeFile: writeFile2 } = await import("node:fs/promises");
      await writeFile2(resolve6(io.cwd, output), withNotes(renderReport(comparison, config.format, { color: false, notes }), config.format, notes));
    }
    const outcome = gate(comparison, config.failOn);
    io.stderr.write(`benchgate: ${outcome.reason}
`);
    return outcome.exitCode;
  }
};
var list = {
  name: "list",
  usage: "benchgate list --branch NAME [--store DIR] [--suite NAME]",
  summary: "List the runs kept in the local store for a branch, newest first.",
  options: ["store", "suite", "retain"],
  flags: { branch: { type: "string", description: "Branch whose runs to list (required)." } },
  positionals: [],
  async run({ config, flags, io }) {
    const branch = requireFlag(flags, "branch", list.usage);
    const store = new LocalStore(resolve6(io.cwd, config.store), { retain: config.retain });
    const refs = await store.list(config.suite, branch);
    if (refs.length === 0) io.stdout.write(`${sanitizeTerminal(`No runs of suite ${config.suite} on branch ${branch} in ${store.location}.`)}
`);
    for (const ref of refs) io.stdout.write(`${ref.time}  ${(ref.commit ?? "-").slice(0, 12).padEnd(12)}  ${sanitizeTerminal(ref.id)}
`);
    return EXIT_OK;
  }
};
var COMMANDS = {
  run,
  merge: mergeCommand,
  save,
  compare: compareCommand,
  list,
  ab: abCommand,
  history: historyCommand,
  "import-history": importHistoryCommand,
  dashboard: dashboardCommand
};
async function readResults(io, file, config, commit) {
  const onNote = (note) => io.stderr.write(`benchgate: ${note}
`);
  const result = await readResultsFile(resolve6(io.cwd, file), { tool: config.tool, suite: config.suite, onNote });
  if (commit && !result.run.commit) result.run.commit = commit;
  return result;
}
function stringFlag(flags, name) {
  const value = flags[name];
  return typeof value === "string" && value !== "" ? value : void 0;
}
function requireFlag(flags, name, usage) {
  const value = stringFlag(flags, name);
  if (value === void 0) throw new UsageError(`missing --${name}; usage: ${usage}`);
  return value;
}
function withNotes(report, format, notes) {
  if (format !== "terminal" || notes.length === 0) return report;
  return `${report.trimEnd()}

${notes.map((note) => sanitizeTerminal(note)).join("\n")}
`;
}
function colorWanted(io) {
  return Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && io.env.TERM !== "dumb";
}

// src/cli/help.ts
function helpText(commandName) {
  const command = commandName ? COMMANDS[commandName] : void 0;
  if (!command) {
    const rows = Object.values(COMMANDS).map((c) => `  ${c.name.padEnd(9)} ${c.summary}`);
    return [
      "benchgate: catch performance regressions with statistics, not single numbers.",
      "",
      "Usage: benchgate <command> [options]",
      "",
      "Commands:",
      ...rows,
      "",
      "Run 'benchgate help <command>' for its options. Options can also be set in benchgate.config.json.",
      "Exit codes: 0 no regression, 1 regression or failed benchmark, 2 bad usage or bad input.",
      ""
    ].join("\n");
  }
  const lines = [`Usage: ${command.usage}`, "", command.summary, ""];
  const own = Object.entries(command.flags).map(([name, spec]) => flagLine(name, spec.type === "string" ? "VALUE" : "", spec.description));
  const shared = OPTIONS.filter((o) => command.options.includes(o.name)).map(
    (o) => flagLine(o.name, "VALUE", `${o.description} (default: ${o.defaultText ?? String(o.default)})`)
  );
  lines.push("Options:", ...own, ...shared, flagLine("config", "FILE", "Read options from this JSON file (default: benchgate.config.json when present)."), "");
  return lines.join("\n");
}
function flagLine(name, value, description) {
  const flag = `--${name}${value ? ` ${value}` : ""}`;
  return `  ${flag.padEnd(26)} ${description}`;
}

// src/cli/main.ts
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "help" || name === "--help" || name === "-h") {
    io.stdout.write(helpText(rest[0]));
    return name === void 0 ? EXIT_BAD_INPUT : EXIT_OK;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${VERSION}
`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`benchgate: unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(", ")}. See 'benchgate help'.
`);
    return EXIT_BAD_INPUT;
  }
  try {
    const { flags, positionals } = parseFlags(command, rest);
    if (flags.help) {
      io.stdout.write(helpText(name));
      return EXIT_OK;
    }
    const config = await loadConfig(command, flags, io.cwd);
    const ctx = { config, flags, positionals, io };
    return await command.run(ctx);
  } catch (err) {
    if (isUserError(err)) {
      io.stderr.write(`benchgate ${name}: ${err.message}
`);
      return EXIT_BAD_INPUT;
    }
    throw err;
  }
}
var VERSION = true ? "0.1.0" : "dev";
function parseFlags(command, args) {
  const options = { help: { type: "boolean", short: "h" }, config: { type: "string" } };
  for (const name of command.options) options[name] = { type: "string" };
  for (const [name, spec] of Object.entries(command.flags)) options[name] = { type: spec.type };
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    const variadic = command.positionals.at(-1)?.endsWith("...") ?? false;
    if (!variadic && positionals.length > command.positionals.length) {
      throw new UsageError(`unexpected argument '${positionals[command.positionals.length]}'; usage: ${command.usage}`);
    }
    return { flags: values, positionals };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${err.message.replace(/\. To specify a positional.*$/s, "")}. See 'benchgate help ${command.name}'.`);
  }
}
async function loadConfig(command, flags, cwd) {
  const explicit = typeof flags.config === "string";
  const path = explicit ? flags.config : CONFIG_FILE;
  const { resolve: resolve7 } = await import("node:path");
  const file = await readConfigFile(resolve7(cwd, path), explicit);
  const known = new Set(OPTIONS.map((o) => o.name).filter((name) => command.options.includes(name)));
  const fromFlags = {
    values: Object.fromEntries(Object.entries(flags).filter(([name]) => known.has(name))),
    origin: (name) => `--${name}`
  };
  return resolveConfig(file ? [{ ...file, origin: (name) => `${path}: ${name}` }, fromFlags] : [fromFlags]);
}

// src/cli.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code !== "EPIPE" && err.code !== "ERR_STREAM_DESTROYED") throw err;
  });
}
main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`benchgate: unexpected error, please report it: ${err?.stack ?? String(err)}
`);
    process.exitCode = 2;
  }
);
