// One run's results as terminal text, before anything is compared: what `benchgate run` prints.
import type { BenchmarkResult, RunResult } from '../results/model.ts';
import { renderCapacityTerminal } from './capacity.ts';
import { sanitizeTerminal, truncate } from './escape.ts';
import { formatSpread, formatValue, plural } from './format.ts';
import { COUNTS_MISS, processSpread } from './instructions.ts';
import { renderLoadTerminal } from './load.ts';
import { median } from '../stats/descriptive.ts';
import { shortCommit } from './summary.ts';
import { displayWidth } from './terminal.ts';

const MAX_NAME = 80;
const MAX_ERROR = 120;

// The summary in the file is never trusted (see model.ts), so the numbers come from the samples.
function describeSamples(samples: readonly number[]): { n: number; median: number; cv: number } {
  const n = samples.length;
  const mean = samples.reduce((sum, x) => sum + x, 0) / n;
  const variance = n > 1 ? samples.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1) : 0;
  return { n, median: n > 0 ? median(samples) : Number.NaN, cv: mean !== 0 ? Math.sqrt(variance) / Math.abs(mean) : Number.NaN };
}

function cells(b: BenchmarkResult, counted: boolean): [string, string, string, string] {
  const name = truncate(sanitizeTerminal(b.group ? `${b.group} > ${b.name}` : b.name), MAX_NAME);
  if (b.error !== undefined) return [name, '', '', `error: ${truncate(sanitizeTerminal(b.error), MAX_ERROR)}`];
  if (b.samples.length === 0) return [name, '', '', 'no samples'];
  const s = describeSamples(b.samples);
  // Counts repeat to parts per million, which ±0.0% would hide: show how far the processes are apart.
  const apart = counted ? processSpread(b) : undefined;
  const spread = apart !== undefined ? formatApart(apart) : Number.isFinite(s.cv) ? formatSpread(s.cv) : '';
  return [name, sanitizeTerminal(formatValue(s.median, b.unit)), spread, `n=${s.n}`];
}

function formatApart(spread: number): string {
  return spread === 0 ? 'same' : `${Number((spread * 100).toPrecision(2))}% apart`;
}

/** What a run of counted instructions is, how far its processes agreed, and what counts miss. */
function countedLines(result: RunResult): string[] {
  const spreads = result.benchmarks.flatMap((b) => {
    const spread = b.error === undefined ? processSpread(b) : undefined;
    return spread === undefined ? [] : [{ name: b.name, spread }];
  });
  const processes = Math.max(0, ...result.benchmarks.flatMap((b) => b.processes ?? [])) + 1;
  const lines = [
    `Instructions per operation, counted under valgrind on Node ${result.run.env.node}: one batch per benchmark in each of ${plural(processes, 'process', 'processes')}.`,
  ];
  if (spreads.length > 0) {
    const same = spreads.filter((s) => s.spread === 0).length;
    const widest = spreads.reduce((a, b) => (b.spread > a.spread ? b : a));
    lines.push(
      same === spreads.length
        ? `The processes agree exactly on all ${plural(spreads.length, 'benchmark')}.`
        : `The processes agree exactly on ${same} of ${plural(spreads.length, 'benchmark')}; the widest spread is ${Number((widest.spread * 100).toPrecision(2))}% (${truncate(widest.name, MAX_NAME)}).`,
    );
  }
  lines.push(COUNTS_MISS);
  return lines.map(sanitizeTerminal);
}

/**
 * A run's benchmarks as an aligned table of medians, within-run spread and sample counts,
 * under a line naming the suite and commit; then its load scenarios, with their thresholds
 * (a broken one listed), and what stress, memory and soak scenarios found (a leak, a breaking
 * point). Names and error messages are sanitized.
 */
export function renderRunSummary(result: RunResult): string {
  const where = [result.run.commit ? shortCommit(result.run.commit) : '', result.run.branch ? `(${result.run.branch})` : '']
    .filter((part) => part !== '')
    .join(' ');
  const failed = result.benchmarks.filter((b) => b.error !== undefined).length;
  const counted = `${plural(result.benchmarks.length - failed, 'benchmark')} measured${failed > 0 ? `, ${failed} failed` : ''}`;
  const lines = [sanitizeTerminal(`${result.suite}${where ? ` at ${where}` : ''}: ${counted}`)];
  const instructions = result.run.measure === 'instructions';
  if (instructions) lines.push(...countedLines(result));
  if (result.benchmarks.length > 0) {
    const rows = [['benchmark', 'median', 'spread', 'samples'] as const, ...result.benchmarks.map((b) => cells(b, instructions))];
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
    lines.push('');
    for (const [name, value, spread, note] of rows) {
      const pad = (text: string, width: number | undefined): string => ' '.repeat(Math.max(0, (width ?? 0) - displayWidth(text)));
      lines.push(`${name}${pad(name, widths[0])}  ${pad(value, widths[1])}${value}  ${pad(spread, widths[2])}${spread}  ${note}`.trimEnd());
    }
  }
  for (const section of [renderLoadTerminal(result.scenarios), renderCapacityTerminal(result.scenarios)]) {
    if (section !== '') lines.push('', section);
  }
  return `${lines.join('\n')}\n`;
}
