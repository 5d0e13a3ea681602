// `benchgate history` output: each benchmark's series summary and its change points, as
// terminal text or JSON; and the lines the PR comment adds for benchmarks that changed lately.
import type { HistoryChangePoint, SeriesSummary } from '../history/summary.ts';
import { sanitizeTerminal, truncate } from './escape.ts';
import { formatChange, formatPValue, formatValue, plural } from './format.ts';
import { shortCommit } from './summary.ts';

export interface SuiteHistoryReport {
  suite: string;
  branch: string;
  /** Runs of the branch in the history. */
  runs: number;
  from?: string;
  to?: string;
  benchmarks: SeriesSummary[];
}

const MAX_NAME = 120;

/** JSON of `benchgate history` (docs/history.md describes it). */
export function historyJson(reports: readonly SuiteHistoryReport[]): unknown {
  return {
    format: 'benchgate/history-report',
    version: 1,
    suites: reports.map((r) => ({
      suite: r.suite,
      branch: r.branch,
      runs: r.runs,
      ...(r.from !== undefined ? { from: r.from, to: r.to } : {}),
      benchmarks: r.benchmarks.map((b) => ({
        name: b.name,
        unit: b.unit,
        direction: b.direction,
        runs: b.runs,
        failures: b.failures,
        latest: b.latest === undefined ? null : { value: b.latest.value, commit: b.latest.run.commit ?? null, time: b.latest.run.time },
        trend: b.trend ?? null,
        changePoints: b.changePoints.map((c) => ({
          commit: c.run.commit ?? null,
          index: c.index,
          before: c.before,
          after: c.after,
          change: finiteOrNull(c.change),
          pValue: c.pValue,
          time: c.run.time,
          runsAgo: c.runsAgo,
          verdict: c.verdict,
        })),
      })),
    })),
  };
}

/** Plain text of `benchgate history`; every name and commit from the store is sanitised. */
export function historyTerminal(reports: readonly SuiteHistoryReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    const span = r.from !== undefined ? ` (${day(r.from)} to ${day(r.to!)})` : '';
    out.push(`benchgate history: suite ${text(r.suite)}, branch ${text(r.branch)}, ${plural(r.runs, 'run')}${span}`, '');
    if (r.benchmarks.length === 0) out.push('  No benchmark has a value on this branch.', '');
    for (const b of r.benchmarks) {
      out.push(`${text(b.name)}  (${text(b.unit)}, ${b.direction} is better)`);
      if (b.latest !== undefined) {
        out.push(`  latest   ${formatValue(b.latest.value, b.unit)} at ${commitOf(b.latest.run.commit)} (${day(b.latest.run.time)}); ${plural(b.runs, 'run')}`);
      }
      if (b.failures > 0) out.push(`  failed   in ${plural(b.failures, 'run')}`);
      if (b.trend !== undefined) {
        const t = b.trend;
        const word = t.verdict === 'flat' ? 'flat' : `${t.verdict === 'regression' ? 'worsening' : 'improving'}`;
        out.push(`  trend    ${word} over the last ${plural(t.runs, 'run')}: ${formatChange(t.change)} (Mann–Kendall p ${formatPValue(t.pValue)})`);
      }
      if (b.changePoints.length === 0) {
        out.push('  changes  none found');
      } else {
        out.push(`  changes  ${b.changePoints.length}:`);
        for (const c of b.changePoints) {
          out.push(
            `    ${commitOf(c.run.commit).padEnd(12)} ${day(c.run.time)}  ${plural(c.runsAgo, 'run').padStart(10)} ago  ${formatValue(c.before, b.unit)} → ${formatValue(c.after, b.unit)}  ${formatChange(c.change).padStart(7)}  ${c.verdict}  p ${formatPValue(c.pValue)}`,
          );
        }
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * For the PR comment's notes (MarkdownContext.notes, plain text that renderMarkdown escapes):
 * one line per benchmark whose history changed lately, e.g. "parse small changed at commit
 * 3f2a9c1d8e7b, 12 runs ago: 100 → 117 ns/op (+17.0%, a regression)".
 */
export function historyNotes(changes: Iterable<HistoryChangePoint & { name: string; unit: string }>): string[] {
  return [...changes].map(
    (c) =>
      `${truncate(c.name, MAX_NAME)} changed at commit ${commitOf(c.run.commit)}, ${plural(c.runsAgo, 'run')} ago: ${formatValue(c.before, c.unit)} → ${formatValue(c.after, c.unit)} (${formatChange(c.change)}, ${c.verdict === 'regression' ? 'a regression' : 'an improvement'}).`,
  );
}

function text(value: string): string {
  return sanitizeTerminal(truncate(value, MAX_NAME));
}

function commitOf(commit: string | undefined): string {
  return commit === undefined ? 'no commit' : text(shortCommit(commit));
}

function day(time: string): string {
  return time.slice(0, 10);
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
