// Which files hold benchmarks: `*.bench.{ts,mts,js,mjs}` under a folder, in a stable order.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { InputError, UsageError } from '../../errors.ts';

export const BENCHMARK_FILE = /\.bench\.(ts|mts|js|mjs)$/;
const PATTERN_TEXT = '*.bench.ts, *.bench.mts, *.bench.js or *.bench.mjs';

/** Benchmark files under `dir`, recursively, sorted by path; node_modules and hidden folders are skipped. */
export function discoverBenchmarkFiles(dir: string, cwd: string): string[] {
  const root = resolve(cwd, dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new UsageError(`benchmark folder ${relativeTo(cwd, root)} not found: expected a folder of ${PATTERN_TEXT} files`);
  }
  const files = walk(root).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (files.length === 0) {
    throw new UsageError(`no benchmark files in ${relativeTo(cwd, root)}: expected files named ${PATTERN_TEXT}`);
  }
  return files;
}

/** Files named explicitly: each must exist; order kept, repeats dropped. */
export function checkBenchmarkFiles(files: string[], cwd: string): string[] {
  const absolute = [...new Set(files.map((file) => resolve(cwd, file)))];
  for (const file of absolute) {
    if (!existsSync(file) || !statSync(file).isFile()) throw new InputError(relativeTo(cwd, file), 'benchmark file not found');
  }
  if (absolute.length === 0) throw new UsageError('no benchmark files given');
  return absolute;
}

function walk(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    else if (entry.isFile() && BENCHMARK_FILE.test(entry.name)) found.push(path);
  }
  return found;
}

/** A path as people see it in messages and results: relative to cwd, with forward slashes. */
export function relativeTo(cwd: string, path: string): string {
  return (relative(cwd, path) || '.').split('\\').join('/');
}
