// Thresholds in k6's grammar: `<aggregation> <operator> <number>`, e.g. 'p(95)<500', 'avg<=200',
// 'rate<0.01', 'count>1000'. Parsed once when the scenario is defined, so a typo is reported
// before any load is generated; evaluated while the scenario runs and at its end.
import { describe, UsageError } from '../errors.ts';
import type { ThresholdResult } from '../results/model.ts';
import { parseDuration } from './duration.ts';
import type { ThresholdSpec, Thresholds } from './types.ts';

export type Aggregation =
  | { kind: 'avg' | 'min' | 'max' | 'med' | 'count' | 'rate' }
  /** Percentile, 0–100. */
  | { kind: 'p'; p: number };

export type Operator = '<' | '<=' | '>' | '>=' | '==' | '!=';

export interface Threshold {
  metric: string;
  /** As written. */
  expression: string;
  aggregation: Aggregation;
  operator: Operator;
  value: number;
  abortOnFail: boolean;
  /** With abortOnFail: not checked before this many ms into the run, so a cold start does not stop it. */
  delayAbortEvalMs: number;
}

type AggregationKind = Aggregation['kind'];

/** Which aggregations each metric has, and what they mean, for error messages. */
export const THRESHOLD_METRICS: Record<string, { aggregations: readonly AggregationKind[]; about: string }> = {
  latency: { aggregations: ['avg', 'min', 'med', 'max', 'p'], about: 'iteration latency in ms' },
  errors: { aggregations: ['rate', 'count'], about: 'failed iterations: rate is their fraction of all, count their number' },
  iterations: { aggregations: ['count', 'rate'], about: 'iterations ended: count, or rate per second' },
  dropped: { aggregations: ['count', 'rate'], about: 'iterations the generator could not start: count, or rate per second' },
  heap: { aggregations: ['avg', 'min', 'med', 'max', 'p'], about: 'heap used after GC in bytes (memory scenarios)' },
  lag: { aggregations: ['avg', 'min', 'med', 'max', 'p'], about: 'how late the generator started iterations, in ms (open model)' },
};

const AGGREGATION_TEXT: Record<AggregationKind, string> = {
  avg: 'avg',
  min: 'min',
  med: 'med',
  max: 'max',
  p: 'p(N)',
  count: 'count',
  rate: 'rate',
};

const EXPRESSION = /^\s*(avg|min|max|med|count|rate|p\(\s*(\d+(?:\.\d+)?)\s*\))\s*(<=|>=|===|==|!=|<|>)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*$/i;

/** Parse one expression; `where` names it in errors, e.g. 'scenario "checkout": thresholds.latency[0]'. */
export function parseThresholdExpression(metric: string, expression: string, where: string): Omit<Threshold, 'abortOnFail' | 'delayAbortEvalMs'> {
  const spec = THRESHOLD_METRICS[metric];
  if (!spec) throw unknownMetric(metric, where);
  const m = EXPRESSION.exec(expression);
  const allowed = spec.aggregations.map((a) => AGGREGATION_TEXT[a]).join(', ');
  if (!m) {
    throw new UsageError(
      `${where}: cannot read ${JSON.stringify(expression)}: expected an aggregation (${allowed}), an operator (<, <=, >, >=, ==, !=) and a number, like 'p(95)<500'`,
    );
  }
  const name = m[1]!.toLowerCase();
  let aggregation: Aggregation;
  if (name.startsWith('p(')) {
    const p = Number(m[2]);
    if (!(p >= 0 && p <= 100)) throw new UsageError(`${where}: ${JSON.stringify(expression)}: the percentile must be from 0 to 100, found ${m[2]}`);
    aggregation = { kind: 'p', p };
  } else {
    aggregation = { kind: name as Exclude<AggregationKind, 'p'> };
  }
  if (!spec.aggregations.includes(aggregation.kind)) {
    throw new UsageError(
      `${where}: ${JSON.stringify(expression)}: ${metric} (${spec.about}) has no ${AGGREGATION_TEXT[aggregation.kind]}; use one of ${allowed}`,
    );
  }
  const operator = (m[3] === '===' ? '==' : m[3]) as Operator;
  return { metric, expression, aggregation, operator, value: Number(m[4]) };
}

/** Every threshold of a scenario, checked. `scenario` names it in errors. */
export function parseThresholds(thresholds: unknown, scenario: string): Threshold[] {
  const at = `scenario ${JSON.stringify(scenario)}: thresholds`;
  if (thresholds === undefined) return [];
  if (typeof thresholds !== 'object' || thresholds === null || Array.isArray(thresholds)) {
    throw new UsageError(`${at}: expected an object like { latency: ['p(95)<500'] }, found ${describe(thresholds)}`);
  }
  const parsed: Threshold[] = [];
  for (const [metric, value] of Object.entries(thresholds as Thresholds)) {
    if (!THRESHOLD_METRICS[metric]) throw unknownMetric(metric, at);
    const specs = Array.isArray(value) ? value : [value];
    specs.forEach((spec: unknown, i) => {
      const where = `${at}.${metric}${Array.isArray(value) ? `[${i}]` : ''}`;
      parsed.push(parseSpec(metric, spec, where));
    });
  }
  return parsed;
}

function parseSpec(metric: string, spec: unknown, where: string): Threshold {
  if (typeof spec === 'string') return { ...parseThresholdExpression(metric, spec, where), abortOnFail: false, delayAbortEvalMs: 0 };
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new UsageError(`${where}: expected an expression like 'p(95)<500' or { threshold: 'p(95)<500', abortOnFail: true }, found ${describe(spec)}`);
  }
  const { threshold, abortOnFail, delayAbortEval, ...rest } = spec as Exclude<ThresholdSpec, string> & Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) {
    throw new UsageError(`${where}: unknown option ${JSON.stringify(unknown[0])}; expected threshold, abortOnFail or delayAbortEval`);
  }
  if (typeof threshold !== 'string') throw new UsageError(`${where}.threshold: expected an expression like 'p(95)<500', found ${describe(threshold)}`);
  if (abortOnFail !== undefined && typeof abortOnFail !== 'boolean') {
    throw new UsageError(`${where}.abortOnFail: expected true or false, found ${describe(abortOnFail)}`);
  }
  return {
    ...parseThresholdExpression(metric, threshold, where),
    abortOnFail: abortOnFail ?? false,
    delayAbortEvalMs: delayAbortEval === undefined ? 0 : parseDuration(delayAbortEval, `${where}.delayAbortEval`),
  };
}

function unknownMetric(metric: string, where: string): UsageError {
  const known = Object.keys(THRESHOLD_METRICS).join(', ');
  return new UsageError(`${where}: unknown metric ${JSON.stringify(metric)}; thresholds can be set on ${known}`);
}

/** The value of an aggregation of a metric so far, or undefined when there is nothing to aggregate. */
export type Observe = (metric: string, aggregation: Aggregation) => number | undefined;

export function holds(operator: Operator, observed: number, value: number): boolean {
  switch (operator) {
    case '<':
      return observed < value;
    case '<=':
      return observed <= value;
    case '>':
      return observed > value;
    case '>=':
      return observed >= value;
    case '==':
      return observed === value;
    case '!=':
      return observed !== value;
  }
}

/** Evaluate a threshold. With nothing to aggregate (no iterations ended) it does not hold: nothing was shown. */
export function evaluateThreshold(threshold: Threshold, observe: Observe): ThresholdResult {
  const observed = observe(threshold.metric, threshold.aggregation);
  return {
    metric: threshold.metric,
    expression: threshold.expression,
    ...(observed !== undefined ? { observed } : {}),
    passed: observed !== undefined && holds(threshold.operator, observed, threshold.value),
    ...(threshold.abortOnFail ? { abortOnFail: true } : {}),
  };
}

/** The first abort-on-fail threshold broken at `elapsedMs`, if any. */
export function brokenAbortThreshold(thresholds: readonly Threshold[], observe: Observe, elapsedMs: number): ThresholdResult | undefined {
  for (const threshold of thresholds) {
    if (!threshold.abortOnFail || elapsedMs < threshold.delayAbortEvalMs) continue;
    const result = evaluateThreshold(threshold, observe);
    if (!result.passed && result.observed !== undefined) return result;
  }
  return undefined;
}
