// When each arrival of the open model is due: the rate runs linearly through the stages, and
// arrival i is due when the expected number of arrivals so far reaches i. Exact, so a ramp
// starts no more and no fewer iterations than it says, whatever the rate.

export interface RateStage {
  durationMs: number;
  /** Arrivals per ms at the end of the stage. */
  target: number;
}

export class ArrivalSchedule {
  readonly #stages: { from: number; to: number; startMs: number; durationMs: number; before: number; count: number }[] = [];
  #stage = 0;
  /** Total arrivals the schedule holds (fractional: the last one due is floor(total - ε)). */
  readonly total: number;
  readonly durationMs: number;

  /** `startRate` and targets in arrivals per ms. */
  constructor(startRate: number, stages: readonly RateStage[]) {
    let rate = startRate;
    let startMs = 0;
    let before = 0;
    for (const stage of stages) {
      const count = ((rate + stage.target) / 2) * stage.durationMs;
      this.#stages.push({ from: rate, to: stage.target, startMs, durationMs: stage.durationMs, before, count });
      before += count;
      startMs += stage.durationMs;
      rate = stage.target;
    }
    this.total = before;
    this.durationMs = startMs;
  }

  /** Time (ms from the start) arrival `i` is due, i = 0, 1, 2, ... in order; Infinity past the end. */
  at(i: number): number {
    if (i >= this.total) return Infinity;
    while (this.#stage < this.#stages.length - 1 && i >= this.#stages[this.#stage]!.before + this.#stages[this.#stage]!.count) this.#stage++;
    const s = this.#stages[this.#stage]!;
    const n = i - s.before;
    if (n <= 0) return s.startMs;
    const slope = (s.to - s.from) / s.durationMs;
    // n = from·τ + slope·τ²/2, solved for τ in the form that stays exact when slope is 0.
    const root = Math.sqrt(Math.max(0, s.from * s.from + 2 * slope * n));
    const tau = (2 * n) / (s.from + root);
    return s.startMs + Math.min(s.durationMs, tau);
  }
}
