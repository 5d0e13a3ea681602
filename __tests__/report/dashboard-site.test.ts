// The dashboard's files, made from histories with no I/O: what the index says of each
// benchmark, where change points and verdict marks land, and that no stored text ever
// reaches the HTML.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHANGE_POINT_METHOD, detectChangePoints } from '../../src/report/dashboard/change-points.ts';
import type { SuiteChanges, SuiteSummary, DashboardManifest } from '../../src/report/dashboard/model.ts';
import { renderSite, type SiteFile } from '../../src/report/dashboard/site.ts';
import { summarizeSuite, type SuiteHistory } from '../../src/report/dashboard/summary.ts';
import { axisLabels, formatChange, formatValue, scaleFor } from '../../src/report/dashboard/client/units.ts';
import { suiteFolder } from '../../src/store/run-files.ts';
import type { VerdictLog } from '../../src/store/verdict-log.ts';
import { band } from '../../src/report/dashboard/client/data.ts';
import { gaussian } from '../../src/stats/random.ts';
import { historyFiles, seededRandom, syntheticHistory } from '../support/synthetic-history.ts';

const ASSETS: SiteFile[] = [
  { path: 'app.js', content: '/* app */' },
  { path: 'worker.js', content: '/* worker */' },
  { path: 'app.css', content: '/* css */' },
];

function suiteHistory(
  options: Parameters<typeof syntheticHistory>[0],
  verdicts: VerdictLog[] = [],
): SuiteHistory & { synthetic: ReturnType<typeof syntheticHistory> } {
  const synthetic = syntheticHistory(options);
  return { suite: synthetic.suite, folder: suiteFolder(synthetic.suite), ...historyFiles(synthetic), verdicts, synthetic };
}

function file(files: SiteFile[], path: string): string {
  const found = files.find((f) => f.path === path);
  assert.ok(found, `${path} among ${files.map((f) => f.path).join(', ')}`);
  return found.content;
}

describe('the suite summary', () => {
  const history = suiteHistory({ runs: 120, benchmarks: 3, seed: 5, suite: 'api' });
  const { summary, changes } = summarizeSuite(history, { detect: () => [] });
  const main = summary.branches[0]!;

  test('names every benchmark once per branch, with its unit, direction and file', () => {
    assert.equal(summary.defaultBranch, 'main');
    assert.deepEqual(
      main.benchmarks.map((b) => [b.name, b.unit, b.direction, b.group]),
      [...history.synthetic.columns].sort((a, b) => (a.name < b.name ? -1 : 1)).map((c) => [c.name, c.unit, c.direction, c.group]),
    );
    assert.equal(main.runs, 120);
  });

  test('gives each benchmark its latest run, the last 40 values, and the change against the median of the 10 before', () => {
    for (const b of main.benchmarks) {
      const column = history.synthetic.columns.findIndex((c) => c.name === b.name);
      const values = history.synthetic.runs.map((r) => r.stats[column]![0]);
      const last = history.synthetic.runs.at(-1)!;
      assert.equal(b.latest?.id, last.id);
      assert.equal(b.latest?.commit, last.commit);
      assert.equal(b.latest?.value, values.at(-1));
      assert.deepEqual(b.trend, values.slice(-40));
      const window = values.slice(-11, -1).sort((x, y) => x - y);
      const reference = (window[4]! + window[5]!) / 2;
      assert.equal(b.change, Number((values.at(-1)! / reference - 1).toPrecision(4)));
    }
  });

  test('without recorded verdicts there is no last verdict and no mark', () => {
    assert.ok(main.benchmarks.every((b) => b.lastVerdict === undefined));
    assert.ok(changes.branches[0]!.benchmarks.every((c) => c.marks.length === 0 && c.changePoints.length === 0));
  });
});

describe('change points and verdicts in the summary', () => {
  const synthetic = syntheticHistory({ runs: 300, benchmarks: 2, seed: 9, suite: 'api' });
  const runs = synthetic.runs;
  const judged = runs[200]!;
  const verdicts: VerdictLog = {
    format: 'benchgate/verdict-log',
    version: 1,
    suite: 'api',
    month: judged.time.slice(0, 7),
    runs: [
      {
        id: judged.id,
        branch: 'main',
        verdicts: [
          {
            name: synthetic.columns[0]!.name,
            unit: synthetic.columns[0]!.unit,
            direction: synthetic.columns[0]!.direction,
            verdict: 'regression',
            change: 0.2,
          },
        ],
      },
      {
        id: runs.at(-1)!.id,
        branch: 'main',
        verdicts: [{ name: synthetic.columns[1]!.name, unit: synthetic.columns[1]!.unit, direction: synthetic.columns[1]!.direction, verdict: 'inconclusive' }],
      },
    ],
  };
  const history: SuiteHistory = { suite: 'api', folder: 'api', ...historyFiles(synthetic), verdicts: [verdicts] };
  const { summary, changes } = summarizeSuite(history, {
    detect: (values) => [{ index: 150, pValue: 0.0002, before: values[149]!, after: values[150]!, change: values[150]! / values[149]! - 1 }],
  });
  const order = summary.branches[0]!.benchmarks.map((b) => b.name);
  const at = (name: string) => changes.branches[0]!.benchmarks[order.indexOf(name)]!;

  test('a change point names the last run before the step and the first after it', () => {
    for (const name of order) {
      const [cp] = at(name).changePoints;
      assert.equal(cp!.index, 150);
      assert.deepEqual(cp!.from, { id: runs[149]!.id, commit: runs[149]!.commit, time: runs[149]!.time });
      assert.deepEqual(cp!.to, { id: runs[150]!.id, commit: runs[150]!.commit, time: runs[150]!.time });
      const column = synthetic.columns.find((c) => c.name === name)!;
      assert.equal(cp!.worse, column.direction === 'smaller' ? cp!.after > cp!.before : cp!.after < cp!.before);
    }
    assert.deepEqual(
      summary.branches[0]!.benchmarks.map((b) => b.steps),
      [1, 1],
    );
  });

  test('a recorded regression is a mark on its run; the newest run gives the last verdict, "unchanged" when it recorded none', () => {
    const first = synthetic.columns[0]!.name;
    const second = synthetic.columns[1]!.name;
    assert.deepEqual(at(first).marks, [{ run: { id: judged.id, commit: judged.commit, time: judged.time }, verdict: 'regression', change: 0.2 }]);
    assert.deepEqual(at(second).marks, [], 'inconclusive is not marked');
    const bench = (name: string) => summary.branches[0]!.benchmarks.find((b) => b.name === name)!;
    assert.equal(bench(second).lastVerdict, 'inconclusive');
    assert.equal(bench(first).lastVerdict, 'unchanged');
  });
});

describe('the site', () => {
  const hostileSuite = '<img src=x onerror=alert(1)>';
  const hostileName = '"><img src=x onerror=alert(2)>';
  const plain = suiteHistory({ runs: 80, benchmarks: 4, seed: 1, suite: 'api' });
  const hostile = suiteHistory({ runs: 10, benchmarks: 2, seed: 2, suite: hostileSuite, names: [hostileName], branch: '<b>main</b>' });
  const files = renderSite({
    suites: [plain, hostile],
    assets: ASSETS,
    repository: 'https://github.com/octo-org/widgets',
    generated: '2025-01-01T00:00:00.000Z',
    detect: () => [],
  });

  test('is the page, its program, a manifest and two files per suite', () => {
    assert.deepEqual(files.map((f) => f.path).sort(), [
      'benchgate-dashboard/app.css',
      'benchgate-dashboard/app.js',
      `benchgate-dashboard/changes/${suiteFolder(hostileSuite)}.json`,
      'benchgate-dashboard/changes/api.json',
      'benchgate-dashboard/suites.json',
      `benchgate-dashboard/suites/${suiteFolder(hostileSuite)}.json`,
      'benchgate-dashboard/suites/api.json',
      'benchgate-dashboard/worker.js',
      'index.html',
    ]);
  });

  test('puts no stored text into the HTML: the page is the same whatever the store holds', () => {
    const html = file(files, 'index.html');
    for (const text of [hostileSuite, hostileName, 'onerror', 'alert(', 'api', 'octo-org']) assert.ok(!html.includes(text), `${text} is not in index.html`);
    const other = renderSite({ suites: [plain], assets: ASSETS, generated: '2030-01-01T00:00:00.000Z', detect: () => [] });
    assert.equal(file(other, 'index.html'), html);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self';[^"]*connect-src 'self'/);
    assert.doesNotMatch(html, /https?:\/\//, 'the page loads nothing from another host');
  });

  test('keeps names as JSON data, for the page to show as text', () => {
    const summary = JSON.parse(file(files, `benchgate-dashboard/suites/${suiteFolder(hostileSuite)}.json`)) as SuiteSummary;
    assert.equal(summary.suite, hostileSuite);
    assert.equal(summary.branches[0]!.name, '<b>main</b>');
    assert.ok(summary.branches[0]!.benchmarks.some((b) => b.name === hostileName));
    const changes = JSON.parse(file(files, `benchgate-dashboard/changes/${suiteFolder(hostileSuite)}.json`)) as SuiteChanges;
    assert.equal(changes.branches[0]!.benchmarks.length, summary.branches[0]!.benchmarks.length);
  });

  test('lists suites in name order with their size, and the repository only when it is an http(s) address', () => {
    const manifest = JSON.parse(file(files, 'benchgate-dashboard/suites.json')) as DashboardManifest;
    assert.deepEqual(
      manifest.suites.map((s) => [s.name, s.runs, s.benchmarks]),
      [
        [hostileSuite, 10, 2],
        ['api', 80, 4],
      ],
    );
    assert.equal(manifest.repository, 'https://github.com/octo-org/widgets');
    for (const repository of ['javascript:alert(1)', 'data:text/html,x', 'not a url']) {
      const m = JSON.parse(
        file(renderSite({ suites: [plain], assets: ASSETS, repository, generated: 'x', detect: () => [] }), 'benchgate-dashboard/suites.json'),
      ) as DashboardManifest;
      assert.equal(m.repository, undefined, repository);
    }
  });

  test('gives the same bytes for the same history, so regenerating rewrites nothing', () => {
    const again = renderSite({
      suites: [hostile, plain],
      assets: ASSETS,
      repository: 'https://github.com/octo-org/widgets',
      generated: '2025-01-01T00:00:00.000Z',
      detect: () => [],
    });
    assert.deepEqual(again, files);
  });

  test("refuses a suite whose folder is the dashboard's own", () => {
    const clash = { ...plain, suite: 'benchgate-dashboard', folder: 'benchgate-dashboard' };
    assert.throws(
      () => renderSite({ suites: [clash], assets: ASSETS, generated: 'x', detect: () => [] }),
      /where the dashboard keeps its own files; rename the suite/,
    );
  });
});

test('the change points come from history/ and the page says how they were found', () => {
  const values = [...Array(60).fill(100), ...Array(60).fill(120)].map((v, i) => v * (1 + 0.01 * Math.sin(i * 1.7)));
  const found = detectChangePoints(values);
  assert.equal(found.length, 1);
  assert.ok(Math.abs(found[0]!.index - 60) <= 2, `found at ${found[0]!.index}`);
  assert.match(CHANGE_POINT_METHOD ?? '', /^E-divisive means .* windows of 50 runs, permutation test at p < 0\.0002/);
});

describe('units on the page', () => {
  test('times move between ns, µs, ms and s and keep what follows the unit', () => {
    assert.equal(formatValue(1_534_000, 'ns/op'), '1.53 ms/op');
    assert.equal(formatValue(0.25, 'ms'), '250 µs');
    assert.equal(formatValue(42, 'us/iter'), '42.0 µs/iter');
    assert.equal(formatValue(90, 's'), '90.0 s');
    assert.equal(formatValue(0.5, 'ns/op'), '0.500 ns/op');
  });

  test('rates and sizes get prefixes; other units stay as they are', () => {
    assert.equal(formatValue(14_600, 'ops/s'), '14.6 K ops/s');
    assert.equal(formatValue(2_500_000, 'ops/sec'), '2.50 M ops/sec');
    assert.equal(formatValue(3 * 1024 * 1024, 'bytes'), '3.00 MiB');
    assert.equal(formatValue(1234, 'instructions'), '1234 instructions');
  });

  test('an axis has one scale and as many decimals as its step needs', () => {
    assert.deepEqual(axisLabels('ns/op', [60, 80, 100, 120, 140]), ['60 ns/op', '80 ns/op', '100 ns/op', '120 ns/op', '140 ns/op']);
    assert.deepEqual(axisLabels('ns/op', [1000, 1500, 2000]), ['1.0 µs/op', '1.5 µs/op', '2.0 µs/op']);
    assert.deepEqual(axisLabels('ms', [10, 100, 1000], true), ['10 ms', '100 ms', '1 s']);
    assert.deepEqual(scaleFor('ns', 5e9), { factor: 1e-9, unit: 's' });
  });

  test('changes are signed percentages', () => {
    assert.equal(formatChange(0.123), '+12.3%');
    assert.equal(formatChange(-0.0456), '-4.56%');
    assert.equal(formatChange(1.5), '+150%');
  });
});

test("the band covers a run's true median about 95% of the time (log-normal samples, n = 10, cv 5%)", () => {
  const next = seededRandom(42);
  const normal = () => gaussian(next);
  const truth = 1000;
  let covered = 0;
  const trials = 20_000;
  for (let t = 0; t < trials; t++) {
    const samples = Array.from({ length: 10 }, () => truth * Math.exp(0.05 * normal())).sort((a, b) => a - b);
    const median = (samples[4]! + samples[5]!) / 2;
    const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
    const sd = Math.sqrt(samples.reduce((s, x) => s + (x - mean) ** 2, 0) / (samples.length - 1));
    const [low, high] = band(median, 10, sd / mean);
    if (low <= truth && truth <= high) covered++;
  }
  const coverage = covered / trials;
  assert.ok(coverage > 0.93 && coverage < 0.975, `coverage ${coverage}`);
  assert.deepEqual(band(5, 1, 0.2), [5, 5], 'one sample: no band');
  assert.ok(band(5, 3, 3)[0] > 0, 'never below zero for a positive value');
});
