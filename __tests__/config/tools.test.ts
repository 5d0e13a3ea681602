// The list of tool names is the one place they are kept: the Action's `tool` input, the README's
// --tool row and docs/formats.md name every one, and the workflows in docs/formats.md use them.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { OPTIONS } from '../../src/config/options.ts';
import { TOOL_FORMATS } from '../../src/config/tools.ts';
import { ROOT } from '../support/action-runner.ts';
import { loadYamlFiles } from '../support/action-yaml.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const mentions = (text: string, tool: string) => new RegExp(`(^|[^\\w-])${tool}([^\\w-]|$)`).test(text);

test("action.yml's tool input names every format", () => {
  const yml = read('action.yml');
  const description = /\n {2}tool:\n {4}description: (.*)\n/.exec(yml)![1]!;
  assert.deepEqual(
    TOOL_FORMATS.filter((t) => !mentions(description, t)),
    [],
  );
});

test("the README's --tool row and the option's help name every format", () => {
  const row = read('README.md')
    .split('\n')
    .find((l) => l.startsWith('| `--tool` |'))!;
  assert.deepEqual(
    TOOL_FORMATS.filter((t) => !mentions(row, t)),
    [],
  );
  const help = OPTIONS.find((o) => o.name === 'tool')!.description;
  assert.deepEqual(
    TOOL_FORMATS.filter((t) => !mentions(help, t)),
    [],
  );
});

test("docs/formats.md's table has a row for every format", () => {
  const rows = read('docs/formats.md')
    .split('\n')
    .filter((l) => l.startsWith('| `'));
  assert.deepEqual(
    TOOL_FORMATS.filter((t) => t !== 'benchgate' && t !== 'auto' && !rows.some((r) => r.split('|')[1]!.includes(`\`${t}\``))),
    [],
  );
});

test('the workflows in docs/formats.md parse, one per language, and give benchgate a results file and a real tool', () => {
  const doc = read('docs/formats.md');
  const blocks = [...doc.matchAll(/^### (.+)\n\n```yaml\n([\s\S]*?)```/gm)].map((m) => ({ title: m[1]!, yaml: m[2]! }));
  assert.deepEqual(
    blocks.map((b) => b.title.split(' ')[0]),
    ['Rust', 'Go', 'Python', 'C++', 'Java', '.NET', 'JavaScript'],
  );
  const dir = mkdtempSync(join(tmpdir(), 'benchgate-formats-doc-'));
  try {
    const paths = blocks.map((b, i) => {
      const path = join(dir, `${i}.yml`);
      writeFileSync(path, b.yaml);
      return path;
    });
    const inputs = Object.keys((loadYamlFiles([join(ROOT, 'action.yml')])[0] as { inputs: Record<string, unknown> }).inputs);
    loadYamlFiles(paths).forEach((workflow, i) => {
      const steps = Object.values((workflow as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }> }).jobs).flatMap(
        (j) => j.steps,
      );
      const gate = steps.find((s) => s.uses?.startsWith('benchgate/benchgate@'));
      assert.ok(gate, blocks[i]!.title);
      assert.ok(gate.with?.results, `${blocks[i]!.title}: results`);
      assert.ok((TOOL_FORMATS as readonly string[]).includes(gate.with!.tool!), `${blocks[i]!.title}: tool ${gate.with!.tool}`);
      assert.deepEqual(
        Object.keys(gate.with!).filter((k) => !inputs.includes(k)),
        [],
        blocks[i]!.title,
      );
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
