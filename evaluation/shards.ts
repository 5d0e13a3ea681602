// Balance and stability of the shard split (src/measure/shard-plan.ts) on synthetic suites:
//
//   npm run eval:shards [-- --suites 50 --out docs/sharding.md]
//
// Each suite: 200 benchmarks whose measuring wall times are log-uniform over 100× (0.1 s to 10 s),
// in 20 files of uneven size (__tests__/support/shard-suite.ts). History: 5 stored runs, each
// benchmark's recorded wall time off its true time by log-normal noise of 10%. Figures:
//   predicted  slowest shard over the mean as planned (the recorded wall times);
//   realized   the same when the run itself takes each benchmark's true time × fresh 10% noise;
//   by counts  realized balance of the first split when no wall time was recorded (files counted);
//   moved      share of benchmarks on another shard than in the previous run: from one run to the
//              next (new wall times), and when one benchmark is added (sticky: the previous run was
//              split the same way; first split: no previous split to follow, plain LPT).
// Writes the raw figures to docs/sharding.json and the page docs/sharding.md, in one step.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { planShards, REBALANCE_CAP } from '../src/measure/shard-plan.ts';
import { TIMING_RUNS } from '../src/measure/shard-spec.ts';
import type { RunResult } from '../src/results/model.ts';
import {
  filesOf,
  firstSplit,
  moved,
  predictedBalance,
  realizedBalance,
  seeded,
  shardOfEach,
  storedRun,
  syntheticSuite,
  type SyntheticBenchmark,
} from '../__tests__/support/shard-suite.ts';

const ROOT = resolve(import.meta.dirname, '..');
const COUNTS = [2, 4, 8, 16];
const NOISE = 0.1;

const { values } = parseArgs({ options: { suites: { type: 'string', default: '50' }, out: { type: 'string', default: 'docs/sharding.md' } } });
const suites = Number(values.suites);

interface Row {
  shards: number;
  predicted: number[];
  realized: number[];
  byCounts: number[];
  splitFiles: number[];
  movedRunToRun: number[];
  movedOnAddSticky: number[];
  movedOnAddFirst: number[];
}

const rows: Row[] = [];
for (const count of COUNTS) {
  const row: Row = { shards: count, predicted: [], realized: [], byCounts: [], splitFiles: [], movedRunToRun: [], movedOnAddSticky: [], movedOnAddFirst: [] };
  for (let seed = 1; seed <= suites; seed++) {
    const suite = syntheticSuite({ benchmarks: 200, files: 20, spread: 100, seed });
    const random = seeded(seed * 1000 + count);
    const { first, history } = firstSplit(suite, count, TIMING_RUNS, NOISE, random);
    row.predicted.push(predictedBalance(first));
    row.realized.push(realizedBalance(first, suite, NOISE, random));
    row.splitFiles.push(new Set(first.units.filter((u) => u.benchmark !== undefined).map((u) => u.file)).size);

    const counted = history.map((run) => withoutWallTimes(run));
    row.byCounts.push(realizedBalance(planShards({ files: filesOf(suite), runs: counted, count }), suite, NOISE, random));

    const merged = storedRun(suite, 'merged-1', NOISE, random, first);
    const next = planShards({ files: filesOf(suite), runs: [merged, ...history], count });
    row.movedRunToRun.push(moved(shardOfEach(first, suite), shardOfEach(next, suite)));

    const grown: SyntheticBenchmark[] = [...suite, { name: 'bench added', file: suite[seed % suite.length]!.file, ms: 1000 }];
    const merged2 = storedRun(grown, 'merged-2', NOISE, random, next);
    const after = planShards({ files: filesOf(grown), runs: [merged2, merged, ...history], count });
    row.movedOnAddSticky.push(moved(shardOfEach(next, suite), shardOfEach(after, suite)));

    const withAdded = history.map((run) => addBenchmark(run, grown.at(-1)!));
    const firstGrown = planShards({ files: filesOf(grown), runs: withAdded, count });
    row.movedOnAddFirst.push(moved(shardOfEach(first, suite), shardOfEach(firstGrown, suite)));
  }
  rows.push(row);
}

function withoutWallTimes(run: RunResult): RunResult {
  const copy = structuredClone(run);
  for (const b of copy.benchmarks) delete b.wallTime;
  return copy;
}

function addBenchmark(run: RunResult, b: SyntheticBenchmark): RunResult {
  const copy = structuredClone(run);
  copy.benchmarks.push({ name: b.name, unit: 'ns/op', direction: 'smaller', group: b.file, samples: [100], wallTime: b.ms });
  return copy;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const max = (xs: number[]) => Math.max(...xs);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const ratio = (x: number) => `${x.toFixed(3)}×`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const table = [
  '| shards | predicted, worst | realized, median | realized, worst | by counts, worst | files split (mean) | moved run to run (mean) | moved on adding one, sticky (mean / worst) | moved on adding one, first split (mean / worst) |',
  '|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ...rows
    .map((r) =>
      [
        r.shards,
        ratio(max(r.predicted)),
        ratio(median(r.realized)),
        ratio(max(r.realized)),
        ratio(max(r.byCounts)),
        mean(r.splitFiles).toFixed(1),
        pct(mean(r.movedRunToRun)),
        `${pct(mean(r.movedOnAddSticky))} / ${pct(max(r.movedOnAddSticky))}`,
        `${pct(mean(r.movedOnAddFirst))} / ${pct(max(r.movedOnAddFirst))}`,
      ].join(' | '),
    )
    .map((line) => `| ${line} |`),
].join('\n');

const page = `# Splitting a suite over several machines

A suite too slow for one job is measured in N parts (\`benchgate run --shard K/N\`, or the
Action's \`shard\` input in a matrix) and merged into one run (\`benchgate merge\`, or the Action's
\`mode: merge\`) that is compared, reported, gated and saved once. The Action's side is in
[action.md](action.md#suites-larger-than-one-runner); this page is about the split itself.

## How the suite is split

Every shard computes the whole split by itself, from the same inputs: the suite's files and the
stored runs of the baseline branch (in the CLI: \`--timings FILE\` or \`--timings-branch NAME\`).
So the N jobs agree without talking to each other, and each records a digest of the split, which
\`merge\` checks: shards planned from different stored runs (a new run was saved while the jobs
started) are refused, and so are missing shards ("shard 3/4 is missing"), shards given twice,
shards of other commits or suites, and a benchmark measured by two shards.

- **Units.** A benchmark file runs whole where it can: every shard that runs part of a file pays
  for loading it. Only when whole files cannot be balanced (the slowest shard predicted over
  ${REBALANCE_CAP}× the mean) is the heaviest whole file of the slowest shard split into its
  benchmarks, one file at a time; a split file also gets a "rest" unit for benchmarks the stored
  runs do not know yet, so a new benchmark runs on exactly one shard. A load scenario file is never
  split.
- **Weights.** Each benchmark's measuring wall time (its set-up, warm-up, rounds and teardown in
  all its processes, plus its share of starting the processes and loading the file), recorded in
  the results as \`wallTime\`; the median over the newest ${TIMING_RUNS} stored runs, so one slow
  runner does not reshuffle the split. Without any recorded wall time (runs of an older benchgate,
  imports), benchmarks are counted; without any stored run, files are counted.
- **Sticky assignment.** When the newest stored run was split the same N ways, every unit starts
  on the shard it had, new units go to the lightest shard (heaviest first), and units move only
  while the slowest shard is predicted over ${REBALANCE_CAP}× the mean. A benchmark thus stays on
  its shard from run to run, and its history comes from one shard's part of each run. The first
  split has nothing to follow: it is longest-processing-time-first (LPT), ties broken by a hash of
  the name.

## Balance and stability, measured

${suites} synthetic suites of 200 benchmarks, measuring wall times log-uniform over 100× (0.1 s
to 10 s), in 20 files of uneven size; ${TIMING_RUNS} stored runs whose wall times are each off
by 10% (log-normal) from the truth, and the run itself off by another 10%. "Slowest shard over
the mean" is what a matrix job waits for. Target: at most 1.15× from recorded history.

${table}

- *predicted*: as planned from the stored wall times; *realized*: when the run takes each
  benchmark's true time with its own 10% noise; *by counts*: the first split when no wall time was
  recorded (files counted), realized.
- *moved run to run*: benchmarks on another shard than in the previous run, after a run with new
  wall times; *on adding one*: when one benchmark is added, with the previous split to follow
  (sticky) and without (the first split, plain LPT).
- Not modelled: one runner being faster than another. That is the machine, not the split; the
  merged run records each shard's wall time and runner, and the report shows the slowest shard
  against the mean.

Regenerate: \`npm run eval:shards\` (raw figures: [sharding.json](sharding.json)).
`;

await writeFile(resolve(ROOT, 'docs/sharding.json'), `${JSON.stringify({ suites, benchmarks: 200, spread: 100, files: 20, noise: NOISE, rows }, null, 1)}\n`);
await writeFile(resolve(ROOT, values.out), page);
process.stdout.write(`${table}\n`);
