// The bundled Action with `compare: interleaved` on a pull request: the base commit is checked out
// in a worktree beside the PR's checkout and both are measured on this runner in alternating
// rounds, as a real runner would run it (dist/index.js under Node 24, the fake GitHub API).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { ROOT, Runner } from '../support/action-runner.ts';
import { WRITE_TOKEN, startGitHubApi, type GitHubApi } from '../support/github-api-server.ts';

let runner: Runner;
let api: GitHubApi;
const commits: { base?: string; head?: string } = {};

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: runner.workspace,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
}

function library(costOfParse: number): string {
  return `export function work(n) { let s = 0; for (let i = 0; i < n; i++) s = (s + i * i) | 0; return s; }
export const parse = () => work(${costOfParse});
export const lex = () => work(2000);
export const sort = () => work(3000);
export const hash = () => work(1500);
`;
}

before(async () => {
  runner = new Runner();
  api = await startGitHubApi();
  runner.write('.gitignore', 'node_modules/\n');
  runner.write('lib.mjs', library(2000));
  runner.write(
    'benchmarks/lib.bench.mjs',
    `import { bench } from 'benchgate';
import { parse, lex, sort, hash } from '../lib.mjs';
bench('parse', parse);
bench('lex', lex);
bench('sort', sort);
bench('hash', hash);
`,
  );
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base');
  commits.base = git('rev-parse', 'HEAD');
  // The pull request makes parse three times as expensive.
  runner.write('lib.mjs', library(6000));
  git('commit', '-qam', 'slower parse');
  commits.head = git('rev-parse', 'HEAD');
  api.addCommits([
    { sha: commits.base, parents: [] },
    { sha: commits.head, parents: [commits.base] },
  ]);
  api.setBranch('main', commits.base);
  api.addPullRequest({ number: 7, headSha: commits.head, headRef: 'feature/parse', baseRef: 'main', baseSha: commits.base });
});

after(async () => {
  await api.close();
  runner.cleanup();
});

test('compare interleaved measures the base commit beside the PR and fails on the slowed benchmark only', async () => {
  const payload = JSON.parse(readFileSync(new URL('../fixtures/events/pull_request.opened.json', import.meta.url), 'utf8')) as {
    pull_request: { head: { sha: string; ref: string }; base: { sha: string; ref: string } };
  };
  payload.pull_request.head.sha = commits.head!;
  payload.pull_request.base.sha = commits.base!;
  const run = await runner.run({
    event: 'pull_request',
    payload,
    sha: commits.head!,
    ref: 'refs/pull/7/merge',
    inputs: {
      compare: 'interleaved',
      budget: '60s',
      // What `npm ci` does in a real checkout: make `benchgate` importable in each tree.
      setup: `mkdir -p node_modules && ln -sfn ${ROOT} node_modules/benchgate`,
      'github-token': WRITE_TOKEN,
    },
    env: { GITHUB_API_URL: api.url },
  });
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'fail');
  assert.equal(run.outputs.regressions, '1', run.summary);
  assert.match(run.summary, /parse[^\n]*regression/i);
  for (const steady of ['lex', 'sort', 'hash']) assert.doesNotMatch(run.summary, new RegExp(`\\b${steady}\\b[^\\n]*\\bregression\\b`, 'i'));
  const comments = api.comments(7);
  assert.equal(comments.length, 1);
  assert.match(comments[0]!.body, /parse/);
  assert.deepEqual(api.violations, []);
  // The base worktree is gone again.
  assert.equal(git('worktree', 'list').split('\n').length, 1);
});
