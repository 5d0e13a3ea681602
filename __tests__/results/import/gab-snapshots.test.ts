// Every published github-action-benchmark fixture, read by benchgate, against what
// github-action-benchmark itself reads from it: the names, values and units below are copied from
// its test snapshots (test/__snapshots__/extract.spec.ts.snap, benchmark-action/github-action-benchmark
// at a0b2d9e18fd35ccd1e856f0e186692b5d5eba39a), and its directions from its biggerIsBetter(tool).
// Where benchgate reads raw samples, their mean (jmh, benchmarkdotnet: the tools' own score is the
// mean of those samples) must give the snapshot's value. Every difference is listed, with its reason.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { ToolFormat } from '../../../src/config/tools.ts';
import { parseResults } from '../../../src/results/import/parse.ts';
import type { BenchmarkResult } from '../../../src/results/model.ts';

type Expected = [name: string, value: number, unit: string];

interface Case {
  file: string;
  tool: ToolFormat;
  /** github-action-benchmark's parse, from its snapshot. */
  gab: Expected[];
  /** github-action-benchmark's biggerIsBetter(tool). */
  gabBigger: boolean;
  /** Where benchgate reads it differently on purpose: the name or direction it gives instead, and why. */
  differs?: Record<string, { name?: string; direction?: 'smaller' | 'bigger'; leftOut?: true; why: string }>;
}

const CASES: Case[] = [
  {
    file: 'benchmarkdotnet.json',
    tool: 'benchmarkdotnet',
    gab: [
      ['Sample.Benchmarks.Fib10', 24.4202085009643, 'ns'],
      ['Sample.Benchmarks.Fib20', 51.52008151549559, 'ns'],
    ],
    gabBigger: false,
  },
  {
    file: 'benchmarkjs_output.txt',
    tool: 'benchmarkjs',
    gab: [
      ['fib(10)', 1431759, 'ops/sec'],
      ['fib(20)', 12146, 'ops/sec'],
      ['createObjectBuffer with 200 comments', 81.61, 'ops/sec'],
    ],
    gabBigger: true,
  },
  {
    file: 'benchmarkluau_output.txt',
    tool: 'benchmarkluau',
    gab: [
      ['base64', 15.041, 'ms'],
      ['chess', 69.56, 'ms'],
      ['life', 85.089, 'ms'],
    ],
    gabBigger: false,
  },
  {
    file: 'cargo_output.txt',
    tool: 'cargo',
    gab: [
      ['bench_fib_10', 135, 'ns/iter'],
      ['bench_fib_20', 18149, 'ns/iter'],
    ],
    gabBigger: false,
  },
  {
    file: 'cargo_output_units.txt',
    tool: 'cargo',
    gab: [
      ['cmov', 2835, 'cycles/iter'],
      ['cmov2', 2845, 'cycles/iter'],
      ['mov', 1508, 'cycles/iter'],
      ['upload', 1911, 'MS/s'],
      ['download', 9001, 'MS/s'],
    ],
    gabBigger: false,
    differs: {
      upload: { direction: 'bigger', why: 'a rate (mega-samples per second) is better big' },
      download: { direction: 'bigger', why: 'a rate (mega-samples per second) is better big' },
    },
  },
  {
    file: 'criterion_output.txt',
    tool: 'cargo',
    gab: [
      ['Create Realm', 329, 'ns/iter'],
      ['Symbols (Execution)', 3268, 'ns/iter'],
      ['For loop (Execution)', 12314, 'ns/iter'],
      ['Fibonacci (Execution)', 1672496, 'ns/iter'],
    ],
    gabBigger: false,
  },
  {
    file: 'catch2_output_v3.txt',
    tool: 'catch2',
    gab: [
      ['Fibonacci 10', 344, 'ns'],
      ['Fibonacci 20', 41.731, 'us'],
      ['Fibonacci~ 5!', 36, 'ns'],
      ['Fibonacci-15_bench', 3.789, 'us'],
    ],
    gabBigger: false,
  },
  {
    file: 'catch2_issue16_output.txt',
    tool: 'catch2',
    gab: [
      ['Fibonacci 10', 0, 'ns'],
      ['Fibonacci 20', 1, 'ns'],
    ],
    gabBigger: false,
    differs: { 'Fibonacci 10': { leftOut: true, why: 'a mean of 0 ns is a clock too coarse, not a time; a note says it was left out' } },
  },
  {
    file: 'customBiggerIsBetter_output.json',
    tool: 'customBiggerIsBetter',
    gab: [
      ['My Custom Bigger Is Better Benchmark - Throughput', 70, 'req/s'],
      ['My Custom Bigger Is Better Benchmark - Free Memory', 150, 'Megabytes'],
    ],
    gabBigger: true,
  },
  {
    file: 'customSmallerIsBetter_output.json',
    tool: 'customSmallerIsBetter',
    gab: [
      ['My Custom Smaller Is Better Benchmark - CPU Load', 50, 'Percent'],
      ['My Custom Smaller Is Better Benchmark - Memory Used', 100, 'Megabytes'],
    ],
    gabBigger: false,
  },
  {
    // github-action-benchmark also repeats the first metric as "<name> - ns/op", with the same value,
    // and gives the plain name a unit made of the whole rest of the line; benchgate keeps one of each.
    file: 'go_fiber_output.txt',
    tool: 'go',
    gab: [
      ['Benchmark_Ctx_Accepts/run-[]string{".xml"}', 247.6, 'ns/op'],
      ['Benchmark_Ctx_Accepts/run-[]string{".xml"} - B/op', 0, 'B/op'],
      ['Benchmark_Ctx_Accepts/run-[]string{".xml"} - allocs/op', 0, 'allocs/op'],
      ['Benchmark_Ctx_Accepts/run-[]string{"json",_"xml"}', 307.1, 'ns/op'],
      ['Benchmark_Ctx_Accepts/run-[]string{"json",_"xml"} - B/op', 0, 'B/op'],
      ['Benchmark_Ctx_Accepts/run-[]string{"json",_"xml"} - allocs/op', 0, 'allocs/op'],
      ['Benchmark_Ctx_Accepts/run-[]string{"application/json",_"application/xml"}', 316.1, 'ns/op'],
      ['Benchmark_Ctx_Accepts/run-[]string{"application/json",_"application/xml"} - B/op', 0, 'B/op'],
      ['Benchmark_Ctx_Accepts/run-[]string{"application/json",_"application/xml"} - allocs/op', 0, 'allocs/op'],
      ['Benchmark_Utils_GetOffer/mime_extension#01', 390.7, 'ns/op'],
      ['Benchmark_Utils_GetOffer/mime_extension#01 - B/op', 48, 'B/op'],
      ['Benchmark_Utils_GetOffer/mime_extension#01 - allocs/op', 2, 'allocs/op'],
      ['Benchmark_Utils_GetOffer/mime_extension#02', 602.1, 'ns/op'],
      ['Benchmark_Utils_GetOffer/mime_extension#02 - B/op', 48, 'B/op'],
      ['Benchmark_Utils_GetOffer/mime_extension#02 - allocs/op', 2, 'allocs/op'],
      ['Benchmark_Utils_GetOffer/mime_extension#03', 286.3, 'ns/op'],
      ['Benchmark_Utils_GetOffer/mime_extension#03 - B/op', 0, 'B/op'],
      ['Benchmark_Utils_GetOffer/mime_extension#03 - allocs/op', 0, 'allocs/op'],
    ],
    gabBigger: false,
  },
  {
    file: 'go_output.txt',
    tool: 'go',
    gab: [
      ['BenchmarkFib10', 325, 'ns/op'],
      ['BenchmarkFib20', 40537.123, 'ns/op'],
      ['BenchmarkFib/my_tabled_benchmark_-_10', 325, 'ns/op'],
      ['BenchmarkFib/my_tabled_benchmark_-_20', 40537.123, 'ns/op'],
      ['BenchmarkFib/my/tabled/benchmark_-_20', 40537.456, 'ns/op'],
      ['BenchmarkFib/my/tabled/benchmark_-_20,var1=13,var2=14', 40537.456, 'ns/op'],
      ['BenchmarkFib11', 262.7, 'ns/op'],
      ['BenchmarkFib11 - auxMetricUnits', 3, 'auxMetricUnits'],
      ['BenchmarkFib22', 31915, 'ns/op'],
      ['BenchmarkFib22 - auxMetricUnits', 4, 'auxMetricUnits'],
    ],
    gabBigger: false,
    differs: {
      'BenchmarkFib/my_tabled_benchmark_-_10': {
        name: 'BenchmarkFib/my_tabled_benchmark_-_10-8',
        why: 'the file mixes GOMAXPROCS 1, 8 and 16 (BenchmarkFib20 has no suffix), so the -8 of a sub-benchmark may be its own name',
      },
    },
  },
  {
    file: 'googlecpp_output.json',
    tool: 'googlecpp',
    gab: [
      ['fib_10', 214.98980114547953, 'ns/iter'],
      ['fib_20', 27455.600415007055, 'ns/iter'],
    ],
    gabBigger: false,
  },
  {
    file: 'jmh_output.json',
    tool: 'jmh',
    gab: [['org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere', 3376238873.1228185, 'ops/s']],
    gabBigger: false,
    differs: {
      'org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere': { direction: 'bigger', why: 'a throughput (ops/s) is better big' },
    },
  },
  {
    file: 'julia_output.json',
    tool: 'julia',
    gab: [
      ['fib/10', 246.03846153846155, 'ns'],
      ['fib/20', 31028, 'ns'],
    ],
    gabBigger: false,
  },
  {
    file: 'pytest_output.json',
    tool: 'pytest',
    gab: [
      ['bench.py::test_fib_10', 41513.272817492856, 'iter/sec'],
      ['bench.py::test_fib_20', 335.0049328331567, 'iter/sec'],
    ],
    gabBigger: true,
  },
];

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/tool-outputs/${name}`, import.meta.url), 'utf8');
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function valueOf(b: BenchmarkResult): number {
  return b.samples.length === 1 ? b.samples[0]! : mean(b.samples);
}

for (const c of CASES) {
  test(`reads ${c.file} with --tool ${c.tool} as github-action-benchmark does`, () => {
    const notes: string[] = [];
    const run = parseResults(fixture(c.file), c.file, { tool: c.tool, onNote: (n) => notes.push(n) });
    const expected = c.gab.filter(([name]) => !c.differs?.[name]?.leftOut);
    assert.equal(run.benchmarks.length, expected.length, run.benchmarks.map((b) => b.name).join(', '));
    expected.forEach(([name, value, unit], i) => {
      const b = run.benchmarks[i]!;
      const differs = c.differs?.[name];
      assert.equal(b.name, differs?.name ?? name);
      assert.equal(b.unit, unit, name);
      assert.ok(Math.abs(valueOf(b) - value) <= 1e-9 * Math.abs(value), `${name}: ${valueOf(b)} vs ${value}`);
      assert.equal(b.direction, differs?.direction ?? (c.gabBigger ? 'bigger' : 'smaller'), name);
      assert.equal(b.error, undefined);
    });
    for (const [name, d] of Object.entries(c.differs ?? {})) {
      if (d.leftOut)
        assert.ok(
          notes.some((n) => n.includes(name) && n.includes('left out')),
          notes.join('\n'),
        );
    }
  });
}
