import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  median
} from "./chunk-7YACBLEX.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/report/dashboard/model.ts
var SITE_FOLDER = "benchgate-dashboard";
var MANIFEST_FILE = `${SITE_FOLDER}/suites.json`;
var MANIFEST_FORMAT = "benchgate/dashboard";
var SUMMARY_FORMAT = "benchgate/dashboard-suite";
var CHANGES_FORMAT = "benchgate/dashboard-changes";
var DASHBOARD_VERSION = 1;
var TREND_POINTS = 40;
var TREND_WINDOW = 10;
var MARKED_VERDICTS = ["regression", "improvement", "error"];
function columnKey(c) {
  return `${c.name}\0${c.unit}\0${c.direction}`;
}

// src/report/dashboard/summary.ts
function summarizeSuite(history, options) {
  const shards = [...history.shards].sort((a, b) => a.month < b.month ? -1 : a.month > b.month ? 1 : 0);
  const columns = /* @__PURE__ */ new Map();
  for (const c of history.index.benchmarks) columns.set(columnKey(c), c);
  const series = /* @__PURE__ */ new Map();
  const runsOf = /* @__PURE__ */ new Map();
  for (const shard of shards) {
    const keys = shard.benchmarks.map((c) => {
      const key = columnKey(c);
      if (!columns.has(key)) columns.set(key, c);
      return key;
    });
    for (const run of shard.runs) {
      const ref = { id: run.id, ...run.commit !== void 0 ? { commit: run.commit } : {}, time: run.time };
      let branch = series.get(run.branch);
      if (branch === void 0) {
        branch = /* @__PURE__ */ new Map();
        series.set(run.branch, branch);
        runsOf.set(run.branch, []);
      }
      runsOf.get(run.branch).push(ref);
      for (let i = 0; i < run.stats.length; i++) {
        const stat = run.stats[i];
        if (stat === null || stat === void 0) continue;
        const key = keys[i];
        let points = branch.get(key);
        if (points === void 0) {
          points = [];
          branch.set(key, points);
        }
        points.push({ run: ref, value: stat[0], n: stat[1], cv: stat[2] });
      }
    }
  }
  const recorded = recordedVerdicts(history.verdicts ?? []);
  const both = [];
  for (const [name, byColumn] of series) {
    const runs = runsOf.get(name);
    const newest = runs[runs.length - 1];
    const summarized = [];
    for (const [key, points] of byColumn) {
      const column = columns.get(key);
      summarized.push(summarizeBenchmark(column, points, recorded, newest, options.detect));
    }
    summarized.sort((a, b) => compareText(a.summary.name, b.summary.name) || compareText(a.summary.unit, b.summary.unit));
    both.push({ branch: { name, runs: runs.length, benchmarks: summarized.map((s) => s.summary) }, changes: summarized.map((s) => s.changes) });
  }
  both.sort((a, b) => b.branch.runs - a.branch.runs || compareText(a.branch.name, b.branch.name));
  const branches = both.map((b) => b.branch);
  const changes = {
    format: CHANGES_FORMAT,
    version: DASHBOARD_VERSION,
    suite: history.suite,
    branches: both.map((b) => ({ name: b.branch.name, benchmarks: b.changes }))
  };
  const summary = {
    format: SUMMARY_FORMAT,
    version: DASHBOARD_VERSION,
    suite: history.suite,
    folder: history.folder,
    shards: history.index.shards.map((s) => ({ month: s.month, file: s.file, runs: s.runs, branches: s.branches })),
    ...options.changePointMethod !== void 0 ? { changePointMethod: options.changePointMethod } : {},
    defaultBranch: branches[0]?.name ?? "",
    branches
  };
  return { summary, changes };
}
function recordedVerdicts(files) {
  const byRun = /* @__PURE__ */ new Map();
  for (const file of files) {
    for (const run of file.runs) {
      const verdicts = /* @__PURE__ */ new Map();
      for (const v of run.verdicts) verdicts.set(columnKey(v), { verdict: v.verdict, ...v.change !== void 0 ? { change: v.change } : {} });
      byRun.set(run.id, verdicts);
    }
  }
  return byRun;
}
function summarizeBenchmark(column, points, recorded, newestRun, detect) {
  const key = columnKey(column);
  const values = points.map((p) => p.value);
  const last = points[points.length - 1];
  const summary = {
    name: column.name,
    unit: column.unit,
    direction: column.direction,
    ...column.group !== void 0 ? { group: column.group } : {},
    runs: points.length,
    trend: values.slice(-TREND_POINTS),
    steps: 0
  };
  const changes = { changePoints: [], marks: [] };
  if (last !== void 0) {
    summary.latest = { ...last.run, value: last.value, n: last.n, cv: last.cv };
    const window = values.slice(-TREND_WINDOW - 1, -1);
    if (window.length > 0) {
      const reference = median(window);
      if (reference > 0) summary.change = round(last.value / reference - 1, 4);
    }
  }
  changes.changePoints = detect(values).filter((cp) => cp.index > 0 && cp.index < points.length && Number.isFinite(cp.change)).map((cp) => ({
    index: cp.index,
    from: points[cp.index - 1].run,
    to: points[cp.index].run,
    before: round(cp.before, 6),
    after: round(cp.after, 6),
    change: round(cp.change, 4),
    pValue: round(cp.pValue, 3),
    worse: column.direction === "smaller" ? cp.after > cp.before : cp.after < cp.before
  }));
  for (const point of points) {
    const verdict = recorded.get(point.run.id)?.get(key);
    if (verdict !== void 0 && MARKED_VERDICTS.includes(verdict.verdict)) changes.marks.push({ run: point.run, ...verdict });
  }
  if (newestRun !== void 0 && last !== void 0 && last.run.id === newestRun.id && recorded.has(newestRun.id)) {
    summary.lastVerdict = recorded.get(newestRun.id).get(key)?.verdict ?? "unchanged";
  }
  summary.steps = changes.changePoints.length;
  return { summary, changes };
}
function round(value, digits) {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(digits));
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/report/dashboard/site.ts
var createHash = (...args) => __require("node:crypto").createHash(...args);
var SITE_PATHS = ["index.html", SITE_FOLDER];
function renderSite(input) {
  const files = [];
  const manifest = {
    format: MANIFEST_FORMAT,
    version: DASHBOARD_VERSION,
    generated: input.generated,
    ...httpUrl(input.repository) ? { repository: httpUrl(input.repository) } : {},
    suites: []
  };
  const suites = [...input.suites].sort((a, b) => a.suite < b.suite ? -1 : a.suite > b.suite ? 1 : 0);
  for (const history of suites) {
    if (SITE_PATHS.includes(history.folder)) {
      throw new RangeError(
        `suite ${JSON.stringify(history.suite)}: its folder "${history.folder}" is where the dashboard keeps its own files; rename the suite`
      );
    }
    const { summary, changes } = summarizeSuite(history, {
      detect: input.detect,
      ...input.changePointMethod !== void 0 ? { changePointMethod: input.changePointMethod } : {}
    });
    const content = `${JSON.stringify(summary)}
`;
    const changesContent = `${JSON.stringify(changes)}
`;
    files.push({ path: `${SITE_FOLDER}/suites/${history.folder}.json`, content });
    files.push({ path: `${SITE_FOLDER}/changes/${history.folder}.json`, content: changesContent });
    manifest.suites.push({
      name: history.suite,
      folder: history.folder,
      runs: history.index.shards.reduce((sum, s) => sum + s.runs, 0),
      benchmarks: history.index.benchmarks.length,
      stamp: stamp(content),
      changesStamp: stamp(changesContent)
    });
  }
  files.push({ path: MANIFEST_FILE, content: `${JSON.stringify(manifest)}
` });
  for (const asset of input.assets) files.push({ path: `${SITE_FOLDER}/${asset.path}`, content: asset.content });
  const versions = Object.fromEntries(input.assets.map((a) => [a.path, stamp(a.content)]));
  versions["app.js"] = stamp(input.assets.map((a) => a.path.endsWith(".js") ? a.content : "").join("\0"));
  files.push({ path: "index.html", content: page(versions) });
  return files;
}
function stamp(content) {
  return createHash("sha256").update(content).digest("hex").slice(0, 12);
}
function httpUrl(text) {
  if (text === void 0) return void 0;
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href.replace(/\/+$/, "") : void 0;
  } catch {
    return void 0;
  }
}
function page(versions) {
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <meta name="referrer" content="no-referrer" />
    <meta name="generator" content="benchgate" />
    <title>Benchmarks \xB7 benchgate</title>
    <link rel="icon" href="data:," />
    <link rel="preload" href="${MANIFEST_FILE}" as="fetch" crossorigin="anonymous" />
    <link rel="stylesheet" href="${SITE_FOLDER}/app.css?v=${versions["app.css"] ?? ""}" />
    <script defer src="${SITE_FOLDER}/app.js?v=${versions["app.js"] ?? ""}"></script>
  </head>
  <body>
    <header>
      <h1>Benchmarks</h1>
      <span id="generated"></span>
      <span class="spacer"></span>
      <input id="search" type="search" placeholder="Search benchmarks" aria-label="Search benchmarks by name" autocomplete="off" />
      <label>Group <select id="group"><option value="suite">by suite</option><option value="file">by file</option></select></label>
      <label id="branch-field" hidden>Branch <select id="branch"></select></label>
      <label>X <select id="x-mode"><option value="commit">by commit</option><option value="time">by time</option></select></label>
      <label><input id="log" type="checkbox" /> Log scale</label>
      <button id="theme" type="button" aria-label="Switch between light and dark">Dark</button>
    </header>
    <div id="error" role="alert" hidden></div>
    <main>
      <section id="detail" aria-live="polite">
        <h2 id="title"></h2>
        <div id="meta"></div>
        <p id="latest"></p>
        <div id="chart"></div>
        <div id="status"></div>
        <p class="note">
          Line: each run's median. Band: a 95% interval of that median from the run's own samples (median \xD7\xF7 e^(1.96 \xB7 1.25 \xB7 cv / \u221An), on the log scale).
          Runs also differ from one another by more than this: change points are judged on the whole series, not on the bands.
          \u25B2 regression, \u25BC improvement, \u25CF failed, as the Action judged the run; dashed lines: change points, with the size of the step.
          Drag to zoom, double-click to reset; click a point to open its commit.
        </p>
        <h3>Change points</h3>
        <div id="steps"></div>
      </section>
      <nav id="list" aria-label="Benchmarks">
        <div id="count" class="muted"></div>
        <table id="index"></table>
      </nav>
    </main>
    <noscript>This dashboard needs JavaScript.</noscript>
  </body>
</html>
`;
}
export {
  SITE_PATHS,
  renderSite
};
