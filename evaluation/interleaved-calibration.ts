// How much slower does each evaluation workload really get when BENCHGATE_EVAL_SLOWDOWN asks for
// s more work? The injection scales an iteration count k; that costs s more only where the cost is
// linear in k. Both versions of each workload are loaded into this one process and timed in
// alternating 10 ms chunks, so the machine's noise hits both alike.
//
//   node --min-semi-space-size=16 --max-semi-space-size=16 evaluation/interleaved-calibration.ts \
//     [--sizes 0.01,0.02,0.05 --rounds 60 --out docs/accuracy-interleaved-calibration.md]
//
// The flags give the young generation the size `benchgate ab` gives it; without them allocating
// workloads vary far more.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { registry, type RegisteredBenchmark } from '../src/measure/micro/registry.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORKLOADS = new URL('./workloads/workloads.bench.ts', import.meta.url).href;

async function load(slowdown: number, tag: string): Promise<RegisteredBenchmark[]> {
  const names = ['int-sum', 'float-array', 'string-hash', 'map-churn', 'object-alloc'].flatMap((kind) => [0.5, 5, 50, 500].map((us) => `${kind} ${us} µs`));
  process.env.BENCHGATE_EVAL_SLOWDOWN = JSON.stringify(Object.fromEntries(names.map((n) => [n, slowdown])));
  const list = registry().benchmarks;
  const before = list.length;
  // A query string makes a separate module instance, which reads the variable afresh.
  await import(`${WORKLOADS}?${tag}`);
  return list.slice(before);
}

let sink: unknown;
function chunk(fn: () => unknown, ms: number): number {
  let calls = 0;
  const t0 = performance.now();
  let t = t0;
  do {
    sink = fn();
    calls++;
    t = performance.now();
  } while (t - t0 < ms);
  return (t - t0) / calls;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '0.01,0.02,0.05' },
      rounds: { type: 'string', default: '60' },
      out: { type: 'string', default: 'docs/accuracy-interleaved-calibration.md' },
    },
  });
  const sizes = values.sizes!.split(',').map(Number);
  const rounds = Number(values.rounds);
  const base = await load(0, 'base');
  const rows: string[][] = [];
  for (const size of sizes) {
    const slowed = await load(size, `s${size}`);
    const cells = base.map((b, i) => {
      const s = slowed[i]!;
      for (let w = 0; w < 20; w++) {
        chunk(b.fn, 5);
        chunk(s.fn, 5);
      }
      const ratios: number[] = [];
      for (let r = 0; r < rounds; r++) {
        const first = r % 2 === 0;
        const a = first ? chunk(b.fn, 10) : 0;
        const c = chunk(s.fn, 10);
        const a2 = first ? a : chunk(b.fn, 10);
        ratios.push(Math.log(c / a2));
      }
      ratios.sort((x, y) => x - y);
      return { name: b.name, effective: Math.expm1(ratios[ratios.length >> 1]!) };
    });
    for (const [i, cell] of cells.entries()) {
      rows[i] ??= [cell.name];
      rows[i]!.push(`${(100 * cell.effective).toFixed(2)}%`);
    }
    process.stderr.write(`[calibration] ${size * 100}% done\n`);
  }
  void sink;
  const report = [
    '## Calibration of the injected slowdowns',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, by`,
    `\`node --min-semi-space-size=16 --max-semi-space-size=16 evaluation/interleaved-calibration.ts${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}\`.`,
    'Each workload timed against its slowed version in one process, in alternating 10 ms chunks; the median ratio of',
    `${rounds} alternations. Where the effective slowdown is well below the injected one, a detector that "misses" it is right.`,
    'Read it for the size of the steps, not to the decimal: the two copies of a workload in one process can end up with different',
    "JIT code (int-sum's loop falls in and out of deoptimization, which shows as nonsense ratios of −80% there).",
    '',
    `| workload | ${sizes.map((s) => `injected ${s * 100}%`).join(' | ')} |`,
    `|---|${sizes.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
  const out = resolve(ROOT, values.out!);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, report);
  process.stdout.write(report);
}

await main();
