// `npm run demo`: the whole pipeline on a small bundled example, with the CLI a user would run.
// examples/demo has two versions of one library: v2 makes escapeHtml slower and sumOfSquares
// faster, and leaves the rest alone. The demo measures v1, keeps it as the baseline of `main` in
// a fresh local store, measures v2, compares, prints the report, and checks that exactly those
// two changes were found. It ends by writing the store's trend dashboard to .benchgate/demo-dashboard.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'benchgate-demo-'));
const store = join(work, 'store');
const EXPECTED = { 'escapeHtml 1.6 KB': 'regression', 'sumOfSquares 1,000 numbers': 'improvement' } as Record<string, string>;

function benchgate(args: string[], env: Record<string, string> = {}): { status: number; stdout: string } {
  const shown = args.map((a) => (a.startsWith(work) ? `$TMP/${relative(work, a)}` : a)).join(' ');
  process.stdout.write(
    `\n$ ${Object.entries(env)
      .map(([k, v]) => `${k}=${v} `)
      .join('')}benchgate ${shown}\n`,
  );
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.error) throw result.error;
  return { status: result.status ?? 2, stdout: result.stdout };
}

function step(args: string[], env?: Record<string, string>): string {
  const { status, stdout } = benchgate(args, env);
  process.stdout.write(stdout);
  if (status !== 0) {
    process.stderr.write(`demo: that command exited with ${status}\n`);
    process.exit(2);
  }
  return stdout;
}

try {
  const suite = ['--benchmarks', 'examples/demo/benchmarks', '--suite', 'demo'];
  step(['run', ...suite, '--branch', 'main', '--out', join(work, 'v1.json')], { DEMO_VERSION: '1' });
  step(['save', join(work, 'v1.json'), '--branch', 'main', '--store', store]);
  step(['run', ...suite, '--branch', 'feature', '--out', join(work, 'v2.json')], { DEMO_VERSION: '2' });

  // The report as a person reads it; exit 1 is expected: v2 has a regression.
  const report = benchgate(['compare', '--head', join(work, 'v2.json'), '--baseline-branch', 'main', '--store', store]);
  process.stdout.write(report.stdout);
  const json = benchgate([
    'compare',
    '--head',
    join(work, 'v2.json'),
    '--baseline-branch',
    'main',
    '--store',
    store,
    '--format',
    'json',
    '--output',
    join(work, 'report.json'),
  ]);
  const comparison = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as { benchmarks: { name: string; verdict: string }[] };

  const found = comparison.benchmarks.filter((b) => b.verdict === 'regression' || b.verdict === 'improvement');
  const wrong = comparison.benchmarks.filter((b) => (EXPECTED[b.name] ?? 'unchanged') !== (b.verdict === 'inconclusive' ? 'unchanged' : b.verdict));
  process.stdout.write('\n');
  if (wrong.length > 0 || report.status !== 1 || json.status !== 1) {
    process.stdout.write(
      `demo: expected exactly ${Object.entries(EXPECTED)
        .map(([n, v]) => `${n} (${v})`)
        .join(' and ')}, and exit code 1; found ${found.map((b) => `${b.name} (${b.verdict})`).join(', ') || 'nothing'}, exit code ${report.status}.\n`,
    );
    for (const b of wrong) process.stdout.write(`  ${b.name}: ${b.verdict}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(
      `demo: found exactly the two real changes: ${found.map((b) => `${b.name} (${b.verdict})`).join(' and ')}; the other ${comparison.benchmarks.length - found.length} benchmarks were not flagged. Exit code 1, as a CI check would fail.\n`,
    );
  }

  // The trend dashboard of the store, with v2 saved too as a merge would: it outlives the demo.
  step(['save', join(work, 'v2.json'), '--branch', 'main', '--store', store]);
  step(['dashboard', '--store', store, '--out', join(root, '.benchgate', 'demo-dashboard')]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
