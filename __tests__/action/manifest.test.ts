// action.yml against the code: the inputs are the shared option table plus the Action's own,
// their defaults mean what the code's defaults mean, the outputs are the ones the code sets,
// and docs/action.md shows exactly these inputs and outputs.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { OPTIONS, defaultConfig, resolveConfig } from '../../src/config/options.ts';
import { ACTION_INPUTS, CLI_ONLY, readInputs } from '../../src/action/inputs.ts';
import { ROOT } from '../support/action-runner.ts';
import { loadYaml } from '../support/action-yaml.ts';

interface Manifest {
  name: string;
  description: string;
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description?: string }>;
}

const manifest = loadYaml(join(ROOT, 'action.yml')) as Manifest;
const SHARED = OPTIONS.filter((o) => !CLI_ONLY.has(o.name));

test('action.yml runs the committed ESM bundle on node24', () => {
  assert.equal(manifest.runs.using, 'node24');
  assert.equal(manifest.runs.main, 'dist/index.js');
  assert.ok(existsSync(join(ROOT, manifest.runs.main)));
  assert.ok(manifest.name && manifest.description);
});

test("action.yml's inputs are the option table's (less store and format) plus the Action's own", () => {
  const expected = [...SHARED.map((o) => o.name), ...ACTION_INPUTS].sort();
  assert.deepEqual(Object.keys(manifest.inputs).sort(), expected);
  for (const [name, input] of Object.entries(manifest.inputs)) {
    assert.ok(input.description && input.description.length > 10, `input ${name} has a description`);
    assert.equal(typeof input.default, 'string', `input ${name} has a default (inputs are never required)`);
  }
});

test("each shared input's default parses to the option table's default", () => {
  const defaults = defaultConfig() as unknown as Record<string, unknown>;
  for (const option of SHARED) {
    const raw = manifest.inputs[option.name]!.default!;
    const parsed = resolveConfig([{ values: { [option.name]: raw }, origin: (n) => `action.yml default of '${n}'` }]) as unknown as Record<string, unknown>;
    assert.deepEqual(parsed[option.key], defaults[option.key], `default of ${option.name}: ${JSON.stringify(raw)}`);
  }
});

test("the Action's own input defaults are what the code falls back to when an input is empty", () => {
  const fromManifest = readInputs((name) => (name === 'github-token' ? '' : (manifest.inputs[name]?.default ?? '')));
  const fromCode = readInputs(() => '');
  assert.deepEqual(fromManifest, fromCode);
  assert.equal(manifest.inputs['github-token']!.default, '${{ github.token }}');
});

test('the outputs in action.yml are exactly those the Action sets', () => {
  const dir = join(ROOT, 'src', 'action');
  const set = new Set<string>();
  for (const file of readdirSync(dir)) {
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/setOutput\('([\w-]+)'/g)) set.add(match[1]!);
  }
  assert.deepEqual(Object.keys(manifest.outputs).sort(), [...set].sort());
  for (const [name, output] of Object.entries(manifest.outputs)) assert.ok(output.description, `output ${name} has a description`);
});

/** The tables docs/action.md must hold, generated from action.yml. */
function tables(): { inputs: string; outputs: string } {
  const cell = (text: string) =>
    text
      .replace(/\|/g, '\\|')
      .replace(/\s*\n\s*/g, ' ')
      .trim();
  const inputs = [
    '| input | default | description |',
    '| :-- | :-- | :-- |',
    ...Object.entries(manifest.inputs).map(
      ([name, i]) => `| \`${name}\` | ${i.default ? `\`${cell(i.default)}\`` : '*(empty)*'} | ${cell(i.description ?? '')} |`,
    ),
  ].join('\n');
  const outputs = [
    '| output | description |',
    '| :-- | :-- |',
    ...Object.entries(manifest.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description ?? '')} |`),
  ].join('\n');
  return { inputs, outputs };
}

function section(doc: string, name: string): string | undefined {
  const match = new RegExp(`<!-- ${name}:start[^>]*-->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(doc);
  return match?.[1];
}

test('docs/action.md lists the inputs and outputs of action.yml, word for word', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'action.md'), 'utf8');
  const expected = tables();
  assert.equal(section(doc, 'inputs'), expected.inputs, `docs/action.md's inputs table is out of date; it should read:\n${expected.inputs}`);
  assert.equal(section(doc, 'outputs'), expected.outputs, `docs/action.md's outputs table is out of date; it should read:\n${expected.outputs}`);
});
