// The readers of other tools' outputs, one per format, named as github-action-benchmark's `tool`
// input names them; and recognising a format from the content, for `--tool auto` and for the
// hint an error gives when a file was read with the wrong --tool.
import { setOption } from '../../config/naming.ts';
import { TOOL_DESCRIPTIONS, type ToolFormat } from '../../config/tools.ts';
import type { BenchmarkResult } from '../model.ts';
import { parseArtillery } from './artillery.ts';
import { parseAutocannon } from './autocannon.ts';
import { looksLikeBenchmarkDotNet, parseBenchmarkDotNet } from './benchmarkdotnet.ts';
import { parseBenchmarkJs } from './benchmarkjs.ts';
import { parseBenchmarkLuau } from './benchmarkluau.ts';
import { parseCargo } from './cargo.ts';
import { parseCatch2 } from './catch2.ts';
import { isObject } from './common.ts';
import { parseCustomBiggerIsBetter, parseCustomSmallerIsBetter } from './custom.ts';
import { looksLikeGo, parseGo } from './go.ts';
import { looksLikeGoogleBenchmark, parseGoogleBenchmark } from './googlecpp.ts';
import { looksLikeHyperfine, parseHyperfine } from './hyperfine.ts';
import { looksLikeJmh, parseJmh } from './jmh.ts';
import { looksLikeJulia, parseJulia } from './julia.ts';
import { parseK6HandleSummary, parseK6SummaryExport } from './k6.ts';
import type { Imported } from './load-import.ts';
import { looksLikePytest, parsePytest } from './pytest.ts';
import { looksLikeVitest, parseVitest } from './vitest.ts';

export { readCriterionFolder } from './criterion.ts';
export type { Imported } from './load-import.ts';

/** Formats read from one file's text. `criterion` reads a folder; `benchgate` and `auto` are not imports. */
export type TextFormat = Exclude<ToolFormat, 'benchgate' | 'auto' | 'criterion'>;

/**
 * Reads one tool's output. Things worth telling the user that are not errors (a value left out,
 * a fallback taken) go into `notes`, one sentence each, naming the file.
 */
export type Importer = (text: string, source: string, notes: string[]) => BenchmarkResult[] | Imported;

export const IMPORTERS = {
  cargo: parseCargo,
  go: parseGo,
  benchmarkjs: parseBenchmarkJs,
  benchmarkluau: parseBenchmarkLuau,
  pytest: parsePytest,
  googlecpp: parseGoogleBenchmark,
  catch2: parseCatch2,
  julia: parseJulia,
  jmh: parseJmh,
  benchmarkdotnet: parseBenchmarkDotNet,
  customSmallerIsBetter: parseCustomSmallerIsBetter,
  customBiggerIsBetter: parseCustomBiggerIsBetter,
  hyperfine: parseHyperfine,
  vitest: parseVitest,
  k6: parseK6SummaryExport,
  'k6-summary': parseK6HandleSummary,
  autocannon: parseAutocannon,
  artillery: parseArtillery,
} satisfies Record<TextFormat, Importer>;

export interface Recognised {
  tool: ToolFormat;
  /** What gave it away, for the note `--tool auto` writes. */
  why: string;
}

/** The format the text is in, judged from its content; undefined when nothing fits. */
export function recognise(text: string): Recognised | undefined {
  const body = text.replace(/^\ufeff/, '').trim();
  if (body.startsWith('{') || body.startsWith('[')) {
    let doc: unknown;
    try {
      doc = JSON.parse(body);
    } catch {
      return undefined;
    }
    return recogniseJson(doc);
  }
  if (/^test .+ \.\.\. bench:\s+[0-9]/m.test(body)) return { tool: 'cargo', why: 'lines "test … ... bench: … ns/iter"' };
  if (looksLikeGo(body)) return { tool: 'go', why: 'lines "BenchmarkX-8  1000  123 ns/op"' };
  if (/^benchmark name\s+samples\s+iterations/m.test(body)) return { tool: 'catch2', why: 'a table headed "benchmark name  samples  iterations"' };
  if (/ x [0-9][0-9,.]*\s+\S+\s+(±|\+-)[^%]+% \(\d+ runs? sampled\)/.test(body))
    return { tool: 'benchmarkjs', why: 'lines "name x 1,234 ops/sec ±1.00% (90 runs sampled)"' };
  if (/^SUCCESS:?\s+\S+\s+:\s+[0-9.]+\s*[a-zµμ]+\s+\+\/-/m.test(body)) return { tool: 'benchmarkluau', why: 'lines "SUCCESS: name : 15.0ms +/- 0.6% on luau"' };
  return undefined;
}

function recogniseJson(doc: unknown): Recognised | undefined {
  if (isObject(doc) && doc.format === 'benchgate/results') return { tool: 'benchgate', why: 'format "benchgate/results"' };
  if (looksLikeJulia(doc)) return { tool: 'julia', why: 'a BenchmarkTools version and benchmark groups' };
  if (looksLikeJmh(doc)) return { tool: 'jmh', why: 'entries with "benchmark" and "primaryMetric"' };
  if (Array.isArray(doc) && doc.length > 0 && doc.every((e) => isObject(e) && 'name' in e && 'unit' in e && ('value' in e || 'samples' in e))) {
    return { tool: 'customSmallerIsBetter', why: 'entries with "name", "unit" and "value"' };
  }
  if (!isObject(doc)) return undefined;
  if (looksLikePytest(doc)) return { tool: 'pytest', why: '"machine_info" and "benchmarks" with "stats"' };
  if (looksLikeGoogleBenchmark(doc)) return { tool: 'googlecpp', why: '"context" and "benchmarks"' };
  if (looksLikeBenchmarkDotNet(doc)) return { tool: 'benchmarkdotnet', why: '"Benchmarks" with "FullName" and "Statistics"' };
  if (looksLikeHyperfine(doc)) return { tool: 'hyperfine', why: '"results" with "command" and "times"' };
  if (looksLikeVitest(doc)) return { tool: 'vitest', why: '"files" with "groups" of benchmarks' };
  if (isObject(doc.metrics) && (isObject(doc.root_group) || isObject(doc.state))) {
    const handleSummary = Object.values(doc.metrics).some((m) => isObject(m) && typeof m.type === 'string' && isObject(m.values));
    return handleSummary ? { tool: 'k6-summary', why: 'k6 metrics with "type" and "values"' } : { tool: 'k6', why: 'k6 metrics and "root_group"' };
  }
  if (isObject(doc.latency) && isObject(doc.requests)) return { tool: 'autocannon', why: '"latency" and "requests"' };
  if (isObject(doc.aggregate) && (isObject(doc.aggregate.counters) || isObject(doc.aggregate.summaries) || isObject(doc.aggregate.latency))) {
    return { tool: 'artillery', why: 'an "aggregate" snapshot' };
  }
  return undefined;
}

/** " — this looks like X: pass --tool Y", when the text is recognisably another format than `tool`. */
export function wrongToolHint(text: string, tool: ToolFormat): string {
  const found = recognise(text);
  if (!found || found.tool === tool) return '';
  if (found.tool === 'customSmallerIsBetter') {
    if (tool === 'customBiggerIsBetter') return '';
    return ` — this looks like github-action-benchmark's custom JSON: ${setOption('tool', 'customSmallerIsBetter')} (or customBiggerIsBetter)`;
  }
  return ` — this looks like ${TOOL_DESCRIPTIONS[found.tool]}: ${setOption('tool', found.tool)}`;
}
