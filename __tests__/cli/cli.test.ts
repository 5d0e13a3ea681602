// The CLI as a user drives it: exit codes, reports, errors that name what was wrong,
// and a store that a bad input never touches.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli, type CliOutcome } from '../support/cli.ts';
import { OPTIONS } from '../../src/config/options.ts';
import { serializeResults } from '../../src/results/io.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from '../../src/results/model.ts';
import { seededRandom as seeded } from '../../src/stats/random.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'benchgate-cli-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

function run(seed: number, slow: Record<string, number> = {}, names = ['parse', 'render', 'sort', 'hash', 'diff', 'zip']): RunResult {
  const next = seeded(seed);
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: 'default',
    run: {
      id: `run-${seed}`,
      time: new Date(Date.UTC(2026, 10, 1, 0, seed)).toISOString(),
      tool: 'benchgate',
      commit: `${seed}`.padStart(40, 'a'),
      env: { node: 'v24.0.0', os: 'linux', arch: 'x64', cpu: 'test', cores: 2 },
    },
    benchmarks: names.map((name, i) => ({
      name,
      unit: 'ns/op',
      direction: 'smaller' as const,
      samples: Array.from({ length: 12 }, () => (1000 + 300 * i) * (1 + (slow[name] ?? 0)) * (1 + 0.02 * (next() - 0.5))),
    })),
  };
}

function file(name: string, content: string | RunResult): string {
  const path = join(work, name);
  writeFileSync(path, typeof content === 'string' ? content : serializeResults(content));
  return path;
}

function cli(...argv: string[]): Promise<CliOutcome> {
  return runCli(argv, { cwd: work });
}

/** Every file under a folder with its content hash: to prove a failed command left it as it was. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const p = join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else files[p] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

describe('benchgate compare', () => {
  const base = file('base.json', run(1));
  const same = file('same.json', run(2));
  const slower = file('slower.json', run(3, { render: 0.3 }));

  it('exits 1 and names the benchmark when one is 30% slower', async () => {
    const { code, stdout, stderr } = await cli('compare', '--head', slower, '--base', base);
    assert.equal(code, 1);
    assert.match(stdout, /render[^\n]*regression/);
    assert.doesNotMatch(stdout, /parse[^\n]*regression/);
    assert.match(stderr, /1 regression found/);
  });

  it('exits 0 and flags nothing when the same code was measured twice', async () => {
    const { code, stdout } = await cli('compare', '--head', same, '--base', base, '--format', 'json');
    assert.equal(code, 0, stdout);
    const { counts } = JSON.parse(stdout) as { counts: Record<string, number> };
    assert.equal(counts.regression, 0);
    assert.equal(counts.improvement, 0);
  });

  it('reports but exits 0 with --fail-on never', async () => {
    const { code, stderr } = await cli('compare', '--head', slower, '--base', base, '--fail-on', 'never');
    assert.equal(code, 0);
    assert.match(stderr, /not failing because fail-on is 'never'/);
  });

  it('writes the documented JSON shape with --format json', async () => {
    const { code, stdout } = await cli('compare', '--head', slower, '--base', base, '--format', 'json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as { format: string; benchmarks: Array<Record<string, unknown>> };
    assert.equal(report.format, 'benchgate/comparison');
    const render = report.benchmarks.find((b) => b.name === 'render')!;
    assert.equal(render.verdict, 'regression');
    for (const key of ['change', 'ci', 'pValue', 'adjustedP']) assert.ok(key in render, key);
    assert.ok((render.change as number) > 0.2 && (render.change as number) < 0.4);
  });

  it('writes markdown with a table for a PR comment', async () => {
    const { stdout } = await cli('compare', '--head', slower, '--base', base, '--format', 'markdown');
    assert.match(stdout, /\| *benchmark *\|/i);
    assert.match(stdout, /render/);
  });

  it('reads github-action-benchmark custom JSON with samples', async () => {
    const custom = (seed: number, factor: number) =>
      JSON.stringify(
        ['a', 'b', 'c', 'd', 'e'].map((name, i) => {
          const next = seeded(seed + i);
          const samples = Array.from({ length: 10 }, () => 100 * (i + 1) * (name === 'c' ? factor : 1) * (1 + 0.02 * (next() - 0.5)));
          return { name, unit: 'ms', value: samples[0], samples };
        }),
      );
    const head = file('custom-head.json', custom(10, 1.5));
    const baseCustom = file('custom-base.json', custom(20, 1));
    const { code, stdout } = await cli('compare', '--head', head, '--base', baseCustom, '--tool', 'customSmallerIsBetter');
    assert.equal(code, 1, stdout);
    assert.match(stdout, /\bc\b[^\n]*regression/);
  });
});

it('compare --tool auto says on stderr which format it read each file as', async () => {
  const go = (ns: number) => `pkg: example.com/x\n${Array.from({ length: 6 }, (_, i) => `BenchmarkParse-2   \t 1000\t ${ns + i} ns/op\n`).join('')}`;
  const head = file('go-head.txt', go(200));
  const base = file('go-base.txt', go(100));
  const { code, stdout, stderr } = await cli('compare', '--head', head, '--base', base, '--tool', 'auto');
  assert.match(stderr, new RegExp(`benchgate: ${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: read as \`go test -bench\` output \\(--tool go\\)`));
  assert.match(stdout, /BenchmarkParse \(example\.com\/x\)/);
  assert.notEqual(code, 2, stderr);
});

describe('bad usage and bad input exit 2 with a message naming what was wrong', () => {
  const base = file('ok.json', run(1));
  const cases: Array<[string, string[], RegExp]> = [
    ['an unknown command', ['comapre'], /unknown command 'comapre'/],
    ['an unknown flag', ['compare', '--head', base, '--base', base, '--treshold', '5%'], /--treshold/],
    ['a threshold that is not a number', ['compare', '--head', base, '--base', base, '--threshold', 'abc'], /--threshold: expected a fraction/],
    ['a missing --head', ['compare', '--base', base], /missing --head/],
    [
      'both --base and --baseline-branch',
      ['compare', '--head', base, '--base', base, '--baseline-branch', 'main'],
      /exactly one of --base FILE or --baseline-branch/,
    ],
    ['a results file that does not exist', ['compare', '--head', join(work, 'nope.json'), '--base', base], /nope\.json/],
    ['a bad --fail-on', ['compare', '--head', base, '--base', base, '--fail-on', 'sometimes'], /--fail-on: expected one of regression, never/],
    ['save without --branch', ['save', base], /missing --branch/],
  ];
  for (const [what, argv, message] of cases) {
    it(`for ${what}`, async () => {
      const { code, stderr } = await cli(...argv);
      assert.equal(code, 2, stderr);
      assert.match(stderr, message);
    });
  }

  it('for a file that is not JSON, with its line and column', async () => {
    const broken = file('broken.json', '{\n  "format": "benchgate/results",\n  oops\n}');
    const { code, stderr } = await cli('compare', '--head', broken, '--base', base);
    assert.equal(code, 2);
    assert.match(stderr, /broken\.json/);
    assert.match(stderr, /line 3/);
  });

  it('for a file with a bad field, naming the field', async () => {
    const bad = run(5);
    (bad.benchmarks[1]!.samples as unknown[])[3] = 'fast';
    const path = file('bad-field.json', JSON.stringify(bad));
    const { code, stderr } = await cli('compare', '--head', path, '--base', base);
    assert.equal(code, 2);
    assert.match(stderr, /bad-field\.json/);
    assert.match(stderr, /benchmarks\[1\]\.samples\[3\]/);
  });

  it('for a config file with an unknown option, naming the file and the option', async () => {
    const dir = mkdtempSync(join(work, 'cfg-'));
    writeFileSync(join(dir, 'benchgate.config.json'), JSON.stringify({ threshhold: '5%' }));
    const { code, stderr } = await cli('compare', '--head', base, '--base', base, '--config', join(dir, 'benchgate.config.json'));
    assert.equal(code, 2);
    assert.match(stderr, /benchgate\.config\.json: threshhold: unknown option \(did you mean 'threshold'\?\)/);
  });
});

describe('the local store through save, list and compare --baseline-branch', () => {
  const store = join(work, 'store');

  it('keeps runs per branch and compares against the newest, learning noise from the older', async () => {
    for (const seed of [11, 12, 13, 14]) {
      const saved = await cli('save', file(`main-${seed}.json`, run(seed)), '--branch', 'main', '--store', store);
      assert.equal(saved.code, 0, saved.stderr);
    }
    const listed = await cli('list', '--branch', 'main', '--store', store);
    assert.equal(listed.stdout.trim().split('\n').length, 4);

    const head = file('head.json', run(20, { sort: 0.4 }));
    const { code, stdout } = await cli('compare', '--head', head, '--baseline-branch', 'main', '--store', store);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /sort[^\n]*regression/);
    assert.match(stdout, /learned from|history/i);
  });

  it('prunes to --retain runs per branch', async () => {
    const small = join(work, 'small-store');
    for (const seed of [31, 32, 33, 34, 35]) await cli('save', file(`r-${seed}.json`, run(seed)), '--branch', 'dev/feature', '--store', small, '--retain', '3');
    const listed = await cli('list', '--branch', 'dev/feature', '--store', small);
    assert.equal(listed.stdout.trim().split('\n').length, 3);
  });

  it('leaves the store byte for byte as it was when the file to save is corrupt', async () => {
    const before = snapshot(store);
    const corrupt = file('corrupt.json', '{"format": "benchgate/results", "version": 1, "suite": "default", "run": {}, "benchmarks": [');
    const { code, stderr } = await cli('save', corrupt, '--branch', 'main', '--store', store);
    assert.equal(code, 2);
    assert.match(stderr, /corrupt\.json/);
    assert.deepEqual(snapshot(store), before);
  });

  it('says so when a branch has no stored run yet, and does not fail', async () => {
    const { code, stdout } = await cli('compare', '--head', file('lonely.json', run(40)), '--baseline-branch', 'nowhere', '--store', store);
    assert.equal(code, 0);
    assert.match(stdout, /no baseline/i);
  });
});

describe('help', () => {
  it('lists every shared option a command reads, from the one option table', async () => {
    const { code, stdout } = await cli('help', 'compare');
    assert.equal(code, 0);
    for (const name of ['threshold', 'alpha', 'correction', 'fail-on', 'format']) assert.match(stdout, new RegExp(`--${name}\\b`));
    assert.ok(OPTIONS.length > 10);
  });
});

describe('the bundled CLI, as `npx benchgate` runs it', () => {
  const node = join(repo, 'node_modules/.bin/node');
  const cliJs = join(repo, 'dist/cli.js');
  // The benchmarks run on the `node` in PATH; make that Node 24, as `npm test` does.
  const env = { ...process.env, PATH: `${join(repo, 'node_modules/.bin')}:${process.env.PATH}` };

  it('runs a suite and writes a valid results file, then compares it with itself', () => {
    const out = join(work, 'bundled.json');
    const result = spawnSync(
      node,
      [cliJs, 'run', '--benchmarks', join(repo, '__tests__/fixtures/suites/basic'), '--samples', '4', '--round-time', '5ms', '--warmup', '5ms', '--out', out],
      { cwd: repo, env, encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stderr);
    const written = JSON.parse(readFileSync(out, 'utf8')) as RunResult;
    assert.equal(written.benchmarks.length, 5);
    for (const b of written.benchmarks) assert.equal(b.samples.length, 4, b.name);
    const compared = spawnSync(node, [cliJs, 'compare', '--head', out, '--base', out, '--min-samples', '4'], { cwd: repo, encoding: 'utf8' });
    assert.equal(compared.status, 0, compared.stdout + compared.stderr);
  });

  it('prints its version', () => {
    const version = execFileSync(node, [cliJs, '--version'], { encoding: 'utf8' }).trim();
    assert.equal(version, (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
