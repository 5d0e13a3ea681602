import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../../src/errors.ts';
import { parseCustom, parseCustomBiggerIsBetter, parseCustomSmallerIsBetter } from '../../../src/results/import/custom.ts';
import { serializeResults } from '../../../src/results/io.ts';
import { parseResults } from '../../../src/results/import/parse.ts';
import type { Environment } from '../../../src/results/model.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/tool-outputs/${name}`, import.meta.url), 'utf8');
const smaller = fixture('customSmallerIsBetter_output.json');
const bigger = fixture('customBiggerIsBetter_output.json');
const env: Environment = { node: 'v24.21.0', os: 'linux 6.1.0', arch: 'x64', cpu: 'test cpu', cores: 2 };

test("reads github-action-benchmark's customSmallerIsBetter output as smaller-is-better benchmarks", () => {
  assert.deepEqual(parseCustomSmallerIsBetter(smaller, 'bench.json'), [
    { name: 'My Custom Smaller Is Better Benchmark - CPU Load', unit: 'Percent', direction: 'smaller', samples: [50], processes: [0] },
    { name: 'My Custom Smaller Is Better Benchmark - Memory Used', unit: 'Megabytes', direction: 'smaller', samples: [100], processes: [0] },
  ]);
});

test("reads github-action-benchmark's customBiggerIsBetter output as bigger-is-better benchmarks", () => {
  const benchmarks = parseCustomBiggerIsBetter(bigger, 'bench.json');
  assert.deepEqual(
    benchmarks.map((b) => [b.name, b.unit, b.direction, b.samples]),
    [
      ['My Custom Bigger Is Better Benchmark - Throughput', 'req/s', 'bigger', [70]],
      ['My Custom Bigger Is Better Benchmark - Free Memory', 'Megabytes', 'bigger', [150]],
    ],
  );
});

test('takes the raw samples of an entry when it has them, rather than its single value', () => {
  const text = JSON.stringify([
    { name: 'parse', unit: 'ms', value: 12, samples: [11.5, 12, 12.5, 13] },
    { name: 'render', unit: 'ms', value: 3 },
  ]);
  const [parse, render] = parseCustom(text, 'bench.json', 'smaller');
  assert.deepEqual(parse!.samples, [11.5, 12, 12.5, 13]);
  assert.deepEqual(render!.samples, [3]);
});

test('accepts entries with samples and no value', () => {
  const [only] = parseCustom(JSON.stringify([{ name: 'parse', unit: 'ms', samples: [1, 2] }]), 'bench.json', 'smaller');
  assert.deepEqual(only!.samples, [1, 2]);
});

const rejections: Array<[string, unknown, RegExp | string]> = [
  [
    'a value written with its unit',
    [
      { name: 'a', unit: 'ms', value: 1 },
      { name: 'b', unit: 'ms', value: 2 },
      { name: 'c', unit: 'ms', value: '12ms' },
    ],
    'bench.json: [2].value: expected a number, found "12ms"',
  ],
  ['a missing value', [{ name: 'a', unit: 'ms' }], 'bench.json: [0].value: expected a number, found undefined'],
  ['a zero value', [{ name: 'a', unit: 'ms', value: 0 }], 'bench.json: [0].value: expected a finite positive number, found 0'],
  ['a missing name', [{ unit: 'ms', value: 1 }], 'bench.json: [0].name: expected a non-empty string, found undefined'],
  ['a missing unit', [{ name: 'a', value: 1 }], 'bench.json: [0].unit: expected a non-empty string, found undefined'],
  ['an entry that is not an object', [{ name: 'a', unit: 'ms', value: 1 }, 7], 'bench.json: [1]: expected an object with name, unit and value, found 7'],
  [
    'a name used twice',
    [
      { name: 'a', unit: 'ms', value: 1 },
      { name: 'a', unit: 'ms', value: 2 },
    ],
    'bench.json: [1].name: expected a name not used before, found "a" again (first at [0])',
  ],
  [
    'an empty samples array',
    [{ name: 'a', unit: 'ms', value: 1, samples: [] }],
    'bench.json: [0].samples: expected a non-empty array of positive numbers, found an array of 0',
  ],
  ['a sample that is a string', [{ name: 'a', unit: 'ms', samples: [1, '2'] }], 'bench.json: [0].samples[1]: expected a finite positive number, found "2"'],
  ['an object instead of an array', { benchmarks: [] }, 'bench.json: expected an array of { name, unit, value } entries, found an object'],
  ['a benchgate results file', { format: 'benchgate/results' }, /this is a benchgate results file: pass --tool benchgate/],
];

for (const [what, doc, message] of rejections) {
  test(`rejects ${what}, naming the entry and field`, () => {
    assert.throws(
      () => parseCustom(JSON.stringify(doc), 'bench.json', 'smaller'),
      (err: unknown) => {
        assert.ok(err instanceof InputError);
        if (typeof message === 'string') assert.equal(err.message, message);
        else assert.match(err.message, message);
        return true;
      },
    );
  });
}

test('reports broken JSON in a custom file with its line and column', () => {
  assert.throws(
    () => parseCustom('[\n  {"name": "a", "unit": "ms", "value": 1,}\n]', 'bench.json', 'smaller'),
    /bench\.json: line 2, column 42: not valid JSON/,
  );
});

test('makes a complete run from an import, with the metadata the caller supplies', () => {
  const run = parseResults(smaller, 'bench.json', {
    tool: 'customSmallerIsBetter',
    suite: 'system',
    commit: '9d55ab0434c9088746ae2d134702d782bf088644',
    branch: 'main',
    time: '2025-06-01T08:00:00.000Z',
    id: 'import-1',
    env,
  });
  assert.equal(run.format, 'benchgate/results');
  assert.equal(run.suite, 'system');
  assert.deepEqual(run.run, {
    id: 'import-1',
    commit: '9d55ab0434c9088746ae2d134702d782bf088644',
    branch: 'main',
    time: '2025-06-01T08:00:00.000Z',
    tool: 'customSmallerIsBetter',
    env,
  });
  assert.equal(run.benchmarks[0]!.summary!.median, 50);
  assert.equal(serializeResults(parseResults(serializeResults(run), 'again.json')), serializeResults(run));
});

test('defaults the metadata of an import: now, the tool name, this machine, suite "default"', () => {
  const before = Date.now();
  const run = parseResults(bigger, 'bench.json', { tool: 'customBiggerIsBetter' });
  const time = Date.parse(run.run.time);
  assert.ok(time >= before - 1000 && time <= Date.now() + 1000);
  assert.equal(run.run.tool, 'customBiggerIsBetter');
  assert.equal(run.run.env.node, process.version);
  assert.equal(run.suite, 'default');
  assert.equal(run.run.commit, undefined);
  assert.notEqual(run.run.id, parseResults(bigger, 'bench.json', { tool: 'customBiggerIsBetter' }).run.id);
});

test('lets the caller override the direction of every imported benchmark', () => {
  const run = parseResults(smaller, 'bench.json', { tool: 'customSmallerIsBetter', direction: 'bigger', env });
  assert.deepEqual(
    run.benchmarks.map((b) => b.direction),
    ['bigger', 'bigger'],
  );
});

test('checks caller-supplied metadata like any results file', () => {
  assert.throws(
    () => parseResults(smaller, 'bench.json', { tool: 'customSmallerIsBetter', time: 'yesterday', env }),
    /bench\.json: run\.time: expected an ISO 8601 time/,
  );
});
