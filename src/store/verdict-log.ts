/**
 * The verdicts the Action gave the runs it saved, for the trend dashboard's marks and "last
 * verdict": history shards keep numbers, this keeps what was decided about them. Monthly
 * files beside the history, so saving one run rewrites one small file:
 *
 *     <suite>/verdicts/<YYYY-MM>.json   (format "benchgate/verdict-log", version 1)
 *
 *     { "format": "benchgate/verdict-log", "version": 1, "suite": "api", "month": "2025-06",
 *       "runs": [                                   // by time of saving
 *         { "id": "…", "branch": "main",
 *           "verdicts": [                           // every verdict but "unchanged"
 *             { "name": "parse small", "unit": "ns/op", "direction": "smaller",
 *               "verdict": "regression", "change": 0.183 } ] } ] }
 *
 * A run listed with no verdicts was judged and nothing moved. Names are untrusted text.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, describe } from '../errors.ts';
import { writeFileAtomic } from '../results/atomic.ts';
import type { Direction } from '../results/model.ts';
import { monthOf } from './history-index.ts';

export const VERDICT_LOG_FORMAT = 'benchgate/verdict-log';
export const VERDICT_LOG_VERSION = 1;

export interface LoggedVerdict {
  name: string;
  unit: string;
  direction: Direction;
  /** A comparison's verdict other than "unchanged": regression, improvement, inconclusive, new, missing, error. */
  verdict: string;
  change?: number;
}

export interface LoggedRun {
  id: string;
  branch: string;
  verdicts: LoggedVerdict[];
}

export interface VerdictLog {
  format: typeof VERDICT_LOG_FORMAT;
  version: typeof VERDICT_LOG_VERSION;
  suite: string;
  month: string;
  runs: LoggedRun[];
}

const VERDICTS = new Set(['regression', 'improvement', 'inconclusive', 'new', 'missing', 'error']);

/** Add (or replace, by id) one run's verdicts. Pure. */
export function appendToVerdictLog(log: VerdictLog | undefined, suite: string, month: string, run: LoggedRun): VerdictLog {
  const base: VerdictLog = log ?? { format: VERDICT_LOG_FORMAT, version: VERDICT_LOG_VERSION, suite, month, runs: [] };
  const verdicts = run.verdicts
    .filter((v) => VERDICTS.has(v.verdict))
    .map((v) => ({
      name: v.name,
      unit: v.unit,
      direction: v.direction,
      verdict: v.verdict,
      ...(v.change !== undefined && Number.isFinite(v.change) ? { change: Number(v.change.toPrecision(4)) } : {}),
    }));
  return { ...base, runs: [...base.runs.filter((r) => r.id !== run.id), { id: run.id, branch: run.branch, verdicts }] };
}

/** Record one saved run's verdicts in its month's file; returns the path written, relative to `root`. */
export async function appendRunVerdicts(root: string, suiteFolder: string, suite: string, time: string, run: LoggedRun): Promise<string> {
  const month = monthOf(time);
  const path = `${suiteFolder}/verdicts/${month}.json`;
  const file = join(root, path);
  let log: VerdictLog | undefined;
  try {
    log = parseVerdictLog(await readFile(file, 'utf8'), file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const next = appendToVerdictLog(log, suite, month, run);
  await mkdir(join(root, suiteFolder, 'verdicts'), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(next)}\n`);
  return path;
}

/** Every verdict file of a suite; none when the Action never recorded one. */
export async function readVerdictLogs(root: string, suiteFolder: string): Promise<VerdictLog[]> {
  const folder = join(root, suiteFolder, 'verdicts');
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const logs: VerdictLog[] = [];
  for (const name of names.filter((n) => /^\d{4}-\d{2}\.json$/.test(n)).sort()) {
    const file = join(folder, name);
    logs.push(parseVerdictLog(await readFile(file, 'utf8'), file));
  }
  return logs;
}

export function parseVerdictLog(text: string, file: string): VerdictLog {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `expected JSON, found text that does not parse (${(err as Error).message})`, { cause: err });
  }
  const o = data as Record<string, unknown>;
  if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new InputError(file, `expected a JSON object, found ${describe(data)}`);
  if (o['format'] !== VERDICT_LOG_FORMAT) throw new InputError(file, `expected "format" to be "${VERDICT_LOG_FORMAT}", found ${describe(o['format'])}`);
  if (o['version'] !== VERDICT_LOG_VERSION) {
    throw new InputError(file, `expected "version" ${VERDICT_LOG_VERSION} (the verdict log version this benchgate reads), found ${describe(o['version'])}`);
  }
  if (typeof o['suite'] !== 'string' || typeof o['month'] !== 'string' || !Array.isArray(o['runs'])) {
    throw new InputError(file, 'expected "suite" and "month" strings and a "runs" array');
  }
  const runs = (o['runs'] as unknown[]).map((r, i): LoggedRun => {
    const run = r as Record<string, unknown>;
    if (run === null || typeof run !== 'object' || typeof run['id'] !== 'string' || typeof run['branch'] !== 'string' || !Array.isArray(run['verdicts'])) {
      throw new InputError(file, `expected runs[${i}] to have "id" and "branch" strings and a "verdicts" array, found ${describe(r)}`);
    }
    const verdicts = (run['verdicts'] as unknown[]).map((v, j): LoggedVerdict => {
      const entry = v as Record<string, unknown>;
      const ok =
        entry !== null &&
        typeof entry === 'object' &&
        typeof entry['name'] === 'string' &&
        typeof entry['unit'] === 'string' &&
        (entry['direction'] === 'smaller' || entry['direction'] === 'bigger') &&
        typeof entry['verdict'] === 'string' &&
        VERDICTS.has(entry['verdict']) &&
        (entry['change'] === undefined || (typeof entry['change'] === 'number' && Number.isFinite(entry['change'])));
      if (!ok) throw new InputError(file, `expected runs[${i}].verdicts[${j}] to be { name, unit, direction, verdict, change? }, found ${describe(v)}`);
      return entry as unknown as LoggedVerdict;
    });
    return { id: run['id'], branch: run['branch'], verdicts };
  });
  return { format: VERDICT_LOG_FORMAT, version: VERDICT_LOG_VERSION, suite: o['suite'], month: o['month'], runs };
}
