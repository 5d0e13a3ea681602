// The formats benchgate reads, named as github-action-benchmark's `tool` input names them (its
// twelve, then the tools it does not read). The readers live in results/import/; their registry
// is typed against this list, so a name here without a reader (or a reader without a name) does
// not compile. action.yml, README and docs/formats.md list the same names (a test checks).
export const TOOL_FORMATS = [
  'benchgate',
  'auto',
  'cargo',
  'go',
  'benchmarkjs',
  'benchmarkluau',
  'pytest',
  'googlecpp',
  'catch2',
  'julia',
  'jmh',
  'benchmarkdotnet',
  'customSmallerIsBetter',
  'customBiggerIsBetter',
  'criterion',
  'hyperfine',
  'vitest',
  'k6',
  'k6-summary',
  'autocannon',
  'artillery',
] as const;

export type ToolFormat = (typeof TOOL_FORMATS)[number];

/** What each name reads, in a few words: for help texts and error hints. */
export const TOOL_DESCRIPTIONS: Record<ToolFormat, string> = {
  benchgate: "benchgate's own results JSON",
  auto: 'recognise the format from the content',
  cargo: 'Rust `cargo bench` output (libtest, or Criterion with --output-format bencher)',
  go: '`go test -bench` output',
  benchmarkjs: 'Benchmark.js console output',
  benchmarkluau: 'Luau benchmark output',
  pytest: 'pytest-benchmark --benchmark-json',
  googlecpp: 'Google Benchmark --benchmark_format=json',
  catch2: 'Catch2 v2 or v3 benchmark console output',
  julia: 'Julia BenchmarkTools JSON (BenchmarkTools.save)',
  jmh: 'JMH -rf json',
  benchmarkdotnet: 'BenchmarkDotNet full JSON export',
  customSmallerIsBetter: "github-action-benchmark's custom JSON, smaller is better",
  customBiggerIsBetter: "github-action-benchmark's custom JSON, bigger is better",
  criterion: "Criterion.rs's target/criterion folder (sample.json per benchmark)",
  hyperfine: 'hyperfine --export-json',
  vitest: 'vitest bench --outputJson',
  k6: 'k6 --summary-export JSON',
  'k6-summary': 'k6 handleSummary() JSON',
  autocannon: 'autocannon --json',
  artillery: 'Artillery 2 JSON report',
};
