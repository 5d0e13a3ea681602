// Reading and writing results files. Whatever comes in, a benchgate file or another
// tool's output, leaves here as a validated, canonical RunResult. A benchgate file is read here;
// other tools' formats (and the hints that a benchgate file looks like one) are in
// import/parse.ts, loaded only when needed: `compare`'s cold start counts (docs/weight.json).
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { optionValue } from '../config/naming.ts';
import { TOOL_FORMATS, type ToolFormat } from '../config/tools.ts';
import { InputError } from '../errors.ts';
import { writeFileAtomic } from './atomic.ts';
import { RESULTS_FORMAT } from './model.ts';
import type { Direction, Environment, RunResult } from './model.ts';
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

// Files can come from an untrusted pull request (report mode reads its artifact in a privileged
// job): one larger than this is refused unread. A run of 10 000 benchmarks × 1 000 samples is ~100 MB.
export const MAX_RESULTS_FILE_BYTES = 100 * 1024 * 1024;

/** Read, parse and validate a results file (or, for Criterion.rs, its output folder). */
export async function readResultsFile(path: string, options: ReadOptions = {}): Promise<RunResult> {
  const tool = options.tool ?? 'benchgate';
  if (tool !== 'benchgate') return (await import('./import/parse.ts')).readImportedFile(path, tool, options);
  const text = readResultsText(path);
  // A well-formed benchgate file goes straight to validation; anything else (not JSON, another
  // tool's output) takes the way that finds the line and column, or the --tool it looks like.
  const doc = parsedOrUndefined(text);
  if (typeof doc === 'object' && doc !== null && (doc as { format?: unknown }).format === RESULTS_FORMAT) return validateResults(doc, path);
  return (await import('./import/parse.ts')).parseResults(text, path, options);
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

/**
 * The text of a results file, refused unread beyond MAX_RESULTS_FILE_BYTES. Read synchronously:
 * one file, nothing else to do meanwhile, and node:fs/promises would cost the CLI's `compare` a
 * few milliseconds of its start.
 */
export function readResultsText(path: string): string {
  try {
    const fd = openSync(path, 'r');
    try {
      const { size } = fstatSync(fd);
      if (size > MAX_RESULTS_FILE_BYTES) {
        throw new InputError(
          path,
          `expected a results file of at most ${MAX_RESULTS_FILE_BYTES / 1024 / 1024} MiB, found ${(size / 1024 / 1024).toFixed(1)} MiB`,
        );
      }
      return readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, readProblem(err), { cause: err });
  }
}

export function readProblem(err: unknown): string {
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
