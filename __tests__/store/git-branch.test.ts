import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { InputError, UsageError } from '../../src/errors.ts';
import { GitBranchStore, PushRejectedError } from '../../src/store/git-branch.ts';
import type { GitBranchStoreOptions } from '../../src/store/git-branch.ts';
import { parseHistoryIndex, parseHistoryShard } from '../../src/store/history-index.ts';
import { bareRemote, commitCount, git, installRacingHook, makeRun, remoteFile, remoteFiles, remoteTip, seedBranch, tempDir } from '../support/git-fixtures.ts';

const DATA = 'benchgate-data';
const COMMIT = '3f2a9c1d'.padEnd(40, '0');

describe('GitBranchStore', () => {
  const dir = tempDir();
  after(() => dir.cleanup());
  let count = 0;
  /** A fresh remote in its own folder, and a way to open stores on it (each makes its own work dir under `work`). */
  function setup(): { remote: string; root: string; open: (options?: Partial<GitBranchStoreOptions>) => GitBranchStore } {
    const root = join(dir.path, `case${++count}`);
    mkdirSync(root);
    const remote = bareRemote(root);
    return {
      remote,
      root,
      open: (options = {}) => new GitBranchStore({ remote, workRoot: join(root, 'work'), retain: 10, retryDelayMs: 10, ...options }),
    };
  }

  it('creates the data branch with the first save, as one commit with no parent', async () => {
    const { remote, open } = setup();
    const store = open();
    assert.deepEqual(await store.list('api', 'main'), []);
    assert.equal(remoteTip(remote, DATA), undefined);
    const stored = await store.save(makeRun({ id: 'first', time: '2025-06-02T10:00:00.000Z', commit: COMMIT }), 'main');
    assert.equal(stored.id, 'first');
    assert.equal(commitCount(remote, DATA), 1);
    assert.equal(git(remote, 'log', '-1', '--format=%s|%an|%P', DATA), 'benchgate: api main 3f2a9c1|github-actions[bot]|');
    assert.deepEqual(remoteFiles(remote, DATA), ['api/history/2025-06.json', 'api/history/index.json', 'api/main/20250602T100000000Z_3f2a9c1d0000_first.json']);
  });

  it('lets a second store, in another work dir, read the baseline the first saved', async () => {
    const { open } = setup();
    const run = makeRun({ id: 'base', time: '2025-06-02T10:00:00.000Z', commit: COMMIT });
    await open().save(run, 'main');
    const reader = open();
    const refs = await reader.list('api', 'main');
    assert.deepEqual(
      refs.map((r) => r.id),
      ['base'],
    );
    const loaded = await reader.load(refs[0]!);
    assert.deepEqual(
      loaded.benchmarks.map((b) => [b.name, b.samples]),
      run.benchmarks.map((b) => [b.name, b.samples]),
    );
    assert.equal(loaded.run.branch, 'main');
  });

  it('fetches only the data branch, one commit deep, not the project history', async () => {
    const { remote, open } = setup();
    seedBranch(remote, 'main', { 'src/big.txt': 'x'.repeat(20_000), 'README.md': 'project' }, 40);
    const writer = open();
    for (let i = 0; i < 3; i++) await writer.save(makeRun({ id: `r${i}`, time: `2025-06-0${i + 1}T10:00:00.000Z` }), 'main');
    const mainTip = remoteTip(remote, 'main')!;

    const reader = open();
    assert.equal((await reader.list('api', 'main')).length, 3);
    const work = reader.workDir;
    assert.equal(git(work, 'rev-list', '--count', '--all'), '1', 'one commit of the data branch, not its 3');
    assert.ok(existsSync(join(work, '.git', 'shallow')));
    const refs = git(work, 'for-each-ref', '--format=%(refname)').split('\n').sort();
    assert.ok(
      refs.every((r) => !/main/.test(r)),
      `no ref of the main branch, found ${refs.join(', ')}`,
    );
    assert.throws(() => git(work, 'cat-file', '-e', `${mainTip}^{commit}`), 'the main branch tip was not downloaded');
    const objects = git(work, 'cat-file', '--batch-all-objects', '--batch-check').split('\n');
    assert.ok(objects.length < 15, `only the data tip's objects, found ${objects.length}`);
  });

  it('prunes raw runs beyond retain while the history keeps a summary of each', async () => {
    const { remote, open } = setup();
    const store = open({ retain: 2 });
    for (let i = 1; i <= 4; i++) await store.save(makeRun({ id: `r${i}`, time: `2025-06-0${i}T10:00:00.000Z`, scale: i }), 'main');
    const raw = remoteFiles(remote, DATA).filter((f) => f.startsWith('api/main/'));
    assert.deepEqual(
      raw.map((f) => f.replace(/^.*_/, '')),
      ['r3.json', 'r4.json'],
    );
    const shard = parseHistoryShard(remoteFile(remote, DATA, 'api/history/2025-06.json'), 'shard');
    assert.deepEqual(
      shard.runs.map((r) => [r.id, r.stats[0]![0]]),
      [
        ['r1', 100],
        ['r2', 200],
        ['r3', 300],
        ['r4', 400],
      ],
    );
    assert.equal(commitCount(remote, DATA), 4);
  });

  it('keeps history shards for retainHistoryMonths and lists them in the index', async () => {
    const { remote, open } = setup();
    const store = open({ retainHistoryMonths: 2 });
    for (const month of ['2025-01', '2025-02', '2025-03']) {
      await store.save(makeRun({ id: month, time: `${month}-10T10:00:00.000Z` }), 'main');
      await store.save(makeRun({ id: `${month}-pr`, time: `${month}-11T10:00:00.000Z` }), 'feature/x');
    }
    const history = remoteFiles(remote, DATA).filter((f) => f.includes('/history/'));
    assert.deepEqual(history, ['api/history/2025-02.json', 'api/history/2025-03.json', 'api/history/index.json']);
    const index = parseHistoryIndex(remoteFile(remote, DATA, 'api/history/index.json'), 'index');
    assert.deepEqual(
      index.shards.map((s) => [s.month, s.runs, s.branches]),
      [
        ['2025-02', 2, ['feature/x', 'main']],
        ['2025-03', 2, ['feature/x', 'main']],
      ],
    );
    assert.deepEqual(
      index.benchmarks.map((b) => [b.name, b.first, b.last]),
      [
        ['parse small', '2025-02', '2025-03'],
        ['render page', '2025-02', '2025-03'],
      ],
    );
    assert.equal(remoteFiles(remote, DATA).filter((f) => f.startsWith('api/feature%2Fx/')).length, 3);
  });

  it('re-applies its run on the new tip when another job pushed between its fetch and its push', async () => {
    const { remote, open } = setup();
    await open().save(makeRun({ id: 'earlier', time: '2025-06-01T10:00:00.000Z' }), 'main');
    const messages: string[] = [];
    const store = open({ log: { info: (m) => messages.push(m), warning: (m) => messages.push(m) } });
    await store.list('api', 'main');
    installRacingHook(store.workDir, remote, DATA, 1);
    await store.save(makeRun({ id: 'mine', time: '2025-06-02T10:00:00.000Z' }), 'main');
    const files = remoteFiles(remote, DATA);
    assert.ok(files.includes('racer-0.txt'), 'the other job’s commit is kept');
    assert.deepEqual(
      files.filter((f) => f.startsWith('api/main/')).map((f) => f.replace(/^.*_/, '')),
      ['earlier.json', 'mine.json'],
    );
    const shard = parseHistoryShard(remoteFile(remote, DATA, 'api/history/2025-06.json'), 'shard');
    assert.deepEqual(
      shard.runs.map((r) => r.id),
      ['earlier', 'mine'],
    );
    assert.equal(messages.filter((m) => m.startsWith('Another job pushed')).length, 1);
    assert.equal(commitCount(remote, DATA), 3);
  });

  it('gives up after maxPushAttempts with a clear error, keeping everything the others pushed', async () => {
    const { remote, open } = setup();
    await open().save(makeRun({ id: 'earlier', time: '2025-06-01T10:00:00.000Z' }), 'main');
    const store = open({ maxPushAttempts: 3 });
    await store.list('api', 'main');
    installRacingHook(store.workDir, remote, DATA, 100);
    await assert.rejects(store.save(makeRun({ id: 'mine', time: '2025-06-02T10:00:00.000Z' }), 'main'), (err: unknown) => {
      assert.ok(err instanceof PushRejectedError);
      assert.equal(err.attempts, 3);
      assert.match(err.message, /run mine .* 3 pushes were rejected because other jobs pushed first \(last: \[rejected\] \((fetch first|non-fast-forward)\)\)/);
      return true;
    });
    const files = remoteFiles(remote, DATA);
    assert.deepEqual(
      files.filter((f) => f.startsWith('racer-')),
      ['racer-0.txt', 'racer-1.txt', 'racer-2.txt'],
    );
    assert.ok(files.some((f) => f.endsWith('_earlier.json')));
    assert.ok(!files.some((f) => f.endsWith('_mine.json')));
  });

  it('names a corrupt history file in its error, and the save neither pushes nor deletes it', async () => {
    const { remote, open } = setup();
    seedBranch(remote, DATA, { 'api/history/index.json': '{ "format": "benchgate/history-index", oops' });
    const tip = remoteTip(remote, DATA);
    await assert.rejects(open().save(makeRun({ id: 'x', time: '2025-06-02T10:00:00.000Z' }), 'main'), (err: unknown) => {
      assert.ok(err instanceof InputError);
      assert.match(
        err.message,
        new RegExp(`^api/history/index\\.json on ${remote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(branch ${DATA}\\): expected JSON`),
      );
      return true;
    });
    assert.equal(remoteTip(remote, DATA), tip);
    assert.equal(remoteFile(remote, DATA, 'api/history/index.json'), '{ "format": "benchgate/history-index", oops');
  });

  it('names a corrupt run file when it is loaded, and later saves leave it in place', async () => {
    const { remote, open } = setup();
    const corrupt = 'api/main/20250101T000000000Z_nocommit_broken.json';
    seedBranch(remote, DATA, { [corrupt]: '{"format": "benchgate/results", "version": 1' });
    const store = open();
    const refs = await store.list('api', 'main');
    assert.deepEqual(
      refs.map((r) => r.id),
      ['broken'],
    );
    await assert.rejects(store.load(refs[0]!), (err: unknown) => err instanceof InputError && err.message.startsWith(`${corrupt} on `));
    await store.save(makeRun({ id: 'good', time: '2025-06-02T10:00:00.000Z' }), 'main');
    assert.equal(remoteFile(remote, DATA, corrupt), '{"format": "benchgate/results", "version": 1');
  });

  it('reports a remote that refuses pushes, once, and leaves the remote unchanged', async () => {
    const { remote, open } = setup();
    await open().save(makeRun({ id: 'before', time: '2025-06-01T10:00:00.000Z' }), 'main');
    const tip = remoteTip(remote, DATA);
    writeFileSync(join(remote, 'hooks', 'pre-receive'), '#!/bin/sh\necho "pushes to this repository are frozen" >&2\nexit 1\n', { mode: 0o755 });
    const messages: string[] = [];
    const store = open({ log: { info: (m) => messages.push(m), warning: (m) => messages.push(m) } });
    await assert.rejects(store.save(makeRun({ id: 'after', time: '2025-06-02T10:00:00.000Z' }), 'main'), (err: unknown) => {
      assert.ok(err instanceof PushRejectedError);
      assert.equal(err.attempts, 1);
      assert.match(err.message, /the push failed \(\[remote rejected\] \(pre-receive hook declined\)\)/);
      assert.match(err.message, /pushes to this repository are frozen/);
      return true;
    });
    assert.equal(messages.filter((m) => m.startsWith('Another job pushed')).length, 0, 'a refusal is not retried');
    assert.equal(remoteTip(remote, DATA), tip);
  });

  it('keeps the other files of gh-pages when it saves into a folder of it', async () => {
    const { remote, open } = setup();
    const site = { 'index.html': '<h1>docs</h1>', 'assets/app.js': 'console.log(1)', 'dev/bench/README.md': 'charts here', 'dev/other.txt': 'keep' };
    seedBranch(remote, 'gh-pages', site);
    const seeded = remoteTip(remote, 'gh-pages')!;
    const store = open({ branch: 'gh-pages', folder: 'dev/bench/' });
    await store.save(makeRun({ id: 'p1', time: '2025-06-02T10:00:00.000Z' }), 'main');
    for (const [path, text] of Object.entries(site)) assert.equal(remoteFile(remote, 'gh-pages', path), text);
    assert.ok(remoteFiles(remote, 'gh-pages').includes('dev/bench/api/history/index.json'));
    assert.equal(git(remote, 'rev-parse', 'gh-pages^'), seeded);
    assert.equal(open({ branch: 'gh-pages', folder: 'dev/bench' }).location, `${remote} (branch gh-pages, folder dev/bench)`);
    assert.deepEqual(
      (await open({ branch: 'gh-pages', folder: 'dev/bench' }).list('api', 'main')).map((r) => r.id),
      ['p1'],
    );
  });

  it('does not commit a run that is already saved', async () => {
    const { remote, open } = setup();
    const store = open();
    const run = makeRun({ id: 'same', time: '2025-06-02T10:00:00.000Z' });
    await store.save(run, 'main');
    await open().save(run, 'main');
    assert.equal(commitCount(remote, DATA), 1);
  });

  it('works in a new folder of its own every time, never in one that was there before', async () => {
    const { root, remote, open } = setup();
    // What code run earlier in the job could prepare: a work dir with a hook that runs next to the token.
    const planted = join(root, 'work', 'benchgate-data-planted');
    mkdirSync(join(planted, '.git'), { recursive: true });
    writeFileSync(join(planted, 'precious.txt'), 'mine');
    const first = open();
    await first.save(makeRun({ id: 'r1', time: '2025-06-02T10:00:00.000Z' }), 'main');
    const second = open();
    await second.list('api', 'main');
    assert.notEqual(first.workDir, second.workDir);
    for (const work of [first.workDir, second.workDir]) {
      assert.equal(dirname(work), join(root, 'work'));
      assert.notEqual(work, planted);
    }
    assert.equal(readFileSync(join(planted, 'precious.txt'), 'utf8'), 'mine');
    const used = first.workDir;
    await first.close();
    assert.equal(existsSync(used), false, 'close() removes the work dir');
    assert.equal(remoteFiles(remote, DATA).length, 3);
  });

  it('refuses a repository that git would read as an option, before running git', async () => {
    const { root } = setup();
    const marker = join(root, 'pwned');
    for (const remote of [`--upload-pack=touch ${marker}:x`, '-oProxyCommand=id']) {
      assert.throws(
        () => new GitBranchStore({ remote, workRoot: join(root, 'work'), retain: 5 }),
        (err: unknown) => err instanceof UsageError && /remote: expected the URL or path of a git repository \(not beginning with "-"\)/.test(err.message),
      );
    }
    assert.equal(existsSync(marker), false);
  });

  it('refuses a symbolic link committed to the data branch, naming it, and writes nothing through it', async () => {
    const { root, remote, open } = setup();
    const outside = join(root, 'outside');
    mkdirSync(outside);
    const seed = join(root, 'seed');
    git(root, 'init', '--quiet', `--initial-branch=${DATA}`, seed);
    mkdirSync(join(seed, 'api'));
    symlinkSync(outside, join(seed, 'api', 'main'));
    git(seed, 'add', '--all');
    git(seed, 'commit', '--quiet', '-m', 'a link');
    git(seed, 'push', '--quiet', remote, `${DATA}:${DATA}`);
    const tip = remoteTip(remote, DATA);
    const store = open();
    for (const attempt of [() => store.save(makeRun({ id: 'r1', time: '2025-06-02T10:00:00.000Z' }), 'main'), () => store.list('api', 'main')]) {
      await assert.rejects(attempt(), (err: unknown) => {
        assert.ok(err instanceof InputError, String(err));
        assert.match(err.message, /^api\/main on .* is a symbolic link; benchgate does not follow links on the data branch/);
        return true;
      });
    }
    assert.deepEqual(readdirSync(outside), []);
    assert.equal(remoteTip(remote, DATA), tip);

    // A link to the data folder's parent is refused too; one elsewhere on gh-pages is not ours to judge.
    const pages = join(root, 'pages');
    git(root, 'init', '--quiet', '--initial-branch=gh-pages', pages);
    mkdirSync(join(pages, 'site'));
    symlinkSync(outside, join(pages, 'dev'));
    symlinkSync('index.html', join(pages, 'site', 'latest.html'));
    git(pages, 'add', '--all');
    git(pages, 'commit', '--quiet', '-m', 'pages');
    git(pages, 'push', '--quiet', remote, 'gh-pages:gh-pages');
    await assert.rejects(
      open({ branch: 'gh-pages', folder: 'dev/bench' }).list('api', 'main'),
      (err: unknown) => err instanceof InputError && /^dev on .* is a symbolic link/.test(err.message),
    );
    assert.deepEqual(await open({ branch: 'gh-pages', folder: 'bench' }).list('api', 'main'), []);
  });

  it('refuses a folder that climbs out of the branch', () => {
    assert.throws(() => new GitBranchStore({ remote: '/tmp/x.git', folder: '../up', retain: 5 }), /folder: expected a path inside the branch/);
    assert.throws(() => new GitBranchStore({ remote: '/tmp/x.git', branch: 'bad..name', retain: 5 }), /branch: expected a git branch name/);
  });
});
