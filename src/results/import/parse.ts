// Results files of every format benchgate reads: its own and other tools' outputs, into a
// validated RunResult. Loaded by io.ts when a file is not a well-formed benchgate file, so that
// reading one does not load twenty importers.
import { statSync } from 'node:fs';
import { optionName, optionValue, setOption } from '../../config/naming.ts';
import { TOOL_DESCRIPTIONS, TOOL_FORMATS, type ToolFormat } from '../../config/tools.ts';
import { describe, InputError, UsageError } from '../../errors.ts';
import { DEFAULT_SUITE, readProblem, readResultsText, type ReadOptions } from '../io.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type BenchmarkResult, type RunResult } from '../model.ts';
import { newRunId } from '../run-meta.ts';
import { validateResults } from '../validate.ts';
import { currentEnvironment } from './environment.ts';
import { IMPORTERS, readCriterionFolder, recognise, wrongToolHint, type Importer, type Imported } from './index.ts';
import { parseJson } from './json.ts';

/** Read a results file (or, for Criterion.rs, its output folder) in the format `tool` names. */
export async function readImportedFile(path: string, tool: ToolFormat, options: ReadOptions): Promise<RunResult> {
  if (tool === 'criterion' || (tool === 'auto' && isFolder(path))) {
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
  return parseResults(readResultsText(path), path, { ...options, tool });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

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
