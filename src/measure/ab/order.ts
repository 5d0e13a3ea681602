// Which version runs first in a round pair. Whatever runs second may find the caches warmer (or
// colder) and the CPU clocked differently, so the order is balanced: every two pairs of a
// benchmark in a process pair run once base-first and once head-first (ABBA), and which comes
// first in each block of two is random, so no pattern lines up with anything periodic.

export type PairOrder = 'base-first' | 'head-first';

export class PairOrders {
  readonly #last = new Map<string, PairOrder>();
  readonly #count = new Map<string, number>();
  readonly #random: () => number;

  constructor(random: () => number = Math.random) {
    this.#random = random;
  }

  /** The order of the next pair of `key` (a benchmark in a process pair). */
  next(key: string): PairOrder {
    const n = this.#count.get(key) ?? 0;
    const previous = this.#last.get(key);
    const order: PairOrder =
      n % 2 === 1 && previous ? (previous === 'base-first' ? 'head-first' : 'base-first') : this.#random() < 0.5 ? 'base-first' : 'head-first';
    this.#count.set(key, n + 1);
    this.#last.set(key, order);
    return order;
  }
}

/** Fisher-Yates, in place. */
export function shuffle<T>(items: T[], random: () => number = Math.random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
