// The real benchmark tools the import tests run: found here, with the Debian package that brings
// each (.ci/run installs them). Locally a missing tool skips its tests with the reason; in CI it
// fails them, so the tests of a format cannot go quietly missing.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

export const run = promisify(execFile);

function works(command: string, args: string[]): boolean {
  if (command.startsWith('/') && !existsSync(command)) return false;
  return spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
}

function first(candidates: Array<[string, string[]]>): string | undefined {
  return candidates.find(([command, args]) => works(command, args))?.[0];
}

export const GO = first([['go', ['version']]]);
export const HYPERFINE = first([['hyperfine', ['--version']]]);
export const GXX = first([['g++', ['--version']]]);
/** Debian's python3 first: python3-pytest-benchmark installs there. */
export const PYTHON_WITH_PYTEST_BENCHMARK = first([
  ['/usr/bin/python3', ['-c', 'import pytest_benchmark']],
  ['python3', ['-c', 'import pytest_benchmark']],
]);
export const GOOGLE_BENCHMARK = GXX && existsSync('/usr/include/benchmark/benchmark.h') ? GXX : undefined;

/** Test options for a test that needs `found`: skipped locally without it, failed in CI. */
export function needs(found: string | undefined, install: string): { skip: string | false } {
  return { skip: found || process.env.CI ? false : `not installed here (apt-get install ${install})` };
}
