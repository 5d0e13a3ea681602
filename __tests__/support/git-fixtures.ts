// Real git, real repositories: a bare repository in a temp dir is the remote. Git reads no
// global or system config here (the user's settings must neither leak in nor be touched).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { RESULTS_FORMAT, RESULTS_VERSION } from '../../src/results/model.ts';
import type { BenchmarkResult, RunResult } from '../../src/results/model.ts';
import { GitBranchStore } from '../../src/store/git-branch.ts';

// Set for this process and inherited by the git processes the store under test starts.
process.env['GIT_CONFIG_GLOBAL'] = '/dev/null';
process.env['GIT_CONFIG_NOSYSTEM'] = '1';

const AUTHOR = {
  GIT_AUTHOR_NAME: 'Fixture',
  GIT_AUTHOR_EMAIL: 'fixture@example.test',
  GIT_COMMITTER_NAME: 'Fixture',
  GIT_COMMITTER_EMAIL: 'fixture@example.test',
};

/** Run git synchronously in `cwd`; returns stdout without the trailing newline. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...AUTHOR }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trimEnd();
}

/** A temp dir removed by `cleanup()`. */
export function tempDir(prefix = 'benchgate-git-'): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** A bare repository that refuses non-fast-forward updates, so a force push would show as a failure. */
export function bareRemote(root: string, name = 'remote.git'): string {
  const path = join(root, name);
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', path], { env: process.env });
  git(path, 'config', 'receive.denyNonFastForwards', 'true');
  git(path, 'config', 'receive.denyDeletes', 'true');
  return path;
}

/**
 * Push a branch with the given files to `remote`, `commits` commits deep (each commit
 * rewrites every file with new content, so history holds many distinct blobs).
 */
export function seedBranch(remote: string, branch: string, files: Record<string, string>, commits = 1): void {
  const work = mkdtempSync(join(tmpdir(), 'benchgate-seed-'));
  try {
    git(work, 'init', '--quiet', `--initial-branch=${branch}`);
    for (let i = 0; i < commits; i++) {
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(work, path)), { recursive: true });
        writeFileSync(join(work, path), commits === 1 ? content : `${content}\n// revision ${i}\n`);
      }
      git(work, 'add', '--all');
      git(work, 'commit', '--quiet', '-m', `seed ${branch} ${i}`);
    }
    git(work, 'push', '--quiet', remote, `refs/heads/${branch}:refs/heads/${branch}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Files on `branch` of `remote`, sorted. */
export function remoteFiles(remote: string, branch: string): string[] {
  const out = git(remote, 'ls-tree', '-r', '--name-only', `refs/heads/${branch}`);
  return out === '' ? [] : out.split('\n').sort();
}

export function remoteFile(remote: string, branch: string, path: string): string {
  return git(remote, 'show', `refs/heads/${branch}:${path}`);
}

/** The tip of `branch`, or undefined when the remote has no such branch. */
export function remoteTip(remote: string, branch: string): string | undefined {
  try {
    return git(remote, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}`);
  } catch {
    return undefined;
  }
}

export function commitCount(repo: string, ref: string): number {
  return Number(git(repo, 'rev-list', '--count', ref));
}

let sequence = 0;

/** A valid run with a few benchmarks; samples scaled by `scale` so runs differ. */
export function makeRun(options: { suite?: string; id?: string; time: string; commit?: string; scale?: number; benchmarks?: BenchmarkResult[] }): RunResult {
  sequence += 1;
  const scale = options.scale ?? 1;
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: options.suite ?? 'api',
    run: {
      id: options.id ?? `run-${process.pid}-${sequence}`,
      ...(options.commit !== undefined ? { commit: options.commit } : {}),
      time: options.time,
      tool: 'benchgate',
      env: { node: process.version, os: 'linux 6.1.0', arch: 'x64', cpu: 'Fixture CPU', cores: 2 },
    },
    benchmarks: options.benchmarks ?? [
      { name: 'parse small', unit: 'ns/op', direction: 'smaller', samples: [100, 102, 98, 101, 99].map((x) => x * scale) },
      { name: 'render page', unit: 'ops/s', direction: 'bigger', samples: [5000, 5100, 4950].map((x) => x * scale) },
    ],
  };
}

export interface WriterJob {
  remote: string;
  workRoot: string;
  writer: number;
  runs: number;
  month: string;
  maxPushAttempts: number;
  retryDelayMs: number;
}

/**
 * Entry of a child process that saves `runs` runs, one after another, to the shared remote.
 * Prints one line of JSON: the ids saved and how many push attempts were retried.
 */
export async function writerMain(job: WriterJob): Promise<void> {
  let retries = 0;
  const store = new GitBranchStore({
    remote: job.remote,
    workRoot: job.workRoot,
    retain: 1000,
    maxPushAttempts: job.maxPushAttempts,
    retryDelayMs: job.retryDelayMs,
    log: { info: (m) => (m.startsWith('Another job pushed') ? (retries += 1) : 0), warning: () => {} },
  });
  const ids: string[] = [];
  for (let i = 0; i < job.runs; i++) {
    const id = `writer${job.writer}-run${i}`;
    const day = String(1 + job.writer).padStart(2, '0');
    const run = makeRun({ id, time: `${job.month}-${day}T10:0${i}:00.000Z`, commit: `${job.writer}${i}`.padEnd(40, 'a'), scale: 1 + job.writer / 10 });
    await store.save(run, 'main');
    ids.push(id);
  }
  process.stdout.write(`${JSON.stringify({ ids, retries })}\n`);
}

/**
 * Make the store working in `workDir` lose the race for its next `times` pushes: a post-commit
 * hook (which git runs even with --no-verify) pushes another job's commit to the remote after
 * the store committed and before it pushes. Deterministic, unlike racing processes.
 */
export function installRacingHook(workDir: string, remote: string, branch: string, times: number): void {
  const scratch = join(workDir, '..', `${workDir.split(/[\\/]/).pop()}-racer`);
  execFileSync('git', ['init', '--quiet', `--initial-branch=${branch}`, scratch], { env: process.env });
  const script = [
    '#!/bin/sh',
    'unset GIT_DIR GIT_INDEX_FILE GIT_WORK_TREE GIT_PREFIX',
    `cd '${scratch}' || exit 1`,
    'n=$(cat .git/racer-count 2>/dev/null || echo 0)',
    `[ "$n" -ge ${times} ] && exit 0`,
    'echo $((n + 1)) > .git/racer-count',
    `git fetch -q --depth=1 '${remote}' 'refs/heads/${branch}' && git reset -q --hard FETCH_HEAD`,
    'echo "$n" > "racer-$n.txt" && git add -A && git commit -q -m "racer $n"',
    `git push -q '${remote}' 'HEAD:refs/heads/${branch}'`,
    '',
  ].join('\n');
  const hook = join(workDir, '.git', 'hooks', 'post-commit');
  mkdirSync(dirname(hook), { recursive: true });
  writeFileSync(hook, script, { mode: 0o755 });
}
