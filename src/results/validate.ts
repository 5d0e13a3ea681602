// Hand-written rather than schema-driven so that reading results stays fast and the
// bundled Action carries no validator library. schema/results.schema.json describes the
// same rules; __tests__/results-schema.test.ts checks that the two agree.
//
// Unknown fields are accepted, so that a file from a newer benchgate of the same version
// (which may add optional fields) still reads, but they are not kept: the run returned
// is rebuilt from the known fields only, so whatever is written back is canonical.
import { setOption } from '../config/naming.ts';
import { describe, InputError } from '../errors.ts';
import { MEASURES, RESULTS_FORMAT, RESULTS_VERSION } from './model.ts';
import type { BenchmarkResult, Direction, Environment, Measure, MergedShard, RunMeta, RunResult, ScenarioResult, ShardInfo } from './model.ts';
import { summarize } from './summary.ts';
import { checkScenarios } from './validate-scenarios.ts';

export interface Issue {
  /** Where, e.g. "benchmarks[3].samples[5]"; empty for the whole document. */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

/** ISO 8601 date and time with a time zone, in years 2000 to 2999; the schema carries the same pattern. */
export const TIME_PATTERN =
  '^2\\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|[+-]([01]\\d|2[0-3]):?[0-5]\\d)$';
const timeRegExp = new RegExp(TIME_PATTERN);

/** More issues than this and the rest are counted, not listed (or kept): the first few say enough. */
const MAX_LISTED = 10;

// Limits on what one results file may hold. A file can come from an untrusted pull request and be
// read in a privileged job (report mode), so its size must not decide how much memory we use.
// Each is far above anything real: pytest-benchmark keeps every round, up to ~200 000 for a fast
// function within its default 1 s; suites run to hundreds of benchmarks.
export const LIMITS = {
  benchmarks: 10_000,
  samples: 1_000_000,
  /** Characters of a suite, benchmark, group or unit name, a run id, a branch or a commit. */
  name: 1_000,
} as const;

// No benchmark ran before 2000; a run claiming a time later than tomorrow (clock skew aside) is
// wrong, and stored it would stay "newest" for years.
const EARLIEST_TIME = Date.UTC(2000, 0, 1);
const LATEST_AHEAD_MS = 24 * 60 * 60 * 1000;

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

export class Checker {
  /** The first issues found, at most MAX_LISTED. */
  readonly issues: Issue[] = [];
  /** How many issues were found in all. */
  count = 0;

  add(issue: Issue): void {
    this.count += 1;
    if (this.issues.length < MAX_LISTED) this.issues.push(issue);
  }

  fail(path: string, expected: string, found: unknown): void {
    this.add({ path, message: `expected ${expected}, found ${describe(found)}` });
  }

  object(parent: Json, key: string, path: string): Json | undefined {
    const value = parent[key];
    const at = join(path, key);
    if (value === undefined) this.add({ path: at, message: 'missing; expected an object' });
    else if (!isObject(value)) this.fail(at, 'an object', value);
    else return value;
    return undefined;
  }

  string(parent: Json, key: string, path: string, options: { optional?: boolean; nonEmpty?: boolean; max?: number } = {}): string | undefined {
    const value = parent[key];
    const at = join(path, key);
    const expected = options.nonEmpty ? 'a non-empty string' : 'a string';
    if (value === undefined) {
      if (!options.optional) this.add({ path: at, message: `missing; expected ${expected}` });
    } else if (typeof value !== 'string' || (options.nonEmpty && value === '')) {
      this.fail(at, expected, value);
    } else if (options.max !== undefined && value.length > options.max) {
      this.add({ path: at, message: `expected at most ${options.max} characters, found ${value.length}` });
    } else {
      return value;
    }
    return undefined;
  }

  /** A finite number ≥ `min` (default 0). */
  number(parent: Json, key: string, path: string, options: { optional?: boolean; min?: number; max?: number } = {}): number | undefined {
    const value = parent[key];
    const at = join(path, key);
    const { min = 0, max = Infinity } = options;
    const expected = max === Infinity ? `a number ≥ ${min}` : `a number from ${min} to ${max}`;
    if (value === undefined) {
      if (!options.optional) this.add({ path: at, message: `missing; expected ${expected}` });
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      this.fail(at, expected, value);
    } else {
      return value;
    }
    return undefined;
  }

  boolean(parent: Json, key: string, path: string, options: { optional?: boolean } = {}): boolean | undefined {
    const value = parent[key];
    const at = join(path, key);
    if (value === undefined) {
      if (!options.optional) this.add({ path: at, message: 'missing; expected true or false' });
    } else if (typeof value !== 'boolean') {
      this.fail(at, 'true or false', value);
    } else {
      return value;
    }
    return undefined;
  }

  integer(parent: Json, key: string, path: string, options: { optional?: boolean } = {}): number | undefined {
    const value = parent[key];
    const at = join(path, key);
    if (value === undefined) {
      if (!options.optional) this.add({ path: at, message: 'missing; expected a whole number ≥ 0' });
    } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.fail(at, 'a whole number ≥ 0', value);
    } else {
      return value;
    }
    return undefined;
  }
}

/** A hint when the document is recognisably some other tool's output. */
function foreignFormatHint(value: unknown): string {
  if (Array.isArray(value)) {
    return ` — is this github-action-benchmark's custom JSON? ${setOption('tool', 'customSmallerIsBetter')} (or customBiggerIsBetter)`;
  }
  if (isObject(value)) {
    if (isObject(value.machine_info) && Array.isArray(value.benchmarks)) return ` — is this pytest-benchmark JSON? ${setOption('tool', 'pytest')}`;
    if (isObject(value.context) && Array.isArray(value.benchmarks)) return ` — is this Google Benchmark JSON? ${setOption('tool', 'googlecpp')}`;
  }
  return '';
}

function checkEnvironment(c: Checker, parent: Json, path: string): Environment | undefined {
  const env = c.object(parent, 'env', path);
  if (!env) return undefined;
  const at = join(path, 'env');
  const node = c.string(env, 'node', at);
  const os = c.string(env, 'os', at);
  const arch = c.string(env, 'arch', at);
  const cpu = c.string(env, 'cpu', at);
  const cores = c.integer(env, 'cores', at);
  const runner = c.string(env, 'runner', at, { optional: true });
  if (node === undefined || os === undefined || arch === undefined || cpu === undefined || cores === undefined) return undefined;
  return { node, os, arch, cpu, cores, ...(runner !== undefined ? { runner } : {}) };
}

/** `index` of `count`, the split's digest, where its durations came from, and the shard's wall time. */
function checkShard(c: Checker, value: Json, path: string): ShardInfo | undefined {
  const before = c.issues.length;
  const count = c.integer(value, 'count', path);
  if (count === 0) c.fail(join(path, 'count'), 'a whole number ≥ 1', count);
  const index = c.integer(value, 'index', path);
  if (index !== undefined && count !== undefined && (index < 1 || index > count)) c.fail(join(path, 'index'), `a shard number from 1 to ${count}`, index);
  const plan = c.string(value, 'plan', path, { nonEmpty: true });
  const timings = c.string(value, 'timings', path, { optional: true, nonEmpty: true });
  const wallTime = c.number(value, 'wallTime', path);
  if (c.issues.length > before || index === undefined || count === undefined || plan === undefined || wallTime === undefined) return undefined;
  return { index, count, plan, ...(timings !== undefined ? { timings } : {}), wallTime };
}

function checkMergedShards(c: Checker, run: Json): MergedShard[] | undefined {
  const list = run.shards;
  if (!Array.isArray(list)) {
    c.fail('run.shards', 'an array of shards', list);
    return undefined;
  }
  const shards: MergedShard[] = [];
  list.forEach((item, i) => {
    const path = `run.shards[${i}]`;
    if (!isObject(item)) return c.fail(path, 'an object', item);
    const shard = checkShard(c, item, path);
    const id = c.string(item, 'id', path, { nonEmpty: true });
    const time = c.string(item, 'time', path);
    if (time !== undefined && !timeRegExp.test(time)) c.fail(join(path, 'time'), 'an ISO 8601 time with a time zone, like "2025-01-31T09:30:00Z"', time);
    const env = checkEnvironment(c, item, path);
    if (shard && id !== undefined && time !== undefined && env) shards.push({ ...shard, id, time, env });
  });
  return shards.length === list.length ? shards : undefined;
}

function checkRunMeta(c: Checker, doc: Json): RunMeta | undefined {
  const run = c.object(doc, 'run', '');
  if (!run) return undefined;
  const name = { nonEmpty: true, max: LIMITS.name };
  const id = c.string(run, 'id', 'run', name);
  const commit = c.string(run, 'commit', 'run', { ...name, optional: true });
  const branch = c.string(run, 'branch', 'run', { ...name, optional: true });
  const time = c.string(run, 'time', 'run');
  if (time !== undefined && !isPlausibleTime(time)) {
    c.fail('run.time', 'an ISO 8601 time with a time zone, from 2000-01-01 to a day from now, like "2025-01-31T09:30:00Z"', time);
  }
  const tool = c.string(run, 'tool', 'run', { nonEmpty: true });
  const measure = run.measure;
  if (measure !== undefined && !MEASURES.includes(measure as Measure)) c.fail('run.measure', MEASURES.map((m) => `"${m}"`).join(' or '), measure);
  const env = checkEnvironment(c, run, 'run');
  let shard: ShardInfo | undefined;
  if (run.shard !== undefined) {
    if (isObject(run.shard)) shard = checkShard(c, run.shard, 'run.shard');
    else c.fail('run.shard', 'an object', run.shard);
  }
  const shards = run.shards === undefined ? undefined : checkMergedShards(c, run);
  const pairedWith = c.string(run, 'pairedWith', 'run', { ...name, optional: true });
  if (id === undefined || time === undefined || tool === undefined || env === undefined) return undefined;
  return {
    id,
    ...(commit !== undefined ? { commit } : {}),
    ...(branch !== undefined ? { branch } : {}),
    time,
    tool,
    ...(measure !== undefined && MEASURES.includes(measure as Measure) ? { measure: measure as Measure } : {}),
    env,
    ...(shard ? { shard } : {}),
    ...(shards ? { shards } : {}),
    ...(pairedWith !== undefined ? { pairedWith } : {}),
  };
}

function isPlausibleTime(time: string): boolean {
  if (!timeRegExp.test(time)) return false;
  const ms = Date.parse(time);
  return ms >= EARLIEST_TIME && ms <= Date.now() + LATEST_AHEAD_MS;
}

/**
 * Units whose samples may be zero, because zero is a true value there: a rate in percent (no
 * errors), and counts per operation (0 B/op, 0 allocs/op in Go, which must stay in the record so
 * that 0 → 1 allocation shows as a regression). A time per operation of 0 is a clock too coarse,
 * not a measurement, so "ns/op" and the like are not among them. The schema carries the same pattern.
 */
export const ZERO_ALLOWED_UNIT_PATTERN = '^(%|(?!(ns|us|µs|μs|ms|s|sec)/op$)[^/\\s]+/op)$';
const zeroAllowedRegExp = new RegExp(ZERO_ALLOWED_UNIT_PATTERN);

export function zeroAllowed(unit: string): boolean {
  return zeroAllowedRegExp.test(unit);
}

const SUMMARY_FIELDS = ['n', 'median', 'mean', 'min', 'max', 'stddev', 'cv'] as const;

function checkBenchmark(c: Checker, value: unknown, path: string): BenchmarkResult | undefined {
  if (!isObject(value)) {
    c.fail(path, 'an object', value);
    return undefined;
  }
  const before = c.count;
  const name = c.string(value, 'name', path, { nonEmpty: true, max: LIMITS.name });
  const unit = c.string(value, 'unit', path, { nonEmpty: true, max: LIMITS.name });
  const direction = value.direction;
  if (direction === undefined) c.add({ path: join(path, 'direction'), message: 'missing; expected "smaller" or "bigger"' });
  else if (direction !== 'smaller' && direction !== 'bigger') c.fail(join(path, 'direction'), '"smaller" or "bigger"', direction);
  const error = c.string(value, 'error', path, { optional: true, nonEmpty: true });
  const group = c.string(value, 'group', path, { optional: true, max: LIMITS.name });
  const wallTime = c.number(value, 'wallTime', path, { optional: true });
  const shard = c.integer(value, 'shard', path, { optional: true });
  if (shard === 0) c.fail(join(path, 'shard'), 'a shard number ≥ 1', shard);

  const samples = value.samples;
  const samplesPath = join(path, 'samples');
  // Zero is a true value of rates and counts; other units are compared as ratios.
  const zeroOk = unit !== undefined && zeroAllowed(unit);
  if (samples === undefined) {
    c.add({ path: samplesPath, message: 'missing; expected an array of numbers' });
  } else if (!Array.isArray(samples)) {
    c.fail(samplesPath, 'an array of numbers', samples);
  } else if (samples.length > LIMITS.samples) {
    c.add({ path: samplesPath, message: `expected at most ${LIMITS.samples} samples, found ${samples.length}` });
  } else {
    samples.forEach((sample, i) => {
      if (typeof sample !== 'number' || !Number.isFinite(sample) || sample < 0 || (sample === 0 && !zeroOk)) {
        c.fail(join(samplesPath, i), zeroOk ? 'a finite number ≥ 0' : 'a finite positive number', sample);
      }
    });
    if (samples.length === 0 && error === undefined && value.error === undefined) {
      c.add({ path: samplesPath, message: 'expected at least one sample (or an "error" saying why there are none), found an empty array' });
    }
  }

  const processes = value.processes;
  const processesPath = join(path, 'processes');
  if (processes !== undefined) {
    if (!Array.isArray(processes)) {
      c.fail(processesPath, 'an array of process numbers', processes);
    } else {
      processes.forEach((p, i) => {
        if (typeof p !== 'number' || !Number.isInteger(p) || p < 0) c.fail(join(processesPath, i), 'a whole number ≥ 0', p);
      });
      if (Array.isArray(samples) && processes.length !== samples.length) {
        c.add({
          path: processesPath,
          message: `expected one process number per sample (${samples.length}), found ${processes.length}`,
        });
      }
    }
  }

  // The summary is recomputed, never trusted; it is only checked for shape, so that a
  // file the schema rejects is rejected here too.
  const summary = value.summary;
  if (summary !== undefined) {
    if (!isObject(summary)) {
      c.fail(join(path, 'summary'), 'an object', summary);
    } else {
      for (const field of SUMMARY_FIELDS) {
        const x = summary[field];
        if (x === undefined) continue;
        const ok = field === 'n' ? typeof x === 'number' && Number.isInteger(x) && x >= 0 : typeof x === 'number';
        if (!ok) c.fail(join(join(path, 'summary'), field), field === 'n' ? 'a whole number ≥ 0' : 'a number', x);
      }
    }
  }

  if (c.count > before || name === undefined || unit === undefined) return undefined;
  // The order of keys here is the order files are written in: the long arrays last.
  const copy = [...(samples as number[])];
  return {
    name,
    unit,
    direction: direction as Direction,
    ...(group !== undefined ? { group } : {}),
    ...(error !== undefined ? { error } : {}),
    ...(wallTime !== undefined ? { wallTime } : {}),
    ...(shard !== undefined ? { shard } : {}),
    ...(copy.length > 0 ? { summary: summarize(copy) } : {}),
    samples: copy,
    ...(processes !== undefined ? { processes: [...(processes as number[])] } : {}),
  };
}

/** The first problems found in `value` as a results document, in document order (at most ten). */
export function findIssues(value: unknown): Issue[] {
  return check(value).issues;
}

function check(value: unknown): { issues: Issue[]; count: number; run?: RunResult } {
  const c = new Checker();
  if (!isObject(value) || value.format !== RESULTS_FORMAT) {
    const found = isObject(value) ? value.format : value;
    const message = `expected "${RESULTS_FORMAT}", found ${found === undefined ? 'no format field' : describe(found)}${foreignFormatHint(value)}`;
    // Not ours: listing every missing field would bury the one thing worth saying.
    return { issues: [{ path: 'format', message }], count: 1 };
  }
  const version = value.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > RESULTS_VERSION) {
    return {
      issues: [{ path: 'version', message: `written by a newer benchgate (version ${version}); this one reads version ${RESULTS_VERSION}` }],
      count: 1,
    };
  }
  if (version !== RESULTS_VERSION) c.fail('version', String(RESULTS_VERSION), version);

  const suite = c.string(value, 'suite', '', { nonEmpty: true, max: LIMITS.name });
  const run = checkRunMeta(c, value);

  const benchmarks: BenchmarkResult[] = [];
  const list = value.benchmarks;
  if (list === undefined) c.add({ path: 'benchmarks', message: 'missing; expected an array of benchmarks' });
  else if (!Array.isArray(list)) c.fail('benchmarks', 'an array of benchmarks', list);
  else if (list.length > LIMITS.benchmarks) c.add({ path: 'benchmarks', message: `expected at most ${LIMITS.benchmarks} benchmarks, found ${list.length}` });
  else {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      const benchmark = checkBenchmark(c, item, `benchmarks[${i}]`);
      const name = isObject(item) && typeof item.name === 'string' ? item.name : undefined;
      if (name !== undefined) {
        const first = seen.get(name);
        if (first !== undefined) {
          c.add({
            path: `benchmarks[${i}].name`,
            message: `expected a name not used before, found ${describe(name)} again (first at benchmarks[${first}])`,
          });
        } else {
          seen.set(name, i);
        }
      }
      if (benchmark) benchmarks.push(benchmark);
    });
  }

  let scenarios: ScenarioResult[] | undefined;
  if (value.scenarios !== undefined) scenarios = checkScenarios(c, value.scenarios);

  if (c.count > 0 || suite === undefined || run === undefined) return { issues: c.issues, count: c.count };
  return {
    issues: [],
    count: 0,
    run: { format: RESULTS_FORMAT, version: RESULTS_VERSION, suite, run, benchmarks, ...(scenarios ? { scenarios } : {}) },
  };
}

/** Say the issues in one message: the first on the first line, the rest indented below; `count` says how many there were in all. */
export function formatIssues(issues: readonly Issue[], count = issues.length): string {
  const lines = issues.slice(0, MAX_LISTED).map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`));
  const listed = lines.length;
  if (count > listed) lines.push(`(and ${count - listed} more problems)`);
  return lines.join('\n  ');
}

/**
 * Check a parsed results document and return it as a canonical RunResult: known fields
 * only, in a fixed order, with every summary recomputed from its samples.
 * Throws InputError naming `source` and each field that is wrong.
 */
export function validateResults(value: unknown, source: string): RunResult {
  const { issues, count, run } = check(value);
  if (!run) throw new InputError(source, formatIssues(issues, count));
  return run;
}
