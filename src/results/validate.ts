// Hand-written rather than schema-driven so that reading results stays fast and the
// bundled Action carries no validator library. schema/results.schema.json describes the
// same rules; __tests__/results-schema.test.ts checks that the two agree.
//
// Unknown fields are accepted, so that a file from a newer benchgate of the same version
// (which may add optional fields) still reads, but they are not kept: the run returned
// is rebuilt from the known fields only, so whatever is written back is canonical.
import { describe, InputError } from '../errors.ts';
import { MEASURES, RESULTS_FORMAT, RESULTS_VERSION } from './model.ts';
import type { BenchmarkResult, Direction, Environment, Measure, RunMeta, RunResult, ScenarioResult } from './model.ts';
import { summarize } from './summary.ts';
import { checkScenarios } from './validate-scenarios.ts';

export interface Issue {
  /** Where, e.g. "benchmarks[3].samples[5]"; empty for the whole document. */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

/** ISO 8601 date and time with a time zone; the schema carries the same pattern. */
export const TIME_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|[+-]([01]\\d|2[0-3]):?[0-5]\\d)$';
const timeRegExp = new RegExp(TIME_PATTERN);

/** More issues than this and the rest are counted, not listed: the first few say enough. */
const MAX_LISTED = 10;

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

export class Checker {
  readonly issues: Issue[] = [];

  fail(path: string, expected: string, found: unknown): void {
    this.issues.push({ path, message: `expected ${expected}, found ${describe(found)}` });
  }

  object(parent: Json, key: string, path: string): Json | undefined {
    const value = parent[key];
    const at = join(path, key);
    if (value === undefined) this.issues.push({ path: at, message: 'missing; expected an object' });
    else if (!isObject(value)) this.fail(at, 'an object', value);
    else return value;
    return undefined;
  }

  string(parent: Json, key: string, path: string, options: { optional?: boolean; nonEmpty?: boolean } = {}): string | undefined {
    const value = parent[key];
    const at = join(path, key);
    const expected = options.nonEmpty ? 'a non-empty string' : 'a string';
    if (value === undefined) {
      if (!options.optional) this.issues.push({ path: at, message: `missing; expected ${expected}` });
    } else if (typeof value !== 'string' || (options.nonEmpty && value === '')) {
      this.fail(at, expected, value);
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
      if (!options.optional) this.issues.push({ path: at, message: `missing; expected ${expected}` });
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
      if (!options.optional) this.issues.push({ path: at, message: 'missing; expected true or false' });
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
      if (!options.optional) this.issues.push({ path: at, message: 'missing; expected a whole number ≥ 0' });
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
    return " — is this github-action-benchmark's custom JSON? pass --tool customSmallerIsBetter (or customBiggerIsBetter)";
  }
  if (isObject(value)) {
    if (isObject(value.machine_info) && Array.isArray(value.benchmarks)) return ' — is this pytest-benchmark JSON? pass --tool pytest';
    if (isObject(value.context) && Array.isArray(value.benchmarks)) return ' — is this Google Benchmark JSON? pass --tool googlecpp';
  }
  return '';
}

function checkEnvironment(c: Checker, run: Json): Environment | undefined {
  const env = c.object(run, 'env', 'run');
  if (!env) return undefined;
  const node = c.string(env, 'node', 'run.env');
  const os = c.string(env, 'os', 'run.env');
  const arch = c.string(env, 'arch', 'run.env');
  const cpu = c.string(env, 'cpu', 'run.env');
  const cores = c.integer(env, 'cores', 'run.env');
  const runner = c.string(env, 'runner', 'run.env', { optional: true });
  if (node === undefined || os === undefined || arch === undefined || cpu === undefined || cores === undefined) return undefined;
  return { node, os, arch, cpu, cores, ...(runner !== undefined ? { runner } : {}) };
}

function checkRunMeta(c: Checker, doc: Json): RunMeta | undefined {
  const run = c.object(doc, 'run', '');
  if (!run) return undefined;
  const id = c.string(run, 'id', 'run', { nonEmpty: true });
  const commit = c.string(run, 'commit', 'run', { optional: true, nonEmpty: true });
  const branch = c.string(run, 'branch', 'run', { optional: true, nonEmpty: true });
  const time = c.string(run, 'time', 'run');
  if (time !== undefined && !timeRegExp.test(time)) {
    c.fail('run.time', 'an ISO 8601 time with a time zone, like "2025-01-31T09:30:00Z"', time);
  }
  const tool = c.string(run, 'tool', 'run', { nonEmpty: true });
  const measure = run.measure;
  if (measure !== undefined && !MEASURES.includes(measure as Measure)) c.fail('run.measure', MEASURES.map((m) => `"${m}"`).join(' or '), measure);
  const env = checkEnvironment(c, run);
  if (id === undefined || time === undefined || tool === undefined || env === undefined) return undefined;
  return {
    id,
    ...(commit !== undefined ? { commit } : {}),
    ...(branch !== undefined ? { branch } : {}),
    time,
    tool,
    ...(measure !== undefined && MEASURES.includes(measure as Measure) ? { measure: measure as Measure } : {}),
    env,
  };
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
  const before = c.issues.length;
  const name = c.string(value, 'name', path, { nonEmpty: true });
  const unit = c.string(value, 'unit', path, { nonEmpty: true });
  const direction = value.direction;
  if (direction === undefined) c.issues.push({ path: join(path, 'direction'), message: 'missing; expected "smaller" or "bigger"' });
  else if (direction !== 'smaller' && direction !== 'bigger') c.fail(join(path, 'direction'), '"smaller" or "bigger"', direction);
  const error = c.string(value, 'error', path, { optional: true, nonEmpty: true });
  const group = c.string(value, 'group', path, { optional: true });

  const samples = value.samples;
  const samplesPath = join(path, 'samples');
  // Zero is a true value of rates and counts; other units are compared as ratios.
  const zeroOk = unit !== undefined && zeroAllowed(unit);
  if (samples === undefined) {
    c.issues.push({ path: samplesPath, message: 'missing; expected an array of numbers' });
  } else if (!Array.isArray(samples)) {
    c.fail(samplesPath, 'an array of numbers', samples);
  } else {
    samples.forEach((sample, i) => {
      if (typeof sample !== 'number' || !Number.isFinite(sample) || sample < 0 || (sample === 0 && !zeroOk)) {
        c.fail(join(samplesPath, i), zeroOk ? 'a finite number ≥ 0' : 'a finite positive number', sample);
      }
    });
    if (samples.length === 0 && error === undefined && value.error === undefined) {
      c.issues.push({ path: samplesPath, message: 'expected at least one sample (or an "error" saying why there are none), found an empty array' });
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
        c.issues.push({
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

  if (c.issues.length > before || name === undefined || unit === undefined) return undefined;
  // The order of keys here is the order files are written in: the long arrays last.
  const copy = [...(samples as number[])];
  return {
    name,
    unit,
    direction: direction as Direction,
    ...(group !== undefined ? { group } : {}),
    ...(error !== undefined ? { error } : {}),
    ...(copy.length > 0 ? { summary: summarize(copy) } : {}),
    samples: copy,
    ...(processes !== undefined ? { processes: [...(processes as number[])] } : {}),
  };
}

/** Every problem found in `value` as a results document (all of them, in document order). */
export function findIssues(value: unknown): Issue[] {
  return check(value).issues;
}

function check(value: unknown): { issues: Issue[]; run?: RunResult } {
  const c = new Checker();
  if (!isObject(value) || value.format !== RESULTS_FORMAT) {
    const found = isObject(value) ? value.format : value;
    const message = `expected "${RESULTS_FORMAT}", found ${found === undefined ? 'no format field' : describe(found)}${foreignFormatHint(value)}`;
    // Not ours: listing every missing field would bury the one thing worth saying.
    return { issues: [{ path: 'format', message }] };
  }
  const version = value.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > RESULTS_VERSION) {
    return {
      issues: [{ path: 'version', message: `written by a newer benchgate (version ${version}); this one reads version ${RESULTS_VERSION}` }],
    };
  }
  if (version !== RESULTS_VERSION) c.fail('version', String(RESULTS_VERSION), version);

  const suite = c.string(value, 'suite', '', { nonEmpty: true });
  const run = checkRunMeta(c, value);

  const benchmarks: BenchmarkResult[] = [];
  const list = value.benchmarks;
  if (list === undefined) c.issues.push({ path: 'benchmarks', message: 'missing; expected an array of benchmarks' });
  else if (!Array.isArray(list)) c.fail('benchmarks', 'an array of benchmarks', list);
  else {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      const benchmark = checkBenchmark(c, item, `benchmarks[${i}]`);
      const name = isObject(item) && typeof item.name === 'string' ? item.name : undefined;
      if (name !== undefined) {
        const first = seen.get(name);
        if (first !== undefined) {
          c.issues.push({
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

  if (c.issues.length > 0 || suite === undefined || run === undefined) return { issues: c.issues };
  return {
    issues: [],
    run: { format: RESULTS_FORMAT, version: RESULTS_VERSION, suite, run, benchmarks, ...(scenarios ? { scenarios } : {}) },
  };
}

/** Say every issue in one message: the first on the first line, the rest indented below. */
export function formatIssues(issues: readonly Issue[]): string {
  const lines = issues.slice(0, MAX_LISTED).map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`));
  if (issues.length > MAX_LISTED) lines.push(`(and ${issues.length - MAX_LISTED} more problems)`);
  return lines.join('\n  ');
}

/**
 * Check a parsed results document and return it as a canonical RunResult: known fields
 * only, in a fixed order, with every summary recomputed from its samples.
 * Throws InputError naming `source` and each field that is wrong.
 */
export function validateResults(value: unknown, source: string): RunResult {
  const { issues, run } = check(value);
  if (!run) throw new InputError(source, formatIssues(issues));
  return run;
}
