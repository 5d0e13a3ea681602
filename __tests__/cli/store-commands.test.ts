// save, list and compare --baseline-branch on the local store: what they print of untrusted names,
// how they end when their reader goes away, and what they say about a store they cannot use.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli, type CliOutcome } from '../support/cli.ts';
import { serializeResults } from '../../src/results/io.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from '../../src/results/model.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const NODE24 = join(repo, 'node_modules', '.bin', 'node');
const work = mkdtempSync(join(tmpdir(), 'benchgate-cli-store-'));
after(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;

function fresh(): string {
  const dir = join(work, `case${++folders}`);
  mkdirSync(dir);
  return dir;
}

function results(id: string, minute: number, benchmarks = ['parse', 'render', 'sort', 'hash']): RunResult {
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: 'default',
    run: {
      id,
      time: new Date(Date.UTC(2026, 10, 1, 0, minute)).toISOString(),
      tool: 'benchgate',
      env: { node: 'v24.0.0', os: 'linux', arch: 'x64', cpu: 'test', cores: 2 },
    },
    benchmarks: benchmarks.map((name, i) => ({
      name,
      unit: 'ns/op',
      direction: 'smaller' as const,
      samples: [1, 1.01, 0.99, 1.005, 0.995, 1.002, 0.998, 1.008].map((w) => (1000 + 100 * i) * w),
    })),
  };
}

function cli(cwd: string, ...argv: string[]): Promise<CliOutcome> {
  return runCli(argv, { cwd });
}

describe('save and list', () => {
  it('print run ids and branch names without the escape sequences they carry', async () => {
    const dir = fresh();
    const hostile = 'run\u001b]0;owned\u0007\u001b[2J\u009b31m\r\nfake line';
    writeFileSync(join(dir, 'r.json'), serializeResults(results(hostile, 1)));
    const branch = 'feature/\u001b[31mred\u001b[0m';
    const saved = await cli(dir, 'save', 'r.json', '--branch', branch);
    assert.equal(saved.code, 0, saved.stderr);
    const listed = await cli(dir, 'list', '--branch', branch);
    assert.equal(listed.code, 0, listed.stderr);
    for (const text of [saved.stdout, listed.stdout]) {
      assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/, JSON.stringify(text));
      assert.equal(text.trimEnd().split('\n').length, 1, 'one line: a name cannot forge another');
    }
    assert.match(saved.stdout, /^Saved run run fake line as the baseline of default\/feature\/red in /);
    assert.equal(listed.stdout, `2026-11-01T00:01:00.000Z  ${'-'.padEnd(12)}  run fake line\n`);
  });

  it('ends quietly with its own exit code when the reader of its output goes away (list | head)', async () => {
    const dir = fresh();
    const folder = join(dir, '.benchgate', 'default', 'main');
    mkdirSync(folder, { recursive: true });
    // list reads only file names: thousands of them make far more output than a pipe holds.
    for (let i = 0; i < 3000; i++) {
      const t = `${String(Math.floor(i / 3600)).padStart(2, '0')}${String(Math.floor(i / 60) % 60).padStart(2, '0')}${String(i % 60).padStart(2, '0')}`;
      writeFileSync(join(folder, `20250601T${t}000Z_nocommit_run${i}.json`), '');
    }
    const child = spawn(NODE24, [join(repo, 'src', 'cli.ts'), 'list', '--branch', 'main'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // What `head -1` does: read a little, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  it('say what is wrong with a store folder that is a file or a link to nothing', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'r.json'), serializeResults(results('r1', 1)));
    writeFileSync(join(dir, 'store-file'), 'not a folder');
    symlinkSync(join(dir, 'nowhere'), join(dir, 'store-link'));
    for (const [store, says] of [
      ['store-file', 'expected the folder of a store, found a file'],
      ['store-link', `expected the folder of a store, found a link to ${join(dir, 'nowhere')}, which does not exist`],
    ] as const) {
      for (const argv of [
        ['save', 'r.json', '--branch', 'main', '--store', store],
        ['list', '--branch', 'main', '--store', store],
      ]) {
        if (argv[0] === 'list' && store === 'store-link') continue; // nothing is stored there yet: "no runs" is the answer
        const { code, stderr } = await cli(dir, ...argv);
        assert.equal(code, 2, stderr);
        assert.equal(stderr, `benchgate ${argv[0]}: ${join(dir, store)}: ${says}\n`);
      }
    }
  });

  it('refuses to save a results file without benchmarks, and leaves the baseline as it was', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'good.json'), serializeResults(results('good', 1)));
    writeFileSync(join(dir, 'empty.json'), serializeResults(results('empty', 2, [])));
    assert.equal((await cli(dir, 'save', 'good.json', '--branch', 'main')).code, 0);
    const { code, stderr } = await cli(dir, 'save', 'empty.json', '--branch', 'main');
    assert.equal(code, 2);
    assert.match(
      stderr,
      /^benchgate save: run "empty" of suite "default" has no benchmarks \(an empty results file\?\): nothing to keep as a baseline, so nothing was saved\n$/,
    );
    assert.deepEqual(
      readdirSync(join(dir, '.benchgate', 'default', 'main')).map((f) => f.replace(/^.*_/, '')),
      ['good.json'],
    );
  });
});

describe('compare --baseline-branch', () => {
  it('warns, naming the file, when an earlier stored run cannot be read and is left out of the history', async () => {
    const dir = fresh();
    for (const [id, minute] of [
      ['oldest', 1],
      ['middle', 2],
      ['newest', 3],
    ] as const) {
      writeFileSync(join(dir, `${id}.json`), serializeResults(results(id, minute)));
      assert.equal((await cli(dir, 'save', `${id}.json`, '--branch', 'main')).code, 0);
    }
    const folder = join(dir, '.benchgate', 'default', 'main');
    const middle = readdirSync(folder).find((f) => f.endsWith('_middle.json'))!;
    writeFileSync(join(folder, middle), '{"format": "benchgate/res');
    writeFileSync(join(dir, 'head.json'), serializeResults(results('head', 4)));
    const { code, stderr } = await cli(dir, 'compare', '--head', 'head.json', '--baseline-branch', 'main');
    assert.equal(code, 0, stderr);
    assert.match(
      stderr,
      new RegExp(
        `^benchgate compare: warning: left out of the history \\(a stored run that cannot be read\\): ${join(folder, middle).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `,
        'm',
      ),
    );
  });
});
