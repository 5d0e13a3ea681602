// Runs the load scenarios of a suite: each *.load.* file in its own child process (started with
// --expose-gc, for memory scenarios), one file after another, so scenarios never compete with
// each other for the machine.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, UsageError } from '../errors.ts';
import type { BenchmarkResult, Environment, ScenarioResult } from '../results/model.ts';
import { relativeTo } from '../measure/micro/discover.ts';
import type { ProgressEvent } from '../measure/micro/events.ts';
import { describeCrash } from '../measure/micro/spawn-child.ts';
import { discoverScenarioFiles } from './discover.ts';
import { formatDuration } from './duration.ts';
import type { LoadChildConfig, LoadChildMessage } from './protocol.ts';
import { runLoadChild, type LoadChildExit } from './spawn.ts';
import { failedScenario, scenarioBenchmarks, toScenarioResult } from './to-results.ts';

export interface LoadSuiteOptions {
  /** Folder searched for scenario files (default "benchmarks"), relative to cwd. */
  dir?: string;
  /** Scenario files to run instead of searching `dir`. */
  files?: string[];
  cwd?: string;
  /** The Node that runs the scenarios (default "node" from PATH). */
  node?: string;
  /** Environment of the scenario processes (default: this process's). Pass one without secrets for untrusted code. */
  env?: NodeJS.ProcessEnv;
  filter?: RegExp;
  /** Longest a scenario process may stay silent outside load generation (loading aside), in ms (default 30 s). */
  timeoutMs?: number;
  onEvent?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
}

export interface LoadSuiteResult {
  scenarios: ScenarioResult[];
  /** Comparable figures of every scenario ("<scenario> › p95 latency" ...), and a failed entry per file that could not run. */
  benchmarks: BenchmarkResult[];
  /** The Node and machine that ran the scenarios, as the child process saw them; absent when no file ran. */
  env?: Environment;
}

/** Loading can be slow for good reasons (tsx's first compile, large imports). */
const LOAD_LIMIT_MS = 30_000;
/** Setup and teardown may seed a database or start a server. */
const HOOK_LIMIT_MS = 120_000;

export async function runLoadSuite(options: LoadSuiteOptions = {}): Promise<LoadSuiteResult> {
  const cwd = options.cwd ?? process.cwd();
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!(timeoutMs > 0)) throw new UsageError(`timeoutMs: expected a positive number of milliseconds, found ${describe(timeoutMs)}`);
  const files = options.files ?? discoverScenarioFiles(options.dir ?? 'benchmarks', cwd);
  const node = options.node ?? 'node';
  const entry = childEntry();
  const nodeArgs = ['--expose-gc', ...sourceArgs(node, entry, options.env)];
  const emit = options.onEvent ?? (() => {});

  const scenarios: ScenarioResult[] = [];
  const benchmarks: BenchmarkResult[] = [];
  const owners = new Map<string, string>();
  let env: Environment | undefined;

  for (const [index, path] of files.entries()) {
    options.signal?.throwIfAborted();
    const group = relativeTo(cwd, path);
    const where = { file: group, process: 0, processes: 1 };
    const progress = { done: index, total: files.length };
    emit({ type: 'file-start', ...where, ...progress });

    let registered: string[] | undefined;
    let loadError: string | undefined;
    let current: string | undefined;
    let silenceMs = timeoutMs;
    let windows = 0;
    const ended = new Set<string>();

    const keep = (result: ScenarioResult, figures: BenchmarkResult[]) => {
      const owner = owners.get(result.name);
      if (owner !== undefined) {
        const error = `the name is used in both ${owner} and ${group}; scenario names must be unique within a run`;
        emit({ type: 'error', ...where, benchmark: result.name, message: error });
        return;
      }
      owners.set(result.name, group);
      scenarios.push({ ...result, group });
      benchmarks.push(...figures.map((b) => ({ ...b, group })));
      if (result.error) emit({ type: 'error', ...where, benchmark: result.name, message: result.error });
    };

    const onMessage = (message: LoadChildMessage) => {
      switch (message.type) {
        case 'env':
          env ??= message.env;
          return;
        case 'registered':
          registered = message.scenarios;
          if (message.total === 0) loadError = "declares no scenarios: call scenario(name, options, fn) from 'benchgate' at the top level of the file";
          return;
        case 'load-error':
          loadError = `could not be loaded: ${message.message}`;
          return;
        case 'setup':
          current = message.scenario;
          windows = 0;
          return;
        case 'start':
          current = message.scenario;
          silenceMs = Math.max(timeoutMs, message.silenceMs);
          return;
        case 'window': {
          windows++;
          const rounds = message.expectedMs !== undefined ? Math.max(windows, Math.ceil(message.expectedMs / message.window.duration || 1)) : windows;
          const label = `${message.scenario} · ${formatDuration(message.elapsed)}${message.expectedMs !== undefined ? ` of ${formatDuration(message.expectedMs)}` : ''} · ${message.iterations} iterations`;
          emit({ type: 'round', ...where, ...progress, benchmark: label, round: windows, rounds });
          return;
        }
        case 'teardown':
          return;
        case 'end':
          ended.add(message.scenario);
          current = undefined;
          keep(message.result, message.benchmarks);
          return;
        case 'done':
          return;
      }
    };

    const config: LoadChildConfig = {
      file: path,
      ...(options.filter ? { filter: { source: options.filter.source, flags: options.filter.flags } } : {}),
    };
    const exit = await runLoadChild({
      node,
      nodeArgs,
      entry,
      config,
      cwd,
      ...(options.env ? { env: options.env } : {}),
      limitAfter: (last) => limitAfter(last, timeoutMs, silenceMs),
      onMessage,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (exit.kind === 'aborted') throw options.signal?.reason ?? new Error('the run was aborted');

    if (exit.kind !== 'done' && registered === undefined) {
      loadError ??= exit.kind === 'timeout' ? `timed out after ${formatDuration(exit.limitMs)} while loading` : crashMessage(exit);
    }
    if (loadError !== undefined) {
      // A file that cannot run is one failed benchmark named after it, so the failure reaches the
      // report and the gate instead of silently shrinking the suite.
      benchmarks.push({ name: group, unit: 'ms', direction: 'smaller', group, error: loadError, samples: [] });
      emit({ type: 'error', ...where, benchmark: group, message: loadError });
    } else if (exit.kind !== 'done') {
      const why = exit.kind === 'timeout' ? `the scenario process stopped responding for ${formatDuration(exit.limitMs)}` : crashMessage(exit);
      for (const name of registered ?? []) {
        if (ended.has(name)) continue;
        const error = name === current ? why : `not run: ${current !== undefined ? `"${current}" ended its process` : 'its process ended'} before it (${why})`;
        const failed = failedScenario(name, 'unknown', 'closed', error);
        keep(toScenarioResult(failed), scenarioBenchmarks(failed));
      }
    }
    emit({ type: 'file-end', ...where, done: index + 1, total: files.length });
  }
  return { scenarios, benchmarks, ...(env ? { env } : {}) };
}

function limitAfter(last: LoadChildMessage | undefined, timeoutMs: number, silenceMs: number): number {
  switch (last?.type) {
    case undefined:
    case 'env':
      return Math.max(LOAD_LIMIT_MS, timeoutMs);
    case 'registered':
    case 'setup':
    case 'teardown':
    case 'end':
      return Math.max(HOOK_LIMIT_MS, timeoutMs);
    case 'start':
    case 'window':
      return silenceMs;
    default:
      return timeoutMs;
  }
}

function crashMessage(exit: Extract<LoadChildExit, { kind: 'crash' }>): string {
  return describeCrash('scenario', exit, doing(exit.last));
}

function doing(last: LoadChildMessage | undefined): string {
  switch (last?.type) {
    case undefined:
    case 'env':
      return 'while loading the file';
    case 'setup':
      return `during setup of "${last.scenario}"`;
    case 'start':
    case 'window':
      return `while "${last.scenario}" ran`;
    case 'teardown':
      return `during teardown of "${last.scenario}"`;
    default:
      return 'before finishing';
  }
}

// The bundle ships dist/load-child.js beside its entries, or one folder up from a split chunk;
// in benchgate's own sources the child is child.ts.
function childEntry(): string {
  for (const bundled of ['./load-child.js', '../load-child.js']) {
    const url = new URL(bundled, import.meta.url);
    if (existsSync(url)) return fileURLToPath(url);
  }
  return fileURLToPath(new URL('./child.ts', import.meta.url));
}

const strippingNodes = new Map<string, boolean>();

// As for micro-benchmarks: only benchgate's own TypeScript sources need these. A Node that cannot
// strip types runs child.ts through tsx; the condition resolves 'benchgate' to src/api.ts.
function sourceArgs(node: string, entry: string, env: NodeJS.ProcessEnv | undefined): string[] {
  if (!entry.endsWith('.ts')) return [];
  // "node" means whichever one PATH finds first, so the answer is kept per PATH.
  const key = `${node}\0${(env ?? process.env).PATH ?? ''}`;
  let strips = strippingNodes.get(key);
  if (strips === undefined) {
    try {
      strips = execFileSync(node, ['-p', 'Boolean(process.features.typescript)'], { encoding: 'utf8', timeout: 10_000, env }).trim() === 'true';
    } catch {
      strips = true;
    }
    strippingNodes.set(key, strips);
  }
  return ['--conditions=benchgate-source', ...(strips ? [] : ['--import', import.meta.resolve('tsx')])];
}
