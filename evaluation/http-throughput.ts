// Throughput of benchgate's in-process load generator (the load engine driving the undici
// helpers, in a process of its own as benchgate runs load files) against autocannon's, on the
// same local server, in interleaved rounds. The
// issue's target: within 15% of autocannon. Run: node evaluation/http-throughput.ts
//   --rounds 10 --seconds 3 --connections 10 [--delay-ms 0]
//
// Rounds are short and paired (one run of each, order alternating), because a shared machine
// slows down and speeds up by whole seconds at a time. The median of the pairs' ratios is
// reported with its spread, and so is the best run of each. CPU time per request is
// reported for both as well. Unlike throughput, it hardly moves when other processes
// compete for the cores. When the generator is what limits throughput (a trivial target),
// CPU per request is what decides it.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { runAutocannon } from '../src/load/http/autocannon.ts';
import { runGeneratorProcess } from '../src/load/http/generator-process.ts';
import { startReferenceTarget } from '../src/load/http/reference-target.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    'delay-ms': { type: 'string', default: '0' },
  },
});
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const delayMs = Number(values['delay-ms']);

/** Each run, of either generator, starts with this much unmeasured load: a fresh process is still compiling its hot paths for its first seconds (benchgate's more than autocannon's, whose hot path is smaller). */
const WARMUP_S = 3;
/** Linux's clock ticks per second for /proc times (getconf CLK_TCK). */
const TICKS = 100;

/** CPU ms used by this process's finished children (/proc/self/stat cutime + cstime). */
function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of the whole line; the slice starts at field 3.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS;
}

interface Run {
  rps: number;
  /** CPU µs the generator spent per request. */
  cpuPerRequest: number;
  errors: number;
}

/** The engine driving http.get with `connections` closed-model VUs, in a fresh process like autocannon's. */
async function benchgate(url: string): Promise<Run> {
  const run = await runGeneratorProcess({ url, vus: connections, seconds, warmupSeconds: WARMUP_S });
  return { rps: run.rps, cpuPerRequest: run.cpuPerRequest, errors: run.errors };
}

/** autocannon's CPU for starting up and one request: taken off each run's CPU. */
async function autocannonStartupMs(url: string): Promise<number> {
  const costs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const before = childrenCpuMs();
    await runAutocannon({ url, connections: 1, amount: 1 });
    costs.push(childrenCpuMs() - before);
  }
  return median(costs);
}

async function autocannon(url: string, startupMs: number): Promise<Run> {
  const before = childrenCpuMs();
  const result = await runAutocannon({ url, connections, durationSeconds: seconds, warmupSeconds: WARMUP_S });
  const cpuMs = childrenCpuMs() - before - startupMs;
  const warmup = (result.raw.warmup as { requests?: { total?: number } } | undefined)?.requests?.total ?? 0;
  const total = result.imported.scenarios[0]!.iterations + warmup;
  return { rps: result.requestsPerSecond, cpuPerRequest: (cpuMs * 1000) / total, errors: result.imported.scenarios[0]!.errors.count };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function spread(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `quartiles ${at(0.25).toFixed(3)}–${at(0.75).toFixed(3)}, min ${s[0]!.toFixed(3)}, max ${s.at(-1)!.toFixed(3)}`;
}

const target = await startReferenceTarget({ delayMs });
try {
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, node ${process.version}`);
  console.log(
    `target: node:http on 127.0.0.1 in its own process${delayMs ? `, ${delayMs} ms service time` : ''}; ` +
      `${connections} connections / VUs, ${seconds} s measured after ${WARMUP_S} s of warm-up per run, ${rounds} rounds`,
  );
  const startupMs = await autocannonStartupMs(target.url);
  const ours: Run[] = [];
  const theirs: Run[] = [];
  console.log('round | autocannon req/s | benchgate req/s | ratio | autocannon CPU µs/req | benchgate CPU µs/req');
  for (let round = 1; round <= rounds; round++) {
    // Alternate which goes first, so a slow patch on the machine does not always hit the same one.
    const first = round % 2 === 1;
    const ac = first ? await autocannon(target.url, startupMs) : undefined;
    const bg = await benchgate(target.url);
    const ac2 = ac ?? (await autocannon(target.url, startupMs));
    ours.push(bg);
    theirs.push(ac2);
    const errors = bg.errors + ac2.errors ? ` (errors: autocannon ${ac2.errors}, benchgate ${bg.errors})` : '';
    console.log(
      `${round} | ${ac2.rps.toFixed(0)} | ${bg.rps.toFixed(0)} | ${(bg.rps / ac2.rps).toFixed(3)} | ${ac2.cpuPerRequest.toFixed(1)} | ${bg.cpuPerRequest.toFixed(1)}${errors}`,
    );
  }
  const ratios = ours.map((o, i) => o.rps / theirs[i]!.rps);
  const m = median(ratios);
  const best = Math.max(...ours.map((o) => o.rps)) / Math.max(...theirs.map((t) => t.rps));
  const cpuOurs = median(ours.map((o) => o.cpuPerRequest));
  const cpuTheirs = median(theirs.map((t) => t.cpuPerRequest));
  console.log(`throughput, benchgate / autocannon: median of pairs ${m.toFixed(3)} (${spread(ratios)}); best run of each ${best.toFixed(3)}`);
  console.log(
    `CPU per request (median): autocannon ${cpuTheirs.toFixed(1)} µs, benchgate ${cpuOurs.toFixed(1)} µs (autocannon's start-up, ${startupMs.toFixed(0)} ms, taken off)`,
  );
  // The generator must not be what limits a load test: at least 85% of autocannon's throughput.
  console.log(
    `target (benchgate ≥ 85% of autocannon's throughput, median of pairs): ${m >= 0.85 ? 'met' : 'NOT met'}; within ±15%: ${Math.abs(m - 1) <= 0.15 ? 'yes' : 'no'}`,
  );
} finally {
  await target.close();
}
