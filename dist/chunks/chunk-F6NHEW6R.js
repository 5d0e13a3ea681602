import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/results/environment.ts
var os = __require("node:os");
function collectEnvironment(env = process.env) {
  const cpus = os.cpus();
  return {
    node: process.version,
    os: `${os.platform()} ${os.release()}`,
    arch: os.arch(),
    cpu: cpus[0]?.model.trim() || "unknown",
    // availableParallelism respects CPU affinity, which is what the benchmarks could actually use.
    cores: typeof os.availableParallelism === "function" ? os.availableParallelism() : cpus.length,
    runner: env.RUNNER_NAME || os.hostname()
  };
}

export {
  collectEnvironment
};
