import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  TIMING_RUNS
} from "./chunk-WOCULGFA.js";
import {
  relativeTo
} from "./chunk-55BDL67P.js";
import {
  median
} from "./chunk-7YACBLEX.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/measure/shard-plan.ts
var createHash = (...args) => __require("node:crypto").createHash(...args);
var REBALANCE_CAP = 1.05;
function planShards(input) {
  const { count } = input;
  const files = [...new Set(input.files)].sort(compareText);
  const known = learnWeights(input.runs.slice(0, TIMING_RUNS));
  const newest = input.runs[0];
  const previous = newest?.run.shards?.length && newest.run.shards[0].count === count ? shardOf(newest) : void 0;
  const fileWeight = (file) => {
    const mine = known.byFile.get(file);
    return mine ? [...mine.values()].reduce((a, b) => a + b, 0) : void 0;
  };
  const knownTotals = files.map(fileWeight).filter((w) => w !== void 0);
  const unknownFile = knownTotals.length > 0 ? median(knownTotals) : 1;
  const splittable = (file) => known.byFile.has(file) && !known.scenarioFiles.has(file);
  const split = new Set(files.filter((f) => splittable(f) && previous && spansShards(known.byFile.get(f), previous)));
  for (; ; ) {
    const units = unitsOf(files, split, known, previous, (f) => fileWeight(f) ?? unknownFile);
    const { placed, loads } = assign(units, count);
    const mean = loads.reduce((a, b) => a + b, 0) / count;
    const heavy = heaviest(loads) + 1;
    const candidates = units.filter((u) => placed.get(u) === heavy && u.benchmark === void 0 && !u.rest && splittable(u.file));
    const next = candidates.sort((a, b) => b.weight - a.weight || compareText(hash(a.key), hash(b.key)))[0];
    if (loads[heavy - 1] <= REBALANCE_CAP * mean || !next || known.byFile.get(next.file).size < 2) {
      return finish(units, placed, loads, count, known.basis, newest?.run.id);
    }
    split.add(next.file);
  }
}
function unitsOf(files, split, known, previous, fileWeight) {
  const units = [];
  for (const file of files) {
    const benchmarks = known.byFile.get(file);
    if (!benchmarks || !split.has(file)) {
      units.push({ key: file, file, weight: fileWeight(file), ...maybe(majority(benchmarks, previous)) });
      continue;
    }
    for (const [name, w] of [...benchmarks].sort(([a], [b]) => compareText(a, b))) {
      units.push({ key: `${file}\0${name}`, file, benchmark: name, weight: w, ...maybe(previous?.get(name)) });
    }
    units.push({ key: `${file}\0*`, file, rest: true, weight: 0 });
  }
  return units;
}
function assign(units, count) {
  const loads = new Array(count).fill(0);
  const placed = /* @__PURE__ */ new Map();
  for (const unit of units) {
    if (unit.previous === void 0) continue;
    placed.set(unit, unit.previous);
    loads[unit.previous - 1] += unit.weight;
  }
  const fresh = units.filter((u) => !placed.has(u)).sort((a, b) => b.weight - a.weight || compareText(hash(a.key), hash(b.key)));
  for (const unit of fresh) {
    const shard = lightest(loads) + 1;
    placed.set(unit, shard);
    loads[shard - 1] += unit.weight;
  }
  rebalance(units, placed, loads);
  return { placed, loads };
}
function finish(units, placed, loads, count, basis, timings) {
  const planned = units.map((u) => ({
    file: u.file,
    ...u.benchmark !== void 0 ? { benchmark: u.benchmark } : {},
    ...u.rest ? { rest: true } : {},
    weight: u.weight,
    shard: placed.get(u),
    kept: u.previous !== void 0 && u.previous === placed.get(u)
  }));
  const digest = createHash("sha256").update(`${count}
`).update(units.map((u) => `${u.key}	${placed.get(u)}`).join("\n")).digest("hex").slice(0, 16);
  return { count, basis, ...timings ? { timings } : {}, units: planned, loads, digest };
}
function spansShards(benchmarks, previous) {
  const shards = /* @__PURE__ */ new Set();
  for (const name of benchmarks.keys()) {
    const shard = previous.get(name);
    if (shard !== void 0) shards.add(shard);
  }
  return shards.size > 1;
}
function shardSelection(plan, index) {
  const byFile = /* @__PURE__ */ new Map();
  for (const unit of plan.units) {
    const list = byFile.get(unit.file);
    if (list) list.push(unit);
    else byFile.set(unit.file, [unit]);
  }
  const selections = /* @__PURE__ */ new Map();
  for (const [file, units] of byFile) {
    const mine = units.filter((u) => u.shard === index);
    if (mine.length === 0) continue;
    if (mine.length === units.length) selections.set(file, { kind: "all" });
    else if (mine.some((u) => u.rest)) {
      selections.set(file, { kind: "except", names: units.filter((u) => u.shard !== index).map((u) => u.benchmark) });
    } else selections.set(file, { kind: "only", names: mine.map((u) => u.benchmark) });
  }
  return selections;
}
function learnWeights(runs) {
  const walls = /* @__PURE__ */ new Map();
  const fileOf = /* @__PURE__ */ new Map();
  const scenarioFiles = /* @__PURE__ */ new Set();
  const scenarioWeights = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const scenarioNames = /* @__PURE__ */ new Set();
    for (const s of run.scenarios ?? []) {
      if (s.group === void 0) continue;
      scenarioFiles.add(s.group);
      const mine = scenarioWeights.get(s.group) ?? /* @__PURE__ */ new Map();
      if (!mine.has(s.name)) mine.set(s.name, s.duration);
      scenarioWeights.set(s.group, mine);
      scenarioNames.add(s.name);
    }
    for (const b of run.benchmarks) {
      if (b.group === void 0 || scenarioFiles.has(b.group)) continue;
      if (!fileOf.has(b.name)) fileOf.set(b.name, b.group);
      if (b.wallTime !== void 0 && b.wallTime > 0) walls.set(b.name, [...walls.get(b.name) ?? [], b.wallTime]);
    }
  }
  const basis = walls.size > 0 ? "durations" : "counts";
  const all = [...walls.values()].map((w) => median(w));
  const fallback = basis === "durations" ? median(all) : 1;
  const byFile = /* @__PURE__ */ new Map();
  for (const [name, file] of fileOf) {
    const w = walls.get(name);
    const mine = byFile.get(file) ?? /* @__PURE__ */ new Map();
    mine.set(name, w ? median(w) : fallback);
    byFile.set(file, mine);
  }
  for (const [file, scenarios] of scenarioWeights) {
    byFile.set(file, basis === "durations" ? scenarios : new Map([...scenarios.keys()].map((n) => [n, 1])));
  }
  return { basis, byFile, scenarioFiles };
}
function shardOf(run) {
  const shards = /* @__PURE__ */ new Map();
  for (const b of run.benchmarks) if (b.shard !== void 0) shards.set(b.name, b.shard);
  return shards;
}
function majority(benchmarks, previous) {
  if (!benchmarks || !previous) return void 0;
  const weightOn = /* @__PURE__ */ new Map();
  for (const [name, w] of benchmarks) {
    const shard = previous.get(name);
    if (shard !== void 0) weightOn.set(shard, (weightOn.get(shard) ?? 0) + w);
  }
  if (weightOn.size === 0) {
    const scenarios = [...benchmarks.keys()];
    for (const [name, shard] of previous) {
      if (scenarios.some((scenario) => name.startsWith(`${scenario} \u203A `))) weightOn.set(shard, (weightOn.get(shard) ?? 0) + 1);
    }
  }
  let best;
  for (const [shard, w] of weightOn) {
    const bestWeight = best === void 0 ? -Infinity : weightOn.get(best);
    if (w > bestWeight || w === bestWeight && shard < best) best = shard;
  }
  return best;
}
function rebalance(units, placed, loads) {
  const mean = loads.reduce((a, b) => a + b, 0) / loads.length;
  for (let step = 0; step < units.length; step++) {
    const heavy = heaviest(loads);
    const light = lightest(loads);
    if (loads[heavy] <= REBALANCE_CAP * mean) return;
    const gap = loads[heavy] - loads[light];
    let best;
    for (const unit of units) {
      if (placed.get(unit) !== heavy + 1 || !(unit.weight > 0) || unit.weight >= gap) continue;
      const fit = Math.abs(unit.weight - gap / 2);
      const bestFit = best ? Math.abs(best.weight - gap / 2) : Infinity;
      if (fit < bestFit || fit === bestFit && best && compareText(hash(unit.key), hash(best.key)) < 0) best = unit;
    }
    if (!best) return;
    placed.set(best, light + 1);
    loads[heavy] -= best.weight;
    loads[light] += best.weight;
  }
}
function lightest(loads) {
  let at = 0;
  for (let i = 1; i < loads.length; i++) if (loads[i] < loads[at]) at = i;
  return at;
}
function heaviest(loads) {
  let at = 0;
  for (let i = 1; i < loads.length; i++) if (loads[i] > loads[at]) at = i;
  return at;
}
function hash(key) {
  return createHash("sha1").update(key).digest("hex");
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function maybe(previous) {
  return previous === void 0 ? {} : { previous };
}

// src/measure/shard-run.ts
function planPart(spec, runs, cwd, microFiles, scenarioFiles) {
  const groupOf = new Map([...microFiles, ...scenarioFiles].map((path) => [path, relativeTo(cwd, path)]));
  const plan = planShards({ files: [...groupOf.values()], runs, count: spec.count });
  const mine = shardSelection(plan, spec.index);
  const micro = /* @__PURE__ */ new Map();
  for (const path of microFiles) {
    const selection = mine.get(groupOf.get(path));
    if (selection) micro.set(groupOf.get(path), selection);
  }
  return {
    plan,
    micro,
    scenarioFiles: scenarioFiles.filter((path) => mine.has(groupOf.get(path))),
    shard: { index: spec.index, count: spec.count, plan: plan.digest, ...plan.timings ? { timings: plan.timings } : {} }
  };
}

export {
  planPart
};
