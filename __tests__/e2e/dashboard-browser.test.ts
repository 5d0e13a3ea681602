// The dashboard in a real browser: Debian's Chromium, driven by playwright-core, opening the
// generated site from a static server on 127.0.0.1. Every request the page makes is recorded
// and anything not for that server is refused. Screenshots land in __tests__/e2e/screenshots/
// (not committed) for a person to look at.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { dashboardAssets } from '../../src/report/dashboard/assets.ts';
import type { DetectChangePoints } from '../../src/report/dashboard/change-points.ts';
import { renderSite } from '../../src/report/dashboard/site.ts';
import { suiteFolder } from '../../src/store/run-files.ts';
import { writeChangedFiles } from '../../src/store/write-changed.ts';
import type { VerdictLog } from '../../src/store/verdict-log.ts';
import { chromiumAvailable, launchChromium, serveFolder, type Browser, type StaticServer } from '../support/browser.ts';
import { historyFiles, syntheticHistory, type SyntheticHistory } from '../support/synthetic-history.ts';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;
const REPOSITORY = 'https://github.com/octo-org/widgets';

const HOSTILE_SUITE = '"><img src=x onerror="window.__pwned=1">';
const HOSTILE_NAMES = [
  '<img src=x onerror="window.__pwned=2">',
  '</script><script>window.__pwned=3</script>',
  '"><svg onload="window.__pwned=4">',
  'javascript:window.__pwned=5',
  'names/with/slashes #and %25 percent',
  'ünïcödé ‮ right-to-left',
];
const HOSTILE_BRANCH = '<b onmouseover="window.__pwned=6">main</b>';

const skip = chromiumAvailable() ? false : process.env.CI ? false : 'Chromium is not installed (apt-get install chromium)';

let root: string;
let server: StaticServer;
let browser: Browser;
let api: SyntheticHistory;
let hostile: SyntheticHistory;
const foreign: string[] = [];

/** The steps the generator put in, as a detector that finds exactly them would report them. */
function knownSteps(history: SyntheticHistory): DetectChangePoints {
  const byLength = new Map<string, ReturnType<DetectChangePoints>>();
  history.columns.forEach((_, b) => {
    const points = history.steps
      .filter((s) => s.benchmark === b)
      .map((s) => {
        const before = history.runs[s.run - 1]!.stats[b]![0];
        const after = history.runs[s.run]!.stats[b]![0];
        return { index: s.run, pValue: 0.001, before, after, change: s.change };
      });
    byLength.set(history.runs.map((r) => r.stats[b]![0]).join(','), points);
  });
  return (values) => byLength.get(values.join(',')) ?? [];
}

before(async () => {
  if (skip) return;
  root = mkdtempSync(join(tmpdir(), 'benchgate-dashboard-'));
  api = syntheticHistory({ runs: 900, benchmarks: 24, seed: 11, suite: 'api', spacingMinutes: 180 });
  hostile = syntheticHistory({ runs: 40, benchmarks: HOSTILE_NAMES.length, seed: 12, suite: HOSTILE_SUITE, names: HOSTILE_NAMES, branch: HOSTILE_BRANCH });
  hostile.runs[hostile.runs.length - 1]!.commit = 'javascript:window.__pwned=7';
  const step = api.steps.find((s) => s.benchmark === 0)!;
  const verdicts: VerdictLog = {
    format: 'benchgate/verdict-log',
    version: 1,
    suite: 'api',
    month: api.runs[step.run]!.time.slice(0, 7),
    runs: [
      {
        id: api.runs[step.run]!.id,
        branch: 'main',
        verdicts: [
          { name: api.columns[0]!.name, unit: api.columns[0]!.unit, direction: api.columns[0]!.direction, verdict: 'regression', change: step.change },
        ],
      },
    ],
  };
  const suites = [api, hostile].map((h) => ({ suite: h.suite, folder: suiteFolder(h.suite), ...historyFiles(h), verdicts: h === api ? [verdicts] : [] }));
  const site = renderSite({
    suites,
    assets: await dashboardAssets(),
    repository: REPOSITORY,
    generated: '2025-01-01T00:00:00.000Z',
    // A detector that finds exactly the steps the generator put in: this test is about drawing them.
    detect: knownSteps(api),
    changePointMethod: 'the steps the test put in',
  });
  const history = suites.flatMap((s) => [
    { path: `${s.folder}/history/index.json`, content: `${JSON.stringify(s.index)}\n` },
    ...s.shards.map((shard) => ({ path: `${s.folder}/history/${shard.month}.json`, content: `${JSON.stringify(shard)}\n` })),
  ]);
  await writeChangedFiles(root, [...site, ...history]);
  server = await serveFolder(root);
  browser = await launchChromium();
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await browser.context.addInitScript(() => {
    const opened: string[] = [];
    (window as unknown as { __opened: string[] }).__opened = opened;
    window.open = ((url: string) => {
      opened.push(String(url));
      return null;
    }) as typeof window.open;
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  errors: string[];
}

async function open(hash = '', options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Opened> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  await page.goto(server.url + hash);
  await page.waitForFunction(() => document.documentElement.dataset.history === 'loaded' && document.documentElement.dataset.changes === 'loaded', undefined, {
    timeout: 60_000,
  });
  return { page, errors };
}

/** How many pixels of the chart's canvas are not transparent. */
function inkedPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#chart canvas');
    if (!canvas) return 0;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
    return inked;
  });
}

describe('the dashboard in Chromium', { skip }, () => {
  test('draws the first benchmark as soon as it opens, with no console errors', { timeout: 120_000 }, async () => {
    const { page, errors } = await open();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.firstChart), 'drawn');
    assert.ok((await inkedPixels(page)) > 2_000, 'the chart canvas has a line and axes drawn on it');
    // Suites in name order, benchmarks in name order: the hostile suite's name sorts first.
    const firstSuite = [api, hostile].sort((a, b) => (a.suite < b.suite ? -1 : 1))[0]!;
    const first = [...firstSuite.columns].sort((a, b) => (a.name < b.name ? -1 : 1))[0]!;
    assert.equal(await page.textContent('#title'), first.name);
    assert.equal(await page.evaluate(() => location.hash), `#${encodeURIComponent(firstSuite.suite)}/${encodeURIComponent(first.name)}`);
    await page.screenshot({ path: join(SCREENSHOTS, 'first-chart.png') });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('names every benchmark of every suite in the index', { timeout: 120_000 }, async () => {
    const { page, errors } = await open();
    await page.waitForFunction((n) => document.querySelectorAll('tr.bench').length === n, api.columns.length + hostile.columns.length);
    const names = await page.$$eval('a.bench-name', (links) => links.map((a) => a.textContent));
    assert.deepEqual([...names].sort(), [...api.columns, ...hostile.columns].map((c) => c.name).sort());
    const groups = await page.$$eval('tr.group-head th', (heads) => heads.map((h) => h.textContent));
    assert.deepEqual([...groups].sort(), ['api', HOSTILE_SUITE].sort());
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('search narrows the list to the names that match, and clearing it brings all back', { timeout: 120_000 }, async () => {
    const { page } = await open();
    await page.waitForFunction(() => document.querySelectorAll('tr.bench').length > 24);
    const total = await page.locator('tr.bench').count();
    await page.fill('#search', 'regex');
    const visible = await page.$$eval('tr.bench:not([hidden]) a.bench-name', (links) => links.map((a) => a.textContent ?? ''));
    const expected = [...api.columns, ...hostile.columns].filter((c) => c.name.toLowerCase().includes('regex') || c.group?.toLowerCase().includes('regex'));
    assert.ok(visible.length > 0 && visible.length < total, `${visible.length} of ${total} shown`);
    assert.deepEqual([...visible].sort(), expected.map((c) => c.name).sort());
    assert.match((await page.textContent('#count')) ?? '', new RegExp(`^${visible.length} of ${total} benchmarks$`));
    await page.screenshot({ path: join(SCREENSHOTS, 'search.png') });
    await page.fill('#search', '');
    assert.equal(await page.locator('tr.bench:not([hidden])').count(), total);
    await page.close();
  });

  test('a deep link opens its benchmark, and its change points are listed with commit range and step', { timeout: 120_000 }, async () => {
    const column = api.columns[0]!;
    const { page, errors } = await open(`#api/${encodeURIComponent(column.name)}`);
    assert.equal(await page.textContent('#title'), column.name);
    assert.ok((await inkedPixels(page)) > 2_000);
    const steps = api.steps.filter((s) => s.benchmark === 0);
    const rows = await page.$$eval('table.steps tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)));
    assert.equal(rows.length, steps.length);
    for (const step of steps) {
      const from = api.runs[step.run - 1]!.commit!.slice(0, 7);
      const to = api.runs[step.run]!.commit!.slice(0, 7);
      assert.ok(
        rows.some((r) => r[0] === `${from} … ${to}`),
        `a row for the step between ${from} and ${to}: ${JSON.stringify(rows)}`,
      );
    }
    const hrefs = await page.$$eval('table.steps a', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) assert.match(href, /^https:\/\/github\.com\/octo-org\/widgets\/commit\/[0-9a-f]{40}$/);
    assert.equal(await page.locator('tr.bench.selected a.bench-name').textContent(), column.name);
    await page.screenshot({ path: join(SCREENSHOTS, 'deep-link.png') });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('hover shows the commit, date, value and interval; a click opens the commit', { timeout: 120_000 }, async () => {
    const { page } = await open(`#api/${encodeURIComponent(api.columns[1]!.name)}`);
    const over = await page.locator('#chart .u-over').boundingBox();
    assert.ok(over);
    await page.mouse.move(over.x + over.width * 0.6, over.y + over.height / 2);
    await page.waitForSelector('.tip:not([hidden])');
    const tip = (await page.textContent('.tip')) ?? '';
    assert.match(tip, /^[0-9a-f]{12}/, tip);
    assert.match(tip, /\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    assert.match(tip, /95% interval .+ – .+/);
    const commit = tip.slice(0, 12);
    assert.ok(
      api.runs.some((r) => r.commit!.startsWith(commit)),
      'the commit shown is one of the history',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'hover.png') });
    await page.mouse.click(over.x + over.width * 0.6, over.y + over.height / 2);
    const opened = await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened);
    assert.equal(opened.length, 1);
    assert.match(opened[0]!, new RegExp(`^${REPOSITORY}/commit/${commit}[0-9a-f]{28}$`));
    await page.close();
  });

  test('hostile suite, benchmark, branch and commit text is shown as text and never runs', { timeout: 120_000 }, async () => {
    for (const name of HOSTILE_NAMES) {
      const { page, errors } = await open(`#${encodeURIComponent(HOSTILE_SUITE)}/${encodeURIComponent(name)}`);
      assert.equal(await page.textContent('#title'), name);
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
      assert.equal(await page.locator('img, svg, script:not([src])').count(), 0, 'no element came out of the data');
      assert.deepEqual(errors, []);
      if (name === HOSTILE_NAMES[0]) {
        const latest = (await page.textContent('#latest')) ?? '';
        assert.match(latest, /no commit|javascript:/);
        assert.equal(await page.locator('#latest a').count(), 0, 'a commit that is not hex is never a link');
        assert.ok((await page.$$eval('#branch option', (o) => o.map((x) => x.textContent))).some((t) => t?.startsWith(HOSTILE_BRANCH)));
        await page.screenshot({ path: join(SCREENSHOTS, 'hostile.png') });
      }
      await page.close();
    }
  });

  test('follows the system theme, and the toggle switches it', { timeout: 120_000 }, async () => {
    const { page } = await open('', { colorScheme: 'dark' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(await background(), 'rgb(13, 17, 23)');
    await page.screenshot({ path: join(SCREENSHOTS, 'dark.png') });
    await page.click('#theme');
    assert.equal(await background(), 'rgb(255, 255, 255)');
    assert.ok((await inkedPixels(page)) > 2_000, 'the chart is drawn again in the new colours');
    await page.click('#theme');
    await page.close();
  });

  test('log scale, time axis and grouping by file redraw what they change', { timeout: 120_000 }, async () => {
    const { page, errors } = await open();
    await page.check('#log');
    assert.ok((await inkedPixels(page)) > 2_000);
    await page.selectOption('#x-mode', 'time');
    assert.ok((await inkedPixels(page)) > 2_000);
    await page.selectOption('#group', 'file');
    const groups = await page.$$eval('tr.group-head th', (heads) => heads.map((h) => h.textContent ?? ''));
    assert.ok(
      groups.some((g) => g === 'api › parse.bench.ts'),
      groups.join(', '),
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'log-time-file.png') });
    await page.uncheck('#log');
    await page.selectOption('#x-mode', 'commit');
    await page.selectOption('#group', 'suite');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('no request leaves 127.0.0.1', () => {
    assert.deepEqual(foreign, []);
    assert.ok(server.requests.length > 5, 'the page did load its files from the local server');
    assert.deepEqual(
      server.requests.filter((r) => r.status !== 200),
      [],
    );
  });
});
