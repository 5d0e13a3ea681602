import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  LOAD_LIMIT_MS,
  blame,
  childEntry,
  crashMessage,
  duration,
  sourceArgs
} from "./chunk-UM5CRNIZ.js";
import {
  onInterrupt,
  runChild
} from "./chunk-A7QD33MA.js";
import {
  RESULTS_FORMAT,
  RESULTS_VERSION,
  TOOL_FORMATS,
  appendRunsToHistory,
  branchFolder,
  historyFolder,
  isFileOfRun,
  newRunId,
  optionName,
  parseRunFileName,
  readResultsFile,
  readSuiteHistory,
  runFileName,
  serializeResults,
  setOption,
  suiteFolder
} from "./chunk-DSSZ73UY.js";
import {
  removeStaleTempFiles,
  writeFileAtomic
} from "./chunk-WBV3OXIH.js";
import {
  detectChangePoints
} from "./chunk-4AAPVNUY.js";
import {
  SETTLE_MIN_SHARE,
  settleLimitMs
} from "./chunk-BUM7M246.js";
import {
  collectEnvironment
} from "./chunk-6ROBQZ6W.js";
import {
  formatDuration
} from "./chunk-Y6AZWZSZ.js";
import {
  discoverBenchmarkFiles,
  relativeTo
} from "./chunk-VJYNFM5C.js";
import {
  InputError,
  UsageError,
  describe
} from "./chunk-A3TNSP7U.js";

// src/measure/micro/progress.ts
var CLEAR_LINE = "\r\x1B[2K";
function progressMode(stream, env = process.env) {
  if (env.GITHUB_ACTIONS === "true") return "github";
  return stream.isTTY ? "tty" : "plain";
}
function createProgressReporter(stream, options = {}) {
  const mode = options.mode ?? progressMode(stream, options.env);
  return mode === "tty" ? terminalReporter(stream) : logReporter(stream, mode === "github");
}
function terminalReporter(stream) {
  let line = "";
  const draw = () => {
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    stream.write(CLEAR_LINE + (line.length > width ? `${line.slice(0, width - 1)}\u2026` : line));
  };
  return {
    onEvent(event) {
      switch (event.type) {
        case "round":
          line = `[${event.done}/${event.total}] ${oneLine(event.benchmark)} \xB7 round ${event.round}/${event.rounds} \xB7 process ${event.process + 1}/${event.processes}`;
          draw();
          return;
        case "error":
          stream.write(`${CLEAR_LINE}\u2717 ${oneLine(event.benchmark)} (${event.file}): ${indentRest(event.message, "  ")}
`);
          if (line) draw();
          return;
        default:
          return;
      }
    },
    finish() {
      if (line) stream.write(CLEAR_LINE);
      line = "";
    }
  };
}
function logReporter(stream, github) {
  let open = false;
  let held = [];
  const flush = () => {
    for (const text2 of held) stream.write(text2);
    held = [];
  };
  const close = () => {
    if (open) stream.write("::endgroup::\n");
    open = false;
    flush();
  };
  return {
    onEvent(event) {
      const title = `${oneLine(event.file)} \xB7 process ${event.process + 1}/${event.processes}`;
      switch (event.type) {
        case "file-start":
          if (github) {
            close();
            stream.write(`::group::${title}
`);
            open = true;
          } else {
            stream.write(`${title}
`);
          }
          return;
        case "round-end":
          stream.write(`  [${event.done}/${event.total}] round ${event.round}/${event.rounds} done
`);
          return;
        case "error": {
          const text2 = `  error: ${oneLine(event.benchmark)} (${title}): ${indentRest(event.message, "    | ")}
`;
          if (github && open) held.push(text2);
          else stream.write(text2);
          return;
        }
        case "file-end":
          if (github) close();
          return;
        default:
          return;
      }
    },
    finish: close
  };
}
function oneLine(text2) {
  return text2.replace(/[\r\n]+/g, " ");
}
function indentRest(text2, prefix) {
  return text2.replace(/\r?\n/g, `
${prefix}`);
}

// src/pipeline.ts
import { performance } from "node:perf_hooks";

// src/config/compare-options.ts
var DEFAULT_COMPARE_OPTIONS = Object.freeze({
  alpha: 0.05,
  threshold: 0.05,
  correction: "holm",
  confidence: 0.95,
  minSamples: 5,
  pairing: "separate-runs",
  defaultRunNoise: 0.05,
  defaultCommonNoise: 0.4
});
function resolveCompareOptions(options = {}) {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== void 0));
  const o = { ...DEFAULT_COMPARE_OPTIONS, ...defined };
  between("alpha", o.alpha, "a probability between 0 and 1, e.g. 0.05");
  between("confidence", o.confidence, "a level between 0 and 1, e.g. 0.95");
  if (typeof o.threshold !== "number" || !(o.threshold >= 0) || !Number.isFinite(o.threshold)) {
    fail("threshold", "a relative change of 0 or more, e.g. 0.05 for 5%", o.threshold);
  }
  for (const name of ["defaultRunNoise", "defaultCommonNoise"]) {
    const value = o[name];
    if (typeof value !== "number" || !(value >= 0) || !Number.isFinite(value)) {
      fail(name, "a relative standard deviation of 0 or more, e.g. 0.05 for 5%", value);
    }
  }
  if (!Number.isInteger(o.minSamples) || o.minSamples < 1) fail("minSamples", "a whole number of 1 or more", o.minSamples);
  if (!["holm", "bh", "none"].includes(o.correction)) fail("correction", "one of 'holm', 'bh' or 'none'", o.correction);
  if (!["same-run", "separate-runs"].includes(o.pairing)) fail("pairing", "'same-run' or 'separate-runs'", o.pairing);
  return o;
}
function between(name, value, expected) {
  if (typeof value !== "number" || !(value > 0 && value < 1)) fail(name, expected, value);
}
function fail(name, expected, found) {
  throw new UsageError(`compare option '${name}' must be ${expected}; found ${describe(found)}`);
}

// src/stats/descriptive.ts
function median(values) {
  if (values.length === 0) throw new RangeError("median of an empty list");
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
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
function historyRuns(history, suite, exclude) {
  const seen = new Set(exclude);
  const runs = [];
  for (const run2 of history) {
    if (runs.length >= MAX_HISTORY_RUNS) break;
    if (suite !== void 0 && run2.suite !== suite || seen.has(run2.run.id)) continue;
    seen.add(run2.run.id);
    runs.push(run2);
  }
  return runs;
}
function logMediansByBenchmark(runs) {
  const unitOf = /* @__PURE__ */ new Map();
  const medians = /* @__PURE__ */ new Map();
  for (const run2 of runs) {
    for (const b of run2.benchmarks) {
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
  const relative4 = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const run2 of runs) for (const name of run2.keys()) seen.set(name, (seen.get(name) ?? 0) + 1);
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
      const list = relative4.get(name);
      const r = shifts[i] - centres[i];
      if (list) list.push(r);
      else relative4.set(name, [r]);
    });
  }
  const raw = /* @__PURE__ */ new Map();
  for (const [name, count] of seen) {
    const differences = relative4.get(name) ?? [];
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
function orientedLogMedians(run2) {
  const out = /* @__PURE__ */ new Map();
  for (const b of run2.benchmarks) {
    if (b.error !== void 0 || b.samples.length === 0 || out.has(b.name)) continue;
    const m = median(b.samples);
    if (!(m > 0) || !Number.isFinite(m)) continue;
    out.set(b.name, { value: orientation(b.direction) * Math.log(m), kind: `${b.unit} ${b.direction}` });
  }
  return out;
}
function alignToNewest(runs) {
  const kindOf = /* @__PURE__ */ new Map();
  for (const run2 of runs) {
    for (const [name, m] of run2) {
      const kind = kindOf.get(name);
      if (kind === void 0) kindOf.set(name, m.kind);
      else if (kind !== m.kind) run2.delete(name);
    }
  }
}

// src/stats/normal.ts
function erfc(x) {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  if (y <= 0.46875) {
    const z = y * y;
    const num4 = (((0.18577770618460315 * z + 3.1611237438705655) * z + 113.86415415105016) * z + 377.485237685302) * z + 3209.3775891384694;
    const den = (((z + 23.601290952344122) * z + 244.02463793444417) * z + 1282.6165260773723) * z + 2844.236833439171;
    return 1 - x * num4 / den;
  }
  let tail;
  if (y >= 26.543) {
    tail = 0;
  } else {
    let ratio;
    if (y <= 4) {
      const num4 = (((((((21531153547440383e-24 * y + 0.5641884969886701) * y + 8.883149794388377) * y + 66.11919063714163) * y + 298.6351381974001) * y + 881.952221241769) * y + 1712.0476126340707) * y + 2051.0783778260716) * y + 1230.3393547979972;
      const den = (((((((y + 15.744926110709835) * y + 117.6939508913125) * y + 537.1811018620099) * y + 1621.3895745666903) * y + 3290.7992357334597) * y + 4362.619090143247) * y + 3439.3676741437216) * y + 1230.3393548037495;
      ratio = num4 / den;
    } else {
      const z = 1 / (y * y);
      const num4 = z * (((((0.016315387137302097 * z + 0.30532663496123236) * z + 0.36034489994980445) * z + 0.12578172611122926) * z + 0.016083785148742275) * z + 6587491615298378e-19);
      const den = ((((z + 2.568520192289822) * z + 1.8729528499234604) * z + 0.5279051029514285) * z + 0.06051834131244132) * z + 0.0023352049762686918;
      ratio = (0.5641895835477563 - num4 / den) / y;
    }
    const y16 = Math.trunc(y * 16) / 16;
    tail = Math.exp(-y16 * y16) * Math.exp(-(y - y16) * (y + y16)) * ratio;
  }
  return x < 0 ? 2 - tail : tail;
}
function normalSf(z) {
  return 0.5 * erfc(z / Math.SQRT2);
}
function normalCdf(z) {
  return 0.5 * erfc(-z / Math.SQRT2);
}
function normalQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r2 = 0.180625 - q * q;
    return q * (((((((2509.0809287301227 * r2 + 33430.57558358813) * r2 + 67265.7709270087) * r2 + 45921.95393154987) * r2 + 13731.69376550946) * r2 + 1971.5909503065513) * r2 + 133.14166789178438) * r2 + 3.3871328727963665) / (((((((5226.495278852854 * r2 + 28729.085735721943) * r2 + 39307.89580009271) * r2 + 21213.794301586597) * r2 + 5394.196021424751) * r2 + 687.1870074920579) * r2 + 42.31333070160091) * r2 + 1);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let z;
  if (r <= 5) {
    r -= 1.6;
    z = (((((((7745450142783414e-19 * r + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r + 3.6478483247632045) * r + 5.769497221460691) * r + 4.630337846156546) * r + 1.4234371107496835) / (((((((10507500716444169e-25 * r + 5475938084995345e-19) * r + 0.015198666563616457) * r + 0.14810397642748008) * r + 0.6897673349851) * r + 1.6763848301838038) * r + 2.053191626637759) * r + 1);
  } else {
    r -= 5;
    z = (((((((20103343992922881e-23 * r + 27115555687434876e-21) * r + 0.0012426609473880784) * r + 0.026532189526576124) * r + 0.29656057182850487) * r + 1.7848265399172913) * r + 5.463784911164114) * r + 6.657904643501103) / (((((((20442631033899397e-31 * r + 1421511758316446e-22) * r + 18463183175100548e-21) * r + 7868691311456133e-19) * r + 0.014875361290850615) * r + 0.1369298809227358) * r + 0.599832206555888) * r + 1);
  }
  return q < 0 ? -z : z;
}

// src/compare/aggregate.ts
var COMMON_SHIFT_MIN_BENCHMARKS = 5;
var COMMON_SHIFT_SHARE = 0.8;
function geomean(items, confidence, commonNoise) {
  const n = items.length;
  if (n === 0) return void 0;
  const mean = items.reduce((a, b) => a + b.logRatio, 0) / n;
  const within = items.reduce((a, b) => a + b.logRatioSe ** 2, 0) / n ** 2;
  const noises = items.filter((i) => i.runNoise !== void 0).map((i) => i.runNoise);
  const between2 = commonNoise !== void 0 ? 2 * commonNoise ** 2 + noises.reduce((a, b) => a + 2 * b ** 2, 0) / n ** 2 : noises.length > 0 ? 2 * (noises.reduce((a, b) => a + b, 0) / noises.length) ** 2 : 0;
  const se = Math.sqrt(within + between2);
  const z = normalQuantile((1 + confidence) / 2);
  const change = Math.expm1(mean);
  if (!Number.isFinite(se)) return { change, n };
  return { change, ci: [Math.expm1(mean - z * se), Math.expm1(mean + z * se)], n };
}
function suiteShift(items, common, confidence) {
  const z = normalQuantile((1 + confidence) / 2);
  const n = items.length;
  const oriented = items.map((i) => orientation(i.direction) * i.logShift);
  const shift = median(oriented);
  const variance = items.reduce((a, i) => a + ((i.withinUpper - i.withinLower) / (2 * z)) ** 2 + 2 * (i.runNoise ?? 0) ** 2, 0) / n;
  const band = z * Math.sqrt(2 * common.noise ** 2 + Math.PI / 2 * (variance / n));
  const up = items.filter((i) => orientation(i.direction) === 1 ? i.withinLower > 0 : i.withinUpper < 0).length;
  const down = items.filter((i) => orientation(i.direction) === 1 ? i.withinUpper < 0 : i.withinLower > 0).length;
  const sign = alike(items)[0]?.direction === "bigger" ? -1 : 1;
  const explained = Math.abs(shift) <= band;
  const ends = [Math.expm1(sign * shift - band), Math.expm1(sign * shift + band)];
  return {
    shift,
    band,
    explained,
    centres: leaveOneOutMedians(oriented),
    reported: {
      change: Math.expm1(sign * shift),
      share: Math.max(up, down) / n,
      ci: [ends[0], ends[1]],
      runNoise: common.noise,
      runNoiseSource: common.source,
      explainedByNoise: explained
    }
  };
}
function commonShift(items) {
  const n = items.length;
  if (n < COMMON_SHIFT_MIN_BENCHMARKS) return void 0;
  const up = items.filter((i) => i.withinLower > 0).length;
  const down = items.filter((i) => i.withinUpper < 0).length;
  const share = Math.max(up, down) / n;
  if (share < COMMON_SHIFT_SHARE) return void 0;
  return { change: Math.expm1(median(items.map((i) => i.logShift))), share };
}
function alike(items) {
  const bigger = items.filter((i) => i.direction === "bigger");
  return 2 * bigger.length > items.length ? bigger : items.filter((i) => i.direction === "smaller");
}

// src/compare/verdict.ts
var UNCHANGED_MAX_HALF_WIDTH = 2;
function decide(e, o) {
  const [lo, hi] = e.ci;
  const p = pText(e.adjustedP, o.correction === "none" ? "p" : "adjusted p");
  const significant2 = e.adjustedP < o.alpha && (lo > 0 || hi < 0);
  const large = Math.abs(e.change) >= o.threshold;
  const interval2 = `${percent(o.confidence, false)} CI ${percent(lo)} to ${percent(hi)}`;
  const moved = `${e.change >= 0 ? "Up" : "Down"} ${percent(Math.abs(e.change), false)}`;
  if (significant2 && large) {
    const worse = e.direction === "smaller" ? e.change > 0 : e.change < 0;
    return {
      verdict: worse ? "regression" : "improvement",
      reason: `${moved} (${interval2}), significant (${p}) and beyond the ${percent(o.threshold, false)} threshold.`
    };
  }
  if (o.threshold > 0) {
    if ((hi - lo) / 2 > UNCHANGED_MAX_HALF_WIDTH * o.threshold) {
      const noise = e.noiseFromRuns && e.runNoise !== void 0 ? `runs vary by \xB1${percent(e.runNoise, false)} between them` : `samples vary by \xB1${percent(e.spread, false)} within the run`;
      return { verdict: "inconclusive", reason: `Too noisy to tell: ${percent(e.change)} (${interval2}); ${noise}.` };
    }
    if (!significant2 && large) {
      return {
        verdict: "inconclusive",
        reason: `${moved}, but not significant (${p}; ${interval2}): too noisy to tell.`
      };
    }
  }
  if (significant2) {
    return {
      verdict: "unchanged",
      reason: `${moved} (${interval2}): significant, but within the ${percent(o.threshold, false)} threshold.`
    };
  }
  return { verdict: "unchanged", reason: `No significant change: ${percent(e.change)} (${interval2}).` };
}
function percent(x, signed3 = true) {
  if (!Number.isFinite(x)) return x > 0 ? "+\u221E" : "-\u221E";
  const v = x * 100;
  const digits = Math.abs(v) < 1 ? 2 : 1;
  const text2 = Math.abs(v).toFixed(digits).replace(/\.?0+$/, "");
  const sign = !signed3 || text2 === "0" ? "" : v > 0 ? "+" : "-";
  return `${sign}${text2}%`;
}
function pText(p, label) {
  return p < 1e-3 ? `${label} < 0.001` : `${label} = ${Number(p.toPrecision(2))}`;
}

// src/compare/common-verdict.ts
function decideAcrossRuns(e, o) {
  const label = o.correction === "none" ? "p" : "adjusted p";
  const excludesZero = ([lo, hi]) => lo > 0 || hi < 0;
  const large = Math.abs(e.change) >= o.threshold;
  const wholeSignificant = e.wholeP < o.alpha && excludesZero(e.wholeCi);
  const relativeSignificant = e.relativeP < o.alpha && Math.abs(e.relative) >= o.threshold;
  const moved = `${e.change >= 0 ? "Up" : "Down"} ${percent(Math.abs(e.change), false)}`;
  const interval2 = (ci2) => `${percent(o.confidence, false)} CI ${percent(ci2[0])} to ${percent(ci2[1])}`;
  const worse = e.direction === "smaller" ? e.change > 0 : e.change < 0;
  const flagged = worse ? "regression" : "improvement";
  const beyond = `beyond the ${percent(o.threshold, false)} threshold`;
  if (large && wholeSignificant) {
    return {
      verdict: flagged,
      reason: `${moved} (${interval2(e.wholeCi)}), significant (${pText(e.wholeP, label)}) and ${beyond}.`,
      ci: e.wholeCi,
      adjustedP: e.wholeP
    };
  }
  const relativeDecides = large && relativeSignificant && e.run.explained && Math.sign(e.relative) === Math.sign(e.change) && excludesZero(e.relativeCi);
  if (relativeDecides) {
    return {
      verdict: flagged,
      reason: `${moved} (${interval2(e.relativeCi)}), ${percent(e.relative)} against the rest of the suite, which moved ${percent(e.run.shift)}: significant (${pText(e.relativeP, label)}) and ${beyond}.`,
      ci: e.relativeCi,
      adjustedP: e.relativeP
    };
  }
  const ci = e.wholeCi;
  const settle = (verdict, reason) => ({
    verdict,
    reason: relativeSignificant ? `${reason} Against the rest of the suite it moved ${percent(e.relative)} (${pText(e.relativeP, label)}).` : reason,
    ci,
    adjustedP: e.wholeP
  });
  if (o.threshold > 0) {
    if ((ci[1] - ci[0]) / 2 > UNCHANGED_MAX_HALF_WIDTH * o.threshold) {
      return settle("inconclusive", `Too noisy to tell: ${percent(e.change)} (${interval2(ci)}); ${widest(e, o.threshold)}.`);
    }
    if (!wholeSignificant && large) {
      return settle("inconclusive", `${moved}, but not significant (${pText(e.wholeP, label)}; ${interval2(ci)}): ${widest(e, o.threshold)}.`);
    }
  }
  if (wholeSignificant) {
    return settle("unchanged", `${moved} (${interval2(ci)}): significant, but within the ${percent(o.threshold, false)} threshold.`);
  }
  return settle("unchanged", `No significant change: ${percent(e.change)} (${interval2(ci)}).`);
}
function widest(e, threshold) {
  const within = e.within;
  const relative4 = Math.SQRT2 * e.runNoise;
  const common = Math.SQRT2 * e.commonNoise;
  if (common >= relative4 && common >= within) {
    const vary = `vary by \xB1${percent(e.commonNoise, false)}`;
    if (Math.abs(e.run.shift) < threshold) return `whole runs of this machine ${vary} between them`;
    return `the whole run moved ${percent(e.run.shift)}, ${e.run.explained ? "which" : "more than"} this machine's runs ${e.run.explained ? "do" : "usually do"} (they ${vary})`;
  }
  if (relative4 >= within) return `it moves by \xB1${percent(e.runNoise, false)} against the rest of the suite from run to run`;
  return `samples vary by \xB1${percent(e.spread, false)} within the run`;
}

// src/stats/correction.ts
function adjustPValues(pValues, method) {
  for (const [i, p] of pValues.entries()) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-value #${i + 1} is ${p}; expected a number from 0 to 1`);
  }
  switch (method) {
    case "holm":
      return holm(pValues);
    case "bh":
      return benjaminiHochberg(pValues);
    case "none":
      return [...pValues];
  }
}
function holm(pValues) {
  const m = pValues.length;
  const order = ascending(pValues);
  const adjusted = new Array(m);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[index]));
    adjusted[index] = running;
  });
  return adjusted;
}
function benjaminiHochberg(pValues) {
  const m = pValues.length;
  const order = ascending(pValues);
  const adjusted = new Array(m);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank];
    running = Math.min(running, m / (rank + 1) * pValues[index]);
    adjusted[index] = running;
  }
  return adjusted;
}
function ascending(pValues) {
  return pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b] || a - b);
}

// src/stats/mann-whitney.ts
var EXACT_WORK_LIMIT = 1e6;
function exactIsAffordable(n1, n2) {
  const m = Math.min(n1, n2);
  return m * m * Math.max(n1, n2) <= EXACT_WORK_LIMIT;
}
function mannWhitney(x, y, method = "auto") {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError(`Mann-Whitney U needs at least one value on each side; got ${n1} and ${n2}`);
  const { u, tieTerm } = rankSums(x, y);
  const ties = tieTerm > 0;
  const chosen = method === "auto" ? !ties && exactIsAffordable(n1, n2) ? "exact" : "asymptotic" : method;
  const uMax = Math.max(u, n1 * n2 - u);
  let p;
  if (chosen === "exact") {
    p = 2 * uCdf(n1 * n2 - Math.floor(uMax), n1, n2);
  } else {
    const n = n1 + n2;
    const sd = Math.sqrt(n1 * n2 / 12 * (n + 1 - tieTerm / (n * (n - 1))));
    const z = (uMax - n1 * n2 / 2 - 0.5) / sd;
    p = 2 * normalSf(z);
  }
  return { u, pValue: Math.min(1, Math.max(0, p)), method: chosen, ties };
}
function rankSums(x, y) {
  const xs = sortedCopy(x, "first sample");
  const ys = sortedCopy(y, "second sample");
  let i = 0;
  let j = 0;
  let rank = 1;
  let rankSumX = 0;
  let tieTerm = 0;
  while (i < xs.length || j < ys.length) {
    const value = Math.min(i < xs.length ? xs[i] : Infinity, j < ys.length ? ys[j] : Infinity);
    let inX = 0;
    let inY = 0;
    while (i < xs.length && xs[i] === value) {
      i++;
      inX++;
    }
    while (j < ys.length && ys[j] === value) {
      j++;
      inY++;
    }
    const t = inX + inY;
    rankSumX += inX * (rank + (t - 1) / 2);
    if (t > 1) tieTerm += t * t * t - t;
    rank += t;
  }
  return { u: rankSumX - xs.length * (xs.length + 1) / 2, tieTerm };
}
function sortedCopy(values, what) {
  const copy = Float64Array.from(values);
  for (const v of copy) if (Number.isNaN(v)) throw new RangeError(`Mann-Whitney U: the ${what} contains NaN`);
  return copy.sort();
}
function uCdf(k, n1, n2) {
  const total = n1 * n2;
  if (k < 0) return 0;
  if (k >= total) return 1;
  const lower = lowerTail(n1, n2);
  const kk = Math.floor(k);
  if (kk < lower.length) return lower[kk];
  return 1 - lower[total - kk - 1];
}
var MAX_CACHED = 256;
var lowerTails = /* @__PURE__ */ new Map();
function lowerTail(n1, n2) {
  const m = Math.min(n1, n2);
  const n = Math.max(n1, n2);
  const key = `${m},${n}`;
  const cached = lowerTails.get(key);
  if (cached) return cached;
  const counts = lowerHalfCounts(m, n);
  const half = counts.length - 1;
  let below = 0;
  for (let k = 0; k < half; k++) below += counts[k];
  const middle = counts[half];
  const all = 2 * below + (m * n % 2 === 0 ? middle : 2 * middle);
  const tail = new Float64Array(half + 1);
  let running = 0;
  for (let k = 0; k <= half; k++) {
    running += counts[k];
    tail[k] = running / all;
  }
  if (lowerTails.size >= MAX_CACHED) lowerTails.delete(lowerTails.keys().next().value);
  lowerTails.set(key, tail);
  return tail;
}
function lowerHalfCounts(m, n) {
  const half = Math.floor(m * n / 2);
  const c = new Float64Array(half + 1);
  c[0] = 1;
  for (let i = 1; i <= m; i++) {
    const top = Math.min(i * n, half);
    for (let k = i; k <= top; k++) c[k] += c[k - i];
    const a = n + i;
    for (let k = top; k >= a; k--) c[k] -= c[k - a];
  }
  return c;
}

// src/stats/hodges-lehmann.ts
function hodgesLehmann(base, head, confidence) {
  if (base.length === 0 || head.length === 0) {
    throw new RangeError(`Hodges-Lehmann needs at least one value on each side; got ${base.length} and ${head.length}`);
  }
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be between 0 and 1; got ${confidence}`);
  const b = sortedFinite(base, "baseline");
  const h = sortedFinite(head, "head");
  const total = b.length * h.length;
  const select = differenceSelector(b, h);
  const mid = Math.floor((total + 1) / 2);
  const shift = total % 2 === 1 ? select(mid) : (select(mid) + select(mid + 1)) / 2;
  const { rank, method, coverage } = criticalRank(b.length, h.length, confidence);
  if (rank === 0) return { shift, lower: -Infinity, upper: Infinity, rank, method, coverage: 1 };
  return { shift, lower: select(rank), upper: select(total + 1 - rank), rank, method, coverage };
}
function criticalRank(n1, n2, confidence) {
  const tail = (1 - confidence) / 2;
  const total = n1 * n2;
  if (exactIsAffordable(n1, n2)) {
    let lo = 0;
    let hi = Math.floor(total / 2) + 1;
    while (lo < hi) {
      const k = Math.ceil((lo + hi) / 2);
      if (uCdf(k - 1, n1, n2) <= tail) lo = k;
      else hi = k - 1;
    }
    return { rank: lo, method: "exact", coverage: 1 - 2 * uCdf(lo - 1, n1, n2) };
  }
  const sd = Math.sqrt(total * (n1 + n2 + 1) / 12);
  const z = normalQuantile(1 - tail);
  const rank = Math.min(Math.floor((total + 1) / 2), Math.max(0, Math.floor(total / 2 + 0.5 - z * sd)));
  return { rank, method: "normal", coverage: rank === 0 ? 1 : 1 - 2 * normalCdf((rank - 0.5 - total / 2) / sd) };
}
function medianInterval(values, confidence) {
  const sorted = sortedFinite(values, "sample");
  const n = sorted.length;
  if (n === 0) throw new RangeError("median interval of an empty sample");
  const tail = (1 - confidence) / 2;
  let rank;
  if (n <= 1e3) {
    let pmf = 2 ** -n;
    let cdf = 0;
    rank = 0;
    while (rank < Math.floor((n + 1) / 2) && cdf + pmf <= tail) {
      cdf += pmf;
      pmf *= (n - rank) / (rank + 1);
      rank++;
    }
  } else {
    rank = Math.floor(n / 2 + 0.5 - normalQuantile(1 - tail) * Math.sqrt(n) / 2);
  }
  rank = Math.max(1, rank);
  return [sorted[rank - 1], sorted[n - rank]];
}
var LIST_LIMIT = 5e4;
function differenceSelector(base, head) {
  if (base.length * head.length <= LIST_LIMIT) {
    const all = new Float64Array(base.length * head.length);
    let at = 0;
    for (const y of head) for (const x of base) all[at++] = y - x;
    all.sort();
    return (k) => all[k - 1];
  }
  return (k) => selectDifference(base, head, k);
}
function selectDifference(base, head, k) {
  const n1 = base.length;
  const n2 = head.length;
  if (!(k >= 1 && k <= n1 * n2)) throw new RangeError(`rank ${k} is outside 1\u2026${n1 * n2}`);
  const at = (j, c) => head[j] - base[n1 - 1 - c];
  const from = new Int32Array(n2);
  const to = new Int32Array(n2).fill(n1);
  const less = new Int32Array(n2);
  const notMore = new Int32Array(n2);
  let remaining = n1 * n2;
  while (remaining > Math.max(4096, 4 * (n1 + n2))) {
    const pivot = weightedMiddle(at, from, to, remaining);
    let c = n1;
    let d = n1;
    let sumLess = 0;
    let sumNotMore = 0;
    for (let j = 0; j < n2; j++) {
      while (c > 0 && at(j, c - 1) >= pivot) c--;
      while (d > 0 && at(j, d - 1) > pivot) d--;
      less[j] = c;
      notMore[j] = d;
      sumLess += c;
      sumNotMore += d;
    }
    if (k > sumLess && k <= sumNotMore) return pivot;
    remaining = 0;
    for (let j = 0; j < n2; j++) {
      if (k <= sumLess) to[j] = Math.min(to[j], less[j]);
      else from[j] = Math.max(from[j], notMore[j]);
      remaining += to[j] - from[j];
    }
  }
  let below = 0;
  const rest = new Float64Array(remaining);
  let at2 = 0;
  for (let j = 0; j < n2; j++) {
    below += from[j];
    for (let c = from[j]; c < to[j]; c++) rest[at2++] = at(j, c);
  }
  rest.sort();
  return rest[k - below - 1];
}
function weightedMiddle(at, from, to, remaining) {
  const rows = [];
  for (let j = 0; j < from.length; j++) {
    const weight = to[j] - from[j];
    if (weight > 0) rows.push({ value: at(j, from[j] + to[j] - 1 >> 1), weight });
  }
  rows.sort((a, b) => a.value - b.value);
  let seen = 0;
  for (const row2 of rows) {
    seen += row2.weight;
    if (2 * seen >= remaining) return row2.value;
  }
  return rows[rows.length - 1].value;
}
function sortedFinite(values, what) {
  const copy = Float64Array.from(values);
  for (const v of copy) if (!Number.isFinite(v)) throw new RangeError(`the ${what} sample contains ${v}; expected finite numbers`);
  return copy.sort();
}

// src/compare/units.ts
var SECONDS = /* @__PURE__ */ new Map([
  ["ns", 1e-9],
  ["us", 1e-6],
  ["\xB5s", 1e-6],
  ["\u03BCs", 1e-6],
  ["ms", 1e-3],
  ["s", 1]
]);
function alignUnits(baselineUnit, headUnit) {
  if (baselineUnit === headUnit) return { ok: true, factor: 1 };
  const base = parseTime(baselineUnit);
  const head = parseTime(headUnit);
  if (base && head && base.per === head.per) return { ok: true, factor: base.seconds / head.seconds };
  return {
    ok: false,
    reason: `The unit changed from '${baselineUnit}' in the baseline to '${headUnit}' in head, so the numbers are not comparable.`
  };
}
function parseTime(unit) {
  const slash = unit.indexOf("/");
  const time = (slash < 0 ? unit : unit.slice(0, slash)).trim();
  const seconds2 = SECONDS.get(time);
  return seconds2 === void 0 ? void 0 : { seconds: seconds2, per: slash < 0 ? "" : unit.slice(slash).trim() };
}

// src/compare/screen.ts
function screen(h, b, baseName) {
  const base = b && b.error === void 0 && b.samples.length > 0 ? b : void 0;
  const settled = (verdict, reason) => ({
    settled: {
      ...identity(h),
      verdict,
      reason,
      ...base && verdict !== "inconclusive" ? { baseline: summarize(base.samples) } : {},
      ...h.samples.length > 0 ? { head: summarize(h.samples) } : {}
    }
  });
  if (h.error !== void 0) return settled("error", `Failed in head: ${firstLine(h.error)}`);
  if (!b) return settled("new", "In head, but not in the baseline.");
  if (!base) return settled("inconclusive", `No baseline to compare with: it failed in the ${baseName} (${firstLine(b.error ?? "no samples")}).`);
  if (b.direction !== h.direction) {
    return settled(
      "inconclusive",
      `The direction changed from '${b.direction} is better' in the baseline to '${h.direction} is better' in head, so the numbers are not compared.`
    );
  }
  const units = alignUnits(b.unit, h.unit);
  if (!units.ok) return settled("inconclusive", units.reason);
  const baseSamples = units.factor === 1 ? b.samples : b.samples.map((v) => v * units.factor);
  const sides = { baseline: summarize(baseSamples), head: summarize(h.samples) };
  return {
    baseSamples,
    note: units.factor === 1 ? "" : ` Baseline converted from ${b.unit} to ${h.unit}.`,
    sides,
    inconclusive: (reason) => ({ ...identity(h), verdict: "inconclusive", reason, ...sides })
  };
}
function identity(b) {
  return { name: b.name, unit: b.unit, direction: b.direction, ...b.group === void 0 ? {} : { group: b.group } };
}
function summarize(samples) {
  const n = samples.length;
  const mean = samples.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(samples.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  return { n, median: median(samples), cv: sd === 0 ? 0 : sd / Math.abs(mean) };
}
function firstLine(text2) {
  const line = text2.split("\n", 1)[0].trim();
  return line.length > 200 ? `${line.slice(0, 199)}\u2026` : line;
}

// src/compare/compare.ts
var VERDICTS = ["regression", "improvement", "unchanged", "inconclusive", "new", "missing", "error"];
function compare(head, baseline, history, options = {}) {
  const o = resolveCompareOptions(options);
  return finishComparison(head, baseline, o, [comparePart(head, baseline, history, o)]);
}
function comparePart(head, baseline, history, o) {
  const baseByName = /* @__PURE__ */ new Map();
  for (const b of baseline?.benchmarks ?? []) if (!baseByName.has(b.name)) baseByName.set(b.name, b);
  const headNames = new Set(head.benchmarks.map((b) => b.name));
  const benchmarks = [];
  const estimates = [];
  for (const h of head.benchmarks) {
    const outcome = assess(h, baseByName.get(h.name), o);
    if ("est" in outcome) estimates.push(outcome);
    benchmarks.push("est" in outcome ? outcome.comparison : outcome);
  }
  for (const b of baseByName.values()) {
    if (headNames.has(b.name)) continue;
    benchmarks.push({
      ...identity(b),
      verdict: "missing",
      reason: "In the baseline, but not in head.",
      ...b.error === void 0 && b.samples.length > 0 ? { baseline: summarize(b.samples) } : {}
    });
  }
  const z = normalQuantile((1 + o.confidence) / 2);
  const onLog = estimates.filter((e) => e.aggregate !== void 0);
  let pending;
  let historyRuns2 = 0;
  let shared;
  let commonNoise;
  if (o.pairing === "same-run") {
    pending = estimates.map((e) => singleTest(e, o, z));
  } else if (baseline && onLog.length >= COMMON_MODE_MIN_BENCHMARKS) {
    const model = learnCommonMode([baseline, ...history], head.suite, [head.run.id]);
    const common = commonNoiseFor(model, o.defaultCommonNoise);
    const noiseOf = (e) => relativeNoiseFor(model, e.benchmark.name, o.defaultRunNoise);
    for (const e of onLog) e.aggregate.runNoise = noiseOf(e).noise;
    const suite = suiteShift(
      onLog.map((e) => e.aggregate),
      common,
      o.confidence
    );
    const centreOf = new Map(onLog.map((e, i) => [e, suite.centres[i]]));
    pending = estimates.map((e) => {
      const centre = centreOf.get(e);
      const own = noiseOf(e);
      if (centre === void 0) return singleTest(e, o, z, { noise: Math.hypot(own.noise, common.noise), source: own.source, runs: own.runs });
      return twoTests(e, o, z, centre, own, common.noise, suite);
    });
    historyRuns2 = model.relative.pooled === void 0 ? 0 : model.runs;
    shared = suite.reported;
    commonNoise = common.noise;
  } else {
    const model = baseline ? learnRunNoise([baseline, ...history], head.suite, [head.run.id]) : { runs: 0, benchmarks: /* @__PURE__ */ new Map() };
    const fallback = Math.hypot(o.defaultRunNoise, o.defaultCommonNoise);
    pending = estimates.map((e) => singleTest(e, o, z, runNoiseFor(model, e.benchmark.name, fallback)));
    historyRuns2 = model.pooled === void 0 ? 0 : model.runs;
  }
  return {
    benchmarks,
    pending,
    compared: onLog.map((e) => e.aggregate),
    historyRuns: historyRuns2,
    ...shared ? { commonShift: shared } : {},
    ...commonNoise !== void 0 ? { commonNoise } : {}
  };
}
function finishComparison(head, baseline, o, parts) {
  const pending = parts.flatMap((p) => p.pending);
  const adjusted = adjustPValues(
    pending.flatMap((p) => p.pValues),
    o.correction
  );
  let at = 0;
  for (const p of pending) {
    p.settle(adjusted.slice(at, at + p.pValues.length));
    at += p.pValues.length;
  }
  const benchmarks = parts.flatMap((p) => p.benchmarks);
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0]));
  for (const b of benchmarks) counts[b.verdict]++;
  const compared2 = alike(parts.flatMap((p) => p.compared));
  const noises = parts.map((p) => p.commonNoise).filter((n) => n !== void 0);
  const commonNoise = noises.length > 0 ? Math.max(...noises) : void 0;
  const mean = geomean(compared2, o.confidence, commonNoise);
  const shift = parts.length === 1 ? parts[0].commonShift ?? commonShift(compared2) : void 0;
  const historyRuns2 = Math.max(0, ...parts.map((p) => p.historyRuns));
  return {
    suite: head.suite,
    head: head.run,
    ...baseline ? { baseline: baseline.run } : {},
    options: o,
    benchmarks,
    counts,
    ...mean ? { geomean: mean } : {},
    ...shift ? { commonShift: shift } : {},
    historyRuns: historyRuns2,
    ...head.scenarios ? { scenarios: head.scenarios } : {}
  };
}
function singleTest(e, o, z, noise) {
  const { est } = e;
  let ci = [est.lower, est.upper];
  let decisionP = e.pValue;
  let noiseFromRuns = false;
  if (noise) {
    const between2 = Math.SQRT2 * noise.noise;
    const wide = widen(est, between2, z);
    ci = wide.ci;
    decisionP = Math.max(e.pValue, zTest(est.shift, wide.se));
    noiseFromRuns = z * between2 > (est.upper - est.lower) / 2;
    Object.assign(e.comparison, { runNoise: noise.noise, runNoiseSource: noise.source });
    if (e.aggregate) e.aggregate.runNoise = noise.noise;
  }
  const relativeCi = [e.toRelative(ci[0]), e.toRelative(ci[1])];
  e.comparison.ci = relativeCi;
  return {
    pValues: [decisionP],
    settle: ([adjustedP]) => {
      const { verdict, reason } = decide(
        {
          direction: e.benchmark.direction,
          change: e.comparison.change,
          ci: relativeCi,
          adjustedP,
          ...noise ? { runNoise: noise.noise } : {},
          noiseFromRuns,
          spread: e.spread
        },
        o
      );
      Object.assign(e.comparison, { verdict, reason: reason + e.note, adjustedP });
    }
  };
}
function twoTests(e, o, z, centre, own, commonNoise, suite) {
  const { est } = e;
  const sign = orientation(e.benchmark.direction);
  const within = (est.upper - est.lower) / (2 * z);
  const relative4 = est.shift - sign * centre;
  const relativeNoise = Math.SQRT2 * own.noise;
  const wholeNoise = Math.SQRT2 * Math.hypot(own.noise, commonNoise);
  const a = widen(est, relativeNoise, z);
  const b = widen(est, wholeNoise, z);
  const rel = (ci) => [Math.expm1(ci[0]), Math.expm1(ci[1])];
  Object.assign(e.comparison, { relativeChange: Math.expm1(relative4), runNoise: own.noise, runNoiseSource: own.source });
  return {
    pValues: [zTest(relative4, Math.hypot(within, relativeNoise)), Math.max(e.pValue, zTest(est.shift, b.se))],
    settle: ([relativeP, wholeP]) => {
      const decision = decideAcrossRuns(
        {
          direction: e.benchmark.direction,
          change: e.comparison.change,
          relative: Math.expm1(relative4),
          relativeP,
          wholeP,
          relativeCi: rel(a.ci),
          wholeCi: rel(b.ci),
          within,
          runNoise: own.noise,
          commonNoise,
          spread: e.spread,
          run: { shift: Math.expm1(sign * suite.shift), explained: suite.explained }
        },
        o
      );
      Object.assign(e.comparison, { verdict: decision.verdict, reason: decision.reason + e.note, ci: decision.ci, adjustedP: decision.adjustedP });
    }
  };
}
function widen(est, between2, z) {
  return {
    ci: [est.shift - Math.hypot(est.shift - est.lower, z * between2), est.shift + Math.hypot(est.upper - est.shift, z * between2)],
    se: Math.hypot((est.upper - est.lower) / (2 * z), between2)
  };
}
function zTest(shift, se) {
  if (se > 0) return Math.min(1, 2 * normalSf(Math.abs(shift) / se));
  return shift === 0 ? 1 : 0;
}
function assess(h, b, o) {
  const screened = screen(h, b, "baseline run");
  if ("settled" in screened) return screened.settled;
  const { baseSamples, note, sides, inconclusive } = screened;
  for (const [side2, samples] of [
    ["baseline", baseSamples],
    ["head", h.samples]
  ]) {
    const odd = samples.find((v) => !Number.isFinite(v));
    if (odd !== void 0) return inconclusive(`The ${side2} has a sample that is not a finite number (${odd}).`);
  }
  const short = [
    ...baseSamples.length < o.minSamples ? [`${baseSamples.length} in the baseline`] : [],
    ...h.samples.length < o.minSamples ? [`${h.samples.length} in head`] : []
  ];
  if (short.length > 0) return inconclusive(`Too few samples: ${short.join(" and ")}; at least ${o.minSamples} are needed.`);
  if (baseSamples.every((v) => v === 0) && h.samples.every((v) => v > 0)) {
    return {
      ...identity(h),
      verdict: h.direction === "smaller" ? "regression" : "improvement",
      reason: `Every baseline sample is 0; every head sample is above 0 (median ${sides.head.median} ${h.unit}).`,
      ...sides
    };
  }
  const onLogScale = baseSamples.every((v) => v > 0) && h.samples.every((v) => v > 0);
  const baseMedian = sides.baseline.median;
  if (!onLogScale && !(baseMedian > 0)) {
    const value = baseSamples[0];
    if ([...baseSamples, ...h.samples].every((v) => v === value)) {
      return { ...identity(h), verdict: "unchanged", reason: `Every sample on both sides is ${value}.`, ...sides };
    }
    return inconclusive(`The baseline median is ${baseMedian}, so a relative change is undefined.`);
  }
  const toScale = onLogScale ? Math.log : (v) => v / baseMedian;
  const toRelative = onLogScale ? Math.expm1 : (v) => v;
  const tBase = baseSamples.map(toScale);
  const tHead = h.samples.map(toScale);
  const pValue = mannWhitney(baseSamples, h.samples).pValue;
  const est = hodgesLehmann(tBase, tHead, o.confidence);
  if (est.rank === 0) {
    return {
      ...inconclusive(`Too few samples for a ${percent(o.confidence, false)} interval (${baseSamples.length} and ${h.samples.length}).`),
      change: toRelative(est.shift),
      pValue
    };
  }
  const comparison = {
    ...identity(h),
    verdict: "inconclusive",
    reason: "",
    ...sides,
    change: toRelative(est.shift),
    pValue
  };
  return {
    comparison,
    benchmark: h,
    est,
    pValue,
    toRelative,
    spread: Math.max(sides.baseline.cv, sides.head.cv),
    note,
    ...onLogScale ? { aggregate: compared(h.direction, sides, tBase, tHead, est, o.confidence) } : {}
  };
}
function compared(direction, sides, logBase, logHead, est, confidence) {
  const z = normalQuantile((1 + confidence) / 2);
  const se = (values) => {
    const [lo, hi] = medianInterval(values, confidence);
    return (hi - lo) / (2 * z);
  };
  return {
    direction,
    logRatio: Math.log(sides.head.median / sides.baseline.median),
    logRatioSe: Math.hypot(se(logBase), se(logHead)),
    logShift: est.shift,
    withinLower: est.lower,
    withinUpper: est.upper
  };
}

// src/compare/shards.ts
function compareByShard(head, baseline, history, options = {}) {
  const o = resolveCompareOptions(options);
  const headShard = shardOf(head);
  const baseShard = shardOf(baseline);
  if (o.pairing === "same-run" || !headShard && !baseShard) return compare(head, baseline, history, options);
  const headNames = new Set(head.benchmarks.map((b) => b.name));
  const keyOf = (name) => `${headNames.has(name) && headShard?.(name) || "-"}|${baseShard?.(name) ?? "-"}`;
  const groups = /* @__PURE__ */ new Map();
  for (const b of [...head.benchmarks, ...baseline?.benchmarks ?? []]) {
    const key = keyOf(b.name);
    groups.set(key, (groups.get(key) ?? /* @__PURE__ */ new Set()).add(b.name));
  }
  const keys = [...groups.keys()].sort();
  const only = (run2, names) => ({ ...run2, benchmarks: run2.benchmarks.filter((b) => names.has(b.name)) });
  const parts = keys.map((key) => {
    const names = groups.get(key);
    return comparePart(
      only(head, names),
      baseline && only(baseline, names),
      history.map((run2) => only(run2, names)),
      o
    );
  });
  const comparison = finishComparison(head, baseline, o, parts);
  const order = new Map([...head.benchmarks, ...baseline?.benchmarks ?? []].map((b, i) => [b.name, i]).reverse());
  comparison.benchmarks.sort((a, b) => order.get(a.name) - order.get(b.name));
  comparison.shards = keys.map((key, i) => {
    const [h, b] = key.split("|");
    const part = parts[i];
    return {
      ...h !== "-" ? { head: Number(h) } : {},
      ...b !== "-" ? { baseline: Number(b) } : {},
      benchmarks: groups.get(key).size,
      ...part.commonShift ? { commonShift: part.commonShift } : {}
    };
  });
  return comparison;
}
function shardOf(run2) {
  if (!run2) return void 0;
  if (run2.run.shard) {
    const { index } = run2.run.shard;
    return () => index;
  }
  if (!run2.run.shards?.length) return void 0;
  const byName = new Map(run2.benchmarks.filter((b) => b.shard !== void 0).map((b) => [b.name, b.shard]));
  return (name) => byName.get(name);
}

// src/history/series.ts
function extractSeries(history, options = {}) {
  const runs = [];
  const byKey = /* @__PURE__ */ new Map();
  const shards = [...history.shards].sort((a, b) => a.month < b.month ? -1 : a.month > b.month ? 1 : 0);
  for (const shard of shards) {
    const columns = shard.benchmarks.map((column) => {
      const key = `${column.name}\0${column.unit}\0${column.direction}`;
      let series = byKey.get(key);
      if (series === void 0) {
        series = { name: column.name, unit: column.unit, direction: column.direction, runs: [], values: [], n: [], cv: [], failures: 0 };
        byKey.set(key, series);
      }
      return series;
    });
    for (const run2 of shard.runs) {
      if (options.branch !== void 0 && run2.branch !== options.branch) continue;
      const index = runs.length;
      runs.push({ id: run2.id, ...run2.commit !== void 0 ? { commit: run2.commit } : {}, branch: run2.branch, time: run2.time });
      const { stats } = run2;
      for (let column = 0; column < stats.length; column++) {
        const stat3 = stats[column];
        if (stat3 === null || stat3 === void 0) continue;
        const series = columns[column];
        series.runs.push(index);
        series.values.push(stat3[0]);
        series.n.push(stat3[1]);
        series.cv.push(stat3[2]);
      }
      for (const column of run2.failed ?? []) columns[column].failures += 1;
    }
  }
  const benchmarks = [...byKey.values()].filter((s) => s.values.length > 0 || s.failures > 0).sort((a, b) => compareText(a.name, b.name) || compareText(a.unit, b.unit) || compareText(a.direction, b.direction));
  return { suite: history.index.suite, ...options.branch !== void 0 ? { branch: options.branch } : {}, runs, benchmarks };
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/stats/mann-kendall.ts
function mannKendall(values) {
  const n = values.length;
  if (n < 3) throw new RangeError(`mannKendall needs at least 3 values, found ${n}`);
  let s = 0;
  const slopes = new Float64Array(n * (n - 1) / 2);
  let k = 0;
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = values[j] - values[i];
      s += Math.sign(d);
      slopes[k++] = d / (j - i);
    }
  }
  slopes.sort();
  const mid = slopes.length >> 1;
  const slope = slopes.length % 2 === 1 ? slopes[mid] : (slopes[mid - 1] + slopes[mid]) / 2;
  let ties = 0;
  const sorted = Float64Array.from(values).sort();
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    const t = j - i;
    ties += t * (t - 1) * (2 * t + 5);
    i = j;
  }
  const variance = (n * (n - 1) * (2 * n + 5) - ties) / 18;
  const pValue = variance > 0 ? Math.min(1, 2 * normalSf(Math.abs(s) / Math.sqrt(variance))) : 1;
  return { slope, s, pValue };
}

// src/history/summary.ts
var TREND_RUNS = 100;
var TREND_MIN_RUNS = 10;
var TREND_P_VALUE = 0.01;
function summarizeSuite(suite, options = {}) {
  return suite.benchmarks.map((series) => summarizeSeries(suite, series, options));
}
function summarizeSeries(suite, series, options = {}) {
  const { values } = series;
  const found = detectChangePoints(values, options);
  const changePoints = found.map((c) => ({
    index: c.index,
    run: suite.runs[series.runs[c.index]],
    before: c.before,
    after: c.after,
    change: c.change,
    pValue: c.pValue,
    runsAgo: values.length - c.index,
    verdict: verdictOf(c.change, series.direction)
  }));
  const lastStep = found[found.length - 1]?.index ?? 0;
  const recent = values.slice(Math.max(lastStep, values.length - TREND_RUNS));
  const last = values.length - 1;
  return {
    name: series.name,
    unit: series.unit,
    direction: series.direction,
    runs: values.length,
    failures: series.failures,
    ...last >= 0 ? { latest: { value: values[last], run: suite.runs[series.runs[last]] } } : {},
    ...recent.length >= TREND_MIN_RUNS ? { trend: trendOf(recent, series.direction) } : {},
    changePoints
  };
}
function recentChanges(summaries, withinRuns) {
  const recent = /* @__PURE__ */ new Map();
  for (const summary of summaries) {
    const last = summary.changePoints[summary.changePoints.length - 1];
    if (last !== void 0 && last.runsAgo <= withinRuns) recent.set(summary.name, { ...last, name: summary.name, unit: summary.unit });
  }
  return recent;
}
function trendOf(values, direction) {
  const positive = values.every((v) => v > 0);
  const { slope, pValue } = mannKendall(positive ? values.map(Math.log) : values);
  const level = Math.abs(median2(values));
  const perRun = positive ? Math.expm1(slope) : level === 0 ? Number.NaN : slope / level;
  const change = positive ? Math.expm1(slope * (values.length - 1)) : perRun * (values.length - 1);
  return { runs: values.length, perRun, change, pValue, verdict: pValue > TREND_P_VALUE ? "flat" : verdictOf(change, direction) };
}
function verdictOf(change, direction) {
  return change > 0 === (direction === "smaller") ? "regression" : "improvement";
}
function median2(values) {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// src/measure/shard-plan.ts
import { createHash } from "node:crypto";
var REBALANCE_CAP = 1.05;
var TIMING_RUNS = 5;
function parseShard(origin, raw) {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count || count > 256) {
    throw new UsageError(`${origin}: expected K/N with 1 \u2264 K \u2264 N \u2264 256, e.g. 2/4 for the second of four shards, found ${JSON.stringify(raw)}`);
  }
  return { index, count };
}
function planShards(input) {
  const { count } = input;
  const files = [...new Set(input.files)].sort(compareText2);
  const known = learnWeights(input.runs.slice(0, TIMING_RUNS));
  const newest = input.runs[0];
  const previous = newest?.run.shards?.length && newest.run.shards[0].count === count ? shardOf2(newest) : void 0;
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
    const next = candidates.sort((a, b) => b.weight - a.weight || compareText2(hash(a.key), hash(b.key)))[0];
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
    for (const [name, w] of [...benchmarks].sort(([a], [b]) => compareText2(a, b))) {
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
  const fresh = units.filter((u) => !placed.has(u)).sort((a, b) => b.weight - a.weight || compareText2(hash(a.key), hash(b.key)));
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
  for (const run2 of runs) {
    const scenarioNames = /* @__PURE__ */ new Set();
    for (const s of run2.scenarios ?? []) {
      if (s.group === void 0) continue;
      scenarioFiles.add(s.group);
      const mine = scenarioWeights.get(s.group) ?? /* @__PURE__ */ new Map();
      if (!mine.has(s.name)) mine.set(s.name, s.duration);
      scenarioWeights.set(s.group, mine);
      scenarioNames.add(s.name);
    }
    for (const b of run2.benchmarks) {
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
function shardOf2(run2) {
  const shards = /* @__PURE__ */ new Map();
  for (const b of run2.benchmarks) if (b.shard !== void 0) shards.set(b.name, b.shard);
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
      if (fit < bestFit || fit === bestFit && best && compareText2(hash(unit.key), hash(best.key)) < 0) best = unit;
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
function compareText2(a, b) {
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

// src/report/escape.ts
var ZWSP = "\u200B";
var BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
var LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
var OTHER_CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
var ANSI_SEQUENCES = /\u001B\[[0-?]*[ -/]*[@-~]|\u009B[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]|\u001B[ -/]*[0-~]?/g;
function toSingleLine(text2) {
  return text2.replace(LINE_BREAKS, " ").replace(OTHER_CONTROLS, "").replace(BIDI_CONTROLS, "");
}
function truncate(text2, max) {
  const chars = Array.from(text2);
  if (chars.length <= max) return text2;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}\u2026`;
}
function neutralizeGitHubReferences(text2) {
  return text2.replace(/@(?=[\p{L}\p{N}_])/gu, `@${ZWSP}`).replace(/#(?=\d)/g, `#${ZWSP}`).replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`).replace(/:(?=[\p{L}\p{N}_/+-])/gu, `:${ZWSP}`).replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
var MARKDOWN_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;"
};
var MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~$]/;
function escapeMarkdown(text2) {
  let out = "";
  for (const ch of neutralizeGitHubReferences(toSingleLine(text2))) {
    const entity = MARKDOWN_ESCAPES[ch];
    if (entity !== void 0) out += entity;
    else if (MARKDOWN_PUNCTUATION.test(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}
function sanitizeTerminal(text2) {
  return toSingleLine(text2.replace(ANSI_SEQUENCES, ""));
}

// src/report/format.ts
var MINUS = "\u2212";
var NOT_A_NUMBER = "n/a";
var TIME_STEPS = [
  [1, "ns"],
  [1e3, "\xB5s"],
  [1e6, "ms"],
  [1e9, "s"]
];
var SIZE_STEPS = [
  [1, "B"],
  [1024, "KiB"],
  [1024 ** 2, "MiB"],
  [1024 ** 3, "GiB"],
  [1024 ** 4, "TiB"]
];
var TIME_UNITS = {
  ns: 1,
  nanosecond: 1,
  nanoseconds: 1,
  us: 1e3,
  \u00B5s: 1e3,
  \u03BCs: 1e3,
  microsecond: 1e3,
  microseconds: 1e3,
  ms: 1e6,
  millisecond: 1e6,
  milliseconds: 1e6,
  s: 1e9,
  sec: 1e9,
  second: 1e9,
  seconds: 1e9
};
var SIZE_UNITS = {
  B: 1,
  byte: 1,
  bytes: 1,
  kB: 1e3,
  KB: 1e3,
  KiB: 1024,
  MB: 1e6,
  MiB: 1024 ** 2,
  GB: 1e9,
  GiB: 1024 ** 3
};
function scaleOf(unit) {
  const slash = unit.indexOf("/");
  const base = slash === -1 ? unit : unit.slice(0, slash);
  const suffix = slash === -1 ? "" : unit.slice(slash);
  const time = TIME_UNITS[base] ?? TIME_UNITS[base.toLowerCase()];
  if (time !== void 0) return { factor: time, suffix, steps: TIME_STEPS };
  const size = SIZE_UNITS[base];
  if (size !== void 0) return { factor: size, suffix, steps: SIZE_STEPS };
  return void 0;
}
function significant(value) {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const abs = Math.abs(value);
  if (abs === 0) return "0";
  if (abs >= 1e3) return Math.round(value).toString();
  return value.toPrecision(3);
}
var SI_STEPS = [
  [1, ""],
  [1e3, "k"],
  [1e6, "M"],
  [1e9, "G"],
  [1e12, "T"]
];
function pickStep(abs, steps) {
  let chosen = steps[0] ?? [1, ""];
  for (const step of steps) {
    if (abs >= step[0]) chosen = step;
  }
  return chosen;
}
function scaled(value, steps) {
  let step = pickStep(Math.abs(value), steps);
  let shown = significant(value / step[0]);
  if (Math.abs(Number(shown)) >= 1e3) {
    const next = steps[steps.indexOf(step) + 1];
    if (next !== void 0) {
      step = next;
      shown = significant(value / step[0]);
    }
  }
  return [shown, step[1]];
}
function formatValue(value, unit) {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const scale = scaleOf(unit);
  if (scale !== void 0) {
    const [shown2, name] = scaled(value * scale.factor, scale.steps);
    return `${shown2} ${name}${scale.suffix}`;
  }
  const [shown, prefix] = scaled(value, SI_STEPS);
  const number = `${shown}${prefix}`;
  return unit === "" ? number : `${number} ${unit}`;
}
function signed(text2, negative) {
  if (/^0(\.0+)?$/.test(text2)) return text2;
  return negative ? `${MINUS}${text2}` : `+${text2}`;
}
function formatChange(change) {
  if (!Number.isFinite(change)) return NOT_A_NUMBER;
  const percent4 = Math.abs(change * 100);
  const digits = percent4 >= 1e3 ? 0 : 1;
  return `${signed(percent4.toFixed(digits), change < 0)}%`;
}
function formatInterval(ci) {
  return `[${formatChange(ci[0])}, ${formatChange(ci[1])}]`;
}
function formatPValue(p) {
  if (!Number.isFinite(p)) return NOT_A_NUMBER;
  if (p < 1e-3) return "<0.001";
  return Math.min(p, 1).toFixed(3);
}
function formatSpread(cv2) {
  if (!Number.isFinite(cv2)) return NOT_A_NUMBER;
  const percent4 = Math.abs(cv2 * 100);
  return `\xB1${percent4 >= 0.95 ? percent4.toFixed(0) : percent4.toFixed(1)}%`;
}
function formatLevel(level) {
  if (!Number.isFinite(level)) return NOT_A_NUMBER;
  return `${Number((level * 100).toFixed(2))}%`;
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

// src/results/scenarios.ts
function brokenThresholds(scenarios) {
  return (scenarios ?? []).flatMap((s) => s.thresholds.filter((t) => !t.passed).map((threshold) => ({ scenario: s.name, threshold })));
}

// src/report/summary.ts
var NO_BASELINE_SENTENCE = "No baseline found for this suite: this run is shown as is, with nothing to compare it with.";
var COUNT_WORDS = {
  regression: (n) => plural(n, "regression"),
  improvement: (n) => plural(n, "improvement"),
  unchanged: (n) => `${n} unchanged`,
  error: (n) => `${n} failed`,
  inconclusive: (n) => `${n} inconclusive`,
  new: (n) => `${n} new`,
  missing: (n) => `${n} missing`
};
function countPhrases(counts) {
  const always = ["regression", "improvement", "unchanged"];
  const order = ["regression", "improvement", "error", "inconclusive", "new", "missing", "unchanged"];
  return order.filter((verdict) => always.includes(verdict) || (counts[verdict] ?? 0) > 0).map((verdict) => COUNT_WORDS[verdict](counts[verdict] ?? 0));
}
function headline(c) {
  const count = (verdict) => c.counts[verdict] ?? 0;
  const broken = brokenThresholds(c.scenarios).length;
  const brokenPhrase = broken > 0 ? [plural(broken, "broken threshold")] : [];
  if (c.baseline === void 0) {
    const failed = count("error");
    const measured = plural(c.benchmarks.length - failed, "benchmark");
    return {
      tone: failed > 0 || broken > 0 ? "fail" : "neutral",
      verdict: broken > 0 ? "Thresholds broken" : "No baseline yet",
      detail: [failed > 0 ? `${measured} measured, ${failed} failed` : `${measured} measured`, ...brokenPhrase].join(", ")
    };
  }
  const detail = [...brokenPhrase, ...countPhrases(c.counts)].join(", ");
  if (count("regression") > 0) return { tone: "fail", verdict: "Regression", detail };
  if (count("error") > 0) return { tone: "fail", verdict: "Benchmarks failed", detail };
  if (broken > 0) return { tone: "fail", verdict: "Thresholds broken", detail };
  if (count("improvement") > 0) return { tone: "pass", verdict: "Improved", detail };
  if (count("inconclusive") > 0) return { tone: "neutral", verdict: "Inconclusive", detail };
  return { tone: "pass", verdict: "No significant change", detail };
}
var CORRECTION_WORDS = {
  holm: "Holm-corrected",
  bh: "Benjamini-Hochberg-corrected",
  none: "not corrected for multiple comparisons"
};
function methodSentence(c) {
  const o = c.options;
  const parts = [
    c.test === "wilcoxon-signed-rank" ? "Wilcoxon signed-rank on round pairs" : "Mann-Whitney U",
    CORRECTION_WORDS[o.correction] ?? o.correction,
    `\u03B1=${o.alpha}`,
    `threshold ${formatLevel(o.threshold)}`
  ];
  if (o.pairing === "same-run") {
    parts.push(c.test === "wilcoxon-signed-rank" ? "base and head measured side by side in alternating rounds" : "both sides measured in one interleaved run");
  } else {
    const common = c.commonShift?.runNoise === void 0 ? void 0 : c.commonShift;
    const assumedCommon = common?.runNoiseSource === "default" ? formatSpread(common.runNoise) : void 0;
    if (c.historyRuns > 0) {
      parts.push(
        `between-run noise learned from ${plural(c.historyRuns, "run")}${assumedCommon ? ` (whole runs assumed to move by ${assumedCommon} until the history is longer)` : ""}`
      );
    } else if (common) {
      parts.push(
        `between-run noise assumed ${formatSpread(o.defaultRunNoise)} per benchmark and ${formatSpread(common.runNoise)} for whole runs (no history yet)`
      );
    } else {
      parts.push(`between-run noise assumed ${formatSpread(o.defaultRunNoise)} (no history yet)`);
    }
  }
  return parts.join(", ");
}
function commonShiftSentence(c) {
  const shift = c.commonShift;
  if (shift === void 0 || !Number.isFinite(shift.change)) return void 0;
  const beyondNoise = shift.explainedByNoise === false;
  if (shift.share < 0.8 && !beyondNoise) return void 0;
  const who = shift.share >= 0.995 ? "All benchmarks" : shift.share >= 0.8 ? `${Math.round(shift.share * 100)}% of benchmarks` : "The suite as a whole";
  const noise = shift.runNoise === void 0 ? "" : `, ${beyondNoise ? "more than this machine's runs usually do" : "which this machine's runs do"} (they vary by ${formatSpread(shift.runNoise)})`;
  if (beyondNoise) return `${who} moved ${formatChange(shift.change)} together${noise}: possibly the code, not only the runner.`;
  const directions = new Set(c.benchmarks.filter((b) => b.baseline && b.head).map((b) => b.direction));
  let cause = "likely the runner, not the code";
  if (directions.size === 1) {
    const larger = shift.change > 0;
    const slower = directions.has("smaller") ? larger : !larger;
    cause = `likely a ${slower ? "slower" : "faster"} runner, not the code`;
  }
  return `${who} moved ${formatChange(shift.change)} together${noise}: ${cause}.`;
}
function shortCommit(commit) {
  return /^[0-9a-f]{7,64}$/i.test(commit) ? commit.slice(0, 7) : commit;
}

// src/report/history.ts
var MAX_NAME = 120;
function historyJson(reports) {
  return {
    format: "benchgate/history-report",
    version: 1,
    suites: reports.map((r) => ({
      suite: r.suite,
      branch: r.branch,
      runs: r.runs,
      ...r.from !== void 0 ? { from: r.from, to: r.to } : {},
      benchmarks: r.benchmarks.map((b) => ({
        name: b.name,
        unit: b.unit,
        direction: b.direction,
        runs: b.runs,
        failures: b.failures,
        latest: b.latest === void 0 ? null : { value: b.latest.value, commit: b.latest.run.commit ?? null, time: b.latest.run.time },
        trend: b.trend ?? null,
        changePoints: b.changePoints.map((c) => ({
          commit: c.run.commit ?? null,
          index: c.index,
          before: c.before,
          after: c.after,
          change: finiteOrNull(c.change),
          pValue: c.pValue,
          time: c.run.time,
          runsAgo: c.runsAgo,
          verdict: c.verdict
        }))
      }))
    }))
  };
}
function historyTerminal(reports) {
  const out = [];
  for (const r of reports) {
    const span = r.from !== void 0 ? ` (${day(r.from)} to ${day(r.to)})` : "";
    out.push(`benchgate history: suite ${text(r.suite)}, branch ${text(r.branch)}, ${plural(r.runs, "run")}${span}`, "");
    if (r.benchmarks.length === 0) out.push("  No benchmark has a value on this branch.", "");
    for (const b of r.benchmarks) {
      out.push(`${text(b.name)}  (${text(b.unit)}, ${b.direction} is better)`);
      if (b.latest !== void 0) {
        out.push(`  latest   ${formatValue(b.latest.value, b.unit)} at ${commitOf(b.latest.run.commit)} (${day(b.latest.run.time)}); ${plural(b.runs, "run")}`);
      }
      if (b.failures > 0) out.push(`  failed   in ${plural(b.failures, "run")}`);
      if (b.trend !== void 0) {
        const t = b.trend;
        const word = t.verdict === "flat" ? "flat" : `${t.verdict === "regression" ? "worsening" : "improving"}`;
        out.push(`  trend    ${word} over the last ${plural(t.runs, "run")}: ${formatChange(t.change)} (Mann\u2013Kendall p ${formatPValue(t.pValue)})`);
      }
      if (b.changePoints.length === 0) {
        out.push("  changes  none found");
      } else {
        out.push(`  changes  ${b.changePoints.length}:`);
        for (const c of b.changePoints) {
          out.push(
            `    ${commitOf(c.run.commit).padEnd(12)} ${day(c.run.time)}  ${plural(c.runsAgo, "run").padStart(10)} ago  ${formatValue(c.before, b.unit)} \u2192 ${formatValue(c.after, b.unit)}  ${formatChange(c.change).padStart(7)}  ${c.verdict}  p ${formatPValue(c.pValue)}`
          );
        }
      }
      out.push("");
    }
  }
  return `${out.join("\n").trimEnd()}
`;
}
function historyNotes(changes) {
  return [...changes].map(
    (c) => `${truncate(c.name, MAX_NAME)} changed at commit ${commitOf(c.run.commit)}, ${plural(c.runsAgo, "run")} ago: ${formatValue(c.before, c.unit)} \u2192 ${formatValue(c.after, c.unit)} (${formatChange(c.change)}, ${c.verdict === "regression" ? "a regression" : "an improvement"}).`
  );
}
function text(value) {
  return sanitizeTerminal(truncate(value, MAX_NAME));
}
function commitOf(commit) {
  return commit === void 0 ? "no commit" : text(shortCommit(commit));
}
function day(time) {
  return time.slice(0, 10);
}
function finiteOrNull(x) {
  return Number.isFinite(x) ? x : null;
}

// src/report/json.ts
var COMPARISON_JSON_FORMAT = "benchgate/comparison";
var COMPARISON_JSON_VERSION = 1;
var VERDICTS2 = ["regression", "improvement", "unchanged", "inconclusive", "new", "missing", "error"];
function num(value) {
  return value !== void 0 && Number.isFinite(value) ? value : null;
}
function interval(ci) {
  if (ci === void 0) return null;
  const [lo, hi] = ci;
  return Number.isFinite(lo) && Number.isFinite(hi) ? [lo, hi] : null;
}
function run(meta) {
  return { commit: meta.commit ?? null, branch: meta.branch ?? null, time: meta.time };
}
function sideJson(s) {
  return s === void 0 ? null : { n: s.n, median: num(s.median), cv: num(s.cv) };
}
function benchmark(b) {
  return {
    name: b.name,
    group: b.group ?? null,
    unit: b.unit,
    direction: b.direction,
    verdict: b.verdict,
    reason: b.reason,
    baseline: sideJson(b.baseline),
    head: sideJson(b.head),
    change: num(b.change),
    ci: interval(b.ci),
    pValue: num(b.pValue),
    adjustedP: num(b.adjustedP),
    runNoise: num(b.runNoise),
    runNoiseSource: b.runNoiseSource ?? null
  };
}
function toComparisonJson(c) {
  const o = c.options;
  const counts = Object.fromEntries(VERDICTS2.map((v) => [v, c.counts[v] ?? 0]));
  return {
    format: COMPARISON_JSON_FORMAT,
    version: COMPARISON_JSON_VERSION,
    suite: c.suite,
    head: run(c.head),
    baseline: c.baseline === void 0 ? null : run(c.baseline),
    // Listed key by key so the document's shape does not follow whatever else an options object carries.
    options: {
      alpha: o.alpha,
      threshold: o.threshold,
      correction: o.correction,
      confidence: o.confidence,
      minSamples: o.minSamples,
      pairing: o.pairing,
      defaultRunNoise: o.defaultRunNoise,
      defaultCommonNoise: o.defaultCommonNoise
    },
    historyRuns: c.historyRuns,
    counts,
    geomean: c.geomean === void 0 ? null : { change: num(c.geomean.change), ci: interval(c.geomean.ci), n: c.geomean.n },
    commonShift: c.commonShift === void 0 ? null : { change: num(c.commonShift.change), share: num(c.commonShift.share) },
    benchmarks: c.benchmarks.map(benchmark)
  };
}
function renderJson(c) {
  return `${JSON.stringify(toComparisonJson(c), null, 2)}
`;
}

// src/report/capacity.ts
var MAX_NAME2 = 120;
var MAX_REASON = 240;
var MAX_SCENARIOS = 20;
var HEADROOM = 0.8;
var NOTABLE_CONTENTION = 0.05;
function num2(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function texts(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string").map((v) => truncate(v, MAX_REASON)) : [];
}
function block(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function rate(value) {
  return formatValue(value, "ops/s");
}
function bytes(value, unit = "B") {
  const shown = formatValue(Math.abs(value), unit);
  return value < 0 ? `\u2212${shown}` : shown;
}
function duration2(ms3) {
  if (ms3 < 12e4) return `${Number((ms3 / 1e3).toPrecision(3))} s`;
  if (ms3 < 72e5) return `${Number((ms3 / 6e4).toPrecision(3))} min`;
  return `${Number((ms3 / 36e5).toPrecision(3))} h`;
}
function percent2(value) {
  const p = value * 100;
  return `${p === 0 ? "0" : Number(p.toPrecision(2))}%`;
}
function readUsl(value) {
  const u = block(value);
  if (!u) return void 0;
  const sigma = num2(u.sigma);
  const kappa = num2(u.kappa);
  const lambda = num2(u.lambda);
  if (sigma === void 0 || kappa === void 0 || lambda === void 0) return void 0;
  const peakConcurrency = num2(u.peakConcurrency);
  const peakThroughput = num2(u.peakThroughput);
  const rSquared = num2(u.rSquared);
  return {
    sigma,
    kappa,
    lambda,
    ...peakConcurrency !== void 0 ? { peakConcurrency } : {},
    ...peakThroughput !== void 0 ? { peakThroughput } : {},
    ...rSquared !== void 0 ? { rSquared } : {},
    warnings: texts(u.warnings)
  };
}
function uslAdvice(usl, declineSeen2) {
  if (usl.warnings.length > 0) return ["The scalability fit is not reliable enough to plan on (see the warnings); measure more steps before relying on it."];
  const advice = [];
  if (usl.kappa > 0 && usl.peakConcurrency !== void 0) {
    const beyond = declineSeen2 ? "and falls beyond it (coherency cost)" : "and gains nothing beyond it";
    advice.push(
      `Throughput peaks at about ${Math.round(usl.peakConcurrency)} operations in flight ${beyond}: cap concurrency near that (connection pool, worker count) rather than adding more.`
    );
  }
  if (usl.sigma >= NOTABLE_CONTENTION) {
    advice.push(
      `About ${percent2(usl.sigma)} of the work is serialised (contention): more concurrency gives at most ${Number((1 / usl.sigma).toPrecision(2))}\xD7 one unit's throughput; look for a lock, a single connection or a single-threaded stage.`
    );
  }
  if (advice.length === 0)
    advice.push("Throughput grows almost linearly with concurrency over what was measured: more workers or instances should add capacity.");
  return advice;
}
function declineSeen(steps, usl) {
  if (!Array.isArray(steps) || usl.peakConcurrency === void 0 || usl.peakThroughput === void 0) return false;
  const peak = usl.peakThroughput;
  const at = usl.peakConcurrency;
  return steps.some((step) => {
    const s = block(step);
    const inFlight = num2(s?.inFlight);
    const throughput = num2(s?.throughput);
    return inFlight !== void 0 && throughput !== void 0 && inFlight > at && throughput < peak * 0.9;
  });
}
function stressSection(s, c) {
  const lines = [];
  const sustainable = num2(c.sustainableRate);
  const breaking = num2(c.breakingRate);
  const knee = num2(c.kneeConcurrency);
  const maxThroughput = num2(c.maxThroughput);
  const steps = Array.isArray(c.steps) ? c.steps.length : void 0;
  const firstRate = Array.isArray(c.steps) ? num2(c.steps[0]?.rate) : void 0;
  const reasons = texts(c.breakingReasons);
  if (breaking !== void 0) {
    lines.push({ label: "Breaking point", text: `${rate(breaking)}${reasons.length > 0 ? ` \u2014 ${reasons.join("; ")}` : ""}` });
  } else if (c.stoppedBy === "max-rate" && sustainable !== void 0) {
    lines.push({ label: "Breaking point", text: `not reached: still within every limit at ${rate(sustainable)}, the most it was asked to offer` });
  } else {
    lines.push({ label: "Breaking point", text: "not found before the search stopped" });
  }
  if (sustainable !== void 0) {
    const at = [];
    if (s.latency) at.push(`p95 ${formatValue(s.latency.p95, "ms")}`);
    if (s.iterations > 0) at.push(`${percent2(s.errors.rate)} errors`);
    const held = s.thresholds.length > 0 ? `every threshold held${at.length > 0 ? ": " : ""}` : "";
    const figures3 = at.length > 0 || held ? ` (${held}${at.join(", ")})` : "";
    const inFlight = knee !== void 0 ? `, about ${Number(knee.toPrecision(2))} in flight (Little's law)` : "";
    lines.push({ label: "Sustainable rate", text: `${rate(sustainable)}${figures3}${inFlight}` });
  } else {
    lines.push({ label: "Sustainable rate", text: `none: even the first rate${firstRate !== void 0 ? `, ${rate(firstRate)},` : ""} broke a limit` });
  }
  if (maxThroughput !== void 0 && maxThroughput > 0) {
    lines.push({ label: "Most completed", text: `${rate(maxThroughput)}${steps !== void 0 ? ` over ${steps} steps` : ""}` });
  }
  const usl = readUsl(c.usl);
  if (usl) {
    const fit = usl.rSquared !== void 0 ? `, R\xB2 ${usl.rSquared.toFixed(2)}` : "";
    const params = `\u03C3 ${Number(usl.sigma.toPrecision(2))}, \u03BA ${Number(usl.kappa.toPrecision(2))}${fit}`;
    const peak = usl.peakConcurrency !== void 0 && usl.peakThroughput !== void 0 ? `peak ${rate(usl.peakThroughput)} at ${Number(usl.peakConcurrency.toPrecision(2))} in flight` : usl.peakThroughput !== void 0 ? `no peak, a ceiling of ${rate(usl.peakThroughput)}` : "no limit in sight";
    lines.push({ label: "USL", text: `${peak} (${params})` });
    for (const warning of usl.warnings) lines.push({ label: "Warning", text: warning });
  }
  const advice = [];
  if (sustainable !== void 0 && breaking !== void 0) {
    advice.push(`Plan for at most ${rate(sustainable * HEADROOM)} (${percent2(HEADROOM)} of the sustainable rate) to keep headroom for bursts.`);
  } else if (sustainable !== void 0) {
    advice.push(`The limit is above ${rate(sustainable)}: raise maxRate to find it.`);
  } else {
    advice.push("Start lower (startRate) or look at the errors of the first step.");
  }
  if (knee !== void 0 && sustainable !== void 0) {
    advice.push(`Size pools (database connections, workers) for at least ${Math.ceil(knee)} operations in flight.`);
  }
  if (usl) advice.push(...uslAdvice(usl, declineSeen(c.steps, usl)));
  lines.push({ label: "Advice", text: advice.join(" ") });
  return lines;
}
function memorySection(m, sustainable) {
  const lines = [];
  const growth = num2(m.growthPerOp);
  const ci = Array.isArray(m.ci) ? m.ci.map(num2) : [];
  const threshold = num2(m.threshold);
  const verdict = m.verdict === "leak" || m.verdict === "no-leak" || m.verdict === "inconclusive" ? m.verdict : void 0;
  if (growth !== void 0) {
    const interval2 = ci[0] !== void 0 && ci[1] !== void 0 ? ` [${bytes(ci[0], "B/op")} to ${bytes(ci[1], "B/op")}]` : "";
    const word = verdict === "leak" ? "a leak" : verdict === "no-leak" ? "no leak" : verdict === "inconclusive" ? "not clear either way" : void 0;
    const against = threshold !== void 0 ? ` against a threshold of ${bytes(threshold, "B/op")}` : "";
    lines.push({ label: "Memory per operation", text: `${bytes(growth, "B/op")}${interval2}${word ? ` \u2014 ${word}${against}` : ""}` });
  }
  const peakHeap = num2(m.peakHeap);
  const peakRss = num2(m.peakRss);
  const peaks = [peakHeap !== void 0 ? `heap ${bytes(peakHeap)}` : "", peakRss !== void 0 ? `RSS ${bytes(peakRss)}` : ""].filter(Boolean);
  if (peaks.length > 0) lines.push({ label: "Peak", text: peaks.join(", ") });
  if (verdict === "leak" && growth !== void 0) {
    const hourly = sustainable !== void 0 ? ` At the sustainable rate ${sustainable.scenario} found, ${rate(sustainable.rate)}, that is ${bytes(growth * sustainable.rate * 3600)} an hour.` : "";
    lines.push({
      label: "Advice",
      text: `Every operation leaves about ${bytes(growth)} behind: ${bytes(growth * 1e6)} per million operations.${hourly} Look for what keeps a reference per call: a cache without a bound, listeners added and never removed, closures held in a list.`
    });
  }
  return lines;
}
function soakSection(s, k) {
  const verdict = k.verdict === "drift" || k.verdict === "stable" || k.verdict === "inconclusive" ? k.verdict : void 0;
  const reasons = texts(k.reasons);
  const length = s.duration > 0 ? ` over ${duration2(s.duration)}` : "";
  const lines = [];
  if (verdict === "stable") lines.push({ label: "Soak", text: `stable${length}: neither latency nor memory drifted` });
  else if (verdict === "drift") lines.push({ label: "Soak", text: `drift${length}` });
  else if (verdict === "inconclusive") lines.push({ label: "Soak", text: `inconclusive${length}` });
  for (const reason of reasons) lines.push({ label: verdict === "drift" ? "Drift" : "Why", text: reason });
  if (verdict === "drift") {
    lines.push({
      label: "Advice",
      text: "A target that gets slower or bigger the longer it runs will fail in production on a timescale the tests do not reach: look for growing queues, caches, connection churn or fragmentation."
    });
  }
  return lines;
}
function sections(scenarios) {
  const found = scenarios.find((s) => s.error === void 0 && num2(block(s.capacity)?.sustainableRate) !== void 0);
  const sustainable = found ? { rate: num2(block(found.capacity)?.sustainableRate), scenario: truncate(found.name, MAX_NAME2) } : void 0;
  const out = [];
  for (const s of scenarios) {
    if (s.error !== void 0) continue;
    const name = truncate(s.group ? `${s.group} \u203A ${s.name}` : s.name, MAX_NAME2);
    const capacity = block(s.capacity);
    const memory = block(s.memory);
    const soak = block(s.soak);
    if (capacity) out.push({ name, kind: "stress", lines: stressSection(s, capacity) });
    if (memory) out.push({ name, kind: "memory", lines: memorySection(memory, sustainable) });
    if (soak) out.push({ name, kind: "soak", lines: soakSection(s, soak) });
  }
  return out.filter((section) => section.lines.length > 0);
}
function renderCapacityMarkdown(scenarios) {
  const all = sections(scenarios ?? []);
  if (all.length === 0) return "";
  const blocks = ["#### Capacity"];
  for (const section of all.slice(0, MAX_SCENARIOS)) {
    const items = section.lines.map((line) => `- **${line.label}:** ${escapeMarkdown(line.text)}`);
    blocks.push(`**${escapeMarkdown(section.name)}** (${section.kind})
${items.join("\n")}`);
  }
  if (all.length > MAX_SCENARIOS) blocks.push(`_${all.length - MAX_SCENARIOS} more not shown._`);
  return blocks.join("\n\n");
}
function renderCapacityTerminal(scenarios) {
  const all = sections(scenarios ?? []);
  if (all.length === 0) return "";
  const lines = ["Capacity"];
  for (const section of all.slice(0, MAX_SCENARIOS)) {
    lines.push(`  ${sanitizeTerminal(section.name)} (${section.kind})`);
    for (const line of section.lines) lines.push(`    ${line.label}: ${sanitizeTerminal(line.text)}`);
  }
  if (all.length > MAX_SCENARIOS) lines.push(`  ${all.length - MAX_SCENARIOS} more not shown.`);
  return lines.join("\n");
}

// src/load/faults/describe.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var num3 = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
function percent3(rate2) {
  const p = rate2 * 100;
  if (p === 0) return "0%";
  if (p < 0.1) return "<0.1%";
  return `${Number(p.toPrecision(p < 10 ? 2 : 3))}%`;
}
function ms(x) {
  return x < 10 ? `${Number(x.toPrecision(2))} ms` : `${Math.round(x)} ms`;
}
function figures(during, before) {
  const parts = [];
  const rate2 = num3(during.errorRate);
  const baseRate = before ? num3(before.errorRate) : void 0;
  if (rate2 !== void 0) parts.push(`error rate ${percent3(rate2)}${baseRate !== void 0 ? ` (before: ${percent3(baseRate)})` : ""}`);
  const p95 = num3(during.p95);
  const baseP95 = before ? num3(before.p95) : void 0;
  if (p95 !== void 0) parts.push(`p95 ${ms(p95)}${baseP95 !== void 0 ? ` (before: ${ms(baseP95)})` : ""}`);
  if (rate2 === void 0 && num3(during.iterations) === 0) parts.push("no request finished");
  return parts;
}
function describeFaultsBlock(block2) {
  if (!isObject(block2) || !Array.isArray(block2.faults)) return [];
  return block2.faults.filter(isObject).map((f) => {
    const name = typeof f.name === "string" ? f.name : "fault";
    const what = typeof f.description === "string" && f.description !== name ? ` (${f.description})` : "";
    const start = num3(f.start);
    const end = num3(f.end);
    const when = start === void 0 ? "" : end === void 0 ? ` from ${formatDuration(start)} on` : ` from ${formatDuration(start)} for ${formatDuration(end - start)}`;
    const during = isObject(f.during) ? figures(f.during, isObject(f.baseline) ? f.baseline : void 0) : [];
    const recovery = num3(f.recoveryMs);
    const after = f.recovered === true && recovery !== void 0 ? recovery === 0 ? "back to normal in the first window after it ended" : `back to normal ${formatDuration(recovery)} after it ended` : typeof f.note === "string" ? f.note : "no recovery time";
    return `${name}${what}${when}: ${during.length > 0 ? `${during.join(", ")}; ` : ""}${after}`;
  });
}

// src/report/load.ts
var MAX_NAME3 = 120;
var MAX_MESSAGE = 300;
var MAX_ROWS = 50;
var DASH = "\u2014";
var CLOSED_MODEL_NOTE = "closed model: latency counts from each iteration\u2019s actual start, so while the target stalls the virtual users wait and the stall shows in few samples. An arrival-rate executor shows the wait it causes.";
function loadCell(s) {
  const model = s.model === "open" ? "open" : "closed";
  return s.maxConcurrency !== void 0 && s.model === "closed" ? `${model} \xB7 ${plural(s.maxConcurrency, "VU")}` : model;
}
function ms2(value) {
  return value === void 0 ? DASH : formatValue(value, "ms");
}
function errorsCell(s) {
  if (s.iterations === 0) return DASH;
  const rate2 = s.errors.rate * 100;
  return `${rate2 === 0 ? "0" : rate2 < 0.01 ? "<0.01" : Number(rate2.toPrecision(2))}%`;
}
function thresholdsCell(s, icons) {
  if (s.thresholds.length === 0) return DASH;
  const passed = s.thresholds.filter((t) => t.passed).length;
  const all = passed === s.thresholds.length;
  const mark = icons ? all ? "\u2705 " : "\u274C " : all ? "" : "BROKEN ";
  return `${mark}${passed} of ${s.thresholds.length} held`;
}
function observedText(b) {
  const { threshold } = b;
  if (threshold.observed === void 0) return "nothing to measure (no iteration ended)";
  const unit = threshold.metric === "latency" || threshold.metric === "lag" ? "ms" : threshold.metric === "heap" ? "bytes" : "";
  return `observed ${unit ? formatValue(threshold.observed, unit) : String(threshold.observed)}`;
}
function figures2(s) {
  const failed = s.error !== void 0;
  return {
    load: loadCell(s),
    iterations: failed ? DASH : String(s.iterations),
    throughput: failed ? DASH : formatValue(s.throughput, "ops/s"),
    p50: ms2(s.latency?.p50),
    p95: ms2(s.latency?.p95),
    p99: ms2(s.latency?.p99),
    errors: failed ? DASH : errorsCell(s),
    dropped: failed ? DASH : String(s.dropped),
    lag: s.schedulerLag ? ms2(s.schedulerLag.p99) : DASH
  };
}
function notes(scenarios) {
  const lines = [];
  for (const s of scenarios) {
    const name = truncate(s.name, MAX_NAME3);
    if (s.error !== void 0) lines.push(`${name} failed: ${truncate(s.error, MAX_MESSAGE)}`);
    if (s.aborted !== void 0) lines.push(`${name} stopped early: ${truncate(s.aborted, MAX_MESSAGE)}`);
  }
  const closed = scenarios.filter((s) => s.model === "closed" && s.error === void 0);
  if (closed.length > 0) {
    const who = closed.length === scenarios.length ? "All scenarios here" : closed.map((s) => truncate(s.name, MAX_NAME3)).join(", ");
    lines.push(`${who}: ${CLOSED_MODEL_NOTE}`);
  }
  return lines;
}
function renderLoadMarkdown(scenarios) {
  if (!scenarios || scenarios.length === 0) return "";
  const blocks = ["#### Load scenarios"];
  const broken = brokenThresholds(scenarios);
  if (broken.length > 0) {
    const items = broken.slice(0, MAX_ROWS).map((b) => {
      const what = escapeMarkdown(`${truncate(b.scenario, MAX_NAME3)}: ${b.threshold.metric} ${truncate(b.threshold.expression, MAX_NAME3)}`);
      return `- \u274C **${what}** \u2014 ${observedText(b)}`;
    });
    if (broken.length > MAX_ROWS) items.push(`- _and ${broken.length - MAX_ROWS} more_`);
    blocks.push(`**${plural(broken.length, "broken threshold")}:**
${items.join("\n")}`);
  }
  const header = "| scenario | load | iterations | throughput | p50 | p95 | p99 | errors | dropped | lag p99 | thresholds |\n| :-- | :-- | --: | --: | --: | --: | --: | --: | --: | --: | :-- |";
  const rows = scenarios.slice(0, MAX_ROWS).map((s) => {
    const f = figures2(s);
    const name = escapeMarkdown(truncate(s.group ? `${s.group} \u203A ${s.name}` : s.name, MAX_NAME3));
    const cells = [name, f.load, f.iterations, f.throughput, f.p50, f.p95, f.p99, f.errors, f.dropped, f.lag, thresholdsCell(s, true)];
    return `| ${cells.join(" | ")} |`;
  });
  blocks.push([header, ...rows].join("\n"));
  if (scenarios.length > MAX_ROWS) blocks.push(`_${plural(scenarios.length - MAX_ROWS, "more scenario")} not shown._`);
  const faults = faultLines(scenarios);
  if (faults.length > 0) blocks.push(`**Network faults:**
${faults.map(([name, line]) => `- ${escapeMarkdown(`${name}: ${line}`)}`).join("\n")}`);
  const notesText = notes(scenarios);
  if (notesText.length > 0) blocks.push(notesText.map((n) => `<sub>${escapeMarkdown(n)}</sub>`).join("<br>\n"));
  return blocks.join("\n\n");
}
function renderLoadTerminal(scenarios) {
  if (!scenarios || scenarios.length === 0) return "";
  const lines = ["Load scenarios"];
  const table = [["scenario", "load", "iterations", "throughput", "p50", "p95", "p99", "errors", "dropped", "lag p99", "thresholds"]];
  for (const s of scenarios) {
    const f = figures2(s);
    const name = sanitizeTerminal(truncate(s.name, MAX_NAME3));
    table.push(
      [name, f.load, f.iterations, f.throughput, f.p50, f.p95, f.p99, f.errors, f.dropped, f.lag, thresholdsCell(s, false)].map((c) => c.replace(DASH, "-"))
    );
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((row2) => Array.from(row2[i] ?? "").length)));
  for (const row2 of table) {
    lines.push(
      row2.map((cell3, i) => {
        const gap = " ".repeat(Math.max(0, widths[i] - Array.from(cell3).length));
        return i === 0 || i === 1 || i === row2.length - 1 ? cell3 + gap : gap + cell3;
      }).join("  ").trimEnd()
    );
  }
  const broken = brokenThresholds(scenarios);
  if (broken.length > 0) {
    lines.push("", `${plural(broken.length, "broken threshold")}:`);
    for (const b of broken) {
      lines.push(
        `  x ${sanitizeTerminal(truncate(b.scenario, MAX_NAME3))}: ${sanitizeTerminal(b.threshold.metric)} ${sanitizeTerminal(truncate(b.threshold.expression, MAX_NAME3))} (${observedText(b)})`
      );
    }
  }
  const notesText = notes(scenarios);
  if (notesText.length > 0) lines.push("", ...notesText.map((n) => `Note: ${sanitizeTerminal(n)}`));
  for (const [name, line] of faultLines(scenarios)) lines.push(sanitizeTerminal(`fault \xB7 ${name}: ${line}`));
  return lines.join("\n");
}
function faultLines(scenarios) {
  return scenarios.flatMap((s) => s.faults ? describeFaultsBlock(s.faults).map((line) => [truncate(s.name, MAX_NAME3), line]) : []);
}

// src/report/shards.ts
var TARGET_JOB_MS = 10 * 6e4;
function shardBalance(run2, target = TARGET_JOB_MS) {
  const shards = run2.shards;
  if (!shards || shards.length === 0) return void 0;
  const total = shards.reduce((sum, s) => sum + s.wallTime, 0);
  const mean = total / shards.length;
  const slowest = shards.reduce((a, b) => b.wallTime > a.wallTime ? b : a);
  const ratio = mean > 0 ? slowest.wallTime / mean : 1;
  return { shards, slowest, mean, ratio, total, suggested: Math.max(1, Math.ceil(total * Math.max(1, ratio) / target)), target };
}
function renderShardsMarkdown(c) {
  const b = shardBalance(c.head);
  const shifts = shiftsSentence(c);
  if (!b) return shifts ? `**Shards:** ${shifts}` : "";
  const rows = b.shards.map((s) => `| ${s.index}/${s.count} | ${cell(s.env.runner ?? "")} | ${cell(s.env.cpu)} | ${formatWallTime(s.wallTime)} |`);
  const lead = `**Shards:** ${sentence(b, (s) => escapeMarkdown(truncate(s, 80)))}${shifts ? ` ${shifts}` : ""}`;
  return [lead, "", "| shard | runner | CPU | wall time |", "|:--|:--|:--|--:|", ...rows].join("\n");
}
function renderShardsTerminal(c) {
  const b = shardBalance(c.head);
  const shifts = shiftsSentence(c);
  if (!b) return shifts ? `Shards: ${shifts}` : "";
  const lines = [`Shards: ${sentence(b, (s) => sanitizeTerminal(truncate(s, 80)))}${shifts ? ` ${shifts}` : ""}`];
  for (const s of b.shards) {
    lines.push(`  ${`${s.index}/${s.count}`.padEnd(6)} ${formatWallTime(s.wallTime).padStart(8)}  ${sanitizeTerminal(truncate(s.env.runner ?? "", 60))}`);
  }
  return lines.join("\n");
}
function shiftsSentence(c) {
  const groups = (c.shards ?? []).filter((g) => g.commonShift && Number.isFinite(g.commonShift.change));
  if (groups.length === 0) return "";
  const parts = groups.map((g) => {
    const shift = g.commonShift;
    const name = g.head !== void 0 && (g.baseline === void 0 || g.baseline === g.head) ? `shard ${g.head}` : `shard ${g.head ?? "\u2013"} (${g.baseline ?? "\u2013"} in the baseline)`;
    const ci = shift.ci ? ` ${formatInterval(shift.ci)}` : "";
    const noise = shift.explainedByNoise === void 0 ? "" : shift.explainedByNoise ? ", within its run-to-run noise" : ", beyond its run-to-run noise";
    return `${name} ${formatChange(shift.change)}${ci}${noise}`;
  });
  return `Each shard ran on its own machine, so each was compared with its own whole-shard shift: ${parts.join("; ")}.`;
}
function sentence(b, text2) {
  const runner = b.slowest.env.runner ? ` on ${text2(b.slowest.env.runner)}` : "";
  const split = `the slowest, shard ${b.slowest.index}${runner}, took ${formatWallTime(b.slowest.wallTime)}: ${b.ratio.toFixed(2)}\xD7 the mean of ${formatWallTime(b.mean)}; ${formatWallTime(b.total)} of measuring in all.`;
  const per = formatWallTime(b.target);
  const each = formatWallTime(b.total / b.suggested * Math.max(1, b.ratio));
  const advice = b.suggested === b.shards.length ? `${b.suggested} shards keep each job within ${per} of measuring.` : b.suggested === 1 ? `One job would do: about ${each} of measuring, within ${per}.` : `For jobs within ${per} of measuring, use ${b.suggested} shards: about ${each} each at this balance.`;
  return `${b.shards.length} shards; ${split} ${advice}`;
}
function cell(text2) {
  return escapeMarkdown(truncate(text2, 80));
}
function formatWallTime(ms3) {
  if (ms3 < 1e3) return `${Math.round(ms3)} ms`;
  if (ms3 < 6e4) return `${(ms3 / 1e3).toFixed(1)} s`;
  const seconds2 = Math.round(ms3 / 1e3);
  if (seconds2 < 3600) return `${Math.floor(seconds2 / 60)}m ${String(seconds2 % 60).padStart(2, "0")}s`;
  const minutes = Math.round(seconds2 / 60);
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, "0")}m`;
}

// src/report/order.ts
var REPORT_ORDER = ["regression", "improvement", "error", "inconclusive", "new", "missing", "unchanged"];
var VERDICT_LABEL = {
  regression: "regression",
  improvement: "improvement",
  unchanged: "~",
  inconclusive: "inconclusive",
  new: "new",
  missing: "missing",
  error: "error"
};
function orderForReport(benchmarks) {
  const rank = (b) => {
    const index = REPORT_ORDER.indexOf(b.verdict);
    return index === -1 ? REPORT_ORDER.length : index;
  };
  const size = (b) => b.change !== void 0 && Number.isFinite(b.change) ? Math.abs(b.change) : -1;
  const bySize = (b) => b.verdict === "regression" || b.verdict === "improvement";
  return benchmarks.map((benchmark2, index) => ({ benchmark: benchmark2, index })).sort((x, y) => {
    const byVerdict = rank(x.benchmark) - rank(y.benchmark);
    if (byVerdict !== 0) return byVerdict;
    if (bySize(x.benchmark)) {
      const byChange = size(y.benchmark) - size(x.benchmark);
      if (byChange !== 0) return byChange;
    }
    return x.index - y.index;
  }).map(({ benchmark: benchmark2 }) => benchmark2);
}

// src/report/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var DEFAULT_MARKDOWN_LIMIT = GITHUB_COMMENT_LIMIT - 1024;
var MAX_NAME4 = 200;
var MAX_REASON2 = 160;
var DASH2 = "\u2014";
var ICON = { fail: "\u274C ", pass: "\u2705 ", neutral: "" };
function utf8Length(text2) {
  let bytes2 = 0;
  for (const ch of text2) {
    const code = ch.codePointAt(0) ?? 0;
    bytes2 += code < 128 ? 1 : code < 2048 ? 2 : code < 65536 ? 3 : 4;
  }
  return bytes2;
}
function cell2(text2) {
  return escapeMarkdown(truncate(text2, MAX_NAME4));
}
function nameCell(b) {
  const name = b.group ? `${truncate(b.group, MAX_NAME4)} \u203A ${truncate(b.name, MAX_NAME4)}` : truncate(b.name, MAX_NAME4);
  return escapeMarkdown(name);
}
function sideCell(side2, unit) {
  if (side2 === void 0) return DASH2;
  const shown = formatValue(side2.median, unit);
  const value = /^[0-9A-Za-z .µ/%]*$/u.test(shown) ? shown : escapeMarkdown(shown);
  return Number.isFinite(side2.cv) ? `${value} ${formatSpread(side2.cv)}` : value;
}
function changeCell(change, ci) {
  if (change === void 0) return DASH2;
  return ci === void 0 ? formatChange(change) : `${formatChange(change)} ${formatInterval(ci)}`;
}
function verdictCell(b) {
  const label = VERDICT_LABEL[b.verdict] ?? b.verdict;
  const word = b.verdict === "regression" || b.verdict === "error" ? `**${label}**` : label;
  const explain = b.verdict === "error" || b.verdict === "inconclusive";
  return explain && b.reason ? `${word}: ${escapeMarkdown(truncate(b.reason, MAX_REASON2))}` : word;
}
function row(cells) {
  return `| ${cells.join(" | ")} |`;
}
function comparisonTable(c) {
  const change = `change [${formatLevel(c.options.confidence)} CI]`;
  const header = [row(["benchmark", "baseline", "current", change, "p", "verdict"]), row([":--", "--:", "--:", "--:", "--:", ":--"])].join("\n");
  const toRow = (b) => {
    const p = b.adjustedP ?? b.pValue;
    return row([
      nameCell(b),
      sideCell(b.baseline, b.unit),
      sideCell(b.head, b.unit),
      changeCell(b.change, b.ci),
      p === void 0 ? "" : formatPValue(p),
      verdictCell(b)
    ]);
  };
  const g = c.geomean;
  const geomeanRow = g === void 0 ? void 0 : row([`*geomean* of ${plural(g.n, "benchmark")}`, "", "", changeCell(g.change, g.ci), "", ""]);
  return geomeanRow === void 0 ? { header, toRow } : { header, toRow, geomeanRow };
}
function firstRunTable() {
  const header = [row(["benchmark", "current", "verdict"]), row([":--", "--:", ":--"])].join("\n");
  const toRow = (b) => row([nameCell(b), sideCell(b.head, b.unit), verdictCell(b)]);
  return { header, toRow };
}
function commitPhrase(commit, branch) {
  const parts = [];
  if (commit) parts.push(escapeMarkdown(shortCommit(commit)));
  if (branch) parts.push(parts.length > 0 ? `(${escapeMarkdown(branch)})` : escapeMarkdown(branch));
  return parts.join(" ");
}
function safeUrl(url) {
  if (url === void 0) return void 0;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
    return parsed.href.replace(/[()\s<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  } catch {
    return void 0;
  }
}
function footer(c, ctx) {
  const head = commitPhrase(ctx.headCommit ?? c.head.commit, c.head.branch);
  const lines = [];
  if (c.baseline !== void 0) {
    const base = commitPhrase(ctx.baseCommit ?? c.baseline.commit, c.baseline.branch);
    const pair = head && base ? `Compared ${head} with baseline ${base}. ` : "";
    lines.push(`${pair}${methodSentence(c)}.`);
  } else if (head) {
    lines.push(`Measured ${head}.`);
  }
  const url = safeUrl(ctx.runUrl);
  if (url !== void 0) lines.push(`[Workflow run](${url})`);
  return lines.length > 0 ? [`<sub>${lines.join(" ")}</sub>`] : [];
}
function leftOut(count, what) {
  return `_${plural(count, what)} left out to keep within GitHub's comment size limit._`;
}
function assemble(s, keepMain, keepUnchanged) {
  const blocks = [...s.top];
  const mainRows = s.main.slice(0, keepMain);
  if (mainRows.length > 0 || s.table.geomeanRow !== void 0) {
    const rows = s.table.geomeanRow === void 0 ? mainRows : [...mainRows, s.table.geomeanRow];
    blocks.push([s.table.header, ...rows].join("\n"));
  }
  if (keepMain < s.main.length) blocks.push(leftOut(s.main.length - keepMain, "row"));
  if (s.unchanged.length > 0) {
    const inner = [`<details><summary>${s.unchanged.length} unchanged</summary>`];
    if (keepUnchanged > 0) inner.push([s.table.header, ...s.unchanged.slice(0, keepUnchanged)].join("\n"));
    if (keepUnchanged < s.unchanged.length) inner.push(leftOut(s.unchanged.length - keepUnchanged, "unchanged row"));
    inner.push("</details>");
    blocks.push(inner.join("\n\n"));
  }
  blocks.push(...s.bottom);
  return `${blocks.join("\n\n")}
`;
}
function largestFitting(max, fits) {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function renderMarkdown(c, ctx = {}) {
  const limit = ctx.maxLength ?? DEFAULT_MARKDOWN_LIMIT;
  const head = headline(c);
  const title = ctx.title ?? `benchgate: ${c.suite}`;
  const top = [`### ${cell2(title)}`, `${ICON[head.tone]}**${head.verdict}**: ${head.detail}`];
  if (c.baseline === void 0) top.push(NO_BASELINE_SENTENCE);
  if (c.benchmarks.length === 0) top.push("This run has no benchmarks.");
  const bottom = [];
  const load = renderLoadMarkdown(c.scenarios);
  if (load !== "") bottom.push(load);
  const capacity = renderCapacityMarkdown(c.scenarios);
  if (capacity !== "") bottom.push(capacity);
  const shards = renderShardsMarkdown(c);
  if (shards !== "") bottom.push(shards);
  const shift = commonShiftSentence(c);
  if (shift !== void 0) bottom.push(`**Note:** ${shift}`);
  for (const note of ctx.notes ?? []) bottom.push(escapeMarkdown(truncate(note, 1e3)));
  bottom.push(...footer(c, ctx));
  const table = c.baseline === void 0 ? firstRunTable() : comparisonTable(c);
  const ordered = orderForReport(c.benchmarks);
  const sections2 = {
    top,
    table,
    main: ordered.filter((b) => b.verdict !== "unchanged").map(table.toRow),
    unchanged: ordered.filter((b) => b.verdict === "unchanged").map(table.toRow),
    bottom
  };
  const fits = (keepMain, keepUnchanged) => utf8Length(assemble(sections2, keepMain, keepUnchanged)) <= limit;
  const allMain = sections2.main.length;
  if (fits(allMain, 0)) {
    return assemble(
      sections2,
      allMain,
      largestFitting(sections2.unchanged.length, (n) => fits(allMain, n))
    );
  }
  return assemble(
    sections2,
    largestFitting(allMain, (n) => fits(n, 0)),
    0
  );
}

// src/report/terminal.ts
var MAX_NAME5 = 80;
var MAX_REASON3 = 120;
var DASH3 = "-";
var RESET = "\x1B[0m";
var VERDICT_COLOR = {
  regression: "\x1B[31m",
  improvement: "\x1B[32m",
  error: "\x1B[1;31m",
  inconclusive: "\x1B[33m",
  new: "\x1B[36m",
  missing: "\x1B[36m",
  unchanged: "\x1B[2m"
};
var BOLD = "\x1B[1m";
var ZERO_WIDTH = /[\p{M}\u200B-\u200D\u2060\uFEFF]/u;
var DOUBLE_WIDTH = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
function displayWidth(text2) {
  let width = 0;
  for (const ch of text2) {
    if (ZERO_WIDTH.test(ch)) continue;
    width += DOUBLE_WIDTH.test(ch) ? 2 : 1;
  }
  return width;
}
function side(s, unit) {
  if (s === void 0) return DASH3;
  const value = sanitizeTerminal(formatValue(s.median, unit));
  return Number.isFinite(s.cv) ? `${value} ${formatSpread(s.cv)}` : value;
}
function nameOf(b) {
  const name = truncate(sanitizeTerminal(b.name), MAX_NAME5);
  return b.group ? `${truncate(sanitizeTerminal(b.group), MAX_NAME5)} > ${name}` : name;
}
function verdictText(b) {
  const label = VERDICT_LABEL[b.verdict] ?? sanitizeTerminal(b.verdict);
  const explain = (b.verdict === "error" || b.verdict === "inconclusive") && b.reason;
  return explain ? `${label}: ${truncate(sanitizeTerminal(b.reason), MAX_REASON3)}` : label;
}
function pad(cell3, width, color) {
  const gap = " ".repeat(Math.max(0, width - displayWidth(cell3.text)));
  const text2 = color && cell3.color && cell3.text !== "" ? `${cell3.color}${cell3.text}${RESET}` : cell3.text;
  return cell3.align === "left" ? `${text2}${gap}` : `${gap}${text2}`;
}
function layout(rows, color) {
  const widths = [];
  for (const cells of rows) {
    cells.forEach((cell3, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell3.text));
    });
  }
  return rows.map((cells) => {
    const last = cells.length - 1;
    return cells.map((cell3, i) => i === last && cell3.align === "left" ? pad(cell3, 0, color) : pad(cell3, widths[i] ?? 0, color)).join("  ").trimEnd();
  });
}
function commitPhrase2(commit, branch) {
  const parts = [];
  if (commit) parts.push(sanitizeTerminal(shortCommit(commit)));
  if (branch) parts.push(parts.length > 0 ? `(${sanitizeTerminal(branch)})` : sanitizeTerminal(branch));
  return parts.join(" ");
}
function renderTerminal(c, opts = {}) {
  const color = opts.color === true;
  const paint = (text2, code) => color ? `${code}${text2}${RESET}` : text2;
  const head = headline(c);
  const lines = [];
  const headCommit = commitPhrase2(c.head.commit, c.head.branch);
  let title = sanitizeTerminal(c.suite);
  if (c.baseline !== void 0) {
    const base = commitPhrase2(c.baseline.commit, c.baseline.branch);
    if (headCommit && base) title += `: ${headCommit} vs baseline ${base}`;
  } else if (headCommit) {
    title += `: ${headCommit}`;
  }
  lines.push(title);
  const toneColor = head.tone === "fail" ? VERDICT_COLOR.regression : head.tone === "pass" ? VERDICT_COLOR.improvement : "";
  lines.push(`${paint(head.verdict, `${BOLD}${toneColor}`)}: ${head.detail}`);
  if (c.baseline === void 0) lines.push(NO_BASELINE_SENTENCE);
  lines.push("");
  const ordered = orderForReport(c.benchmarks);
  const rows = [];
  if (c.baseline === void 0) {
    rows.push([
      { text: "benchmark", align: "left" },
      { text: "current", align: "right" },
      { text: "verdict", align: "left" }
    ]);
    for (const b of ordered) {
      rows.push([
        { text: nameOf(b), align: "left" },
        { text: side(b.head, b.unit), align: "right" },
        { text: verdictText(b), align: "left", color: VERDICT_COLOR[b.verdict] }
      ]);
    }
  } else {
    rows.push([
      { text: "benchmark", align: "left" },
      { text: "baseline", align: "right" },
      { text: "current", align: "right" },
      { text: "change", align: "right" },
      { text: `${formatLevel(c.options.confidence)} CI`, align: "left" },
      { text: "p", align: "right" },
      { text: "verdict", align: "left" }
    ]);
    for (const b of ordered) {
      const p = b.adjustedP ?? b.pValue;
      const tint = VERDICT_COLOR[b.verdict];
      rows.push([
        { text: nameOf(b), align: "left" },
        { text: side(b.baseline, b.unit), align: "right" },
        { text: side(b.head, b.unit), align: "right" },
        { text: b.change === void 0 ? DASH3 : formatChange(b.change), align: "right", color: tint },
        { text: b.ci === void 0 ? "" : formatInterval(b.ci), align: "left" },
        { text: p === void 0 ? "" : formatPValue(p), align: "right" },
        { text: verdictText(b), align: "left", color: tint }
      ]);
    }
    if (c.geomean !== void 0) {
      const g = c.geomean;
      rows.push([
        { text: `geomean of ${plural(g.n, "benchmark")}`, align: "left" },
        { text: "", align: "right" },
        { text: "", align: "right" },
        { text: formatChange(g.change), align: "right" },
        { text: g.ci === void 0 ? "" : formatInterval(g.ci), align: "left" },
        { text: "", align: "right" },
        { text: "", align: "left" }
      ]);
    }
  }
  if (c.benchmarks.length === 0) lines.push("This run has no benchmarks.");
  else lines.push(...layout(rows, color));
  const load = renderLoadTerminal(c.scenarios);
  if (load !== "") lines.push("", load);
  const capacity = renderCapacityTerminal(c.scenarios);
  if (capacity !== "") lines.push("", capacity);
  const shards = renderShardsTerminal(c);
  if (shards !== "") lines.push("", shards);
  const shift = commonShiftSentence(c);
  const notes2 = [];
  if (shift !== void 0) notes2.push(`Note: ${shift}`);
  if (c.baseline !== void 0) notes2.push(`${methodSentence(c)}.`);
  if (notes2.length > 0) lines.push("", ...notes2);
  return `${lines.join("\n")}
`;
}

// src/store/git-branch.ts
import { mkdir as mkdir2, mkdtemp, rm as rm2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2, relative, resolve as resolve2, sep } from "node:path";
import { setTimeout as sleep2 } from "node:timers/promises";

// src/store/git.ts
import { spawn } from "node:child_process";
var GitError = class extends Error {
  name = "GitError";
  command;
  exitCode;
  stderr;
  constructor(command, exitCode, stderr, options) {
    const how = exitCode === null ? "was killed" : `exited with code ${exitCode}`;
    const said = stderr.trim() === "" ? " and printed nothing on stderr" : `:
${indent(stderr.trim())}`;
    super(`\`${command}\` ${how}${said}`, options);
    this.command = command;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
};
var FIXED_CONFIG = [
  // A user's global signing setup would prompt for a passphrase or fail in CI.
  ["commit.gpgsign", "false"],
  // Stored JSON must round-trip byte for byte on every platform.
  ["core.autocrlf", "false"],
  ["core.safecrlf", "false"],
  // Background gc in a work dir that is about to be reset is wasted time.
  ["gc.auto", "0"],
  ["maintenance.auto", "false"],
  ["advice.detachedHead", "false"],
  // A configured fsmonitor is a program git runs on nearly every command.
  ["core.fsmonitor", "false"]
];
var NETWORK_COMMANDS = /* @__PURE__ */ new Set(["fetch", "push", "ls-remote", "clone", "pull"]);
var NETWORK_CONFIG = [["core.hooksPath", "/dev/null"]];
var Git = class {
  cwd;
  secrets;
  env;
  networkEnv;
  constructor(options) {
    this.cwd = options.cwd;
    const network = [...FIXED_CONFIG, ...NETWORK_CONFIG];
    this.secrets = [];
    if (options.token) {
      const basic = Buffer.from(`x-access-token:${options.token}`, "utf8").toString("base64");
      network.push([extraHeaderKey(options.remote), `AUTHORIZATION: basic ${basic}`]);
      this.secrets.push(options.token, basic, encodeURIComponent(options.token));
    }
    this.env = gitEnv(FIXED_CONFIG, options.author);
    this.networkEnv = gitEnv(network, options.author);
  }
  /** Run `git <args>`; resolves with its output, rejects with a GitError on any other exit code. */
  run(args, options = {}) {
    const command = this.mask(`git ${args.map(quoteForDisplay).join(" ")}`);
    return new Promise((resolve3, reject) => {
      const env = NETWORK_COMMANDS.has(args[0] ?? "") ? this.networkEnv : this.env;
      const child = spawn("git", args, { cwd: this.cwd, env, stdio: ["ignore", "pipe", "pipe"], shell: false });
      const stdout = [];
      const stderr = [];
      child.stdout.on("data", (chunk) => stdout.push(chunk));
      child.stderr.on("data", (chunk) => stderr.push(chunk));
      child.on("error", (err) => {
        const reason = err.code === "ENOENT" ? "git is not installed or not on PATH" : err.message;
        reject(new GitError(command, null, reason, { cause: err }));
      });
      child.on("close", (code) => {
        const output = {
          stdout: this.mask(Buffer.concat(stdout).toString("utf8")),
          stderr: this.mask(Buffer.concat(stderr).toString("utf8")),
          exitCode: code ?? -1
        };
        if (code === 0 || code !== null && options.okExitCodes?.includes(code)) resolve3(output);
        else reject(new GitError(command, code, output.stderr));
      });
    });
  }
  /** Replace the token (in every form git could echo it) and URL credentials with ***. */
  mask(text2) {
    let masked = maskUrlCredentials(text2);
    for (const secret of this.secrets) {
      if (secret !== "") masked = masked.split(secret).join("***");
    }
    return masked;
  }
};
function maskUrlCredentials(text2) {
  return text2.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, "$1***@");
}
function isRemoteUrl(remote) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) return true;
  return /^[^/\\:]+:/.test(remote) && !/^[a-z]:[\\/]/i.test(remote);
}
function extraHeaderKey(remote) {
  if (remote && /^https?:\/\//i.test(remote)) {
    try {
      return `http.${new URL(remote).origin}/.extraheader`;
    } catch {
    }
  }
  return "http.extraheader";
}
function gitEnv(config, author) {
  const env = { ...process.env };
  const inherited = Number.parseInt(env["GIT_CONFIG_COUNT"] ?? "0", 10);
  let count = Number.isFinite(inherited) && inherited > 0 ? inherited : 0;
  for (const [key, value] of config) {
    env[`GIT_CONFIG_KEY_${count}`] = key;
    env[`GIT_CONFIG_VALUE_${count}`] = value;
    count += 1;
  }
  env["GIT_CONFIG_COUNT"] = String(count);
  env["GIT_TERMINAL_PROMPT"] = "0";
  env["GIT_ASKPASS"] = "";
  env["GCM_INTERACTIVE"] = "never";
  env["GIT_SSH_COMMAND"] ??= "ssh -o BatchMode=yes";
  env["LC_ALL"] = "C";
  env["LANGUAGE"] = "C";
  if (author) {
    env["GIT_AUTHOR_NAME"] = author.name;
    env["GIT_AUTHOR_EMAIL"] = author.email;
    env["GIT_COMMITTER_NAME"] = author.name;
    env["GIT_COMMITTER_EMAIL"] = author.email;
  }
  return env;
}
function quoteForDisplay(arg) {
  return /^[\w@%+=:,./^~-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
function indent(text2) {
  return text2.split("\n").map((line) => `  ${line.trimEnd()}`).join("\n");
}

// src/store/local.ts
import { lstat, mkdir, readdir, readlink, rm, stat, unlink } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { join, resolve } from "node:path";
var DEFAULT_RETAIN = 50;
var STALE_TEMP_MS = 10 * 60 * 1e3;
var STALE_LOCK_MS = 60 * 1e3;
var LOCK_WAIT_MS = 120 * 1e3;
function refuseEmpty(run2) {
  const what = `run ${describe(run2.run.id)} of suite ${describe(run2.suite)}`;
  if (run2.benchmarks.length === 0) {
    throw new UsageError(`${what} has no benchmarks (an empty results file?): nothing to keep as a baseline, so nothing was saved`);
  }
  if (run2.benchmarks.every((b) => b.samples.length === 0)) {
    throw new UsageError(`${what}: none of its ${run2.benchmarks.length} benchmarks has samples (every one failed), so it was not saved as a baseline`);
  }
}
var LocalStore = class {
  location;
  retain;
  history;
  retainHistoryMonths;
  constructor(dir, options = {}) {
    const retain = options.retain ?? DEFAULT_RETAIN;
    if (!Number.isInteger(retain) || retain < 1) throw new UsageError(`retain: expected a whole number of runs \u2265 1, found ${describe(retain)}`);
    this.location = resolve(dir);
    this.retain = retain;
    this.history = options.history ?? true;
    this.retainHistoryMonths = options.retainHistoryMonths;
  }
  folder(suite, branch) {
    return join(this.location, suiteFolder(suite), branchFolder(branch));
  }
  async save(run2, branch) {
    return (await this.saveAll([run2], branch))[0];
  }
  /**
   * Keep several runs of one suite and branch at once (an import): the history is written once,
   * and only the newest `retain` run files, since older ones would be pruned straight away.
   */
  async saveAll(runs, branch) {
    const suite = runs[0]?.suite;
    if (suite === void 0) return [];
    if (runs.some((r) => r.suite !== suite)) throw new UsageError(`saveAll: expected runs of one suite, found ${describe(suite)} and others`);
    for (const run2 of runs) refuseEmpty(run2);
    const now = Date.now();
    const files = runs.map((run2) => {
      const filed = { ...run2.run, time: new Date(Math.min(Date.parse(run2.run.time), now)).toISOString() };
      return { run: run2, text: serializeResults(run2, `run ${run2.run.id}`), name: runFileName(filed) };
    });
    const folder = this.folder(suite, branch);
    if (this.history) {
      const history = join(this.location, ...historyFolder(suiteFolder(suite)).split("/"));
      await this.orExplain(() => mkdir(history, { recursive: true }));
      await withLock(
        join(history, ".lock"),
        () => appendRunsToHistory(
          this.location,
          suiteFolder(suite),
          // The history tells branches apart by the branch a run was kept under.
          runs.map((run2) => ({ ...run2, run: { ...run2.run, branch } })),
          this.retainHistoryMonths !== void 0 ? { retainMonths: this.retainHistoryMonths } : {}
        )
      );
    }
    await this.orExplain(() => mkdir(folder, { recursive: true }));
    const newest = [...files].sort((a, b) => a.name < b.name ? 1 : a.name > b.name ? -1 : 0).slice(0, this.retain);
    const existing = await this.runFiles(folder);
    for (const { run: run2, name, text: text2 } of newest) {
      await writeFileAtomic(join(folder, name), text2);
      for (const other of existing) {
        if (other !== name && isFileOfRun(other, run2.run.id)) await unlink(join(folder, other)).catch(() => {
        });
      }
    }
    await this.prune(folder, suite, branch);
    await removeStaleTempFiles(folder, STALE_TEMP_MS);
    return files.map((f) => parseRunFileName(f.name, suite, branch));
  }
  async list(suite, branch, limit) {
    const names = await this.runFiles(this.folder(suite, branch));
    const runs = [];
    for (const name of names) {
      if (limit !== void 0 && runs.length >= limit) break;
      const ref = parseRunFileName(name, suite, branch);
      if (ref) runs.push(ref);
    }
    return runs;
  }
  async load(ref) {
    const folder = this.folder(ref.suite, ref.branch);
    let name = runFileName(ref);
    const names = await this.runFiles(folder);
    if (!names.includes(name)) {
      const byId = names.find((n) => isFileOfRun(n, ref.id));
      if (!byId) throw new InputError(folder, `no stored run with id ${describe(ref.id)} of suite ${describe(ref.suite)} on branch ${describe(ref.branch)}`);
      name = byId;
    }
    const file = join(folder, name);
    const run2 = await readResultsFile(file);
    if (run2.run.id !== ref.id) throw new InputError(file, `run.id: expected ${describe(ref.id)} (from the file name), found ${describe(run2.run.id)}`);
    if (run2.suite !== ref.suite) throw new InputError(file, `suite: expected ${describe(ref.suite)} (from the folder), found ${describe(run2.suite)}`);
    return run2;
  }
  /** Run file names in `folder`, newest first; none when the folder does not exist yet. */
  async runFiles(folder) {
    let names;
    try {
      names = await readdir(folder);
    } catch (err) {
      if (err.code === "ENOENT") return [];
      throw await this.explain(err);
    }
    return names.filter((n) => parseRunFileName(n, "", "") !== void 0).sort().reverse();
  }
  async orExplain(action) {
    try {
      return await action();
    } catch (err) {
      throw await this.explain(err);
    }
  }
  /** A store folder that is a file, or a link to nothing, said as such rather than as a bug. */
  async explain(err) {
    const code = err.code;
    if (code !== "ENOTDIR" && code !== "EEXIST" && code !== "ENOENT" && code !== "ELOOP" && code !== "EACCES" && code !== "EPERM") return err;
    const here = await lstat(this.location).catch(() => void 0);
    if (here?.isSymbolicLink()) {
      const target = await readlink(this.location).catch(() => "?");
      const reached = await stat(this.location).catch(() => void 0);
      if (!reached) return new InputError(this.location, `expected the folder of a store, found a link to ${target}, which does not exist`, { cause: err });
      if (!reached.isDirectory())
        return new InputError(this.location, `expected the folder of a store, found a link to ${target}, which is not a folder`, { cause: err });
    } else if (here && !here.isDirectory()) {
      return new InputError(this.location, "expected the folder of a store, found a file", { cause: err });
    }
    if (code === "EACCES" || code === "EPERM")
      return new InputError(this.location, `not allowed to use this store folder: ${err.message}`, { cause: err });
    return err;
  }
  async prune(folder, suite, branch) {
    const names = await this.runFiles(folder);
    for (const name of names.slice(this.retain)) {
      try {
        await unlink(join(folder, name));
      } catch (err) {
        if (err.code !== "ENOENT") {
          throw new InputError(join(folder, name), `could not remove a run beyond the ${this.retain} kept for ${suite}/${branch}: ${err.message}`, {
            cause: err
          });
        }
      }
    }
  }
};
async function withLock(lock, action) {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (; ; ) {
    try {
      await mkdir(lock);
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0
      );
      if (age > STALE_LOCK_MS) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new InputError(lock, `another save has held the history lock for over ${LOCK_WAIT_MS / 1e3} s; if no benchgate is running, remove it`);
      }
      await sleep(10 + Math.random() * 40);
    }
  }
  try {
    return await action();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

// src/store/git-branch.ts
var PushRejectedError = class extends Error {
  name = "PushRejectedError";
  attempts;
  reason;
  constructor(message, attempts, reason) {
    super(message);
    this.attempts = attempts;
    this.reason = reason;
  }
};
var DEFAULT_DATA_BRANCH = "benchgate-data";
var DEFAULT_AUTHOR = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
var REMOTE_TIP = "refs/benchgate/remote-tip";
var SILENT_LOG = { info: () => {
}, warning: () => {
} };
var GitBranchStore = class {
  location;
  remote;
  maskedRemote;
  branch;
  folder;
  retain;
  retainHistoryMonths;
  log;
  maxPushAttempts;
  retryDelayMs;
  token;
  author;
  workRoot;
  alongside;
  git;
  dir = "";
  synced = false;
  announcedFirstRun = false;
  queue = Promise.resolve();
  constructor(options) {
    if (typeof options.remote !== "string" || options.remote.trim() === "" || options.remote.startsWith("-")) {
      throw new UsageError(`remote: expected the URL or path of a git repository (not beginning with "-"), found ${describe(options.remote)}`);
    }
    this.remote = isRemoteUrl(options.remote) ? options.remote : resolve2(options.remote);
    this.branch = checkBranch(options.branch ?? DEFAULT_DATA_BRANCH);
    this.folder = normalizeFolder(options.folder ?? "");
    this.retain = checkCount("retain", options.retain);
    this.retainHistoryMonths = options.retainHistoryMonths === void 0 ? void 0 : checkCount("retainHistoryMonths", options.retainHistoryMonths);
    this.log = options.log ?? SILENT_LOG;
    this.maxPushAttempts = checkCount("maxPushAttempts", options.maxPushAttempts ?? 5);
    this.retryDelayMs = options.retryDelayMs ?? 1e3;
    this.token = options.token;
    this.author = options.author ?? DEFAULT_AUTHOR;
    this.workRoot = resolve2(options.workRoot ?? tmpdir());
    this.alongside = options.alongside;
    const masker = new Git({ cwd: ".", ...options.token ? { token: options.token } : {}, remote: this.remote });
    this.maskedRemote = masker.mask(this.remote);
    this.location = `${this.maskedRemote} (branch ${this.branch}${this.folder ? `, folder ${this.folder}` : ""})`;
  }
  /** The private work dir of this store; empty until its first use. */
  get workDir() {
    return this.dir;
  }
  /** Remove the work dir; the store can be used again afterwards (it makes a new one). */
  close() {
    return this.exclusive(async () => {
      if (this.dir !== "") await rm2(this.dir, { recursive: true, force: true });
      this.dir = "";
      this.git = void 0;
      this.synced = false;
    });
  }
  /** Fetch the data branch again, so later reads see what other jobs saved since. */
  refresh() {
    return this.exclusive(() => this.sync());
  }
  /** The store's folder in a fresh checkout of the data branch, to read (it is reset by the next operation). */
  checkout() {
    return this.exclusive(async () => {
      await this.sync();
      return this.dataDir();
    });
  }
  list(suite, branch, limit) {
    return this.exclusive(async () => {
      if (!this.synced) await this.sync();
      return this.translateErrors(() => this.local().list(suite, branch, limit));
    });
  }
  load(ref) {
    return this.exclusive(async () => {
      if (!this.synced) await this.sync();
      return this.translateErrors(() => this.local().load(ref));
    });
  }
  save(run2, branch) {
    return this.exclusive(async () => (await this.saveWithRetries([{ ...run2, run: { ...run2.run, branch } }], branch))[0]);
  }
  /** Keep several runs of one suite and branch in one commit (an import of history). */
  saveAll(runs, branch) {
    const first = runs[0];
    if (first === void 0) return Promise.resolve([]);
    if (runs.some((r) => r.suite !== first.suite)) throw new UsageError(`saveAll: expected runs of one suite, found ${describe(first.suite)} and others`);
    return this.exclusive(
      () => this.saveWithRetries(
        runs.map((run2) => ({ ...run2, run: { ...run2.run, branch } })),
        branch
      )
    );
  }
  /** The folder holding the suites (and their history), synced with the data branch: read it, do not write it. */
  dataFolder() {
    return this.exclusive(async () => {
      if (!this.synced) await this.sync();
      return this.dataDir();
    });
  }
  async saveWithRetries(runs, branch) {
    const run2 = runs[runs.length - 1];
    const what = runs.length === 1 ? `run ${run2.run.id}` : `${runs.length} runs`;
    let last = { ok: true };
    for (let attempt = 1; attempt <= this.maxPushAttempts; attempt++) {
      await this.sync();
      this.synced = false;
      const stored = await this.translateErrors(() => this.apply(runs, branch));
      const extra = this.alongside ? await this.alongside(this.dataDir(), run2, branch) : [];
      if (!await this.stage(run2.suite, extra)) {
        this.synced = true;
        this.log.info(runs.length === 1 ? `Run ${run2.run.id} was already saved in ${this.location}.` : `All ${what} were already saved in ${this.location}.`);
        return stored;
      }
      const message = runs.length === 1 ? commitMessage(run2, branch) : `benchgate: ${plain(run2.suite)} ${plain(branch)} ${runs.length} runs imported`;
      await this.git.run(["commit", "--quiet", "--no-verify", "-m", message]);
      last = await this.push();
      if (last.ok) {
        this.synced = true;
        this.log.info(`Saved ${what} of ${run2.suite}/${branch} to ${this.location}.`);
        return stored;
      }
      if (!last.retry) {
        throw new PushRejectedError(
          `Could not save ${what} to ${this.location}: the push failed (${last.reason}). Nothing on the remote was changed.${last.detail ? `
${last.detail}` : ""}`,
          attempt,
          last.reason
        );
      }
      if (attempt < this.maxPushAttempts) {
        const delay = backoff(this.retryDelayMs, attempt);
        this.log.info(
          `Another job pushed to ${this.location} first (${last.reason}); re-applying run ${run2.run.id} on the new tip in ${delay} ms (attempt ${attempt + 1} of ${this.maxPushAttempts}).`
        );
        await sleep2(delay);
      }
    }
    const reason = last.ok ? "" : last.reason;
    throw new PushRejectedError(
      `Could not save ${what} to ${this.location}: ${this.maxPushAttempts} pushes were rejected because other jobs pushed first (last: ${reason}). Nothing on the remote was changed or lost; re-run the job, or raise maxPushAttempts when many jobs save at once.`,
      this.maxPushAttempts,
      reason
    );
  }
  async apply(runs, branch) {
    const stored = await this.local().saveAll(runs, branch);
    await appendRunsToHistory(this.dataDir(), suiteFolder(runs[0].suite), runs, {
      ...this.retainHistoryMonths !== void 0 ? { retainMonths: this.retainHistoryMonths } : {},
      displayPath: (path) => this.describeFile(this.inBranch(path))
    });
    return stored;
  }
  /** Stage the suite's folder and what was written alongside (other files of the branch are not ours); true when anything changed. */
  async stage(suite, extra = []) {
    const paths = [suiteFolder(suite), ...extra].map((p) => `:(literal)${this.inBranch(p)}`);
    await this.git.run(["add", "--all", "--", ...paths]);
    const diff = await this.git.run(["diff", "--cached", "--quiet"], { okExitCodes: [1] });
    return diff.exitCode === 1;
  }
  async push() {
    const ref = `refs/heads/${this.branch}`;
    let output;
    try {
      output = await this.git.run(["push", "--porcelain", "--no-verify", "--end-of-options", this.remote, `${ref}:${ref}`], { okExitCodes: [1] });
    } catch (err) {
      if (err instanceof GitError) return { ok: false, retry: false, reason: `git push exited with code ${err.exitCode}`, detail: err.stderr.trim() };
      throw err;
    }
    const line = output.stdout.split("\n").find((l) => l.includes(`	${ref}:${ref}	`));
    if (output.exitCode === 0 && line !== void 0 && !line.startsWith("!")) return { ok: true };
    const summary = line?.split("	")[2] ?? "no status for the branch";
    const retry = /^\[rejected\]/.test(summary) || /cannot lock|failed to lock|failed to update ref|incorrect old value/i.test(summary);
    const remoteSaid = output.stderr.split("\n").filter((l) => l.startsWith("remote:")).map((l) => l.trimEnd()).join("\n");
    return { ok: false, retry, reason: summary, detail: remoteSaid };
  }
  /** Fetch only the data branch, one commit deep, and make the work dir exactly its tip. */
  async sync() {
    const git2 = await this.open();
    let found = true;
    try {
      await git2.run([
        "fetch",
        "--quiet",
        "--depth=1",
        "--no-tags",
        "--no-recurse-submodules",
        "--end-of-options",
        this.remote,
        `+refs/heads/${this.branch}:${REMOTE_TIP}`
      ]);
    } catch (err) {
      if (!(err instanceof GitError && /couldn't find remote ref/i.test(err.stderr))) throw err;
      found = false;
    }
    await git2.run(["symbolic-ref", "HEAD", `refs/heads/${this.branch}`]);
    if (found) {
      await git2.run(["reset", "--quiet", "--hard", REMOTE_TIP]);
    } else {
      if (!this.announcedFirstRun) this.log.info(`Branch ${this.branch} is not on ${this.maskedRemote} yet; the first save creates it.`);
      this.announcedFirstRun = true;
      await git2.run(["update-ref", "-d", `refs/heads/${this.branch}`]);
      await git2.run(["update-ref", "-d", REMOTE_TIP]);
      await git2.run(["read-tree", "--empty"]);
    }
    await git2.run(["clean", "-ffdxq"]);
    await this.refuseLinks(git2);
    this.synced = true;
  }
  /** A symbolic link at, above or inside the data folder would send reads and writes elsewhere. */
  async refuseLinks(git2) {
    const { stdout } = await git2.run(["ls-files", "--stage", "-z"]);
    for (const entry of stdout.split("\0")) {
      const match = /^120000 [0-9a-f]+ \d+\t(.*)$/s.exec(entry);
      if (!match) continue;
      const path = match[1];
      if (this.folder === "" || path === this.folder || this.folder.startsWith(`${path}/`) || path.startsWith(`${this.folder}/`)) {
        throw new InputError(
          this.describeFile(path),
          "is a symbolic link; benchgate does not follow links on the data branch (one could redirect its writes outside the branch). Remove it from the branch."
        );
      }
    }
  }
  async open() {
    if (this.git) return this.git;
    await mkdir2(this.workRoot, { recursive: true });
    const dir = await mkdtemp(join2(this.workRoot, "benchgate-data-"));
    const git2 = new Git({ cwd: dir, ...this.token ? { token: this.token } : {}, remote: this.remote, author: this.author });
    await git2.run(["init", "--quiet", `--initial-branch=${this.branch}`]);
    this.dir = dir;
    this.git = git2;
    return git2;
  }
  dataDir() {
    return this.folder === "" ? this.dir : join2(this.dir, ...this.folder.split("/"));
  }
  local() {
    return new LocalStore(this.dataDir(), { retain: this.retain, history: false });
  }
  inBranch(pathInFolder) {
    return this.folder === "" ? pathInFolder : `${this.folder}/${pathInFolder}`;
  }
  describeFile(pathInBranch) {
    return `${pathInBranch} on ${this.location}`;
  }
  /** Name files by their path in the branch, not in a temp dir the user never sees. */
  async translateErrors(action) {
    try {
      return await action();
    } catch (err) {
      if (err instanceof InputError && (err.file === this.dir || err.file.startsWith(this.dir + sep))) {
        const inBranch = toPosix(relative(this.dir, err.file));
        throw new InputError(this.describeFile(inBranch), err.message.slice(err.file.length + 2), { cause: err });
      }
      throw err;
    }
  }
  // One git work dir cannot serve two operations at once.
  exclusive(action) {
    const result = this.queue.then(action);
    this.queue = result.catch(() => {
    });
    return result;
  }
};
function commitMessage(run2, branch) {
  const sha = run2.run.commit && /^[0-9a-f]{4,64}$/i.test(run2.run.commit) ? run2.run.commit.slice(0, 7) : "no commit";
  return `benchgate: ${plain(run2.suite)} ${plain(branch)} ${sha}`;
}
function plain(text2) {
  const flat = text2.replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}\u2026` : flat;
}
function backoff(baseMs, attempt) {
  const ceiling = Math.min(baseMs * 2 ** (attempt - 1), baseMs * 30);
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}
function checkBranch(branch) {
  if (typeof branch !== "string" || !/^(?!\/|.*(?:\/\/|\/$|\.\.|@\{|\.lock$|\/\.))[^\s~^:?*[\\\u0000-\u001f\u007f]+$/.test(branch) || branch.startsWith("-") || branch === "@") {
    throw new UsageError(`branch: expected a git branch name like "${DEFAULT_DATA_BRANCH}" or "gh-pages", found ${describe(branch)}`);
  }
  return branch;
}
function normalizeFolder(folder) {
  const parts = folder.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
  if (/^[\\/]/.test(folder) || /^[a-z]:/i.test(folder) || parts.some((p) => p === ".." || p.toLowerCase() === ".git")) {
    throw new UsageError(`folder: expected a path inside the branch like "dev/bench", found ${describe(folder)}`);
  }
  return parts.join("/");
}
function checkCount(name, value) {
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${name}: expected a whole number of 1 or more, found ${describe(value)}`);
  return value;
}
function toPosix(path) {
  return path.split(sep).join("/");
}

// src/pipeline.ts
async function measure(config, ctx) {
  const { discoverScenarioFiles, findFiles } = await import("./discover-JFR53XUO.js");
  const { BENCHMARK_FILE } = await import("./discover-B6QXEBDZ.js");
  const time = /* @__PURE__ */ new Date();
  const started = performance.now();
  let scenarioFiles = discoverScenarioFiles(config.benchmarks, ctx.cwd);
  const microFiles = findFiles(config.benchmarks, ctx.cwd, BENCHMARK_FILE);
  const part = ctx.shard ? planPart(ctx.shard.spec, ctx.shard.runs, ctx.cwd, microFiles, scenarioFiles) : void 0;
  if (part) scenarioFiles = part.scenarioFiles;
  const runMicro = part ? part.micro.size > 0 || microFiles.length === 0 && scenarioFiles.length === 0 : scenarioFiles.length === 0 || microFiles.length > 0;
  const micro = runMicro ? await measureMicro(config, ctx, part?.micro) : void 0;
  const load = scenarioFiles.length > 0 ? await measureLoad(config, ctx, scenarioFiles) : void 0;
  if (config.filter && !part && !micro && !load?.benchmarks.length) {
    throw new UsageError(`the filter /${config.filter?.source}/${config.filter?.flags} matches no benchmark or scenario`);
  }
  const env = micro?.env ?? load?.env ?? (await import("./environment-5TRWXKOU.js")).collectEnvironment();
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: config.suite,
    run: {
      id: newRunId(time),
      ...ctx.commit ? { commit: ctx.commit } : {},
      ...ctx.branch ? { branch: ctx.branch } : {},
      time: time.toISOString(),
      tool: "benchgate",
      // Said only when it is not the default, so runs timed before this field existed read the same.
      ...config.measure === "instructions" && micro ? { measure: "instructions" } : {},
      env,
      ...part ? { shard: { ...part.shard, wallTime: Math.round(performance.now() - started) } } : {}
    },
    benchmarks: [...micro?.benchmarks ?? [], ...load?.benchmarks ?? []],
    ...load && load.scenarios.length > 0 ? { scenarios: load.scenarios } : {}
  };
}
async function measureMicro(config, ctx, selection) {
  const { runMicroSuite } = await import("./runner-DHGRXUTC.js");
  try {
    return await runMicroSuite({
      ...selection ? { selection } : {},
      dir: config.benchmarks,
      cwd: ctx.cwd,
      samples: config.samples,
      processes: config.processes,
      roundTimeMs: config.roundTime,
      timeoutMs: config.timeout,
      warmupMs: config.warmup,
      measure: config.measure,
      ...ctx.env ? { env: ctx.env } : {},
      ...config.filter ? { filter: config.filter } : {},
      ...ctx.onEvent ? { onEvent: ctx.onEvent } : {},
      ...ctx.signal ? { signal: ctx.signal } : {}
    });
  } catch (err) {
    if (config.filter && err instanceof UsageError && /^the filter .* matches no benchmark/.test(err.message)) return null;
    throw err;
  }
}
async function measureLoad(config, ctx, files) {
  const { runLoadSuite } = await import("./runner-TO4GZEBC.js");
  return runLoadSuite({
    files,
    cwd: ctx.cwd,
    timeoutMs: config.timeout,
    ...ctx.env ? { env: ctx.env } : {},
    ...config.filter ? { filter: config.filter } : {},
    ...ctx.onEvent ? { onEvent: ctx.onEvent } : {},
    ...ctx.signal ? { signal: ctx.signal } : {}
  });
}
var HISTORY_RUNS = 20;
async function loadBaseline(store, suite, branch, accept = () => true) {
  const refs = await store.list(suite, branch);
  const start = refs.findIndex((ref) => accept(ref.commit));
  if (start < 0) return { history: [], source: `${store.location} (branch ${branch}: no stored run)` };
  const [chosen, ...older] = refs.slice(start, start + 1 + HISTORY_RUNS);
  const baseline = await store.load(chosen);
  const history = [];
  const unreadable = [];
  for (const outcome of await Promise.allSettled(older.map((ref) => store.load(ref)))) {
    if (outcome.status === "fulfilled") history.push(outcome.value);
    else unreadable.push(outcome.reason.message);
  }
  return { baseline, history, source: `${store.location} (branch ${branch})`, ...unreadable.length ? { unreadable } : {} };
}
function compareRuns(head, base, config, pairing = "separate-runs") {
  if (base.baseline && base.baseline.suite !== head.suite) {
    throw new UsageError(
      `the baseline is of suite '${base.baseline.suite}' but the results are of suite '${head.suite}'; set ${optionName("suite")} or compare files of the same suite`
    );
  }
  return compareByShard(head, base.baseline, base.history, {
    alpha: config.alpha,
    threshold: config.threshold,
    correction: config.correction,
    confidence: config.confidence,
    minSamples: config.minSamples,
    defaultRunNoise: config.runNoise,
    defaultCommonNoise: config.commonNoise,
    pairing
  });
}
function renderReport(comparison, format, ctx = {}) {
  switch (format) {
    case "json":
      return renderJson(comparison);
    case "markdown":
      return renderMarkdown(comparison, {
        ...ctx.title ? { title: ctx.title } : {},
        ...comparison.head.commit ? { headCommit: comparison.head.commit } : {},
        ...comparison.baseline?.commit ? { baseCommit: comparison.baseline.commit } : {},
        ...ctx.runUrl ? { runUrl: ctx.runUrl } : {},
        ...ctx.notes ? { notes: ctx.notes } : {}
      });
    case "terminal":
      return renderTerminal(comparison, { color: ctx.color ?? false });
  }
}
var RECENT_CHANGE_RUNS = 50;
var RECENT_HISTORY_RUNS = 500;
async function recentHistoryNotes(store, suite, branch, comparison) {
  const folder = store instanceof LocalStore ? store.location : store instanceof GitBranchStore ? await store.dataFolder() : void 0;
  if (folder === void 0) return [];
  let history;
  try {
    history = await readSuiteHistory(folder, suiteFolder(suite), { branch });
  } catch (err) {
    if (err instanceof InputError) return [`The history of ${suite} could not be read for change points: ${err.message}`];
    throw err;
  }
  if (history === void 0) return [];
  const series = extractSeries(history, { branch });
  const names = new Set(comparison.benchmarks.map((b) => b.name));
  const summaries = series.benchmarks.filter((b) => names.has(b.name)).map((b) => {
    const from = Math.max(0, b.values.length - RECENT_HISTORY_RUNS);
    return summarizeSeries(series, { ...b, runs: b.runs.slice(from), values: b.values.slice(from), n: b.n.slice(from), cv: b.cv.slice(from) });
  });
  return historyNotes(recentChanges(summaries, RECENT_CHANGE_RUNS).values());
}
async function writeDashboard(options) {
  const { readStoredHistories } = await import("./history-read-JO2MGGXA.js");
  const { writeChangedFiles } = await import("./write-changed-IRGGASMR.js");
  const { renderSite } = await import("./site-FZFJX2LO.js");
  const { dashboardAssets } = await import("./assets-6N6KW4BI.js");
  const { detectChangePoints: detectChangePoints2, CHANGE_POINT_METHOD } = await import("./change-points-MXIZXTL2.js");
  const { resolve: resolve3 } = await import("node:path");
  const histories = await readStoredHistories(options.storeFolder, {
    ...options.suite !== void 0 ? { suite: options.suite } : {},
    ...options.skipped ? { skipped: options.skipped } : {}
  });
  if (options.suite !== void 0 && histories.length === 0) {
    throw new UsageError(`suite '${options.suite}' has no stored runs or history in ${options.storeFolder}`);
  }
  const site = renderSite({
    suites: histories,
    assets: await dashboardAssets(),
    ...options.repository !== void 0 ? { repository: options.repository } : {},
    generated: (options.now ?? /* @__PURE__ */ new Date()).toISOString(),
    detect: detectChangePoints2,
    ...CHANGE_POINT_METHOD !== void 0 ? { changePointMethod: CHANGE_POINT_METHOD } : {}
  });
  const beside = resolve3(options.out) === resolve3(options.storeFolder);
  const files = [...site, ...histories.flatMap((h) => beside && h.source === "history" ? [] : h.files)];
  const written = await writeChangedFiles(options.out, files);
  return {
    suites: histories.length,
    benchmarks: histories.reduce((sum, h) => sum + h.index.benchmarks.length, 0),
    runs: histories.reduce((sum, h) => sum + h.index.shards.reduce((s, shard) => s + shard.runs, 0), 0),
    written,
    files: files.map((f) => f.path)
  };
}

// src/report/instructions.ts
var COUNTS_MISS = "Counts are CPU work only: time spent waiting on I/O, timers and locks is not in them, nor are cache and memory effects; the same code counts differently on another Node version.";
function processSpread(b) {
  const { samples, processes } = b;
  if (!processes || processes.length !== samples.length) return void 0;
  const byProcess = /* @__PURE__ */ new Map();
  samples.forEach((value, i) => byProcess.set(processes[i], [...byProcess.get(processes[i]) ?? [], value]));
  if (byProcess.size < 2) return void 0;
  const means = [...byProcess.values()].map((values) => values.reduce((a, v) => a + v, 0) / values.length);
  const low = Math.min(...means);
  return low > 0 ? (Math.max(...means) - low) / low : void 0;
}
function instructionNotes(head, baseline) {
  const counted = (run2) => run2?.run.measure === "instructions";
  if (!counted(head) && !counted(baseline)) return [];
  const notes2 = [];
  if (baseline && counted(head) !== counted(baseline)) {
    const what = (run2) => counted(run2) ? "instructions" : "time";
    notes2.push(
      `The baseline measured ${what(baseline)} and this run ${what(head)}: their numbers do not compare. Store a baseline measured with the same measure.`
    );
  } else if (baseline && baseline.run.env.node !== head.run.env.node) {
    notes2.push(
      `Node changed from ${baseline.run.env.node} (baseline) to ${head.run.env.node}: instruction counts of unchanged code move with Node and V8, so part of every difference here may be Node's, not the code's.`
    );
  }
  notes2.push(`Instruction counts under valgrind. ${COUNTS_MISS}`);
  return notes2;
}

// src/config/parse.ts
function parseNumber(origin, raw, range = {}) {
  const value = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw.trim()) : NaN;
  const { min, max, integer } = range;
  const expected = `${integer ? "a whole number" : "a number"}${boundsText(min, max)}`;
  if (!Number.isFinite(value)) throw new UsageError(`${origin}: expected ${expected}, found ${describe(raw)}`);
  if (integer && !Number.isInteger(value)) throw new UsageError(`${origin}: expected ${expected}, found ${value}`);
  if (min !== void 0 && value < min || max !== void 0 && value > max) {
    throw new UsageError(`${origin}: expected ${expected}, found ${value}`);
  }
  return value;
}
function parseFraction(origin, raw, range = {}) {
  const { min = 0, max = 1 } = range;
  if (typeof raw === "string" && raw.trim().endsWith("%")) {
    const pct2 = Number(raw.trim().slice(0, -1));
    if (Number.isFinite(pct2) && pct2 / 100 >= min && pct2 / 100 <= max) return pct2 / 100;
    throw new UsageError(`${origin}: expected a fraction between ${min} and ${max} (such as 0.05 or 5%), found ${describe(raw)}`);
  }
  const value = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw.trim()) : NaN;
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`${origin}: expected a fraction between ${min} and ${max} (such as 0.05 or 5%), found ${describe(raw)}`);
  }
  return value;
}
function parseDuration(origin, raw, range = {}) {
  const text2 = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text2);
  const scale = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
  const ms3 = match ? Number(match[1]) * scale[match[2] ?? "ms"] : NaN;
  const { min, max } = range;
  if (!Number.isFinite(ms3) || min !== void 0 && ms3 < min || max !== void 0 && ms3 > max) {
    throw new UsageError(`${origin}: expected a duration such as 250ms, 2s or 5m${boundsText(min, max, "ms")}, found ${describe(raw)}`);
  }
  return ms3;
}
function parseChoice(origin, raw, choices) {
  const text2 = typeof raw === "string" ? raw.trim() : raw;
  if (typeof text2 === "string" && choices.includes(text2)) return text2;
  throw new UsageError(`${origin}: expected one of ${choices.join(", ")}, found ${describe(raw)}`);
}
function parseBoolean(origin, raw) {
  if (typeof raw === "boolean") return raw;
  const text2 = typeof raw === "string" ? raw.trim().toLowerCase() : "";
  if (["true", "yes", "1", "on"].includes(text2)) return true;
  if (["false", "no", "0", "off"].includes(text2)) return false;
  throw new UsageError(`${origin}: expected true or false, found ${describe(raw)}`);
}
function parseName(origin, raw) {
  const text2 = typeof raw === "string" ? raw.trim() : "";
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(text2) && !text2.includes("..")) return text2;
  throw new UsageError(`${origin}: expected a name of letters, digits, '.', '_' or '-' (up to 64, starting with a letter or digit), found ${describe(raw)}`);
}
function parseRegExp(origin, raw) {
  if (typeof raw !== "string" || raw === "") throw new UsageError(`${origin}: expected a regular expression, found ${describe(raw)}`);
  try {
    return new RegExp(raw);
  } catch (err) {
    throw new UsageError(`${origin}: expected a regular expression, found ${describe(raw)} (${err.message})`);
  }
}
function boundsText(min, max, unit = "") {
  if (min !== void 0 && max !== void 0) return ` from ${min}${unit} to ${max}${unit}`;
  if (min !== void 0) return ` of at least ${min}${unit}`;
  if (max !== void 0) return ` of at most ${max}${unit}`;
  return "";
}

// src/config/options.ts
var REPORT_FORMATS = ["terminal", "markdown", "json"];
var FAIL_ON = ["regression", "never"];
var CORRECTIONS = ["holm", "bh", "none"];
var MEASURES = ["time", "instructions"];
function option(spec) {
  return spec;
}
var OPTIONS = [
  option({
    key: "suite",
    name: "suite",
    default: "default",
    parse: parseName,
    description: "Name of the suite, so several suites can keep separate baselines in one store."
  }),
  option({
    key: "benchmarks",
    name: "benchmarks",
    default: "benchmarks",
    parse: (o, v) => parseText(o, v),
    description: "Folder searched for micro-benchmark files (*.bench.ts, .js, .mjs) and load scenario files (*.load.ts, .js, .mjs)."
  }),
  option({ key: "store", name: "store", default: ".benchgate", parse: (o, v) => parseText(o, v), description: "Folder of the local baseline store." }),
  option({
    key: "retain",
    name: "retain",
    default: 50,
    parse: (o, v) => parseNumber(o, v, { min: 1, max: 1e4, integer: true }),
    description: "Runs kept per suite and branch in the store; older ones are pruned."
  }),
  option({
    key: "samples",
    name: "samples",
    default: 10,
    parse: (o, v) => parseNumber(o, v, { min: 2, max: 1e4, integer: true }),
    description: "Samples per benchmark (one sample = the mean time per operation over one round)."
  }),
  option({
    key: "processes",
    name: "processes",
    default: 2,
    parse: (o, v) => parseNumber(o, v, { min: 1, max: 100, integer: true }),
    description: "Separate processes the samples are spread over, so one process's luck is not the whole story."
  }),
  option({
    key: "roundTime",
    name: "round-time",
    default: 100,
    parse: (o, v) => parseDuration(o, v, { min: 1, max: 6e5 }),
    description: "Length of one round (one sample) of one benchmark."
  }),
  option({
    key: "timeout",
    name: "timeout",
    default: 3e4,
    parse: (o, v) => parseDuration(o, v, { min: 10 }),
    description: "A round that takes longer than this is stopped and the benchmark reported as an error."
  }),
  option({
    key: "warmup",
    name: "warmup",
    default: 250,
    parse: (o, v) => parseDuration(o, v, { min: 0, max: 6e5 }),
    description: "Warm-up of each benchmark in each process before its first sample, so the JIT has settled."
  }),
  option({
    key: "filter",
    name: "filter",
    default: void 0,
    defaultText: "all",
    parse: parseRegExp,
    description: "Run only benchmarks whose name matches this regular expression."
  }),
  option({
    key: "measure",
    name: "measure",
    default: "time",
    parse: (o, v) => parseChoice(o, v, MEASURES),
    description: "What a sample is: time (wall-clock time per operation) or instructions (CPU instructions per operation, counted under valgrind on Linux; repeatable to a few parts per million, see docs/instructions.md)."
  }),
  option({
    key: "threshold",
    name: "threshold",
    default: DEFAULT_COMPARE_OPTIONS.threshold,
    parse: (o, v) => parseFraction(o, v, { min: 0, max: 10 }),
    description: "Smallest change worth failing for (0.05 or 5%). Smaller significant changes are reported, never gated."
  }),
  option({
    key: "alpha",
    name: "alpha",
    default: DEFAULT_COMPARE_OPTIONS.alpha,
    parse: (o, v) => parseFraction(o, v, { min: 1e-9, max: 0.5 }),
    description: "Significance level after correction for testing many benchmarks at once."
  }),
  option({
    key: "correction",
    name: "correction",
    default: DEFAULT_COMPARE_OPTIONS.correction,
    parse: (o, v) => parseChoice(o, v, CORRECTIONS),
    description: "Multiple-comparison correction: holm (family-wise), bh (false discovery rate) or none."
  }),
  option({
    key: "confidence",
    name: "confidence",
    default: DEFAULT_COMPARE_OPTIONS.confidence,
    parse: (o, v) => parseFraction(o, v, { min: 0.5, max: 0.9999 }),
    description: "Confidence level of the intervals shown for each change."
  }),
  option({
    key: "minSamples",
    name: "min-samples",
    default: DEFAULT_COMPARE_OPTIONS.minSamples,
    parse: (o, v) => parseNumber(o, v, { min: 2, max: 1e4, integer: true }),
    description: "Fewer samples than this on either side makes a benchmark inconclusive."
  }),
  option({
    key: "runNoise",
    name: "run-noise",
    default: DEFAULT_COMPARE_OPTIONS.defaultRunNoise,
    parse: (o, v) => parseFraction(o, v, { min: 0, max: 1 }),
    description: "Assumed run-to-run spread of one benchmark against the rest of its suite, until 3 stored runs teach it."
  }),
  option({
    key: "commonNoise",
    name: "common-noise",
    default: DEFAULT_COMPARE_OPTIONS.defaultCommonNoise,
    parse: (o, v) => parseFraction(o, v, { min: 0, max: 10 }),
    description: "Assumed run-to-run spread of a whole run (every benchmark at once), until 10 stored runs teach it."
  }),
  option({
    key: "failOn",
    name: "fail-on",
    default: "regression",
    parse: (o, v) => parseChoice(o, v, FAIL_ON),
    description: "regression: exit 1 when a regression (or a failed benchmark) is found; never: always exit 0."
  }),
  option({
    key: "format",
    name: "format",
    default: "terminal",
    parse: (o, v) => parseChoice(o, v, REPORT_FORMATS),
    description: "Report format: terminal, markdown or json."
  }),
  option({
    key: "tool",
    name: "tool",
    default: "benchgate",
    parse: (o, v) => parseChoice(o, v, TOOL_FORMATS),
    description: `Format of the results files read: ${TOOL_FORMATS.join(", ")} (custom*: github-action-benchmark's custom JSON).`
  })
];
function defaultConfig() {
  const config = {};
  for (const spec of OPTIONS) config[spec.key] = spec.default;
  return config;
}
function resolveConfig(layers) {
  const config = defaultConfig();
  const byName = new Map(OPTIONS.map((spec) => [spec.name, spec]));
  for (const layer of layers) {
    for (const [name, raw] of Object.entries(layer.values)) {
      if (raw === void 0 || raw === "") continue;
      const spec = byName.get(name);
      if (!spec) throw new UnknownOptionError(layer.origin(name), name, [...byName.keys()]);
      config[spec.key] = spec.parse(layer.origin(name), raw);
    }
  }
  return config;
}
var UnknownOptionError = class extends UsageError {
  constructor(origin, name, known) {
    const near = known.find((k) => k.startsWith(name.slice(0, 3)));
    super(`${origin}: unknown option${near ? ` (did you mean '${near}'?)` : ""}; known options: ${known.join(", ")}`);
  }
};
function parseText(origin, raw) {
  if (typeof raw === "string" && raw.trim() !== "") return raw.trim();
  throw new UsageError(`${origin}: expected a path, found ${raw === "" ? "an empty value" : typeof raw}`);
}

// src/gate/gate.ts
var EXIT_OK = 0;
var EXIT_REGRESSION = 1;
var EXIT_BAD_INPUT = 2;
function gate(comparison, failOn) {
  const { regression, error } = comparison.counts;
  const broken = brokenThresholds(comparison.scenarios).length;
  const problems = [
    regression > 0 ? `${regression} regression${regression === 1 ? "" : "s"}` : "",
    error > 0 ? `${error} failed benchmark${error === 1 ? "" : "s"}` : "",
    broken > 0 ? `${broken} broken threshold${broken === 1 ? "" : "s"}` : ""
  ].filter(Boolean);
  if (problems.length === 0) return { failed: false, exitCode: EXIT_OK, reason: "No regression found." };
  const found = `${problems.length > 2 ? `${problems.slice(0, -1).join(", ")} and ${problems.at(-1)}` : problems.join(" and ")} found`;
  if (failOn === "never") return { failed: false, exitCode: EXIT_OK, reason: `${found}; not failing because fail-on is 'never'.` };
  return { failed: true, exitCode: EXIT_REGRESSION, reason: `${found}.` };
}
function gateRun(scenarios) {
  const broken = brokenThresholds(scenarios).length;
  if (broken === 0) return { failed: false, exitCode: EXIT_OK, reason: "No threshold broken." };
  return { failed: true, exitCode: EXIT_REGRESSION, reason: `${broken} broken threshold${broken === 1 ? "" : "s"} found.` };
}

// src/measure/ab/conditions.ts
function summarizeWarmups(warmups) {
  const ms3 = warmups.map((w) => w.ms).sort((a, b) => a - b);
  const m = ms3.length >> 1;
  const medianMs = ms3.length === 0 ? 0 : ms3.length % 2 ? ms3[m] : (ms3[m - 1] + ms3[m]) / 2;
  return { count: warmups.length, settled: warmups.filter((w) => w.settled).length, medianMs };
}
function describeConditions(c) {
  const head = c.head.workingTree ? `the working tree${c.head.uncommitted ? " (with uncommitted changes)" : ""}${c.head.commit ? ` at ${c.head.commit.slice(0, 7)}` : ""}` : `${c.head.ref} (${c.head.commit?.slice(0, 7)})`;
  const w = c.warmup;
  const capped = w.count - w.settled;
  return [
    `Interleaved run: base ${c.base.ref} (${c.base.commit.slice(0, 7)}) against head ${head}, on ${c.env.cpu} (${c.env.cores} cores), Node ${c.env.node}, in ${seconds(c.elapsedMs)}.`,
    `Conditions: alternating round pairs in balanced random order (ABBA), ${c.processes} process${c.processes === 1 ? "" : "es"} per version and file, ${c.roundTimeMs} ms rounds (${c.roundStatistic === "median" ? "median batch per round" : "mean per round"}), GC before each round ${c.gcBeforeRound ? "on" : "off"}, ${c.semiSpaceMb ? `young generation fixed at ${c.semiSpaceMb} MB semi-spaces` : "young generation sized by V8"}, ${c.cpu === void 0 ? "not pinned to CPUs" : `pinned to CPU ${c.cpu} (taskset)`}, warm-up until timings settle (${w.settled} of ${w.count} settled${capped > 0 ? `, ${capped} stopped at the ${seconds(w.maxMs)} limit` : ""}; median ${Math.round(w.medianMs)} ms).`,
    "Paired analysis: per round pair the log ratio head/base; Wilcoxon signed-rank test and Hodges-Lehmann (Walsh average) interval of the median ratio, widened where process pairs disagree.",
    `Sampling: adaptive, at least ${c.budget.minPairs} and at most ${c.budget.maxPairs} pairs per benchmark, ${seconds(c.budget.benchmarkMs)} per benchmark, ${seconds(c.budget.totalMs)} for the run${c.setup ? `; setup: ${c.setup}` : ""}.`
  ];
}
function samplingSentence(s, budgetMs) {
  const pairs = `${s.pairs} pair${s.pairs === 1 ? "" : "s"}`;
  const noise = s.last?.pairNoise !== void 0 ? `pairs vary by \xB1${pct(s.last.pairNoise)}` : void 0;
  const more = s.last?.pairsNeeded !== void 0 && s.last.pairsNeeded > s.pairs ? `; about ${s.last.pairsNeeded} pairs would decide it` : "";
  switch (s.stop) {
    case "beyond":
      return `Stopped early after ${pairs}: clearly beyond the threshold.`;
    case "within":
      return `Stopped early after ${pairs}: clearly within the threshold.`;
    case "budget":
      return `Its time budget (${seconds(budgetMs)}) ran out after ${pairs}${noise ? `; ${noise}` : ""}${more}.`;
    case "total-budget":
      return `The run's time budget ran out after ${pairs}${noise ? `; ${noise}` : ""}${more}.`;
    case "max-pairs":
      return `Stopped at the limit of ${pairs}${noise ? `; ${noise}` : ""}${more}.`;
    case "failed":
      return `Stopped after ${pairs}: it failed.`;
    case "unpaired":
      return "Measured on one side only.";
  }
}
function pct(x) {
  const v = x * 100;
  return `${v < 1 ? v.toFixed(2) : v.toFixed(1)}%`;
}
function seconds(ms3) {
  if (ms3 < 1e3) return `${Math.round(ms3)} ms`;
  if (ms3 < 12e4) return `${(ms3 / 1e3).toFixed(ms3 < 1e4 ? 1 : 0)} s`;
  return `${(ms3 / 6e4).toFixed(1)} min`;
}
function noiseLines(run2, threshold, mode) {
  const baseByName = new Map(run2.base.benchmarks.map((b) => [b.name, b]));
  const rows = run2.head.benchmarks.flatMap((h) => {
    const s = run2.sampling[h.name];
    const b = baseByName.get(h.name);
    if (!s || !b || s.stop === "unpaired") return [];
    return [{ name: h.name, pairs: s.pairs, spread: s.last?.pairNoise, baseCv: cv(b.samples), headCv: cv(h.samples), stop: s.stop }];
  });
  if (mode === "notable") {
    const noisy = rows.filter((r) => r.spread !== void 0 && r.spread > threshold);
    if (noisy.length === 0) return [];
    return [`Too noisy to gate at ${pct(threshold)} (pairs vary by more than that): ${noisy.map((r) => `${r.name} (\xB1${pct(r.spread)})`).join(", ")}.`];
  }
  if (rows.length === 0) return [];
  const width = Math.min(40, Math.max(9, ...rows.map((r) => r.name.length)));
  const line = (cells) => `  ${cells[0].padEnd(width)}${cells.slice(1, 5).map((c) => c.padStart(13)).join("")}  ${cells[5]}`;
  return [
    "Noise within this run:",
    line(["benchmark", "pairs", "pair spread", "CV base", "CV head", "sampling"]),
    ...rows.map(
      (r) => line([
        r.name.length > width ? `${r.name.slice(0, width - 1)}\u2026` : r.name,
        String(r.pairs),
        r.spread === void 0 ? "-" : `\xB1${pct(r.spread)}`,
        r.baseCv === void 0 ? "-" : pct(r.baseCv),
        r.headCv === void 0 ? "-" : pct(r.headCv),
        STOP_TEXT[r.stop]
      ])
    )
  ];
}
var STOP_TEXT = {
  beyond: "stopped early: beyond the threshold",
  within: "stopped early: within the threshold",
  budget: "its time budget ran out",
  "total-budget": "the run's budget ran out",
  "max-pairs": "pair limit reached",
  failed: "failed",
  unpaired: "one side only"
};
function cv(samples) {
  const n = samples.length;
  if (n < 2) return void 0;
  const mean = samples.reduce((a, b) => a + b, 0) / n;
  return Math.sqrt(samples.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) / mean;
}

// src/measure/ab/progress.ts
function interleaveProgress(write) {
  return (event) => {
    switch (event.type) {
      case "file-start":
        write(`${event.file}: warming up ${event.sides.join(" and ")}\u2026
`);
        return;
      case "stopped": {
        const s = event.sampling;
        const change = s.last?.change !== void 0 ? ` ${signed2(s.last.change)}` : "";
        const interval2 = s.last?.interval ? ` (${signed2(s.last.interval[0])} to ${signed2(s.last.interval[1])})` : "";
        write(`  ${event.benchmark}: ${STOP_WORDS[s.stop]} after ${s.pairs} pairs${change}${interval2}
`);
        return;
      }
      case "error":
        write(`  ${event.benchmark} failed in ${event.side}: ${event.message.split("\n", 1)[0]}
`);
        return;
      case "warmup":
      case "round":
      case "file-end":
        return;
    }
  };
}
var STOP_WORDS = {
  beyond: "decided, beyond the threshold,",
  within: "decided, within the threshold,",
  budget: "its time budget ran out",
  "total-budget": "the run's time budget ran out",
  "max-pairs": "pair limit reached",
  failed: "stopped",
  unpaired: "measured on one side"
};
function signed2(x) {
  const v = x * 100;
  return `${v >= 0 ? "+" : "-"}${Math.abs(v).toFixed(Math.abs(v) < 1 ? 2 : 1)}%`;
}

// src/stats/wilcoxon.ts
var EXACT_MAX_PAIRS = 50;
var PERMUTATION_MAX_PAIRS = 13;
function wilcoxonSignedRank(differences, options = {}) {
  const zeroMethod = options.zeroMethod ?? "wilcox";
  for (const [i, d] of differences.entries()) {
    if (!Number.isFinite(d)) throw new RangeError(`difference #${i + 1} is ${d}; the signed-rank test needs finite numbers`);
  }
  const zeros = differences.filter((d) => d === 0).length;
  const ranked = zeroMethod === "wilcox" ? differences.filter((d) => d !== 0) : [...differences];
  const count = ranked.length;
  if (count === 0 || zeros === count) {
    return { rPlus: 0, rMinus: 0, statistic: 0, pValue: 1, method: "asymptotic", count, zeros, ties: false };
  }
  const { ranks, tieTerm } = absoluteRanks(ranked, zeroMethod === "pratt");
  let rPlus = 0;
  let rMinus = 0;
  ranked.forEach((d, i) => {
    if (d > 0) rPlus += ranks[i];
    else if (d < 0) rMinus += ranks[i];
  });
  const ties = tieTerm > 0;
  const method = chooseMethod(options.method ?? "auto", differences.length, ties, zeros);
  let p;
  if (method === "exact") {
    p = 2 * Math.min(signedRankSf(Math.floor(rPlus), count), signedRankCdf(Math.ceil(rPlus), count));
  } else if (method === "permutation") {
    p = permutationPValue(
      ranked.map((d, i) => d === 0 ? 0 : ranks[i]),
      rPlus
    );
  } else {
    const nz = zeroMethod === "pratt" ? zeros : 0;
    const mean = count * (count + 1) / 4 - nz * (nz + 1) / 4;
    const variance = (count * (count + 1) * (2 * count + 1) - nz * (nz + 1) * (2 * nz + 1) - tieTerm / 2) / 24;
    const se = Math.sqrt(variance);
    let z = (rPlus - mean) / se;
    if (options.correction && z !== 0) z -= Math.sign(z) * 0.5 / se;
    p = se > 0 ? 2 * normalSf(Math.abs(z)) : 1;
  }
  return { rPlus, rMinus, statistic: Math.min(rPlus, rMinus), pValue: Math.min(1, Math.max(0, p)), method, count, zeros, ties };
}
function chooseMethod(asked, n, ties, zeros) {
  if (asked !== "auto") return asked;
  if (n > EXACT_MAX_PAIRS) return "asymptotic";
  if (!ties && zeros === 0) return "exact";
  return n <= PERMUTATION_MAX_PAIRS ? "permutation" : "asymptotic";
}
function absoluteRanks(values, zerosKept) {
  const order = values.map((_, i) => i).sort((a, b) => Math.abs(values[a]) - Math.abs(values[b]));
  const ranks = new Array(values.length);
  let tieTerm = 0;
  for (let start = 0; start < order.length; ) {
    const size = Math.abs(values[order[start]]);
    let end = start;
    while (end + 1 < order.length && Math.abs(values[order[end + 1]]) === size) end++;
    const t = end - start + 1;
    for (let k = start; k <= end; k++) ranks[order[k]] = (start + end) / 2 + 1;
    if (t > 1 && !(zerosKept && size === 0)) tieTerm += t * t * t - t;
    start = end + 1;
  }
  return { ranks, tieTerm };
}
function permutationPValue(ranks, rPlus) {
  const doubled = ranks.map((r) => Math.round(2 * r));
  const total = doubled.reduce((a, b) => a + b, 0);
  const counts = new Float64Array(total + 1);
  counts[0] = 1;
  let reach = 0;
  for (const r of doubled) {
    if (r === 0) continue;
    for (let s = reach; s >= 0; s--) if (counts[s]) counts[s + r] += counts[s];
    reach += r;
  }
  const observed = Math.round(2 * rPlus);
  let all = 0;
  let atMost = 0;
  let atLeast = 0;
  for (let s = 0; s <= total; s++) {
    const c = counts[s];
    all += c;
    if (s <= observed) atMost += c;
    if (s >= observed) atLeast += c;
  }
  return Math.min(1, 2 * Math.min(atMost, atLeast) / all);
}
var distributions = /* @__PURE__ */ new Map();
function signedRankPmf(n) {
  const cached = distributions.get(n);
  if (cached) return cached;
  const total = n * (n + 1) / 2;
  const counts = new Float64Array(total + 1);
  counts[0] = 1;
  for (let i = 1; i <= n; i++) {
    for (let s = i * (i + 1) / 2; s >= i; s--) counts[s] += counts[s - i];
  }
  const scale = 2 ** -n;
  const pmf = counts.map((c) => c * scale);
  if (distributions.size > 64) distributions.delete(distributions.keys().next().value);
  distributions.set(n, pmf);
  return pmf;
}
function signedRankCdf(k, n) {
  const pmf = signedRankPmf(n);
  if (k < 0) return 0;
  if (k >= pmf.length - 1) return 1;
  let sum = 0;
  for (let s = 0; s <= k; s++) sum += pmf[s];
  return sum;
}
function signedRankSf(k, n) {
  const pmf = signedRankPmf(n);
  if (k <= 0) return 1;
  if (k > pmf.length - 1) return 0;
  let sum = 0;
  for (let s = pmf.length - 1; s >= k; s--) sum += pmf[s];
  return sum;
}

// src/stats/walsh-interval.ts
function walshInterval(differences, confidence) {
  const n = differences.length;
  if (n === 0) throw new RangeError("the Hodges-Lehmann centre needs at least one difference");
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be between 0 and 1; got ${confidence}`);
  const walsh = walshAverages(differences);
  const total = walsh.length;
  const mid = Math.floor((total + 1) / 2);
  const centre = total % 2 === 1 ? walsh[mid - 1] : (walsh[mid - 1] + walsh[mid]) / 2;
  const { rank, method, coverage } = signedRankCriticalRank(n, confidence);
  if (rank === 0) return { centre, lower: -Infinity, upper: Infinity, rank, method, coverage: 1 };
  return { centre, lower: walsh[rank - 1], upper: walsh[total - rank], rank, method, coverage };
}
function walshAverages(differences) {
  const n = differences.length;
  const d = Float64Array.from(differences);
  for (const v of d) if (!Number.isFinite(v)) throw new RangeError(`a difference is ${v}; expected finite numbers`);
  const walsh = new Float64Array(n * (n + 1) / 2);
  let at = 0;
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) walsh[at++] = (d[i] + d[j]) / 2;
  return walsh.sort();
}
function signedRankCriticalRank(n, confidence) {
  const tail = (1 - confidence) / 2;
  const total = n * (n + 1) / 2;
  if (n <= EXACT_MAX_PAIRS) {
    let rank2 = 0;
    while (rank2 < Math.floor((total + 1) / 2) && signedRankCdf(rank2, n) <= tail) rank2++;
    return { rank: rank2, method: "exact", coverage: 1 - 2 * signedRankCdf(rank2 - 1, n) };
  }
  const sd = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24);
  const z = normalQuantile(1 - tail);
  const rank = Math.min(Math.floor((total + 1) / 2), Math.max(0, Math.floor(total / 2 + 0.5 - z * sd)));
  return { rank, method: "normal", coverage: rank === 0 ? 1 : 1 - 2 * normalCdf((rank - 0.5 - total / 2) / sd) };
}

// src/measure/ab/stopping.ts
var STOPPING_CONFIDENCE = 0.99;
function samplingDecision(logRatios, rule, processes) {
  const pairs = logRatios.length;
  if (pairs < Math.max(2, rule.minPairs)) return { state: "continue", pairs };
  const confidence = rule.confidence ?? STOPPING_CONFIDENCE;
  const est = walshInterval(logRatios, confidence);
  const change = Math.expm1(est.centre);
  const pairNoise = robustSpread(logRatios);
  if (est.rank === 0) return { state: "continue", pairs, change, pairNoise };
  const z = normalQuantile((1 + confidence) / 2);
  const effect = processEffect(logRatios, processes);
  const between2 = effect.groups > 0 ? effect.sd / Math.sqrt(effect.groups) : 0;
  const logLower = est.centre - Math.hypot(est.centre - est.lower, z * between2);
  const logUpper = est.centre + Math.hypot(est.upper - est.centre, z * between2);
  const lower = Math.expm1(logLower);
  const upper = Math.expm1(logUpper);
  const t = rule.threshold;
  const base = { pairs, change, interval: [lower, upper], pairNoise };
  const beyond = t > 0 ? lower >= t || upper <= -t : lower > 0 || upper < 0;
  let p = wilcoxonSignedRank(logRatios).pValue;
  if (between2 > 0) p = Math.max(p, 2 * normalSf(Math.abs(est.centre) / Math.hypot((est.upper - est.lower) / (2 * z), between2)));
  if (beyond && p < rule.alpha / Math.max(1, rule.benchmarks)) return { state: "beyond", ...base };
  if (t > 0 && lower > -t && upper < t) return { state: "within", ...base };
  return { state: "continue", ...base, ...needed({ lower: logLower, upper: logUpper }, change, t, pairs) };
}
function needed(est, change, threshold, pairs) {
  const halfWidth = (est.upper - est.lower) / 2;
  const room = Math.abs(Math.abs(Math.log1p(change)) - Math.abs(Math.log1p(Math.sign(change) * threshold)));
  if (!(halfWidth > 0) || !(room > 0)) return {};
  return { pairsNeeded: Math.ceil(pairs * (halfWidth / room) ** 2) };
}
function processEffect(logRatios, processes) {
  if (!processes || processes.length !== logRatios.length) return { sd: 0, groups: 0 };
  const groups = /* @__PURE__ */ new Map();
  logRatios.forEach((d, i) => {
    const key = processes[i];
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  });
  const used = [...groups.values()].filter((g) => g.length >= MIN_PAIRS_PER_PROCESS);
  const k = used.length;
  if (k < 2) return { sd: 0, groups: k };
  const centres = used.map((g) => median3(Float64Array.from(g).sort()));
  const mean = centres.reduce((a, b) => a + b, 0) / k;
  const between2 = centres.reduce((a, c) => a + (c - mean) ** 2, 0) / (k - 1);
  const within = robustSpread(used.flatMap((g, i) => g.map((v) => v - centres[i])));
  const chance = used.reduce((a, g) => a + (1.2533 * within) ** 2 / g.length, 0) / k;
  return { sd: Math.sqrt(Math.max(0, between2 - chance)), groups: k };
}
var MIN_PAIRS_PER_PROCESS = 3;
function robustSpread(values) {
  const sorted = Float64Array.from(values).sort();
  const mid = median3(sorted);
  const deviations = Float64Array.from(values, (v) => Math.abs(v - mid)).sort();
  return 1.4826 * median3(deviations);
}
function median3(sorted) {
  const n = sorted.length;
  const m = n >> 1;
  return n % 2 === 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

// src/compare/paired-compare.ts
var VERDICTS3 = ["regression", "improvement", "unchanged", "inconclusive", "new", "missing", "error"];
function comparePaired(head, base, options = {}, extras = {}) {
  const o = resolveCompareOptions({ ...options, pairing: "same-run" });
  const baseByName = /* @__PURE__ */ new Map();
  for (const b of base.benchmarks) if (!baseByName.has(b.name)) baseByName.set(b.name, b);
  const headNames = new Set(head.benchmarks.map((b) => b.name));
  const benchmarks = [];
  const tested = [];
  for (const h of head.benchmarks) {
    const outcome = assessPaired(h, baseByName.get(h.name), o);
    const sampling = extras.sampling?.[h.name];
    if ("evidence" in outcome) {
      if (sampling) outcome.note += ` ${sampling}`;
      tested.push(outcome);
      benchmarks.push(outcome.comparison);
    } else {
      if (sampling && outcome.verdict === "inconclusive") outcome.reason += ` ${sampling}`;
      benchmarks.push(outcome);
    }
  }
  for (const b of baseByName.values()) {
    if (headNames.has(b.name)) continue;
    benchmarks.push({
      ...identity(b),
      verdict: "missing",
      reason: "In the baseline, but not in head.",
      ...b.error === void 0 && b.samples.length > 0 ? { baseline: summarize(b.samples) } : {}
    });
  }
  const adjusted = adjustPValues(
    tested.map((t) => t.decisionP),
    o.correction
  );
  tested.forEach((t, i) => {
    const adjustedP = adjusted[i];
    const { verdict, reason } = decide({ ...t.evidence, adjustedP }, o);
    Object.assign(t.comparison, { verdict, reason: reason + t.note, adjustedP });
  });
  const counts = Object.fromEntries(VERDICTS3.map((v) => [v, 0]));
  for (const b of benchmarks) counts[b.verdict]++;
  const compared2 = alike(tested.map((t) => t.aggregate));
  const mean = geomean(compared2, o.confidence);
  const shift = commonShift(compared2);
  return {
    suite: head.suite,
    head: head.run,
    baseline: base.run,
    options: o,
    benchmarks,
    counts,
    ...mean ? { geomean: mean } : {},
    ...shift ? { commonShift: shift } : {},
    historyRuns: 0,
    test: "wilcoxon-signed-rank"
  };
}
function pairedLogRatios(head, base) {
  if (head.length !== base.length) return void 0;
  if (![...head, ...base].every((v) => v > 0 && Number.isFinite(v))) return void 0;
  return head.map((h, i) => Math.log(h / base[i]));
}
function assessPaired(h, b, o) {
  const screened = screen(h, b, "base tree");
  if ("settled" in screened) return screened.settled;
  const { baseSamples, note, sides, inconclusive } = screened;
  const d = pairedLogRatios(h.samples, baseSamples);
  if (!d) {
    return inconclusive(
      h.samples.length !== baseSamples.length ? `The samples are not paired: ${h.samples.length} in head and ${baseSamples.length} in the baseline.` : "A sample is zero, negative or not a finite number, so the ratio of a pair is undefined."
    );
  }
  if (d.length < o.minSamples) return inconclusive(`Too few round pairs: ${d.length}; at least ${o.minSamples} are needed.`);
  const pValue = wilcoxonSignedRank(d).pValue;
  const est = walshInterval(d, o.confidence);
  if (est.rank === 0) {
    return { ...inconclusive(`Too few round pairs for a ${percent(o.confidence, false)} interval (${d.length}).`), change: Math.expm1(est.centre), pValue };
  }
  const z = normalQuantile((1 + o.confidence) / 2);
  const effect = processEffect(d, h.processes);
  const between2 = effect.groups > 0 ? effect.sd / Math.sqrt(effect.groups) : 0;
  const lower = est.centre - Math.hypot(est.centre - est.lower, z * between2);
  const upper = est.centre + Math.hypot(est.upper - est.centre, z * between2);
  const se = Math.hypot((est.upper - est.lower) / (2 * z), between2);
  const pZ = se > 0 ? Math.min(1, 2 * normalSf(Math.abs(est.centre) / se)) : est.centre === 0 ? 1 : 0;
  const decisionP = between2 > 0 ? Math.max(pValue, pZ) : pValue;
  const pairNoise = robustSpread(d);
  const comparison = {
    ...identity(h),
    verdict: "inconclusive",
    reason: "",
    ...sides,
    change: Math.expm1(est.centre),
    ci: [Math.expm1(lower), Math.expm1(upper)],
    pValue
  };
  const processNote = between2 > 0 && z * between2 > (est.upper - est.lower) / 2 ? ` Processes differ by \xB1${percent(effect.sd, false)} beyond the rounds' noise, which widens the interval.` : "";
  return {
    comparison,
    evidence: { direction: h.direction, change: comparison.change, ci: comparison.ci, noiseFromRuns: false, spread: pairNoise },
    decisionP,
    note: `${note}${processNote}`,
    aggregate: {
      direction: h.direction,
      logRatio: est.centre,
      logRatioSe: se,
      logShift: est.centre,
      withinLower: est.lower,
      withinUpper: est.upper
    }
  };
}
function compareInterleaved(run2, options) {
  const sampling = {};
  for (const [name, s] of Object.entries(run2.sampling)) sampling[name] = samplingSentence(s, run2.conditions.budget.benchmarkMs);
  return comparePaired(run2.head, run2.base, options, { sampling });
}

// src/measure/ab/run.ts
import { join as join5 } from "node:path";

// src/measure/ab/command.ts
import { execFileSync } from "node:child_process";
import { cpus } from "node:os";
function childCommand(options) {
  const node = options.node ?? "node";
  const entry = childEntry();
  const semiSpace = options.semiSpaceMb ? [`--min-semi-space-size=${options.semiSpaceMb}`, `--max-semi-space-size=${options.semiSpaceMb}`] : [];
  const nodeArgs = [...options.gc ? ["--expose-gc"] : [], ...semiSpace, ...sourceArgs(node, entry, options.env)];
  if (options.cpu === void 0) return { command: node, args: nodeArgs, entry };
  checkCpuList(options.cpu);
  return { command: findTaskset(options.env), args: ["-c", options.cpu, node, ...nodeArgs], entry };
}
function checkCpuList(list, available = cpus().length) {
  if (!/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(list)) {
    throw new UsageError(`--cpu: expected a CPU list such as 1, 2,3 or 0-3, found ${JSON.stringify(list)}`);
  }
  for (const part of list.split(",")) {
    const [from, to = from] = part.split("-").map(Number);
    if (to < from) throw new UsageError(`--cpu: the range ${part} runs backwards; write it as ${to}-${from}`);
    if (to >= available) {
      throw new UsageError(`--cpu: CPU ${to} does not exist; this machine has CPUs 0 to ${available - 1}`);
    }
  }
}
function findTaskset(env) {
  try {
    execFileSync("taskset", ["--version"], { stdio: "ignore", timeout: 1e4, ...env ? { env } : {} });
    return "taskset";
  } catch (err) {
    const code = err.code;
    const why = code === "ENOENT" ? "it was not found in PATH" : `it did not run (${code ?? err.message})`;
    throw new UsageError(`--cpu pins the benchmark processes with taskset, but ${why}; install util-linux (it provides taskset) or leave --cpu out`);
  }
}

// src/measure/ab/dependencies.ts
import { lstat as lstat2, readdir as readdir2, readFile, realpath, stat as stat2, symlink } from "node:fs/promises";
import { join as join3, relative as relative2, sep as sep2 } from "node:path";
var LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml"];
async function shareDependencies(root, tree, subfolder) {
  const linked = [];
  const refused = [];
  for (const folder of upFrom(subfolder)) {
    const installed = join3(root, folder, "node_modules");
    const missing = join3(tree, folder, "node_modules");
    if (!await isFolder(installed) || await exists(missing)) continue;
    const where = folder === "" ? "the root" : folder;
    const lockfiles = await sameLockfiles(join3(root, folder), join3(tree, folder));
    if (lockfiles === "none") {
      refused.push(`${where} has no lockfile (${LOCKFILES.join(", ")}) to tell whether the installed node_modules fit`);
      continue;
    }
    if (lockfiles === "differ") {
      refused.push(`the lockfile in ${where} differs from the working tree's, so its installed node_modules do not fit`);
      continue;
    }
    const inside = await linksIntoRepository(installed, root);
    if (inside !== void 0) {
      refused.push(`node_modules in ${where} links to ${inside}, part of the repository (a workspace), which would be the other tree's code`);
      continue;
    }
    await symlink(installed, missing, "dir");
    linked.push(folder);
  }
  return { linked, refused };
}
function upFrom(subfolder) {
  const parts = subfolder === "" ? [] : subfolder.split(sep2).filter(Boolean);
  const folders = [];
  for (let n = parts.length; n >= 0; n--) folders.push(parts.slice(0, n).join(sep2));
  return folders;
}
async function sameLockfiles(a, b) {
  let found = false;
  for (const name of LOCKFILES) {
    const [left, right] = await Promise.all([readFile(join3(a, name)).catch(() => void 0), readFile(join3(b, name)).catch(() => void 0)]);
    if (left === void 0 && right === void 0) continue;
    if (left === void 0 || right === void 0 || !left.equals(right)) return "differ";
    found = true;
  }
  return found ? "same" : "none";
}
async function linksIntoRepository(modules, root) {
  const realRoot = await realpath(root);
  const entries = [];
  for (const name of await readdir2(modules).catch(() => [])) {
    if (name.startsWith("@")) for (const inner of await readdir2(join3(modules, name)).catch(() => [])) entries.push(join3(name, inner));
    else entries.push(name);
  }
  for (const entry of entries) {
    const path = join3(modules, entry);
    if (!(await lstat2(path).catch(() => void 0))?.isSymbolicLink()) continue;
    const target = await realpath(path).catch(() => void 0);
    if (target === void 0) continue;
    const inRepo = relative2(realRoot, target);
    if (inRepo !== "" && !inRepo.startsWith("..") && !inRepo.split(sep2).includes("node_modules")) return inRepo;
  }
  return void 0;
}
async function isFolder(path) {
  return (await stat2(path).catch(() => void 0))?.isDirectory() ?? false;
}
async function exists(path) {
  return await lstat2(path).catch(() => void 0) !== void 0;
}

// src/measure/ab/interleave.ts
import { performance as performance2 } from "node:perf_hooks";

// src/measure/ab/driven-child.ts
var IDLE_LIMIT_MS = 24 * 60 * 60 * 1e3;
var DrivenChild = class _DrivenChild {
  /** Benchmarks the file registers (after the filter), in registration order. */
  registered = [];
  /** The file could not be loaded or registers nothing: why. */
  loadError;
  /** Benchmarks that failed during setup or warm-up, with why. */
  failed = /* @__PURE__ */ new Map();
  warmups = /* @__PURE__ */ new Map();
  env;
  #handle;
  #exit;
  #options;
  #closed;
  #waiter;
  #round;
  #timeouts = /* @__PURE__ */ new Map();
  constructor(options) {
    this.#options = options;
    const config = {
      file: options.file,
      rounds: 1,
      roundTimeMs: options.roundTimeMs,
      warmupMs: options.warmupMs,
      ...options.filter ? { filter: options.filter } : {},
      ...options.select ? { select: options.select } : {},
      ...options.only ? { needed: Object.fromEntries(options.only.map((name) => [name, 1])) } : {},
      driven: { settle: true, gc: options.gc, statistic: options.statistic }
    };
    this.#closed = runChild({
      node: options.command,
      nodeArgs: options.args,
      entry: options.entry,
      config,
      cwd: options.cwd,
      ...options.env ? { env: options.env } : {},
      limitAfter: (last) => this.#limitAfter(last),
      onMessage: (message) => this.#onMessage(message),
      onSpawn: (handle) => this.#handle = handle,
      ...options.signal ? { signal: options.signal } : {}
    });
    this.#closed.then(
      (exit) => this.#ended(exit),
      (err) => this.#ended({ kind: "crash", code: null, signal: null, stderr: err.message, last: void 0 })
    );
  }
  /** Spawn, load the file and warm every benchmark up; resolves when the child is ready or gone. */
  static async start(options) {
    const child = new _DrivenChild(options);
    await child.#wait();
    return child;
  }
  /** Why the child is gone, once it is. */
  get ended() {
    return this.#exit;
  }
  /** Names this child can still run. */
  get runnable() {
    return this.#exit ? [] : this.registered.map((b) => b.name).filter((name) => !this.failed.has(name));
  }
  /** Run one round of each of `names`, in that order. */
  async runRound(round, names) {
    const outcome = { samples: /* @__PURE__ */ new Map(), errors: /* @__PURE__ */ new Map() };
    if (this.#exit) return { ...outcome, ended: this.#exit };
    this.#round = outcome;
    this.#handle?.send({ type: "run", round, benchmarks: [...names] }, this.#options.timeoutMs);
    await this.#wait();
    this.#round = void 0;
    if (this.#exit) outcome.ended = this.#exit;
    return outcome;
  }
  /** Tear down and wait for the process to end. */
  async finish() {
    this.#handle?.send({ type: "finish" }, this.#options.timeoutMs);
    await this.#closed.catch(() => void 0);
  }
  #wait() {
    if (this.#exit) return Promise.resolve();
    return new Promise((resolve3) => this.#waiter = resolve3);
  }
  #wake() {
    const waiter = this.#waiter;
    this.#waiter = void 0;
    waiter?.();
  }
  #onMessage(message) {
    switch (message.type) {
      case "env":
        this.env = message.env;
        return;
      case "registered":
        this.registered = message.benchmarks.filter((b) => !this.#options.only || this.#options.only.includes(b.name));
        for (const b of message.benchmarks) if (b.timeoutMs) this.#timeouts.set(b.name, b.timeoutMs);
        if (message.total === 0) this.loadError = "registers no benchmarks: call bench(name, fn) from 'benchgate' at the top level of the file";
        return;
      case "load-error":
        this.loadError = `could not be loaded: ${message.message}`;
        return;
      case "warmed":
        this.warmups.set(message.benchmark, { ms: message.ms, settled: message.settled });
        return;
      case "sample":
        this.#round?.samples.set(message.benchmark, message.value);
        return;
      case "error": {
        const text2 = message.where ? `${message.message}, ${message.where.replace(/^at\s+/, "at ")}` : message.message;
        this.#round?.errors.set(message.benchmark, text2);
        this.failed.set(message.benchmark, text2);
        return;
      }
      case "ready":
      case "round-end":
        this.#wake();
        return;
      case "warmup":
      case "start":
      case "teardown":
      case "done":
        return;
    }
  }
  #ended(exit) {
    if (exit.kind === "done") {
      this.#exit ??= "finished";
    } else if (exit.kind === "aborted") {
      this.#exit = "the run was aborted";
    } else if (exit.kind === "timeout") {
      const culprit = blame(exit, (name) => this.#timeoutOf(name));
      if (culprit) {
        this.failed.set(culprit.benchmark, culprit.message);
        this.#round?.errors.set(culprit.benchmark, culprit.message);
      }
      this.#exit = culprit ? `stopped: "${culprit.benchmark}" ${culprit.message}` : `the benchmark process stopped responding for ${duration(exit.limitMs)}`;
    } else {
      const message = crashMessage(exit);
      const last = exit.last;
      const culprit = last?.type === "start" || last?.type === "warmup" || last?.type === "teardown" ? last.benchmark : void 0;
      if (culprit) {
        this.failed.set(culprit, message);
        this.#round?.errors.set(culprit, message);
      }
      if (!this.registered.length && !this.loadError) this.loadError = message;
      this.#exit = message;
    }
    this.#wake();
  }
  #timeoutOf(name) {
    return this.#timeouts.get(name) ?? this.#options.timeoutMs;
  }
  #limitAfter(last) {
    const { timeoutMs, warmupMs } = this.#options;
    switch (last?.type) {
      case void 0:
      case "env":
        return Math.max(LOAD_LIMIT_MS, timeoutMs);
      case "warmup":
        return this.#timeoutOf(last.benchmark) + settleLimitMs(warmupMs);
      case "start":
      case "teardown":
        return this.#timeoutOf(last.benchmark);
      case "ready":
      case "round-end":
        return IDLE_LIMIT_MS;
      default:
        return timeoutMs;
    }
  }
};

// src/measure/ab/order.ts
var PairOrders = class {
  #last = /* @__PURE__ */ new Map();
  #count = /* @__PURE__ */ new Map();
  #random;
  constructor(random = Math.random) {
    this.#random = random;
  }
  /** The order of the next pair of `key` (a benchmark in a process pair). */
  next(key) {
    const n = this.#count.get(key) ?? 0;
    const previous = this.#last.get(key);
    const order = n % 2 === 1 && previous ? previous === "base-first" ? "head-first" : "base-first" : this.#random() < 0.5 ? "base-first" : "head-first";
    this.#count.set(key, n + 1);
    this.#last.set(key, order);
    return order;
  }
};
function shuffle(items, random = Math.random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

// src/measure/ab/interleave.ts
async function measureInterleaved(options) {
  const files = { base: filesOf(options.base, options.benchmarks, "base"), head: filesOf(options.head, options.benchmarks, "head") };
  if (files.head.size === 0 && files.base.size === 0) {
    throw new UsageError(`no benchmark files in ${options.benchmarks} in either tree: expected files named *.bench.ts, *.bench.mts, *.bench.js or *.bench.mjs`);
  }
  const run2 = new InterleavedRun(options);
  const groups = [.../* @__PURE__ */ new Set([...files.base.keys(), ...files.head.keys()])].filter((g) => !options.selection || options.selection.has(g)).sort();
  for (const [i, group] of groups.entries()) {
    options.signal?.throwIfAborted();
    await run2.file(group, { base: files.base.get(group), head: files.head.get(group) }, groups.length - i);
  }
  const result = run2.result();
  if (options.filter && !options.selection && result.head.length === 0 && result.base.length === 0) {
    throw new UsageError(`the filter /${options.filter.source}/${options.filter.flags} matches no benchmark in ${groups.length} file(s) of either tree`);
  }
  return result;
}
function filesOf(cwd, dir, side2) {
  try {
    return new Map(discoverBenchmarkFiles(dir, cwd).map((path) => [relativeTo(cwd, path), path]));
  } catch (err) {
    if (side2 === "base" && err instanceof UsageError) return /* @__PURE__ */ new Map();
    throw err;
  }
}
var InterleavedRun = class {
  #o;
  #started = performance2.now();
  #results = { base: /* @__PURE__ */ new Map(), head: /* @__PURE__ */ new Map() };
  #sampling = {};
  #warmups = [];
  #orders;
  #random;
  #env;
  #benchmarksSeen = 0;
  #filesSeen = 0;
  #suiteSize = 1;
  /** Next id for a process pair: a replacement child starts a new one. */
  #pairIds = 0;
  constructor(options) {
    this.#o = options;
    this.#random = options.random ?? Math.random;
    this.#orders = new PairOrders(this.#random);
  }
  async file(group, paths, filesLeft) {
    const o = this.#o;
    const fileStarted = performance2.now();
    const sides = ["base", "head"].filter((side2) => paths[side2]);
    o.onEvent?.({ type: "file-start", file: group, sides });
    const children = { base: [], head: [] };
    const pairIds = [];
    try {
      for (let p = 0; p < o.processes; p++) {
        pairIds.push(this.#pairIds++);
        for (const side2 of sides) {
          if (p > 0 && children[side2].length === 0) continue;
          const child = await this.#spawn(side2, group, paths[side2], p);
          if (child) children[side2].push(child);
        }
      }
      const names = {
        base: new Set(children.base[0]?.registered.map((b) => b.name) ?? []),
        head: new Set(children.head[0]?.registered.map((b) => b.name) ?? [])
      };
      for (const side2 of sides) for (const name of names[side2]) this.#entry(side2, name, group, children[side2][0]);
      for (const side2 of sides) for (const child of children[side2]) this.#noteFailures(side2, child);
      const paired = [...names.head].filter((name) => names.base.has(name) && this.#usable(name));
      const alone = { base: [...names.base].filter((n) => !names.head.has(n)), head: [...names.head].filter((n) => !names.base.has(n)) };
      const count = paired.length + alone.base.length + alone.head.length;
      this.#filesSeen++;
      this.#benchmarksSeen += count;
      const later = (filesLeft - 1) * (this.#benchmarksSeen / this.#filesSeen);
      this.#suiteSize = Math.round(this.#benchmarksSeen + later);
      const left = o.budgetMs - (performance2.now() - this.#started);
      const deadline = fileStarted + Math.max(0, left) * (count / Math.max(1, count + later));
      const tracks = paired.map((name) => ({ name, logRatios: [], processes: [], spentMs: 0, headFirst: 0, order: "" }));
      if (tracks.length > 0) await this.#pairRounds(group, paths, tracks, children, pairIds, deadline);
      for (const side2 of sides) await this.#aloneRounds(side2, alone[side2], children[side2]);
    } finally {
      await Promise.all([...children.base, ...children.head].map((child) => child.finish()));
    }
    o.onEvent?.({ type: "file-end", file: group });
  }
  result() {
    const finish2 = (side2) => [...this.#results[side2].values()].map((result) => {
      if (result.samples.length === 0 && !result.error) result.error = "produced no samples";
      return result;
    });
    return {
      base: finish2("base"),
      head: finish2("head"),
      sampling: this.#sampling,
      warmups: this.#warmups,
      env: this.#env ?? collectEnvironment(),
      elapsedMs: performance2.now() - this.#started
    };
  }
  async #pairRounds(group, paths, tracks, children, pairIds, deadline) {
    const o = this.#o;
    const pairs = Math.min(children.base.length, children.head.length);
    for (let round = 1; ; round++) {
      const active = tracks.filter((t) => !t.stop);
      if (active.length === 0 || pairs === 0) break;
      o.onEvent?.({ type: "round", file: group, round, active: active.length });
      const units = shuffle(
        active.flatMap((track) => Array.from({ length: pairs }, (_, p) => ({ track, p }))),
        this.#random
      );
      for (const { track, p } of units) {
        o.signal?.throwIfAborted();
        if (track.stop) continue;
        const order = this.#orders.next(`${track.name}\0${pairIds[p]}`);
        const sides = order === "head-first" ? ["head", "base"] : ["base", "head"];
        const t0 = performance2.now();
        const outcomes = {};
        for (const side2 of sides) outcomes[side2] = await children[side2][p].runRound(round, [track.name]);
        track.spentMs += performance2.now() - t0;
        const base = outcomes.base.samples.get(track.name);
        const head = outcomes.head.samples.get(track.name);
        if (base !== void 0 && head !== void 0 && base > 0 && head > 0) {
          this.#add("base", track.name, base, pairIds[p]);
          this.#add("head", track.name, head, pairIds[p]);
          track.logRatios.push(Math.log(head / base));
          track.processes.push(pairIds[p]);
          if (order === "head-first") track.headFirst++;
          track.order += order === "head-first" ? "h" : "b";
        }
        for (const side2 of sides) {
          const error = outcomes[side2].errors.get(track.name);
          if (error) this.#fail(side2, track.name, error);
          if (outcomes[side2].ended && !o.signal?.aborted) {
            const replacement = await this.#replace(side2, group, paths[side2], children[side2][p], p);
            if (replacement) {
              children[side2][p] = replacement;
              pairIds[p] = this.#pairIds++;
            }
          }
        }
        for (const t of tracks) if (!t.stop && !this.#usable(t.name)) this.#stop(t, "failed");
      }
      for (const track of active) {
        if (track.stop) continue;
        if (track.logRatios.length >= o.minPairs) {
          track.last = o.decide(track.logRatios, { benchmark: track.name, benchmarks: this.#suiteSize, processes: track.processes });
          if (track.last.state !== "continue") {
            this.#stop(track, track.last.state);
            continue;
          }
        }
        if (track.spentMs >= o.benchmarkBudgetMs) this.#stop(track, "budget");
        else if (track.logRatios.length >= o.maxPairs) this.#stop(track, "max-pairs");
        else if (performance2.now() >= deadline && track.logRatios.length >= o.minPairs) this.#stop(track, "total-budget");
      }
    }
  }
  /** Benchmarks on one side only: a few rounds for their numbers, not paired with anything. */
  async #aloneRounds(side2, names, children) {
    if (names.length === 0) return;
    const rounds = Math.max(1, Math.ceil(this.#o.minPairs / Math.max(1, children.length)));
    for (let round = 1; round <= rounds; round++) {
      for (const [p, child] of children.entries()) {
        this.#o.signal?.throwIfAborted();
        const outcome = await child.runRound(
          round,
          shuffle(
            names.filter((n) => !this.#results[side2].get(n)?.error),
            this.#random
          )
        );
        for (const [name, value] of outcome.samples) this.#add(side2, name, value, p);
        for (const [name, error] of outcome.errors) this.#fail(side2, name, error);
      }
    }
    for (const name of names) this.#sampling[name] = { pairs: 0, stop: "unpaired", spentMs: 0, headFirst: 0, order: "" };
  }
  async #spawn(side2, group, path, p, only) {
    const o = this.#o;
    o.onEvent?.({ type: "warmup", file: group, side: side2, process: p });
    const env = o.sideEnv?.[side2] ?? o.env;
    const select = o.selection?.get(group);
    const seed = this.#seedOf(p);
    const seeds = [`--hash-seed=${seed}`, `--random-seed=${seed}`];
    const child = await DrivenChild.start({
      ...o.command,
      args: [...o.command.args, ...seeds],
      cwd: side2 === "base" ? o.base : o.head,
      ...env ? { env } : {},
      file: path,
      roundTimeMs: o.roundTimeMs,
      warmupMs: o.warmupMs,
      timeoutMs: o.timeoutMs,
      ...o.filter ? { filter: { source: o.filter.source, flags: o.filter.flags } } : {},
      ...select ? { select } : {},
      ...only ? { only } : {},
      gc: o.gc,
      statistic: o.statistic,
      ...o.signal ? { signal: o.signal } : {}
    });
    o.signal?.throwIfAborted();
    if (side2 === "head") this.#env ??= child.env;
    for (const [benchmark2, w] of child.warmups) this.#warmups.push({ side: side2, file: group, process: p, benchmark: benchmark2, ...w });
    if (child.loadError || child.ended && child.registered.length === 0) {
      const message = child.loadError ?? child.ended ?? "could not be started";
      if (!this.#results[side2].has(group)) {
        this.#results[side2].set(group, { name: group, unit: "ns/op", direction: "smaller", samples: [], processes: [], group, error: message });
        this.#o.onEvent?.({ type: "error", side: side2, benchmark: group, message });
      }
      return void 0;
    }
    return child;
  }
  /** A child that died mid-run is replaced by a fresh one with what it still had to run. */
  async #replace(side2, group, path, dead, p) {
    this.#noteFailures(side2, dead);
    const remaining = dead.registered.map((b) => b.name).filter((name) => !dead.failed.has(name) && !this.#results[side2].get(name)?.error);
    if (remaining.length === 0) return void 0;
    const child = await this.#spawn(side2, group, path, p, remaining);
    if (child) this.#noteFailures(side2, child);
    return child;
  }
  #entry(side2, name, group, child) {
    if (this.#results[side2].has(name)) {
      const other = this.#results[side2].get(name);
      this.#fail(side2, name, `the name is used in both ${other.group} and ${group}; benchmark names must be unique within a run`);
      return;
    }
    const unit = child.registered.find((b) => b.name === name)?.unit ?? "ns/op";
    this.#results[side2].set(name, { name, unit, direction: "smaller", samples: [], processes: [], group });
  }
  #noteFailures(side2, child) {
    for (const [name, message] of child.failed) this.#fail(side2, name, message);
  }
  #add(side2, name, value, pairId) {
    const result = this.#results[side2].get(name);
    if (!result || result.error) return;
    result.samples.push(value);
    result.processes?.push(pairId);
  }
  #fail(side2, name, message) {
    const result = this.#results[side2].get(name);
    if (!result || result.error) return;
    result.error = message;
    this.#o.onEvent?.({ type: "error", side: side2, benchmark: name, message });
  }
  #seeds = /* @__PURE__ */ new Map();
  #seedOf(p) {
    let seed = this.#seeds.get(p);
    if (seed === void 0) this.#seeds.set(p, seed = 1 + Math.floor(this.#random() * 2 ** 30));
    return seed;
  }
  #usable(name) {
    return !this.#results.base.get(name)?.error && !this.#results.head.get(name)?.error;
  }
  #stop(track, stop) {
    track.stop = stop;
    const sampling = {
      pairs: track.logRatios.length,
      stop,
      spentMs: track.spentMs,
      headFirst: track.headFirst,
      order: track.order,
      ...track.last ? { last: track.last } : {}
    };
    this.#sampling[track.name] = sampling;
    this.#o.onEvent?.({ type: "stopped", benchmark: track.name, sampling });
  }
};

// src/measure/ab/setup.ts
import { spawn as spawn2 } from "node:child_process";
var TAIL_LINES = 12;
async function runSetup(command, tree, io) {
  const env = io.env ?? process.env;
  const actions = env.GITHUB_ACTIONS === "true";
  const heading = `setup in the ${tree.label} tree, ${tree.revision}: ${command}`;
  io.write(actions ? `::group::${heading}
` : `\u2500\u2500 ${heading}
`);
  const prefix = actions ? "" : `${tree.label} \u2502 `;
  const tail = [];
  const started = Date.now();
  try {
    const exit = await new Promise((resolve3, reject) => {
      const child = spawn2(command, { cwd: tree.cwd, env, shell: true, detached: true, stdio: ["ignore", "pipe", "pipe"] });
      const kill = () => {
        try {
          if (child.pid !== void 0) process.kill(-child.pid, "SIGKILL");
        } catch {
        }
      };
      const forget = onInterrupt(kill);
      const onAbort = () => kill();
      io.signal?.addEventListener("abort", onAbort, { once: true });
      const lines = lineWriter((line) => {
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        io.write(`${prefix}${line}
`);
      });
      child.stdout.setEncoding("utf8").on("data", lines.push);
      child.stderr.setEncoding("utf8").on("data", lines.push);
      child.on("error", (err) => {
        forget();
        io.signal?.removeEventListener("abort", onAbort);
        reject(new UsageError(`the setup command could not be started in the ${tree.label} tree (${tree.cwd}): ${err.message}`));
      });
      child.on("close", (code, signal) => {
        lines.end();
        forget();
        io.signal?.removeEventListener("abort", onAbort);
        resolve3({ code, signal });
      });
    });
    io.signal?.throwIfAborted();
    if (exit.code !== 0) {
      const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
      const quoted = tail.length ? `; its output ended with:
${tail.map((l) => `  ${l}`).join("\n")}` : " without output";
      throw new UsageError(`the setup command ${JSON.stringify(command)} ${how} in the ${tree.label} tree, ${tree.revision} (${tree.cwd})${quoted}`);
    }
    io.write(`${actions ? "" : "\u2500\u2500 "}setup of the ${tree.label} tree done in ${((Date.now() - started) / 1e3).toFixed(1)} s
`);
  } finally {
    if (actions) io.write("::endgroup::\n");
  }
}
function lineWriter(onLine) {
  let pending = "";
  return {
    push: (chunk) => {
      const parts = (pending + chunk).split(/\r?\n/);
      pending = parts.pop() ?? "";
      for (const line of parts) onLine(line);
    },
    end: () => {
      if (pending) onLine(pending);
      pending = "";
    }
  };
}

// src/measure/ab/worktree.ts
import { execFile, execFileSync as execFileSync2 } from "node:child_process";
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join4, relative as relative3 } from "node:path";
import { promisify } from "node:util";
var exec = promisify(execFile);
async function repositoryOf(cwd) {
  let root;
  try {
    root = (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  } catch (err) {
    throw new UsageError(`ab compares two revisions of a git repository, but ${cwd} is not inside one (${firstLine2(err)})`);
  }
  return { root, subfolder: relative3(realpathSync(root), realpathSync(cwd)) };
}
async function resolveCommit(root, ref, what) {
  try {
    return (await git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
  } catch {
    throw new UsageError(
      `${what}: no commit named ${JSON.stringify(ref)} in ${root} (expected a branch, tag or commit, e.g. main or HEAD~1; a shallow clone may need fetch-depth: 0)`
    );
  }
}
async function isDirty(root) {
  try {
    return (await git(root, ["status", "--porcelain", "--untracked-files=no"])).trim() !== "";
  } catch {
    return false;
  }
}
function createWorktrees(root) {
  const folder = mkdtempSync(join4(tmpdir2(), "benchgate-ab-"));
  const added = [];
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    for (const path of added) {
      try {
        execFileSync2("git", ["worktree", "remove", "--force", path], { cwd: root, stdio: "ignore", timeout: 6e4 });
      } catch {
      }
    }
    rmSync(folder, { recursive: true, force: true });
    try {
      execFileSync2("git", ["worktree", "prune"], { cwd: root, stdio: "ignore", timeout: 6e4 });
    } catch {
    }
    forget();
  };
  const forget = onInterrupt(remove);
  return {
    folder,
    async add(name, ref) {
      const commit = await resolveCommit(root, ref, name === "base" ? "--base" : "--head");
      const path = join4(folder, name);
      added.push(path);
      try {
        await git(root, ["worktree", "add", "--detach", "--quiet", path, commit]);
      } catch (err) {
        throw new UsageError(`could not check out ${ref} (${commit.slice(0, 12)}) into a worktree at ${path}: ${firstLine2(err)}`);
      }
      return { ref, commit, path };
    },
    remove
  };
}
async function git(cwd, args) {
  const { stdout } = await exec("git", args, { cwd, timeout: 12e4, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
function firstLine2(err) {
  const text2 = String(err.stderr || err.message || err);
  return text2.trim().split("\n").filter(Boolean).slice(-1)[0] ?? "git failed";
}

// src/measure/ab/run.ts
var AB_DEFAULTS = Object.freeze({
  processes: 4,
  roundTimeMs: 20,
  budgetMs: 4 * 6e4,
  benchmarkBudgetMs: 6e4,
  minPairs: 10,
  maxPairs: 400,
  statistic: "median",
  gc: true,
  semiSpaceMb: 16
});
var SideFailedError = class extends UsageError {
  name = "SideFailedError";
  side;
  constructor(side2, message) {
    super(message);
    this.side = side2;
  }
};
function samplingSettings(options) {
  const settings = {
    processes: options.processes ?? AB_DEFAULTS.processes,
    roundTimeMs: options.roundTimeMs ?? AB_DEFAULTS.roundTimeMs,
    budgetMs: options.budgetMs ?? AB_DEFAULTS.budgetMs,
    benchmarkBudgetMs: options.benchmarkBudgetMs ?? AB_DEFAULTS.benchmarkBudgetMs,
    minPairs: options.minPairs ?? AB_DEFAULTS.minPairs,
    maxPairs: options.maxPairs ?? AB_DEFAULTS.maxPairs,
    gc: options.gc ?? AB_DEFAULTS.gc,
    semiSpaceMb: options.semiSpaceMb ?? AB_DEFAULTS.semiSpaceMb,
    statistic: options.statistic ?? AB_DEFAULTS.statistic,
    ...options.cpu ? { cpu: options.cpu } : {}
  };
  if (!Number.isInteger(settings.semiSpaceMb) || settings.semiSpaceMb < 0 || settings.semiSpaceMb > 1024) {
    throw new UsageError(`semi-space: expected a whole number of MB from 0 to 1024, found ${settings.semiSpaceMb}`);
  }
  if (!Number.isInteger(settings.processes) || settings.processes < 1)
    throw new UsageError(`processes: expected a whole number of at least 1, found ${settings.processes}`);
  if (!(settings.roundTimeMs > 0) || settings.roundTimeMs >= options.config.timeout) {
    throw new UsageError(`round time: expected a positive number of ms shorter than the timeout (${options.config.timeout} ms), found ${settings.roundTimeMs}`);
  }
  if (settings.minPairs < 2 || settings.maxPairs < settings.minPairs) {
    throw new UsageError(`expected 2 \u2264 min-pairs \u2264 max-pairs, found min-pairs ${settings.minPairs} and max-pairs ${settings.maxPairs}`);
  }
  return settings;
}
async function measureTrees(trees, options) {
  const settings = samplingSettings(options);
  const { config } = options;
  const command = childCommand({
    gc: settings.gc,
    semiSpaceMb: settings.semiSpaceMb,
    ...options.node ? { node: options.node } : {},
    ...settings.cpu ? { cpu: settings.cpu } : {},
    ...options.env ? { env: options.env } : {}
  });
  const measured = await measureInterleaved({
    base: trees.base,
    head: trees.head,
    benchmarks: config.benchmarks,
    ...config.filter ? { filter: config.filter } : {},
    ...options.selection ? { selection: options.selection } : {},
    processes: settings.processes,
    roundTimeMs: settings.roundTimeMs,
    warmupMs: config.warmup,
    timeoutMs: config.timeout,
    budgetMs: settings.budgetMs,
    benchmarkBudgetMs: settings.benchmarkBudgetMs,
    minPairs: settings.minPairs,
    maxPairs: settings.maxPairs,
    statistic: settings.statistic,
    gc: settings.gc,
    command,
    ...options.env ? { env: options.env } : {},
    ...options.sideEnv ? { sideEnv: options.sideEnv } : {},
    decide: (logRatios, { benchmarks, processes }) => samplingDecision(logRatios, { threshold: config.threshold, alpha: config.alpha, benchmarks, minPairs: settings.minPairs }, processes),
    ...options.onEvent ? { onEvent: options.onEvent } : {},
    ...options.signal ? { signal: options.signal } : {}
  });
  return { measured, settings };
}
async function runInterleaved(options) {
  const { root, subfolder } = await repositoryOf(options.cwd);
  samplingSettings(options);
  childCommand({
    gc: options.gc ?? AB_DEFAULTS.gc,
    ...options.node ? { node: options.node } : {},
    ...options.cpu ? { cpu: options.cpu } : {},
    ...options.env ? { env: options.env } : {}
  });
  const baseCommit = await resolveCommit(root, options.base, "--base");
  const headCommit = options.head ? await resolveCommit(root, options.head, "--head") : await resolveCommit(root, "HEAD", "the working tree").catch(() => void 0);
  const uncommitted = options.head ? void 0 : await isDirty(root);
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", forwardAbort, { once: true });
  const trees = createWorktrees(root);
  const forgetAbort = onInterrupt(() => controller.abort(new Error("interrupted")));
  const write = options.write ?? (() => {
  });
  try {
    const base = await trees.add("base", baseCommit);
    const head = options.head ? await trees.add("head", headCommit) : void 0;
    const baseCwd = join5(base.path, subfolder);
    const headCwd = head ? join5(head.path, subfolder) : options.cwd;
    const unshared = {};
    if (!options.setup) {
      for (const [side2, tree] of [["base", base.path], ...head ? [["head", head.path]] : []]) {
        const shared = await shareDependencies(root, tree, subfolder);
        for (const folder of shared.linked) {
          write(`\u2500\u2500 the ${side2} tree uses the working tree's node_modules${folder ? ` in ${folder}` : ""}: same lockfile, and no --setup to install its own
`);
        }
        unshared[side2] = shared.refused;
      }
    }
    if (options.setup) {
      const io = { write, ...options.env ? { env: options.env } : {}, signal: controller.signal };
      await runSetup(options.setup, { label: "base", revision: `${options.base} (${baseCommit.slice(0, 7)})`, cwd: baseCwd }, io);
      const headRevision = options.head ? `${options.head} (${headCommit.slice(0, 7)})` : "the working tree";
      await runSetup(options.setup, { label: "head", revision: headRevision, cwd: headCwd }, io);
    }
    const time = /* @__PURE__ */ new Date();
    const { config } = options;
    const { measured, settings } = await measureTrees({ base: baseCwd, head: headCwd }, { ...options, signal: controller.signal });
    const revisions = {
      base: `${options.base} (${baseCommit.slice(0, 7)})`,
      head: options.head ? `${options.head} (${headCommit.slice(0, 7)})` : "the working tree"
    };
    for (const side2 of ["base", "head"]) {
      const results = measured[side2];
      if (results.length === 0 || results.some((b) => b.samples.length > 0)) continue;
      const first = results.find((b) => b.error !== void 0)?.error ?? "no samples";
      const more = results.length > 1 ? ` (and ${results.length - 1} more)` : "";
      const why = (unshared[side2] ?? []).map((r) => ` Its dependencies were not shared: ${r}.`).join("");
      const advice = options.setup ? `Check that the setup command ${JSON.stringify(options.setup)} installs and builds what the benchmarks import.` : `If its dependencies are missing, give a setup command to run in each tree before measuring: ${setOption("setup", '"npm ci"')} (or whatever installs and builds the project).`;
      throw new SideFailedError(
        side2,
        `every benchmark of the ${side2} tree, ${revisions[side2]}, failed, so nothing could be compared: ${firstLine3(first)}${more}.${why} ${advice}`
      );
    }
    const run2 = (commit) => ({
      id: newRunId(time),
      ...commit ? { commit } : {},
      time: time.toISOString(),
      tool: "benchgate",
      env: measured.env
    });
    const warmups = summarizeWarmups(measured.warmups);
    return {
      head: { format: RESULTS_FORMAT, version: RESULTS_VERSION, suite: config.suite, run: run2(headCommit), benchmarks: measured.head },
      base: { format: RESULTS_FORMAT, version: RESULTS_VERSION, suite: config.suite, run: run2(baseCommit), benchmarks: measured.base },
      sampling: measured.sampling,
      conditions: {
        base: { ref: options.base, commit: baseCommit },
        head: {
          ...options.head ? { ref: options.head } : {},
          ...headCommit ? { commit: headCommit } : {},
          workingTree: !options.head,
          ...uncommitted ? { uncommitted } : {}
        },
        ...options.setup ? { setup: options.setup } : {},
        processes: settings.processes,
        roundTimeMs: settings.roundTimeMs,
        roundStatistic: settings.statistic,
        gcBeforeRound: settings.gc,
        semiSpaceMb: settings.semiSpaceMb,
        ...settings.cpu ? { cpu: settings.cpu } : {},
        warmup: { mode: "until settled", minMs: SETTLE_MIN_SHARE * config.warmup, maxMs: settleLimitMs(config.warmup), ...warmups },
        budget: { totalMs: settings.budgetMs, benchmarkMs: settings.benchmarkBudgetMs, minPairs: settings.minPairs, maxPairs: settings.maxPairs },
        elapsedMs: measured.elapsedMs,
        env: measured.env
      }
    };
  } finally {
    trees.remove();
    forgetAbort();
    options.signal?.removeEventListener("abort", forwardAbort);
  }
}
function firstLine3(text2) {
  const line = text2.split("\n")[0] ?? "";
  return line.length > 300 ? `${line.slice(0, 299)}\u2026` : line;
}
function interleavedNotes(run2) {
  return describeConditions(run2.conditions);
}

// src/results/merge.ts
var ShardMergeError = class extends UsageError {
  name = "ShardMergeError";
};
function mergeShards(files, id) {
  if (files.length === 0) throw new ShardMergeError("no shard results to merge");
  for (const { source, run: run2 } of files) {
    if (!run2.run.shard) {
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
  const shards = ordered.map(({ run: run2 }) => ({ ...run2.run.shard, id: run2.run.id, time: run2.run.time, env: run2.run.env }));
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
  for (const { source, run: run2 } of files) groups.set(value(run2), [...groups.get(value(run2)) ?? [], source]);
  if (groups.size <= 1) return;
  const listed = [...groups].map(([v, sources]) => `${what} ${JSON.stringify(v)} in ${sources.join(", ")}`).join("; ");
  throw new ShardMergeError(`${problem} (${listed}); nothing was merged`);
}
function duplicate(kind, name, a, b, count) {
  const where = (f) => `shard ${f.run.run.shard.index}/${count} (${f.source})`;
  return new ShardMergeError(`${kind} ${JSON.stringify(name)} was measured by both ${where(a)} and ${where(b)}: a benchmark must be in one shard only`);
}

export {
  createProgressReporter,
  extractSeries,
  summarizeSuite,
  TIMING_RUNS,
  parseShard,
  planPart,
  truncate,
  sanitizeTerminal,
  formatValue,
  formatSpread,
  plural,
  shortCommit,
  historyJson,
  historyTerminal,
  renderJson,
  renderCapacityTerminal,
  renderLoadTerminal,
  formatWallTime,
  displayWidth,
  isRemoteUrl,
  LocalStore,
  DEFAULT_DATA_BRANCH,
  GitBranchStore,
  measure,
  loadBaseline,
  compareRuns,
  renderReport,
  recentHistoryNotes,
  writeDashboard,
  COUNTS_MISS,
  processSpread,
  instructionNotes,
  parseNumber,
  parseDuration,
  parseChoice,
  parseBoolean,
  OPTIONS,
  resolveConfig,
  samplingSentence,
  noiseLines,
  interleaveProgress,
  comparePaired,
  compareInterleaved,
  AB_DEFAULTS,
  runInterleaved,
  interleavedNotes,
  mergeShards,
  EXIT_OK,
  EXIT_BAD_INPUT,
  gate,
  gateRun
};
