// `benchgate history` on a long history, as a user runs it: a fresh process of the bundled
// dist/cli.js over a local store of 10,000 runs × 100 benchmarks (14 monthly shards), change
// points, trends and the JSON report included.
// Target (issue 11): under 10 s on this machine.
//
//   npm run bench            (the whole suite), or
//   npm run build && node dist/cli.js run --suite benchgate --filter history --samples 3 --processes 1
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench } from 'benchgate';
import { writeSyntheticHistory } from './history-fixtures.ts';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
// Built once per machine and reused: writing 10,000 runs through the history writer takes a while.
const store = join(tmpdir(), 'benchgate-history-bench-10000x100-v1');

async function ensureStore(): Promise<void> {
  if (existsSync(join(store, 'synthetic', 'history', 'index.json'))) return;
  await writeSyntheticHistory(store, { runs: 10_000, benchmarks: 100 });
}

bench(
  'history: benchgate history, 10,000 runs × 100 benchmarks (JSON)',
  () => execFileSync(process.execPath, [cli, 'history', '--store', store, '--format', 'json'], { stdio: 'ignore' }),
  {
    unit: 's',
    setup: ensureStore,
    timeout: 120_000,
  },
);
