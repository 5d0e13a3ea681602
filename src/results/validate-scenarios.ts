// The `scenarios` part of a results document: load scenarios' details. Checked field by field
// like the rest, and rebuilt from known fields only; the blocks other executors fill
// (capacity, memory, soak, faults) are kept as whole JSON objects.
import type { LatencySummary, LoadModel, ScenarioBlock, ScenarioResult, ScenarioWindow, ThresholdResult } from './model.ts';
import type { Checker, Json } from './validate.ts';

const LATENCY_FIELDS = ['min', 'mean', 'p50', 'p90', 'p95', 'p99', 'p999', 'max'] as const;
const WINDOW_PERCENTILES = ['p50', 'p95', 'p99'] as const;
export const SCENARIO_BLOCKS = ['capacity', 'memory', 'soak', 'faults'] as const;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkScenarios(c: Checker, value: unknown): ScenarioResult[] | undefined {
  if (!Array.isArray(value)) {
    c.fail('scenarios', 'an array of scenarios', value);
    return undefined;
  }
  const seen = new Map<string, number>();
  const scenarios: ScenarioResult[] = [];
  value.forEach((item, i) => {
    const path = `scenarios[${i}]`;
    const scenario = checkScenario(c, item, path);
    if (scenario) {
      const first = seen.get(scenario.name);
      if (first !== undefined) {
        c.add({
          path: `${path}.name`,
          message: `expected a name not used before, found ${JSON.stringify(scenario.name)} again (first at scenarios[${first}])`,
        });
      } else {
        seen.set(scenario.name, i);
      }
      scenarios.push(scenario);
    }
  });
  return scenarios;
}

function checkScenario(c: Checker, value: unknown, path: string): ScenarioResult | undefined {
  if (!isObject(value)) {
    c.fail(path, 'an object', value);
    return undefined;
  }
  const before = c.count;
  const name = c.string(value, 'name', path, { nonEmpty: true });
  const group = c.string(value, 'group', path, { optional: true });
  const executor = c.string(value, 'executor', path, { nonEmpty: true });
  const model = value.model;
  if (model === undefined) c.add({ path: `${path}.model`, message: 'missing; expected "open" or "closed"' });
  else if (model !== 'open' && model !== 'closed') c.fail(`${path}.model`, '"open" or "closed"', model);
  const duration = c.number(value, 'duration', path);
  const iterations = c.integer(value, 'iterations', path);
  const throughput = c.number(value, 'throughput', path);
  const latency = optionalLatency(c, value, 'latency', path);
  const errors = checkErrors(c, value, path);
  const dropped = c.integer(value, 'dropped', path);
  const schedulerLag = optionalLatency(c, value, 'schedulerLag', path);
  const maxConcurrency = c.integer(value, 'maxConcurrency', path, { optional: true });
  const thresholds = list(c, value, 'thresholds', path, 'thresholds', checkThreshold);
  const aborted = c.string(value, 'aborted', path, { optional: true, nonEmpty: true });
  const error = c.string(value, 'error', path, { optional: true, nonEmpty: true });
  const windows = list(c, value, 'windows', path, 'windows', checkWindow);
  const blocks: Partial<Record<(typeof SCENARIO_BLOCKS)[number], ScenarioBlock>> = {};
  for (const key of SCENARIO_BLOCKS) {
    const block = value[key];
    if (block === undefined) continue;
    if (!isObject(block)) c.fail(`${path}.${key}`, 'an object', block);
    else blocks[key] = structuredClone(block);
  }
  if (
    c.count > before ||
    name === undefined ||
    executor === undefined ||
    duration === undefined ||
    iterations === undefined ||
    throughput === undefined ||
    errors === undefined ||
    dropped === undefined ||
    thresholds === undefined ||
    windows === undefined
  ) {
    return undefined;
  }
  return {
    name,
    ...(group !== undefined ? { group } : {}),
    executor,
    model: model as LoadModel,
    duration,
    iterations,
    throughput,
    ...(latency ? { latency } : {}),
    errors,
    dropped,
    ...(schedulerLag ? { schedulerLag } : {}),
    ...(maxConcurrency !== undefined ? { maxConcurrency } : {}),
    thresholds,
    ...(aborted !== undefined ? { aborted } : {}),
    ...(error !== undefined ? { error } : {}),
    ...blocks,
    windows,
  };
}

function optionalLatency(c: Checker, parent: Json, key: string, path: string): LatencySummary | undefined {
  const value = parent[key];
  if (value === undefined) return undefined;
  const at = `${path}.${key}`;
  if (!isObject(value)) {
    c.fail(at, 'an object', value);
    return undefined;
  }
  const before = c.count;
  const count = c.integer(value, 'count', at);
  const fields: Partial<Record<(typeof LATENCY_FIELDS)[number], number>> = {};
  for (const field of LATENCY_FIELDS) fields[field] = c.number(value, field, at);
  if (c.count > before || count === undefined) return undefined;
  return { count, ...(fields as Record<(typeof LATENCY_FIELDS)[number], number>) };
}

function checkErrors(c: Checker, parent: Json, path: string): ScenarioResult['errors'] | undefined {
  const errors = c.object(parent, 'errors', path);
  if (!errors) return undefined;
  const at = `${path}.errors`;
  const before = c.count;
  const count = c.integer(errors, 'count', at);
  const rate = c.number(errors, 'rate', at, { max: 1 });
  const kinds = c.object(errors, 'byKind', at);
  const byKind: Record<string, number> = {};
  if (kinds) {
    for (const kind of Object.keys(kinds)) {
      const k = c.integer(kinds, kind, `${at}.byKind`);
      if (k !== undefined) byKind[kind] = k;
    }
  }
  if (c.count > before || count === undefined || rate === undefined) return undefined;
  return { count, rate, byKind };
}

function list<T>(
  c: Checker,
  parent: Json,
  key: string,
  path: string,
  what: string,
  each: (c: Checker, value: unknown, path: string) => T | undefined,
): T[] | undefined {
  const value = parent[key];
  const at = `${path}.${key}`;
  if (value === undefined) {
    c.add({ path: at, message: `missing; expected an array of ${what} (may be empty)` });
    return undefined;
  }
  if (!Array.isArray(value)) {
    c.fail(at, `an array of ${what}`, value);
    return undefined;
  }
  const items: T[] = [];
  value.forEach((item, i) => {
    const checked = each(c, item, `${at}[${i}]`);
    if (checked !== undefined) items.push(checked);
  });
  return items;
}

function checkThreshold(c: Checker, value: unknown, path: string): ThresholdResult | undefined {
  if (!isObject(value)) {
    c.fail(path, 'an object', value);
    return undefined;
  }
  const before = c.count;
  const metric = c.string(value, 'metric', path, { nonEmpty: true });
  const expression = c.string(value, 'expression', path, { nonEmpty: true });
  const observed = c.number(value, 'observed', path, { optional: true, min: -Infinity });
  const passed = c.boolean(value, 'passed', path);
  const abortOnFail = c.boolean(value, 'abortOnFail', path, { optional: true });
  if (c.count > before || metric === undefined || expression === undefined || passed === undefined) return undefined;
  return {
    metric,
    expression,
    ...(observed !== undefined ? { observed } : {}),
    passed,
    ...(abortOnFail !== undefined ? { abortOnFail } : {}),
  };
}

function checkWindow(c: Checker, value: unknown, path: string): ScenarioWindow | undefined {
  if (!isObject(value)) {
    c.fail(path, 'an object', value);
    return undefined;
  }
  const before = c.count;
  const start = c.number(value, 'start', path);
  const duration = c.number(value, 'duration', path);
  const iterations = c.integer(value, 'iterations', path);
  const errors = c.integer(value, 'errors', path);
  const dropped = c.integer(value, 'dropped', path);
  const throughput = c.number(value, 'throughput', path);
  const percentiles: Partial<Record<(typeof WINDOW_PERCENTILES)[number], number>> = {};
  for (const p of WINDOW_PERCENTILES) {
    const x = c.number(value, p, path, { optional: true });
    if (x !== undefined) percentiles[p] = x;
  }
  if (
    c.count > before ||
    start === undefined ||
    duration === undefined ||
    iterations === undefined ||
    errors === undefined ||
    dropped === undefined ||
    throughput === undefined
  ) {
    return undefined;
  }
  return { start, duration, iterations, errors, dropped, throughput, ...percentiles };
}
