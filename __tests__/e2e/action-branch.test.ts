// The bundled Action, run as the runner runs it, with baselines on a git data branch (real
// git, a local bare repository as the remote): benchgate measuring a tiny suite itself,
// results from an earlier step, release gating, and a corrupt baseline.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Runner, results, sha, type Job } from '../support/action-runner.ts';
import { startCacheServer, type CacheServer } from '../support/cache-server.ts';
import { bareRemote, git, remoteFile, remoteFiles, remoteTip } from '../support/git-fixtures.ts';
import { WRITE_TOKEN, startGitHubApi, type GitHubApi } from '../support/github-api-server.ts';

const DATA = 'benchgate-data';

let runner: Runner;
let remote: string;
let api: GitHubApi;
let cache: CacheServer;

before(async () => {
  runner = new Runner();
  remote = bareRemote(runner.root);
  api = await startGitHubApi();
  // Only to hand the job an ACTIONS_RUNTIME_TOKEN, as a real runner does, that benchmarks must not see.
  cache = await startCacheServer();
  api.addCommits([
    { sha: sha('m1'), parents: [] },
    { sha: sha('m2'), parents: [sha('m1')] },
    { sha: sha('p1'), parents: [sha('m2')] },
    { sha: sha('r1'), parents: [sha('m2')] },
  ]);
  api.setBranch('main', sha('m2'));
  api.addPullRequest({ number: 7, headSha: sha('p1'), headRef: 'feature/faster-parse', baseRef: 'main', baseSha: sha('m2') });
});

after(async () => {
  await api.close();
  await cache.close();
  runner.cleanup();
});

function job(overrides: Job): Job {
  return {
    ...overrides,
    inputs: { 'baseline-store': 'branch', 'data-repository': remote, 'github-token': WRITE_TOKEN, ...overrides.inputs },
    env: { ...cache.env, GITHUB_API_URL: api.url, ...overrides.env },
  };
}

function pushEvent(fixture: string, after: string): Record<string, unknown> {
  const payload = JSON.parse(readFileSync(new URL(`../fixtures/events/${fixture}`, import.meta.url), 'utf8')) as Record<string, unknown>;
  return { ...payload, after };
}

/** Every file of the data branch with its blob id: equal snapshots mean byte-identical history. */
function snapshot(): { tip: string | undefined; blobs: string } {
  return { tip: remoteTip(remote, DATA), blobs: git(remote, 'ls-tree', '-r', `refs/heads/${DATA}`) };
}

test('benchgate measures its suite on a push to main and records it on the data branch, without showing benchmarks the token', async () => {
  runner.write(
    'benchmarks/strings.bench.mjs',
    `import { bench } from 'benchgate';
const words = 'the quick brown fox jumps over the lazy dog'.split(' ');
bench('join words', () => words.join(' '));
bench('sort words', () => [...words].sort());
`,
  );
  // Benchmarks are the pull request's code: this one tells what it could see.
  runner.write(
    'benchmarks/env.bench.mjs',
    `import { writeFileSync, mkdirSync } from 'node:fs';
import { bench } from 'benchgate';
const dir = new URL('../env-seen/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL(\`env-\${process.pid}.txt\`, dir), Object.keys(process.env).join('\\n'));
bench('noop', () => 1);
`,
  );
  const run = await runner.run(
    job({
      event: 'push',
      payload: pushEvent('push.main.json', sha('m1')),
      sha: sha('m1'),
      inputs: { suite: 'self', samples: '6', processes: '2', 'round-time': '5ms', warmup: '10ms' },
    }),
  );

  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'no-baseline');
  const stored = readFileSync(run.outputs['results-path']!, 'utf8');
  const measured = JSON.parse(stored) as { benchmarks: Array<{ name: string; samples: number[] }>; run: { commit: string } };
  assert.deepEqual(measured.benchmarks.map((b) => b.name).sort(), ['join words', 'noop', 'sort words']);
  for (const b of measured.benchmarks) assert.equal(b.samples.length, 6, b.name);
  assert.equal(measured.run.commit, sha('m1'));

  const files = remoteFiles(remote, DATA);
  const runFile = files.find((f) => f.startsWith('self/') && f.endsWith('.json') && f.includes(sha('m1').slice(0, 12)));
  assert.ok(runFile, files.join('\n'));
  assert.ok(
    files.some((f) => f.startsWith('self/history/')),
    'the trend history got the run too',
  );
  assert.deepEqual(
    JSON.parse(remoteFile(remote, DATA, runFile))
      .benchmarks.map((b: { name: string }) => b.name)
      .sort(),
    ['join words', 'noop', 'sort words'],
  );

  const seen = readdirSync(join(runner.workspace, 'env-seen')).map((f) => readFileSync(join(runner.workspace, 'env-seen', f), 'utf8').split('\n'));
  assert.ok(seen.length >= 2, 'every benchmark process reported');
  for (const names of seen) {
    assert.ok(names.includes('GITHUB_SHA'), 'the dump works: ordinary variables are there');
    for (const secret of ['INPUT_GITHUB-TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) assert.ok(!names.includes(secret), secret);
    assert.deepEqual(
      names.filter((n) => n.startsWith('INPUT_')),
      [],
    );
  }
  assert.deepEqual(api.requests, [], 'a push needs no API call');
});

test('results from an earlier step: push records, a PR with a real regression fails against the data branch', async () => {
  const baseFile = runner.writeResults(
    'results/m2.json',
    results({ suite: 'api', commit: sha('m2'), time: '2025-02-01T00:00:00Z', benchmarks: { parse: 100, render: 2000 } }),
  );
  const saved = await runner.run(
    job({ event: 'push', payload: pushEvent('push.main-2.json', sha('m2')), sha: sha('m2'), inputs: { results: baseFile, suite: 'api' } }),
  );
  assert.equal(saved.code, 0, saved.stdout);
  assert.ok(remoteFiles(remote, DATA).some((f) => f.startsWith('api/') && f.includes(sha('m2').slice(0, 12))));

  const before = snapshot();
  const file = runner.writeResults(
    'results/p1.json',
    results({ suite: 'api', commit: sha('p1'), time: '2025-02-02T00:00:00Z', benchmarks: { parse: 130, render: 2000 } }),
  );
  const run = await runner.run(
    job({ event: 'pull_request', payload: 'pull_request.opened.json', sha: sha('p1'), ref: 'refs/pull/7/merge', inputs: { results: file, suite: 'api' } }),
  );
  assert.equal(run.code, 1, run.stdout);
  assert.equal(run.outputs.verdict, 'fail');
  assert.equal(run.outputs.regressions, '1');
  assert.equal(api.comments(7).length, 1);
  assert.deepEqual(snapshot(), before, 'a PR run writes nothing to the data branch');
  assert.deepEqual(api.violations, []);
});

test('a push to a release branch is gated against the branch it was cut from, and only a passing run becomes its baseline', async () => {
  const slow = runner.writeResults(
    'results/r1-slow.json',
    results({ suite: 'api', commit: sha('r1'), time: '2025-02-03T00:00:00Z', benchmarks: { parse: 130, render: 2000 } }),
  );
  const failed = await runner.run(
    job({
      event: 'push',
      payload: pushEvent('push.release.json', sha('r1')),
      sha: sha('r1'),
      ref: 'refs/heads/release/1.x',
      inputs: { results: slow, suite: 'api' },
    }),
  );
  assert.equal(failed.code, 1, failed.stdout);
  assert.equal(failed.outputs.verdict, 'fail');
  assert.match(failed.summary, /release\/1\\?\.x/);
  assert.match(failed.summary, /cut from/);
  assert.ok(!remoteFiles(remote, DATA).some((f) => f.startsWith('api/release')), 'a failing release run is not its baseline');

  const fine = runner.writeResults(
    'results/r1.json',
    results({ suite: 'api', commit: sha('r1'), time: '2025-02-04T00:00:00Z', benchmarks: { parse: 101, render: 2000 } }),
  );
  const passed = await runner.run(
    job({
      event: 'push',
      payload: pushEvent('push.release.json', sha('r1')),
      sha: sha('r1'),
      ref: 'refs/heads/release/1.x',
      inputs: { results: fine, suite: 'api' },
    }),
  );
  assert.equal(passed.code, 0, passed.stdout);
  assert.equal(passed.outputs.verdict, 'pass');
  assert.ok(
    remoteFiles(remote, DATA).some((f) => f.startsWith('api/release')),
    remoteFiles(remote, DATA).join('\n'),
  );

  // From now on the release branch is gated against its own last release run.
  const next = runner.writeResults(
    'results/r1-next.json',
    results({ suite: 'api', commit: sha('r1'), time: '2025-02-05T00:00:00Z', benchmarks: { parse: 100, render: 2000 } }),
  );
  const again = await runner.run(
    job({
      event: 'push',
      payload: pushEvent('push.release.json', sha('r1')),
      sha: sha('r1'),
      ref: 'refs/heads/release/1.x',
      inputs: { results: next, suite: 'api' },
    }),
  );
  assert.equal(again.code, 0, again.stdout);
  assert.doesNotMatch(again.summary, /cut from/);

  // Patterns are configurable: with none matching, the same push is measured only.
  const other = await runner.run(
    job({
      event: 'push',
      payload: pushEvent('push.release.json', sha('r1')),
      sha: sha('r1'),
      ref: 'refs/heads/release/1.x',
      inputs: { results: slow, suite: 'api', 'release-branches': 'releases/*, v*' },
    }),
  );
  assert.equal(other.code, 0, other.stdout);
  assert.match(other.stdout, /measuring only/);
});

test('a corrupt baseline stops the run with an error naming the file, and leaves the history byte-identical', async () => {
  const work = mkdtempSync(join(tmpdir(), 'benchgate-corrupt-'));
  try {
    git(work, 'init', '--quiet');
    git(work, 'fetch', '--quiet', remote, `refs/heads/${DATA}:refs/heads/${DATA}`);
    git(work, 'checkout', '--quiet', DATA);
    const newest = remoteFiles(remote, DATA)
      .filter((f) => /^api\/main\/.*\.json$/.test(f))
      .sort()
      .at(-1)!;
    writeFileSync(join(work, newest), '{"format": "benchgate/results", "version": 1, "suite": "api", "benchmarks": 7');
    git(work, 'commit', '--quiet', '-am', 'a hand edit gone wrong');
    git(work, 'push', '--quiet', remote, `${DATA}:${DATA}`);
    const before = snapshot();

    const file = runner.writeResults(
      'results/m3.json',
      results({ suite: 'api', commit: sha('m3'), time: '2025-02-06T00:00:00Z', benchmarks: { parse: 100, render: 2000 } }),
    );
    const run = await runner.run(
      job({ event: 'push', payload: pushEvent('push.main-2.json', sha('m3')), sha: sha('m3'), inputs: { results: file, suite: 'api' } }),
    );
    assert.equal(run.code, 1, run.stdout);
    const error = run.errors.join('\n');
    assert.ok(error.includes(newest.split('/').at(-1)!), `names the file: ${error}`);
    assert.match(error, /JSON|expected/i);
    assert.doesNotMatch(error, /unexpectedly|please report/);
    assert.deepEqual(snapshot(), before, 'the stored files are byte-identical afterwards');

    const pr = await runner.run(
      job({ event: 'pull_request', payload: 'pull_request.opened.json', sha: sha('p1'), ref: 'refs/pull/7/merge', inputs: { results: file, suite: 'api' } }),
    );
    assert.equal(pr.code, 1);
    assert.ok(pr.errors.join('\n').includes(newest.split('/').at(-1)!));
    assert.deepEqual(snapshot(), before);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('workflow_dispatch and schedule measure and record on their branch', async () => {
  for (const [event, fixture] of [
    ['workflow_dispatch', 'workflow_dispatch.json'],
    ['schedule', 'schedule.json'],
  ] as const) {
    const commit = sha(`${event}-run`);
    const file = runner.writeResults(
      `results/${event}.json`,
      results({ suite: 'nightly', commit, time: event === 'schedule' ? '2025-03-02T00:00:00Z' : '2025-03-01T00:00:00Z', benchmarks: { parse: 100 } }),
    );
    const run = await runner.run(job({ event, payload: fixture, sha: commit, inputs: { results: file, suite: 'nightly' } }));
    assert.equal(run.code, 0, run.stdout);
    assert.ok(
      remoteFiles(remote, DATA).some((f) => f.startsWith('nightly/main/') && f.includes(commit.slice(0, 12))),
      `${event} recorded`,
    );
  }
});
