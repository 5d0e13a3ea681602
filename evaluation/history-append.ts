// What one more run costs the git data branch, as its history grows: the files a save writes,
// the pack it pushes, the time it takes, and what the next job has to fetch first.
//
//   npm run eval:history-append [-- --out docs/history-append.md]
//
// For each history length (1,000 and 10,000 runs of 100 benchmarks, one run an hour, so 1.4 and
// 14 monthly shards), a local bare repository gets a data branch holding that history; then
// GitBranchStore saves one more run to it, as the Action does after a push to main. Writes the
// table to docs/history-append.md and the figures to docs/history-append.json, in one step.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticHistory } from '../benchmarks/history-fixtures.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from '../src/results/model.ts';
import { GitBranchStore } from '../src/store/git-branch.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCHMARKS = 100;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 }).trim();
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

function nextRun(index: number): RunResult {
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: 'synthetic',
    run: {
      id: `run-${String(index).padStart(6, '0')}`,
      commit: index.toString(16).padStart(40, 'e'),
      time: new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString(),
      tool: 'benchgate',
      env: { node: process.version, os: 'synthetic', arch: 'x64', cpu: 'synthetic', cores: 2 },
    },
    benchmarks: Array.from({ length: BENCHMARKS }, (_, i) => ({
      name: `benchmark ${i}`,
      unit: 'ns/op',
      direction: 'smaller' as const,
      samples: Array.from({ length: 10 }, (_, k) => 1_000 * (1 + (i % 97)) * (1 + 0.01 * Math.sin(k + index))),
    })),
  };
}

interface Measurement {
  runs: number;
  shards: number;
  historyBytes: number;
  written: Array<{ path: string; bytes: number }>;
  pushPackBytes: number;
  fetchBytes: number;
  saveMs: number;
}

async function measure(runs: number, scratch: string): Promise<Measurement> {
  const dir = join(scratch, `runs-${runs}`);
  const seed = join(dir, 'seed');
  mkdirSync(seed, { recursive: true });
  await writeSyntheticHistory(seed, { runs, benchmarks: BENCHMARKS });
  const remote = join(dir, 'remote.git');
  git(dir, 'init', '--quiet', '--bare', remote);
  git(seed, 'init', '--quiet', '--initial-branch=benchgate-data');
  git(seed, 'add', '--all');
  git(seed, '-c', 'user.name=eval', '-c', 'user.email=eval@example.com', 'commit', '--quiet', '-m', 'history');
  git(seed, 'push', '--quiet', remote, 'benchgate-data');
  const historyBytes = folderBytes(join(seed, 'synthetic', 'history'));
  const shards = readdirSync(join(seed, 'synthetic', 'history')).filter((n) => /^\d{4}-\d{2}\.json$/.test(n)).length;

  const workRoot = join(dir, 'work');
  const store = new GitBranchStore({ remote, branch: 'benchgate-data', retain: 50, workRoot });
  await store.refresh();
  // The store checks out into a private folder it makes under workRoot: the only one there.
  const workDir = join(workRoot, readdirSync(workRoot)[0]!);
  // What a fresh runner downloads before it can save: the branch tip, one commit deep.
  const fetchBytes = folderBytes(join(workDir, '.git', 'objects'));
  const before = git(workDir, 'rev-parse', 'HEAD');
  const run = nextRun(runs);
  const start = performance.now();
  await store.save(run, 'main');
  const saveMs = performance.now() - start;
  const after = git(workDir, 'rev-parse', 'HEAD');
  const changed = git(workDir, 'diff', '--name-only', before, after).split('\n').filter(Boolean);
  const written = changed.map((path) => ({ path, bytes: statSync(join(workDir, path)).size }));
  // The pack `git push` sends: the new commit's objects, thin (deltas against what the remote has).
  const pack = execFileSync('git', ['pack-objects', '--revs', '--thin', '--stdout', '--delta-base-offset'], {
    cwd: workDir,
    input: `${after}\n^${before}\n`,
    maxBuffer: 1 << 30,
  });
  return { runs, shards, historyBytes, written, pushPackBytes: pack.length, fetchBytes, saveMs };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/history-append.md' } } });
  const out = resolve(ROOT, values.out!);
  const scratch = mkdtempSync(join(tmpdir(), 'benchgate-history-append-'));
  try {
    const results: Measurement[] = [];
    for (const runs of [1_000, 10_000]) results.push(await measure(runs, scratch));
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
    const lines = [
      '# One more run on the data branch: what it writes as the history grows',
      '',
      'Generated by `npm run eval:history-append` (evaluation/history-append.ts), with the raw figures in [history-append.json](history-append.json). A local bare repository holds a data branch with a history of N runs × 100 benchmarks (one run an hour, so about 720 runs a month); `GitBranchStore` saves one more run, as the Action does after each push to the default branch.',
      '',
      '| history | monthly shards | history on the branch | files the save writes | bytes written | pack pushed | fetched first (tip, one commit deep) | save, wall |',
      '| --: | --: | --: | :-- | --: | --: | --: | --: |',
      ...results.map(
        (r) =>
          `| ${r.runs.toLocaleString('en')} runs | ${r.shards} | ${kb(r.historyBytes)} | ${r.written.map((w) => `${w.path.replace(/^synthetic\//, '')} (${kb(w.bytes)})`).join(', ')} | ${kb(r.written.reduce((n, w) => n + w.bytes, 0))} | ${kb(r.pushPackBytes)} | ${kb(r.fetchBytes)} | ${(r.saveMs / 1000).toFixed(2)} s |`,
      ),
      '',
      'Reading it:',
      "- A save writes the run's file, its month's shard and the index: O(runs in that month), not O(history); the shard stops growing when its month ends (720 runs, about 0.7 MB here), and the index grows by one entry a month.",
      "- What goes over the network is O(one run): the pushed pack holds the run's file and a delta of the shard against the version the remote has (about 20 KB at 1,000 and at 10,000 runs, most of it the run's file).",
      '- What does grow with the history is the fetch before the save: a fresh runner downloads the whole branch tip (every shard), compressed. That is a read, once per job.',
      '- A month with many more runs (hundreds a day) makes its shard, and so each save, proportionally bigger; the shard is rewritten whole. Splitting months by run count would bound it, at the price of a format change the dashboard reads.',
      '',
      `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, load average ${loadavg()[0]!.toFixed(1)}, Node ${process.version}, ${git(ROOT, '--version')}.`,
      '',
    ];
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, lines.join('\n'));
    writeFileSync(out.replace(/\.md$/, '.json'), `${JSON.stringify({ format: 'benchgate/history-append-evaluation', version: 1, results }, null, 2)}\n`);
    process.stdout.write(`Wrote ${out}\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
