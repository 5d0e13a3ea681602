import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../src/report/markdown.ts';
import { bench, comparison, everyVerdict, HOSTILE_NAMES, tableCells } from '../support/report-helpers.ts';

const OUR_TAGS = /<\/?(details|summary|sub)>/g;

function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('|'));
}

/** Names in the first column of data rows (not header, not separator), in order. */
function firstColumn(markdown: string): string[] {
  return tableRows(markdown)
    .map((line) => tableCells(line)[0] ?? '')
    .filter((name) => name !== 'benchmark' && !name.startsWith(':--'));
}

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  assert.ok(from !== -1 && to !== -1, `expected ${start} ... ${end}`);
  return text.slice(from, to);
}

function hostileComparison() {
  const benchmarks = HOSTILE_NAMES.map((name, i) =>
    bench(name, i % 3 === 0 ? 'unchanged' : i % 3 === 1 ? 'regression' : 'error', 0.1, {
      unit: i === 4 ? '<b>ms|</b>' : 'ns',
      group: i === 5 ? '@evil-group |' : undefined,
      reason: name,
    }),
  );
  return comparison(benchmarks, {
    head: { ...comparison([]).head, branch: '@octocat/<script>|x' },
  });
}

describe('renderMarkdown with hostile names', () => {
  const md = renderMarkdown(hostileComparison(), { notes: ['note @octocat <b>bold</b> | pipe'], title: '<h1>@team' });

  it("gives every table row exactly the header's number of cells", () => {
    const rows = tableRows(md);
    assert.ok(rows.length >= HOSTILE_NAMES.length + 2);
    for (const line of rows) assert.equal(tableCells(line).length, 6, line);
  });

  it('keeps every name on its own row', () => {
    assert.equal(firstColumn(md).length, HOSTILE_NAMES.length);
  });

  it('lets no < from a name, unit, reason, branch, title or note through', () => {
    // "<0.001" is ours too, and cannot open a tag: a tag name starts with a letter.
    const withoutOurs = md.replace(OUR_TAGS, '').replace(/<0\.001/g, '');
    assert.doesNotMatch(withoutOurs, /</);
  });

  it('opens and closes exactly one details block', () => {
    assert.equal(md.match(/<details>/g)?.length, 1);
    assert.equal(md.match(/<\/details>/g)?.length, 1);
    assert.ok(md.indexOf('<details>') < md.indexOf('</details>'));
  });

  it('leaves no @mention, issue reference or autolink', () => {
    assert.doesNotMatch(md, /@[A-Za-z0-9]/);
    assert.doesNotMatch(md, /(^|[^\\])#\d|\\#\d|GH\\?-\d/i);
    assert.doesNotMatch(md, /https?:\/\/|www\\?\./);
  });

  it('leaves no link or image syntax from a name', () => {
    for (const name of firstColumn(md)) {
      assert.doesNotMatch(name, /(^|[^\\])(\\\\)*[[\]()`]/, name);
    }
  });

  it('leaves no bidi override', () => {
    assert.doesNotMatch(md, /[\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('renderMarkdown layout', () => {
  const c = comparison(everyVerdict(), { geomean: { change: 0.021, ci: [-0.01, 0.05], n: 6 } });
  const md = renderMarkdown(c);

  it('starts with a headline naming the verdict and every non-zero count', () => {
    const headline = md.split('\n').find((line) => line.includes('**Regression**'));
    assert.ok(headline, md);
    for (const phrase of ['2 regressions', '1 improvement', '1 unchanged', '1 inconclusive', '1 new', '1 missing', '1 failed']) {
      assert.ok(headline.includes(phrase), `${phrase} in ${headline}`);
    }
    assert.ok(md.indexOf(headline) < md.indexOf('| benchmark'));
  });

  it('leaves zero counts of the rarer verdicts out of the headline', () => {
    const quiet = renderMarkdown(comparison([bench('a', 'unchanged', 0), bench('b', 'improvement', -0.2)]));
    const headline = quiet.split('\n').find((line) => line.includes('**Improved**')) ?? '';
    assert.match(headline, /0 regressions, 1 improvement, 1 unchanged$/);
  });

  it('lists regressions first, largest first, then improvements and errors; the rest, folded, inconclusive, new, missing, unchanged', () => {
    assert.deepEqual(firstColumn(md.slice(0, md.indexOf('<details>'))), ['big slowdown', 'small slowdown', 'faster', 'broken', '*geomean* of 6 benchmarks']);
    assert.deepEqual(firstColumn(between(md, '<details>', '</details>')), ['noisy', 'new one', 'missing one', 'steady']);
  });

  it('folds everything not decided either way into a details block under one line of counts', () => {
    assert.match(md, /<details><summary>4 other benchmarks: 1 inconclusive, 1 new, 1 missing, 1 unchanged<\/summary>/);
    assert.doesNotMatch(md.slice(0, md.indexOf('<details>')), /\| (steady|noisy) \|/);
  });

  it('shows each verdict in its row in a few words, a failure with its message', () => {
    const verdictOf = (name: string): string => {
      const line = tableRows(md).find((row) => tableCells(row)[0] === name) ?? '';
      return tableCells(line)[5] ?? '';
    };
    assert.equal(verdictOf('big slowdown'), '**regression**');
    assert.equal(verdictOf('faster'), 'improvement');
    assert.equal(verdictOf('steady'), '~');
    assert.equal(verdictOf('broken'), '**error**: threw TypeError: x is not a function');
    assert.equal(verdictOf('noisy'), 'inconclusive');
    assert.equal(verdictOf('new one'), 'new');
    assert.equal(verdictOf('missing one'), 'missing');
  });

  it('gives the reasons of the folded verdicts once, below the fold, and what would decide the undecided', () => {
    const below = md.slice(md.indexOf('</details>'));
    assert.match(below, /Inconclusive \(noisy\): only 3 samples on the baseline side/);
    assert.match(below, /To decide the inconclusive one: more stored runs of the baseline branch \(the noise now comes from 12 runs\)/);
  });

  it('shows medians, change with its interval, and adjusted p', () => {
    const line = tableRows(md).find((row) => row.startsWith('| big slowdown')) ?? '';
    assert.deepEqual(tableCells(line).slice(1, 5), ['1.00 ms ±2%', '1.30 ms ±3%', '+30.0% [+28.0%, +32.0%]', '<0.001']);
  });

  it('shows a dash for the side a new or missing benchmark lacks', () => {
    const cells = (name: string): string[] => tableCells(tableRows(md).find((row) => row.startsWith(`| ${name} `)) ?? '');
    assert.equal(cells('new one')[1], '—');
    assert.equal(cells('missing one')[2], '—');
  });

  it('ends the main table with a geometric-mean row', () => {
    const main = md.slice(0, md.indexOf('<details>'));
    const last = tableRows(main).at(-1) ?? '';
    assert.deepEqual(tableCells(last).slice(0, 4), ['*geomean* of 6 benchmarks', '', '', '+2.1% [−1.0%, +5.0%]']);
  });

  it('names the interval level in the change column', () => {
    const md99 = renderMarkdown(comparison(everyVerdict(), { options: { ...c.options, confidence: 0.99 } }));
    assert.match(md99, /\| change \[99% CI\] \|/);
  });

  it('states the commit pair and the method', () => {
    assert.match(
      md,
      /Compared aaaaaaa \(feature\/x\) with baseline bbbbbbb \(main\)\. Mann-Whitney U, Holm-corrected, α=0\.05, threshold 5%, between-run noise learned from 12 runs\./,
    );
  });

  it('describes same-run comparisons and missing history in the method', () => {
    const same = renderMarkdown(comparison(everyVerdict(), { options: { ...c.options, pairing: 'same-run', correction: 'bh' } }));
    assert.match(same, /Benjamini-Hochberg-corrected, .*both sides measured in one interleaved run/);
    const fresh = renderMarkdown(comparison(everyVerdict(), { historyRuns: 0 }));
    assert.match(fresh, /between-run noise assumed ±3% \(no history yet\)/);
  });

  it('prefers commits given in the context', () => {
    const out = renderMarkdown(c, { headCommit: 'cccccccdddd', baseCommit: 'eeeeeeeffff' });
    assert.match(out, /Compared ccccccc \(feature\/x\) with baseline eeeeeee \(main\)/);
  });

  it('links an http(s) run URL and ignores any other scheme', () => {
    assert.match(renderMarkdown(c, { runUrl: 'https://github.com/o/r/actions/runs/1' }), /\[Workflow run\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\)/);
    assert.match(renderMarkdown(c, { runUrl: 'https://x.example/a (b)' }), /\(https:\/\/x\.example\/a%20%28b%29\)/);
    assert.doesNotMatch(renderMarkdown(c, { runUrl: 'javascript:alert(1)' }), /Workflow run|javascript/);
  });

  it('uses the given title, escaped', () => {
    assert.match(renderMarkdown(c, { title: 'Perf *report*' }), /^### Perf \\\*report\\\*$/m);
    assert.match(md, /^### benchgate: core$/m);
  });
});

describe('renderMarkdown notes', () => {
  it('warns that a common shift is likely the runner', () => {
    const md = renderMarkdown(comparison(everyVerdict(), { commonShift: { change: 0.18, share: 1 } }));
    assert.match(md, /All benchmarks moved \+18\.0% together: likely a slower runner, not the code/);
  });

  it('reads a common rise in throughput as a faster runner', () => {
    const up = [
      bench('a', 'improvement', 0.2, { unit: 'ops/s', direction: 'bigger' }),
      bench('b', 'improvement', 0.19, { unit: 'ops/s', direction: 'bigger' }),
    ];
    const md = renderMarkdown(comparison(up, { commonShift: { change: 0.2, share: 0.9 } }));
    assert.match(md, /90% of benchmarks moved \+20\.0% together: likely a faster runner, not the code/);
  });

  it('says nothing about a common shift when there is none', () => {
    assert.doesNotMatch(renderMarkdown(comparison(everyVerdict())), /together/);
  });

  it('shows a first run with a no-baseline note and only the current side', () => {
    const first = everyVerdict()
      .filter((b) => b.verdict !== 'error')
      .map((b) => ({ ...b, verdict: 'new' as const, baseline: undefined, change: undefined, ci: undefined }));
    const md = renderMarkdown(comparison(first, { baseline: undefined }));
    assert.match(md, /No baseline found for this suite: this run is shown as is, with nothing to compare it with\./);
    assert.match(md, /\*\*No baseline yet\*\*: 7 benchmarks measured/);
    assert.match(md, /^\| benchmark \| current \| verdict \|$/m);
    for (const line of tableRows(md)) assert.equal(tableCells(line).length, 3, line);
    assert.doesNotMatch(md, /Mann-Whitney|regression/);
    assert.match(md, /Measured aaaaaaa \(feature\/x\)/);
  });

  it('escapes notes from the pipeline', () => {
    const md = renderMarkdown(comparison(everyVerdict()), { notes: ['Fork PR by @someone: see [here](https://x)'] });
    assert.match(md, /Fork PR by @\u200Bsomeone: see \\\[here\\\]\\\(https:\u200B\/\/x\\\)/);
  });

  it('says so when there are no benchmarks at all', () => {
    assert.match(renderMarkdown(comparison([])), /This run has no benchmarks\./);
  });
});

describe('renderMarkdown for bigger-is-better units', () => {
  it('calls a rise in throughput an improvement and scales the numbers', () => {
    const md = renderMarkdown(
      comparison([
        bench('requests', 'improvement', 0.25, {
          unit: 'ops/s',
          direction: 'bigger',
          baseline: { n: 20, median: 1_200_000, cv: 0.01 },
          head: { n: 20, median: 1_500_000, cv: 0.01 },
        }),
        bench('latency', 'unchanged', 0.001),
      ]),
    );
    assert.match(md, /✅ \*\*Improved\*\*: 0 regressions, 1 improvement, 1 unchanged/);
    const row = tableRows(md).find((line) => line.startsWith('| requests')) ?? '';
    assert.deepEqual(tableCells(row).slice(1, 4), ['1.20M ops/s ±1%', '1.50M ops/s ±1%', '+25.0% [+23.0%, +27.0%]']);
    assert.equal(tableCells(row)[5], 'improvement');
  });

  it('calls a fall in throughput a regression', () => {
    const md = renderMarkdown(comparison([bench('requests', 'regression', -0.3, { unit: 'ops/s', direction: 'bigger' })]));
    assert.match(md, /❌ \*\*Regression\*\*: 1 regression/);
    assert.match(md, /\| requests \|.*\| −30\.0% .*\| \*\*regression\*\* \|/);
  });
});

describe('renderMarkdown size limit', () => {
  const longName = (i: number): string => `unchanged benchmark number ${i} ${'with a long descriptive name '.repeat(5)}`;

  it("keeps within GitHub's limit by leaving out unchanged rows first, and says how many", () => {
    const unchanged = Array.from({ length: 2000 }, (_, i) => bench(longName(i), 'unchanged', 0.001));
    const regressions = Array.from({ length: 5 }, (_, i) => bench(`slow ${i}`, 'regression', 0.2 + i / 100));
    const md = renderMarkdown(comparison([...unchanged, ...regressions]));
    assert.ok(md.length <= GITHUB_COMMENT_LIMIT, `${md.length} characters`);
    assert.ok(Buffer.byteLength(md) <= GITHUB_COMMENT_LIMIT, `${Buffer.byteLength(md)} bytes`);
    for (let i = 0; i < 5; i += 1) assert.match(md, new RegExp(`\\| slow ${i} \\|`));
    const shown = firstColumn(between(md, '<details>', '</details>')).length;
    const left = Number(/_(\d+) other rows left out to keep within GitHub's comment size limit\._/.exec(md)?.[1]);
    assert.ok(shown > 0 && left > 0, `shown ${shown}, left out ${left}`);
    assert.equal(shown + left, 2000);
    assert.match(md, /<summary>2000 other benchmarks: 2000 unchanged<\/summary>/);
    assert.ok(md.trimEnd().endsWith('</sub>'), 'the method line survives');
  });

  it('uses the room it has: one more row would not fit', () => {
    const unchanged = Array.from({ length: 300 }, (_, i) => bench(longName(i), 'unchanged', 0.001));
    const limit = 20_000;
    const md = renderMarkdown(comparison(unchanged), { maxLength: limit });
    const row = tableRows(md).find((line) => line.includes('unchanged benchmark number 0 ')) ?? '';
    const used = Buffer.byteLength(md);
    assert.ok(used <= limit);
    assert.ok(used + Buffer.byteLength(row) + 1 > limit, `${used} of ${limit} bytes used`);
  });

  it('leaves out the last other rows when even without unchanged rows it would not fit', () => {
    const regressions = Array.from({ length: 1500 }, (_, i) => bench(`regression ${i} ${'x'.repeat(60)}`, 'regression', 0.5 - i / 10_000));
    const unchanged = Array.from({ length: 10 }, (_, i) => bench(`same ${i}`, 'unchanged', 0));
    const md = renderMarkdown(comparison([...regressions, ...unchanged]));
    assert.ok(Buffer.byteLength(md) <= GITHUB_COMMENT_LIMIT);
    assert.match(md, /\| regression 0 x+ \|/, 'the largest regression is kept');
    const kept = firstColumn(md.slice(0, md.indexOf('<details>'))).length;
    const left = Number(/_(\d+) rows left out/.exec(md)?.[1]);
    assert.equal(kept + left, 1500);
    assert.match(md, /_10 other rows left out/);
  });

  it('cuts a single enormous name instead of overflowing', () => {
    const md = renderMarkdown(comparison([bench('x'.repeat(100_000), 'regression', 0.2)]));
    assert.ok(md.length < 5_000);
    assert.match(md, /\| x+… \|/);
  });

  it('leaves a small comparison whole', () => {
    const md = renderMarkdown(comparison(everyVerdict()));
    assert.doesNotMatch(md, /left out/);
  });
});
