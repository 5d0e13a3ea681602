// The runner as it ships: bundled, with dist/child.js beside it, on the user's Node.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { runMicroSuite as RunMicroSuite } from '../../src/measure/micro/runner.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const ALPHA = '__tests__/fixtures/suites/basic/alpha.bench.ts';

/** A Node on this machine that cannot strip TypeScript types (Node 20, say), if there is one. */
function nodeWithoutTypeStripping(): string | undefined {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node', 'node']) {
    try {
      const [major, minor, strips] = execFileSync(
        candidate,
        ['-p', '[...process.versions.node.split(".").slice(0, 2), Boolean(process.features.typescript)].join(" ")'],
        {
          encoding: 'utf8',
          timeout: 10_000,
        },
      )
        .trim()
        .split(' ');
      // tsx registers through module.register, which arrived in Node 20.6.
      const registers = Number(major) > 20 || (Number(major) === 20 && Number(minor) >= 6);
      if (strips === 'false' && registers) return candidate;
    } catch {
      // Not installed there.
    }
  }
  return undefined;
}

describe('the bundled runner', () => {
  let out: string;
  let runMicroSuite: typeof RunMicroSuite;

  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'benchgate-bundle-'));
    // Shaped like scripts/build.ts: the runner is loaded on demand, so it lands in a split chunk
    // in dist/chunks/ while child.js sits at the top.
    const entry = join(out, 'entry.ts');
    writeFileSync(entry, `export const loadRunner = () => import(${JSON.stringify(join(repo, 'src/measure/micro/runner.ts'))});\n`);
    await build({
      entryPoints: { index: entry, child: join(repo, 'src/measure/micro/child.ts') },
      outdir: join(out, 'dist'),
      bundle: true,
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['tsx', 'tsx/*'],
      logLevel: 'error',
    });
    const bundle = (await import(pathToFileURL(join(out, 'dist/index.js')).href)) as { loadRunner: () => Promise<{ runMicroSuite: typeof RunMicroSuite }> };
    ({ runMicroSuite } = await bundle.loadRunner());
  });

  after(() => rmSync(out, { recursive: true, force: true }));

  it("runs dist/child.js from its chunk, and the child finds the benchmarks registered through the file's own copy of bench()", async () => {
    const result = await runMicroSuite({ cwd: repo, files: [ALPHA], node: process.execPath, samples: 2, processes: 1, roundTimeMs: 10, warmupMs: 10 });
    assert.deepEqual(
      result.benchmarks.map((b) => [b.name, b.samples.length, b.error]),
      [
        ['parse points', 2, undefined],
        ['sum points', 2, undefined],
        ['stringify points', 2, undefined],
      ],
    );
  });

  it("loads a TypeScript benchmark file through the project's tsx on a Node that cannot strip types", async (t) => {
    const node = nodeWithoutTypeStripping();
    if (!node) return t.skip('no Node without type stripping on this machine');
    const result = await runMicroSuite({ cwd: repo, files: [ALPHA], node, samples: 2, processes: 1, roundTimeMs: 10, warmupMs: 10 });
    assert.deepEqual(
      result.benchmarks.map((b) => [b.name, b.samples.length, b.error]),
      [
        ['parse points', 2, undefined],
        ['sum points', 2, undefined],
        ['stringify points', 2, undefined],
      ],
    );
    assert.notEqual(result.env.node, process.version);
  });

  it('says what a TypeScript file needs when that Node has neither type stripping nor tsx', async (t) => {
    const node = nodeWithoutTypeStripping();
    if (!node) return t.skip('no Node without type stripping on this machine');
    const project = mkdtempSync(join(tmpdir(), 'benchgate-no-tsx-'));
    t.after(() => rmSync(project, { recursive: true, force: true }));
    writeFileSync(join(project, 'typed.bench.ts'), 'const n: number = 1;\nexport default n;\n');
    const result = await runMicroSuite({ cwd: project, dir: '.', node, samples: 1, processes: 1 });
    assert.equal(result.benchmarks.length, 1);
    assert.equal(result.benchmarks[0]?.name, 'typed.bench.ts');
    assert.match(
      result.benchmarks[0]?.error ?? '',
      /^could not be loaded: TypeScript benchmark files need Node >= 22\.18 or the tsx package; this is Node v\d+/,
    );
  });
});
