// What each entry point of dist/ weighs: its own file, the chunks it imports before running
// (what every start parses), and everything it can reach through dynamic imports too. Read by
// scripts/weight.ts (docs/weight.json) and by the bundle-size test, which holds the limits below.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../dist');

/** Limits in bytes, checked by __tests__/architecture/bundle-size.test.ts. */
export const LIMITS = {
  /** The Action's bundle (issue 9: at most 1.5 MB). */
  'index.js': { file: 1_500_000, startup: 1_500_000 },
  /** What every benchmark process loads through `import { bench } from 'benchgate'`. */
  'api.js': { file: 20_000, startup: 100_000 },
  /** The CLI: `compare` must start fast. */
  'cli.js': { file: 20_000, startup: 400_000 },
} as const;

export const ENTRIES = ['index.js', 'cli.js', 'api.js', 'http.js', 'child.js', 'load-child.js'] as const;

// esbuild writes relative imports of its own chunks as "./x.js", "./chunks/x.js" or "../x.js".
const STATIC = /(?:^|[\n;])\s*(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?"(\.\.?\/[\w/-]+\.js)"/g;
// A top-level `await import()` (the CLI's compile-cache shim) loads before the entry runs too.
const AWAITED = /^await import\("(\.\.?\/[\w/-]+\.js)"\);$/gm;
const DYNAMIC = /\bimport\(\s*"(\.\.?\/[\w/-]+\.js)"\s*\)/g;

function closure(entry: string, withDynamic: boolean): string[] {
  const seen = new Set<string>();
  const stack = [join(DIST, entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const pattern of withDynamic ? [STATIC, AWAITED, DYNAMIC] : [STATIC, AWAITED]) {
      for (const match of text.matchAll(pattern)) stack.push(resolve(dirname(file), match[1]!));
    }
  }
  return [...seen].map((file) => relative(DIST, file));
}

export interface EntryWeight {
  /** Bytes of the entry file itself. */
  file: number;
  /** With the chunks it imports statically: what loads before it runs. */
  startup: number;
  startupFiles: number;
  /** With every chunk it may import later. */
  reachable: number;
}

export function entryWeight(entry: string): EntryWeight {
  const size = (files: string[]) => files.reduce((sum, file) => sum + statSync(join(DIST, file)).size, 0);
  const startup = closure(entry, false);
  return { file: statSync(join(DIST, entry)).size, startup: size(startup), startupFiles: startup.length, reachable: size(closure(entry, true)) };
}

/** The text an entry loads before it runs, concatenated: for checks of what is in it. */
export function startupText(entry: string): string {
  return closure(entry, false)
    .map((file) => readFileSync(join(DIST, file), 'utf8'))
    .join('\n');
}
