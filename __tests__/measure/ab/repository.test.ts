// `benchgate ab` on a real repository made here: two commits, the second makes one function twice as
// slow and another twice as fast, and a setup command that builds lib/ from src/. The CLI runs as
// its own process, as people run it, with its own temp folder so that leftovers can be seen.
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(REPO, 'src/cli.ts');
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.test',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.test',
};

// Small rounds and a small budget: the 2× changes are plain after a few pairs. Ten pairs at least,
// however busy the machine: with three benchmarks under Holm, fewer than eight pairs can never be
// significant (the smallest two-sided Wilcoxon p of 6 pairs is 1/32, above 0.05/3).
const FAST = [
  '--node',
  process.execPath,
  '--processes',
  '2',
  '--round-time',
  '10',
  '--warmup',
  '20',
  '--min-pairs',
  '10',
  '--budget',
  '40s',
  '--benchmark-budget',
  '10s',
];
const BUILD = 'mkdir -p lib && cp src/*.js lib/';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();
}

const LIB = `export function work(n) { let s = 0; for (let i = 0; i < n; i++) s = (s + i * i) | 0; return s; }
export const steady = () => work(2000);
export const getsSlower = () => work(%SLOWER%);
export const getsFaster = () => work(%FASTER%);
`;

/** A repository whose HEAD~1 → HEAD makes "gets slower" 2× slower and "gets faster" 2× faster. */
function makeRepository(root: string): string {
  const repo = join(root, 'project');
  mkdirSync(join(repo, 'src'), { recursive: true });
  mkdirSync(join(repo, 'benchmarks'));
  mkdirSync(join(repo, 'node_modules'));
  // Committed, so the base worktree resolves `benchgate` too (an install step would, in a real project).
  symlinkSync(REPO, join(repo, 'node_modules', 'benchgate'));
  writeFileSync(join(repo, '.gitignore'), 'lib/\n');
  writeFileSync(
    join(repo, 'benchmarks', 'lib.bench.mjs'),
    `import { bench } from 'benchgate';
import { steady, getsSlower, getsFaster } from '../lib/lib.js';
bench('steady', steady);
bench('gets slower', getsSlower);
bench('gets faster', getsFaster);
`,
  );
  writeFileSync(join(repo, 'src', 'lib.js'), LIB.replace('%SLOWER%', '2000').replace('%FASTER%', '4000'));
  git(root, 'init', '--quiet', '--initial-branch=main', repo);
  git(repo, 'add', '--all');
  git(repo, 'commit', '--quiet', '-m', 'first');
  writeFileSync(join(repo, 'src', 'lib.js'), LIB.replace('%SLOWER%', '4000').replace('%FASTER%', '2000'));
  git(repo, 'commit', '--quiet', '-am', 'second: one slower, one faster');
  return repo;
}

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function startAb(cwd: string, temp: string, args: string[]): { child: ChildProcess; done: Promise<Outcome>; stderr: () => string } {
  const child = spawn(process.execPath, [CLI, 'ab', ...args], { cwd, env: { ...GIT_ENV, TMPDIR: temp, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const done = new Promise<Outcome>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done, stderr: () => stderr };
}

async function waitFor(what: string, check: () => boolean, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function assertCleanedUp(repo: string, temp: string): void {
  const worktrees = git(repo, 'worktree', 'list', '--porcelain')
    .split('\n')
    .filter((l) => l.startsWith('worktree '));
  assert.deepEqual(worktrees, [`worktree ${repo}`], 'only the main worktree is left');
  // node-compile-cache is Node's own cache of compiled code (the CLI turns it on), not a worktree.
  assert.deepEqual(
    readdirSync(temp).filter((name) => name !== 'node-compile-cache'),
    [],
    'the temp folder of the worktrees is gone',
  );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('benchgate ab on a repository with a build step', () => {
  let root: string;
  let repo: string;
  let temp: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'benchgate-ab-test-'));
    repo = makeRepository(root);
    temp = join(root, 'tmp');
    mkdirSync(temp);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('finds exactly the function made 2× slower and the one made 2× faster, exits 1, and removes its worktree', async () => {
    const { done } = startAb(repo, temp, [
      '--base',
      'HEAD~1',
      '--setup',
      BUILD,
      '--format',
      'json',
      '--out',
      join(root, 'ab.json'),
      '--head-out',
      join(root, 'ab-head.json'),
      '--base-out',
      join(root, 'ab-base.json'),
      ...FAST,
    ]);
    const out = await done;
    assert.equal(out.code, 1, out.stderr);
    const report = JSON.parse(out.stdout) as { benchmarks: { name: string; verdict: string; change: number }[]; counts: Record<string, number> };
    const verdicts = Object.fromEntries(report.benchmarks.map((b) => [b.name, b.verdict]));
    assert.equal(verdicts['gets slower'], 'regression', out.stdout);
    assert.equal(verdicts['gets faster'], 'improvement', out.stdout);
    assert.ok(['unchanged', 'inconclusive'].includes(verdicts.steady!), `steady: ${verdicts.steady}`);
    assert.equal(report.counts.regression, 1);
    assert.equal(report.counts.improvement, 1);
    const slower = report.benchmarks.find((b) => b.name === 'gets slower')!;
    assert.ok(slower.change > 0.5 && slower.change < 1.6, `change of gets slower: ${slower.change}`);
    // The setup ran in each tree and its output was shown under a heading naming the tree.
    assert.match(out.stderr, /── setup in the base tree, HEAD~1 \([0-9a-f]{7}\): mkdir -p lib/);
    assert.match(out.stderr, /── setup in the head tree, the working tree: mkdir -p lib/);
    assert.match(out.stderr, /benchgate: 1 regression found\./);
    assertCleanedUp(repo, temp);

    const saved = JSON.parse(readFileSync(join(root, 'ab.json'), 'utf8')) as {
      head: { run: { commit: string }; benchmarks: { name: string; samples: number[]; processes: number[] }[] };
      base: { run: { commit: string }; benchmarks: { name: string; samples: number[] }[] };
      conditions: { gcBeforeRound: boolean; semiSpaceMb: number; processes: number; roundStatistic: string; base: { commit: string } };
      sampling: Record<string, { pairs: number; stop: string; headFirst: number; order: string }>;
    };
    assert.equal(saved.base.run.commit, git(repo, 'rev-parse', 'HEAD~1'));
    assert.equal(saved.head.run.commit, git(repo, 'rev-parse', 'HEAD'));
    for (const h of saved.head.benchmarks) {
      const b = saved.base.benchmarks.find((x) => x.name === h.name)!;
      assert.equal(h.samples.length, b.samples.length, `${h.name}: one head sample per base sample`);
      assert.equal(h.samples.length, saved.sampling[h.name]!.pairs);
      assert.ok(saved.sampling[h.name]!.pairs >= 10);
      // Balanced order: as many pairs ran head first as base first, give or take one block.
      assert.ok(
        Math.abs(2 * saved.sampling[h.name]!.headFirst - h.samples.length) <= 2,
        `${h.name}: ${saved.sampling[h.name]!.headFirst} of ${h.samples.length} head first`,
      );
      assert.match(saved.sampling[h.name]!.order, new RegExp(`^[hb]{${h.samples.length}}$`));
      assert.deepEqual([...new Set(h.processes)].sort(), [0, 1], 'pairs come from both process pairs');
    }
    assert.equal(saved.conditions.gcBeforeRound, true);
    assert.equal(saved.conditions.semiSpaceMb, 16);
    assert.equal(saved.conditions.roundStatistic, 'median');

    // The sides as results files name each other, so `compare` pairs them without --paired, and agrees.
    const compared = spawnSync(
      process.execPath,
      [CLI, 'compare', '--head', join(root, 'ab-head.json'), '--base', join(root, 'ab-base.json'), '--format', 'json'],
      { encoding: 'utf8' },
    );
    assert.equal(compared.status, 1, compared.stderr);
    const again = JSON.parse(compared.stdout) as { options: { pairing: string }; benchmarks: { name: string; verdict: string }[] };
    assert.equal(again.options.pairing, 'same-run');
    assert.deepEqual(Object.fromEntries(again.benchmarks.map((b) => [b.name, b.verdict])), verdicts);
  });

  it('shows the conditions and the noise of each benchmark in the terminal report', async () => {
    const out = await startAb(repo, temp, [
      '--base',
      'HEAD~1',
      '--setup',
      BUILD,
      '--cpu',
      '0',
      '--no-expose-gc',
      '--semi-space',
      '0',
      '--filter',
      '^gets',
      ...FAST,
    ]).done;
    assert.equal(out.code, 1, out.stderr);
    assert.match(out.stdout, /Conditions: alternating round pairs in balanced random order \(ABBA\), 2 processes per version and file, 10 ms rounds/);
    assert.match(out.stdout, /GC before each round off, young generation sized by V8, pinned to CPU 0 \(taskset\)/);
    assert.match(out.stdout, /Paired analysis: per round pair the log ratio head\/base; Wilcoxon signed-rank test/);
    assert.match(out.stdout, /Noise within this run:\n\s+benchmark\s+pairs\s+pair spread\s+CV base\s+CV head\s+sampling\n\s+gets slower\s+\d+\s+±[\d.]+%/);
    assert.doesNotMatch(out.stdout, /steady/);
    assertCleanedUp(repo, temp);
  });

  it('stops with an error naming the command and the tree when the setup fails, and removes the worktree', async () => {
    // The marker exists in the working tree only, so the setup fails in the base tree.
    writeFileSync(join(repo, 'marker'), '');
    try {
      const out = await startAb(repo, temp, ['--base', 'HEAD~1', '--setup', 'test -f marker || { echo "no marker in $(pwd)" >&2; exit 1; }', ...FAST]).done;
      assert.equal(out.code, 2, out.stderr);
      assert.match(
        out.stderr,
        /benchgate ab: the setup command "test -f marker \|\| .*" exited with code 1 in the base tree, HEAD~1 \([0-9a-f]{7}\) \(.*base\)/,
      );
      assert.match(out.stderr, /its output ended with:\n\s+no marker in .*base/);
      assertCleanedUp(repo, temp);
    } finally {
      rmSync(join(repo, 'marker'));
    }
  });

  it('on SIGINT while measuring, stops its benchmark processes, removes the worktree and ends by the signal', async () => {
    const ab = startAb(repo, temp, [
      '--base',
      'HEAD~1',
      '--setup',
      BUILD,
      ...FAST,
      '--budget',
      '10m',
      '--min-pairs',
      '5000',
      '--max-pairs',
      '5000',
      '--benchmark-budget',
      '10m',
    ]);
    await waitFor('the measurement to start', () => /warming up base and head/.test(ab.stderr()));
    const worktree = join(temp, readdirSync(temp)[0]!, 'base');
    assert.ok(existsSync(worktree), 'the base worktree exists while measuring');
    await new Promise((r) => setTimeout(r, 1500));
    ab.child.kill('SIGINT');
    const out = await ab.done;
    assert.equal(out.signal, 'SIGINT', `ended with code ${out.code}: ${out.stderr}`);
    assertCleanedUp(repo, temp);
    const left = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes(worktree));
    assert.deepEqual(left, [], 'no benchmark process of the base tree is left');
  });

  it('on SIGTERM during the setup, stops the setup command with what it started and removes the worktree', async () => {
    const pidFile = join(root, 'setup.pid');
    const ab = startAb(repo, temp, ['--base', 'HEAD~1', '--setup', `echo $$ > ${pidFile}; sleep 60; echo finished sleeping`, ...FAST]);
    await waitFor('the setup command to start', () => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '');
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    assert.ok(alive(pid));
    ab.child.kill('SIGTERM');
    const out = await ab.done;
    assert.equal(out.signal, 'SIGTERM', `ended with code ${out.code}: ${out.stderr}`);
    await waitFor('the setup command to end', () => !alive(pid), 5_000);
    assert.doesNotMatch(out.stderr, /│ finished sleeping/);
    assertCleanedUp(repo, temp);
  });

  it('refuses a base that names no commit, and a CPU list this machine does not have, before creating anything', async () => {
    const noRef = await startAb(repo, temp, ['--base', 'no-such-branch', ...FAST]).done;
    assert.equal(noRef.code, 2);
    assert.match(noRef.stderr, /benchgate ab: --base: no commit named "no-such-branch" in .*project/);
    const badCpu = await startAb(repo, temp, ['--base', 'HEAD~1', '--cpu', '4096', ...FAST]).done;
    assert.equal(badCpu.code, 2);
    assert.match(badCpu.stderr, /--cpu: CPU 4096 does not exist; this machine has CPUs 0 to \d+/);
    const missing = await startAb(repo, temp, FAST).done;
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing --base REF; usage: benchgate ab --base REF/);
    assertCleanedUp(repo, temp);
  });
});

/**
 * A project as most are: node_modules ignored, installed in the working tree only, a lockfile
 * committed. HEAD makes "gets slower" 2× slower; `lockfileChanges` also changes the lockfile in HEAD.
 */
function makeInstalledProject(root: string, lockfileChanges: boolean): string {
  const repo = join(root, lockfileChanges ? 'upgraded' : 'installed');
  mkdirSync(join(repo, 'src'), { recursive: true });
  mkdirSync(join(repo, 'benchmarks'));
  writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
  writeFileSync(join(repo, 'package-lock.json'), '{ "name": "project", "lockfileVersion": 3, "packages": {} }\n');
  writeFileSync(
    join(repo, 'benchmarks', 'lib.bench.mjs'),
    `import { bench } from 'benchgate';
import { steady, getsSlower, getsFaster } from '../src/lib.js';
bench('steady', steady);
bench('gets slower', getsSlower);
bench('gets faster', getsFaster);
`,
  );
  writeFileSync(join(repo, 'src', 'lib.js'), LIB.replace('%SLOWER%', '2000').replace('%FASTER%', '2000'));
  git(root, 'init', '--quiet', '--initial-branch=main', repo);
  git(repo, 'add', '--all');
  git(repo, 'commit', '--quiet', '-m', 'first');
  writeFileSync(join(repo, 'src', 'lib.js'), LIB.replace('%SLOWER%', '4000').replace('%FASTER%', '2000'));
  if (lockfileChanges) writeFileSync(join(repo, 'package-lock.json'), '{ "name": "project", "lockfileVersion": 3, "packages": { "x": {} } }\n');
  git(repo, 'commit', '--quiet', '-am', 'second: one slower');
  // `npm ci` in the working tree: not committed, so the base worktree has none of it.
  mkdirSync(join(repo, 'node_modules'));
  symlinkSync(REPO, join(repo, 'node_modules', 'benchgate'));
  return repo;
}

describe('benchgate ab without --setup in a project whose node_modules is not committed', () => {
  let root: string;
  let temp: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'benchgate-ab-deps-'));
    temp = join(root, 'tmp');
    mkdirSync(temp);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it("lets the base tree use the working tree's node_modules when the lockfiles match, and finds the regression", async () => {
    const repo = makeInstalledProject(root, false);
    const out = await startAb(repo, temp, ['--base', 'HEAD~1', '--format', 'json', ...FAST]).done;
    assert.equal(out.code, 1, out.stderr);
    assert.match(out.stderr, /── the base tree uses the working tree's node_modules: same lockfile, and no --setup to install its own/);
    const report = JSON.parse(out.stdout) as { benchmarks: { name: string; verdict: string }[] };
    assert.equal(report.benchmarks.find((b) => b.name === 'gets slower')?.verdict, 'regression', out.stdout);
    assert.ok(
      report.benchmarks.every((b) => b.verdict !== 'new'),
      'every benchmark ran in both trees',
    );
    assertCleanedUp(repo, temp);
    assert.ok(existsSync(join(repo, 'node_modules', 'benchgate')), "the working tree's node_modules is untouched");
  });

  it('exits 2 and says what to do when the lockfiles differ and the base tree can run none of its benchmarks', async () => {
    const repo = makeInstalledProject(root, true);
    const out = await startAb(repo, temp, ['--base', 'HEAD~1', ...FAST]).done;
    assert.equal(out.code, 2, out.stderr);
    assert.match(
      out.stderr,
      /benchgate ab: every benchmark of the base tree, HEAD~1 \([0-9a-f]{7}\), failed, so nothing could be compared: .*benchgate.*\. Its dependencies were not shared: the lockfile in the root differs from the working tree's, so its installed node_modules do not fit\. If its dependencies are missing, give a setup command to run in each tree before measuring: pass --setup "npm ci"/,
    );
    assert.doesNotMatch(out.stderr, /No regression found/);
    assertCleanedUp(repo, temp);
  });
});
