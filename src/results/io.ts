// Reading and writing results files. Whatever comes in, a benchgate file or another
// tool's output, leaves here as a validated, canonical RunResult.
import { open, stat } from 'node:fs/promises';
import { optionName, optionValue, setOption } from '../config/naming.ts';
import { TOOL_DESCRIPTIONS, TOOL_FORMATS, type ToolFormat } from '../config/tools.ts';
import { describe, InputError, UsageError } from '../errors.ts';
import { currentEnvironment } from './import/environment.ts';
import { IMPORTERS, readCriterionFolder, recognise, wrongToolHint, type Importer, type Imported } from './import/index.ts';
import { parseJson } from './import/json.ts';
import { newRunId } from './run-meta.ts';
import { writeFileAtomic } from './atomic.ts';
import { RESULTS_FORMAT, RESULTS_VERSION } from './model.ts';
import type { BenchmarkResult, Direction, Environment, RunResult } from './model.ts';
import { validateResults } from './validate.ts';

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
  /**
   * Told what is worth a line on stderr or in the job log but is no error: the format `auto`
   * chose, a value an importer left out, a fallback it took. One sentence each.
   */
  onNote?: (note: string) => void;
}

export const DEFAULT_SUITE = 'default';

/**
 * Parse and validate a results file's text. `source` names the file in error messages.
 * Throws InputError (bad JSON with line and column, wrong shape naming the field, with the
 * --tool it probably is when the text is another tool's output) or UsageError (unknown tool).
 */
export function parseResults(text: string, source: string, options: ReadOptions = {}): RunResult {
  let tool = options.tool ?? 'benchgate';
  if (tool === 'auto') tool = autoFormat(text, source, options);
  if (tool === 'benchgate') return validateResults(parseBenchgateJson(text, source), source);
  if (tool === 'criterion') {
    throw new InputError(source, `is a file; ${optionValue('tool', 'criterion')} reads the folder Criterion.rs writes (target/criterion)`);
  }
  const importer = (IMPORTERS as Record<string, Importer | undefined>)[tool];
  if (!importer) throw new UsageError(`tool: expected one of ${TOOL_FORMATS.join(', ')}, found ${JSON.stringify(tool)}`);
  const notes: string[] = [];
  let imported: BenchmarkResult[] | Imported;
  try {
    imported = importer(text, source, notes);
  } catch (err) {
    throw withHint(err, text, tool);
  } finally {
    for (const note of notes) options.onNote?.(note);
  }
  return importedRun(imported, tool, source, options);
}

function importedRun(imported: BenchmarkResult[] | Imported, tool: ToolFormat, source: string, options: ReadOptions): RunResult {
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

/** The format `--tool auto` takes the text to be in, said in a note; an error when none fits. */
function autoFormat(text: string, source: string, options: ReadOptions): ToolFormat {
  const found = recognise(text);
  if (!found) {
    throw new InputError(
      source,
      `${optionValue('tool', 'auto')}: the content matches none of the formats benchgate reads (${TOOL_FORMATS.filter((t) => t !== 'auto').join(', ')}); name its format with ${optionName('tool')}`,
    );
  }
  if (found.tool === 'customSmallerIsBetter') {
    throw new InputError(
      source,
      `${optionValue('tool', 'auto')}: this is github-action-benchmark's custom JSON, which does not say which way is better: ${setOption('tool', 'customSmallerIsBetter')} or customBiggerIsBetter`,
    );
  }
  options.onNote?.(`${source}: read as ${TOOL_DESCRIPTIONS[found.tool]} (${optionValue('tool', found.tool)}): ${found.why}`);
  return found.tool;
}

function withHint(err: unknown, text: string, tool: ToolFormat): unknown {
  if (!(err instanceof InputError) || err.message.includes(optionName('tool'))) return err;
  const hint = wrongToolHint(text, tool);
  return hint === '' ? err : new InputError(err.file, `${err.message.slice(err.file.length + 2)}${hint}`, { cause: err });
}

function parseBenchgateJson(text: string, source: string): unknown {
  let doc: unknown;
  try {
    doc = parseJson(text, source);
  } catch (err) {
    throw withHint(err, text, 'benchgate');
  }
  const format = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as { format?: unknown }).format : doc;
  if (format !== RESULTS_FORMAT) {
    // Another tool's output: say which, rather than list the fields a benchgate file would have.
    const hint = wrongToolHint(text, 'benchgate');
    if (hint !== '')
      throw new InputError(source, `format: expected "${RESULTS_FORMAT}", found ${format === undefined ? 'no format field' : describe(format)}${hint}`);
  }
  return doc;
}

// Files can come from an untrusted pull request (report mode reads its artifact in a privileged
// job): one larger than this is refused unread. A run of 10 000 benchmarks × 1 000 samples is ~100 MB.
export const MAX_RESULTS_FILE_BYTES = 100 * 1024 * 1024;

/** Read, parse and validate a results file (or, for Criterion.rs, its output folder). */
export async function readResultsFile(path: string, options: ReadOptions = {}): Promise<RunResult> {
  const tool = options.tool ?? 'benchgate';
  if (tool === 'criterion' || (tool === 'auto' && (await isFolder(path)))) {
    const notes: string[] = [];
    try {
      const benchmarks = await readCriterionFolder(path, notes);
      if (tool === 'auto')
        options.onNote?.(`${path}: read as ${TOOL_DESCRIPTIONS.criterion} (${optionValue('tool', 'criterion')}): a folder with new/sample.json files`);
      return importedRun(benchmarks, 'criterion', path, options);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== undefined) throw new InputError(path, readProblem(err), { cause: err });
      throw err;
    } finally {
      for (const note of notes) options.onNote?.(note);
    }
  }
  let text: string;
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_RESULTS_FILE_BYTES) {
        throw new InputError(
          path,
          `expected a results file of at most ${MAX_RESULTS_FILE_BYTES / 1024 / 1024} MiB, found ${(size / 1024 / 1024).toFixed(1)} MiB`,
        );
      }
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, readProblem(err), { cause: err });
  }
  return parseResults(text, path, options);
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function readProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return `is a folder; expected a results file (only ${optionValue('tool', 'criterion')} reads a folder)`;
  if (code === 'ENOTDIR') return `is a file; ${optionValue('tool', 'criterion')} reads the folder Criterion.rs writes (target/criterion)`;
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
