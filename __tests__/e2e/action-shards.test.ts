// A suite split over a matrix of shard jobs and merged by one job, as a workflow runs it: the
// bundled Action (dist/index.js under Node 24) in three shard jobs, each on its own runner (own
// workspace and RUNNER_TEMP), whose results the test hands to the merge job as
// actions/download-artifact with merge-multiple would (one folder, every shard's file); baselines
// on a git data branch (real git, a local bare repository), the GitHub API stand-in for the PR.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, Runner, sha, type ActionRun, type Job } from '../support/action-runner.ts';
import { bareRemote, git, remoteFile, remoteFiles, remoteTip } from '../support/git-fixtures.ts';
import { WRITE_TOKEN, startGitHubApi, type GitHubApi } from '../support/github-api-server.ts';
import type { RunResult } from '../../src/results/model.ts';

const DATA = 'benchgate-data';
const SUITE = 'sharded';
const SHARDS = 3;

const machines: Runner[] = [];
let merger: Runner;
let remote: string;
let api: GitHubApi;

// Four files of uneven size: 10 benchmarks in all.
const FILES: Record<string, string[]> = {
  'benchmarks/strings.bench.mjs': ['join words', 'split words', 'upper case'],
  'benchmarks/arrays.bench.mjs': ['sort numbers', 'map numbers', 'filter numbers', 'reduce numbers'],
  'benchmarks/json.bench.mjs': ['stringify', 'parse'],
  'benchmarks/math.bench.mjs': ['hypot'],
};
const ALL = Object.values(FILES).flat().sort();

function benchmarkFile(names: string[]): string {
  const bodies: Record<string, string> = {
    'join words': "words.join(' ')",
    'split words': "sentence.split(' ')",
    'upper case': 'sentence.toUpperCase()',
    'sort numbers': '[...numbers].sort((a, b) => a - b)',
    'map numbers': 'numbers.map((n) => n * 2)',
    'filter numbers': 'numbers.filter((n) => n % 2)',
    'reduce numbers': 'numbers.reduce((a, b) => a + b, 0)',
    stringify: 'JSON.stringify(numbers)',
    parse: 'JSON.parse(text)',
    hypot: 'Math.hypot(3, 4, 5)',
  };
  return `import { bench } from 'benchgate';
const sentence = 'the quick brown fox jumps over the lazy dog';
const words = sentence.split(' ');
const numbers = Array.from({ length: 64 }, (_, i) => (i * 7919) % 101);
const text = JSON.stringify(numbers);
${names.map((n) => `bench(${JSON.stringify(n)}, () => ${bodies[n]});`).join('\n')}
`;
}

before(async () => {
  for (let k = 0; k < SHARDS; k++) {
    const machine = new Runner();
    for (const [path, names] of Object.entries(FILES)) machine.write(path, benchmarkFile(names));
    machines.push(machine);
  }
  merger = new Runner();
  remote = bareRemote(merger.root);
  api = await startGitHubApi();
  api.addCommits([
    { sha: sha('m1'), parents: [] },
    { sha: sha('m2'), parents: [sha('m1')] },
    { sha: sha('m3'), parents: [sha('m2')] },
    { sha: sha('p1'), parents: [sha('m2')] },
  ]);
  api.setBranch('main', sha('m2'));
  api.addPullRequest({ number: 7, headSha: sha('p1'), headRef: 'feature/faster-parse', baseRef: 'main', baseSha: sha('m2') });
});

after(async () => {
  await api.close();
  for (const m of [...machines, merger]) m.cleanup();
});

// Tiny rounds on a busy machine: any verdict may come out, so the gate reports without failing; these tests are about the plumbing.
const MEASURE = { suite: SUITE, samples: '4', processes: '1', 'round-time': '5ms', warmup: '5ms', 'min-samples': '4', 'fail-on': 'never' };

function job(overrides: Job): Job {
  return {
    ...overrides,
    inputs: { 'baseline-store': 'branch', 'data-repository': remote, 'github-token': WRITE_TOKEN, ...MEASURE, ...overrides.inputs },
    env: { GITHUB_API_URL: api.url, ...overrides.env },
  };
}

function pushEvent(after: string): Record<string, unknown> {
  const payload = JSON.parse(readFileSync(new URL('../fixtures/events/push.main.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  return { ...payload, after };
}

/** Every file of the data branch with its blob id: equal snapshots mean nothing was written. */
function snapshot(): { tip: string | undefined; blobs: string } {
  return { tip: remoteTip(remote, DATA), blobs: remoteTip(remote, DATA) ? git(remote, 'ls-tree', '-r', `refs/heads/${DATA}`) : '' };
}

/** Runs that the data branch keeps for the suite (one file per run). */
function storedRuns(): string[] {
  return remoteTip(remote, DATA)
    ? remoteFiles(remote, DATA).filter((f) => f.startsWith(`${SUITE}/`) && !f.includes('/history/') && !f.includes('/verdicts/') && f.endsWith('.json'))
    : [];
}

/** The shard jobs of one workflow run, in parallel as a matrix runs them, each on its own machine. */
async function shardJobs(base: Job, which: number[] = [1, 2, 3]): Promise<ActionRun[]> {
  return Promise.all(which.map((k) => machines[k - 1]!.run(job({ ...base, inputs: { ...base.inputs, shard: `${k}/${SHARDS}` } }))));
}

/** What download-artifact with pattern benchgate-shard-* and merge-multiple: true leaves: one folder of every shard's files. */
function download(runs: ActionRun[], folder: string): string {
  const into = join(merger.workspace, folder);
  mkdirSync(into, { recursive: true });
  for (const run of runs) {
    const dir = run.outputs['results-path']!.replace(/\/[^/]+$/, '');
    for (const file of readdirSync(dir)) copyFileSync(join(dir, file), join(into, file));
  }
  return folder;
}

test('three shard jobs and one merge job on a push: one run on the data branch, compared and saved once', async () => {
  const push: Job = { event: 'push', payload: pushEvent(sha('m1')), sha: sha('m1') };
  const before = snapshot();
  const shards = await shardJobs(push);
  for (const [i, run] of shards.entries()) {
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.verdict, 'shard');
    assert.match(run.outputs['results-path']!, new RegExp(`results-shard-${i + 1}-of-3\\.json$`));
    assert.match(run.stdout, /split by counting files \(no stored run yet\)/);
  }
  assert.deepEqual(snapshot(), before, 'shard jobs write nothing to the data branch');
  const parts = shards.map((r) => JSON.parse(readFileSync(r.outputs['results-path']!, 'utf8')) as RunResult);
  assert.deepEqual(parts.flatMap((p) => p.benchmarks.map((b) => b.name)).sort(), ALL, 'every benchmark in exactly one shard');
  assert.equal(new Set(parts.map((p) => p.run.shard!.plan)).size, 1, 'all three computed the same split');

  const merged = await merger.run(job({ ...push, inputs: { mode: 'merge', results: download(shards, 'shards-m1') } }));
  assert.equal(merged.code, 0, merged.stdout + merged.stderr);
  assert.equal(merged.outputs.verdict, 'no-baseline');
  assert.match(merged.stdout, /Merged 3 shards of sharded: 10 benchmarks/);
  const runs = storedRuns();
  assert.equal(runs.length, 1, runs.join('\n'));
  const stored = JSON.parse(remoteFile(remote, DATA, runs[0]!)) as RunResult;
  assert.equal(stored.run.commit, sha('m1'));
  assert.deepEqual(
    stored.run.shards!.map((s) => s.index),
    [1, 2, 3],
  );
  assert.ok(stored.benchmarks.every((b) => b.shard !== undefined && b.wallTime! > 0));
  assert.match(merged.summary, /Shards:/);
});

test('the next push plans its split from the stored run, compares shard by shard, and saves one more run', async () => {
  const first = JSON.parse(remoteFile(remote, DATA, storedRuns()[0]!)) as RunResult;
  const push: Job = { event: 'push', payload: pushEvent(sha('m2')), sha: sha('m2') };
  const shards = await shardJobs(push);
  for (const run of shards) {
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, new RegExp(`split as planned from the stored run ${first.run.id}`));
  }
  const parts = shards.map((r) => JSON.parse(readFileSync(r.outputs['results-path']!, 'utf8')) as RunResult);
  assert.ok(parts.every((p) => p.run.shard!.timings === first.run.id));
  assert.deepEqual(parts.flatMap((p) => p.benchmarks.map((b) => b.name)).sort(), ALL);
  const merged = await merger.run(job({ ...push, inputs: { mode: 'merge', results: download(shards, 'shards-m2') } }));
  assert.equal(merged.code, 0, merged.stdout + merged.stderr);
  assert.notEqual(merged.outputs.verdict, 'no-baseline');
  assert.equal(storedRuns().length, 2);
  const second = JSON.parse(
    remoteFile(
      remote,
      DATA,
      storedRuns().find((f) => f.includes(sha('m2').slice(0, 12)))!,
    ),
  ) as RunResult;
  for (const part of parts) for (const b of part.benchmarks) assert.equal(second.benchmarks.find((s) => s.name === b.name)!.shard, part.run.shard!.index);
  assert.match(merged.summary, /Each shard ran on its own machine/);
});

test('a pull request: the shards measure, the merge job comments once and saves nothing', async () => {
  const pr: Job = { event: 'pull_request', payload: 'pull_request.opened.json', sha: sha('p1'), ref: 'refs/pull/7/merge' };
  const before = snapshot();
  const shards = await shardJobs(pr);
  for (const run of shards) assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(api.comments(7).length, 0, 'shard jobs do not comment');
  const merged = await merger.run(job({ ...pr, inputs: { mode: 'merge', results: download(shards, 'shards-p1') } }));
  assert.equal(merged.code, 0, merged.stdout + merged.stderr);
  assert.equal(api.comments(7).length, 1);
  assert.match(api.comments(7)[0]!.body, /Shards:/);
  assert.deepEqual(snapshot(), before, 'a PR run writes nothing to the data branch');
  assert.deepEqual(api.violations, []);
});

test('a failed shard fails the merge job with its name, and nothing is saved', async () => {
  const push: Job = { event: 'push', payload: pushEvent(sha('m3')), sha: sha('m3') };
  const before = snapshot();
  // Shard 2's job failed: it uploaded nothing.
  const shards = await shardJobs(push, [1, 3]);
  const merged = await merger.run(job({ ...push, inputs: { mode: 'merge', results: download(shards, 'shards-m3') } }));
  assert.equal(merged.code, 1);
  assert.ok(
    merged.errors.some((e) => /shard 2\/3 is missing/.test(e)),
    merged.errors.join('\n'),
  );
  assert.deepEqual(snapshot(), before);

  const none = await merger.run(job({ ...push, inputs: { mode: 'merge', results: 'no-such-folder' } }));
  assert.equal(none.code, 1);
  assert.ok(
    none.errors.some((e) => /no shard results in .*no-such-folder/.test(e)),
    none.errors.join('\n'),
  );
  assert.deepEqual(snapshot(), before);
});

test('compare interleaved in shards: each shard measures its part of base and head side by side, the merge job judges the pairs together', async () => {
  const library = (costOfParse: number) => `export function work(n) { let s = 0; for (let i = 0; i < n; i++) s = (s + i * i) | 0; return s; }
export const parse = () => work(${costOfParse});
export const lex = () => work(2000);
export const sort = () => work(3000);
export const hash = () => work(1500);
`;
  const env = {
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
  };
  const inRepo = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } }).trim();
  // Two runners with the same repository: a base commit, and a pull request that makes parse three times as expensive.
  const boxes = [new Runner(), new Runner()];
  const origin = boxes[0]!.workspace;
  boxes[0]!.write('.gitignore', 'node_modules/\n');
  boxes[0]!.write('lib.mjs', library(2000));
  boxes[0]!.write(
    'benchmarks/parsing.bench.mjs',
    "import { bench } from 'benchgate';\nimport { parse, lex } from '../lib.mjs';\nbench('parse', parse);\nbench('lex', lex);\n",
  );
  boxes[0]!.write(
    'benchmarks/ordering.bench.mjs',
    "import { bench } from 'benchgate';\nimport { sort, hash } from '../lib.mjs';\nbench('sort', sort);\nbench('hash', hash);\n",
  );
  inRepo(origin, 'init', '-q', '-b', 'main');
  inRepo(origin, 'add', '-A');
  inRepo(origin, 'commit', '-qm', 'base');
  const base = inRepo(origin, 'rev-parse', 'HEAD');
  boxes[0]!.write('lib.mjs', library(6000));
  inRepo(origin, 'commit', '-qam', 'slower parse');
  const head = inRepo(origin, 'rev-parse', 'HEAD');
  const other = boxes[1]!.workspace;
  inRepo(other, 'init', '-q', '-b', 'main');
  inRepo(other, 'fetch', '-q', origin, 'main');
  inRepo(other, 'checkout', '-q', '-f', head);
  api.addCommits([
    { sha: base, parents: [] },
    { sha: head, parents: [base] },
  ]);
  api.addPullRequest({ number: 8, headSha: head, headRef: 'feature/parse', baseRef: 'main', baseSha: base });

  const payload = JSON.parse(readFileSync(new URL('../fixtures/events/pull_request.opened.json', import.meta.url), 'utf8')) as {
    number: number;
    pull_request: { number: number; head: { sha: string; ref: string }; base: { sha: string; ref: string } };
  };
  payload.number = 8;
  payload.pull_request.number = 8;
  payload.pull_request.head.sha = head;
  payload.pull_request.base.sha = base;
  const pr = {
    event: 'pull_request',
    payload,
    sha: head,
    ref: 'refs/pull/8/merge',
    inputs: {
      compare: 'interleaved',
      budget: '60s',
      'baseline-store': 'none',
      // What `npm ci` does in a real checkout: make `benchgate` importable in each tree.
      setup: `mkdir -p node_modules && ln -sfn ${ROOT} node_modules/benchgate`,
      'github-token': WRITE_TOKEN,
    },
    env: { GITHUB_API_URL: api.url },
  };
  try {
    const shards = await Promise.all(boxes.map((box, i) => box.run({ ...pr, inputs: { ...pr.inputs, shard: `${i + 1}/2` } })));
    for (const [i, run] of shards.entries()) {
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.match(run.outputs['results-path']!, new RegExp(`interleaved-shard-${i + 1}-of-2\\.json$`));
    }
    const parts = shards.map((r) => JSON.parse(readFileSync(r.outputs['results-path']!, 'utf8')) as { head: RunResult; base: RunResult });
    assert.deepEqual(
      parts.flatMap((p) => p.head.benchmarks.map((b) => b.name)).sort(),
      ['hash', 'lex', 'parse', 'sort'],
      'each benchmark measured by one shard',
    );
    for (const p of parts)
      assert.deepEqual(
        p.base.benchmarks.map((b) => b.name),
        p.head.benchmarks.map((b) => b.name),
        'base and head of the same part',
      );
    assert.equal(api.comments(8).length, 0);
    const merged = await merger.run({ ...pr, inputs: { ...pr.inputs, mode: 'merge', results: download(shards, 'shards-interleaved') } });
    assert.equal(merged.code, 1, merged.stdout + merged.stderr + merged.summary);
    assert.equal(merged.outputs.verdict, 'fail');
    assert.equal(merged.outputs.regressions, '1', merged.summary);
    assert.match(merged.summary, /parse[^\n]*regression/i);
    assert.match(merged.summary, /Shards:/);
    assert.equal(api.comments(8).length, 1);
    assert.deepEqual(api.violations, []);
  } finally {
    for (const box of boxes) box.cleanup();
  }
});
