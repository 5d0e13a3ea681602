// The machine and Node that produced a run's samples, so a reader can tell runs on different hardware apart.
import os from 'node:os';
import type { Environment } from './model.ts';

export function collectEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const cpus = os.cpus();
  return {
    node: process.version,
    os: `${os.platform()} ${os.release()}`,
    arch: os.arch(),
    cpu: cpus[0]?.model.trim() || 'unknown',
    // availableParallelism respects CPU affinity, which is what the benchmarks could actually use.
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    runner: env.RUNNER_NAME || os.hostname(),
  };
}
