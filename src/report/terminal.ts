// The comparison as an aligned plain-text table for a terminal or a log, in benchstat's spirit.
import type { BenchmarkComparison, Comparison, SideSummary, Verdict } from '../compare/types.ts';
import { sanitizeTerminal, truncate } from './escape.ts';
import { formatChange, formatInterval, formatLevel, formatPValue, formatSpread, formatValue, plural } from './format.ts';
import { renderCapacityTerminal } from './capacity.ts';
import { renderLoadTerminal } from './load.ts';
import { renderShardsTerminal } from './shards.ts';
import { orderForReport, VERDICT_LABEL } from './order.ts';
import { decideSentence, reasonGroups } from './reasons.ts';
import { commonShiftSentence, headline, methodSentence, NO_BASELINE_SENTENCE, shortCommit } from './summary.ts';

export interface TerminalOptions {
  /** ANSI colours for verdicts and changes. Default off; see `wantsColor`. */
  color?: boolean;
}

const MAX_NAME = 80;
const MAX_REASON = 120;
const DASH = '-';

const RESET = '\u001B[0m';
const VERDICT_COLOR: Record<Verdict, string> = {
  regression: '\u001B[31m',
  improvement: '\u001B[32m',
  error: '\u001B[1;31m',
  inconclusive: '\u001B[33m',
  new: '\u001B[36m',
  missing: '\u001B[36m',
  unchanged: '\u001B[2m',
  'small-change': '\u001B[2m',
};
const BOLD = '\u001B[1m';

/**
 * Whether to colour output for a stream: never with NO_COLOR set (no-color.org), always with
 * FORCE_COLOR set to anything but "0", otherwise only on a TTY.
 */
export function wantsColor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return stream.isTTY === true;
}

// Combining marks take no column; East Asian wide characters and emoji take two.
const ZERO_WIDTH = /[\p{M}\u200B-\u200D\u2060\uFEFF]/u;
const DOUBLE_WIDTH =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;

/** Columns `text` takes in a terminal (a close estimate: terminals disagree on some emoji). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ZERO_WIDTH.test(ch)) continue;
    width += DOUBLE_WIDTH.test(ch) ? 2 : 1;
  }
  return width;
}

interface Cell {
  text: string;
  align: 'left' | 'right';
  color?: string;
}

function side(s: SideSummary | undefined, unit: string): string {
  if (s === undefined) return DASH;
  const value = sanitizeTerminal(formatValue(s.median, unit));
  return Number.isFinite(s.cv) ? `${value} ${formatSpread(s.cv)}` : value;
}

function nameOf(b: BenchmarkComparison): string {
  const name = truncate(sanitizeTerminal(b.name), MAX_NAME);
  return b.group ? `${truncate(sanitizeTerminal(b.group), MAX_NAME)} > ${name}` : name;
}

function verdictText(b: BenchmarkComparison): string {
  const label = VERDICT_LABEL[b.verdict] ?? sanitizeTerminal(b.verdict);
  // A failure's message is its own; the undecided share their reasons, said once under the table.
  return b.verdict === 'error' && b.reason ? `${label}: ${truncate(sanitizeTerminal(b.reason), MAX_REASON)}` : label;
}

function pad(cell: Cell, width: number, color: boolean): string {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(cell.text)));
  const text = color && cell.color && cell.text !== '' ? `${cell.color}${cell.text}${RESET}` : cell.text;
  return cell.align === 'left' ? `${text}${gap}` : `${gap}${text}`;
}

function layout(rows: readonly Cell[][], color: boolean): string[] {
  const widths: number[] = [];
  for (const cells of rows) {
    cells.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell.text));
    });
  }
  return rows.map((cells) => {
    const last = cells.length - 1;
    // The last column is left-aligned free text; padding it would only leave trailing spaces.
    return cells
      .map((cell, i) => (i === last && cell.align === 'left' ? pad(cell, 0, color) : pad(cell, widths[i] ?? 0, color)))
      .join('  ')
      .trimEnd();
  });
}

function commitPhrase(commit: string | undefined, branch: string | undefined): string {
  const parts: string[] = [];
  if (commit) parts.push(sanitizeTerminal(shortCommit(commit)));
  if (branch) parts.push(parts.length > 0 ? `(${sanitizeTerminal(branch)})` : sanitizeTerminal(branch));
  return parts.join(' ');
}

/**
 * A comparison as an aligned text table: one row per benchmark, regressions first, then the
 * geometric mean; under it each kind of reason for the undecided once and what would decide them,
 * the counts and how the verdicts were reached. Names and messages are
 * stripped of control characters and escape sequences; colours only when `opts.color`.
 */
export function renderTerminal(c: Comparison, opts: TerminalOptions = {}): string {
  const color = opts.color === true;
  const paint = (text: string, code: string): string => (color ? `${code}${text}${RESET}` : text);
  const head = headline(c);
  const lines: string[] = [];

  const headCommit = commitPhrase(c.head.commit, c.head.branch);
  let title = sanitizeTerminal(c.suite);
  if (c.baseline !== undefined) {
    const base = commitPhrase(c.baseline.commit, c.baseline.branch);
    if (headCommit && base) title += `: ${headCommit} vs baseline ${base}`;
  } else if (headCommit) {
    title += `: ${headCommit}`;
  }
  lines.push(title);
  const toneColor = head.tone === 'fail' ? VERDICT_COLOR.regression : head.tone === 'pass' ? VERDICT_COLOR.improvement : '';
  lines.push(`${paint(head.verdict, `${BOLD}${toneColor}`)}: ${head.detail}`);
  if (c.baseline === undefined) lines.push(NO_BASELINE_SENTENCE);
  lines.push('');

  const ordered = orderForReport(c.benchmarks);
  const rows: Cell[][] = [];
  if (c.baseline === undefined) {
    rows.push([
      { text: 'benchmark', align: 'left' },
      { text: 'current', align: 'right' },
      { text: 'verdict', align: 'left' },
    ]);
    for (const b of ordered) {
      rows.push([
        { text: nameOf(b), align: 'left' },
        { text: side(b.head, b.unit), align: 'right' },
        { text: verdictText(b), align: 'left', color: VERDICT_COLOR[b.verdict] },
      ]);
    }
  } else {
    rows.push([
      { text: 'benchmark', align: 'left' },
      { text: 'baseline', align: 'right' },
      { text: 'current', align: 'right' },
      { text: 'change', align: 'right' },
      { text: `${formatLevel(c.options.confidence)} CI`, align: 'left' },
      { text: 'p', align: 'right' },
      { text: 'verdict', align: 'left' },
    ]);
    for (const b of ordered) {
      const p = b.adjustedP ?? b.pValue;
      const tint = VERDICT_COLOR[b.verdict];
      rows.push([
        { text: nameOf(b), align: 'left' },
        { text: side(b.baseline, b.unit), align: 'right' },
        { text: side(b.head, b.unit), align: 'right' },
        { text: b.change === undefined ? DASH : formatChange(b.change), align: 'right', color: tint },
        { text: b.ci === undefined ? '' : formatInterval(b.ci), align: 'left' },
        { text: p === undefined ? '' : formatPValue(p), align: 'right' },
        { text: verdictText(b), align: 'left', color: tint },
      ]);
    }
    if (c.geomean !== undefined) {
      const g = c.geomean;
      rows.push([
        { text: `geomean of ${plural(g.n, 'benchmark')}`, align: 'left' },
        { text: '', align: 'right' },
        { text: '', align: 'right' },
        { text: formatChange(g.change), align: 'right' },
        { text: g.ci === undefined ? '' : formatInterval(g.ci), align: 'left' },
        { text: '', align: 'right' },
        { text: '', align: 'left' },
      ]);
    }
  }
  if (c.benchmarks.length === 0) lines.push('This run has no benchmarks.');
  else lines.push(...layout(rows, color));
  const load = renderLoadTerminal(c.scenarios);
  if (load !== '') lines.push('', load);
  const capacity = renderCapacityTerminal(c.scenarios);
  if (capacity !== '') lines.push('', capacity);
  const shards = renderShardsTerminal(c);
  if (shards !== '') lines.push('', shards);

  const reasons = reasonGroups(ordered, ['inconclusive', 'new', 'missing']).map(({ label, example, count }) => {
    const reason = truncate(sanitizeTerminal(example.reason), MAX_REASON);
    return count === 1 ? `${label} (${nameOf(example)}): ${reason}` : `${label} (${count}, e.g. ${nameOf(example)}): ${reason}`;
  });
  const decide = decideSentence(c);
  if (reasons.length > 0 || decide) lines.push('', ...reasons, ...(decide ? [decide] : []));

  const shift = commonShiftSentence(c);
  const notes: string[] = [];
  if (shift !== undefined) notes.push(`Note: ${shift}`);
  if (c.baseline !== undefined) notes.push(`${methodSentence(c)}.`);
  if (notes.length > 0) lines.push('', ...notes);
  return `${lines.join('\n')}\n`;
}
