// A significant change within the threshold is a small change, not "unchanged", in every report.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderJson } from '../../src/report/json.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { renderTerminal } from '../../src/report/terminal.ts';
import { bench, comparison, countsOf } from '../support/report-helpers.ts';

const benchmarks = [
  bench('hash', 'small-change', 0.02, { reason: 'Up 2% (95% CI +1.5% to +2.5%): significant, but within the 5% threshold.' }),
  bench('parse', 'unchanged', 0.001),
];
const c = comparison(benchmarks, { counts: countsOf(benchmarks) });

test('the terminal, the markdown and the JSON all call it a small change', () => {
  const terminal = renderTerminal(c);
  assert.match(terminal, /1 small change/);
  assert.match(
    terminal.split('\n').find((l) => l.includes('hash'))!,
    /small change/,
  );
  const markdown = renderMarkdown(c);
  assert.match(markdown, /1 small change/);
  assert.match(
    markdown.split('\n').find((l) => l.includes('hash'))!,
    /small change/,
  );
  const json = JSON.parse(renderJson(c));
  assert.equal(json.counts['small-change'], 1);
  assert.equal(json.counts.unchanged, 1);
  assert.equal(json.benchmarks.find((b: { name: string }) => b.name === 'hash').verdict, 'small-change');
});
