import { arch, cpus, hostname, platform, release } from 'node:os';
import type { Environment } from '../model.ts';

/** The machine this process runs on, as RunMeta.env records it: the default for imported runs. */
export function currentEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const processors = cpus();
  const runner = env.RUNNER_NAME || hostname();
  return {
    node: process.version,
    os: `${platform()} ${release()}`,
    arch: arch(),
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    ...(runner ? { runner } : {}),
  };
}
