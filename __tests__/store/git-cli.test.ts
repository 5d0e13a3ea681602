import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Git, GitError, isRemoteUrl, maskUrlCredentials } from '../../src/store/git.ts';
import { bareRemote, git as gitSync, seedBranch, tempDir } from '../support/git-fixtures.ts';

const TOKEN = 'ghs_fixtureToken0123456789';

describe('git wrapper', () => {
  const dir = tempDir();
  after(() => dir.cleanup());

  it('returns what git printed', async () => {
    const git = new Git({ cwd: dir.path });
    const { stdout, exitCode } = await git.run(['--version']);
    assert.equal(exitCode, 0);
    assert.match(stdout, /^git version \d+\.\d+/);
  });

  it('names the command, exit code and stderr when git fails', async () => {
    const git = new Git({ cwd: dir.path });
    await assert.rejects(git.run(['rev-parse', '--verify', 'no-such-ref']), (err: unknown) => {
      assert.ok(err instanceof GitError);
      assert.equal(err.exitCode, 128);
      assert.match(err.message, /`git rev-parse --verify no-such-ref` exited with code 128/);
      assert.match(err.stderr, /not a git repository|Needed a single revision/);
      return true;
    });
  });

  it('treats the exit codes a caller expects as answers', async () => {
    const git = new Git({ cwd: dir.path });
    await git.run(['init', '--quiet']);
    const { exitCode } = await git.run(['diff', '--cached', '--quiet', '--exit-code'], { okExitCodes: [1] });
    assert.equal(exitCode, 0);
  });

  it('passes arguments without a shell', async () => {
    const git = new Git({ cwd: dir.path });
    const { stdout } = await git.run(['rev-parse', '--sq-quote', '$(touch pwned); `x` | y']);
    assert.match(stdout, /\$\(touch pwned\)/);
    assert.equal(existsSync(join(dir.path, 'pwned')), false);
  });

  it('masks credentials in URLs', () => {
    assert.equal(maskUrlCredentials('fatal: https://x-access-token:abc@github.com/o/r failed'), 'fatal: https://***@github.com/o/r failed');
    assert.equal(maskUrlCredentials('no url here'), 'no url here');
  });

  it('runs no fsmonitor and no hook that a work dir was given, and shows the token only to fetch and push', async () => {
    const root = join(dir.path, 'planted');
    mkdirSync(root);
    const remote = bareRemote(root);
    seedBranch(remote, 'data', { 'a.txt': 'a' });
    const work = join(root, 'work');
    gitSync(root, 'init', '--quiet', work);
    // What hostile code could leave in a work dir before the store runs git there with the token.
    const seen = join(root, 'seen.txt');
    const spy = `#!/bin/sh\necho "$0: $(env | grep -c GIT_CONFIG_VALUE) $(env | grep -o 'AUTHORIZATION[^ ]*' | head -1)" >> '${seen}'\n`;
    const planted = join(root, 'spy.sh');
    writeFileSync(planted, spy);
    chmodSync(planted, 0o755);
    gitSync(work, 'config', 'core.fsmonitor', planted);
    for (const hook of ['reference-transaction', 'post-checkout', 'post-commit']) {
      mkdirSync(join(work, '.git', 'hooks'), { recursive: true });
      writeFileSync(join(work, '.git', 'hooks', hook), spy, { mode: 0o755 });
    }
    const git = new Git({ cwd: work, token: TOKEN, remote, author: { name: 'T', email: 't@example.test' } });
    await git.run(['fetch', '--quiet', '--depth=1', remote, '+refs/heads/data:refs/remotes/data']);
    await git.run(['reset', '--quiet', '--hard', 'refs/remotes/data']);
    await git.run(['status', '--porcelain']);
    await git.run(['commit', '--quiet', '--allow-empty', '-m', 'x']);
    const lines = existsSync(seen) ? readFileSync(seen, 'utf8').trim().split('\n') : [];
    // Hooks of local commands may run (they are git's business), but never with the token.
    assert.ok(!lines.some((l) => /AUTHORIZATION/.test(l)), `a hook ran with the token:\n${lines.join('\n')}`);
    assert.ok(!lines.some((l) => /spy\.sh/.test(l)), `the planted fsmonitor ran:\n${lines.join('\n')}`);
    assert.ok(
      lines.some((l) => /post-commit/.test(l)),
      'the local commit ran its hook, so hooks were in place',
    );
  });

  it('tells URLs from local paths', () => {
    assert.equal(isRemoteUrl('https://github.com/o/r.git'), true);
    assert.equal(isRemoteUrl('git@github.com:o/r.git'), true);
    assert.equal(isRemoteUrl('file:///tmp/r.git'), true);
    assert.equal(isRemoteUrl('/tmp/r.git'), false);
    assert.equal(isRemoteUrl('../r.git'), false);
    assert.equal(isRemoteUrl('C:\\repos\\r.git'), false);
  });
});

describe('git wrapper over http', () => {
  const dir = tempDir();
  const requests: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    requests.push(req.headers);
    // Ask for credentials, the way a private repository answers an anonymous client.
    res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="fixture"' });
    res.end('auth required');
  });
  let url = '';
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/owner/repo.git`;
  });
  after(() => {
    server.close();
    dir.cleanup();
  });

  it('sends the token as a basic Authorization header and never shows or stores it', async () => {
    const git = new Git({ cwd: dir.path, token: TOKEN, remote: url });
    await git.run(['init', '--quiet']);
    requests.length = 0;
    const err = await git.run(['fetch', '--depth=1', url, 'refs/heads/data']).then(
      () => assert.fail('the fetch should fail: the server refuses everyone'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof GitError);
    const expected = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
    assert.ok(requests.length > 0, 'git reached the server');
    assert.equal(requests[0]!.authorization, expected);
    const base64 = expected.slice('basic '.length);
    for (const text of [err.message, err.stderr, err.command]) {
      assert.ok(!text.includes(TOKEN) && !text.includes(base64), `secret shown in: ${text}`);
    }
    const config = readFileSync(join(dir.path, '.git', 'config'), 'utf8');
    assert.ok(!config.includes(TOKEN) && !config.includes(base64) && !/extraheader/i.test(config));
  });

  it('fails instead of prompting for a user name', async () => {
    const git = new Git({ cwd: dir.path });
    const started = Date.now();
    await assert.rejects(git.run(['ls-remote', url]), (err: unknown) => {
      assert.ok(err instanceof GitError);
      assert.match(err.stderr, /terminal prompts disabled|could not read Username/);
      return true;
    });
    assert.ok(Date.now() - started < 30_000);
  });

  it('scopes the header to the remote, so another host never receives the token', async () => {
    const git = new Git({ cwd: dir.path, token: TOKEN, remote: 'https://github.example.test/o/r.git' });
    await git.run(['init', '--quiet']);
    requests.length = 0;
    await assert.rejects(git.run(['ls-remote', url]));
    assert.ok(requests.length > 0);
    assert.ok(requests.every((h) => h.authorization === undefined));
  });
});
