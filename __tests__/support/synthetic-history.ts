// Seeded, real-looking benchmark histories for the dashboard's tests and its performance
// evaluation: per-benchmark noise, whole runs that are slower together for a while (shared
// runners), and lasting steps up and down at known runs. The same data comes out as benchgate
// history shards and as github-action-benchmark's data.js, so both pages draw the same runs.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  HISTORY_INDEX_FORMAT,
  HISTORY_SHARD_FORMAT,
  HISTORY_VERSION,
  type HistoryColumn,
  type HistoryIndex,
  type HistoryRun,
  type HistoryShard,
} from '../../src/store/history-index.ts';
import { gaussian, seededRandom } from '../../src/stats/random.ts';
export { seededRandom } from '../../src/stats/random.ts';

export interface SyntheticOptions {
  runs: number;
  benchmarks: number;
  seed?: number;
  suite?: string;
  branch?: string;
  /** First run's time; runs follow about every `spacingMinutes`. */
  start?: string;
  spacingMinutes?: number;
  /** Benchmark names, when given (cycled and numbered when fewer than `benchmarks`). */
  names?: string[];
  /** Relative run-to-run noise of one benchmark (default 0.03). */
  noise?: number;
}

export interface Step {
  benchmark: number;
  /** The first run after the step. */
  run: number;
  change: number;
}

export interface SyntheticHistory {
  suite: string;
  columns: HistoryColumn[];
  runs: HistoryRun[];
  steps: Step[];
}

const FILES = ['parse.bench.ts', 'render.bench.ts', 'crypto.bench.ts', 'io.bench.ts', 'collections.bench.ts'];
const TOPICS = [
  'parse JSON',
  'render table',
  'hash sha256',
  'read file',
  'sort array',
  'map lookup',
  'encode URL',
  'diff text',
  'compile regex',
  'format date',
];
const SIZES = ['tiny', 'small', '1 KB', '64 KB', '1 MB'];

export function syntheticHistory(options: SyntheticOptions): SyntheticHistory {
  const next = seededRandom(options.seed ?? 1);
  const suite = options.suite ?? 'synthetic';
  const branch = options.branch ?? 'main';
  const noise = options.noise ?? 0.03;
  const spacing = (options.spacingMinutes ?? 90) * 60_000;
  let time = Date.parse(options.start ?? '2024-01-01T00:00:00Z');

  const columns: HistoryColumn[] = [];
  const levels: number[] = [];
  for (let b = 0; b < options.benchmarks; b++) {
    const given = options.names?.[b % options.names.length];
    const round = options.names ? Math.floor(b / options.names.length) : 0;
    const name =
      given !== undefined
        ? round > 0
          ? `${given} #${round + 1}`
          : given
        : `${TOPICS[b % TOPICS.length]} ${SIZES[Math.floor(b / TOPICS.length) % SIZES.length]}${b >= 50 ? ` v${Math.floor(b / 50) + 1}` : ''}`;
    const throughput = b % 9 === 4;
    const millis = b % 11 === 7;
    columns.push({
      name,
      unit: throughput ? 'ops/s' : millis ? 'ms' : 'ns/op',
      direction: throughput ? 'bigger' : 'smaller',
      group: FILES[b % FILES.length]!,
    });
    // Log-uniform levels: from tens of nanoseconds to tens of milliseconds.
    levels.push(throughput ? 10 ** (3 + 3 * next()) : millis ? 10 ** (-1 + 2.5 * next()) : 10 ** (1.5 + 5 * next()));
  }

  // One to three lasting steps of 8–30% per benchmark, up or down, well inside the history.
  const steps: Step[] = [];
  for (let b = 0; b < options.benchmarks; b++) {
    const count = 1 + Math.floor(next() * 3);
    for (let s = 0; s < count; s++) {
      const run = Math.floor(options.runs * (0.1 + 0.8 * next()));
      const size = 0.08 + 0.22 * next();
      steps.push({ benchmark: b, run, change: next() < 0.5 ? size : -size / (1 + size) });
    }
  }
  steps.sort((a, b) => a.run - b.run || a.benchmark - b.benchmark);

  const runs: HistoryRun[] = [];
  let slowUntil = -1;
  let slowFactor = 1;
  let stepAt = 0;
  const level = [...levels];
  for (let r = 0; r < options.runs; r++) {
    while (stepAt < steps.length && steps[stepAt]!.run === r) {
      const step = steps[stepAt++]!;
      level[step.benchmark]! *= 1 + step.change;
    }
    // Now and then a runner is slower for a few runs: every benchmark at once.
    if (r > slowUntil && next() < 0.01) {
      slowUntil = r + 1 + Math.floor(next() * 6);
      slowFactor = 1.1 + 0.2 * next();
    }
    const common = Math.exp(0.015 * gaussian(next)) * (r <= slowUntil ? slowFactor : 1);
    const stats: HistoryRun['stats'] = columns.map((column, b) => {
      const timeLike = column.direction === 'smaller';
      const factor = timeLike ? common : 1 / common;
      const median = level[b]! * factor * Math.exp(noise * gaussian(next));
      const cv = 0.01 + 0.05 * next() ** 2;
      return [Number(median.toPrecision(6)), 10, Number(cv.toPrecision(3))];
    });
    time += spacing * (0.5 + next());
    runs.push({
      id: `run-${options.seed ?? 1}-${r}`,
      commit: createHash('sha1')
        .update(`${options.seed ?? 1}/${r}`)
        .digest('hex'),
      branch,
      time: new Date(time).toISOString(),
      stats,
    });
  }
  return { suite, columns, runs, steps };
}

/** The history as a store keeps it: the index and one shard per month. */
export function historyFiles(history: SyntheticHistory): { index: HistoryIndex; shards: HistoryShard[] } {
  const byMonth = new Map<string, HistoryRun[]>();
  for (const run of history.runs) {
    const month = run.time.slice(0, 7);
    let list = byMonth.get(month);
    if (!list) byMonth.set(month, (list = []));
    list.push(run);
  }
  const shards: HistoryShard[] = [...byMonth].map(([month, runs]) => ({
    format: HISTORY_SHARD_FORMAT,
    version: HISTORY_VERSION,
    suite: history.suite,
    month,
    benchmarks: history.columns,
    runs,
  }));
  const months = shards.map((s) => s.month);
  const index: HistoryIndex = {
    format: HISTORY_INDEX_FORMAT,
    version: HISTORY_VERSION,
    suite: history.suite,
    shards: shards.map((s) => ({
      month: s.month,
      file: `${s.month}.json`,
      runs: s.runs.length,
      from: s.runs[0]!.time,
      to: s.runs[s.runs.length - 1]!.time,
      branches: [...new Set(s.runs.map((r) => r.branch))].sort(),
    })),
    benchmarks: [...history.columns]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.unit < b.unit ? -1 : 1))
      .map((c) => ({ ...c, first: months[0]!, last: months[months.length - 1]! })),
  };
  return { index, shards };
}

/** Writes the history into `<storeFolder>/<folder>/history/` as the data-branch store does. */
export function writeHistory(storeFolder: string, folder: string, history: SyntheticHistory): void {
  const { index, shards } = historyFiles(history);
  const dir = join(storeFolder, folder, 'history');
  mkdirSync(dir, { recursive: true });
  for (const shard of shards) writeFileSync(join(dir, `${shard.month}.json`), `${JSON.stringify(shard)}\n`);
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify(index)}\n`);
}

/** The same runs as github-action-benchmark's data.js: one entry per run, one bench per benchmark. */
export function gabDataJs(history: SyntheticHistory, repoUrl = 'https://github.com/octo-org/widgets'): string {
  const entries = history.runs.map((run) => ({
    commit: {
      author: { email: 'dev@example.com', name: 'Dev', username: 'dev' },
      committer: { email: 'dev@example.com', name: 'Dev', username: 'dev' },
      distinct: true,
      id: run.commit,
      message: `Change ${run.id}`,
      timestamp: run.time,
      tree_id: createHash('sha1').update(`tree ${run.id}`).digest('hex'),
      url: `${repoUrl}/commit/${run.commit}`,
    },
    date: Date.parse(run.time),
    tool: 'customSmallerIsBetter',
    benches: history.columns.flatMap((column, b) => {
      const stat = run.stats[b];
      if (!stat) return [];
      return [{ name: column.name, value: stat[0], unit: column.unit, range: `± ${Number((stat[0] * stat[2]).toPrecision(3))}` }];
    }),
  }));
  const last = history.runs[history.runs.length - 1];
  const data = { lastUpdate: last ? Date.parse(last.time) : 0, repoUrl, entries: { [history.suite]: entries } };
  return `window.BENCHMARK_DATA = ${JSON.stringify(data)}\n`;
}
