// Which files hold load scenarios: `*.load.{ts,mts,js,mjs}` under the benchmarks folder.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SCENARIO_FILE = /\.load\.(ts|mts|js|mjs)$/;
export const SCENARIO_FILE_TEXT = '*.load.ts, *.load.mts, *.load.js or *.load.mjs';

/** Scenario files under `dir`, recursively, sorted by path; none when the folder does not exist. */
export function discoverScenarioFiles(dir: string, cwd: string): string[] {
  return findFiles(dir, cwd, SCENARIO_FILE);
}

/** Files under `dir` whose name matches `pattern`, recursively, sorted by path; node_modules and hidden folders skipped. */
export function findFiles(dir: string, cwd: string, pattern: RegExp): string[] {
  const root = resolve(cwd, dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  return walk(root, pattern).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function walk(dir: string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(path, pattern));
    else if (entry.isFile() && pattern.test(entry.name)) found.push(path);
  }
  return found;
}
