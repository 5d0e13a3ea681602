// The load scenarios' section of a report: how each scenario ran, which thresholds broke, and
// what its figures are (closed-model latency is labelled for what it is).
import { describeFaultsBlock } from '../load/faults/describe.ts';
import type { ScenarioResult } from '../results/model.ts';
import { brokenThresholds, type BrokenThreshold } from '../results/scenarios.ts';
import { escapeMarkdown, sanitizeTerminal, truncate } from './escape.ts';
import { formatValue, plural } from './format.ts';

const MAX_NAME = 120;
const MAX_MESSAGE = 300;
/** More scenarios than this and the rest are counted, not listed. */
const MAX_ROWS = 50;
const DASH = '—';

export const CLOSED_MODEL_NOTE =
  'closed model: latency counts from each iteration’s actual start, so while the target stalls the virtual users wait and the stall shows in few samples. An arrival-rate executor shows the wait it causes.';

/** "open · 1.00k/s" or "closed · 100 VUs": what kind of load, in a few words. */
function loadCell(s: ScenarioResult): string {
  const model = s.model === 'open' ? 'open' : 'closed';
  return s.maxConcurrency !== undefined && s.model === 'closed' ? `${model} · ${plural(s.maxConcurrency, 'VU')}` : model;
}

function ms(value: number | undefined): string {
  return value === undefined ? DASH : formatValue(value, 'ms');
}

function errorsCell(s: ScenarioResult): string {
  if (s.iterations === 0) return DASH;
  const rate = s.errors.rate * 100;
  return `${rate === 0 ? '0' : rate < 0.01 ? '<0.01' : Number(rate.toPrecision(2))}%`;
}

function thresholdsCell(s: ScenarioResult, icons: boolean): string {
  if (s.thresholds.length === 0) return DASH;
  const passed = s.thresholds.filter((t) => t.passed).length;
  const all = passed === s.thresholds.length;
  const mark = icons ? (all ? '✅ ' : '❌ ') : all ? '' : 'BROKEN ';
  return `${mark}${passed} of ${s.thresholds.length} held`;
}

function observedText(b: BrokenThreshold): string {
  const { threshold } = b;
  if (threshold.observed === undefined) return 'nothing to measure (no iteration ended)';
  const unit = threshold.metric === 'latency' || threshold.metric === 'lag' ? 'ms' : threshold.metric === 'heap' ? 'bytes' : '';
  return `observed ${unit ? formatValue(threshold.observed, unit) : String(threshold.observed)}`;
}

interface Figures {
  load: string;
  iterations: string;
  throughput: string;
  p50: string;
  p95: string;
  p99: string;
  errors: string;
  dropped: string;
  lag: string;
}

function figures(s: ScenarioResult): Figures {
  const failed = s.error !== undefined;
  return {
    load: loadCell(s),
    iterations: failed ? DASH : String(s.iterations),
    throughput: failed ? DASH : formatValue(s.throughput, 'ops/s'),
    p50: ms(s.latency?.p50),
    p95: ms(s.latency?.p95),
    p99: ms(s.latency?.p99),
    errors: failed ? DASH : errorsCell(s),
    dropped: failed ? DASH : String(s.dropped),
    lag: s.schedulerLag ? ms(s.schedulerLag.p99) : DASH,
  };
}

/** Notes under the table: failures, early stops, closed-model figures. Plain text, not yet escaped. */
function notes(scenarios: readonly ScenarioResult[]): string[] {
  const lines: string[] = [];
  for (const s of scenarios) {
    const name = truncate(s.name, MAX_NAME);
    if (s.error !== undefined) lines.push(`${name} failed: ${truncate(s.error, MAX_MESSAGE)}`);
    if (s.aborted !== undefined) lines.push(`${name} stopped early: ${truncate(s.aborted, MAX_MESSAGE)}`);
  }
  const closed = scenarios.filter((s) => s.model === 'closed' && s.error === undefined);
  if (closed.length > 0) {
    const who = closed.length === scenarios.length ? 'All scenarios here' : closed.map((s) => truncate(s.name, MAX_NAME)).join(', ');
    lines.push(`${who}: ${CLOSED_MODEL_NOTE}`);
  }
  return lines;
}

/** The markdown section for the scenarios, or '' when there are none. */
export function renderLoadMarkdown(scenarios: readonly ScenarioResult[] | undefined): string {
  if (!scenarios || scenarios.length === 0) return '';
  const blocks: string[] = ['#### Load scenarios'];
  const broken = brokenThresholds(scenarios);
  if (broken.length > 0) {
    const items = broken.slice(0, MAX_ROWS).map((b) => {
      const what = escapeMarkdown(`${truncate(b.scenario, MAX_NAME)}: ${b.threshold.metric} ${truncate(b.threshold.expression, MAX_NAME)}`);
      return `- ❌ **${what}** — ${observedText(b)}`;
    });
    if (broken.length > MAX_ROWS) items.push(`- _and ${broken.length - MAX_ROWS} more_`);
    blocks.push(`**${plural(broken.length, 'broken threshold')}:**\n${items.join('\n')}`);
  }
  const header =
    '| scenario | load | iterations | throughput | p50 | p95 | p99 | errors | dropped | lag p99 | thresholds |\n| :-- | :-- | --: | --: | --: | --: | --: | --: | --: | --: | :-- |';
  const rows = scenarios.slice(0, MAX_ROWS).map((s) => {
    const f = figures(s);
    const name = escapeMarkdown(truncate(s.group ? `${s.group} › ${s.name}` : s.name, MAX_NAME));
    const cells = [name, f.load, f.iterations, f.throughput, f.p50, f.p95, f.p99, f.errors, f.dropped, f.lag, thresholdsCell(s, true)];
    return `| ${cells.join(' | ')} |`;
  });
  blocks.push([header, ...rows].join('\n'));
  if (scenarios.length > MAX_ROWS) blocks.push(`_${plural(scenarios.length - MAX_ROWS, 'more scenario')} not shown._`);
  const faults = faultLines(scenarios);
  if (faults.length > 0) blocks.push(`**Network faults:**\n${faults.map(([name, line]) => `- ${escapeMarkdown(`${name}: ${line}`)}`).join('\n')}`);
  const notesText = notes(scenarios);
  if (notesText.length > 0) blocks.push(notesText.map((n) => `<sub>${escapeMarkdown(n)}</sub>`).join('<br>\n'));
  return blocks.join('\n\n');
}

/** The terminal section for the scenarios, or '' when there are none. */
export function renderLoadTerminal(scenarios: readonly ScenarioResult[] | undefined): string {
  if (!scenarios || scenarios.length === 0) return '';
  const lines: string[] = ['Load scenarios'];
  const table: string[][] = [['scenario', 'load', 'iterations', 'throughput', 'p50', 'p95', 'p99', 'errors', 'dropped', 'lag p99', 'thresholds']];
  for (const s of scenarios) {
    const f = figures(s);
    const name = sanitizeTerminal(truncate(s.name, MAX_NAME));
    table.push(
      [name, f.load, f.iterations, f.throughput, f.p50, f.p95, f.p99, f.errors, f.dropped, f.lag, thresholdsCell(s, false)].map((c) => c.replace(DASH, '-')),
    );
  }
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => Array.from(row[i] ?? '').length)));
  for (const row of table) {
    lines.push(
      row
        .map((cell, i) => {
          const gap = ' '.repeat(Math.max(0, widths[i]! - Array.from(cell).length));
          return i === 0 || i === 1 || i === row.length - 1 ? cell + gap : gap + cell;
        })
        .join('  ')
        .trimEnd(),
    );
  }
  const broken = brokenThresholds(scenarios);
  if (broken.length > 0) {
    lines.push('', `${plural(broken.length, 'broken threshold')}:`);
    for (const b of broken) {
      lines.push(
        `  x ${sanitizeTerminal(truncate(b.scenario, MAX_NAME))}: ${sanitizeTerminal(b.threshold.metric)} ${sanitizeTerminal(truncate(b.threshold.expression, MAX_NAME))} (${observedText(b)})`,
      );
    }
  }
  const notesText = notes(scenarios);
  if (notesText.length > 0) lines.push('', ...notesText.map((n) => `Note: ${sanitizeTerminal(n)}`));
  for (const [name, line] of faultLines(scenarios)) lines.push(sanitizeTerminal(`fault · ${name}: ${line}`));
  return lines.join('\n');
}

/** One line per injected fault and scenario: what it did, and how long recovery took. */
function faultLines(scenarios: readonly ScenarioResult[]): Array<[string, string]> {
  return scenarios.flatMap((s) => (s.faults ? describeFaultsBlock(s.faults).map((line): [string, string] => [truncate(s.name, MAX_NAME), line]) : []));
}
