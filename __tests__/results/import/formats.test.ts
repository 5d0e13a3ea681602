// Across formats: --tool auto recognises each one from its content and says which it chose; a
// file read with the wrong --tool is refused, never read as garbage, with the --tool it probably is.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { TOOL_FORMATS, type ToolFormat } from '../../../src/config/tools.ts';
import { InputError } from '../../../src/errors.ts';
import { IMPORTERS, recognise } from '../../../src/results/import/index.ts';
import { parseResults } from '../../../src/results/import/parse.ts';
import { validMicro } from '../../fixtures/results/cases.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/tool-outputs/${name}`, import.meta.url), 'utf8');

/** One real output per format read from a file, and the format it is in. */
const SAMPLES: Array<[file: string, tool: ToolFormat]> = [
  ['cargo_output.txt', 'cargo'],
  ['criterion_bencher_output.txt', 'cargo'],
  ['go_output.txt', 'go'],
  ['go_fiber_output.txt', 'go'],
  ['benchmarkjs_output.txt', 'benchmarkjs'],
  ['benchmarkluau_output.txt', 'benchmarkluau'],
  ['pytest_output.json', 'pytest'],
  ['googlecpp_output.json', 'googlecpp'],
  ['catch2_output_v3.txt', 'catch2'],
  ['catch2_v2_output.txt', 'catch2'],
  ['julia_output.json', 'julia'],
  ['jmh_output.json', 'jmh'],
  ['benchmarkdotnet.json', 'benchmarkdotnet'],
  ['customSmallerIsBetter_output.json', 'customSmallerIsBetter'],
  ['k6_summary_export.json', 'k6'],
  ['k6_handle_summary.json', 'k6-summary'],
  ['autocannon_output.json', 'autocannon'],
  ['artillery_report.json', 'artillery'],
];
const HYPERFINE = JSON.stringify({ results: [{ command: 'sleep 0.01', mean: 0.011, times: [0.011, 0.012], exit_codes: [0, 0] }] });
const VITEST = JSON.stringify({
  files: [{ filepath: '/w/a.bench.ts', groups: [{ fullName: 'a.bench.ts', benchmarks: [{ name: 'x', median: 0.01, samples: [] }] }] }],
});
const all: Array<[name: string, text: string, tool: ToolFormat]> = [
  ...SAMPLES.map(([file, tool]): [string, string, ToolFormat] => [file, fixture(file), tool]),
  ['hyperfine.json', HYPERFINE, 'hyperfine'],
  ['vitest.json', VITEST, 'vitest'],
  ['benchgate.json', JSON.stringify(validMicro()), 'benchgate'],
];

test('every format read from a file has a sample here', () => {
  const covered = new Set(all.map(([, , tool]) => tool));
  const fromFiles = TOOL_FORMATS.filter((t) => t !== 'auto' && t !== 'criterion' && t !== 'customBiggerIsBetter');
  assert.deepEqual(
    fromFiles.filter((t) => !covered.has(t)),
    [],
  );
  assert.deepEqual(Object.keys(IMPORTERS).sort(), TOOL_FORMATS.filter((t) => !['auto', 'benchgate', 'criterion'].includes(t)).sort());
});

for (const [name, text, tool] of all) {
  if (tool === 'customSmallerIsBetter') continue;
  test(`--tool auto reads ${name} as ${tool} and says so`, () => {
    assert.equal(recognise(text)?.tool, tool);
    const notes: string[] = [];
    const run = parseResults(text, name, { tool: 'auto', onNote: (n) => notes.push(n) });
    if (tool !== 'benchgate') {
      assert.equal(run.run.tool, tool);
      assert.match(notes[0]!, new RegExp(`^${name.replace('.', '\\.')}: read as .*\\(--tool ${tool}\\)`));
    }
  });
}

test('--tool auto will not guess which way custom JSON is better', () => {
  assert.throws(
    () => parseResults(fixture('customSmallerIsBetter_output.json'), 'custom.json', { tool: 'auto' }),
    (err: unknown) =>
      err instanceof InputError && /does not say which way is better: pass --tool customSmallerIsBetter or customBiggerIsBetter/.test(err.message),
  );
});

test('--tool auto says when nothing fits', () => {
  assert.throws(
    () => parseResults('hello\n', 'notes.txt', { tool: 'auto' }),
    /notes\.txt: --tool auto: the content matches none of the formats benchgate reads/,
  );
});

// Read with the wrong --tool, every sample is refused, and the error names the right one. Pairs of
// names for one format (cargo's two outputs, custom's two directions) are not wrong for each other.
const SAME_FORMAT: Array<[ToolFormat, ToolFormat]> = [['customSmallerIsBetter', 'customBiggerIsBetter']];
for (const [name, text, right] of all) {
  test(`refuses ${name} read with any other --tool, naming --tool ${right === 'customSmallerIsBetter' ? 'customSmallerIsBetter (or customBiggerIsBetter)' : right}`, () => {
    for (const wrong of TOOL_FORMATS) {
      if (wrong === right || wrong === 'auto' || wrong === 'criterion') continue;
      if (SAME_FORMAT.some(([a, b]) => (a === right && b === wrong) || (b === right && a === wrong))) continue;
      assert.throws(
        () => parseResults(text, name, { tool: wrong }),
        (err: unknown) => {
          assert.ok(err instanceof InputError, `${wrong}: ${String(err)}`);
          assert.ok(err.message.startsWith(`${name}: `), `${wrong}: ${err.message}`);
          assert.ok(err.message.includes(`--tool ${right}`), `--tool ${wrong} on ${name} said: ${err.message}`);
          return true;
        },
        `--tool ${wrong} read ${name}`,
      );
    }
  });
}

test('a wrong --tool on text that is no known format says what it expected, without a guess', () => {
  assert.throws(
    () => parseResults('Compiling…\nFinished in 3s\n', 'build.log', { tool: 'cargo' }),
    (err: unknown) =>
      err instanceof InputError &&
      err.message === 'build.log: expected `cargo bench` output with lines like "test fib_20 ... bench: 18,149 ns/iter (+/- 755)", found none',
  );
});
