// Reading and writing results files. Whatever comes in, a benchgate file or another
// tool's output, leaves here as a validated, canonical RunResult.
import { readFile } from 'node:fs/promises';
import { TOOL_FORMATS, type ToolFormat } from '../config/tools.ts';
import { InputError, UsageError } from '../errors.ts';
import { parseArtillery } from './import/artillery.ts';
import { parseAutocannon } from './import/autocannon.ts';
import { parseCustomBiggerIsBetter, parseCustomSmallerIsBetter } from './import/custom.ts';
import { currentEnvironment } from './import/environment.ts';
import { parseGo } from './import/go.ts';
import { parseGoogleBenchmark } from './import/googlecpp.ts';
import { parseJson } from './import/json.ts';
import { parseK6HandleSummary, parseK6SummaryExport } from './import/k6.ts';
import type { Imported } from './import/load-import.ts';
import { parsePytest } from './import/pytest.ts';
import { newRunId } from './run-meta.ts';
import { writeFileAtomic } from './atomic.ts';
import { RESULTS_FORMAT, RESULTS_VERSION } from './model.ts';
import type { BenchmarkResult, Direction, Environment, RunResult } from './model.ts';
import { validateResults } from './validate.ts';

/** Reads one tool's output; load-testing tools also give the scenario's details. */
type Importer = (text: string, source: string) => BenchmarkResult[] | Imported;

/** Importers of other tools' outputs, one per format, named as github-action-benchmark's `tool` input names them. */
const IMPORTERS = {
  customSmallerIsBetter: parseCustomSmallerIsBetter,
  customBiggerIsBetter: parseCustomBiggerIsBetter,
  go: parseGo,
  pytest: parsePytest,
  googlecpp: parseGoogleBenchmark,
  k6: parseK6SummaryExport,
  'k6-summary': parseK6HandleSummary,
  autocannon: parseAutocannon,
  artillery: parseArtillery,
} satisfies Record<Exclude<ToolFormat, 'benchgate'>, Importer>;

export { TOOL_FORMATS, type ToolFormat };

export interface ReadOptions {
  /** Format of the file; default 'benchgate'. */
  tool?: ToolFormat;
  // The rest describe the run of an imported file, which other tools' formats do not
  // record. A benchgate file carries its own, and these are ignored for it.
  /** Suite to file the imported run under; default "default". */
  suite?: string;
  /** Overrides the direction the importer would give every benchmark. */
  direction?: Direction;
  commit?: string;
  branch?: string;
  /** ISO 8601; default now. */
  time?: string;
  /** Default: a new id. */
  id?: string;
  /** Default: the machine reading the file. */
  env?: Environment;
}

export const DEFAULT_SUITE = 'default';

/**
 * Parse and validate a results file's text. `source` names the file in error messages.
 * Throws InputError (bad JSON with line and column, wrong shape naming the field) or
 * UsageError (unknown tool).
 */
export function parseResults(text: string, source: string, options: ReadOptions = {}): RunResult {
  const tool = options.tool ?? 'benchgate';
  if (tool === 'benchgate') return validateResults(parseBenchgateJson(text, source), source);
  const importer = (IMPORTERS as Record<string, Importer | undefined>)[tool];
  if (!importer) throw new UsageError(`tool: expected one of ${TOOL_FORMATS.join(', ')}, found ${JSON.stringify(tool)}`);
  const imported = importer(text, source);
  const { benchmarks: found, scenarios } = Array.isArray(imported) ? { benchmarks: imported, scenarios: [] } : imported;
  const benchmarks = found.map((b) => (options.direction ? { ...b, direction: options.direction } : b));
  const run = {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: options.suite ?? DEFAULT_SUITE,
    run: {
      id: options.id ?? newRunId(),
      ...(options.commit !== undefined ? { commit: options.commit } : {}),
      ...(options.branch !== undefined ? { branch: options.branch } : {}),
      time: options.time ?? new Date().toISOString(),
      tool,
      env: options.env ?? currentEnvironment(),
    },
    benchmarks,
    ...(scenarios.length > 0 ? { scenarios } : {}),
  };
  // Validated like any file, so imports meet every rule (and get their summaries).
  return validateResults(run, source);
}

function parseBenchgateJson(text: string, source: string): unknown {
  try {
    return parseJson(text, source);
  } catch (err) {
    // The text output of `go test -bench` is the likeliest non-JSON file to be passed here.
    if (err instanceof InputError && /^Benchmark\S*\s+\d+\s+\S+ \S+/m.test(text)) {
      throw new InputError(source, `${err.message.slice(source.length + 2)} — is this \`go test -bench\` output? pass --tool go`, { cause: err });
    }
    throw err;
  }
}

/** Read, parse and validate a results file. */
export async function readResultsFile(path: string, options: ReadOptions = {}): Promise<RunResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new InputError(path, readProblem(err), { cause: err });
  }
  return parseResults(text, path, options);
}

function readProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a folder; expected a results file';
  if (code === 'EACCES' || code === 'EPERM') return 'not allowed to read this file';
  return `cannot read: ${(err as Error).message}`;
}

/**
 * The file text of a run: canonical (known fields only, in a fixed order, summaries
 * recomputed), two-space indented with number arrays on one line, and a trailing newline.
 * Throws InputError naming `source` when the run breaks a rule of the model, so that
 * nothing unreadable is ever written.
 */
export function serializeResults(run: RunResult, source = 'results to write'): string {
  return `${formatJson(validateResults(run, source), '')}\n`;
}

/** Write a run atomically: readers see the previous file or the whole new one. */
export async function writeResultsFile(path: string, run: RunResult): Promise<void> {
  await writeFileAtomic(path, serializeResults(run, path));
}

function formatJson(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((x) => typeof x !== 'object' || x === null)) return `[${value.map((x) => JSON.stringify(x)).join(', ')}]`;
    const inner = `${indent}  `;
    return `[\n${value.map((x) => inner + formatJson(x, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const inner = `${indent}  `;
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    if (entries.every(([, v]) => typeof v !== 'object' || v === null)) {
      const line = `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
      if (line.length <= 100) return line;
    }
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
