// The stress executor: find the breaking point. Offer load at a fixed arrival rate (the open
// model, so a saturated target cannot slow the generator down and hide it), raise the rate in
// steps until a step breaks a threshold, fails too often or cannot keep up, then bisect between
// the last good rate and the first bad one. What is reported is the highest rate that still met
// every criterion, the concurrency there (Little's law), and a USL fit of the steps.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, UsageError } from '../errors.ts';
import { formatDuration } from './duration.ts';
import { registerExecutor } from './executors.ts';
import { durationOption, numberOption, onlyKnownOptions, option, commonSettings, where, wholeNumber } from './options.ts';
import { runScenario } from './run-scenario.ts';
import { stopReason } from './stopping.ts';
import type { IterationFunction, RunOptions, ScenarioDefinition, ScenarioOutcome } from './types.ts';
import { fitUsl, MIN_USL_POINTS, type UslFit } from './usl.ts';

/** What one step at a fixed arrival rate measured. */
export interface StepMeasurement {
  /** Iterations completed per second. */
  throughput: number;
  /** 95th percentile latency in ms, when any iteration ended. */
  p95?: number;
  /** Fraction of iterations that failed, 0–1. */
  errorRate: number;
  /** Mean iterations in flight: throughput × mean latency (Little's law). */
  inFlight: number;
  /** Every threshold of the scenario held. */
  thresholdsOk: boolean;
  /** The thresholds that broke, as written, for the report. */
  broken?: string[];
  /** Arrivals the generator could not start (no free VU). */
  dropped?: number;
  /** 95th percentile of how late the generator started iterations, ms: its own trouble, not the target's. */
  lagP95?: number;
}

/** Measure the target at `rate` arrivals per second for `durationMs`. */
export type MeasureAtRate = (rate: number, durationMs: number) => Promise<StepMeasurement>;

export interface StressCriteria {
  /** A step failing more than this fraction of its iterations is past the breaking point (default 0.01). */
  maxErrorRate: number;
  /** A step completing less than (1 − this) of the offered rate cannot keep up (default 0.03). */
  throughputTolerance: number;
}

export interface StressSearchOptions extends StressCriteria {
  /** Arrivals per second of the first step. */
  startRate: number;
  /** Each step of the ramp offers this many times the last (default 1.5). */
  stepFactor: number;
  /** Never offer more than this (default: startRate × stepFactor^(maxSteps − 1)). */
  maxRate: number;
  stepDurationMs: number;
  /** Bisect until the gap between the good and the bad rate is at most this fraction of the good one (default 0.05). */
  precision: number;
  /** At most this many steps in all, ramp and bisection (default 12). */
  maxSteps: number;
  /** A failed step whose generator lag p95 exceeds this many ms is measured again (default 25). */
  maxLagMs: number;
  /** ...at most this many times (default 2). */
  retries: number;
  signal?: AbortSignal;
}

export interface StressStep extends StepMeasurement {
  /** Offered arrivals per second. */
  rate: number;
  phase: 'ramp' | 'bisect';
  /** Met every criterion. */
  ok: boolean;
  /** Why not, in plain words; empty when ok. */
  reasons: string[];
  /** Times the step was measured again because the generator lagged. */
  retried?: number;
}

export type StressStop =
  /** A bad step was found and the gap bisected. */
  | 'broke'
  /** maxRate was offered and still met every criterion. */
  | 'max-rate'
  /** The step budget ran out first. */
  | 'max-steps'
  | 'aborted';

export interface StressSearch {
  steps: StressStep[];
  /** Highest offered rate that met every criterion, per second. */
  sustainableRate?: number;
  /** Lowest offered rate that did not, per second. */
  breakingRate?: number;
  /** Why the breaking rate broke. */
  breakingReasons?: string[];
  /** Mean iterations in flight at the sustainable rate: the knee's concurrency. */
  kneeConcurrency?: number;
  /** Highest completed throughput of any step, per second. */
  maxThroughput: number;
  stoppedBy: StressStop;
}

export const STRESS_DEFAULTS = {
  stepFactor: 1.5,
  stepDurationMs: 5_000,
  precision: 0.05,
  maxSteps: 12,
  maxErrorRate: 0.01,
  throughputTolerance: 0.03,
  cooldownMs: 1_000,
  maxLagMs: 25,
  retries: 2,
  /** At the start rate, not judged; never longer than a step. */
  warmupMs: 2_000,
} as const;

/** Judge one step: every criterion, with the reasons it failed. */
export function judgeStep(rate: number, m: StepMeasurement, criteria: StressCriteria): { ok: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (!m.thresholdsOk) {
    reasons.push(m.broken && m.broken.length > 0 ? `threshold ${m.broken.join(', ')} broke` : 'a threshold broke');
  }
  if (m.errorRate > criteria.maxErrorRate) {
    reasons.push(`${percent(m.errorRate)} of iterations failed (allowed ${percent(criteria.maxErrorRate)})`);
  }
  if (m.throughput < rate * (1 - criteria.throughputTolerance)) {
    reasons.push(`completed ${rounded(m.throughput)}/s of the ${rounded(rate)}/s offered`);
  }
  return { ok: reasons.length === 0, reasons };
}

function percent(x: number): string {
  return `${Number((x * 100).toPrecision(2))}%`;
}

function rounded(x: number): string {
  return x >= 100 ? Math.round(x).toString() : Number(x.toPrecision(3)).toString();
}

/**
 * Ramp the offered rate up by `stepFactor` from `startRate` until a step fails a criterion (or
 * `maxRate` or the step budget is reached), then bisect between the last good and the first bad
 * rate until they are within `precision` of each other.
 */
export async function findBreakingPoint(measure: MeasureAtRate, o: StressSearchOptions): Promise<StressSearch> {
  const steps: StressStep[] = [];
  let good: StressStep | undefined;
  let bad: StressStep | undefined;
  let stoppedBy: StressStop | undefined;

  const step = async (rate: number, phase: StressStep['phase']): Promise<StressStep | undefined> => {
    if (o.signal?.aborted) {
      stoppedBy = 'aborted';
      return undefined;
    }
    let retried = 0;
    for (;;) {
      const m = await measure(rate, o.stepDurationMs);
      // A step cut short by the signal says nothing about the rate.
      if (o.signal?.aborted) {
        stoppedBy = 'aborted';
        return undefined;
      }
      const verdict = judgeStep(rate, m, o);
      // A generator that could not keep to its schedule bunched its arrivals: the queue that made
      // the step fail may be the machine's doing, not the target's. Such a step is measured again.
      const generatorLagged = m.lagP95 !== undefined && m.lagP95 > o.maxLagMs;
      if (!verdict.ok && generatorLagged && retried < o.retries) {
        retried++;
        continue;
      }
      if (!verdict.ok && generatorLagged) {
        verdict.reasons.push(`the generator itself started iterations late (lag p95 ${rounded(m.lagP95 ?? 0)} ms): the machine may have been too busy to tell`);
      }
      const s: StressStep = { ...m, rate, phase, ...verdict, ...(retried > 0 ? { retried } : {}) };
      steps.push(s);
      return s;
    }
  };

  let rate = Math.min(o.startRate, o.maxRate);
  while (stoppedBy === undefined) {
    if (steps.length >= o.maxSteps) {
      stoppedBy = 'max-steps';
      break;
    }
    const s = await step(rate, 'ramp');
    if (!s) break;
    if (!s.ok) {
      bad = s;
      break;
    }
    good = s;
    if (rate >= o.maxRate) stoppedBy = 'max-rate';
    rate = Math.min(rate * o.stepFactor, o.maxRate);
  }

  while (stoppedBy === undefined && good && bad && (bad.rate - good.rate) / good.rate > o.precision) {
    if (steps.length >= o.maxSteps) {
      stoppedBy = 'max-steps';
      break;
    }
    const s = await step((good.rate + bad.rate) / 2, 'bisect');
    if (!s) break;
    if (s.ok) good = s;
    else bad = s;
  }

  const maxThroughput = steps.reduce((max, s) => Math.max(max, s.throughput), 0);
  return {
    steps,
    ...(good ? { sustainableRate: good.rate, kneeConcurrency: good.inFlight } : {}),
    ...(bad ? { breakingRate: bad.rate, breakingReasons: bad.reasons } : {}),
    maxThroughput,
    stoppedBy: stoppedBy ?? (bad ? 'broke' : 'max-steps'),
  };
}

/** The USL fitted to the steps' (concurrency, throughput) points, when there are enough of them. */
export function fitSteps(steps: readonly StressStep[]): UslFit | undefined {
  const points = steps
    .filter((s) => s.inFlight > 0 && s.throughput > 0 && Number.isFinite(s.inFlight))
    .map((s) => ({ concurrency: s.inFlight, throughput: s.throughput }));
  return points.length >= MIN_USL_POINTS ? fitUsl(points) : undefined;
}

/** The `capacity` block of a stress scenario's result. Fields are documented on StressSearch and UslFit. */
export interface CapacityBlock {
  [key: string]: unknown;
  sustainableRate?: number;
  breakingRate?: number;
  breakingReasons?: string[];
  kneeConcurrency?: number;
  maxThroughput: number;
  stoppedBy: StressStop;
  criteria: StressCriteria & { precision: number };
  steps: Array<Omit<StressStep, 'broken' | 'dropped'> & { dropped: number }>;
  usl?: UslFit;
  /** How long the whole search took, ms. */
  searchDuration: number;
}

/**
 * Options of `executor: 'stress'` (besides thresholds, window, gracefulStop, maxDuration):
 *   startRate (required)      arrivals per timeUnit of the first step
 *   stepFactor = 1.5          each ramp step offers this many times the last
 *   maxRate                   never offer more (default startRate × stepFactor^(maxSteps − 1))
 *   stepDuration = '5s'       length of each step
 *   precision = 0.05          bisect until the good and bad rates are this close (relative)
 *   maxSteps = 12             steps in all, ramp and bisection
 *   timeUnit = '1s'           of startRate and maxRate
 *   preAllocatedVUs, maxVUs   per step, as for constant-arrival-rate
 *   maxErrorRate = 0.01       a step failing more than this share of iterations is past the breaking point
 *   throughputTolerance = 0.03  a step completing less than (1 − this) of its rate cannot keep up
 *   cooldown = '1s'           pause between steps, so one step's queue does not spill into the next
 *   warmup = min(stepDuration, '2s')  at startRate first, not judged
 *   retries = 2               a failed step is measured again this often when the generator lagged
 */
const STRESS_OPTIONS = [
  'startRate',
  'stepFactor',
  'maxRate',
  'stepDuration',
  'precision',
  'maxSteps',
  'timeUnit',
  'preAllocatedVUs',
  'maxVUs',
  'maxErrorRate',
  'throughputTolerance',
  'cooldown',
  'warmup',
  'retries',
];

interface StressSettings extends StressSearchOptions {
  cooldownMs: number;
  warmupMs: number;
  preAllocatedVUs?: number;
  maxVUs?: number;
}

function fraction(def: ScenarioDefinition, key: string, fallback: number): number {
  const value = option(def, key) ?? fallback;
  if (typeof value !== 'number' || !(value >= 0 && value < 1)) {
    throw new UsageError(`${where(def, key)}: expected a fraction from 0 up to 1 (e.g. 0.05), found ${describe(option(def, key))}`);
  }
  return value;
}

function stressSettings(def: ScenarioDefinition): StressSettings {
  onlyKnownOptions(def, STRESS_OPTIONS);
  commonSettings(def);
  const timeUnitMs = durationOption(def, 'timeUnit') ?? 1_000;
  if (!(timeUnitMs > 0)) throw new UsageError(`${where(def, 'timeUnit')}: expected a duration above zero, found ${describe(option(def, 'timeUnit'))}`);
  const perSecond = 1_000 / timeUnitMs;
  const startRate = numberOption(def, 'startRate') * perSecond;
  const stepFactor = numberOption(def, 'stepFactor', { fallback: STRESS_DEFAULTS.stepFactor });
  if (!(stepFactor > 1)) throw new UsageError(`${where(def, 'stepFactor')}: expected a number above 1 (each step offers more), found ${describe(stepFactor)}`);
  const maxSteps = wholeNumber(def, 'maxSteps', 1, STRESS_DEFAULTS.maxSteps);
  const maxRate = option(def, 'maxRate') === undefined ? startRate * stepFactor ** (maxSteps - 1) : numberOption(def, 'maxRate') * perSecond;
  if (maxRate < startRate)
    throw new UsageError(`${where(def, 'maxRate')}: expected at least startRate (${startRate / perSecond}), found ${describe(option(def, 'maxRate'))}`);
  const stepDurationMs = durationOption(def, 'stepDuration') ?? STRESS_DEFAULTS.stepDurationMs;
  if (!(stepDurationMs >= 100)) throw new UsageError(`${where(def, 'stepDuration')}: expected at least 100ms, found ${describe(option(def, 'stepDuration'))}`);
  const precision = numberOption(def, 'precision', { fallback: STRESS_DEFAULTS.precision });
  const vus = (key: string) => (option(def, key) === undefined ? {} : { [key]: wholeNumber(def, key, 1) });
  return {
    startRate,
    stepFactor,
    maxRate,
    stepDurationMs,
    precision,
    maxSteps,
    maxErrorRate: fraction(def, 'maxErrorRate', STRESS_DEFAULTS.maxErrorRate),
    throughputTolerance: fraction(def, 'throughputTolerance', STRESS_DEFAULTS.throughputTolerance),
    maxLagMs: STRESS_DEFAULTS.maxLagMs,
    retries: option(def, 'retries') === undefined ? STRESS_DEFAULTS.retries : wholeNumber(def, 'retries', 0),
    cooldownMs: durationOption(def, 'cooldown') ?? STRESS_DEFAULTS.cooldownMs,
    warmupMs: durationOption(def, 'warmup') ?? Math.min(stepDurationMs, STRESS_DEFAULTS.warmupMs),
    ...vus('preAllocatedVUs'),
    ...vus('maxVUs'),
  };
}

/**
 * Iterations completed per second while the step ran steadily: over its whole windows but the
 * first, in which nothing completes until the first latency has passed. The drain after the last
 * arrival is left out too; it would read as a slump. Then a step that keeps up completes what it
 * is offered whatever its latency, and one that cannot completes the target's ceiling.
 */
export function stepThroughput(outcome: Pick<ScenarioOutcome, 'windows' | 'throughput'>, windowMs: number): number {
  const whole = outcome.windows.filter((w) => w.duration >= windowMs - 1e-6);
  const steady = whole.length >= 3 ? whole.slice(1) : whole;
  const time = steady.reduce((sum, w) => sum + w.duration, 0);
  if (time <= 0) return outcome.throughput;
  return (steady.reduce((sum, w) => sum + w.iterations, 0) * 1_000) / time;
}

async function runStress(def: ScenarioDefinition, fn: IterationFunction, options: RunOptions): Promise<ScenarioOutcome> {
  const s = stressSettings(def);
  const common = commonSettings(def);
  const clock = options.now ?? (() => performance.now());
  const began = clock();
  const deadline = began + common.maxDurationMs;
  const outcomeAt = new Map<number, ScenarioOutcome>();
  const internal = new AbortController();
  const forward = () => internal.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', forward, { once: true });
  let capped = false;

  let runs = 0;
  const expected = s.warmupMs + s.maxSteps * (s.stepDurationMs + s.cooldownMs);
  const runAt = async (rate: number, durationMs: number): Promise<ScenarioOutcome> => {
    if (runs++ > 0 && s.cooldownMs > 0) await sleep(s.cooldownMs, undefined, { signal: internal.signal }).catch(() => {});
    if (clock() + durationMs > deadline) {
      // The next step would overrun the hard cap: the search ends with the steps it has.
      capped = true;
      internal.abort(new Error('hard cap'));
    }
    const stepStart = clock() - began;
    return runScenario(
      {
        name: def.name,
        executor: 'constant-arrival-rate',
        rate,
        timeUnit: '1s',
        duration: durationMs,
        ...(s.preAllocatedVUs !== undefined ? { preAllocatedVUs: s.preAllocatedVUs } : {}),
        ...(s.maxVUs !== undefined ? { maxVUs: Math.max(s.maxVUs, s.preAllocatedVUs ?? 1) } : {}),
        ...(def.thresholds !== undefined ? { thresholds: def.thresholds } : {}),
        ...(def.window !== undefined ? { window: def.window } : {}),
        ...(def.gracefulStop !== undefined ? { gracefulStop: def.gracefulStop } : {}),
      },
      fn,
      {
        data: options.data,
        signal: internal.signal,
        ...(options.now ? { now: options.now } : {}),
        // Progress counts from the start of the whole search, not of the step.
        ...(options.onProgress ? { onProgress: (p) => options.onProgress?.({ ...p, elapsed: stepStart + p.elapsed, expected }) } : {}),
      },
    );
  };

  const measure: MeasureAtRate = async (rate, durationMs) => {
    const outcome = await runAt(rate, durationMs);
    outcomeAt.set(rate, outcome);
    const mean = outcome.latency?.mean ?? 0;
    const throughput = stepThroughput(outcome, common.windowMs);
    const broken = outcome.thresholds.filter((t) => !t.passed).map((t) => `${t.metric} '${t.expression}'`);
    return {
      throughput,
      ...(outcome.latency ? { p95: outcome.latency.p95 } : {}),
      errorRate: outcome.errors.rate,
      inFlight: (throughput * mean) / 1_000,
      thresholdsOk: broken.length === 0,
      broken,
      dropped: outcome.dropped,
      ...(outcome.schedulerLag ? { lagP95: outcome.schedulerLag.p95 } : {}),
    };
  };

  let search: StressSearch;
  try {
    // A cold target (connections to open, code to compile, caches to fill) is slow at first:
    // judged, the first step would break for reasons that have nothing to do with the rate.
    if (s.warmupMs > 0) await runAt(s.startRate, s.warmupMs);
    search = await findBreakingPoint(measure, { ...s, signal: internal.signal });
  } finally {
    options.signal?.removeEventListener('abort', forward);
  }
  const searchDuration = clock() - began;

  const base = outcomeAt.get(search.sustainableRate ?? search.steps[0]?.rate ?? NaN);
  let usl: UslFit | undefined;
  try {
    usl = fitSteps(search.steps);
  } catch {
    usl = undefined;
  }
  const capacity: CapacityBlock = {
    ...(search.sustainableRate !== undefined ? { sustainableRate: search.sustainableRate } : {}),
    ...(search.breakingRate !== undefined ? { breakingRate: search.breakingRate, breakingReasons: search.breakingReasons ?? [] } : {}),
    ...(search.kneeConcurrency !== undefined ? { kneeConcurrency: search.kneeConcurrency } : {}),
    maxThroughput: search.maxThroughput,
    stoppedBy: search.stoppedBy,
    criteria: { maxErrorRate: s.maxErrorRate, throughputTolerance: s.throughputTolerance, precision: s.precision },
    steps: search.steps.map(({ broken: _broken, dropped, ...step }) => ({ ...step, dropped: dropped ?? 0 })),
    ...(usl ? { usl } : {}),
    searchDuration,
  };

  // The target's ceiling: what it completed while offered more than it could take. Compared with
  // the baseline like any benchmark; latency at the sustainable rate is not, since that rate moves.
  const saturated = search.steps.filter((step) => step.throughput < step.rate * (1 - s.throughputTolerance));
  const ceiling = saturated.flatMap((step) =>
    (outcomeAt.get(step.rate)?.windows ?? []).filter((w) => w.duration >= common.windowMs - 1e-6 && w.iterations > 0).map((w) => w.throughput),
  );

  const aborted = capped
    ? `stopped at its hard cap, maxDuration ${formatDuration(common.maxDurationMs)}`
    : search.stoppedBy === 'aborted'
      ? stopReason(options.signal)
      : undefined;
  if (base === undefined) {
    throw new Error(`${where(def)}: the stress search ended before its first step${aborted ? ` (${aborted})` : ''}`);
  }
  return {
    ...base,
    executor: 'stress',
    capacity,
    samples: { p50: [], p95: [], p99: [], throughput: [], errorRate: [] },
    metrics: ceiling.length > 0 ? [{ metric: 'max throughput', unit: 'ops/s', direction: 'bigger', samples: ceiling }] : [],
    ...(aborted ? { aborted } : {}),
  };
}

registerExecutor({
  name: 'stress',
  model: 'open',
  check: (def) => void stressSettings(def),
  run: runStress,
});
