import assert from 'node:assert/strict';
import { lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { shareDependencies } from '../../../src/measure/ab/dependencies.ts';

describe("sharing the working tree's node_modules with a worktree", () => {
  const dir = mkdtempSync(join(tmpdir(), 'benchgate-deps-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;

  /** A working tree with node_modules installed and a worktree with the given lockfile, both with `files`. */
  function trees(lock: { root: string; tree?: string }, files: Record<string, string> = {}): { root: string; tree: string } {
    const root = join(dir, `root${++n}`);
    const tree = join(dir, `tree${n}`);
    for (const [base, lockfile] of [
      [root, lock.root],
      [tree, lock.tree ?? lock.root],
    ] as const) {
      mkdirSync(base, { recursive: true });
      if (lockfile !== '') writeFileSync(join(base, 'package-lock.json'), lockfile);
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(base, path, '..'), { recursive: true });
        writeFileSync(join(base, path), text);
      }
    }
    mkdirSync(join(root, 'node_modules', 'left-pad'), { recursive: true });
    return { root, tree };
  }

  it('links it when the lockfiles are the same bytes', async () => {
    const { root, tree } = trees({ root: '{"v":1}' });
    assert.deepEqual(await shareDependencies(root, tree, ''), { linked: [''], refused: [] });
    assert.ok(lstatSync(join(tree, 'node_modules')).isSymbolicLink());
    assert.equal(readlinkSync(join(tree, 'node_modules')), join(root, 'node_modules'));
  });

  it('does not when the lockfiles differ, or when there is none, and says why', async () => {
    const differ = trees({ root: '{"v":1}', tree: '{"v":2}' });
    assert.deepEqual(await shareDependencies(differ.root, differ.tree, ''), {
      linked: [],
      refused: ["the lockfile in the root differs from the working tree's, so its installed node_modules do not fit"],
    });
    const none = trees({ root: '' });
    const shared = await shareDependencies(none.root, none.tree, '');
    assert.deepEqual(shared.linked, []);
    assert.match(shared.refused[0]!, /^the root has no lockfile \(package-lock\.json, npm-shrinkwrap\.json, yarn\.lock, pnpm-lock\.yaml\)/);
  });

  it('does not when a package in it links back into the repository (a workspace)', async () => {
    const { root, tree } = trees({ root: '{"v":1}' }, { 'packages/lib/index.js': 'export {}' });
    mkdirSync(join(root, 'node_modules', '@org'));
    symlinkSync(join(root, 'packages', 'lib'), join(root, 'node_modules', '@org', 'lib'));
    const shared = await shareDependencies(root, tree, '');
    assert.deepEqual(shared.linked, []);
    assert.deepEqual(shared.refused, [
      `node_modules in the root links to ${join('packages', 'lib')}, part of the repository (a workspace), which would be the other tree's code`,
    ]);
  });

  it('looks in the benchmarks folder and every folder above it, and leaves a node_modules the tree has alone', async () => {
    const { root, tree } = trees({ root: '{"v":1}' }, { 'app/package-lock.json': '{"app":1}' });
    mkdirSync(join(root, 'app', 'node_modules'));
    mkdirSync(join(tree, 'node_modules'));
    assert.deepEqual(await shareDependencies(root, tree, 'app'), { linked: ['app'], refused: [] });
    assert.ok(lstatSync(join(tree, 'node_modules')).isDirectory(), 'kept as it was');
  });
});
