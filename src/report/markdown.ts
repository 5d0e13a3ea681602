// The PR comment and job summary: a headline to read in a second, then the rows that matter.
import type { BenchmarkComparison, Comparison, SideSummary, Verdict } from '../compare/types.ts';
import { escapeMarkdown, truncate } from './escape.ts';
import { renderCapacityMarkdown } from './capacity.ts';
import { renderLoadMarkdown } from './load.ts';
import { renderShardsMarkdown } from './shards.ts';
import { formatChange, formatInterval, formatLevel, formatPValue, formatSpread, formatValue, plural } from './format.ts';
import { orderForReport, REPORT_ORDER, VERDICT_LABEL } from './order.ts';
import { decideSentence, reasonGroups } from './reasons.ts';
import { commonShiftSentence, headline, methodSentence, NO_BASELINE_SENTENCE, shortCommit, type Tone } from './summary.ts';

/** GitHub rejects issue and PR comments longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** The default budget: GitHub's limit less room for the hidden marker a sticky comment adds. */
export const DEFAULT_MARKDOWN_LIMIT = GITHUB_COMMENT_LIMIT - 1_024;

// Names and messages are cut before escaping so one hostile name cannot eat the whole comment.
const MAX_NAME = 200;
const MAX_REASON = 160;
const DASH = '—';

export interface MarkdownContext {
  /** Heading of the comment; default "benchgate: <suite>". Plain text, escaped. */
  title?: string;
  /** Head commit to name, when the comparison's run metadata lacks it or a merge commit should be shown instead. */
  headCommit?: string;
  /** Baseline commit to name, likewise. */
  baseCommit?: string;
  /** Link to the workflow run; only http(s) URLs are used. */
  runUrl?: string;
  /** Extra lines from the pipeline, shown under the table. Plain text, escaped. */
  notes?: string[];
  /**
   * Longest result, counted in UTF-8 bytes (never fewer than GitHub's characters).
   * Default DEFAULT_MARKDOWN_LIMIT. Unchanged rows are left out first, then others.
   */
  maxLength?: number;
}

const ICON: Record<Tone, string> = { fail: '❌ ', pass: '✅ ', neutral: '' };

function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function cell(text: string): string {
  return escapeMarkdown(truncate(text, MAX_NAME));
}

function nameCell(b: BenchmarkComparison): string {
  const name = b.group ? `${truncate(b.group, MAX_NAME)} › ${truncate(b.name, MAX_NAME)}` : truncate(b.name, MAX_NAME);
  return escapeMarkdown(name);
}

function sideCell(side: SideSummary | undefined, unit: string): string {
  if (side === undefined) return DASH;
  const shown = formatValue(side.median, unit);
  // Known units come out as plain words and digits; anything else is the untrusted unit showing through.
  const value = /^[0-9A-Za-z .µ/%]*$/u.test(shown) ? shown : escapeMarkdown(shown);
  return Number.isFinite(side.cv) ? `${value} ${formatSpread(side.cv)}` : value;
}

function changeCell(change: number | undefined, ci: readonly [number, number] | undefined): string {
  if (change === undefined) return DASH;
  return ci === undefined ? formatChange(change) : `${formatChange(change)} ${formatInterval(ci)}`;
}

function verdictCell(b: BenchmarkComparison): string {
  const label = VERDICT_LABEL[b.verdict] ?? b.verdict;
  const word = b.verdict === 'regression' || b.verdict === 'error' ? `**${label}**` : label;
  // A failure's message is its own; the undecided share their reasons, said once under the table.
  return b.verdict === 'error' && b.reason ? `${word}: ${escapeMarkdown(truncate(b.reason, MAX_REASON))}` : word;
}

/** The verdicts shown outside the fold: what a person must act on or may want to celebrate. */
const DECIDED: readonly Verdict[] = ['regression', 'improvement', 'error'];

/** The reasons of the folded verdicts, once per kind: "Inconclusive (36, e.g. parse): …". */
function reasonLines(folded: readonly BenchmarkComparison[]): string[] {
  return reasonGroups(folded, REPORT_ORDER).map(({ label, example, count }) => {
    const reason = escapeMarkdown(truncate(example.reason, MAX_REASON));
    return count === 1 ? `${label} (${nameCell(example)}): ${reason}` : `${label} (${count}, e.g. ${nameCell(example)}): ${reason}`;
  });
}

/** The fold's one line: how many, by verdict. */
function foldSummary(folded: readonly BenchmarkComparison[]): string {
  const counts = new Map<Verdict, number>();
  for (const b of folded) counts.set(b.verdict, (counts.get(b.verdict) ?? 0) + 1);
  const words = REPORT_ORDER.filter((v) => counts.has(v)).map((v) => `${counts.get(v)} ${v === 'unchanged' ? 'unchanged' : v}`);
  return `${plural(folded.length, 'other benchmark')}: ${words.join(', ')}`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

interface Table {
  header: string;
  toRow: (b: BenchmarkComparison) => string;
  geomeanRow?: string;
}

function comparisonTable(c: Comparison): Table {
  const change = `change [${formatLevel(c.options.confidence)} CI]`;
  const header = [row(['benchmark', 'baseline', 'current', change, 'p', 'verdict']), row([':--', '--:', '--:', '--:', '--:', ':--'])].join('\n');
  const toRow = (b: BenchmarkComparison): string => {
    const p = b.adjustedP ?? b.pValue;
    return row([
      nameCell(b),
      sideCell(b.baseline, b.unit),
      sideCell(b.head, b.unit),
      changeCell(b.change, b.ci),
      p === undefined ? '' : formatPValue(p),
      verdictCell(b),
    ]);
  };
  const g = c.geomean;
  const geomeanRow = g === undefined ? undefined : row([`*geomean* of ${plural(g.n, 'benchmark')}`, '', '', changeCell(g.change, g.ci), '', '']);
  return geomeanRow === undefined ? { header, toRow } : { header, toRow, geomeanRow };
}

function firstRunTable(): Table {
  const header = [row(['benchmark', 'current', 'verdict']), row([':--', '--:', ':--'])].join('\n');
  const toRow = (b: BenchmarkComparison): string => row([nameCell(b), sideCell(b.head, b.unit), verdictCell(b)]);
  return { header, toRow };
}

function commitPhrase(commit: string | undefined, branch: string | undefined): string {
  const parts: string[] = [];
  if (commit) parts.push(escapeMarkdown(shortCommit(commit)));
  if (branch) parts.push(parts.length > 0 ? `(${escapeMarkdown(branch)})` : escapeMarkdown(branch));
  return parts.join(' ');
}

function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    // Parentheses and spaces would end a markdown link destination early.
    return parsed.href.replace(/[()\s<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  } catch {
    return undefined;
  }
}

function footer(c: Comparison, ctx: MarkdownContext): string[] {
  const head = commitPhrase(ctx.headCommit ?? c.head.commit, c.head.branch);
  const lines: string[] = [];
  if (c.baseline !== undefined) {
    const base = commitPhrase(ctx.baseCommit ?? c.baseline.commit, c.baseline.branch);
    const pair = head && base ? `Compared ${head} with baseline ${base}. ` : '';
    lines.push(`${pair}${methodSentence(c)}.`);
  } else if (head) {
    lines.push(`Measured ${head}.`);
  }
  const url = safeUrl(ctx.runUrl);
  if (url !== undefined) lines.push(`[Workflow run](${url})`);
  return lines.length > 0 ? [`<sub>${lines.join(' ')}</sub>`] : [];
}

function leftOut(count: number, what: string): string {
  return `_${plural(count, what)} left out to keep within GitHub's comment size limit._`;
}

interface Sections {
  top: string[];
  table: Table;
  main: string[];
  /** Rows folded in <details>: everything not decided either way, unchanged included. */
  folded: string[];
  foldSummary: string;
  /** Under the fold: each kind of reason once, and what would decide the undecided. */
  reasons: string[];
  bottom: string[];
}

function assemble(s: Sections, keepMain: number, keepFolded: number): string {
  const blocks: string[] = [...s.top];
  const mainRows = s.main.slice(0, keepMain);
  if (mainRows.length > 0 || s.table.geomeanRow !== undefined) {
    const rows = s.table.geomeanRow === undefined ? mainRows : [...mainRows, s.table.geomeanRow];
    blocks.push([s.table.header, ...rows].join('\n'));
  }
  if (keepMain < s.main.length) blocks.push(leftOut(s.main.length - keepMain, 'row'));
  if (s.folded.length > 0) {
    const inner: string[] = [`<details><summary>${s.foldSummary}</summary>`];
    if (keepFolded > 0) inner.push([s.table.header, ...s.folded.slice(0, keepFolded)].join('\n'));
    if (keepFolded < s.folded.length) inner.push(leftOut(s.folded.length - keepFolded, 'other row'));
    inner.push('</details>');
    blocks.push(inner.join('\n\n'));
  }
  blocks.push(...s.reasons);
  blocks.push(...s.bottom);
  return `${blocks.join('\n\n')}\n`;
}

/** The largest n in [0, max] for which fits(n) holds, given fits is true up to some n and false after. */
function largestFitting(max: number, fits: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A comparison as GitHub-flavoured markdown for a PR comment or job summary, to read in five
 * seconds: a one-line verdict with counts; a table of regressions, improvements and failures (the
 * worst first) with change and interval; everything else folded under one line of counts; each kind
 * of reason for the undecided once, and what would decide them; the geometric mean, and how the
 * verdicts were reached.
 * Every name, branch, message and note is escaped; the result stays within `ctx.maxLength`.
 */
export function renderMarkdown(c: Comparison, ctx: MarkdownContext = {}): string {
  const limit = ctx.maxLength ?? DEFAULT_MARKDOWN_LIMIT;
  const head = headline(c);
  const title = ctx.title ?? `benchgate: ${c.suite}`;
  const top = [`### ${cell(title)}`, `${ICON[head.tone]}**${head.verdict}**: ${head.detail}`];
  if (c.baseline === undefined) top.push(NO_BASELINE_SENTENCE);
  if (c.benchmarks.length === 0) top.push('This run has no benchmarks.');

  const bottom: string[] = [];
  const load = renderLoadMarkdown(c.scenarios);
  if (load !== '') bottom.push(load);
  const capacity = renderCapacityMarkdown(c.scenarios);
  if (capacity !== '') bottom.push(capacity);
  const shards = renderShardsMarkdown(c);
  if (shards !== '') bottom.push(shards);
  const shift = commonShiftSentence(c);
  if (shift !== undefined) bottom.push(`**Note:** ${shift}`);
  for (const note of ctx.notes ?? []) bottom.push(escapeMarkdown(truncate(note, 1_000)));
  bottom.push(...footer(c, ctx));

  const table = c.baseline === undefined ? firstRunTable() : comparisonTable(c);
  const ordered = orderForReport(c.benchmarks);
  // Without a baseline nothing is decided either way: every row is the table.
  const isMain = (b: BenchmarkComparison) => c.baseline === undefined || DECIDED.includes(b.verdict);
  const folded = ordered.filter((b) => !isMain(b));
  const decide = decideSentence(c, (text) => `\`${text}\``);
  const sections: Sections = {
    top,
    table,
    main: ordered.filter(isMain).map(table.toRow),
    folded: folded.map(table.toRow),
    foldSummary: foldSummary(folded),
    reasons: [...reasonLines(folded), ...(decide ? [decide] : [])],
    bottom,
  };

  const fits = (keepMain: number, keepUnchanged: number): boolean => utf8Length(assemble(sections, keepMain, keepUnchanged)) <= limit;
  const allMain = sections.main.length;
  if (fits(allMain, 0)) {
    return assemble(
      sections,
      allMain,
      largestFitting(sections.folded.length, (n) => fits(allMain, n)),
    );
  }
  // Even without unchanged rows it is too long: keep the first rows of the table, which are
  // the regressions, and say how many more there were.
  return assemble(
    sections,
    largestFitting(allMain, (n) => fits(n, 0)),
    0,
  );
}
