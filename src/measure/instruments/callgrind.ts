// Reading callgrind's dump files. A benchmark process runs under
// `valgrind --tool=callgrind --dump-before=getegid`, so every call of getegid(2) writes the costs
// counted since the previous dump to a new numbered file ("part") and starts counting afresh.
// The child brackets the measured calls with two process.getegid() calls: the parts written after
// the first marker, up to and including the one the second marker writes, hold exactly the
// measured section. Node itself calls getegid at start-up (and may again, e.g. when it reads an
// environment variable securely), so parts are told apart by number, never by position from the end.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The libc call that marks the bracket's ends: Node exposes it as process.getegid() and rarely calls it itself. */
export const MARKER = 'getegid';

/** Base name of the dump files; callgrind appends ".<pid>" and, for each triggered dump, ".<part>". */
export const DUMP_NAME = 'callgrind.out';

/** The events of one dump, by callgrind's names: Ir (instructions executed) always; the cache simulation adds Dr, Dw, I1mr, D1mr, … */
export type Events = Record<string, number>;

export interface Dump {
  /** Sequence number of the dump in its process (1, 2, …); absent in the final dump written at exit. */
  part?: number;
  /** What made callgrind write it, e.g. "--dump-before=getegid"; absent at exit. */
  trigger?: string;
  events: Events;
}

/**
 * The header facts and the totals of one callgrind dump (format version 1). The totals come from
 * `totals:`, or `summary:` when a dump has no totals line; a dump with neither is not callgrind's.
 */
export function parseDump(text: string, file = 'callgrind dump'): Dump {
  let names: string[] | undefined;
  let summary: string | undefined;
  let totals: string | undefined;
  let part: number | undefined;
  let trigger: string | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('events:')) names = line.slice('events:'.length).trim().split(/\s+/);
    else if (line.startsWith('summary:')) summary = line.slice('summary:'.length);
    else if (line.startsWith('totals:')) totals = line.slice('totals:'.length);
    else if (line.startsWith('part:')) part = Number(line.slice('part:'.length));
    else if (line.startsWith('desc: Trigger:')) trigger = line.slice('desc: Trigger:'.length).trim();
  }
  if (!names || names.length === 0 || names[0] === '') throw new Error(`${file}: no "events:" line; is this a callgrind dump?`);
  const costs = totals ?? summary;
  if (costs === undefined) throw new Error(`${file}: no "totals:" or "summary:" line; the dump is cut short`);
  const values = costs.trim() === '' ? [] : costs.trim().split(/\s+/).map(Number);
  if (values.some((v) => !Number.isSafeInteger(v) || v < 0)) throw new Error(`${file}: the totals are not whole numbers: "${costs.trim()}"`);
  // Callgrind leaves out trailing zero costs.
  const events = Object.fromEntries(names.map((name, i) => [name, values[i] ?? 0]));
  return { ...(part !== undefined && Number.isInteger(part) ? { part } : {}), ...(trigger ? { trigger } : {}), events };
}

/** Adds the events of several dumps: one measured section that a stray marker call split in two is still one section. */
export function addEvents(dumps: readonly Events[]): Events {
  const sum: Events = {};
  for (const events of dumps) for (const [name, value] of Object.entries(events)) sum[name] = (sum[name] ?? 0) + value;
  return sum;
}

/**
 * Estimated CPU cycles from the cache simulation's misses, as KCachegrind estimates them:
 * Ir + 10 × first-level misses + 100 × last-level misses. Undefined without the simulation's events.
 */
export function estimatedCycles(events: Events): number | undefined {
  const { Ir, I1mr, D1mr, D1mw, ILmr, DLmr, DLmw } = events;
  if (Ir === undefined || I1mr === undefined || D1mr === undefined || D1mw === undefined) return undefined;
  if (ILmr === undefined || DLmr === undefined || DLmw === undefined) return undefined;
  return Ir + 10 * (I1mr + D1mr + D1mw) + 100 * (ILmr + DLmr + DLmw);
}

/** The dump files one process has written into `dir` and not yet removed, by part number. */
export class DumpFolder {
  readonly #dir: string;
  readonly #prefix: string;

  constructor(dir: string, pid: number) {
    this.#dir = dir;
    this.#prefix = `${DUMP_NAME}.${pid}.`;
  }

  /** Part numbers present, ascending. */
  parts(): number[] {
    const parts: number[] = [];
    for (const name of readdirSync(this.#dir)) {
      if (!name.startsWith(this.#prefix)) continue;
      const part = Number(name.slice(this.#prefix.length));
      if (Number.isInteger(part) && part > 0) parts.push(part);
    }
    return parts.sort((a, b) => a - b);
  }

  read(part: number): Dump {
    const file = join(this.#dir, this.#prefix + part);
    return parseDump(readFileSync(file, 'utf8'), file);
  }

  /**
   * The section between two markers, given the last part written before the opening one: the
   * first newer part is what ran up to the opening marker, every part after it (more than one when
   * something in the section called getegid itself) is the section. `last` is its final part.
   */
  section(before: number): { events: Events; last: number } {
    const parts = this.parts().filter((part) => part > before);
    if (parts.length < 2) {
      throw new Error(
        `no callgrind dump appeared at the markers (${parts.length} new); the benchmark process must run under ` +
          `valgrind --tool=callgrind --dump-before=${MARKER} with its dumps in ${this.#dir}`,
      );
    }
    return { events: addEvents(parts.slice(1).map((part) => this.read(part).events)), last: parts.at(-1)! };
  }

  /** Removes parts up to `last`: a long run writes hundreds of them. */
  removeUpTo(last: number): void {
    for (const part of this.parts()) if (part <= last) rmSync(join(this.#dir, this.#prefix + part), { force: true });
  }
}
