// A corpus of real wall-time runs for the accuracy evaluation (evaluation/accuracy.ts).
//
//   node evaluation/collect-time.ts [-- --aa 16 --slowed 8 --out evaluation/corpus/time]
//
// Each run measures the 20 workloads of evaluation/workloads with benchgate's defaults (10 samples
// over 2 processes, 100 ms rounds) through its own pipeline. Unchanged runs measure the code as it
// is; slowed runs inject a calibrated slowdown (BENCHGATE_EVAL_SLOWDOWN) of 2, 5, 10 or 25% into
// four of every five workloads, rotating, so that they also hold unchanged workloads. The two kinds
// alternate (two unchanged, one slowed) so that both see the machine's slow and fast periods. Runs
// are written as they finish and kept: an interrupted collection goes on where it stopped.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultConfig, type Config } from '../src/config/options.ts';
import { measure } from '../src/pipeline.ts';
import { serializeResults } from '../src/results/io.ts';
import type { RunResult } from '../src/results/model.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [0, 0.02, 0.05, 0.1, 0.25];

export interface TimeManifest {
  shape: 'time';
  description: string;
  machine: string;
  runs: { file: string; seconds: number; started: string; injected?: Record<string, number> }[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      aa: { type: 'string', default: '16' },
      slowed: { type: 'string', default: '8' },
      out: { type: 'string', default: 'evaluation/corpus/time' },
    },
  });
  const out = resolve(ROOT, values.out!);
  mkdirSync(out, { recursive: true });
  const config: Config = { ...defaultConfig(), benchmarks: 'evaluation/workloads', suite: 'accuracy' };
  const manifestFile = join(out, 'corpus.json');
  const manifest: TimeManifest = existsSync(manifestFile)
    ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as TimeManifest)
    : {
        shape: 'time',
        description: `Wall-time runs of evaluation/workloads with benchgate's defaults (${config.samples} samples over ${config.processes} processes, ${config.roundTime} ms rounds); slowed runs list their injected slowdowns.`,
        machine: `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`,
        runs: [],
      };
  const aa = Number(values.aa);
  const slowed = Number(values.slowed);
  let names: string[] | undefined = manifest.runs.length > 0 ? readRun(join(out, manifest.runs[0]!.file)).benchmarks.map((b) => b.name) : undefined;
  let a = manifest.runs.filter((r) => !r.injected).length;
  let b = manifest.runs.length - a;
  for (let i = manifest.runs.length; a < aa || b < slowed; i++) {
    const wantSlowed = b < slowed && (a >= aa || i % 3 === 2) && names !== undefined;
    const injected = wantSlowed
      ? Object.fromEntries(names!.map((name, w) => [name, SIZES[(w + b) % SIZES.length]!]).filter(([, s]) => (s as number) > 0))
      : undefined;
    const file = `run-${String(i).padStart(2, '0')}.json`;
    log(`${file}: ${injected ? 'slowed' : 'unchanged'}`);
    const startedAt = new Date();
    const run = await measure(config, { cwd: ROOT, env: { ...process.env, BENCHGATE_EVAL_SLOWDOWN: JSON.stringify(injected ?? {}) } });
    const seconds = (Date.now() - startedAt.getTime()) / 1000;
    const failed = run.benchmarks.filter((x) => x.error);
    if (failed.length > 0) throw new Error(`${file}: ${failed.map((x) => `${x.name}: ${x.error}`).join('; ')}`);
    writeFileSync(join(out, file), serializeResults(run));
    names ??= run.benchmarks.map((x) => x.name);
    // The benchmark processes may run another Node than the collector: say which measured.
    if (manifest.runs.length === 0)
      manifest.machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; benchmark processes on Node ${run.run.env.node}`;
    manifest.runs.push({ file, seconds: Math.round(seconds), started: startedAt.toISOString(), ...(injected ? { injected } : {}) });
    writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    if (injected) b++;
    else a++;
    log(`${file}: ${seconds.toFixed(0)} s`);
  }
}

function readRun(path: string): RunResult {
  return JSON.parse(readFileSync(path, 'utf8')) as RunResult;
}

function log(message: string): void {
  process.stderr.write(`[collect-time] ${message}\n`);
}

await main();
