// Starting a benchmark process under valgrind's callgrind, with V8 told to behave the same way in
// every process. Parent side.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UsageError } from '../../errors.ts';
import { DUMP_NAME, MARKER } from './callgrind.ts';

/** What to run on Debian and Ubuntu (GitHub's hosted Linux runners included) when valgrind is missing. */
export const VALGRIND_INSTALL = 'sudo apt-get install -y valgrind';

/**
 * How much longer everything takes under callgrind than natively: measured code runs 50–100×
 * slower, and Node's start-up about 100× (5–25 s on the 2-core machine benchgate is developed on,
 * against 50 ms natively). Every limit of the watchdog is this much longer in instructions mode.
 */
export const VALGRIND_SLOWDOWN = 100;

/**
 * V8 flags that make compilation and garbage collection repeat from process to process:
 * no background threads (concurrent compilation, marking and sweeping would finish at moments
 * that depend on the machine), --predictable (fixed random seed, no memory reducer, no timers
 * driving the heap), a GC schedule that does not depend on time, and fixed hash seeds so hash
 * tables collide alike. --expose-gc lets each counted batch start from a collected heap.
 */
export const DETERMINISTIC_V8_FLAGS = ['--single-threaded', '--predictable', '--predictable-gc-schedule', '--hash-seed=1', '--random-seed=1', '--expose-gc'];

/** Valgrind's options for one benchmark process whose dumps go into `dumps`. */
export function callgrindArgs(dumps: string): string[] {
  return [
    '--tool=callgrind',
    `--dump-before=${MARKER}`,
    `--callgrind-out-file=${join(dumps, DUMP_NAME)}.%p`,
    // Valgrind's own lines would bury the user's stderr, which a crash message quotes.
    '--quiet',
    // No gdbserver: nobody attaches, and it leaves no FIFOs in /tmp.
    '--vgdb=no',
  ];
}

/** The valgrind executable on PATH, or undefined. */
export function findValgrind(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return findExecutable('valgrind', env);
}

/** An executable named `name` on PATH, or undefined. */
export function findExecutable(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

/** Why instructions cannot be counted on this machine, for a person: the platform, or valgrind missing. Undefined when they can. */
export function instructionsUnavailable(platform: NodeJS.Platform, valgrind: string | undefined): string | undefined {
  if (platform !== 'linux') {
    return `measure 'instructions' counts instructions under valgrind, which runs on Linux only; this machine is ${platform}. Use measure 'time' here, or run on Linux`;
  }
  if (!valgrind) {
    return `measure 'instructions' needs valgrind, which is not on PATH; install it (Ubuntu and Debian: ${VALGRIND_INSTALL}; Fedora: sudo dnf install -y valgrind)`;
  }
  return undefined;
}

/** The valgrind to run, or a UsageError saying what to install. */
export function requireValgrind(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const valgrind = platform === 'linux' ? findValgrind(env) : undefined;
  const why = instructionsUnavailable(platform, valgrind);
  if (why) throw new UsageError(why);
  return valgrind!;
}
