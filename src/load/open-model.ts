// The open model: iterations start when the schedule says, whether or not earlier ones have
// ended, and each one's latency counts from when it was meant to start. A stalled target then
// shows as the wait it causes (coordinated omission corrected), and a generator that falls
// behind shows as scheduler lag instead of hiding in the figures.
import { setImmediate as immediate, setTimeout as sleep } from 'node:timers/promises';
import type { ArrivalSchedule } from './arrivals.ts';
import { formatDuration } from './duration.ts';
import { runIteration } from './iteration.ts';
import type { CommonSettings } from './options.ts';
import { Recorder } from './recorder.ts';
import { drain, stopReason } from './stopping.ts';
import type { IterationFunction, RunOptions, ScenarioDefinition, ScenarioOutcome } from './types.ts';

export interface OpenLoad {
  schedule: ArrivalSchedule;
  preAllocatedVUs: number;
  maxVUs: number;
  common: CommonSettings;
}

/** Below this wait the generator polls instead of sleeping: a timer can fire a millisecond late. */
const SPIN_MS = 2;
/**
 * After this many starts in one go, the iterations that already ended get to say so (their
 * promise callbacks run) before more start: otherwise a backlog started in one go would count
 * as that many in flight, and run into maxVUs.
 */
const STARTS_PER_MICROTASK_TURN = 64;

export async function runOpenModel(def: ScenarioDefinition, fn: IterationFunction, options: RunOptions, load: OpenLoad): Promise<ScenarioOutcome> {
  const { schedule, maxVUs, common } = load;
  const clock = options.now ?? (() => performance.now());
  const iterationsSignal = new AbortController();
  const start = clock();
  const plannedMs = Math.min(schedule.durationMs, common.maxDurationMs);
  const endAt = start + plannedMs;
  const limit = common.iterations ?? Infinity;
  const recorder = new Recorder({
    model: 'open',
    windowMs: common.windowMs,
    thresholds: common.thresholds,
    start,
    expectedMs: plannedMs,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });

  // Virtual users are slots for iterations in flight; ids are reused so `ctx.vu` stays small.
  const free: number[] = [];
  for (let vu = load.preAllocatedVUs; vu >= 1; vu--) free.push(vu);
  let allocated = load.preAllocatedVUs;
  let onIdle: (() => void) | undefined;

  let i = 0;
  let started = 0;
  let aborted: string | undefined;
  for (;;) {
    const now = clock();
    recorder.advance(now);
    aborted = recorder.abortReason ?? stopReason(options.signal);
    if (aborted) break;
    let due = start + schedule.at(i);
    let burst = 0;
    while (due <= now && due < endAt && started < limit) {
      if (++burst % STARTS_PER_MICROTASK_TURN === 0) await undefined;
      i++;
      let vu = free.pop();
      if (vu === undefined && allocated < maxVUs) vu = ++allocated;
      if (vu === undefined) {
        recorder.dropped(due);
      } else {
        const intended = due;
        const slot = vu;
        recorder.started(clock() - intended);
        runIteration(fn, options.data, slot, started++, iterationsSignal.signal, (kind) => {
          recorder.ended(intended, clock(), kind);
          free.push(slot);
          if (recorder.inFlight === 0) onIdle?.();
        });
      }
      due = start + schedule.at(i);
    }
    if (due >= endAt || started >= limit) break;
    const wait = due - clock();
    if (wait > SPIN_MS) await sleep(Math.min(wait - 1, common.windowMs));
    else await immediate();
  }
  if (!aborted && schedule.durationMs > common.maxDurationMs && started < limit) {
    aborted = `stopped at its hard cap, maxDuration ${formatDuration(common.maxDurationMs)}`;
  }

  await drain(recorder, common.gracefulStopMs, aborted !== undefined, iterationsSignal, (resolve) => (onIdle = resolve));
  return recorder.finish(clock(), { name: def.name, executor: def.executor, ...(aborted ? { aborted } : {}) });
}
