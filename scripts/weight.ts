// benchgate's weight: bundle sizes and the cold start of `benchgate compare` against `node -e 0`
// (issue 9's targets: dist/index.js at most 1.5 MB, compare within 1.4× of node's own start).
// Writes docs/weight.json and the generated section of docs/performance.md. Run by
// `npm run bench:weight` (after a build) and at the end of `npm run bench`.
//
//   node scripts/weight.ts [--runs N]
//
// Cold start: N fresh processes of each command, alternating (so that a change in the machine's
// load falls on both alike), wall time from spawn to exit; the ratio is of the medians. The
// compile cache is warmed first, as it is after a CI step's first call.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticRun } from '../benchmarks/fixtures.ts';
import { serializeResults } from '../src/results/io.ts';
import { DIST, ENTRIES, entryWeight, LIMITS } from './bundle-weight.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '40' } } });
const runs = Number(values.runs);

const dir = mkdtempSync(join(tmpdir(), 'benchgate-weight-'));
const head = join(dir, 'head.json');
const base = join(dir, 'base.json');
writeFileSync(head, serializeResults(syntheticRun(1, 20, 10, 0.1)));
writeFileSync(base, serializeResults(syntheticRun(2, 20, 10)));
const store = join(dir, 'store');
const cli = join(DIST, 'cli.js');
execFileSync(process.execPath, [cli, 'save', base, '--branch', 'main', '--store', store], { stdio: 'ignore' });

const commands: Record<string, string[]> = {
  'node -e 0': ['-e', '0'],
  'benchgate --version': [cli, '--version'],
  'benchgate compare --base FILE': [cli, 'compare', '--head', head, '--base', base, '--fail-on', 'never'],
  'benchgate compare --baseline-branch (local store)': [cli, 'compare', '--head', head, '--baseline-branch', 'main', '--store', store, '--fail-on', 'never'],
};

function once(args: string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
const loadBefore = loadavg()[0]!;
for (const args of Object.values(commands)) for (let i = 0; i < 3; i++) once(args);
for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(commands)) times[name]!.push(once(args));
const loadAfter = loadavg()[0]!;

// CPU time (user + system) of the same commands, which a busy machine disturbs far less than wall
// time: hyperfine reports it per run. Skipped where hyperfine is not installed.
const cpu: Record<string, number> = {};
const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
const exported = join(dir, 'hyperfine.json');
const hyperfine = spawnSync(
  'hyperfine',
  [
    '-N',
    '--warmup',
    '3',
    '--runs',
    String(runs),
    '--export-json',
    exported,
    ...Object.values(commands).map((args) => [process.execPath, ...args].map(quote).join(' ')),
  ],
  { stdio: 'ignore' },
);
if (hyperfine.status === 0) {
  const { results } = JSON.parse(readFileSync(exported, 'utf8')) as { results: { user: number; system: number }[] };
  Object.keys(commands).forEach((name, i) => {
    const r = results[i]!;
    cpu[name] = (r.user + r.system) * 1000;
  });
}
rmSync(dir, { recursive: true, force: true });

const node = median(times['node -e 0']!);
const coldStart = Object.fromEntries(
  Object.entries(times).map(([name, xs]) => [
    name,
    {
      medianMs: round(median(xs)),
      minMs: round(Math.min(...xs)),
      ratio: round(median(xs) / node, 3),
      ...(cpu[name] !== undefined ? { cpuMeanMs: round(cpu[name]), cpuRatio: round(cpu[name] / cpu['node -e 0']!, 3) } : {}),
    },
  ]),
);
const sizes = Object.fromEntries(ENTRIES.map((entry) => [entry, entryWeight(entry)]));
const report = {
  measured: new Date().toISOString(),
  node: process.version,
  command: `node scripts/weight.ts --runs ${runs}`,
  runs,
  loadAverage: [round(loadBefore, 2), round(loadAfter, 2)],
  limits: LIMITS,
  bytes: sizes,
  coldStart,
};
writeFileSync(join(ROOT, 'docs/weight.json'), `${JSON.stringify(report, null, 2)}\n`);

const kB = (n: number) => `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)} kB`;
const section = [
  `Measured ${report.measured.slice(0, 10)} with \`${report.command}\` (Node ${report.node}, load average ${report.loadAverage.join(' → ')}); raw in [weight.json](weight.json).`,
  '',
  '| entry | file | loaded at start (files) | reachable (dynamic imports too) |',
  '| --- | --- | --- | --- |',
  ...ENTRIES.map((e) => `| dist/${e} | ${kB(sizes[e]!.file)} | ${kB(sizes[e]!.startup)} (${sizes[e]!.startupFiles}) | ${kB(sizes[e]!.reachable)} |`),
  '',
  `| cold start, ${runs} fresh processes each, alternating | median wall time | fastest | × \`node -e 0\` | CPU time (user + system, mean; hyperfine) | × \`node -e 0\` |`,
  '| --- | --- | --- | --- | --- | --- |',
  ...Object.entries(coldStart).map(
    ([name, c]) =>
      `| \`${name}\` | ${c.medianMs} ms | ${c.minMs} ms | ${c.ratio.toFixed(2)}× | ${'cpuMeanMs' in c ? `${c.cpuMeanMs} ms` : '–'} | ${'cpuRatio' in c ? `${c.cpuRatio!.toFixed(2)}×` : '–'} |`,
  ),
].join('\n');
const docPath = join(ROOT, 'docs/performance.md');
const doc = readFileSync(docPath, 'utf8');
const START = '<!-- weight:start (generated by scripts/weight.ts) -->';
const END = '<!-- weight:end -->';
const at = doc.indexOf(START);
const updated = at >= 0 ? `${doc.slice(0, at + START.length)}\n${section}\n${doc.slice(doc.indexOf(END))}` : doc;
writeFileSync(docPath, updated);
process.stdout.write(`${section}\n`);

function round(x: number, digits = 1): number {
  return Number(x.toFixed(digits));
}
