import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  parseChoice,
  parseDuration,
  parseFraction,
  parseName,
  parseNumber,
  parseRegExp
} from "./chunk-KCTCYQHO.js";
import {
  DEFAULT_COMPARE_OPTIONS,
  MAX_WINDOW,
  MIN_HISTORY_RUNS
} from "./chunk-4OGZUK54.js";
import {
  TOOL_FORMATS
} from "./chunk-MWBVEDBA.js";
import {
  UsageError
} from "./chunk-WQC4CHKN.js";

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
    shown: "default",
    action: "Name of the suite. Several suites can live in one repository, each with its own baseline and comment.",
    default: "default",
    parse: parseName,
    description: "Name of the suite, so several suites can keep separate baselines in one store."
  }),
  option({
    key: "benchmarks",
    name: "benchmarks",
    shown: "benchmarks",
    action: "Folder searched for micro-benchmark files (*.bench.ts, .js, .mjs) and load scenario files (*.load.ts, .js, .mjs) when benchgate runs the suite.",
    default: "benchmarks",
    parse: (o, v) => parseText(o, v),
    description: "Folder searched for micro-benchmark files (*.bench.ts, .js, .mjs) and load scenario files (*.load.ts, .js, .mjs)."
  }),
  option({
    key: "store",
    name: "store",
    action: false,
    default: ".benchgate",
    parse: (o, v) => parseText(o, v),
    description: "Folder of the local baseline store."
  }),
  option({
    key: "retain",
    name: "retain",
    shown: "50",
    action: "Runs kept per suite and branch; older runs are pruned (their summaries stay in the trend history).",
    default: 50,
    parse: (o, v) => parseNumber(o, v, { min: 1, max: 1e4, integer: true }),
    description: "Runs kept per suite and branch in the store; older ones are pruned."
  }),
  option({
    key: "samples",
    name: "samples",
    shown: "10",
    action: "Samples per benchmark.",
    default: 10,
    parse: (o, v) => parseNumber(o, v, { min: 2, max: 1e4, integer: true }),
    description: "Samples per benchmark (one sample = the mean time per operation over one round)."
  }),
  option({
    key: "processes",
    name: "processes",
    shown: "2",
    action: "Separate processes the samples are spread over.",
    default: 2,
    parse: (o, v) => parseNumber(o, v, { min: 1, max: 100, integer: true }),
    description: "Separate processes the samples are spread over, so one process's luck is not the whole story."
  }),
  option({
    key: "roundTime",
    name: "round-time",
    shown: "100ms",
    action: "Length of one round (one sample) of one benchmark, such as 100ms.",
    default: 100,
    parse: (o, v) => parseDuration(o, v, { min: 1, max: 6e5 }),
    description: "Length of one round (one sample) of one benchmark."
  }),
  option({
    key: "timeout",
    name: "timeout",
    shown: "30s",
    action: "A round that takes longer than this is stopped and its benchmark reported as failed.",
    default: 3e4,
    parse: (o, v) => parseDuration(o, v, { min: 10 }),
    description: "A round that takes longer than this is stopped and the benchmark reported as an error."
  }),
  option({
    key: "warmup",
    name: "warmup",
    shown: "250ms",
    action: "Warm-up of each benchmark in each process before its first sample.",
    default: 250,
    parse: (o, v) => parseDuration(o, v, { min: 0, max: 6e5 }),
    description: "Warm-up of each benchmark in each process before its first sample, so the JIT has settled."
  }),
  option({
    key: "filter",
    name: "filter",
    shown: "",
    action: "Run only benchmarks whose name matches this regular expression.",
    default: void 0,
    defaultText: "all",
    parse: parseRegExp,
    description: "Run only benchmarks whose name matches this regular expression."
  }),
  option({
    key: "measure",
    name: "measure",
    shown: "time",
    action: "What a sample is: time (wall-clock time per operation) or instructions (CPU instructions per operation, counted under valgrind; Linux only, installed with apt-get when missing; repeatable enough for a 1% threshold, see docs/instructions.md).",
    default: "time",
    parse: (o, v) => parseChoice(o, v, MEASURES),
    description: "What a sample is: time (wall-clock time per operation) or instructions (CPU instructions per operation, counted under valgrind on Linux; repeatable to a few parts per million, see docs/instructions.md)."
  }),
  option({
    key: "threshold",
    name: "threshold",
    shown: "5%",
    action: "Smallest change worth failing for, such as 5%. Smaller significant changes are reported but never fail the check.",
    default: DEFAULT_COMPARE_OPTIONS.threshold,
    parse: (o, v) => parseFraction(o, v, { min: 0, max: 10 }),
    description: "Smallest change worth failing for (0.05 or 5%). Smaller significant changes are reported, never gated."
  }),
  option({
    key: "alpha",
    name: "alpha",
    shown: "0.05",
    action: "Significance level after correction for testing many benchmarks at once.",
    default: DEFAULT_COMPARE_OPTIONS.alpha,
    parse: (o, v) => parseFraction(o, v, { min: 1e-9, max: 0.5 }),
    description: "Significance level after correction for testing many benchmarks at once."
  }),
  option({
    key: "correction",
    name: "correction",
    shown: "holm",
    action: "Multiple-comparison correction: holm, bh or none.",
    default: DEFAULT_COMPARE_OPTIONS.correction,
    parse: (o, v) => parseChoice(o, v, CORRECTIONS),
    description: "Multiple-comparison correction: holm (family-wise), bh (false discovery rate) or none."
  }),
  option({
    key: "confidence",
    name: "confidence",
    shown: "0.95",
    action: "Confidence level of the intervals shown.",
    default: DEFAULT_COMPARE_OPTIONS.confidence,
    parse: (o, v) => parseFraction(o, v, { min: 0.5, max: 0.9999 }),
    description: "Confidence level of the intervals shown for each change."
  }),
  option({
    key: "minSamples",
    name: "min-samples",
    shown: "5",
    action: "Fewer samples than this on either side makes a benchmark inconclusive.",
    default: DEFAULT_COMPARE_OPTIONS.minSamples,
    parse: (o, v) => parseNumber(o, v, { min: 2, max: 1e4, integer: true }),
    description: "Fewer samples than this on either side makes a benchmark inconclusive."
  }),
  option({
    key: "runNoise",
    name: "run-noise",
    shown: "5%",
    action: "Assumed run-to-run spread of one benchmark against the rest of its suite, until 3 stored runs teach it.",
    default: DEFAULT_COMPARE_OPTIONS.defaultRunNoise,
    parse: (o, v) => parseFraction(o, v, { min: 0, max: 1 }),
    description: "Assumed run-to-run spread of one benchmark against the rest of its suite, until 3 stored runs teach it."
  }),
  option({
    key: "commonNoise",
    name: "common-noise",
    shown: "40%",
    action: "Assumed run-to-run spread of a whole run (every benchmark at once), until 10 stored runs teach it.",
    default: DEFAULT_COMPARE_OPTIONS.defaultCommonNoise,
    parse: (o, v) => parseFraction(o, v, { min: 0, max: 10 }),
    description: "Assumed run-to-run spread of a whole run (every benchmark at once), until 10 stored runs teach it."
  }),
  option({
    key: "window",
    name: "window",
    action: `Newest stored runs of the baseline branch that make the reference a benchmark is judged against, once ${MIN_HISTORY_RUNS} of them have it (at most ${MAX_WINDOW}; below ${MIN_HISTORY_RUNS} turns the history reference off).`,
    default: DEFAULT_COMPARE_OPTIONS.window,
    parse: (o, v) => parseNumber(o, v, { min: 2, max: MAX_WINDOW, integer: true }),
    description: `Newest stored runs of the baseline branch that make the reference a benchmark is judged against, once ${MIN_HISTORY_RUNS} of them have it (at most ${MAX_WINDOW}; below ${MIN_HISTORY_RUNS} turns the history reference off).`
  }),
  option({
    key: "failOn",
    name: "fail-on",
    shown: "regression",
    action: "regression: fail the check on a regression or a failed benchmark; never: report only.",
    default: "regression",
    parse: (o, v) => parseChoice(o, v, FAIL_ON),
    description: "regression: exit 1 when a regression (or a failed benchmark) is found; never: always exit 0."
  }),
  option({
    key: "format",
    name: "format",
    action: false,
    default: "terminal",
    parse: (o, v) => parseChoice(o, v, REPORT_FORMATS),
    description: "Report format: terminal, markdown or json."
  }),
  option({
    key: "tool",
    name: "tool",
    shown: "benchgate",
    action: "Format of `results`: benchgate; auto (recognised from the content); github-action-benchmark's names cargo, go, benchmarkjs, benchmarkluau, pytest, googlecpp, catch2, julia, jmh, benchmarkdotnet, customSmallerIsBetter, customBiggerIsBetter; criterion (the target/criterion folder), hyperfine (--export-json), vitest (vitest bench --outputJson); k6 (--summary-export JSON), k6-summary (handleSummary JSON), autocannon (--json), artillery (JSON report). docs/formats.md says what each reads.",
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

export {
  OPTIONS,
  resolveConfig
};
