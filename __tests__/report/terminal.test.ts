import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayWidth, renderTerminal, wantsColor } from '../../src/report/terminal.ts';
import { bench, comparison, everyVerdict, HOSTILE_NAMES } from '../support/report-helpers.ts';

const SGR = /\u001B\[[0-9;]*m/g;

function tableLines(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith('benchmark '));
  const end = lines.indexOf('', start);
  return lines.slice(start, end === -1 ? undefined : end);
}

describe('renderTerminal', () => {
  it('keeps verdict cells to a few words and says the reasons of the undecided once, under the table', () => {
    const noisy = Array.from({ length: 12 }, (_, i) =>
      bench(`noisy ${i}`, 'inconclusive', 0.01, { reason: `Too noisy to tell: +${i}.0% (95% CI −60% to +150%); runs vary by ±40% between them.` }),
    );
    const text = renderTerminal(comparison([bench('slow', 'regression', 0.3), ...noisy]));
    for (const line of tableLines(text).filter((l) => l.startsWith('noisy '))) assert.match(line, /inconclusive$/);
    assert.equal(text.match(/Too noisy to tell/g)?.length, 1);
    assert.match(text, /^Inconclusive \(12, e\.g\. noisy 0\): Too noisy to tell: \+0\.0%/m);
    assert.match(text, /^To decide the 12 inconclusive ones: more stored runs of the baseline branch/m);
  });

  const c = comparison(everyVerdict(), { geomean: { change: 0.021, ci: [-0.01, 0.05], n: 6 } });
  const text = renderTerminal(c);

  it('lists regressions first, largest first, then improvements, errors, inconclusive, new, missing, unchanged', () => {
    const names = tableLines(text)
      .slice(1)
      .map((line) => line.split(/\s{2,}/)[0]);
    assert.deepEqual(names, ['big slowdown', 'small slowdown', 'faster', 'broken', 'noisy', 'new one', 'missing one', 'steady', 'geomean of 6 benchmarks']);
  });

  it('aligns every column: the change column ends at the same place on every row', () => {
    const lines = tableLines(text);
    const header = lines[0] ?? '';
    const changeEnd = header.indexOf('change') + 'change'.length;
    for (const line of lines.slice(1)) {
      const before = line.slice(0, changeEnd);
      assert.match(before, /(%|-)$/, line);
      assert.equal(line[changeEnd], ' ', line);
    }
  });

  it("shows benchstat's ~ for unchanged and the reason for errors", () => {
    assert.match(text, /^steady .* ~$/m);
    assert.match(text, /^broken .* error: threw TypeError: x is not a function$/m);
  });

  it('has a headline with the verdict and counts, and the method at the end', () => {
    assert.match(text, /^Regression: 2 regressions, 1 improvement, 1 failed, 1 inconclusive, 1 new, 1 missing, 1 unchanged$/m);
    assert.match(text, /^core: aaaaaaa \(feature\/x\) vs baseline bbbbbbb \(main\)$/m);
    assert.match(text.trimEnd().split('\n').at(-1) ?? '', /^Mann-Whitney U, Holm-corrected/);
  });

  it('prints no escape sequence without colour', () => {
    assert.doesNotMatch(text, /\u001B/);
  });

  it('colours verdicts with SGR codes only, and is otherwise the same text', () => {
    const coloured = renderTerminal(c, { color: true });
    assert.match(coloured, /\u001B\[31m\+30\.0%\u001B\[0m/);
    assert.match(coloured, /\u001B\[32mimprovement\u001B\[0m/);
    assert.equal(coloured.replace(SGR, ''), text);
  });

  it('strips escape sequences, control characters and bidi overrides from hostile names', () => {
    const hostile = comparison(
      HOSTILE_NAMES.map((name) => bench(name, 'regression', 0.1, { reason: name, unit: '\u001B[2Jns' })),
      {
        head: { ...c.head, branch: 'x\u001B]0;pwned\u0007y' },
      },
    );
    for (const color of [false, true]) {
      const out = renderTerminal(hostile, { color });
      const withoutOurColours = out.replace(SGR, (code) => (/^\u001B\[(0|1|2|31|32|33|36|1;31|1;32|1;33)m$/.test(code) ? '' : code));
      assert.doesNotMatch(withoutOurColours, /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    }
    const plain = renderTerminal(hostile);
    assert.equal(tableLines(plain).length, HOSTILE_NAMES.length + 1, 'one line per benchmark');
    assert.match(plain, /^core: aaaaaaa \(xy\) vs baseline/m);
  });

  it('shows a first run with the no-baseline note and only the current side', () => {
    const first = everyVerdict().map((b) => ({ ...b, verdict: 'new' as const, baseline: undefined, change: undefined }));
    const out = renderTerminal(comparison(first, { baseline: undefined }));
    assert.match(out, /No baseline found for this suite/);
    assert.match(out, /^benchmark\s+current\s+verdict$/m);
    assert.doesNotMatch(out, /Mann-Whitney/);
  });

  it('notes a common shift', () => {
    const out = renderTerminal(comparison(everyVerdict(), { commonShift: { change: -0.2, share: 1 } }));
    assert.match(out, /^Note: All benchmarks moved −20\.0% together: likely a faster runner, not the code\.$/m);
  });

  it('pads wide characters by their display width', () => {
    const out = renderTerminal(comparison([bench('日本語', 'regression', 0.1), bench('abcdef', 'regression', 0.05)]));
    const lines = tableLines(out);
    const ends = lines.slice(1).map((line) => displayWidth(line.slice(0, line.indexOf('ms') + 2)));
    assert.equal(ends[0], ends[1], lines.join('\n'));
  });
});

describe('wantsColor', () => {
  it('colours a TTY unless NO_COLOR is set', () => {
    assert.equal(wantsColor({ isTTY: true }, {}), true);
    assert.equal(wantsColor({ isTTY: true }, { NO_COLOR: '1' }), false);
  });

  it('does not colour a pipe unless FORCE_COLOR asks', () => {
    assert.equal(wantsColor({ isTTY: false }, {}), false);
    assert.equal(wantsColor({}, { FORCE_COLOR: '1' }), true);
    assert.equal(wantsColor({ isTTY: true }, { FORCE_COLOR: '0' }), false);
  });
});
