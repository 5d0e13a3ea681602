// Counting what one piece of code executes, from inside a process that runs under callgrind
// (see callgrind.ts for the bracketing). Child side: runs on the user's Node, Node 20 included.
import { DumpFolder, type Events } from './callgrind.ts';

export class InstructionCounter {
  readonly #folder: DumpFolder;
  readonly #gc: () => void;
  readonly #marker: () => number;

  constructor(dumps: string, pid = process.pid) {
    this.#folder = new DumpFolder(dumps, pid);
    const gc = (globalThis as { gc?: () => void }).gc;
    if (typeof gc !== 'function') throw new Error('counting instructions needs a Node started with --expose-gc');
    if (typeof process.getegid !== 'function') throw new Error('counting instructions needs process.getegid (POSIX only)');
    this.#gc = gc;
    this.#marker = process.getegid.bind(process);
  }

  /**
   * The events of `run()` alone. With `collect`, a full garbage collection comes first, outside
   * the count, so the section starts from a collected heap: otherwise whether a collection (or a
   * step of incremental marking) falls inside it depends on everything that ran before, and counts
   * of allocating code jump by a tenth or more. It costs about 60 million instructions (Node 24,
   * a small heap), so calibration, which needs no precision, goes without.
   */
  async count(run: () => unknown, async: boolean, collect = true): Promise<Events> {
    const before = this.#folder.parts().at(-1) ?? 0;
    if (collect) this.#gc();
    this.#marker();
    if (async) await run();
    else run();
    this.#marker();
    const { events, last } = this.#folder.section(before);
    this.#folder.removeUpTo(last);
    return events;
  }
}
