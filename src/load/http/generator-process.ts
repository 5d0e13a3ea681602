// The in-process load generator (the load engine driving the HTTP helpers) run in a process
// of its own, as benchgate runs load files, so that it can be compared with autocannon on
// equal terms: each in a fresh process, next to the same target. Started as a script, it
// runs a closed-model scenario against a URL and prints one JSON line with what it measured.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HttpClient } from './client.ts';
import { runScenario } from '../run-scenario.ts';

export interface GeneratorRun {
  /** Requests per second over the measured part. */
  rps: number;
  iterations: number;
  errors: number;
  /** CPU µs the generator process spent per measured request. */
  cpuPerRequest: number;
}

interface Request {
  url: string;
  vus: number;
  seconds: number;
  warmupSeconds: number;
}

async function measure({ url, vus, seconds, warmupSeconds }: Request): Promise<GeneratorRun> {
  const client = new HttpClient();
  const fn = async (): Promise<void> => {
    await client.get(url);
  };
  try {
    if (warmupSeconds > 0) await runScenario({ name: 'warm-up', executor: 'constant-vus', vus, duration: warmupSeconds * 1000 }, fn);
    const cpu = process.cpuUsage();
    const outcome = await runScenario({ name: 'generator', executor: 'constant-vus', vus, duration: seconds * 1000 }, fn);
    const used = process.cpuUsage(cpu);
    return {
      rps: outcome.throughput,
      iterations: outcome.iterations,
      errors: outcome.errors.count,
      cpuPerRequest: (used.user + used.system) / Math.max(1, outcome.iterations),
    };
  } finally {
    await client.close();
  }
}

/** Run the generator in a child process (this file, on this Node) and return what it measured. */
export function runGeneratorProcess(request: Request): Promise<GeneratorRun> {
  const limitMs = (request.seconds + request.warmupSeconds) * 1000 + 30_000;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), JSON.stringify(request)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the generator process did not finish within ${limitMs / 1000} s; stopped`));
    }, limitMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').at(-1);
      if (code !== 0 || !line) reject(new Error(`the generator process exited with ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`));
      else resolve(JSON.parse(line) as GeneratorRun);
    });
  });
}

if (import.meta.main) {
  const result = await measure(JSON.parse(process.argv[2] ?? '{}') as Request);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
