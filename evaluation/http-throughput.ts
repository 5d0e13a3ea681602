// Throughput of benchgate's in-process load generator (the load engine driving the undici
// helpers) against autocannon's, on the same local server, in interleaved rounds. The
// issue's target: within 15% of autocannon. Run: node evaluation/http-throughput.ts
//   --rounds 10 --seconds 3 --connections 10 [--delay-ms 0]
// Rounds are short and paired (one run of each, order alternating) because a shared machine
// slows down and speeds up by whole seconds at a time: the median of the pairs' ratios is
// what is reported, with its spread.
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import { runAutocannon } from '../src/measure/http/autocannon.ts';
import { HttpClient } from '../src/measure/http/client.ts';
import { startReferenceTarget } from '../src/measure/http/reference-target.ts';
import { runScenario } from '../src/measure/load/run-scenario.ts';

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

/**
 * Requests per second the engine gets with `vus` closed-model VUs, each awaiting http.get,
 * after `warmupS` of the same load unmeasured (as autocannon's --warmup does).
 */
async function generatorThroughput(url: string, vus: number, durationS: number, warmupS = 0): Promise<{ rps: number; errors: number }> {
  const client = new HttpClient();
  const fn = async (): Promise<void> => {
    await client.get(url);
  };
  try {
    if (warmupS > 0) await runScenario({ name: 'warm-up', executor: 'constant-vus', vus, duration: warmupS * 1000 }, fn);
    const outcome = await runScenario(
      { name: 'reference target', executor: 'constant-vus', vus, duration: durationS * 1000 },
      fn,
    );
    return { rps: outcome.throughput, errors: outcome.errors.count };
  } finally {
    await client.close();
  }
}

/** Each run, of either generator, starts with this much unmeasured load: a fresh autocannon process is still compiling its hot paths for its first half second. */
const WARMUP_S = 1;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const target = await startReferenceTarget({ delayMs });
try {
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, node ${process.version}`);
  console.log(`target: node:http on 127.0.0.1 in its own process${delayMs ? `, ${delayMs} ms service time` : ''}; ${connections} connections / VUs, ${seconds} s measured after ${WARMUP_S} s of warm-up per run, ${rounds} rounds`);
  // Warm both up (JIT, connections) before anything is counted.
  await runAutocannon({ url: target.url, connections, durationSeconds: 1 });
  await generatorThroughput(target.url, connections, 1);
  const ratios: number[] = [];
  console.log('round | autocannon req/s | benchgate req/s | benchgate / autocannon');
  for (let round = 1; round <= rounds; round++) {
    // Alternate which goes first, so a slow patch on the machine does not always hit the same one.
    const first = round % 2 === 1;
    let ac = 0;
    let bg = { rps: 0, errors: 0 };
    const autocannon = async (): Promise<number> => (await runAutocannon({ url: target.url, connections, durationSeconds: seconds, warmupSeconds: WARMUP_S })).requestsPerSecond;
    if (first) ac = await autocannon();
    bg = await generatorThroughput(target.url, connections, seconds, WARMUP_S);
    if (!first) ac = await autocannon();
    const ratio = bg.rps / ac;
    ratios.push(ratio);
    console.log(`${round} | ${ac.toFixed(0)} | ${bg.rps.toFixed(0)}${bg.errors ? ` (${bg.errors} errors)` : ''} | ${ratio.toFixed(3)}`);
  }
  const m = median(ratios);
  const sorted = [...ratios].sort((a, b) => a - b);
  const quartile = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  console.log(
    `median ratio ${m.toFixed(3)} (quartiles ${quartile(0.25).toFixed(3)}–${quartile(0.75).toFixed(3)}, min ${sorted[0]!.toFixed(3)}, max ${sorted.at(-1)!.toFixed(3)}): ` +
      `${Math.abs(m - 1) <= 0.15 ? 'within' : 'NOT within'} 15% of autocannon`,
  );
} finally {
  await target.close();
}
