// The executors: how each kind of scenario generates load. The four built in here follow k6's
// executors of the same names; stress, memory and soak register themselves beside them.
import { describe, UsageError } from '../errors.ts';
import { ArrivalSchedule } from './arrivals.ts';
import { runClosedModel } from './closed-model.ts';
import { runOpenModel } from './open-model.ts';
import { commonSettings, durationOption, numberOption, onlyKnownOptions, requireBound, stagesOption, where, wholeNumber } from './options.ts';
import type { Executor, IterationFunction, RunOptions, ScenarioDefinition, ScenarioOutcome } from './types.ts';

const EXECUTORS = new Map<string, Executor>();

/** Make an executor available to scenarios by its name. A later registration of the same name replaces it. */
export function registerExecutor(executor: Executor): void {
  EXECUTORS.set(executor.name, executor);
}

export function findExecutor(def: ScenarioDefinition): Executor {
  const name: unknown = def.executor;
  const executor = typeof name === 'string' ? EXECUTORS.get(name) : undefined;
  if (!executor) {
    throw new UsageError(`${where(def, 'executor')}: expected one of ${[...EXECUTORS.keys()].join(', ')}, found ${describe(name)}`);
  }
  return executor;
}

export function executorNames(): string[] {
  return [...EXECUTORS.keys()];
}

const CONSTANT_VUS = ['vus', 'duration'];
const RAMPING_VUS = ['startVUs', 'stages'];
const CONSTANT_RATE = ['rate', 'timeUnit', 'duration', 'preAllocatedVUs', 'maxVUs'];
const RAMPING_RATE = ['startRate', 'timeUnit', 'stages', 'preAllocatedVUs', 'maxVUs'];

function closedSettings(def: ScenarioDefinition) {
  const common = commonSettings(def);
  if (def.executor === 'constant-vus') {
    onlyKnownOptions(def, CONSTANT_VUS);
    const vus = wholeNumber(def, 'vus', 1);
    const durationMs = durationOption(def, 'duration');
    requireBound(def, durationMs, common);
    return { common, durationMs, ramping: false, vusAt: () => vus };
  }
  onlyKnownOptions(def, RAMPING_VUS);
  const startVUs = wholeNumber(def, 'startVUs', 0, 1);
  const stages = stagesOption(def);
  const durationMs = stages.reduce((sum, s) => sum + s.durationMs, 0);
  const vusAt = (t: number): number => {
    let from = startVUs;
    let at = 0;
    for (const stage of stages) {
      if (t < at + stage.durationMs) return from + ((stage.target - from) * (t - at)) / stage.durationMs;
      at += stage.durationMs;
      from = stage.target;
    }
    return from;
  };
  return { common, durationMs, ramping: true, vusAt };
}

function openSettings(def: ScenarioDefinition) {
  const common = commonSettings(def);
  const timeUnitMs = durationOption(def, 'timeUnit') ?? 1_000;
  if (!(timeUnitMs > 0))
    throw new UsageError(`${where(def, 'timeUnit')}: expected a duration above zero, found ${describe((def as { timeUnit?: unknown }).timeUnit)}`);
  let schedule: ArrivalSchedule;
  let peakPerSecond: number;
  if (def.executor === 'constant-arrival-rate') {
    onlyKnownOptions(def, CONSTANT_RATE);
    const rate = numberOption(def, 'rate');
    const durationMs = durationOption(def, 'duration');
    requireBound(def, durationMs, common);
    // Without a duration the iteration count ends it, or else the hard cap.
    const scheduleMs = durationMs ?? Infinity;
    schedule = new ArrivalSchedule(rate / timeUnitMs, [{ durationMs: scheduleMs, target: rate / timeUnitMs }]);
    peakPerSecond = (rate * 1_000) / timeUnitMs;
  } else {
    onlyKnownOptions(def, RAMPING_RATE);
    const startRate = numberOption(def, 'startRate', { fallback: 0, allowZero: true });
    const stages = stagesOption(def);
    schedule = new ArrivalSchedule(
      startRate / timeUnitMs,
      stages.map((s) => ({ durationMs: s.durationMs, target: s.target / timeUnitMs })),
    );
    peakPerSecond = (Math.max(startRate, ...stages.map((s) => s.target)) * 1_000) / timeUnitMs;
  }
  // Defaults: VUs for 100 ms of arrivals at the start, and room for a whole second of them in
  // flight, so a target that stalls for up to a second drops nothing.
  const preAllocatedVUs = wholeNumber(def, 'preAllocatedVUs', 1, Math.max(1, Math.ceil(peakPerSecond / 10)));
  const maxVUs = wholeNumber(def, 'maxVUs', 1, Math.max(preAllocatedVUs, Math.ceil(peakPerSecond)));
  if (maxVUs < preAllocatedVUs) {
    throw new UsageError(`${where(def, 'maxVUs')}: expected at least preAllocatedVUs (${preAllocatedVUs}), found ${maxVUs}`);
  }
  return { common, schedule, preAllocatedVUs, maxVUs };
}

for (const name of ['constant-vus', 'ramping-vus'] as const) {
  registerExecutor({
    name,
    model: 'closed',
    check: (def) => void closedSettings(def),
    run: (def: ScenarioDefinition, fn: IterationFunction, options: RunOptions): Promise<ScenarioOutcome> =>
      runClosedModel(def, fn, options, closedSettings(def)),
  });
}

for (const name of ['constant-arrival-rate', 'ramping-arrival-rate'] as const) {
  registerExecutor({
    name,
    model: 'open',
    check: (def) => void openSettings(def),
    run: (def, fn, options) => runOpenModel(def, fn, options, openSettings(def)),
  });
}
