import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  parseJson
} from "./chunk-NQI5SRZE.js";
import {
  DEFAULT_SUITE,
  readProblem,
  readResultsText
} from "./chunk-JCCVQM4K.js";
import {
  TOOL_DESCRIPTIONS,
  TOOL_FORMATS
} from "./chunk-MWBVEDBA.js";
import {
  validateResults,
  zeroAllowed
} from "./chunk-4RP5KYJS.js";
import {
  optionName,
  optionValue,
  setOption
} from "./chunk-T3JLG3ZN.js";
import {
  RESULTS_FORMAT,
  RESULTS_VERSION
} from "./chunk-P4TMX5AB.js";
import "./chunk-H7FUGREM.js";
import "./chunk-THQGDHP6.js";
import {
  InputError,
  UsageError,
  describe
} from "./chunk-WQC4CHKN.js";
import {
  newRunId
} from "./chunk-B57NQ3GO.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/results/import/environment.ts
var { arch, cpus, hostname, platform, release } = __require("node:os");
function currentEnvironment(env = process.env) {
  const processors = cpus();
  const runner = env.RUNNER_NAME || hostname();
  return {
    node: process.version,
    os: `${platform()} ${release()}`,
    arch: arch(),
    cpu: processors[0]?.model.trim() ?? "unknown",
    cores: processors.length,
    ...runner ? { runner } : {}
  };
}

// src/results/import/load-import.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var METRIC_SEPARATOR = " \u203A ";
function figure(scenario, metric, unit, direction, values, group) {
  const zeroAllowed2 = unit === "%";
  const samples = values.filter((v) => v !== void 0 && Number.isFinite(v) && (v > 0 || zeroAllowed2 && v === 0));
  if (samples.length === 0) return void 0;
  return { name: `${scenario}${METRIC_SEPARATOR}${metric}`, unit, direction, samples, ...group ? { group } : {} };
}
function defined(items) {
  return items.filter((x) => x !== void 0);
}
var Fields = class _Fields {
  source;
  path;
  value;
  constructor(source, path, value, expected = "an object") {
    if (!isObject(value)) throw new InputError(source, `${path || "the file"}: expected ${expected}, found ${describe(value)}`);
    this.source = source;
    this.path = path;
    this.value = value;
  }
  at(key) {
    return this.path === "" ? key : `${this.path}.${key}`;
  }
  fail(key, expected) {
    throw new InputError(this.source, `${this.at(key)}: expected ${expected}, found ${describe(this.value[key])}`);
  }
  number(key, options = {}) {
    const x = this.value[key];
    if (x === void 0 && options.optional) return void 0;
    if (typeof x !== "number" || !Number.isFinite(x) || x < 0) this.fail(key, "a number \u2265 0");
    return x;
  }
  object(key, options = {}) {
    const x = this.value[key];
    if (x === void 0 && options.optional) return void 0;
    return new _Fields(this.source, this.at(key), x);
  }
  string(key, options = {}) {
    const x = this.value[key];
    if (x === void 0 && options.optional) return void 0;
    if (typeof x !== "string") this.fail(key, "a string");
    return x;
  }
};

// src/results/import/artillery.ts
var ARTILLERY_SCENARIO = "artillery";
var LATENCY_SUMMARIES = ["http.response_time", "vusers.session_length"];
function readSnapshot(snapshot) {
  const counters = snapshot.object("counters", { optional: true });
  const byKind = {};
  let responses = 0;
  let noResponse = 0;
  let badStatus = 0;
  for (const key of Object.keys(counters?.value ?? {})) {
    const value = counters.number(key);
    const status = /^http\.codes\.(\d{3})$/.exec(key)?.[1];
    if (key === "http.responses") responses = value;
    else if (status && Number(status) >= 400 && value > 0) {
      badStatus += value;
      byKind[`HTTP_${status}`] = value;
    } else if (key.startsWith("errors.") && value > 0) {
      noResponse += value;
      byKind[key.slice("errors.".length)] = value;
    }
  }
  const summaries = snapshot.object("summaries", { optional: true });
  const name = LATENCY_SUMMARIES.find((n) => summaries?.value[n] !== void 0);
  let latency;
  if (name) {
    const s = summaries.object(name);
    latency = {};
    for (const key of Object.keys(s.value)) latency[key] = s.number(key);
  }
  const rates = snapshot.object("rates", { optional: true });
  const period = snapshot.value.period;
  const start = typeof period === "number" ? period : typeof period === "string" && /^\d+$/.test(period) ? Number(period) : snapshot.number("firstMetricAt", { optional: true });
  return {
    start,
    lastMetricAt: snapshot.number("lastMetricAt", { optional: true }),
    responses: responses + noResponse,
    failed: noResponse + badStatus,
    byKind,
    requestRate: rates?.number("http.request_rate", { optional: true }),
    latency
  };
}
function latencySummary(l) {
  if (!l) return void 0;
  const p50 = l.p50 ?? l.median;
  const fields = [l.count, l.min, l.mean, p50, l.p90, l.p95, l.p99, l.p999, l.max];
  if (fields.some((x) => x === void 0)) return void 0;
  const [count, min, mean, , p90, p95, p99, p999, max] = fields;
  return { count, min, mean, p50, p90, p95, p99, p999, max };
}
function parseArtillery(text, source) {
  const doc = new Fields(source, "", parseJson(text, source), 'an Artillery report (an object with "aggregate")');
  if (!isObject(doc.value.aggregate)) {
    throw new InputError(
      source,
      `aggregate: expected an Artillery report (artillery run --output) with an "aggregate" object, found ${doc.value.aggregate === void 0 ? "none" : "something else"}`
    );
  }
  const aggregateFields = doc.object("aggregate");
  if (aggregateFields.value.latency !== void 0 && aggregateFields.value.summaries === void 0) {
    throw new InputError(
      source,
      "aggregate.summaries: expected an Artillery 2 report, found an Artillery 1 report (aggregate.latency); run it again with Artillery 2"
    );
  }
  const aggregate = readSnapshot(aggregateFields);
  if (!aggregate.latency) {
    throw new InputError(source, `aggregate.summaries: expected a latency summary (${LATENCY_SUMMARIES.join(" or ")}), found none`);
  }
  const list = doc.value.intermediate;
  if (list !== void 0 && !Array.isArray(list)) throw new InputError(source, "intermediate: expected an array of period snapshots, found something else");
  const periods = (list ?? []).map((snapshot, i) => readSnapshot(new Fields(source, `intermediate[${i}]`, snapshot))).filter((p) => p.start !== void 0).sort((a, b) => a.start - b.start);
  const firstMetricAt = aggregateFields.number("firstMetricAt", { optional: true }) ?? periods[0]?.start;
  const lastMetricAt = aggregateFields.number("lastMetricAt", { optional: true }) ?? periods.at(-1)?.lastMetricAt;
  const durationMs = firstMetricAt !== void 0 && lastMetricAt !== void 0 ? Math.max(0, lastMetricAt - firstMetricAt) : 0;
  const origin = periods[0]?.start ?? firstMetricAt ?? 0;
  const windows = periods.map((p, i) => {
    const next = periods[i + 1]?.start;
    const end = next ?? Math.max(p.lastMetricAt ?? p.start, p.start + 1);
    const duration = Math.max(1, end - p.start);
    const l = p.latency;
    return {
      start: p.start - origin,
      duration,
      iterations: Math.round(p.responses),
      errors: Math.round(p.failed),
      dropped: 0,
      throughput: p.responses * 1e3 / duration,
      ...l && (l.p50 ?? l.median) !== void 0 && p.responses > 0 ? { p50: l.p50 ?? l.median } : {},
      ...l?.p95 !== void 0 && p.responses > 0 ? { p95: l.p95 } : {},
      ...l?.p99 !== void 0 && p.responses > 0 ? { p99: l.p99 } : {}
    };
  });
  const series = (pick) => {
    const per = periods.filter((p) => p.responses > 0).map(pick);
    return per.some((x) => x !== void 0) ? per : [pick(aggregate)];
  };
  const name = ARTILLERY_SCENARIO;
  const group = "artillery";
  const throughputOf = (p) => p.requestRate;
  const benchmarks = defined([
    figure(
      name,
      "p50 latency",
      "ms",
      "smaller",
      series((p) => p.latency?.p50 ?? p.latency?.median),
      group
    ),
    figure(
      name,
      "p95 latency",
      "ms",
      "smaller",
      series((p) => p.latency?.p95),
      group
    ),
    figure(
      name,
      "p99 latency",
      "ms",
      "smaller",
      series((p) => p.latency?.p99),
      group
    ),
    figure(name, "throughput", "req/s", "bigger", series(throughputOf), group),
    figure(
      name,
      "error rate",
      "%",
      "smaller",
      series((p) => p.responses > 0 ? p.failed / p.responses * 100 : void 0),
      group
    )
  ]);
  const summary = latencySummary(aggregate.latency);
  const scenario = {
    name,
    group,
    executor: "artillery",
    model: "open",
    duration: durationMs,
    iterations: Math.round(aggregate.responses),
    throughput: aggregate.requestRate ?? (durationMs > 0 ? aggregate.responses * 1e3 / durationMs : 0),
    ...summary ? { latency: summary } : {},
    errors: { count: Math.round(aggregate.failed), rate: aggregate.responses > 0 ? aggregate.failed / aggregate.responses : 0, byKind: aggregate.byKind },
    dropped: 0,
    thresholds: [],
    windows
  };
  return { benchmarks, scenarios: [scenario] };
}

// src/results/import/autocannon.ts
var QUANTILES = [
  ["p0_001", 1e-5],
  ["p0_01", 1e-4],
  ["p0_1", 1e-3],
  ["p1", 0.01],
  ["p2_5", 0.025],
  ["p10", 0.1],
  ["p25", 0.25],
  ["p50", 0.5],
  ["p75", 0.75],
  ["p90", 0.9],
  ["p97_5", 0.975],
  ["p99", 0.99],
  ["p99_9", 0.999],
  ["p99_99", 0.9999],
  ["p99_999", 0.99999]
];
function rebuild(requests, n) {
  const known = QUANTILES.flatMap(([key, q]) => {
    const v = requests.number(key, { optional: true });
    return v === void 0 ? [] : [{ q, v }];
  });
  if (known.length === 0) return [];
  return Array.from({ length: n }, (_, i) => {
    const q = (i + 0.5) / n;
    return (known.find((k) => k.q >= q) ?? known[known.length - 1]).v;
  });
}
function parseAutocannon(text, source) {
  const doc = parseJson(text, source);
  if (Array.isArray(doc)) throw new InputError(source, 'expected one autocannon --json result (an object with "latency" and "requests"), found an array');
  const run = new Fields(source, "", doc, 'an autocannon --json result (an object with "latency" and "requests")');
  if (run.value.latency === void 0 || run.value.requests === void 0) {
    throw new InputError(
      source,
      `expected autocannon --json output with "latency" and "requests", found ${run.value.latency === void 0 ? 'no "latency"' : 'no "requests"'}`
    );
  }
  const title = run.string("title", { optional: true });
  const url = run.value.url;
  const name = title && title.trim() !== "" ? title : typeof url === "string" && url !== "" ? url : Array.isArray(url) ? url.join(", ") : "autocannon";
  const latency = run.object("latency");
  const requests = run.object("requests");
  const durationS = run.number("duration");
  const total = requests.number("total");
  const seconds = run.number("samples", { optional: true }) ?? 0;
  const errors = run.number("errors", { optional: true }) ?? 0;
  const timeouts = run.number("timeouts", { optional: true }) ?? 0;
  const mismatches = run.number("mismatches", { optional: true }) ?? 0;
  const non2xx = run.number("non2xx", { optional: true }) ?? 0;
  const failed = errors + mismatches + non2xx;
  const attempts = total + errors;
  const errorRate = attempts > 0 ? failed / attempts : 0;
  const byKind = {};
  const codes = run.object("statusCodeStats", { optional: true });
  for (const [code, stats] of Object.entries(codes?.value ?? {})) {
    if (/^2\d\d$/.test(code)) continue;
    const count = new Fields(source, codes.at(code), stats).number("count");
    if (count > 0) byKind[`HTTP_${code}`] = count;
  }
  if (timeouts > 0) byKind.TIMEOUT = timeouts;
  if (errors - timeouts > 0) byKind.NETWORK = errors - timeouts;
  if (mismatches > 0) byKind.MISMATCH = mismatches;
  const perSecond = seconds > 0 ? rebuild(requests, seconds) : [requests.number("average")];
  const connections = run.number("connections", { optional: true });
  const benchmarks = defined([
    figure(name, "p50 latency", "ms", "smaller", [latency.number("p50", { optional: true })], "autocannon"),
    figure(name, "p90 latency", "ms", "smaller", [latency.number("p90", { optional: true })], "autocannon"),
    figure(name, "p97.5 latency", "ms", "smaller", [latency.number("p97_5", { optional: true })], "autocannon"),
    figure(name, "p99 latency", "ms", "smaller", [latency.number("p99", { optional: true })], "autocannon"),
    figure(name, "throughput", "req/s", "bigger", perSecond, "autocannon"),
    figure(name, "error rate", "%", "smaller", [errorRate * 100], "autocannon")
  ]);
  const scenario = {
    name,
    group: "autocannon",
    executor: "autocannon",
    model: "closed",
    duration: durationS * 1e3,
    iterations: Math.round(total),
    throughput: durationS > 0 ? total / durationS : 0,
    // No latency summary: autocannon lists no p95, and the summary has no field to leave out.
    errors: { count: Math.round(failed), rate: errorRate, byKind },
    dropped: 0,
    ...connections !== void 0 ? { maxConcurrency: connections * (run.number("pipelining", { optional: true }) ?? 1) } : {},
    thresholds: [],
    windows: []
  };
  return { benchmarks, scenarios: [scenario] };
}

// src/results/import/common.ts
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isComparable(value, unit) {
  return typeof value === "number" && Number.isFinite(value) && (value > 0 || value === 0 && zeroAllowed(unit));
}
function directionOf(unit) {
  return /^ops\//i.test(unit) || /\/(s|sec|second|ms|us|ns)$/i.test(unit) ? "bigger" : "smaller";
}
function oneProcess(count) {
  return new Array(count).fill(0);
}
function processEach(count) {
  return Array.from({ length: count }, (_, i) => i);
}
function linesOf(text) {
  return text.replace(/^\ufeff/, "").split(/\r?\n/);
}
function arrayField(source, value, key, path, expected) {
  const found = value[key];
  if (!Array.isArray(found)) throw new InputError(source, `${path}${key}: expected ${expected}, found ${describe(found)}`);
  return found;
}
function stringField(source, value, key, path) {
  const found = value[key];
  if (typeof found !== "string" || found === "") throw new InputError(source, `${path}${key}: expected a non-empty string, found ${describe(found)}`);
  return found;
}
var NameRegister = class {
  seen = /* @__PURE__ */ new Map();
  source;
  constructor(source) {
    this.source = source;
  }
  add(name, at) {
    const first = this.seen.get(name);
    if (first !== void 0)
      throw new InputError(this.source, `${at}: expected a benchmark name not used before, found ${describe(name)} again (first at ${first})`);
    this.seen.set(name, at);
  }
};

// src/results/import/benchmarkdotnet.ts
function looksLikeBenchmarkDotNet(doc) {
  return isObject2(doc) && Array.isArray(doc.Benchmarks);
}
function parseBenchmarkDotNet(text, source, notes) {
  const doc = parseJson(text, source);
  if (!looksLikeBenchmarkDotNet(doc)) {
    throw new InputError(
      source,
      `Benchmarks: expected BenchmarkDotNet's JSON export with a "Benchmarks" array, found ${isObject2(doc) ? describe(doc.Benchmarks) : describe(doc)}`
    );
  }
  const list = arrayField(source, doc, "Benchmarks", "", "an array of benchmarks");
  if (list.length === 0) throw new InputError(source, "Benchmarks: expected at least one benchmark, found an empty array");
  const names = new NameRegister(source);
  return list.map((entry, i) => {
    const at = `Benchmarks[${i}]`;
    if (!isObject2(entry)) throw new InputError(source, `${at}: expected an object, found ${describe(entry)}`);
    const name = stringField(source, entry, "FullName", `${at}.`);
    names.add(name, `${at}.FullName`);
    const stats = entry.Statistics;
    if (stats === null || stats === void 0)
      return { name, unit: "ns", direction: "smaller", samples: [], error: "BenchmarkDotNet has no statistics for it: it did not run (see its log)" };
    if (!isObject2(stats)) throw new InputError(source, `${at}.Statistics: expected an object, found ${describe(stats)}`);
    let samples;
    const original = stats.OriginalValues;
    if (Array.isArray(original) && original.length > 0) {
      original.forEach((x, j) => {
        if (typeof x !== "number" || !Number.isFinite(x))
          throw new InputError(source, `${at}.Statistics.OriginalValues[${j}]: expected a time in ns, found ${describe(x)}`);
      });
      samples = original;
    } else {
      if (typeof stats.Mean !== "number") throw new InputError(source, `${at}.Statistics.Mean: expected a time in ns, found ${describe(stats.Mean)}`);
      samples = [stats.Mean];
    }
    const launches = Array.isArray(entry.Measurements) ? entry.Measurements.filter((m) => isObject2(m) && m.IterationMode === "Workload" && m.IterationStage === "Result").map(
      (m) => m.LaunchIndex
    ) : [];
    const known = launches.length === samples.length && launches.every((l) => typeof l === "number" && Number.isInteger(l) && l >= 1);
    let processes = known ? launches.map((l) => l - 1) : void 0;
    const usable = samples.map((s) => isComparable(s, "ns"));
    if (usable.includes(false)) {
      notes.push(`${source}: ${at}: ${usable.filter((u) => !u).length} time(s) of ${name} at 0 ns or below left out`);
      samples = samples.filter((_, k) => usable[k]);
      processes = processes?.filter((_, k) => usable[k]);
    }
    if (samples.length === 0) return { name, unit: "ns", direction: "smaller", samples: [], error: "BenchmarkDotNet measured no time above 0 ns" };
    return { name, unit: "ns", direction: "smaller", samples, ...processes ? { processes } : {} };
  });
}

// src/results/import/benchmarkjs.ts
var REST = /^ x ([0-9][0-9,]*(?:\.[0-9]+)?)\s+(\S+)\s+((?:±|\+-)[^%]+%) \((\d+) runs? sampled\)\s*$/;
function parseBenchmarkJs(text, source, notes) {
  const names = new NameRegister(source);
  const results = [];
  linesOf(text).forEach((line, i) => {
    const at = line.lastIndexOf(" x ");
    if (at <= 0) return;
    const m = REST.exec(line.slice(at));
    if (!m) return;
    const name = line.slice(0, at);
    const value = Number(m[1].replace(/,/g, ""));
    const unit = m[2];
    names.add(name, `line ${i + 1}`);
    if (!isComparable(value, unit)) {
      notes.push(`${source}: line ${i + 1}: ${name} is ${value} ${unit}; left out`);
      return;
    }
    results.push({ name, unit, direction: directionOf(unit), samples: [value], processes: oneProcess(1) });
  });
  if (results.length === 0) {
    throw new InputError(source, 'expected Benchmark.js output with lines like "fib(20) x 12,146 ops/sec \xB10.32% (96 runs sampled)", found none');
  }
  return results;
}

// src/results/import/benchmarkluau.ts
var RESULT = /^SUCCESS:?\s+(\S+)\s+:\s+([0-9]+(?:\.[0-9]+)?)\s*([a-zµμ]+)\s+\+\/-\s+([0-9.]+%)/;
function parseBenchmarkLuau(text, source, notes) {
  const names = new NameRegister(source);
  const results = [];
  linesOf(text).forEach((line, i) => {
    const m = RESULT.exec(line);
    if (!m) return;
    const [, name, number, unit] = m;
    const value = Number(number);
    names.add(name, `line ${i + 1}`);
    if (!isComparable(value, unit)) {
      notes.push(`${source}: line ${i + 1}: ${name} is ${value} ${unit}; left out`);
      return;
    }
    results.push({ name, unit, direction: "smaller", samples: [value], processes: oneProcess(1) });
  });
  if (results.length === 0) {
    throw new InputError(source, 'expected Luau benchmark output with lines like "SUCCESS: base64 : 15.041ms +/- 0.636% on luau", found none');
  }
  return results;
}

// src/results/import/cargo.ts
var RESULT2 = /^test (.+?)\s+\.\.\. bench:\s+([0-9][0-9,]*(?:\.[0-9]+)?) (\w+\/\w+) \(\+\/- ([0-9,.]+)\)\s*$/;
var FAILED = /^test (.+?) \.\.\. FAILED\s*$/;
function parseCargo(text, source, notes) {
  const byName = /* @__PURE__ */ new Map();
  const failed = [];
  linesOf(text).forEach((line, i) => {
    const failure = FAILED.exec(line);
    if (failure) {
      failed.push(failure[1].trim());
      return;
    }
    const m = RESULT2.exec(line);
    if (!m) return;
    const name = m[1].trim();
    const value = Number(m[2].replace(/,/g, ""));
    const unit = m[3];
    let result = byName.get(name);
    if (!result) {
      result = { name, unit, direction: directionOf(unit), samples: [], processes: [] };
      byName.set(name, result);
    } else if (result.unit !== unit) {
      throw new InputError(source, `line ${i + 1}: expected ${name} in ${result.unit} as before, found ${unit}`);
    }
    if (!isComparable(value, unit)) {
      notes.push(`${source}: line ${i + 1}: ${name} is ${value} ${unit}, too small for cargo bench to time; left out`);
      return;
    }
    result.processes.push(result.samples.length);
    result.samples.push(value);
  });
  for (const name of failed) {
    const result = byName.get(name) ?? { name, unit: "ns/iter", direction: "smaller", samples: [], processes: [] };
    result.error = "cargo bench reported FAILED (see its log)";
    byName.set(name, result);
  }
  if (byName.size === 0) {
    throw new InputError(source, 'expected `cargo bench` output with lines like "test fib_20 ... bench: 18,149 ns/iter (+/- 755)", found none');
  }
  for (const b of byName.values()) {
    if (b.samples.length > 1) notes.push(`${source}: ${b.name} appears ${b.samples.length} times: read as ${b.samples.length} runs of one benchmark`);
  }
  const kept = [...byName.values()].filter((b) => b.samples.length > 0 || b.error !== void 0);
  if (kept.length === 0) throw new InputError(source, "expected a benchmark with a value above 0, found only values of 0");
  return kept;
}

// src/results/import/catch2.ts
var HEADER = /^benchmark name\s+samples\s+iterations\s+(estimated|est run time)/;
var SEPARATOR = /^-+$/;
var UNIT = "(ns|us|\xB5s|\u03BCs|ms|s)";
var START = new RegExp(`(\\d+) +(\\d+) +(?:\\d+(?:\\.\\d+)?) ${UNIT}\\s*$`);
var FIGURES = new RegExp(
  `^ +(\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?) ${UNIT} +(?:\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?) ${UNIT} +(?:\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?) ${UNIT}`
);
var FAILED2 = /^(.*?)\s+Benchmark failed \((.*)\)\s*$/;
function parseCatch2(text, source, notes) {
  const lines = linesOf(text);
  const names = new NameRegister(source);
  const results = [];
  let sections = 0;
  let i = 0;
  const at = (n) => `line ${n + 1}`;
  while (i < lines.length) {
    if (!HEADER.test(lines[i])) {
      i++;
      continue;
    }
    sections++;
    const header = i;
    while (i < lines.length && !SEPARATOR.test(lines[i])) i++;
    if (i >= lines.length)
      throw new InputError(source, `${at(header)}: expected a line of dashes after the benchmark table's header, found the end of the file`);
    i++;
    for (; ; ) {
      const line = lines[i];
      if (line === void 0 || line.trim() === "") break;
      const failure = FAILED2.exec(line);
      if (failure) {
        const name2 = failure[1].trim();
        names.add(name2, at(i));
        results.push({ name: name2, unit: "ns", direction: "smaller", samples: [], error: `Catch2: Benchmark failed (${failure[2]})` });
        i++;
        continue;
      }
      const start = START.exec(line);
      if (!start) break;
      const name = line.slice(0, start.index).trim();
      names.add(name, at(i));
      const mean = FIGURES.exec(lines[i + 1] ?? "");
      if (!mean)
        throw new InputError(
          source,
          `${at(i + 1)}: expected the mean, low mean and high mean of ${JSON.stringify(name)}, found ${JSON.stringify(lines[i + 1] ?? "the end of the file")}`
        );
      if (!FIGURES.test(lines[i + 2] ?? "")) {
        throw new InputError(
          source,
          `${at(i + 2)}: expected the standard deviations of ${JSON.stringify(name)}, found ${JSON.stringify(lines[i + 2] ?? "the end of the file")}`
        );
      }
      const value = Number(mean[1]);
      const unit = mean[2];
      if (isComparable(value, unit)) results.push({ name, unit, direction: "smaller", samples: [value], processes: oneProcess(1) });
      else notes.push(`${source}: ${at(i + 1)}: ${name} has a mean of ${value} ${unit}, too fast for Catch2's clock; left out`);
      i += 3;
      if (lines[i]?.trim() === "") i++;
    }
  }
  if (sections === 0) {
    throw new InputError(source, 'expected Catch2 benchmark output with a table headed "benchmark name  samples  iterations  estimated", found none');
  }
  if (results.length === 0) throw new InputError(source, "expected at least one benchmark under the Catch2 benchmark tables, found none");
  return results;
}

// src/results/import/custom.ts
function parseCustom(text, source, direction) {
  const doc = parseJson(text, source);
  if (!Array.isArray(doc)) {
    const hint = isObject2(doc) && doc.format === "benchgate/results" ? ` \u2014 this is a benchgate results file: ${setOption("tool", "benchgate")}` : "";
    throw new InputError(source, `expected an array of { name, unit, value } entries, found ${describe(doc)}${hint}`);
  }
  const seen = /* @__PURE__ */ new Map();
  return doc.map((entry, i) => {
    const at = `[${i}]`;
    if (!isObject2(entry)) throw new InputError(source, `${at}: expected an object with name, unit and value, found ${describe(entry)}`);
    const { name, unit, value, samples } = entry;
    if (typeof name !== "string" || name === "") throw new InputError(source, `${at}.name: expected a non-empty string, found ${describe(name)}`);
    const first = seen.get(name);
    if (first !== void 0) throw new InputError(source, `${at}.name: expected a name not used before, found ${describe(name)} again (first at [${first}])`);
    seen.set(name, i);
    if (typeof unit !== "string" || unit === "") throw new InputError(source, `${at}.unit: expected a non-empty string, found ${describe(unit)}`);
    if (samples !== void 0) {
      if (!Array.isArray(samples) || samples.length === 0) {
        throw new InputError(source, `${at}.samples: expected a non-empty array of positive numbers, found ${describe(samples)}`);
      }
      samples.forEach((sample, j) => {
        if (!isComparable(sample, unit)) throw new InputError(source, `${at}.samples[${j}]: expected a finite positive number, found ${describe(sample)}`);
      });
      return { name, unit, direction, samples: [...samples] };
    }
    if (typeof value !== "number") throw new InputError(source, `${at}.value: expected a number, found ${describe(value)}`);
    if (!isComparable(value, unit)) throw new InputError(source, `${at}.value: expected a finite positive number, found ${describe(value)}`);
    return { name, unit, direction, samples: [value], processes: oneProcess(1) };
  });
}
function parseCustomSmallerIsBetter(text, source) {
  return parseCustom(text, source, "smaller");
}
function parseCustomBiggerIsBetter(text, source) {
  return parseCustom(text, source, "bigger");
}

// src/results/import/go.ts
var NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
var SUFFIX = /-(\d+)$/;
function looksLikeGo(text) {
  return /^Benchmark\S*\s+\d+\s+[-+]?[\d.]+(e[-+]?\d+)? \S+/m.test(text) || /^--- FAIL: Benchmark/m.test(text);
}
function parseGo(text, source, notes = []) {
  const { results, failures, sawPackage } = scan(text);
  if (results.length === 0 && failures.length === 0) {
    throw new InputError(source, 'expected `go test -bench` output with result lines like "BenchmarkParse-8   1000000   1052 ns/op", found none');
  }
  const baseOf = gomaxprocs(results);
  const qualify = (name, pkg) => sawPackage && pkg !== void 0 ? `${name} (${pkg})` : name;
  const variants = /* @__PURE__ */ new Map();
  for (const r of results) {
    const key = `${r.pkg ?? ""}\0${baseOf.get(r)}`;
    const set = variants.get(key) ?? /* @__PURE__ */ new Set();
    set.add(r.procs);
    variants.set(key, set);
  }
  const series = /* @__PURE__ */ new Map();
  const panics = [];
  for (const r of results) {
    const base = baseOf.get(r);
    const several = variants.get(`${r.pkg ?? ""}\0${base}`).size > 1;
    const name = qualify(several ? r.printed : base, r.pkg);
    if (r.panic !== void 0) {
      panics.push({ name: base, pkg: r.pkg, message: `panic: ${r.panic}` });
      continue;
    }
    r.metrics.forEach(([value, unit], i) => {
      const seriesName = i === 0 ? name : `${name} - ${unit}`;
      const key = `${seriesName}\0${i === 0 ? "" : unit}`;
      let s = series.get(key);
      if (!s) {
        s = { name: seriesName, base, pkg: r.pkg, unit, samples: [], processes: [] };
        series.set(key, s);
      } else if (s.unit !== unit) {
        throw new InputError(source, `line ${r.line}: expected ${r.printed} in ${s.unit} as before, found ${unit}`);
      }
      if (!isComparable(value, unit)) {
        notes.push(`${source}: line ${r.line}: ${seriesName} is ${value} ${unit}, which cannot be compared as a ratio; left out`);
        return;
      }
      s.samples.push(value);
      s.processes.push(r.process);
    });
  }
  for (const [key, procs] of variants) {
    if (procs.size > 1) notes.push(`${source}: ${key.split("\0")[1]} ran under several GOMAXPROCS (-cpu): its variants keep Go's names, e.g. with "-2"`);
  }
  const failed = [...failures, ...panics].filter((f, _, all) => !all.some((g) => g.pkg === f.pkg && g.name.startsWith(`${f.name}/`)));
  for (const f of failed) {
    const hit = [...series.values()].filter((s) => s.pkg === f.pkg && s.base === f.name);
    if (hit.length === 0) {
      const name = qualify(f.name, f.pkg);
      series.set(`${name}\0error`, { name, base: f.name, pkg: f.pkg, unit: "ns/op", samples: [], processes: [], error: f.message });
    }
    for (const s of hit) s.error = f.message;
  }
  const kept = [...series.values()].filter((s) => s.samples.length > 0 || s.error !== void 0);
  return kept.map((s) => ({
    name: s.name,
    unit: s.unit,
    direction: directionOf(s.unit),
    samples: s.samples,
    ...s.samples.length > 0 ? { processes: s.processes } : {},
    ...s.error !== void 0 ? { error: s.error } : {}
  }));
}
function scan(text) {
  const lines = linesOf(text);
  const results = [];
  const failures = [];
  const headers = /* @__PURE__ */ new Map();
  let pkg;
  let sawPackage = false;
  let bare;
  const processOf = () => Math.max(0, (headers.get(pkg ?? "") ?? 0) - 1);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = raw.trim();
    if (line.startsWith("pkg:")) {
      pkg = line.slice(4).trim() || void 0;
      sawPackage ||= pkg !== void 0;
      headers.set(pkg ?? "", (headers.get(pkg ?? "") ?? 0) + 1);
      bare = void 0;
      continue;
    }
    if (line.startsWith("goos:") && !lines.slice(i + 1, i + 4).some((l) => l.trim().startsWith("pkg:"))) {
      headers.set("", (headers.get("") ?? 0) + 1);
      continue;
    }
    if (line.startsWith("panic: ")) {
      const frame = lines.slice(i + 1, i + 40).map((l) => /^(\S+)\.(Benchmark[^.(\s]*)[.(]/.exec(l.trim())).find((m) => m !== null);
      const previous = lines[i - 1]?.trim();
      const name = previous !== void 0 && /^Benchmark\S*$/.test(previous) ? previous : frame?.[2];
      if (name !== void 0) failures.push({ name, pkg: frame?.[1] ?? pkg, message: line });
      continue;
    }
    const fail = /^--- FAIL: (Benchmark\S*)/.exec(line);
    if (fail) {
      failures.push({ name: fail[1], pkg, message: failureMessage(lines, i) });
      continue;
    }
    const tokens = line.split(/\s+/);
    const first = tokens[0];
    if (!first.startsWith("Benchmark")) continue;
    if (tokens.length === 1) {
      bare = first;
      continue;
    }
    const procs = knownProcs(first, bare);
    const panic = /^Benchmark\S*\s+panic: (.*)$/.exec(line);
    if (panic) {
      results.push({ printed: first, pkg, process: processOf(), line: i + 1, procs, metrics: [], panic: panic[1] });
      continue;
    }
    if (tokens.length < 4 || tokens.length % 2 !== 0 || !/^\d+$/.test(tokens[1])) continue;
    const metrics = [];
    for (let t = 2; t < tokens.length; t += 2) {
      if (!NUMBER.test(tokens[t])) break;
      metrics.push([Number(tokens[t]), tokens[t + 1]]);
    }
    if (metrics.length !== (tokens.length - 2) / 2) continue;
    results.push({ printed: first, pkg, process: processOf(), line: i + 1, procs, metrics });
  }
  return { results, failures, sawPackage };
}
function knownProcs(printed, bare) {
  if (bare !== void 0) {
    if (printed === bare) return 1;
    const rest = printed.startsWith(`${bare}-`) ? printed.slice(bare.length + 1) : "";
    if (/^\d+$/.test(rest)) return Number(rest);
  }
  if (!printed.includes("/")) {
    const m = SUFFIX.exec(printed);
    return m ? Number(m[1]) : 1;
  }
  return void 0;
}
function gomaxprocs(results) {
  const suffixes = results.map((r) => SUFFIX.exec(r.printed)?.[1]);
  const uniform = suffixes.every((s) => s !== void 0 && s === suffixes[0]) ? Number(suffixes[0]) : void 0;
  const known = new Set(results.map((r) => r.procs).filter((p) => p !== void 0));
  const everyRunAbove1 = known.size > 0 && !known.has(1);
  const out = /* @__PURE__ */ new Map();
  results.forEach((r, i) => {
    if (r.procs === void 0) {
      const n = suffixes[i] === void 0 ? void 0 : Number(suffixes[i]);
      if (n !== void 0 && (n === uniform || everyRunAbove1 && known.has(n))) r.procs = n;
    }
    out.set(r, r.procs !== void 0 && r.procs !== 1 && r.printed.endsWith(`-${r.procs}`) ? r.printed.slice(0, -`-${r.procs}`.length) : r.printed);
  });
  return out;
}
function failureMessage(lines, at) {
  const indented = (l) => l !== void 0 && /^\s{4,}\S/.test(l) && !/^\s*--- /.test(l);
  const logs = [];
  for (let j = at + 1; indented(lines[j]) && logs.length < 10; j++) logs.push(lines[j].trim());
  if (logs.length === 0) for (let j = at - 1; indented(lines[j]) && logs.length < 10; j--) logs.unshift(lines[j].trim());
  return logs.length > 0 ? `--- FAIL: ${logs.join("\n")}` : "--- FAIL (go test printed no message)";
}

// src/results/import/googlecpp.ts
function looksLikeGoogleBenchmark(doc) {
  return isObject2(doc) && isObject2(doc.context) && Array.isArray(doc.benchmarks);
}
function parseGoogleBenchmark(text, source, notes = []) {
  const doc = parseJson(text, source);
  if (!isObject2(doc) || !Array.isArray(doc.benchmarks)) {
    throw new InputError(
      source,
      `benchmarks: expected Google Benchmark JSON with a "benchmarks" array, found ${isObject2(doc) ? describe(doc.benchmarks) : describe(doc)}`
    );
  }
  const byName = /* @__PURE__ */ new Map();
  const medians = /* @__PURE__ */ new Map();
  doc.benchmarks.forEach((entry, i) => {
    const at = `benchmarks[${i}]`;
    if (!isObject2(entry)) throw new InputError(source, `${at}: expected an object, found ${describe(entry)}`);
    const name = typeof entry.run_name === "string" && entry.run_name !== "" ? entry.run_name : entry.name;
    if (typeof name !== "string" || name === "") throw new InputError(source, `${at}.name: expected a non-empty string, found ${describe(entry.name)}`);
    const timeUnit = entry.time_unit ?? "ns";
    if (typeof timeUnit !== "string" || timeUnit === "")
      throw new InputError(source, `${at}.time_unit: expected a unit such as "ns", found ${describe(timeUnit)}`);
    const unit = `${timeUnit}/iter`;
    if (entry.run_type === "aggregate") {
      if (entry.aggregate_name === "median" && typeof entry.real_time === "number") medians.set(name, { value: entry.real_time, unit });
      return;
    }
    let result = byName.get(name);
    if (!result) {
      result = { name, unit, direction: "smaller", samples: [], processes: [] };
      byName.set(name, result);
    } else if (result.unit !== unit) {
      throw new InputError(
        source,
        `${at}.time_unit: expected ${describe(result.unit.replace("/iter", ""))} like the earlier repetitions of ${describe(name)}, found ${describe(timeUnit)}`
      );
    }
    if (entry.error_occurred === true) {
      result.error = typeof entry.error_message === "string" && entry.error_message !== "" ? entry.error_message : "the benchmark reported an error";
      return;
    }
    const time = entry.real_time;
    if (typeof time !== "number" || !Number.isFinite(time) || time < 0) {
      throw new InputError(source, `${at}.real_time: expected a positive number of ${timeUnit}, found ${describe(time)}`);
    }
    if (!isComparable(time, unit)) {
      notes.push(`${source}: ${at}: ${name} took 0 ${timeUnit}, too fast to time; left out`);
      return;
    }
    result.samples.push(time);
    result.processes.push(0);
  });
  for (const [name, median] of medians) {
    if (byName.has(name) || !isComparable(median.value, median.unit)) continue;
    byName.set(name, { name, unit: median.unit, direction: "smaller", samples: [median.value], processes: oneProcess(1) });
  }
  const results = [...byName.values()].filter((b) => b.samples.length > 0 || b.error !== void 0);
  if (results.length === 0) throw new InputError(source, "benchmarks: expected at least one benchmark run, found none");
  return results;
}

// src/results/import/hyperfine.ts
function looksLikeHyperfine(doc) {
  return isObject2(doc) && Array.isArray(doc.results) && doc.results.some((r) => isObject2(r) && typeof r.command === "string" && ("times" in r || "mean" in r));
}
function parseHyperfine(text, source, notes) {
  const doc = parseJson(text, source);
  if (!isObject2(doc) || !Array.isArray(doc.results)) {
    throw new InputError(
      source,
      `results: expected hyperfine --export-json output with a "results" array, found ${isObject2(doc) ? describe(doc.results) : describe(doc)}`
    );
  }
  if (doc.results.length === 0) throw new InputError(source, "results: expected at least one command, found an empty array");
  const names = new NameRegister(source);
  return doc.results.map((entry, i) => {
    const at = `results[${i}]`;
    if (!isObject2(entry)) throw new InputError(source, `${at}: expected an object, found ${describe(entry)}`);
    const name = stringField(source, entry, "command", `${at}.`);
    names.add(name, `${at}.command`);
    const times = entry.times;
    let samples;
    if (Array.isArray(times) && times.length > 0) {
      times.forEach((t, j) => {
        if (!isComparable(t, "s")) throw new InputError(source, `${at}.times[${j}]: expected a time in seconds above 0, found ${describe(t)}`);
      });
      samples = times;
    } else {
      if (!isComparable(entry.mean, "s")) throw new InputError(source, `${at}.mean: expected a time in seconds above 0, found ${describe(entry.mean)}`);
      notes.push(`${source}: ${at}: no "times" (an old hyperfine?); read the mean as the one sample`);
      samples = [entry.mean];
    }
    if (Array.isArray(entry.exit_codes)) {
      const failed = entry.exit_codes.filter((c) => c !== 0).length;
      if (failed > 0) notes.push(`${source}: ${name}: ${failed} of ${entry.exit_codes.length} runs exited with an error; their times are read like the others`);
    }
    return { name, unit: "s", direction: "smaller", samples, processes: processEach(samples.length) };
  });
}

// src/results/import/jmh.ts
function looksLikeJmh(doc) {
  return Array.isArray(doc) && doc.length > 0 && doc.every((e) => isObject2(e) && typeof e.benchmark === "string" && isObject2(e.primaryMetric));
}
function parseJmh(text, source, notes) {
  const doc = parseJson(text, source);
  if (!Array.isArray(doc)) throw new InputError(source, `expected JMH's -rf json output, an array of { benchmark, primaryMetric }, found ${describe(doc)}`);
  if (doc.length === 0) throw new InputError(source, "expected at least one JMH benchmark, found an empty array");
  const names = new NameRegister(source);
  return doc.map((entry, i) => {
    const at = `[${i}]`;
    if (!isObject2(entry)) throw new InputError(source, `${at}: expected a JMH benchmark result, found ${describe(entry)}`);
    const benchmark = stringField(source, entry, "benchmark", `${at}.`);
    const metric = entry.primaryMetric;
    if (!isObject2(metric)) throw new InputError(source, `${at}.primaryMetric: expected an object with score and scoreUnit, found ${describe(metric)}`);
    const unit = stringField(source, metric, "scoreUnit", `${at}.primaryMetric.`);
    const name = benchmark + (isObject2(entry.params) ? ` ( ${JSON.stringify(entry.params)} )` : "");
    names.add(name, at);
    const raw = metric.rawData;
    let samples = [];
    let processes = [];
    if (Array.isArray(raw) && raw.some((fork) => Array.isArray(fork) && fork.length > 0)) {
      raw.forEach((fork, f) => {
        if (!Array.isArray(fork)) throw new InputError(source, `${at}.primaryMetric.rawData[${f}]: expected the scores of one fork, found ${describe(fork)}`);
        fork.forEach((score, j) => {
          if (typeof score !== "number") throw new InputError(source, `${at}.primaryMetric.rawData[${f}][${j}]: expected a score, found ${describe(score)}`);
          samples.push(score);
          processes.push(f);
        });
      });
    } else {
      if (typeof metric.score !== "number") throw new InputError(source, `${at}.primaryMetric.score: expected a number, found ${describe(metric.score)}`);
      samples = [metric.score];
      processes = oneProcess(1);
    }
    const usable = samples.map((s) => isComparable(s, unit));
    if (usable.includes(false)) {
      notes.push(`${source}: ${at}: ${usable.filter((u) => !u).length} score(s) of ${name} at 0 or below left out`);
      samples = samples.filter((_, k) => usable[k]);
      processes = processes.filter((_, k) => usable[k]);
    }
    if (samples.length === 0) return { name, unit, direction: directionOf(unit), samples: [], error: "JMH reported no usable score" };
    return { name, unit, direction: directionOf(unit), samples, processes };
  });
}

// src/results/import/julia.ts
function looksLikeJulia(doc) {
  return Array.isArray(doc) && doc.length === 2 && isObject2(doc[0]) && "BenchmarkTools" in doc[0] && Array.isArray(doc[1]);
}
function parseJulia(text, source, notes) {
  const doc = parseJson(text, source);
  if (!looksLikeJulia(doc)) {
    throw new InputError(source, `expected BenchmarkTools JSON, [{ "Julia": \u2026, "BenchmarkTools": \u2026 }, [groups]], found ${describe(doc)}`);
  }
  const names = new NameRegister(source);
  const results = [];
  const visit = (entry, labels, path) => {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string" || !isObject2(entry[1])) {
      throw new InputError(source, `${path}: expected a tagged pair ["BenchmarkGroup" | "Trial" | "TrialEstimate", {\u2026}], found ${describe(entry)}`);
    }
    const [kind, body] = entry;
    if (kind === "BenchmarkGroup") {
      if (!isObject2(body.data)) throw new InputError(source, `${path}[1].data: expected an object of benchmarks, found ${describe(body.data)}`);
      for (const [key, child] of Object.entries(body.data)) visit(child, [...labels, key], `${path}[1].data[${JSON.stringify(key)}]`);
      return;
    }
    const name = labels.join("/");
    if (name === "") throw new InputError(source, `${path}: expected a BenchmarkGroup at the top, found a ${kind}`);
    names.add(name, path);
    let samples;
    if (kind === "TrialEstimate") {
      if (typeof body.time !== "number") throw new InputError(source, `${path}[1].time: expected a time in ns, found ${describe(body.time)}`);
      samples = [body.time];
    } else if (kind === "Trial") {
      const times = body.times;
      if (!Array.isArray(times) || times.length === 0 || times.some((t) => typeof t !== "number")) {
        throw new InputError(source, `${path}[1].times: expected the times of every evaluation in ns, found ${describe(times)}`);
      }
      samples = times;
    } else {
      throw new InputError(source, `${path}[0]: expected "BenchmarkGroup", "Trial" or "TrialEstimate", found ${describe(kind)}`);
    }
    const kept = samples.filter((t) => isComparable(t, "ns"));
    if (kept.length < samples.length) notes.push(`${source}: ${name}: ${samples.length - kept.length} time(s) of 0 ns or less left out`);
    if (kept.length === 0) return;
    results.push({ name, unit: "ns", direction: "smaller", samples: kept, processes: oneProcess(kept.length) });
  };
  doc[1].forEach((group, i) => visit(group, [], `[1][${i}]`));
  if (results.length === 0) throw new InputError(source, "expected at least one benchmark in the BenchmarkTools groups, found none");
  return results;
}

// src/results/import/k6.ts
var K6_SCENARIO = "k6";
var PERCENTILES = [
  ["med", "p50 latency"],
  ["p(90)", "p90 latency"],
  ["p(95)", "p95 latency"],
  ["p(99)", "p99 latency"],
  ["p(99.9)", "p99.9 latency"]
];
function isHandleSummaryData(metrics) {
  return Object.values(metrics).some((m) => isObject(m) && typeof m.type === "string" && isObject(m.values));
}
function numbers(source, path, value, skip) {
  const out = {};
  for (const [key, x] of Object.entries(value)) {
    if (skip.includes(key)) continue;
    if (typeof x !== "number" || !Number.isFinite(x)) throw new InputError(source, `${path}.${key}: expected a number, found ${describe(x)}`);
    out[key] = x;
  }
  return out;
}
function readSummaryExport(source, metrics) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, raw] of Object.entries(metrics.value)) {
    const path = metrics.at(name);
    const m = new Fields(source, path, raw);
    const values = numbers(source, path, m.value, ["thresholds"]);
    if (values.value !== void 0 && values.passes !== void 0 && values.rate === void 0) values.rate = values.value;
    const thresholds = Object.entries(m.object("thresholds", { optional: true })?.value ?? {}).map(([expression, failed]) => {
      if (typeof failed !== "boolean")
        throw new InputError(source, `${path}.thresholds[${JSON.stringify(expression)}]: expected true (failed) or false (passed), found ${describe(failed)}`);
      return { expression, passed: !failed };
    });
    out.set(name, { values, thresholds });
  }
  return out;
}
function readHandleSummary(source, metrics) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, raw] of Object.entries(metrics.value)) {
    const path = metrics.at(name);
    const m = new Fields(source, path, raw);
    const values = numbers(source, m.at("values"), m.object("values").value, []);
    const thresholds = Object.entries(m.object("thresholds", { optional: true })?.value ?? {}).map(([expression, result]) => {
      const ok = isObject(result) ? result.ok : void 0;
      if (typeof ok !== "boolean")
        throw new InputError(source, `${path}.thresholds[${JSON.stringify(expression)}].ok: expected true or false, found ${describe(ok)}`);
      return { expression, passed: ok };
    });
    out.set(name, { values, thresholds });
  }
  return out;
}
function metricsOf(text, source, shape) {
  const doc = new Fields(source, "", parseJson(text, source), 'a k6 summary (an object with "metrics")');
  if (!isObject(doc.value.metrics)) {
    throw new InputError(source, `metrics: expected k6 summary JSON with a "metrics" object, found ${describe(doc.value.metrics)}`);
  }
  const metrics = doc.object("metrics");
  const handleSummary = isHandleSummaryData(metrics.value);
  if (shape === "summary-export" && handleSummary) {
    throw new InputError(
      source,
      `metrics: expected --summary-export output, found handleSummary() data (metrics with "type" and "values") \u2014 ${setOption("tool", "k6-summary")}`
    );
  }
  if (shape === "handleSummary" && !handleSummary) {
    throw new InputError(
      source,
      `metrics: expected handleSummary() data (metrics with "type" and "values"), found none \u2014 is this --summary-export output? ${setOption("tool", "k6")}`
    );
  }
  if (shape === "summary-export") return { metrics: readSummaryExport(source, metrics) };
  const durationMs = doc.object("state", { optional: true })?.number("testRunDurationMs", { optional: true });
  return { metrics: readHandleSummary(source, metrics), ...durationMs !== void 0 ? { durationMs } : {} };
}
function observed(expression, values) {
  const match = /^\s*(avg|min|max|med|count|rate|value|p\(\s*\d+(?:\.\d+)?\s*\))\s*(?:<|>|=|!)/.exec(expression);
  if (!match) return void 0;
  const stat = match[1].replace(/\s+/g, "");
  return values[stat] ?? (stat === "value" ? values.rate : void 0);
}
function latencySummary2(trend, count) {
  const v = trend?.values;
  if (!v) return void 0;
  const n = v.count ?? count;
  const fields = [v.min, v.avg, v.med, v["p(90)"], v["p(95)"], v["p(99)"], v["p(99.9)"], v.max];
  if (n === void 0 || fields.some((x) => x === void 0)) return void 0;
  const [min, mean, p50, p90, p95, p99, p999, max] = fields;
  return { count: n, min, mean, p50, p90, p95, p99, p999, max };
}
function importK6(text, source, shape) {
  const { metrics, durationMs: stated } = metricsOf(text, source, shape);
  const latencyName = metrics.has("http_req_duration") ? "http_req_duration" : metrics.has("iteration_duration") ? "iteration_duration" : void 0;
  if (!latencyName) throw new InputError(source, "metrics.http_req_duration: expected the request (or iteration_duration) latency metric, found neither");
  const latency = metrics.get(latencyName);
  const requests = metrics.get("http_reqs")?.values;
  const iterations = metrics.get("iterations")?.values;
  const failed = metrics.get("http_req_failed")?.values;
  const name = K6_SCENARIO;
  const group = "k6";
  const benchmarks = defined([
    ...PERCENTILES.map(([stat, metric]) => figure(name, metric, "ms", "smaller", [latency.values[stat]], group)),
    requests?.rate !== void 0 ? figure(name, "throughput", "req/s", "bigger", [requests.rate], group) : figure(name, "throughput", "ops/s", "bigger", [iterations?.rate], group),
    failed?.rate !== void 0 ? figure(name, "error rate", "%", "smaller", [failed.rate * 100], group) : void 0
  ]);
  const count = iterations?.count ?? requests?.count ?? 0;
  const rate = iterations?.rate ?? requests?.rate ?? 0;
  const durationMs = stated ?? (rate > 0 ? count / rate * 1e3 : 0);
  const thresholds = [...metrics.entries()].flatMap(
    ([metric, m]) => m.thresholds.map((t) => {
      const value = observed(t.expression, m.values);
      return { metric, expression: t.expression, ...value !== void 0 ? { observed: value } : {}, passed: t.passed };
    })
  );
  const failedCount = Math.round(failed?.passes ?? 0);
  const summary = latencySummary2(latency, requests?.count);
  const vus = metrics.get("vus")?.values.max;
  const scenario = {
    name,
    group,
    executor: "k6",
    model: "closed",
    duration: durationMs,
    iterations: Math.round(count),
    throughput: rate,
    ...summary ? { latency: summary } : {},
    errors: { count: failedCount, rate: failed?.rate ?? 0, byKind: failedCount > 0 ? { http_req_failed: failedCount } : {} },
    dropped: Math.round(metrics.get("dropped_iterations")?.values.count ?? 0),
    ...vus !== void 0 ? { maxConcurrency: Math.round(vus) } : {},
    thresholds,
    windows: []
  };
  return { benchmarks, scenarios: [scenario] };
}
function parseK6SummaryExport(text, source) {
  return importK6(text, source, "summary-export");
}
function parseK6HandleSummary(text, source) {
  return importK6(text, source, "handleSummary");
}

// src/results/import/pytest.ts
var PYTEST_UNIT = "iter/sec";
function looksLikePytest(doc) {
  return isObject2(doc) && Array.isArray(doc.benchmarks) && (isObject2(doc.machine_info) || doc.benchmarks.some((b) => isObject2(b) && isObject2(b.stats) && "ops" in b.stats));
}
function parsePytest(text, source, notes = []) {
  const doc = parseJson(text, source);
  if (!isObject2(doc) || !Array.isArray(doc.benchmarks)) {
    throw new InputError(
      source,
      `benchmarks: expected pytest-benchmark JSON with a "benchmarks" array, found ${isObject2(doc) ? describe(doc.benchmarks) : describe(doc)}`
    );
  }
  if (doc.benchmarks.length === 0) throw new InputError(source, "benchmarks: expected at least one benchmark, found an empty array");
  const names = new NameRegister(source);
  return doc.benchmarks.map((entry, i) => {
    const at = `benchmarks[${i}]`;
    if (!isObject2(entry)) throw new InputError(source, `${at}: expected an object, found ${describe(entry)}`);
    const name = typeof entry.fullname === "string" && entry.fullname !== "" ? entry.fullname : entry.name;
    if (typeof name !== "string" || name === "") throw new InputError(source, `${at}.fullname: expected a non-empty string, found ${describe(entry.fullname)}`);
    names.add(name, `${at}.fullname`);
    const stats = entry.stats;
    if (!isObject2(stats)) throw new InputError(source, `${at}.stats: expected an object, found ${describe(stats)}`);
    const group = typeof entry.group === "string" && entry.group !== "" ? { group: entry.group } : {};
    const data = stats.data;
    const complete = Array.isArray(data) && data.length > 0 && data.length === stats.rounds && data.every((x) => typeof x === "number" && Number.isFinite(x) && x > 0);
    let samples;
    if (complete) {
      samples = data.map((seconds) => 1 / seconds);
    } else {
      const ops = stats.ops;
      if (typeof ops !== "number" || !Number.isFinite(ops) || ops <= 0) {
        throw new InputError(source, `${at}.stats.ops: expected a positive number of operations per second, found ${describe(ops)}`);
      }
      if (Array.isArray(data)) {
        notes.push(
          `${source}: ${at}.stats.data: ${data.length} round time(s) for ${describe(stats.rounds)} rounds, not all of them numbers above 0; read ops as the one sample`
        );
      }
      samples = [ops];
    }
    return { name, unit: PYTEST_UNIT, direction: "bigger", samples, processes: oneProcess(samples.length), ...group };
  });
}

// src/results/import/vitest.ts
function looksLikeVitest(doc) {
  return isObject2(doc) && Array.isArray(doc.files) && doc.files.some((f) => isObject2(f) && Array.isArray(f.groups));
}
function parseVitest(text, source, notes) {
  const doc = parseJson(text, source);
  if (!looksLikeVitest(doc)) {
    throw new InputError(
      source,
      `files: expected vitest bench --outputJson output with "files[].groups[].benchmarks", found ${isObject2(doc) ? describe(doc.files) : describe(doc)}`
    );
  }
  const names = new NameRegister(source);
  const results = [];
  arrayField(source, doc, "files", "", "an array of files").forEach((file, f) => {
    if (!isObject2(file)) throw new InputError(source, `files[${f}]: expected an object, found ${describe(file)}`);
    arrayField(source, file, "groups", `files[${f}].`, "an array of groups").forEach((group, g) => {
      const gat = `files[${f}].groups[${g}]`;
      if (!isObject2(group)) throw new InputError(source, `${gat}: expected an object, found ${describe(group)}`);
      const fullName = stringField(source, group, "fullName", `${gat}.`);
      arrayField(source, group, "benchmarks", `${gat}.`, "an array of benchmarks").forEach((bench, b) => {
        const at = `${gat}.benchmarks[${b}]`;
        if (!isObject2(bench)) throw new InputError(source, `${at}: expected an object, found ${describe(bench)}`);
        const name = `${fullName} > ${stringField(source, bench, "name", `${at}.`)}`;
        names.add(name, at);
        const raw = Array.isArray(bench.samples) ? bench.samples.filter((s) => isComparable(s, "ms")) : [];
        let samples;
        if (raw.length > 0) samples = raw;
        else if (isComparable(bench.median, "ms")) samples = [bench.median];
        else {
          notes.push(`${source}: ${at}: ${name} has no median above 0 ms (it did not run?); left out`);
          return;
        }
        results.push({ name, unit: "ms", direction: "smaller", samples, processes: oneProcess(samples.length), group: fullName });
      });
    });
  });
  if (results.length === 0) throw new InputError(source, "files: expected at least one benchmark, found none");
  return results;
}

// src/results/import/criterion.ts
var readdir = (...args) => __require("node:fs/promises").readdir(...args);
var readFile = (...args) => __require("node:fs/promises").readFile(...args);
var { join, relative } = __require("node:path");
var SKIPPED = /* @__PURE__ */ new Set(["report", "base", "change"]);
async function readCriterionFolder(folder, notes) {
  const found = [];
  const walk = async (dir, depth) => {
    const entries = await readdir(dir, { withFileTypes: true });
    if (entries.some((e) => e.isDirectory() && e.name === "new")) found.push(join(dir, "new"));
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory() && e.name !== "new" && !SKIPPED.has(e.name) && depth < 8) await walk(join(dir, e.name), depth + 1);
    }
  };
  await walk(folder, 0);
  if (found.length === 0) {
    throw new InputError(folder, "expected a Criterion.rs output folder (target/criterion) with <benchmark>/new/sample.json inside, found none");
  }
  const names = new NameRegister(folder);
  const results = [];
  for (const dir of found) {
    const samplePath = join(dir, "sample.json");
    const benchmarkPath = join(dir, "benchmark.json");
    const info = parseJson(await readText(benchmarkPath), benchmarkPath);
    const name = isObject2(info) && typeof info.full_id === "string" && info.full_id !== "" ? info.full_id : relative(folder, join(dir, "..")) || "benchmark";
    names.add(name, relative(folder, dir));
    results.push(criterionSamples(await readText(samplePath), samplePath, name, notes));
  }
  return results;
}
function criterionSamples(text, source, name, notes) {
  const doc = parseJson(text, source);
  if (!isObject2(doc) || !Array.isArray(doc.iters) || !Array.isArray(doc.times)) {
    throw new InputError(source, `expected Criterion's sample.json with "iters" and "times" arrays, found ${describe(doc)}`);
  }
  const { iters, times } = doc;
  if (iters.length !== times.length || iters.length === 0) {
    throw new InputError(source, `times: expected one time per entry of iters (${iters.length}), found ${times.length}`);
  }
  const samples = [];
  iters.forEach((n, i) => {
    const t = times[i];
    if (typeof n !== "number" || !(n > 0)) throw new InputError(source, `iters[${i}]: expected a positive number of iterations, found ${describe(n)}`);
    if (typeof t !== "number" || !Number.isFinite(t) || t < 0) throw new InputError(source, `times[${i}]: expected a time in ns, found ${describe(t)}`);
    if (t > 0) samples.push(t / n);
  });
  if (samples.length < iters.length) notes.push(`${source}: ${iters.length - samples.length} sample(s) of 0 ns left out`);
  if (samples.length === 0) return { name, unit: "ns/iter", direction: "smaller", samples: [], error: "Criterion measured no time above 0 ns" };
  return { name, unit: "ns/iter", direction: "smaller", samples, processes: oneProcess(samples.length) };
}
async function readText(path) {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw new InputError(path, `cannot read: ${err.code === "ENOENT" ? "file not found" : err.message}`, { cause: err });
  }
}

// src/results/import/index.ts
var IMPORTERS = {
  cargo: parseCargo,
  go: parseGo,
  benchmarkjs: parseBenchmarkJs,
  benchmarkluau: parseBenchmarkLuau,
  pytest: parsePytest,
  googlecpp: parseGoogleBenchmark,
  catch2: parseCatch2,
  julia: parseJulia,
  jmh: parseJmh,
  benchmarkdotnet: parseBenchmarkDotNet,
  customSmallerIsBetter: parseCustomSmallerIsBetter,
  customBiggerIsBetter: parseCustomBiggerIsBetter,
  hyperfine: parseHyperfine,
  vitest: parseVitest,
  k6: parseK6SummaryExport,
  "k6-summary": parseK6HandleSummary,
  autocannon: parseAutocannon,
  artillery: parseArtillery
};
function recognise(text) {
  const body = text.replace(/^\ufeff/, "").trim();
  if (body.startsWith("{") || body.startsWith("[")) {
    let doc;
    try {
      doc = JSON.parse(body);
    } catch {
      return void 0;
    }
    return recogniseJson(doc);
  }
  if (/^test .+ \.\.\. bench:\s+[0-9]/m.test(body)) return { tool: "cargo", why: 'lines "test \u2026 ... bench: \u2026 ns/iter"' };
  if (looksLikeGo(body)) return { tool: "go", why: 'lines "BenchmarkX-8  1000  123 ns/op"' };
  if (/^benchmark name\s+samples\s+iterations/m.test(body)) return { tool: "catch2", why: 'a table headed "benchmark name  samples  iterations"' };
  if (/ x [0-9][0-9,.]*\s+\S+\s+(±|\+-)[^%]+% \(\d+ runs? sampled\)/.test(body))
    return { tool: "benchmarkjs", why: 'lines "name x 1,234 ops/sec \xB11.00% (90 runs sampled)"' };
  if (/^SUCCESS:?\s+\S+\s+:\s+[0-9.]+\s*[a-zµμ]+\s+\+\/-/m.test(body)) return { tool: "benchmarkluau", why: 'lines "SUCCESS: name : 15.0ms +/- 0.6% on luau"' };
  return void 0;
}
function recogniseJson(doc) {
  if (isObject2(doc) && doc.format === "benchgate/results") return { tool: "benchgate", why: 'format "benchgate/results"' };
  if (looksLikeJulia(doc)) return { tool: "julia", why: "a BenchmarkTools version and benchmark groups" };
  if (looksLikeJmh(doc)) return { tool: "jmh", why: 'entries with "benchmark" and "primaryMetric"' };
  if (Array.isArray(doc) && doc.length > 0 && doc.every((e) => isObject2(e) && "name" in e && "unit" in e && ("value" in e || "samples" in e))) {
    return { tool: "customSmallerIsBetter", why: 'entries with "name", "unit" and "value"' };
  }
  if (!isObject2(doc)) return void 0;
  if (looksLikePytest(doc)) return { tool: "pytest", why: '"machine_info" and "benchmarks" with "stats"' };
  if (looksLikeGoogleBenchmark(doc)) return { tool: "googlecpp", why: '"context" and "benchmarks"' };
  if (looksLikeBenchmarkDotNet(doc)) return { tool: "benchmarkdotnet", why: '"Benchmarks" with "FullName" and "Statistics"' };
  if (looksLikeHyperfine(doc)) return { tool: "hyperfine", why: '"results" with "command" and "times"' };
  if (looksLikeVitest(doc)) return { tool: "vitest", why: '"files" with "groups" of benchmarks' };
  if (isObject2(doc.metrics) && (isObject2(doc.root_group) || isObject2(doc.state))) {
    const handleSummary = Object.values(doc.metrics).some((m) => isObject2(m) && typeof m.type === "string" && isObject2(m.values));
    return handleSummary ? { tool: "k6-summary", why: 'k6 metrics with "type" and "values"' } : { tool: "k6", why: 'k6 metrics and "root_group"' };
  }
  if (isObject2(doc.latency) && isObject2(doc.requests)) return { tool: "autocannon", why: '"latency" and "requests"' };
  if (isObject2(doc.aggregate) && (isObject2(doc.aggregate.counters) || isObject2(doc.aggregate.summaries) || isObject2(doc.aggregate.latency))) {
    return { tool: "artillery", why: 'an "aggregate" snapshot' };
  }
  return void 0;
}
function wrongToolHint(text, tool) {
  const found = recognise(text);
  if (!found || found.tool === tool) return "";
  if (found.tool === "customSmallerIsBetter") {
    if (tool === "customBiggerIsBetter") return "";
    return ` \u2014 this looks like github-action-benchmark's custom JSON: ${setOption("tool", "customSmallerIsBetter")} (or customBiggerIsBetter)`;
  }
  return ` \u2014 this looks like ${TOOL_DESCRIPTIONS[found.tool]}: ${setOption("tool", found.tool)}`;
}

// src/results/import/parse.ts
var { statSync } = __require("node:fs");
async function readImportedFile(path, tool, options) {
  if (tool === "criterion" || tool === "auto" && isFolder(path)) {
    const notes = [];
    try {
      const benchmarks = await readCriterionFolder(path, notes);
      if (tool === "auto")
        options.onNote?.(`${path}: read as ${TOOL_DESCRIPTIONS.criterion} (${optionValue("tool", "criterion")}): a folder with new/sample.json files`);
      return importedRun(benchmarks, "criterion", path, options);
    } catch (err) {
      if (err.code !== void 0) throw new InputError(path, readProblem(err), { cause: err });
      throw err;
    } finally {
      for (const note of notes) options.onNote?.(note);
    }
  }
  return parseResults(readResultsText(path), path, { ...options, tool });
}
function isFolder(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function parseResults(text, source, options = {}) {
  let tool = options.tool ?? "benchgate";
  if (tool === "auto") tool = autoFormat(text, source, options);
  if (tool === "benchgate") return validateResults(parseBenchgateJson(text, source), source);
  if (tool === "criterion") {
    throw new InputError(source, `is a file; ${optionValue("tool", "criterion")} reads the folder Criterion.rs writes (target/criterion)`);
  }
  const importer = IMPORTERS[tool];
  if (!importer) throw new UsageError(`tool: expected one of ${TOOL_FORMATS.join(", ")}, found ${JSON.stringify(tool)}`);
  const notes = [];
  let imported;
  try {
    imported = importer(text, source, notes);
  } catch (err) {
    throw withHint(err, text, tool);
  } finally {
    for (const note of notes) options.onNote?.(note);
  }
  return importedRun(imported, tool, source, options);
}
function importedRun(imported, tool, source, options) {
  const { benchmarks: found, scenarios } = Array.isArray(imported) ? { benchmarks: imported, scenarios: [] } : imported;
  const benchmarks = found.map((b) => options.direction ? { ...b, direction: options.direction } : b);
  const run = {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: options.suite ?? DEFAULT_SUITE,
    run: {
      id: options.id ?? newRunId(),
      ...options.commit !== void 0 ? { commit: options.commit } : {},
      ...options.branch !== void 0 ? { branch: options.branch } : {},
      time: options.time ?? (/* @__PURE__ */ new Date()).toISOString(),
      tool,
      env: options.env ?? currentEnvironment()
    },
    benchmarks,
    ...scenarios.length > 0 ? { scenarios } : {}
  };
  return validateResults(run, source);
}
function autoFormat(text, source, options) {
  const found = recognise(text);
  if (!found) {
    throw new InputError(
      source,
      `${optionValue("tool", "auto")}: the content matches none of the formats benchgate reads (${TOOL_FORMATS.filter((t) => t !== "auto").join(", ")}); name its format with ${optionName("tool")}`
    );
  }
  if (found.tool === "customSmallerIsBetter") {
    throw new InputError(
      source,
      `${optionValue("tool", "auto")}: this is github-action-benchmark's custom JSON, which does not say which way is better: ${setOption("tool", "customSmallerIsBetter")} or customBiggerIsBetter`
    );
  }
  options.onNote?.(`${source}: read as ${TOOL_DESCRIPTIONS[found.tool]} (${optionValue("tool", found.tool)}): ${found.why}`);
  return found.tool;
}
function withHint(err, text, tool) {
  if (!(err instanceof InputError) || err.message.includes(optionName("tool"))) return err;
  const hint = wrongToolHint(text, tool);
  return hint === "" ? err : new InputError(err.file, `${err.message.slice(err.file.length + 2)}${hint}`, { cause: err });
}
function parseBenchgateJson(text, source) {
  let doc;
  try {
    doc = parseJson(text, source);
  } catch (err) {
    throw withHint(err, text, "benchgate");
  }
  const format = typeof doc === "object" && doc !== null && !Array.isArray(doc) ? doc.format : doc;
  if (format !== RESULTS_FORMAT) {
    const hint = wrongToolHint(text, "benchgate");
    if (hint !== "")
      throw new InputError(source, `format: expected "${RESULTS_FORMAT}", found ${format === void 0 ? "no format field" : describe(format)}${hint}`);
  }
  return doc;
}
export {
  parseResults,
  readImportedFile
};
