import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  parseDuration,
  parseNumber
} from "./chunk-KCTCYQHO.js";
import {
  AB_DEFAULTS
} from "./chunk-3J6VE4A2.js";
import {
  EXIT_OK,
  gate
} from "./chunk-PS5IPZOA.js";
import {
  DEFAULT_DATA_BRANCH,
  suiteFolder
} from "./chunk-UAMIT3OO.js";
import {
  sanitizeTerminal,
  truncate
} from "./chunk-GB4UPQNG.js";
import {
  TIMING_RUNS,
  parseShard
} from "./chunk-WOCULGFA.js";
import {
  InputError,
  UsageError
} from "./chunk-WQC4CHKN.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/cli/ab-command.ts
var writeFile = (...args) => __require("node:fs/promises").writeFile(...args);
var { resolve } = __require("node:path");
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
    "head-out": {
      type: "string",
      description: "Also write head's samples as a results file, marked as paired with --base-out's, for `benchgate compare` (or `save`)."
    },
    "base-out": { type: "string", description: "Also write the base's samples as a results file, marked as paired with --head-out's." },
    output: { type: "string", description: "Also write the report to this file." }
  },
  positionals: [],
  async run({ config, flags, io }) {
    const [{ noiseLines }, { interleaveProgress }, { compareInterleaved }, { interleavedNotes, runInterleaved }, { renderReport }] = await Promise.all([
      import("./conditions-IQWTGXBN.js"),
      import("./progress-RJIAKIMU.js"),
      import("./paired-compare-2KCRD46T.js"),
      import("./run-G42O5CPJ.js"),
      import("./pipeline-S6BFMPC7.js")
    ]);
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
    for (const [flag, side] of [
      ["head-out", run2.head],
      ["base-out", run2.base]
    ]) {
      const file = text(flags[flag]);
      if (file) await (await import("./io-BCQR3ECV.js")).writeResultsFile(resolve(io.cwd, file), side);
    }
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
var { resolve: resolve2 } = __require("node:path");
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
    const [{ writeDashboard }, { GitBranchStore }, { isRemoteUrl }] = await Promise.all([
      import("./pipeline-S6BFMPC7.js"),
      import("./git-branch-QDGBJBPC.js"),
      import("./git-EOC2LTKV.js")
    ]);
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
var { resolve: resolve3 } = __require("node:path");
var DATA_STORE_FLAGS = {
  "data-branch": { type: "string", description: "Read the history from this git data branch instead of --store (with --data-repository)." },
  "data-repository": { type: "string", description: "URL or path of the repository holding --data-branch. An https URL uses $GITHUB_TOKEN when set." },
  "data-folder": { type: "string", description: 'Folder inside the data branch, e.g. "dev/bench" in gh-pages (default: its root).' }
};
async function openDataStore(config, flags, io) {
  const branch = text2(flags["data-branch"]);
  const repository = text2(flags["data-repository"]);
  const folder = text2(flags["data-folder"]);
  if (branch === void 0) {
    if (repository !== void 0 || folder !== void 0) throw new UsageError("--data-repository and --data-folder go with --data-branch NAME");
    const { LocalStore } = await import("./local-PATIX3D4.js");
    const store2 = new LocalStore(resolve3(io.cwd, config.store), { retain: config.retain });
    return { store: store2, folder: () => Promise.resolve(store2.location) };
  }
  if (repository === void 0) throw new UsageError("--data-branch needs --data-repository URL (the repository that holds the branch)");
  const token = io.env.GITHUB_TOKEN;
  const { GitBranchStore } = await import("./git-branch-QDGBJBPC.js");
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
    const [{ extractSeries }, { summarizeSuite }, { historyJson, historyTerminal }, { listHistorySuites, readSuiteHistory }] = await Promise.all([
      import("./series-PRKYKPCK.js"),
      import("./summary-OGEFOKDE.js"),
      import("./history-IL26KX4I.js"),
      import("./history-index-DTJDJBSC.js")
    ]);
    if (config.format === "markdown") throw new UsageError("--format: history prints terminal or json");
    const { folder } = await openDataStore(config, flags, io);
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
var readFile = (...args) => __require("node:fs/promises").readFile(...args);
var { resolve: resolve4 } = __require("node:path");
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
    const { parseGithubActionBenchmarkData } = await import("./github-action-benchmark-data-64COVICY.js");
    const { listHistorySuites } = await import("./history-index-DTJDJBSC.js");
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
      text4 = await readFile(path, "utf8");
    } catch (err) {
      const code = err.code;
      throw new InputError(path, code === "ENOENT" ? "file not found" : `cannot read: ${err.message}`, { cause: err });
    }
    const imported = parseGithubActionBenchmarkData(text4, path);
    const { store, folder } = await openDataStore(config, flags, io);
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
  const { readSuiteHistory } = await import("./history-index-DTJDJBSC.js");
  const history = await readSuiteHistory(root, suiteFolder(suite));
  return history?.index.shards.reduce((n, s) => n + s.runs, 0) ?? 0;
}

// src/cli/shard-commands.ts
var mkdir = (...args) => __require("node:fs/promises").mkdir(...args);
var { dirname, resolve: resolve5 } = __require("node:path");
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
  const { readResultsFile } = await import("./io-BCQR3ECV.js");
  if (timings !== void 0) runs = [await readResultsFile(resolve5(io.cwd, timings), { suite: config.suite })];
  else if (branch !== void 0) runs = await storedRuns(config, io.cwd, branch);
  return { spec, runs: runs.filter((r) => r.suite === config.suite) };
}
async function storedRuns(config, cwd, branch) {
  const { LocalStore } = await import("./local-PATIX3D4.js");
  const store = new LocalStore(resolve5(cwd, config.store), { retain: config.retain });
  const refs = await store.list(config.suite, branch, TIMING_RUNS);
  return Promise.all(refs.map((ref) => store.load(ref)));
}
async function describeShard(result) {
  const { formatWallTime } = await import("./shards-R47DJ2KP.js");
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
    const [{ mergeShards }, { newRunId }, { readResultsFile, writeResultsFile }] = await Promise.all([
      import("./merge-GNT4AFUY.js"),
      import("./run-meta-FZMPOTQY.js"),
      import("./io-BCQR3ECV.js")
    ]);
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
var mkdir2 = (...args) => __require("node:fs/promises").mkdir(...args);
var { dirname: dirname2, resolve: resolve6 } = __require("node:path");
var MEASURE_OPTIONS = ["suite", "benchmarks", "samples", "processes", "round-time", "timeout", "warmup", "filter", "measure"];
var RUN_OPTIONS = [...MEASURE_OPTIONS, "store"];
var STATS_OPTIONS = ["threshold", "alpha", "correction", "confidence", "min-samples", "run-noise", "common-noise", "fail-on"];
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
    const [{ createProgressReporter }, { detectRevision }, { measure }, { renderRunSummary }, { writeResultsFile }, { gateRun }] = await Promise.all([
      import("./progress-TZUI3K6D.js"),
      import("./run-meta-FZMPOTQY.js"),
      import("./pipeline-S6BFMPC7.js"),
      import("./run-summary-BCIGTTMX.js"),
      import("./io-BCQR3ECV.js"),
      import("./gate-OT4NDY43.js")
    ]);
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
    if (result.run.shard) io.stderr.write(await describeShard(result));
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
    const store = await localStore(io, config);
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
  usage: "benchgate compare --head FILE (--base FILE [--paired] | --baseline-branch NAME) [--format terminal|markdown|json] [--threshold 5%] [--fail-on regression|never]",
  summary: "Compare a results file with a baseline, print the report, and exit 1 on a regression.",
  options: [...STATS_OPTIONS, "window", "store", "tool", "suite", "format"],
  flags: {
    head: { type: "string", description: "Results file of the code under test (required)." },
    base: { type: "string", description: "Results file of the baseline." },
    "baseline-branch": {
      type: "string",
      description: "Use the newest stored run of this branch as the baseline, and its earlier runs to learn between-run noise."
    },
    paired: {
      type: "boolean",
      description: "--head and --base were measured in alternating rounds of one run (same benchmarks, as many samples, in order): compare them pair by pair. Files written by `benchgate ab --head-out --base-out` are paired without it."
    },
    output: { type: "string", description: "Also write the report to this file." }
  },
  positionals: [],
  run: async (ctx) => (await import("./compare-command-EDAKGKN2.js")).runCompare(ctx)
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
    const store = await localStore(io, config);
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
  const { readResultsFile } = await import("./io-BCQR3ECV.js");
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
async function localStore(io, config) {
  const { LocalStore } = await import("./local-PATIX3D4.js");
  return new LocalStore(resolve6(io.cwd, config.store), { retain: config.retain });
}

export {
  COMMANDS,
  readResults,
  stringFlag,
  requireFlag,
  localStore
};
