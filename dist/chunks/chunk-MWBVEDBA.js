import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/config/tools.ts
var TOOL_FORMATS = [
  "benchgate",
  "auto",
  "cargo",
  "go",
  "benchmarkjs",
  "benchmarkluau",
  "pytest",
  "googlecpp",
  "catch2",
  "julia",
  "jmh",
  "benchmarkdotnet",
  "customSmallerIsBetter",
  "customBiggerIsBetter",
  "criterion",
  "hyperfine",
  "vitest",
  "k6",
  "k6-summary",
  "autocannon",
  "artillery"
];
var TOOL_DESCRIPTIONS = {
  benchgate: "benchgate's own results JSON",
  auto: "recognise the format from the content",
  cargo: "Rust `cargo bench` output (libtest, or Criterion with --output-format bencher)",
  go: "`go test -bench` output",
  benchmarkjs: "Benchmark.js console output",
  benchmarkluau: "Luau benchmark output",
  pytest: "pytest-benchmark --benchmark-json",
  googlecpp: "Google Benchmark --benchmark_format=json",
  catch2: "Catch2 v2 or v3 benchmark console output",
  julia: "Julia BenchmarkTools JSON (BenchmarkTools.save)",
  jmh: "JMH -rf json",
  benchmarkdotnet: "BenchmarkDotNet full JSON export",
  customSmallerIsBetter: "github-action-benchmark's custom JSON, smaller is better",
  customBiggerIsBetter: "github-action-benchmark's custom JSON, bigger is better",
  criterion: "Criterion.rs's target/criterion folder (sample.json per benchmark)",
  hyperfine: "hyperfine --export-json",
  vitest: "vitest bench --outputJson",
  k6: "k6 --summary-export JSON",
  "k6-summary": "k6 handleSummary() JSON",
  autocannon: "autocannon --json",
  artillery: "Artillery 2 JSON report"
};

export {
  TOOL_FORMATS,
  TOOL_DESCRIPTIONS
};
