// `benchgate dashboard` as a user runs it: from a local store or a data branch, into a folder.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCli, type CliOutcome } from '../support/cli.ts';
import { GitBranchStore } from '../../src/store/git-branch.ts';
import { LocalStore } from '../../src/store/local.ts';
import { bareRemote, makeRun } from '../support/git-fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'benchgate-cli-dashboard-'));
after(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliOutcome> {
  return runCli(args, { cwd: work, env });
}

test('writes the site of a local store, history built from its runs, and says how to open it', async () => {
  const store = new LocalStore(join(work, 'store'));
  await store.save(makeRun({ suite: 'api', id: 'one', time: '2025-04-01T00:00:00Z', commit: 'a'.repeat(40) }), 'main');
  await store.save(makeRun({ suite: 'api', id: 'two', time: '2025-04-02T00:00:00Z', commit: 'b'.repeat(40) }), 'main');
  const result = await cli(['dashboard', '--store', 'store', '--out', 'site'], {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/widgets',
  });
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^Wrote the dashboard of 1 suite \(2 benchmarks, 2 runs\) to .*site in [\d.]+ s: 9 of 9 files changed\.$/m);
  assert.match(result.stdout, /python3 -m http\.server -d .*site 8000/);
  for (const file of [
    'index.html',
    'benchgate-dashboard/app.js',
    'benchgate-dashboard/worker.js',
    'benchgate-dashboard/suites/api.json',
    'api/history/index.json',
    'api/history/2025-04.json',
  ]) {
    assert.ok(existsSync(join(work, 'site', file)), file);
  }
  const manifest = JSON.parse(readFileSync(join(work, 'site', 'benchgate-dashboard/suites.json'), 'utf8')) as { repository: string };
  assert.equal(manifest.repository, 'https://github.com/octo-org/widgets');
  const again = await cli(['dashboard', '--store', 'store', '--out', 'site', '--repository-url', 'https://github.com/octo-org/widgets']);
  assert.match(again.stdout, /: 1 of 9 files changed\./, 'only the manifest (its time) changes when nothing else did');
});

test('reads a data branch', async () => {
  const remote = bareRemote(work, 'data.git');
  const store = new GitBranchStore({ remote, retain: 5 });
  await store.save(makeRun({ suite: 'web', id: 'w1', time: '2025-05-01T00:00:00Z', commit: 'c'.repeat(40) }), 'main');
  const result = await cli(['dashboard', '--data-branch', 'benchgate-data', '--data-repository', remote, '--out', 'from-branch']);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /1 suite \(2 benchmarks, 1 runs\)/);
  const summary = JSON.parse(readFileSync(join(work, 'from-branch', 'benchgate-dashboard/suites/web.json'), 'utf8')) as { suite: string };
  assert.equal(summary.suite, 'web');
});

test('says what is wrong with the flags', async () => {
  assert.match((await cli(['dashboard'])).stderr, /missing --out DIR; usage: benchgate dashboard --out DIR/);
  assert.match(
    (await cli(['dashboard', '--out', 'x', '--store', 's', '--data-branch', 'b'])).stderr,
    /give either --store DIR or --data-branch NAME, not both/,
  );
  assert.match((await cli(['dashboard', '--out', 'x', '--data-folder', 'f'])).stderr, /give --data-branch too/);
  assert.match((await cli(['dashboard', '--out', 'x', '--repository-url', 'javascript:alert(1)'])).stderr, /--repository-url: expected an http\(s\) address/);
  assert.match((await cli(['dashboard', '--out', 'x', '--store', 'store', '--suite', 'nope'])).stderr, /suite 'nope' has no stored runs or history in/);
});
