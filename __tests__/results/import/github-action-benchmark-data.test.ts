// github-action-benchmark's data.js. The fixture is the sample from that project's test data
// (MIT), copied from ../shared/fixtures/tool-outputs; larger files are built here in its shape.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../../src/errors.ts';
import { parseGithubActionBenchmarkData } from '../../../src/results/import/github-action-benchmark-data.ts';

const sample = readFileSync(new URL('../../fixtures/tool-outputs/github-action-benchmark-data.js', import.meta.url), 'utf8');

function dataJs(entries: Record<string, unknown[]>): string {
  return `window.BENCHMARK_DATA = ${JSON.stringify({ lastUpdate: 1700000000000, repoUrl: 'https://github.com/o/r', entries }, null, 2)}`;
}

function entry(i: number, tool: string, benches: unknown[], extra: Record<string, unknown> = {}): unknown {
  return {
    commit: {
      author: { email: 'a@example.com', name: 'A', username: 'a' },
      id: i.toString(16).padStart(40, 'a'),
      message: `commit ${i}`,
      timestamp: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
      url: `https://github.com/o/r/commit/${i}`,
    },
    date: Date.UTC(2024, 0, 1) + i * 3_600_000 + 60_000,
    tool,
    benches,
    ...extra,
  };
}

test("reads the sample data.js of github-action-benchmark's tests: one suite, one run of single values", () => {
  const history = parseGithubActionBenchmarkData(sample, 'data.js');
  assert.equal(history.repoUrl, 'https://github.com/user/repo');
  assert.equal(history.suites.length, 1);
  const [suite] = history.suites;
  assert.equal(suite!.name, 'Test benchmark');
  assert.equal(suite!.suite, 'Test-benchmark');
  assert.equal(suite!.runs.length, 1);
  const run = suite!.runs[0]!;
  assert.equal(run.run.commit, 'prev commit id');
  assert.equal(run.run.time, new Date(1574927127603).toISOString());
  assert.equal(run.run.tool, 'cargo');
  assert.deepEqual(
    run.benchmarks.map((b) => [b.name, b.unit, b.direction, b.samples]),
    [['bench_fib_10', 'ns/iter', 'smaller', [100]]],
  );
});

test("directions follow github-action-benchmark's biggerIsBetter by tool; an unknown tool goes by the unit", () => {
  const history = parseGithubActionBenchmarkData(
    dataJs({
      py: [entry(1, 'pytest', [{ name: 'fib', value: 1234.5, unit: 'iter/sec', range: 'stddev: 0.1' }])],
      js: [entry(2, 'benchmarkjs', [{ name: 'fib', value: 99, unit: 'ops/sec', range: '±1%' }])],
      go: [entry(3, 'go', [{ name: 'BenchmarkFib', value: 320, unit: 'ns/op', extra: '3000000 times' }])],
      jmh: [entry(4, 'jmh', [{ name: 'fib', value: 5, unit: 'ops/s' }])],
      hyperfine: [
        entry(5, 'hyperfine', [
          { name: 'throughput', value: 10, unit: 'req/s' },
          { name: 'wall', value: 1.5, unit: 's' },
        ]),
      ],
    }),
    'data.js',
  );
  const direction = (suite: string, name: string) => history.suites.find((s) => s.name === suite)!.runs[0]!.benchmarks.find((b) => b.name === name)!.direction;
  assert.equal(direction('py', 'fib'), 'bigger');
  assert.equal(direction('js', 'fib'), 'bigger');
  assert.equal(direction('go', 'BenchmarkFib'), 'smaller');
  assert.equal(direction('jmh', 'fib'), 'smaller', 'github-action-benchmark treats every jmh result as smaller-is-better');
  assert.equal(direction('hyperfine', 'throughput'), 'bigger');
  assert.equal(direction('hyperfine', 'wall'), 'smaller');
  assert.match(history.suites.find((s) => s.name === 'hyperfine')!.notes.join('\n'), /tool "hyperfine" is not one github-action-benchmark knows/);
});

test('every run keeps its commit and time, oldest first; ids are the same on every import', () => {
  const entries = [entry(3, 'go', [{ name: 'a', value: 3, unit: 'ns/op' }]), entry(1, 'go', [{ name: 'a', value: 1, unit: 'ns/op' }])];
  const once = parseGithubActionBenchmarkData(dataJs({ s: entries }), 'data.js').suites[0]!.runs;
  assert.deepEqual(
    once.map((r) => r.benchmarks[0]!.samples[0]),
    [1, 3],
  );
  assert.equal(once[0]!.run.commit, (1).toString(16).padStart(40, 'a'));
  const again = parseGithubActionBenchmarkData(dataJs({ s: [...entries].reverse() }), 'data.js').suites[0]!.runs;
  assert.deepEqual(
    again.map((r) => r.run.id),
    once.map((r) => r.run.id),
  );
  assert.notEqual(once[0]!.run.id, once[1]!.run.id);
});

test('a unit that changes is converted to the first one as github-action-benchmark does; zero and duplicate names are noted', () => {
  const history = parseGithubActionBenchmarkData(
    dataJs({
      s: [
        entry(1, 'cargo', [{ name: 'parse', value: 1500, unit: 'ns/iter' }]),
        entry(2, 'cargo', [
          { name: 'parse', value: 1.6, unit: 'us/iter' },
          { name: 'parse', value: 99, unit: 'us/iter' },
        ]),
        entry(3, 'cargo', [
          { name: 'parse', value: 0, unit: 'ns/iter' },
          { name: 'new', value: 1, unit: 'bytes' },
        ]),
      ],
    }),
    'data.js',
  );
  const [suite] = history.suites;
  const parse = suite!.runs.map((r) => r.benchmarks.find((b) => b.name === 'parse')!);
  assert.deepEqual(
    parse.map((b) => [b.unit, b.samples]),
    [
      ['ns/iter', [1500]],
      ['ns/iter', [1600]],
      ['ns/iter', []],
    ],
  );
  assert.match(parse[2]!.error!, /recorded 0, which cannot be compared as a ratio/);
  assert.deepEqual(suite!.notes, [
    '1 benchmark result left out: the same name twice in one run (the first was kept)',
    '1 value of 0 or below kept as failed results: benchgate compares ratios',
    '1 value converted to the unit the benchmark first had, as github-action-benchmark does',
  ]);
});

test('a suite name benchgate cannot keep is kept with dashes; the plain JSON of external-data-json-path reads too', () => {
  const json = JSON.stringify({ entries: { 'Rust / criterion (nightly)': [entry(1, 'cargo', [{ name: 'a', value: 1, unit: 'ns/iter' }])] } });
  const [suite] = parseGithubActionBenchmarkData(json, 'benchmark-data.json').suites;
  assert.equal(suite!.suite, 'Rust-criterion-nightly');
  assert.match(suite!.notes[0]!, /kept as suite "Rust-criterion-nightly"/);
  assert.throws(
    () => parseGithubActionBenchmarkData(JSON.stringify({ entries: { 'a b': [], 'a/b': [] } }), 'x.json'),
    /entries\["a b"\] and entries\["a\/b"\] would both be kept as suite "a-b"/,
  );
});

test('untrusted text stays data: a commit message with script is a string, and JavaScript is never run', () => {
  const hostile = dataJs({
    s: [entry(1, 'go', [{ name: '<img src=x onerror=alert(1)>', value: 1, unit: 'ns/op' }], { commit: { id: 'abc', message: '"); process.exit(7); ("' } })],
  });
  const [suite] = parseGithubActionBenchmarkData(hostile, 'data.js').suites;
  assert.equal(suite!.runs[0]!.benchmarks[0]!.name, '<img src=x onerror=alert(1)>');

  const code = 'window.BENCHMARK_DATA = (() => { globalThis.ran = true; return { entries: {} }; })();';
  assert.throws(
    () => parseGithubActionBenchmarkData(code, 'data.js'),
    (err: unknown) => err instanceof InputError && /data\.js: line 1, column 25: not valid JSON/.test(err.message),
  );
  assert.equal((globalThis as { ran?: boolean }).ran, undefined);
});

test('a file of another shape is refused, naming the file, the place and what was expected', () => {
  const cases: Array<[string, RegExp]> = [
    ['var x = 1;', /expected github-action-benchmark's data\.js, starting "window\.BENCHMARK_DATA = \{", found "var x = 1;"/],
    ['window.BENCHMARK_DATA = {\n  "entries": {\n    "s": [,]\n  }\n}', /line 3, column 11: not valid JSON/],
    ['window.BENCHMARK_DATA = []', /expected window\.BENCHMARK_DATA to be an object with "entries", found an array of 0/],
    ['window.BENCHMARK_DATA = {"entries": {"s": {}}}', /entries\["s"\]: expected a list of runs, found an object/],
    [dataJs({ s: [entry(1, 'go', [{ name: 'a', value: '12', unit: 'ns/op' }])] }), /entries\["s"\]\[0\]\.benches\[0\]\.value: expected a number, found "12"/],
    [
      dataJs({ s: [entry(1, 'go', [], { date: 'yesterday', commit: { id: 'x', timestamp: 'dummy stamp' } })] }),
      /entries\["s"\]\[0\]\.date: expected milliseconds since 1970/,
    ],
    [dataJs({ s: [entry(1, '', [])] }), /entries\["s"\]\[0\]\.tool: expected the name of a tool/],
    [dataJs({ '..': [] }), /entries\[".."\]: expected a suite name with a letter or digit, found ".."/],
  ];
  for (const [text, message] of cases) {
    assert.throws(
      () => parseGithubActionBenchmarkData(text, '/repo/data.js'),
      (err: unknown) => err instanceof InputError && err.file === '/repo/data.js' && message.test(err.message),
      String(message),
    );
  }
});
