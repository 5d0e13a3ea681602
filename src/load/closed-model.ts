// The closed model: a number of virtual users, each starting its next iteration when its last
// one ends. Latency counts from each iteration's actual start, so while the target stalls the
// users simply wait and the stall shows in few samples: the figures are labelled 'closed'.
import { setImmediate as immediate, setTimeout as sleep } from 'node:timers/promises';
import { formatDuration } from './duration.ts';
import { runIteration } from './iteration.ts';
import type { CommonSettings } from './options.ts';
import { Recorder } from './recorder.ts';
import { drain, stopReason } from './stopping.ts';
import type { IterationFunction, RunOptions, ScenarioDefinition, ScenarioOutcome } from './types.ts';

export interface ClosedLoad {
  /** Virtual users wanted `t` ms into the run. */
  vusAt(t: number): number;
  /** Length of the run in ms; undefined when only the iteration count ends it. */
  durationMs: number | undefined;
  /** The users' number changes over time (ramping): check it this often. */
  ramping: boolean;
  common: CommonSettings;
}

/** A user running synchronous iterations yields to the event loop this often, so timers and I/O still run. */
const YIELD_EVERY_MS = 5;
const RAMP_CHECK_MS = 10;

export async function runClosedModel(def: ScenarioDefinition, fn: IterationFunction, options: RunOptions, load: ClosedLoad): Promise<ScenarioOutcome> {
  const { common } = load;
  const clock = options.now ?? (() => performance.now());
  const iterationsSignal = new AbortController();
  const start = clock();
  const plannedMs = Math.min(load.durationMs ?? Infinity, common.maxDurationMs);
  const endAt = start + plannedMs;
  const limit = common.iterations ?? Infinity;
  const recorder = new Recorder({
    model: 'closed',
    windowMs: common.windowMs,
    thresholds: common.thresholds,
    start,
    ...(Number.isFinite(plannedMs) ? { expectedMs: plannedMs } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });

  let started = 0;
  let stopping = false;
  let aborted: string | undefined;
  let target = Math.round(load.vusAt(0));
  let lastYield = clock();
  const running = new Set<number>();
  let onIdle: (() => void) | undefined;

  const stopIf = (now: number): boolean => {
    if (stopping) return true;
    recorder.advance(now);
    aborted = recorder.abortReason ?? stopReason(options.signal);
    if (aborted || now >= endAt || started >= limit) stopping = true;
    return stopping;
  };

  const user = async (vu: number): Promise<void> => {
    try {
      for (;;) {
        const now = clock();
        if (stopIf(now) || vu > target) return;
        if (now - lastYield > YIELD_EVERY_MS) {
          await immediate();
          lastYield = clock();
          continue;
        }
        const n = started++;
        recorder.started(0);
        const from = clock();
        await new Promise<void>((resolve) => {
          runIteration(fn, options.data, vu, n, iterationsSignal.signal, (kind) => {
            recorder.ended(from, clock(), kind);
            resolve();
          });
        });
      }
    } finally {
      running.delete(vu);
      if (running.size === 0) onIdle?.();
    }
  };

  const fill = () => {
    for (let vu = 1; vu <= target; vu++) {
      if (running.has(vu)) continue;
      running.add(vu);
      void user(vu);
    }
  };

  fill();
  // The users end by themselves; this loop keeps windows closing while they wait on a
  // stalled target, and follows the ramp.
  while (!stopIf(clock())) {
    await sleep(Math.max(1, Math.min(load.ramping ? RAMP_CHECK_MS : Math.min(common.windowMs / 4, 100), endAt - clock())));
    if (load.ramping) {
      target = Math.round(load.vusAt(clock() - start));
      fill();
    }
  }
  if (!aborted && load.durationMs !== undefined && load.durationMs > common.maxDurationMs && started < limit) {
    aborted = `stopped at its hard cap, maxDuration ${formatDuration(common.maxDurationMs)}`;
  } else if (!aborted && load.durationMs === undefined && started < limit) {
    aborted = `stopped at its hard cap, maxDuration ${formatDuration(common.maxDurationMs)}, before ${limit} iterations`;
  }

  await drain(recorder, common.gracefulStopMs, aborted !== undefined, iterationsSignal, (resolve) => {
    onIdle = resolve;
    if (running.size === 0) resolve();
  });
  return recorder.finish(clock(), { name: def.name, executor: def.executor, ...(aborted ? { aborted } : {}) });
}
