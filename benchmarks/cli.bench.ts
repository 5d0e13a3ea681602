// The CLI as a user meets it: a fresh process of the bundled dist/cli.js each time.
// Target: `benchgate compare` cold start under 300 ms, and within 1.4× of `node -e 0` (issue 9;
// scripts/weight.ts measures the ratio with the processes alternating, docs/weight.json).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench } from 'benchgate';
import { serializeResults } from '../src/results/io.ts';
import { syntheticRun } from './fixtures.ts';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'benchgate-cli-bench-'));
const files = {
  smallHead: join(dir, 'small-head.json'),
  smallBase: join(dir, 'small-base.json'),
  largeHead: join(dir, 'large-head.json'),
  largeBase: join(dir, 'large-base.json'),
};
writeFileSync(files.smallHead, serializeResults(syntheticRun(1, 20, 10, 0.1)));
writeFileSync(files.smallBase, serializeResults(syntheticRun(2, 20, 10)));
writeFileSync(files.largeHead, serializeResults(syntheticRun(1, 1_000, 30, 0.1)));
writeFileSync(files.largeBase, serializeResults(syntheticRun(2, 1_000, 30)));

function cliRun(args: string[]): void {
  execFileSync(process.execPath, [cli, ...args], { stdio: 'ignore' });
}

bench('cli: node startup alone (for reference)', () => execFileSync(process.execPath, ['-e', '0'], { stdio: 'ignore' }), { unit: 'ms' });
bench('cli: benchgate --version', () => cliRun(['--version']), { unit: 'ms' });
bench('cli: benchgate compare, 20 benchmarks', () => cliRun(['compare', '--head', files.smallHead, '--base', files.smallBase, '--fail-on', 'never']), {
  unit: 'ms',
});
bench(
  'cli: benchgate compare, 1,000 benchmarks × 30 samples',
  () => cliRun(['compare', '--head', files.largeHead, '--base', files.largeBase, '--fail-on', 'never']),
  { unit: 'ms' },
);
