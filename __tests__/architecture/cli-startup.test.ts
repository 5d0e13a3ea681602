// What `benchgate compare` loads when it runs (issue 9's cold start), observed, not read from the
// bundle: dist/cli.js runs under Node 24 with a module hook that records every file it loads and,
// at exit, the builtins Node loaded. No timing: scripts/weight.ts measures time (docs/weight.json).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serializeResults } from '../../src/results/io.ts';
import { builtinsViaRequire, LAZY } from '../../scripts/builtins-via-require.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from '../../src/results/model.ts';
import { gaussian, seededRandom } from '../../src/stats/random.ts';
import { NODE24 } from '../support/action-runner.ts';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'benchgate-startup-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Records the files loaded through the ESM loader and, at exit, process.moduleLoadList.
const HOOK = join(dir, 'record.mjs');
writeFileSync(
  HOOK,
  // Builtins through getBuiltinModule: an ESM import of node:fs would itself load what is looked for.
  `const { registerHooks } = process.getBuiltinModule('node:module');
const { writeFileSync } = process.getBuiltinModule('node:fs');
const files = [];
registerHooks({ load(url, context, next) { if (url.startsWith('file:')) files.push(url); return next(url, context); } });
process.on('exit', () => writeFileSync(process.env.RECORD_TO, JSON.stringify({ files, builtins: process.moduleLoadList })));
`,
);

interface Loaded {
  files: string[];
  builtins: string[];
  text: string;
}

function loadedBy(args: string[]): Loaded {
  const to = join(dir, `loaded-${args[0]}.json`);
  execFileSync(NODE24, ['--import', HOOK, CLI, ...args], { env: { ...process.env, RECORD_TO: to }, stdio: ['ignore', 'pipe', 'pipe'] });
  const { files, builtins } = JSON.parse(readFileSync(to, 'utf8')) as { files: string[]; builtins: string[] };
  const own = files.filter((url) => url.includes('/dist/'));
  return { files: own, builtins, text: own.map((url) => readFileSync(fileURLToPath(url), 'utf8')).join('\n') };
}

const head = join(dir, 'head.json');
const base = join(dir, 'base.json');
writeFileSync(head, serializeResults(resultsOf('head', 1)));
writeFileSync(base, serializeResults(resultsOf('base', 2)));

function resultsOf(id: string, seed: number): RunResult {
  const random = seededRandom(seed);
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: 'default',
    run: { id, time: '2026-12-05T08:00:00.000Z', tool: 'benchgate', env: { node: 'v24.0.0', os: 'linux 6.1.0', arch: 'x64', cpu: 'test', cores: 2 } },
    benchmarks: Array.from({ length: 20 }, (_, i) => ({
      name: `bench ${i}`,
      unit: 'ns',
      direction: 'smaller' as const,
      samples: Array.from({ length: 10 }, () => 100 * (i + 1) * (1 + 0.02 * gaussian(random))),
    })),
  };
}

describe('what the CLI loads to start', () => {
  const compare = loadedBy(['compare', '--head', head, '--base', base, '--fail-on', 'never']);
  const version = loadedBy(['--version']);

  it('`compare` of two files loads neither the Actions cache, Octokit, the dashboard, the runners nor the other formats', () => {
    for (const [what, marker] of [
      ['@actions/cache', /ACTIONS_CACHE_URL/],
      ['Octokit', /octokit/],
      ['the dashboard page', /uPlot/],
      ['tinybench', /tinybench/],
      ['the importers of other formats', /src\/results\/import\/go\.ts/],
      ['the local store', /src\/store\/local\.ts/],
      ['the paired comparison', /src\/compare\/paired-compare\.ts/],
    ] as const) {
      assert.doesNotMatch(compare.text, marker, `compare loads ${what}`);
    }
    assert.match(compare.text, /src\/compare\/compare\.ts/, 'the record holds what compare does load');
  });

  it('`compare` loads none of the builtins it does not call (node:util and node:fs pull in streams, readline and worker_threads when imported as ESM)', () => {
    for (const builtin of ['internal/fs/promises', 'internal/readline/interface', 'crypto', 'child_process', 'worker_threads', 'internal/util/diff']) {
      assert.ok(!compare.builtins.includes(`NativeModule ${builtin}`), `compare loads node's ${builtin}`);
    }
    assert.ok(compare.builtins.includes('NativeModule internal/util/parse_args/parse_args'), 'the record holds the builtins compare does load');
  });

  it('`--version` loads no comparison, validation or report code', () => {
    assert.ok(version.files.length < compare.files.length, `--version loads ${version.files.length} files, compare ${compare.files.length}`);
    for (const marker of [/src\/compare\//, /src\/results\/validate\.ts/, /src\/report\/terminal\.ts/]) assert.doesNotMatch(version.text, marker);
  });
});

describe('builtins-via-require (the build step behind the above)', () => {
  it('turns named, renamed, default and namespace imports of builtins into require(), and leaves type imports', () => {
    const out = builtinsViaRequire(
      [
        "import { join, resolve as resolvePath } from 'node:path';",
        "import os from 'node:os';",
        "import * as fs from 'node:fs';",
        "import type { Stats } from 'node:fs';",
        "import { type Dirent, statSync } from 'node:fs';",
        "import { compareRuns } from './compare.ts';",
      ].join('\n'),
    );
    assert.equal(
      out,
      [
        'const { join, resolve: resolvePath } = require("node:path");',
        'const os = require("node:os");',
        'const fs = require("node:fs");',
        "import type { Stats } from 'node:fs';",
        'const { statSync } = require("node:fs");',
        "import { compareRuns } from './compare.ts';",
      ].join('\n'),
    );
  });

  it('binds the functions of the heavy builtins on first call, and their other exports at once', () => {
    assert.ok(LAZY.has('node:fs/promises'));
    const out = builtinsViaRequire("import { constants, readFile } from 'node:fs/promises';");
    assert.equal(out, 'const { constants } = require("node:fs/promises"); const readFile = (...args) => require("node:fs/promises").readFile(...args);');
  });

  it('refuses an import it cannot rewrite rather than leave it half done', () => {
    assert.throws(() => builtinsViaRequire("import os, { EOL } from 'node:os';"), /cannot rewrite .*node:os/);
  });
});
