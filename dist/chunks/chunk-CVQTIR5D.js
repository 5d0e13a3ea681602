import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  RESULTS_FORMAT,
  RESULTS_VERSION
} from "./chunk-P4TMX5AB.js";
import {
  UsageError
} from "./chunk-WQC4CHKN.js";

// src/results/merge.ts
var ShardMergeError = class extends UsageError {
  name = "ShardMergeError";
};
function mergeShards(files, id) {
  if (files.length === 0) throw new ShardMergeError("no shard results to merge");
  for (const { source, run } of files) {
    if (!run.run.shard) {
      throw new ShardMergeError(`${source} is not the results of a shard (it has no run.shard): measure each part with 'benchgate run --shard K/N'`);
    }
  }
  const first = files[0];
  const count = first.run.run.shard.count;
  same(files, "suite", (r) => r.suite, "the shards are of different suites");
  same(files, "commit", (r) => r.run.commit ?? "(none)", "the shards measured different commits");
  same(files, "branch", (r) => r.run.branch ?? "(none)", "the shards are of different branches");
  same(files, "shard count", (r) => String(r.run.shard.count), "the shards split the suite a different number of ways");
  const byIndex = /* @__PURE__ */ new Map();
  for (const file of files) {
    const index = file.run.run.shard.index;
    const other = byIndex.get(index);
    if (other) throw new ShardMergeError(`shard ${index}/${count} is given twice: ${other.source} and ${file.source}`);
    byIndex.set(index, file);
  }
  const missing = [...Array(count).keys()].map((i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    const names = missing.map((i) => `shard ${i}/${count}`);
    throw new ShardMergeError(
      `${names.join(", ")} ${missing.length === 1 ? "is" : "are"} missing: did ${missing.length === 1 ? "its job" : "their jobs"} fail? Nothing was merged.`
    );
  }
  same(
    files,
    "split",
    (r) => `${r.run.shard.plan} from run ${r.run.shard.timings ?? "(none)"}`,
    "the shards split the suite differently, planned from different stored runs (a new run was saved while they started); run them again"
  );
  const ordered = [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, file]) => file);
  const benchmarks = [];
  const benchmarkOwner = /* @__PURE__ */ new Map();
  const scenarios = [];
  const scenarioOwner = /* @__PURE__ */ new Map();
  for (const file of ordered) {
    const { index } = file.run.run.shard;
    for (const b of file.run.benchmarks) {
      const other = benchmarkOwner.get(b.name);
      if (other) throw duplicate("benchmark", b.name, other, file, count);
      benchmarkOwner.set(b.name, file);
      benchmarks.push({ ...b, shard: index });
    }
    for (const s of file.run.scenarios ?? []) {
      const other = scenarioOwner.get(s.name);
      if (other) throw duplicate("scenario", s.name, other, file, count);
      scenarioOwner.set(s.name, file);
      scenarios.push(s);
    }
  }
  const shards = ordered.map(({ run }) => ({ ...run.run.shard, id: run.run.id, time: run.run.time, env: run.run.env }));
  const earliest = ordered.map((f) => f.run.run.time).sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  const { commit, branch } = first.run.run;
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: first.run.suite,
    run: {
      id,
      ...commit ? { commit } : {},
      ...branch ? { branch } : {},
      time: earliest,
      tool: first.run.run.tool,
      env: first.run.run.env,
      shards
    },
    benchmarks,
    ...scenarios.length > 0 ? { scenarios } : {}
  };
}
function same(files, what, value, problem) {
  const groups = /* @__PURE__ */ new Map();
  for (const { source, run } of files) groups.set(value(run), [...groups.get(value(run)) ?? [], source]);
  if (groups.size <= 1) return;
  const listed = [...groups].map(([v, sources]) => `${what} ${JSON.stringify(v)} in ${sources.join(", ")}`).join("; ");
  throw new ShardMergeError(`${problem} (${listed}); nothing was merged`);
}
function duplicate(kind, name, a, b, count) {
  const where = (f) => `shard ${f.run.run.shard.index}/${count} (${f.source})`;
  return new ShardMergeError(`${kind} ${JSON.stringify(name)} was measured by both ${where(a)} and ${where(b)}: a benchmark must be in one shard only`);
}

export {
  ShardMergeError,
  mergeShards
};
