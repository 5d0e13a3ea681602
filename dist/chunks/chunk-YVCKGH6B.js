import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  tQuantile,
  tSf
} from "./chunk-J3CZYFUD.js";
import {
  median
} from "./chunk-7YACBLEX.js";

// src/compare/processes.ts
function processLogMedians(samples, labels) {
  if (!labels || labels.length !== samples.length) return void 0;
  const byProcess = /* @__PURE__ */ new Map();
  for (const [i, value] of samples.entries()) {
    if (!(value > 0) || !Number.isFinite(value)) return void 0;
    const list = byProcess.get(labels[i]);
    if (list) list.push(Math.log(value));
    else byProcess.set(labels[i], [Math.log(value)]);
  }
  if (byProcess.size < 2) return void 0;
  const medians = [];
  const within = [];
  for (const logs of byProcess.values()) {
    const m = median(logs);
    medians.push(m);
    within.push(median(logs.map((v) => Math.abs(v - m))) * 1.482602218505602);
  }
  return { medians, within: median(within), rounds: samples.length / byProcess.size };
}
function clustered(side) {
  const sd = sampleSd(side.medians);
  return sd > Math.sqrt(Math.PI / 2) * side.within / Math.sqrt(side.rounds);
}
function processTest(base, head, confidence) {
  const nb = base.length;
  const nh = head.length;
  const df = nb + nh - 2;
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const ss = (xs) => {
    const m = mean(xs);
    return xs.reduce((a, x) => a + (x - m) ** 2, 0);
  };
  const shift = mean(head) - mean(base);
  const se = Math.sqrt((ss(base) + ss(head)) / df * (1 / nb + 1 / nh));
  const q = tQuantile((1 + confidence) / 2, df);
  const pValue = se > 0 ? Math.min(1, 2 * tSf(Math.abs(shift) / se, df)) : shift === 0 ? 1 : 0;
  return { shift, lower: shift - q * se, upper: shift + q * se, pValue, processes: [nb, nh] };
}
function sampleSd(xs) {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

// src/compare/run-noise.ts
var MIN_RUNS = 3;
var PRIOR_DIFFERENCES = 4;
var MAX_HISTORY_RUNS = 30;
var MAD_TO_SD = 1 / (0.6744897501960817 * Math.SQRT2);
function learnRunNoise(history, suite, exclude = []) {
  const runs = historyRuns(history, suite, exclude);
  const raw = /* @__PURE__ */ new Map();
  for (const [name, medians] of logMediansByBenchmark(runs)) {
    const differences = medians.slice(1).map((m, i) => medians[i] - m);
    raw.set(name, { differences: medians.length < MIN_RUNS ? [] : differences, runs: medians.length });
  }
  return { runs: runs.length, ...shrinkTowardPooled(raw) };
}
function shrinkTowardPooled(raw) {
  const own = /* @__PURE__ */ new Map();
  for (const [name, r] of raw) {
    if (r.differences.length > 0) own.set(name, median(r.differences.map(Math.abs)) * MAD_TO_SD);
  }
  const benchmarks = /* @__PURE__ */ new Map();
  if (own.size === 0) return { benchmarks };
  const pooled = median([...own.values()]);
  for (const [name, r] of raw) {
    const mine = own.get(name);
    const n = r.differences.length;
    const weight = n / (n + PRIOR_DIFFERENCES);
    const noise = mine === void 0 ? pooled : Math.sqrt(weight * mine ** 2 + (1 - weight) * pooled ** 2);
    benchmarks.set(name, { noise, runs: r.runs });
  }
  return { pooled, benchmarks };
}
function runNoiseFor(model, name, defaultRunNoise) {
  const learned = model.benchmarks.get(name);
  if (learned) return { noise: learned.noise, source: "history", runs: learned.runs };
  if (model.pooled !== void 0) return { noise: model.pooled, source: "history", runs: 0 };
  return { noise: defaultRunNoise, source: "default", runs: 0 };
}
function historyRuns(history, suite, exclude, limit = MAX_HISTORY_RUNS) {
  const seen = new Set(exclude);
  const runs = [];
  for (const run of history) {
    if (runs.length >= limit) break;
    if (suite !== void 0 && run.suite !== suite || seen.has(run.run.id)) continue;
    seen.add(run.run.id);
    runs.push(run);
  }
  return runs;
}
function logMediansByBenchmark(runs) {
  const unitOf = /* @__PURE__ */ new Map();
  const medians = /* @__PURE__ */ new Map();
  for (const run of runs) {
    for (const b of run.benchmarks) {
      if (b.error !== void 0 || b.samples.length === 0) continue;
      const unit = unitOf.get(b.name);
      if (unit === void 0) unitOf.set(b.name, b.unit);
      else if (unit !== b.unit) continue;
      const m = median(b.samples);
      if (!(m > 0) || !Number.isFinite(m)) continue;
      const list = medians.get(b.name);
      if (list) list.push(Math.log(m));
      else medians.set(b.name, [Math.log(m)]);
    }
  }
  return medians;
}

// src/compare/common-mode.ts
var COMMON_MODE_MIN_BENCHMARKS = 4;
var MIN_COMMON_RUNS = 10;
function leaveOneOutMedians(values) {
  const n = values.length;
  if (n < 2) throw new RangeError(`a leave-one-out median needs at least two values; got ${n}`);
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const sorted = order.map((i) => values[i]);
  const rest = (j, p) => sorted[j < p ? j : j + 1];
  const lo = n - 2 >> 1;
  const hi = n - 1 >> 1;
  const out = new Array(n);
  order.forEach((index, p) => {
    out[index] = (rest(lo, p) + rest(hi, p)) / 2;
  });
  return out;
}
function orientation(direction) {
  return direction === "bigger" ? -1 : 1;
}
function learnCommonMode(history, suite, exclude = []) {
  const runs = historyRuns(history, suite, exclude).map(orientedLogMedians);
  alignToNewest(runs);
  const relative = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const run of runs) for (const name of run.keys()) seen.set(name, (seen.get(name) ?? 0) + 1);
  const common = [];
  for (let k = 0; k + 1 < runs.length; k++) {
    const newer = runs[k];
    const older = runs[k + 1];
    const names = [];
    const shifts = [];
    for (const [name, m] of newer) {
      const before = older.get(name);
      if (before === void 0) continue;
      names.push(name);
      shifts.push(m.value - before.value);
    }
    if (shifts.length < COMMON_MODE_MIN_BENCHMARKS) continue;
    common.push(median(shifts));
    const centres = leaveOneOutMedians(shifts);
    names.forEach((name, i) => {
      const list = relative.get(name);
      const r = shifts[i] - centres[i];
      if (list) list.push(r);
      else relative.set(name, [r]);
    });
  }
  const raw = /* @__PURE__ */ new Map();
  for (const [name, count] of seen) {
    const differences = relative.get(name) ?? [];
    raw.set(name, { differences: differences.length < MIN_RUNS - 1 ? [] : differences, runs: count });
  }
  return {
    runs: runs.length,
    relative: shrinkTowardPooled(raw),
    ...common.length >= MIN_COMMON_RUNS - 1 ? { common: { noise: Math.sqrt(common.reduce((a, c) => a + c * c, 0) / (2 * common.length)), differences: common.length } } : {}
  };
}
function relativeNoiseFor(model, name, defaultRunNoise) {
  const learned = model.relative.benchmarks.get(name);
  if (learned) return { noise: learned.noise, source: "history", runs: learned.runs };
  if (model.relative.pooled !== void 0) return { noise: model.relative.pooled, source: "history", runs: 0 };
  return { noise: defaultRunNoise, source: "default", runs: 0 };
}
function commonNoiseFor(model, defaultCommonNoise) {
  if (model.common) return { noise: model.common.noise, source: "history", runs: model.common.differences + 1 };
  return { noise: defaultCommonNoise, source: "default", runs: 0 };
}
function orientedLogMedians(run) {
  const out = /* @__PURE__ */ new Map();
  for (const b of run.benchmarks) {
    if (b.error !== void 0 || b.samples.length === 0 || out.has(b.name)) continue;
    const m = median(b.samples);
    if (!(m > 0) || !Number.isFinite(m)) continue;
    out.set(b.name, { value: orientation(b.direction) * Math.log(m), kind: `${b.unit} ${b.direction}` });
  }
  return out;
}
function alignToNewest(runs) {
  const kindOf = /* @__PURE__ */ new Map();
  for (const run of runs) {
    for (const [name, m] of run) {
      const kind = kindOf.get(name);
      if (kind === void 0) kindOf.set(name, m.kind);
      else if (kind !== m.kind) run.delete(name);
    }
  }
}

export {
  processLogMedians,
  clustered,
  processTest,
  learnRunNoise,
  runNoiseFor,
  historyRuns,
  COMMON_MODE_MIN_BENCHMARKS,
  leaveOneOutMedians,
  orientation,
  learnCommonMode,
  relativeNoiseFor,
  commonNoiseFor
};
