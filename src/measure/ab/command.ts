// How the benchmark children of an interleaved run are started: which Node, with which flags, and
// pinned to which CPUs when asked.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { UsageError } from '../../errors.ts';
import { childEntry, sourceArgs } from '../micro/runner.ts';

export interface ChildCommand {
  command: string;
  args: string[];
  entry: string;
}

export interface ChildCommandOptions {
  /** The Node that runs the benchmarks (default "node" from PATH). */
  node?: string;
  /** Start with --expose-gc so the child can collect garbage before each round. */
  gc: boolean;
  /** CPU list for taskset -c, e.g. "1" or "2,3" or "0-3". */
  cpu?: string;
  /** Fix V8's young generation at this semi-space size in MB (0 or absent: V8 sizes it as it goes). */
  semiSpaceMb?: number;
  env?: NodeJS.ProcessEnv;
}

export function childCommand(options: ChildCommandOptions): ChildCommand {
  const node = options.node ?? 'node';
  const entry = childEntry();
  // V8 grows and shrinks the young generation with what survives; processes that end up with
  // different sizes collect garbage at different rates, which makes allocating benchmarks differ
  // by tens of percent from process to process. One fixed size takes that away from both versions.
  const semiSpace = options.semiSpaceMb ? [`--min-semi-space-size=${options.semiSpaceMb}`, `--max-semi-space-size=${options.semiSpaceMb}`] : [];
  const nodeArgs = [...(options.gc ? ['--expose-gc'] : []), ...semiSpace, ...sourceArgs(node, entry, options.env)];
  if (options.cpu === undefined) return { command: node, args: nodeArgs, entry };
  checkCpuList(options.cpu);
  return { command: findTaskset(options.env), args: ['-c', options.cpu, node, ...nodeArgs], entry };
}

/** A taskset CPU list: "1", "0,2", "0-3", "0-1,4". Each CPU must exist on this machine. */
export function checkCpuList(list: string, available = cpus().length): void {
  if (!/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(list)) {
    throw new UsageError(`--cpu: expected a CPU list such as 1, 2,3 or 0-3, found ${JSON.stringify(list)}`);
  }
  for (const part of list.split(',')) {
    const [from, to = from] = part.split('-').map(Number) as [number, number?];
    if (to! < from) throw new UsageError(`--cpu: the range ${part} runs backwards; write it as ${to}-${from}`);
    if (to! >= available) {
      throw new UsageError(`--cpu: CPU ${to} does not exist; this machine has CPUs 0 to ${available - 1}`);
    }
  }
}

function findTaskset(env: NodeJS.ProcessEnv | undefined): string {
  try {
    execFileSync('taskset', ['--version'], { stdio: 'ignore', timeout: 10_000, ...(env ? { env } : {}) });
    return 'taskset';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it was not found in PATH' : `it did not run (${code ?? (err as Error).message})`;
    throw new UsageError(`--cpu pins the benchmark processes with taskset, but ${why}; install util-linux (it provides taskset) or leave --cpu out`);
  }
}
