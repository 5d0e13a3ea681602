import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { parseHistoryIndex, parseHistoryShard } from '../../src/store/history-index.ts';
import { bareRemote, commitCount, git, remoteFile, remoteFiles, tempDir } from '../support/git-fixtures.ts';
import type { WriterJob } from '../support/git-fixtures.ts';

const WRITERS = 6;
const RUNS_EACH = 3;
const FIXTURES = pathToFileURL(join(import.meta.dirname, '..', 'support', 'git-fixtures.ts')).href;

/** One writer in its own process, as parallel CI jobs are. Resolves with what it printed. */
function writer(job: WriterJob): Promise<{ ids: string[]; retries: number }> {
  const code = `const { writerMain } = await import(${JSON.stringify(FIXTURES)}); await writerMain(JSON.parse(process.argv[1]));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code, JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(stdout.trim()) as { ids: string[]; retries: number });
      else reject(new Error(`writer ${job.writer} exited with code ${code}:\n${stderr}`));
    });
  });
}

describe('GitBranchStore with parallel writers', () => {
  const dir = tempDir();
  after(() => dir.cleanup());

  it(`keeps every run of ${WRITERS} processes saving ${RUNS_EACH} runs each at once, without force-pushing`, { timeout: 240_000 }, async () => {
    // The remote refuses non-fast-forward updates and deletions: a force push would fail a writer.
    const remote = bareRemote(dir.path);
    git(remote, 'config', 'core.logAllRefUpdates', 'always');
    mkdirSync(join(dir.path, 'work'));
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        writer({
          remote,
          workRoot: join(dir.path, 'work', `writer${i}`),
          writer: i,
          runs: RUNS_EACH,
          month: '2025-06',
          // Enough attempts that losing races is never the outcome on a slow, shared machine.
          maxPushAttempts: 40,
          retryDelayMs: 50,
        }),
      ),
    );
    const expected = results.flatMap((r) => r.ids).sort();
    assert.equal(expected.length, WRITERS * RUNS_EACH);

    const runFiles = remoteFiles(remote, 'benchgate-data').filter((f) => f.startsWith('api/main/'));
    assert.deepEqual(runFiles.map((f) => f.replace(/^.*?_.*?_/, '').replace(/\.json$/, '')).sort(), expected);

    const shard = parseHistoryShard(remoteFile(remote, 'benchgate-data', 'api/history/2025-06.json'), 'shard');
    assert.deepEqual(shard.runs.map((r) => r.id).sort(), expected);
    const index = parseHistoryIndex(remoteFile(remote, 'benchgate-data', 'api/history/index.json'), 'index');
    assert.deepEqual(
      index.shards.map((s) => [s.month, s.runs]),
      [['2025-06', WRITERS * RUNS_EACH]],
    );

    // One commit per save, in one line of history: each ref update moved the tip forward.
    assert.equal(commitCount(remote, 'benchgate-data'), WRITERS * RUNS_EACH);
    assert.equal(git(remote, 'rev-list', '--merges', '--count', 'benchgate-data'), '0');
    const updates = git(remote, 'reflog', 'show', '--format=%H', 'refs/heads/benchgate-data').split('\n').reverse();
    assert.equal(updates.length, WRITERS * RUNS_EACH, 'one ref update per save');
    for (let i = 1; i < updates.length; i++) assert.equal(git(remote, 'rev-parse', `${updates[i]}^`), updates[i - 1]);

    const retries = results.reduce((sum, r) => sum + r.retries, 0);
    assert.ok(retries > 0, 'writers collided at least once, so the retry path was exercised');
  });
});
