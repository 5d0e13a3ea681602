// Raw HTTP throughput with autocannon, for when the question is "how many requests a second
// can this server take" rather than "how does this scenario behave". autocannon runs in a
// child process of its own, so that it neither competes with nor is slowed by the caller's
// event loop, and its `--json` output is read with the same importer as `--tool autocannon`.
// autocannon is looked up in the project (it is a devDependency of benchgate, not bundled).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { UsageError, describe } from '../../errors.ts';
import { parseAutocannon } from '../../results/import/autocannon.ts';
import type { Imported } from '../../results/import/load-import.ts';

export interface AutocannonOptions {
  url: string;
  /** Concurrent connections (default 10). */
  connections?: number;
  /** Seconds to run (default 10); ignored when `amount` is set. */
  durationSeconds?: number;
  /** Stop after this many requests instead of after a time. */
  amount?: number;
  pipelining?: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Names the run: the scenario's name in the figures (default the URL). */
  title?: string;
  /** Seconds before a request is given up (default 10). */
  timeoutSeconds?: number;
  /** Cap on requests per second over all connections (autocannon then corrects latency for coordinated omission). */
  rate?: number;
  /** Seconds of load before measuring starts (JIT and connections warm; not in the result). */
  warmupSeconds?: number;
  /** Where to look for autocannon (default: this file's folder, then the working directory). */
  resolveFrom?: string;
}

export interface AutocannonResult {
  /** autocannon's JSON output as it printed it. */
  raw: Record<string, unknown>;
  /** The same output as benchgate figures and a scenario. */
  imported: Imported;
  /** Completed requests per second over the run. */
  requestsPerSecond: number;
}

/** Time beyond the run's own length after which autocannon is stopped as hung. */
const GRACE_MS = 30_000;

function positive(name: string, value: unknown, integer = false): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new UsageError(`runAutocannon: expected ${name} to be a positive ${integer ? 'whole ' : ''}number, found ${describe(value)}`);
  }
}

export function findAutocannon(resolveFrom?: string): string {
  const places = [resolveFrom, import.meta.url, join(process.cwd(), 'package.json')].filter((p): p is string => p !== undefined);
  for (const place of places) {
    try {
      return createRequire(place).resolve('autocannon/autocannon.js');
    } catch {
      // Try the next place.
    }
  }
  throw new UsageError('runAutocannon: autocannon is not installed; add it with `npm install --save-dev autocannon`');
}

export function autocannonArguments(o: AutocannonOptions): string[] {
  if (typeof o.url !== 'string' || !/^https?:\/\//.test(o.url))
    throw new UsageError(`runAutocannon: expected url to be an http(s) URL, found ${describe(o.url)}`);
  positive('connections', o.connections, true);
  positive('durationSeconds', o.durationSeconds);
  positive('amount', o.amount, true);
  positive('pipelining', o.pipelining, true);
  positive('timeoutSeconds', o.timeoutSeconds);
  positive('rate', o.rate);
  positive('warmupSeconds', o.warmupSeconds);
  const args = ['--json', '--connections', String(o.connections ?? 10)];
  if (o.warmupSeconds !== undefined) args.push('--warmup', '[', '-c', String(o.connections ?? 10), '-d', String(o.warmupSeconds), ']');
  if (o.amount !== undefined) args.push('--amount', String(o.amount));
  else args.push('--duration', String(o.durationSeconds ?? 10));
  if (o.pipelining !== undefined) args.push('--pipelining', String(o.pipelining));
  if (o.method !== undefined) args.push('--method', o.method);
  for (const [key, value] of Object.entries(o.headers ?? {})) args.push('--headers', `${key}=${value}`);
  if (o.body !== undefined) args.push('--body', o.body);
  if (o.title !== undefined) args.push('--title', o.title);
  if (o.timeoutSeconds !== undefined) args.push('--timeout', String(o.timeoutSeconds));
  if (o.rate !== undefined) args.push('--overallRate', String(o.rate));
  args.push(o.url);
  return args;
}

/** Run autocannon against `url` and read its result. Rejects when autocannon fails or hangs. */
export async function runAutocannon(options: AutocannonOptions): Promise<AutocannonResult> {
  const args = autocannonArguments(options);
  const script = findAutocannon(options.resolveFrom);
  const limitMs = ((options.amount !== undefined ? 600 : (options.durationSeconds ?? 10)) + (options.warmupSeconds ?? 0)) * 1000 + GRACE_MS;
  const { stdout, stderr, code } = await new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`autocannon did not finish within ${limitMs / 1000} s; stopped`));
    }, limitMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ stdout: out, stderr: err, code: exitCode });
    });
  });
  if (code !== 0 || stdout.trim() === '') {
    throw new Error(`autocannon exited with ${code ?? 'a signal'}: ${stderr.trim().split('\n').slice(-3).join(' ') || 'no output'}`);
  }
  // With --warmup, autocannon prints the warm-up's result on a line of its own first.
  const last = stdout.trim().split('\n').at(-1)!;
  const raw = JSON.parse(last) as Record<string, unknown>;
  const imported = parseAutocannon(last, 'autocannon output');
  const scenario = imported.scenarios[0]!;
  return { raw, imported, requestsPerSecond: scenario.throughput };
}
