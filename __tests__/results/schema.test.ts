// The JSON Schema and the hand-written validator describe the same model: these tests
// fail when one changes without the other.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { serializeResults } from '../../src/results/io.ts';
import { parseResults } from '../../src/results/import/parse.ts';
import { findIssues, TIME_PATTERN, ZERO_ALLOWED_UNIT_PATTERN } from '../../src/results/validate.ts';
import { badCases, validMerged, validMicro, validMinimal, validShard } from '../fixtures/results/cases.ts';

const schema = JSON.parse(readFileSync(new URL('../../schema/results.schema.json', import.meta.url), 'utf8'));
const schemaAccepts = new Ajv2020({ allErrors: true }).compile(schema);

test('the schema is a valid draft 2020-12 schema under strict checks', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.doesNotThrow(() => new Ajv2020({ strict: 'log', strictTypes: true }).compile(schema));
});

test('schema and validator both accept the valid fixtures', () => {
  for (const doc of [validMicro(), validMinimal(), validShard(), validMerged()]) {
    assert.ok(schemaAccepts(doc), JSON.stringify(schemaAccepts.errors));
    assert.deepEqual(findIssues(doc), []);
  }
});

test('schema and validator both accept what serializeResults writes', () => {
  for (const doc of [validMicro(), validShard(), validMerged()]) {
    const text = serializeResults(parseResults(JSON.stringify(doc), 'head.json'));
    assert.ok(schemaAccepts(JSON.parse(text)), JSON.stringify(schemaAccepts.errors));
  }
});

test("a shard's place, the merged shards and the wall times survive reading and writing", () => {
  for (const doc of [validShard(), validMerged()]) {
    const read = JSON.parse(serializeResults(parseResults(JSON.stringify(doc), 'head.json')));
    assert.deepEqual(read.run.shard, doc.run.shard);
    assert.deepEqual(read.run.shards, doc.run.shards);
    assert.deepEqual(
      read.benchmarks.map((b: { wallTime?: number; shard?: number }) => [b.wallTime, b.shard]),
      doc.benchmarks.map((b: { wallTime?: number; shard?: number }) => [b.wallTime, b.shard]),
    );
  }
});

for (const bad of badCases) {
  const verdict = bad.schemaCatches ? 'both reject' : 'only the validator rejects (the schema cannot say)';
  test(`${verdict} ${bad.what}`, () => {
    const doc = bad.breakIt(validMicro());
    assert.notDeepEqual(findIssues(doc), []);
    assert.equal(schemaAccepts(doc), !bad.schemaCatches, JSON.stringify(schemaAccepts.errors));
  });
}

test('the schema and the validator use the same time pattern', () => {
  assert.equal(schema.properties.run.properties.time.pattern, TIME_PATTERN);
  assert.equal(schema.properties.run.properties.shards.items.properties.time.pattern, TIME_PATTERN);
});

test('the schema and the validator let the same units have zero samples', () => {
  assert.equal(schema.$defs.benchmark.allOf[0].if.properties.unit.not.pattern, ZERO_ALLOWED_UNIT_PATTERN);
  const withZero = (unit: string) => {
    const doc = validMicro();
    Object.assign(doc.benchmarks[0], { unit, samples: [0, 0, 1], processes: [0, 0, 1] });
    return doc;
  };
  for (const unit of ['%', 'B/op', 'allocs/op', 'misses/op']) {
    assert.ok(schemaAccepts(withZero(unit)), `${unit}: ${JSON.stringify(schemaAccepts.errors)}`);
    assert.deepEqual(findIssues(withZero(unit)), [], unit);
  }
  for (const unit of ['ns/op', 's/op', 'ms', 'ops/s', 'MB/s', 'bytes']) {
    assert.equal(schemaAccepts(withZero(unit)), false, unit);
    assert.notDeepEqual(findIssues(withZero(unit)), [], unit);
  }
});

test('every field of the schema has a description', () => {
  const missing: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.properties && typeof n.properties === 'object') {
      for (const [key, child] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
        if (typeof child.description !== 'string' || child.description === '') missing.push(`${path}.${key}`);
      }
    }
    for (const [key, child] of Object.entries(n)) visit(child, `${path}.${key}`);
  };
  visit(schema, '$');
  assert.deepEqual(missing, []);
});

test('every field the validator reads is in the schema, and no other', () => {
  // Top-level, run, env and benchmark fields, from the model.
  assert.deepEqual(Object.keys(schema.properties).sort(), ['benchmarks', 'format', 'run', 'scenarios', 'suite', 'version']);
  assert.deepEqual(Object.keys(schema.properties.run.properties).sort(), [
    'branch',
    'commit',
    'env',
    'id',
    'measure',
    'pairedWith',
    'shard',
    'shards',
    'time',
    'tool',
  ]);
  assert.deepEqual(Object.keys(schema.$defs.env.properties).sort(), ['arch', 'cores', 'cpu', 'node', 'os', 'runner']);
  assert.deepEqual(Object.keys(schema.$defs.shard.properties).sort(), ['count', 'index', 'plan', 'timings', 'wallTime']);
  assert.deepEqual(Object.keys(schema.properties.run.properties.shards.items.properties).sort(), ['env', 'id', 'time']);
  assert.deepEqual(Object.keys(schema.$defs.benchmark.properties).sort(), [
    'direction',
    'error',
    'group',
    'name',
    'processes',
    'samples',
    'shard',
    'summary',
    'unit',
    'wallTime',
  ]);
});
