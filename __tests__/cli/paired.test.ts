// `compare --paired`, and files written by `benchgate ab` recognised as paired: through the CLI as a
// user drives it, on files whose rounds share the machine's slow and fast spells.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli, type CliOutcome } from '../support/cli.ts';
import { serializeResults } from '../../src/results/io.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from '../../src/results/model.ts';
import { seededRandom as seeded } from '../../src/stats/random.ts';

const work = mkdtempSync(join(tmpdir(), 'benchgate-paired-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

const NAMES = ['parse', 'render', 'sort', 'hash', 'diff', 'zip'];
const ROUNDS = 30;

/**
 * Both sides of one interleaved run: each round, the machine's speed (±30%, shared by the two rounds
 * of a pair) times the side's own ±1% jitter. Head is `slowdown` slower throughout.
 */
function pairedRuns(seed: number, slowdown: number, options: { marked?: boolean; rounds?: number } = {}): { head: RunResult; base: RunResult } {
  const next = seeded(seed);
  const side = (id: string, other: string, samples: (name: string, i: number) => number[]): RunResult => ({
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: 'default',
    run: {
      id,
      time: '2026-11-01T00:00:00.000Z',
      tool: 'benchgate',
      env: { node: 'v24.0.0', os: 'linux', arch: 'x64', cpu: 'test', cores: 2 },
      ...(options.marked ? { pairedWith: other } : {}),
    },
    benchmarks: NAMES.map((name, i) => ({ name, unit: 'ns/op', direction: 'smaller' as const, samples: samples(name, i) })),
  });
  const machine = NAMES.map(() => Array.from({ length: options.rounds ?? ROUNDS }, () => 1 + 0.6 * (next() - 0.5)));
  const jitter = () => 1 + 0.02 * (next() - 0.5);
  const base = side('base-run', 'head-run', (_, i) => machine[i]!.map((m) => (1000 + 300 * i) * m * jitter()));
  const head = side('head-run', 'base-run', (_, i) => machine[i]!.map((m) => (1000 + 300 * i) * (1 + slowdown) * m * jitter()));
  return { head, base };
}

function write(name: string, run: RunResult): string {
  const path = join(work, name);
  writeFileSync(path, serializeResults(run));
  return path;
}

function cli(...argv: string[]): Promise<CliOutcome> {
  return runCli(argv, { cwd: work });
}

async function verdicts(...argv: string[]): Promise<{ code: number; verdicts: string[]; pairing: string }> {
  const { code, stdout, stderr } = await cli('compare', ...argv, '--format', 'json');
  assert.ok(code === 0 || code === 1, stderr);
  const report = JSON.parse(stdout) as { benchmarks: Array<{ verdict: string }>; options: { pairing: string } };
  return { code, verdicts: report.benchmarks.map((b) => b.verdict), pairing: report.options.pairing };
}

describe('compare --paired', () => {
  it('calls a uniform 25% slowdown between paired files a regression of every benchmark, and exits 1', async () => {
    const { head, base } = pairedRuns(1, 0.25);
    const result = await verdicts('--head', write('slow-head.json', head), '--base', write('slow-base.json', base), '--paired');
    assert.equal(result.code, 1);
    assert.equal(result.pairing, 'same-run');
    assert.deepEqual(
      result.verdicts,
      NAMES.map(() => 'regression'),
    );
  });

  it('calls equal paired files unchanged, and exits 0', async () => {
    const { base } = pairedRuns(2, 0);
    const path = write('same.json', base);
    const result = await verdicts('--head', path, '--base', path, '--paired');
    assert.equal(result.code, 0);
    assert.deepEqual(
      result.verdicts,
      NAMES.map(() => 'unchanged'),
    );
  });

  it('calls paired files of unchanged code unchanged, though their rounds vary by ±30%', async () => {
    const { head, base } = pairedRuns(3, 0);
    const result = await verdicts('--head', write('aa-head.json', head), '--base', write('aa-base.json', base), '--paired');
    assert.equal(result.code, 0);
    assert.deepEqual(
      result.verdicts,
      NAMES.map(() => 'unchanged'),
    );
  });

  it('compares the sides of an `ab` run pair by pair without the flag, because each names the other', async () => {
    const { head, base } = pairedRuns(4, 0.25, { marked: true });
    const headFile = write('ab-head.json', head);
    const baseFile = write('ab-base.json', base);
    const result = await verdicts('--head', headFile, '--base', baseFile);
    assert.equal(result.pairing, 'same-run');
    assert.deepEqual(
      result.verdicts,
      NAMES.map(() => 'regression'),
    );
    const { stdout } = await cli('compare', '--head', headFile, '--base', baseFile);
    assert.match(stdout, /Compared pair by pair .*written by `benchgate ab`/);
  });

  it('compares unmarked files as separate runs without the flag', async () => {
    const { head, base } = pairedRuns(5, 0.25);
    const result = await verdicts('--head', write('plain-head.json', head), '--base', write('plain-base.json', base));
    assert.equal(result.pairing, 'separate-runs');
  });

  it('refuses files whose sample counts differ, naming the file, the benchmark and both counts', async () => {
    const { head } = pairedRuns(6, 0);
    const { base } = pairedRuns(6, 0, { rounds: 29 });
    const headFile = write('count-head.json', head);
    const baseFile = write('count-base.json', base);
    const { code, stderr } = await cli('compare', '--head', headFile, '--base', baseFile, '--paired');
    assert.equal(code, 2);
    assert.ok(stderr.includes(`${headFile}: benchmark "parse" has 30 samples, but 29 in ${baseFile} (and 5 more benchmarks): not paired`), stderr);
  });

  it('refuses files whose benchmarks differ, naming the file that has the extra one', async () => {
    const { head, base } = pairedRuns(7, 0);
    base.benchmarks.push({ name: 'extra\u001b[31m', unit: 'ns/op', direction: 'smaller', samples: Array.from({ length: ROUNDS }, () => 5) });
    const headFile = write('names-head.json', head);
    const baseFile = write('names-base.json', base);
    const { code, stderr } = await cli('compare', '--head', headFile, '--base', baseFile, '--paired');
    assert.equal(code, 2);
    assert.ok(stderr.includes(`${baseFile}: benchmark "extra\\u001b[31m" is not in ${headFile}: not paired`), stderr);
    assert.ok(!stderr.includes('\u001b'), 'no escape sequence reaches the terminal');
  });

  it('asks for --base FILE when --paired is given with a baseline branch', async () => {
    const { head } = pairedRuns(8, 0);
    const { code, stderr } = await cli('compare', '--head', write('branch-head.json', head), '--baseline-branch', 'main', '--paired');
    assert.equal(code, 2);
    assert.match(stderr, /--paired compares two files measured in one run: give --base FILE/);
  });
});
