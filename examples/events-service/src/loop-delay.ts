// monitorEventLoopDelay's histogram holds the time between its samples, in ns; less the sampling
// interval, that is how late the loop ran. Rounded to 0.01 ms; never negative.
export function loopDelayMs(ns: number, resolutionMs: number): number {
  return Math.max(0, Math.round(ns / 1e4 - resolutionMs * 100) / 100);
}
