// The PR comment as GitHub shows it: rendered by cmark-gfm (GitHub's own markdown parser), a
// 40-benchmark suite with one regression reads in five seconds. The regression is in the visible
// table; the other 39 are folded in <details>; their reasons are said once, not per row; a hostile
// name stays text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { compare } from '../../src/compare/compare.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from '../../src/results/model.ts';
import { seededRandom as seeded } from '../../src/stats/random.ts';

const cmark = spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' });
const skip = cmark.status === 0 ? false : 'cmark-gfm is not installed';

const HOSTILE = 'parse <b>bold</b> | @team';

/** 40 benchmarks with ±2% samples and no history; `bench-7` is 50% slower in head. */
function suite(id: string, slowdown: number, next: () => number): RunResult {
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: 'demo',
    run: {
      id,
      time: '2026-11-01T00:00:00Z',
      tool: 'benchgate',
      commit: id.repeat(40).slice(0, 40),
      env: { node: 'v24', os: 'linux', arch: 'x64', cpu: 'x', cores: 2 },
    },
    benchmarks: Array.from({ length: 40 }, (_, i) => ({
      name: i === 0 ? HOSTILE : `bench-${i}`,
      unit: 'ns/op',
      direction: 'smaller' as const,
      samples: Array.from({ length: 10 }, () => (1000 + 50 * i) * (i === 7 ? 1 + slowdown : 1) * (1 + 0.04 * (next() - 0.5))),
    })),
  };
}

function render(markdown: string): string {
  // --unsafe keeps <details> and <summary>, which GitHub allows; anything escaped must stay text.
  const out = spawnSync('cmark-gfm', ['--unsafe', '--extension', 'table', '--extension', 'autolink'], { input: markdown, encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  return out.stdout;
}

/** The text of each <td> row of each <table>, in order. */
function tableRows(html: string): string[][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, table]) =>
    [...table!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => row!).filter((row) => row.includes('<td')),
  );
}

describe('the comment of a 40-benchmark suite with one regression, rendered by cmark-gfm', { skip }, () => {
  const next = seeded(11);
  const comparison = compare(suite('b', 0.5, next), suite('a', 0, next), []);
  const markdown = renderMarkdown(comparison);
  const html = render(markdown);
  const open = html.indexOf('<details>');
  const close = html.indexOf('</details>');
  const others = comparison.benchmarks.filter((b) => b.verdict !== 'regression');

  it('is a comparison with exactly one regression', () => {
    assert.equal(comparison.counts.regression, 1);
    assert.equal(comparison.benchmarks.find((b) => b.verdict === 'regression')?.name, 'bench-7');
  });

  it('shows the regression, with its change and interval, in the one table outside <details>', () => {
    assert.ok(open > 0 && close > open, html);
    const visible = tableRows(html.slice(0, open));
    assert.equal(visible.length, 1, 'one visible table');
    const rows = visible[0]!.filter((row) => !row.includes('geomean'));
    assert.equal(rows.length, 1);
    assert.match(rows[0]!, /bench-7/);
    assert.match(rows[0]!, /\+\d+\.\d% \[\+\d+\.\d%, \+\d+\.\d%\]/);
    assert.match(rows[0]!, /<strong>regression<\/strong>/);
  });

  it('folds the 39 others inside <details>, under one line of counts', () => {
    const summary = /<summary>([^<]*)<\/summary>/.exec(html)?.[1] ?? '';
    assert.match(summary, /^39 other benchmarks: /);
    const folded = tableRows(html.slice(open, close));
    assert.equal(folded.length, 1);
    assert.equal(folded[0]!.length, 39);
    assert.ok(!folded[0]!.some((row) => row.includes('bench-7<')));
  });

  it('says each reason once, below the table, and never in a verdict cell', () => {
    const cells = [...html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell]) => cell!);
    for (const b of others) {
      assert.ok(!cells.some((cell) => cell.length > 30 && b.reason.startsWith(cell)), `reason of ${b.name} in a cell`);
      assert.ok(!cells.some((cell) => cell.includes(b.reason.slice(0, 25))), `reason of ${b.name} in a cell`);
    }
    const undecided = others.filter((b) => b.verdict === 'inconclusive');
    if (undecided.length > 0) {
      const after = html.slice(close);
      assert.equal(after.match(/Inconclusive \(/g)?.length ?? 0, new Set(undecided.map((b) => b.reason.split(/[:(;]/)[0])).size);
      assert.match(after, /To decide the \d+ inconclusive ones/);
    }
  });

  it('fits on one screen outside the fold', () => {
    const outside = markdown.slice(0, markdown.indexOf('<details>')) + markdown.slice(markdown.indexOf('</details>'));
    const lines = outside.split('\n').filter((line) => line.trim() !== '');
    assert.ok(lines.length <= 15, `${lines.length} lines:\n${outside}`);
  });

  it('keeps a hostile name as text', () => {
    assert.ok(!html.includes('<b>bold</b>'), 'no <b> element from a name');
    assert.match(html, /parse &lt;b&gt;bold&lt;\/b&gt; \| @\u200Bteam/);
  });
});
