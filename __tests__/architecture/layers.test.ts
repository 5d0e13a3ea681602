// Data flows one way through the pipeline: a module imports only from its own room and from the
// rooms before it. This test reads every import in src/ and names each one that points forward.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const SRC = resolve(import.meta.dirname, '../../src');

/** Each room's place in the pipeline; rooms of one rank may use each other. */
const RANK: Record<string, number> = {
  errors: 0,
  stats: 0,
  config: 1,
  results: 2,
  measure: 3,
  load: 3,
  store: 4,
  compare: 5,
  history: 5,
  report: 6,
  gate: 7,
  github: 7,
  pipeline: 8,
  action: 9,
  cli: 9,
  api: 9,
  'api-http': 9,
};

function roomOf(file: string): string {
  const first = relative(SRC, file).split('/')[0]!;
  return first.replace(/\.ts$/, '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const IMPORT = /(?:from\s+|import\s*\(\s*)'(\.[^']+)'/g;

test('every room of src/ has a place in the pipeline', () => {
  const rooms = new Set(sourceFiles(SRC).map(roomOf));
  const unknown = [...rooms].filter((r) => !(r in RANK));
  assert.deepEqual(unknown, [], `rooms with no rank in this test: ${unknown.join(', ')}`);
});

test('no module imports from a later stage of the pipeline', () => {
  const forward: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = roomOf(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(dirname(file), spec!);
      if (!target.startsWith(SRC)) continue;
      const to = roomOf(target);
      if ((RANK[to] ?? Infinity) > (RANK[from] ?? -Infinity)) forward.push(`${relative(SRC, file)} -> ${relative(SRC, target)}`);
    }
  }
  assert.deepEqual(forward, [], `imports against the flow:\n${forward.join('\n')}`);
});
