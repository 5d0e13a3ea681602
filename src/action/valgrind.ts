// measure: instructions on a runner: valgrind must be there. GitHub's Ubuntu runners do not ship
// it but let the job install it with sudo; macOS and Windows runners cannot run it at all.
import { execFileSync } from 'node:child_process';
import * as core from '@actions/core';
import type { Config } from '../config/options.ts';
import { UsageError } from '../errors.ts';
import { findExecutable, findValgrind, VALGRIND_INSTALL } from '../measure/instruments/valgrind.ts';

export interface Machine {
  platform: NodeJS.Platform;
  /** valgrind on PATH, if any. */
  valgrind: string | undefined;
  /** Whether apt-get and (unless the job runs as root) sudo are on PATH. */
  aptGet: boolean;
  sudo: boolean;
  root: boolean;
}

export type ValgrindPlan = { kind: 'ready' } | { kind: 'install'; commands: string[][] } | { kind: 'refuse'; message: string };

/** What to do before measuring instructions on this machine. */
export function planValgrind(machine: Machine): ValgrindPlan {
  if (machine.platform !== 'linux') {
    const name = machine.platform === 'darwin' ? 'macOS' : machine.platform === 'win32' ? 'Windows' : machine.platform;
    return {
      kind: 'refuse',
      message: `input 'measure': instructions is counted under valgrind, which runs on Linux only, and this runner is ${name}. Run this job on ubuntu-latest, or use measure: time here.`,
    };
  }
  if (machine.valgrind) return { kind: 'ready' };
  if (machine.aptGet && (machine.root || machine.sudo)) {
    // A runner's package lists can be days old and point at versions the mirror has dropped.
    const prefix = machine.root ? [] : ['sudo'];
    return {
      kind: 'install',
      commands: [
        [...prefix, 'apt-get', 'update', '-qq'],
        [...prefix, 'apt-get', 'install', '-y', '-qq', 'valgrind'],
      ],
    };
  }
  return {
    kind: 'refuse',
    message: `input 'measure': instructions needs valgrind, which is not installed, and this runner has no ${machine.aptGet ? 'sudo' : 'apt-get'} to install it with; install valgrind in an earlier step (Ubuntu and Debian: ${VALGRIND_INSTALL}).`,
  };
}

/** Makes sure valgrind can run, installing it when the runner allows; a UsageError naming `measure` when it cannot. */
export function ensureValgrind(config: Config, env: NodeJS.ProcessEnv = process.env): void {
  if (config.measure !== 'instructions') return;
  const plan = planValgrind(describeMachine(env));
  if (plan.kind === 'ready') return;
  if (plan.kind === 'refuse') throw new UsageError(plan.message);
  for (const command of plan.commands) {
    core.info(`measure: instructions needs valgrind; running ${command.join(' ')}`);
    try {
      execFileSync(command[0]!, command.slice(1), { stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch (err) {
      throw new UsageError(`input 'measure': instructions needs valgrind, and installing it failed (${command.join(' ')}: ${(err as Error).message})`);
    }
  }
  if (!findValgrind(env)) throw new UsageError(`input 'measure': valgrind was installed but is not on PATH (${env.PATH ?? ''})`);
}

function describeMachine(env: NodeJS.ProcessEnv): Machine {
  const on = (name: string) => findExecutable(name, env) !== undefined;
  return {
    platform: process.platform,
    valgrind: process.platform === 'linux' ? findValgrind(env) : undefined,
    aptGet: on('apt-get'),
    sudo: on('sudo'),
    root: typeof process.getuid === 'function' && process.getuid() === 0,
  };
}
