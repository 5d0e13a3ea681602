// Which part of a suite each of N shards measures. Every shard job computes the whole split from
// the same inputs (the suite's files and the same stored runs), so all N agree without talking to
// each other, and the merge can check that they did (the digest).
//
// Units: a file, or, where whole files cannot be balanced, each benchmark of a file that the
// stored runs know, plus one "rest" unit per split file for the benchmarks they do not know yet
// (new ones), so nothing falls between shards. A load scenario file is always whole.
// Weights: the benchmark's measuring wall time (its share of loading the file included), the
// median over the newest TIMING_RUNS stored runs that have it; without any recorded wall time,
// counts (1 per benchmark; a file the runs do not know weighs as much as the median known file,
// or 1 when none is known).
// Assignment, sticky so that a benchmark stays on its shard from run to run (its history then comes
// from one machine's part of each run): when the newest stored run was split the same N ways, every
// unit starts where its benchmarks were; units it did not have go to the least-loaded shard,
// heaviest first (LPT); then, while the heaviest shard is over REBALANCE_CAP × the mean, the unit
// of it that best evens it with the lightest shard moves there. Only if that is not enough is a
// file split into its benchmarks (the heaviest whole file of the heaviest shard, one at a time):
// every shard that runs part of a file pays for loading it, so files stay whole where they can.
// With no split to follow, all units are new: plain LPT. Ties are broken by a hash of the unit's
// name, never by input order.
import { createHash } from 'node:crypto';
import type { RunResult } from '../results/model.ts';
import type { FileSelection } from './micro/protocol.ts';
import { TIMING_RUNS } from './shard-spec.ts';
import { median } from '../stats/descriptive.ts';

export { selects, type FileSelection } from './micro/protocol.ts';

/**
 * Units move (and files are split) only while the heaviest shard is predicted over this multiple
 * of the mean: high enough that run-to-run noise in the recorded wall times (a few % per shard,
 * after the median over TIMING_RUNS) moves nothing, low enough that a run's own noise on top stays
 * under the 1.15 target (evaluation/shards.ts).
 */
export const REBALANCE_CAP = 1.05;

export interface PlannedUnit {
  /** The file, relative to the working folder, as results name it in `group`. */
  file: string;
  /** One benchmark of a split file; absent for a whole file and for a split file's rest. */
  benchmark?: string;
  /** A split file's benchmarks the stored runs do not know. */
  rest?: boolean;
  /** Predicted wall time in ms (or a count, by counts). */
  weight: number;
  /** 1-based. */
  shard: number;
  /** Whether it stayed on the shard it had in the stored run. */
  kept: boolean;
}

export interface ShardPlan {
  count: number;
  /** 'durations': recorded wall times; 'counts': benchmarks (or files) counted alike. */
  basis: 'durations' | 'counts';
  /** The stored run the split was planned from (its benchmarks, wall times and split); absent without one. */
  timings?: string;
  units: PlannedUnit[];
  /** Predicted load of each shard (index 0 is shard 1). */
  loads: number[];
  /** Digest of the split: every shard of one run must have the same. */
  digest: string;
}

export interface PlanInput {
  /** Benchmark and scenario files of the suite, relative to the working folder. */
  files: readonly string[];
  /** Stored runs of the suite, newest first: wall times, and the split of the newest. */
  runs: readonly RunResult[];
  count: number;
}

interface Unit {
  key: string;
  file: string;
  benchmark?: string;
  rest?: boolean;
  weight: number;
  previous?: number;
}

export function planShards(input: PlanInput): ShardPlan {
  const { count } = input;
  const files = [...new Set(input.files)].sort(compareText);
  const known = learnWeights(input.runs.slice(0, TIMING_RUNS));
  const newest = input.runs[0];
  const previous = newest?.run.shards?.length && newest.run.shards[0]!.count === count ? shardOf(newest) : undefined;

  const fileWeight = (file: string): number | undefined => {
    const mine = known.byFile.get(file);
    return mine ? [...mine.values()].reduce((a, b) => a + b, 0) : undefined;
  };
  const knownTotals = files.map(fileWeight).filter((w): w is number => w !== undefined);
  const unknownFile = knownTotals.length > 0 ? median(knownTotals) : 1;
  const splittable = (file: string) => known.byFile.has(file) && !known.scenarioFiles.has(file);

  // A file split last time stays split (its benchmarks stay where they were); others are split
  // only while the split is still off balance, heaviest file of the heaviest shard first.
  const split = new Set(files.filter((f) => splittable(f) && previous && spansShards(known.byFile.get(f)!, previous)));
  for (;;) {
    const units = unitsOf(files, split, known, previous, (f) => fileWeight(f) ?? unknownFile);
    const { placed, loads } = assign(units, count);
    const mean = loads.reduce((a, b) => a + b, 0) / count;
    const heavy = heaviest(loads) + 1;
    const candidates = units.filter((u) => placed.get(u) === heavy && u.benchmark === undefined && !u.rest && splittable(u.file));
    const next = candidates.sort((a, b) => b.weight - a.weight || compareText(hash(a.key), hash(b.key)))[0];
    if (loads[heavy - 1]! <= REBALANCE_CAP * mean || !next || known.byFile.get(next.file)!.size < 2) {
      return finish(units, placed, loads, count, known.basis, newest?.run.id);
    }
    split.add(next.file);
  }
}

function unitsOf(
  files: readonly string[],
  split: ReadonlySet<string>,
  known: Known,
  previous: Map<string, number> | undefined,
  fileWeight: (file: string) => number,
): Unit[] {
  const units: Unit[] = [];
  for (const file of files) {
    const benchmarks = known.byFile.get(file);
    if (!benchmarks || !split.has(file)) {
      units.push({ key: file, file, weight: fileWeight(file), ...maybe(majority(benchmarks, previous)) });
      continue;
    }
    for (const [name, w] of [...benchmarks].sort(([a], [b]) => compareText(a, b))) {
      units.push({ key: `${file}\u0000${name}`, file, benchmark: name, weight: w, ...maybe(previous?.get(name)) });
    }
    units.push({ key: `${file}\u0000*`, file, rest: true, weight: 0 });
  }
  return units;
}

/** Units where they were, new ones heaviest first onto the lightest shard, then evened out. */
function assign(units: readonly Unit[], count: number): { placed: Map<Unit, number>; loads: number[] } {
  const loads = new Array<number>(count).fill(0);
  const placed = new Map<Unit, number>();
  for (const unit of units) {
    if (unit.previous === undefined) continue;
    placed.set(unit, unit.previous);
    loads[unit.previous - 1]! += unit.weight;
  }
  const fresh = units.filter((u) => !placed.has(u)).sort((a, b) => b.weight - a.weight || compareText(hash(a.key), hash(b.key)));
  for (const unit of fresh) {
    const shard = lightest(loads) + 1;
    placed.set(unit, shard);
    loads[shard - 1]! += unit.weight;
  }
  rebalance(units, placed, loads);
  return { placed, loads };
}

function finish(
  units: readonly Unit[],
  placed: Map<Unit, number>,
  loads: number[],
  count: number,
  basis: Known['basis'],
  timings: string | undefined,
): ShardPlan {
  const planned = units.map((u) => ({
    file: u.file,
    ...(u.benchmark !== undefined ? { benchmark: u.benchmark } : {}),
    ...(u.rest ? { rest: true } : {}),
    weight: u.weight,
    shard: placed.get(u)!,
    kept: u.previous !== undefined && u.previous === placed.get(u),
  }));
  const digest = createHash('sha256')
    .update(`${count}\n`)
    .update(units.map((u) => `${u.key}\t${placed.get(u)}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  return { count, basis, ...(timings ? { timings } : {}), units: planned, loads, digest };
}

/** Whether a file's benchmarks were on more than one shard. */
function spansShards(benchmarks: ReadonlyMap<string, number>, previous: ReadonlyMap<string, number>): boolean {
  const shards = new Set<number>();
  for (const name of benchmarks.keys()) {
    const shard = previous.get(name);
    if (shard !== undefined) shards.add(shard);
  }
  return shards.size > 1;
}

/** What shard `index` runs of each file; files it has no part of are absent. */
export function shardSelection(plan: ShardPlan, index: number): Map<string, FileSelection> {
  const byFile = new Map<string, PlannedUnit[]>();
  for (const unit of plan.units) {
    const list = byFile.get(unit.file);
    if (list) list.push(unit);
    else byFile.set(unit.file, [unit]);
  }
  const selections = new Map<string, FileSelection>();
  for (const [file, units] of byFile) {
    const mine = units.filter((u) => u.shard === index);
    if (mine.length === 0) continue;
    if (mine.length === units.length) selections.set(file, { kind: 'all' });
    else if (mine.some((u) => u.rest)) {
      selections.set(file, { kind: 'except', names: units.filter((u) => u.shard !== index).map((u) => u.benchmark!) });
    } else selections.set(file, { kind: 'only', names: mine.map((u) => u.benchmark!) });
  }
  return selections;
}

interface Known {
  basis: 'durations' | 'counts';
  /** Per file, its benchmarks (micro) or scenarios (load) and their weights. */
  byFile: Map<string, Map<string, number>>;
  scenarioFiles: Set<string>;
}

// Where a benchmark lives is taken from the newest run that has it; its weight is the median of
// its wall times. A benchmark without any (an older benchgate, a failure before its first message)
// weighs the median of the others.
function learnWeights(runs: readonly RunResult[]): Known {
  const walls = new Map<string, number[]>();
  const fileOf = new Map<string, string>();
  const scenarioFiles = new Set<string>();
  const scenarioWeights = new Map<string, Map<string, number>>();
  for (const run of runs) {
    const scenarioNames = new Set<string>();
    for (const s of run.scenarios ?? []) {
      if (s.group === undefined) continue;
      scenarioFiles.add(s.group);
      const mine = scenarioWeights.get(s.group) ?? new Map<string, number>();
      if (!mine.has(s.name)) mine.set(s.name, s.duration);
      scenarioWeights.set(s.group, mine);
      scenarioNames.add(s.name);
    }
    for (const b of run.benchmarks) {
      if (b.group === undefined || scenarioFiles.has(b.group)) continue;
      if (!fileOf.has(b.name)) fileOf.set(b.name, b.group);
      if (b.wallTime !== undefined && b.wallTime > 0) walls.set(b.name, [...(walls.get(b.name) ?? []), b.wallTime]);
    }
  }
  const basis = walls.size > 0 ? 'durations' : 'counts';
  const all = [...walls.values()].map((w) => median(w));
  const fallback = basis === 'durations' ? median(all) : 1;
  const byFile = new Map<string, Map<string, number>>();
  for (const [name, file] of fileOf) {
    const w = walls.get(name);
    const mine = byFile.get(file) ?? new Map<string, number>();
    mine.set(name, w ? median(w) : fallback);
    byFile.set(file, mine);
  }
  for (const [file, scenarios] of scenarioWeights) {
    // Durations of scenarios are wall times already; by counts, one per scenario.
    byFile.set(file, basis === 'durations' ? scenarios : new Map([...scenarios.keys()].map((n) => [n, 1])));
  }
  return { basis, byFile, scenarioFiles };
}

/** Each benchmark's shard in a merged run. */
function shardOf(run: RunResult): Map<string, number> {
  const shards = new Map<string, number>();
  for (const b of run.benchmarks) if (b.shard !== undefined) shards.set(b.name, b.shard);
  return shards;
}

/** The shard that had most of a whole file's weight in the stored run. */
function majority(benchmarks: Map<string, number> | undefined, previous: Map<string, number> | undefined): number | undefined {
  if (!benchmarks || !previous) return undefined;
  const weightOn = new Map<number, number>();
  for (const [name, w] of benchmarks) {
    const shard = previous.get(name);
    if (shard !== undefined) weightOn.set(shard, (weightOn.get(shard) ?? 0) + w);
  }
  // A load file's units are its scenarios; the merged run has their figures ("<scenario> › p95 latency").
  if (weightOn.size === 0) {
    const scenarios = [...benchmarks.keys()];
    for (const [name, shard] of previous) {
      if (scenarios.some((scenario) => name.startsWith(`${scenario} › `))) weightOn.set(shard, (weightOn.get(shard) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  for (const [shard, w] of weightOn) {
    const bestWeight = best === undefined ? -Infinity : weightOn.get(best)!;
    if (w > bestWeight || (w === bestWeight && shard < best!)) best = shard;
  }
  return best;
}

function rebalance(units: readonly Unit[], placed: Map<Unit, number>, loads: number[]): void {
  const mean = loads.reduce((a, b) => a + b, 0) / loads.length;
  for (let step = 0; step < units.length; step++) {
    const heavy = heaviest(loads);
    const light = lightest(loads);
    if (loads[heavy]! <= REBALANCE_CAP * mean) return;
    const gap = loads[heavy]! - loads[light]!;
    let best: Unit | undefined;
    for (const unit of units) {
      if (placed.get(unit) !== heavy + 1 || !(unit.weight > 0) || unit.weight >= gap) continue;
      const fit = Math.abs(unit.weight - gap / 2);
      const bestFit = best ? Math.abs(best.weight - gap / 2) : Infinity;
      if (fit < bestFit || (fit === bestFit && best && compareText(hash(unit.key), hash(best.key)) < 0)) best = unit;
    }
    if (!best) return;
    placed.set(best, light + 1);
    loads[heavy]! -= best.weight;
    loads[light]! += best.weight;
  }
}

function lightest(loads: readonly number[]): number {
  let at = 0;
  for (let i = 1; i < loads.length; i++) if (loads[i]! < loads[at]!) at = i;
  return at;
}

function heaviest(loads: readonly number[]): number {
  let at = 0;
  for (let i = 1; i < loads.length; i++) if (loads[i]! > loads[at]!) at = i;
  return at;
}

function hash(key: string): string {
  return createHash('sha1').update(key).digest('hex');
}

// Plain code-unit order: the same on every machine, whatever its locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function maybe(previous: number | undefined): { previous?: number } {
  return previous === undefined ? {} : { previous };
}
