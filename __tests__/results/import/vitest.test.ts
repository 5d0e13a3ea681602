import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { parseResults } from '../../../src/results/import/parse.ts';
import { needs, run } from '../../support/tools.ts';

// Vitest is a devDependency; it runs under the Node 24 the project runs tests with.
const VITEST = fileURLToPath(new URL('../../../node_modules/vitest/vitest.mjs', import.meta.url));
const BENCH = `import { bench, describe } from 'vitest';
function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
describe('fib', () => {
  bench('fib(10)', () => { fib(10); }, { time: 30 });
  bench('fib(15)', () => { fib(15); }, { time: 30 });
});
bench('top level', () => { fib(5); }, { time: 30 });
`;

test(
  'reads what vitest bench --outputJson writes: each median in ms, named as Vitest prints it',
  { ...needs(existsSync(VITEST) ? VITEST : undefined, 'vitest (npm ci)'), timeout: 180_000 },
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'benchgate-vitest-'));
    try {
      await writeFile(join(dir, 'fib.bench.ts'), BENCH);
      const out = join(dir, 'out.json');
      await run(process.execPath, [VITEST, 'bench', '--run', '--root', dir, '--outputJson', out], {
        cwd: dir,
        timeout: 170_000,
        env: { ...process.env, CI: '1', NO_COLOR: '1' },
      });
      const text = await readFile(out, 'utf8');
      const doc = JSON.parse(text);
      const result = parseResults(text, out, { tool: 'vitest' });
      assert.deepEqual(result.benchmarks.map((b) => b.name).sort(), [
        'fib.bench.ts > fib > fib(10)',
        'fib.bench.ts > fib > fib(15)',
        'fib.bench.ts > top level',
      ]);
      const fib10 = result.benchmarks.find((b) => b.name === 'fib.bench.ts > fib > fib(10)')!;
      const written = doc.files[0].groups.flatMap((g: any) => g.benchmarks).find((b: any) => b.name === 'fib(10)');
      assert.deepEqual([fib10.unit, fib10.direction, fib10.samples, fib10.group], ['ms', 'smaller', [written.median], 'fib.bench.ts > fib']);
      assert.ok(result.benchmarks.find((b) => b.name.endsWith('fib(15)'))!.samples[0]! > fib10.samples[0]!, 'fib(15) is slower than fib(10)');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
);
