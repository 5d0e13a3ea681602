/// <reference lib="dom" />
// The dashboard page: an index of every suite's benchmarks (latest value, trend, last verdict)
// that is drawn from the small summaries at once, and one benchmark's chart, drawn as soon as
// the newest month of its history has arrived and extended as older months load.
import type { BenchmarkChanges, BenchmarkSummary, DashboardManifest, SuiteChanges, SuiteSummary } from '../model.ts';
import { BenchmarkChart, dateTime, drawSparkline, shortDate } from './chart.ts';
import { SuiteHistory, columnKey, loadChanges, loadManifest, loadSummary, seriesOf } from './data.ts';
import { ShardReader } from './shard.ts';
import { append, clear, commitUrl, el, link } from './dom.ts';
import { formatChange, formatValue } from './units.ts';

interface SuiteState {
  entry: DashboardManifest['suites'][number];
  summary?: SuiteSummary;
  history?: SuiteHistory;
  /** Change points and marks by branch and benchmark, once loaded. */
  changes?: Map<string, BenchmarkChanges>;
  changesLoading?: Promise<void>;
  branch: string;
  loading?: Promise<void>;
}

interface Selection {
  suite: SuiteState;
  benchmark: BenchmarkSummary;
}

/** The worker comes from the same version of the site as this script (its ?v= stamp covers both). */
const SCRIPT = document.currentScript instanceof HTMLScriptElement ? new URL(document.currentScript.src) : undefined;
let reader: ShardReader | undefined;

function shardReader(): ShardReader {
  reader ??= new ShardReader(SCRIPT ? new URL(`worker.js${SCRIPT.search}`, SCRIPT).href : undefined);
  return reader;
}

const THEME_KEY = 'benchgate-dashboard-theme';
const VIEW_KEY = 'benchgate-dashboard-view';

const state = {
  manifest: undefined as DashboardManifest | undefined,
  suites: [] as SuiteState[],
  groupBy: 'suite' as 'suite' | 'file',
  xMode: 'commit' as 'commit' | 'time',
  log: false,
  query: '',
  selection: undefined as Selection | undefined,
  chart: undefined as BenchmarkChart | undefined,
  firstChart: false,
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private windows may refuse: the choice then lasts for this visit.
  }
}

function effectiveTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function setupControls(): void {
  const theme = stored(THEME_KEY);
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  const view = stored(VIEW_KEY);
  if (view) {
    const [x, log, group] = view.split(',');
    if (x === 'time' || x === 'commit') state.xMode = x;
    state.log = log === 'log';
    if (group === 'file' || group === 'suite') state.groupBy = group;
  }
  const themeButton = $('theme');
  const label = () => (themeButton.textContent = effectiveTheme() === 'dark' ? 'Light' : 'Dark');
  label();
  themeButton.addEventListener('click', () => {
    const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    store(THEME_KEY, next);
    label();
    redraw();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    label();
    redraw();
  });

  const search = $<HTMLInputElement>('search');
  search.addEventListener('input', () => {
    state.query = search.value.trim().toLowerCase();
    applyFilter();
  });
  const group = $<HTMLSelectElement>('group');
  group.value = state.groupBy;
  group.addEventListener('change', () => {
    state.groupBy = group.value === 'file' ? 'file' : 'suite';
    saveView();
    renderIndex();
  });
  const xMode = $<HTMLSelectElement>('x-mode');
  xMode.value = state.xMode;
  xMode.addEventListener('change', () => {
    state.xMode = xMode.value === 'time' ? 'time' : 'commit';
    saveView();
    showChart();
  });
  const log = $<HTMLInputElement>('log');
  log.checked = state.log;
  log.addEventListener('change', () => {
    state.log = log.checked;
    saveView();
    showChart();
  });
  const branch = $<HTMLSelectElement>('branch');
  branch.addEventListener('change', () => {
    const suite = state.selection?.suite;
    if (!suite) return;
    suite.branch = branch.value;
    renderIndex();
    const again = benchmarksOf(suite).find((b) => columnKey(b) === columnKey(state.selection!.benchmark)) ?? benchmarksOf(suite)[0];
    if (again) select(suite, again, false);
  });
  window.addEventListener('hashchange', () => followHash());
}

function saveView(): void {
  store(VIEW_KEY, `${state.xMode},${state.log ? 'log' : 'linear'},${state.groupBy}`);
}

function changesOf(suite: SuiteState, benchmark: BenchmarkSummary): BenchmarkChanges | undefined {
  return suite.changes?.get(`${suite.branch}\u0000${columnKey(benchmark)}`);
}

/** Change points and marks come after the first chart: they only add to it. */
function ensureChanges(suite: SuiteState): void {
  if (suite.changes || suite.changesLoading || !suite.summary) return;
  const summary = suite.summary;
  suite.changesLoading = loadChanges(suite.entry)
    .then((changes: SuiteChanges) => {
      const map = new Map<string, BenchmarkChanges>();
      changes.branches.forEach((branch, i) => {
        const benchmarks = summary.branches[i]?.name === branch.name ? summary.branches[i]!.benchmarks : [];
        branch.benchmarks.forEach((c, j) => {
          const b = benchmarks[j];
          if (b) map.set(`${branch.name}\u0000${columnKey(b)}`, c);
        });
      });
      suite.changes = map;
      document.documentElement.dataset.changes = 'loaded';
      const selection = state.selection;
      if (selection?.suite === suite) {
        const found = changesOf(suite, selection.benchmark);
        renderSteps(summary, selection.benchmark, found, state.manifest?.repository);
        if (found) state.chart?.setChanges(found);
      }
    })
    .catch((err: unknown) => showError((err as Error).message));
}

function benchmarksOf(suite: SuiteState): BenchmarkSummary[] {
  return suite.summary?.branches.find((b) => b.name === suite.branch)?.benchmarks ?? [];
}

export function hashOf(suite: string, benchmark: BenchmarkSummary, all: BenchmarkSummary[]): string {
  const same = all.filter((b) => b.name === benchmark.name).length > 1;
  return `#${encodeURIComponent(suite)}/${encodeURIComponent(benchmark.name)}${same ? `/${encodeURIComponent(benchmark.unit)}` : ''}`;
}

function parseHash(): { suite: string; name?: string; unit?: string } | undefined {
  const hash = location.hash.slice(1);
  if (hash === '') return undefined;
  try {
    const [suite, name, unit] = hash.split('/').map((part) => decodeURIComponent(part));
    return { suite: suite ?? '', ...(name !== undefined ? { name } : {}), ...(unit !== undefined ? { unit } : {}) };
  } catch {
    return undefined;
  }
}

function findTarget(): Selection | undefined {
  const target = parseHash();
  if (!target) return undefined;
  const suite = state.suites.find((s) => s.entry.name === target.suite);
  if (!suite?.summary) return undefined;
  const candidates = benchmarksOf(suite).filter((b) => target.name === undefined || b.name === target.name);
  const benchmark = candidates.find((b) => target.unit === undefined || b.unit === target.unit) ?? candidates[0];
  return benchmark ? { suite, benchmark } : undefined;
}

function followHash(): void {
  const target = findTarget();
  if (target && (target.suite !== state.selection?.suite || columnKey(target.benchmark) !== columnKey(state.selection.benchmark))) {
    select(target.suite, target.benchmark, false);
  }
}

function renderIndex(): void {
  const table = $('index');
  clear(table);
  const rows: Array<{ group: string; suite: SuiteState; benchmark: BenchmarkSummary }> = [];
  for (const suite of state.suites) {
    if (!suite.summary) continue;
    for (const benchmark of benchmarksOf(suite)) {
      const group = state.groupBy === 'suite' ? suite.entry.name : `${suite.entry.name} › ${benchmark.group ?? '(no file)'}`;
      rows.push({ group, suite, benchmark });
    }
  }
  if (state.groupBy === 'file') rows.sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  let body: HTMLTableSectionElement | undefined;
  let current: string | undefined;
  const sparks: Array<[HTMLCanvasElement, BenchmarkSummary]> = [];
  for (const row of rows) {
    if (row.group !== current) {
      current = row.group;
      body = el('tbody', { className: 'group' });
      const head = el('th', { attrs: { colspan: '5', scope: 'rowgroup' } }, row.group);
      body.appendChild(el('tr', { className: 'group-head' }, head));
      table.appendChild(body);
    }
    const { suite, benchmark } = row;
    const anchor = el('a', { className: 'bench-name' }, benchmark.name);
    anchor.href = hashOf(suite.entry.name, benchmark, benchmarksOf(suite));
    anchor.addEventListener('click', (e) => {
      e.preventDefault();
      select(suite, benchmark, true);
    });
    const canvas = el('canvas', { className: 'spark', attrs: { width: '96', height: '24', 'aria-hidden': 'true' } });
    sparks.push([canvas, benchmark]);
    const verdict = benchmark.lastVerdict ?? '';
    const steps = benchmark.steps;
    const tr = el(
      'tr',
      { className: 'bench' },
      el('td', { className: 'name' }, anchor, benchmark.unit ? el('span', { className: 'unit' }, benchmark.unit) : null),
      el('td', { className: 'latest' }, benchmark.latest ? formatValue(benchmark.latest.value, benchmark.unit) : '—'),
      el('td', { className: 'trend' }, canvas),
      el(
        'td',
        { className: `change ${changeClass(benchmark)}`, title: 'latest run against the median of the 10 before it' },
        benchmark.change === undefined ? '' : formatChange(benchmark.change),
      ),
      el(
        'td',
        { className: 'verdict' },
        verdict ? el('span', { className: `badge verdict-${verdict}` }, verdict) : null,
        steps > 0 ? el('span', { className: 'steps', title: 'change points in this history' }, `${steps} step${steps === 1 ? '' : 's'}`) : null,
      ),
    );
    tr.dataset.search = `${benchmark.name}\u0000${benchmark.group ?? ''}`.toLowerCase();
    tr.dataset.suite = suite.entry.folder;
    tr.dataset.key = columnKey(benchmark);
    body!.appendChild(tr);
  }
  applyFilter();
  markSelected();
  drawSparks(sparks);
}

function changeClass(b: BenchmarkSummary): string {
  if (b.change === undefined || Math.abs(b.change) < 0.005) return '';
  const worse = b.direction === 'smaller' ? b.change > 0 : b.change < 0;
  return worse ? 'worse' : 'better';
}

const waitingForFirstChart: Array<() => void> = [];

/** After the first chart: the work that only adds to the page waits for it. */
function afterFirstChart(work: () => void): void {
  if (state.firstChart) setTimeout(work, 0);
  else waitingForFirstChart.push(work);
}

function firstChartDone(): void {
  for (const work of waitingForFirstChart.splice(0)) setTimeout(work, 0);
}

/** Sparklines in small batches after the first chart, so a long index never holds up the chart or the keyboard. */
function drawSparks(sparks: Array<[HTMLCanvasElement, BenchmarkSummary]>): void {
  let next = 0;
  const batch = () => {
    const end = Math.min(sparks.length, next + 25);
    for (; next < end; next++) {
      const [canvas, benchmark] = sparks[next]!;
      if (canvas.isConnected) drawSparkline(canvas, benchmark.trend, benchmark.direction);
    }
    if (next < sparks.length) setTimeout(batch, 0);
  };
  afterFirstChart(batch);
}

function applyFilter(): void {
  const query = state.query;
  let shown = 0;
  let total = 0;
  for (const body of Array.from($('index').querySelectorAll('tbody'))) {
    let any = false;
    for (const row of Array.from(body.querySelectorAll<HTMLTableRowElement>('tr.bench'))) {
      total++;
      const match = query === '' || (row.dataset.search ?? '').includes(query);
      row.hidden = !match;
      if (match) {
        any = true;
        shown++;
      }
    }
    body.hidden = !any;
  }
  $('count').textContent = query === '' ? `${total} benchmarks` : `${shown} of ${total} benchmarks`;
}

function markSelected(): void {
  const selection = state.selection;
  for (const row of Array.from($('index').querySelectorAll<HTMLTableRowElement>('tr.bench'))) {
    const on = selection !== undefined && row.dataset.suite === selection.suite.entry.folder && row.dataset.key === columnKey(selection.benchmark);
    row.classList.toggle('selected', on);
    if (on) row.setAttribute('aria-current', 'true');
    else row.removeAttribute('aria-current');
  }
}

function select(suite: SuiteState, benchmark: BenchmarkSummary, push: boolean): void {
  state.selection = { suite, benchmark };
  const hash = hashOf(suite.entry.name, benchmark, benchmarksOf(suite));
  if (location.hash !== hash) {
    if (push) history.pushState(null, '', hash);
    else history.replaceState(null, '', hash);
  }
  markSelected();
  renderDetail();
  showChart();
  void loadHistory(suite);
}

function renderDetail(): void {
  const selection = state.selection;
  if (!selection) return;
  const { suite, benchmark } = selection;
  const summary = suite.summary!;
  const repository = state.manifest?.repository;
  $('title').textContent = benchmark.name;
  const meta = $('meta');
  clear(meta);
  append(
    meta,
    el('span', {}, `suite ${suite.entry.name}`),
    benchmark.group ? el('span', {}, `file ${benchmark.group}`) : null,
    el('span', {}, `${benchmark.unit}, ${benchmark.direction} is better`),
    el('span', {}, `${benchmark.runs} runs on ${suite.branch}`),
  );
  const latest = $('latest');
  clear(latest);
  if (benchmark.latest) {
    const l = benchmark.latest;
    append(
      latest,
      'Latest: ',
      el('strong', {}, formatValue(l.value, benchmark.unit, 4)),
      ` (${l.n} sample${l.n === 1 ? '' : 's'}) at `,
      l.commit ? link(l.commit.slice(0, 12), commitUrl(repository, l.commit), 'commit') : 'no commit',
      `, ${dateTime(Date.parse(l.time) / 1000)}`,
      benchmark.lastVerdict ? el('span', { className: `badge verdict-${benchmark.lastVerdict}` }, benchmark.lastVerdict) : null,
    );
  }
  const branch = $<HTMLSelectElement>('branch');
  clear(branch);
  for (const b of summary.branches) {
    const option = el('option', {}, `${b.name} (${b.runs})`);
    option.value = b.name;
    branch.appendChild(option);
  }
  branch.value = suite.branch;
  $('branch-field').hidden = summary.branches.length < 2;
  renderSteps(summary, benchmark, changesOf(suite, benchmark), repository);
}

function renderSteps(summary: SuiteSummary, benchmark: BenchmarkSummary, changes: BenchmarkChanges | undefined, repository: string | undefined): void {
  const steps = $('steps');
  clear(steps);
  if (summary.changePointMethod === undefined) {
    steps.appendChild(el('p', { className: 'muted' }, 'Change points were not looked for: this version of benchgate has no change-point detector.'));
    return;
  }
  if (benchmark.steps > 0 && !changes) {
    steps.appendChild(el('p', { className: 'muted' }, 'Loading change points…'));
    return;
  }
  if (!changes || changes.changePoints.length === 0) {
    steps.appendChild(
      el('p', { className: 'muted' }, summary.changePointMethod ? `No change points found. Method: ${summary.changePointMethod}` : 'No change points found.'),
    );
    return;
  }
  const table = el(
    'table',
    { className: 'steps' },
    el(
      'thead',
      {},
      el('tr', {}, el('th', {}, 'Between commits'), el('th', {}, 'Dates'), el('th', {}, 'Before → after'), el('th', {}, 'Step'), el('th', {}, 'p')),
    ),
  );
  const body = el('tbody');
  for (const cp of [...changes.changePoints].reverse()) {
    const from = cp.from.commit ? link(cp.from.commit.slice(0, 7), commitUrl(repository, cp.from.commit), 'commit') : el('span', {}, '?');
    const to = cp.to.commit ? link(cp.to.commit.slice(0, 7), commitUrl(repository, cp.to.commit), 'commit') : el('span', {}, '?');
    body.appendChild(
      el(
        'tr',
        {},
        el('td', {}, from, ' … ', to),
        el('td', {}, `${shortDate(Date.parse(cp.from.time) / 1000)} … ${shortDate(Date.parse(cp.to.time) / 1000)}`),
        el('td', {}, `${formatValue(cp.before, benchmark.unit)} → ${formatValue(cp.after, benchmark.unit)}`),
        el('td', { className: cp.worse ? 'worse' : 'better' }, formatChange(cp.change)),
        el('td', {}, cp.pValue < 0.001 ? '< 0.001' : cp.pValue.toFixed(3)),
      ),
    );
  }
  table.appendChild(body);
  append(steps, el('p', { className: 'muted' }, summary.changePointMethod), table);
}

function showChart(): void {
  const selection = state.selection;
  if (!selection) return;
  const { suite, benchmark } = selection;
  state.chart?.destroy();
  state.chart = undefined;
  const host = $('chart');
  clear(host);
  const history = suite.history;
  const shards = history ? history.loadedOf(suite.branch) : [];
  if (shards.length === 0) {
    host.appendChild(el('p', { className: 'muted placeholder' }, 'Loading history…'));
    return;
  }
  const series = seriesOf(shards, suite.branch, columnKey(benchmark));
  const changes = changesOf(suite, benchmark);
  state.chart = new BenchmarkChart(host, {
    benchmark,
    ...(changes ? { changes } : {}),
    series,
    xMode: state.xMode,
    log: state.log,
    ...(state.manifest?.repository ? { repository: state.manifest.repository } : {}),
    onDrawn: () => {
      if (state.firstChart) return;
      state.firstChart = true;
      performance.mark('benchgate:first-chart');
      document.documentElement.dataset.firstChart = 'drawn';
      firstChartDone();
    },
  });
}

function refreshChart(): void {
  const selection = state.selection;
  if (!selection || !selection.suite.history) return;
  if (!state.chart) return showChart();
  const { suite, benchmark } = selection;
  state.chart.update(seriesOf(selection.suite.history.loadedOf(suite.branch), suite.branch, columnKey(benchmark)));
}

function redraw(): void {
  renderIndex();
  showChart();
}

/** Newest month first; the chart is drawn after the first and redrawn as each older one arrives. */
async function loadHistory(suite: SuiteState): Promise<void> {
  if (suite.loading) return suite.loading;
  const history = (suite.history ??= new SuiteHistory(suite.summary!, shardReader()));
  const branch = suite.branch;
  suite.loading = (async () => {
    const shards = history.shardsOf(branch);
    let done = 0;
    setStatus(`Loading history: 0 of ${shards.length} months`);
    for (const shard of shards) {
      const fresh = !history.isLoaded(shard.month);
      if (fresh) await history.load(shard, done === 0);
      done++;
      if (state.selection?.suite === suite && suite.branch === branch) refreshChart();
      if (done === 1) ensureChanges(suite);
      setStatus(done < shards.length ? `Loading history: ${done} of ${shards.length} months` : '');
      // Let input and painting in between months.
      if (fresh) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (shards.length === 0) ensureChanges(suite);
    firstChartDone();
    performance.mark('benchgate:history-loaded');
    document.documentElement.dataset.history = 'loaded';
  })();
  try {
    await suite.loading;
  } catch (err) {
    showError((err as Error).message);
  } finally {
    suite.loading = undefined;
    if (suite.branch !== branch) void loadHistory(suite);
  }
}

function setStatus(text: string): void {
  $('status').textContent = text;
}

function showError(message: string): void {
  const box = $('error');
  box.textContent = message;
  box.hidden = false;
}

async function boot(): Promise<void> {
  performance.mark('benchgate:script');
  setupControls();
  shardReader();
  const manifest = await loadManifest();
  performance.mark('benchgate:manifest');
  state.manifest = manifest;
  $('generated').textContent = `updated ${dateTime(Date.parse(manifest.generated) / 1000).replace(' UTC', '')}`;
  if (manifest.suites.length === 0) {
    $('chart').textContent = 'No history yet: the first saved run of a suite starts it.';
    document.documentElement.dataset.history = 'loaded';
    return;
  }
  state.suites = manifest.suites.map((entry) => ({ entry, branch: '' }));
  const wanted = parseHash()?.suite;
  const first = state.suites.find((s) => s.entry.name === wanted) ?? state.suites[0]!;
  const rest = state.suites.filter((s) => s !== first);
  const loads = rest.map((suite) => loadSummary(suite.entry).then((summary) => ({ suite, summary })));
  const summary = await loadSummary(first.entry);
  performance.mark('benchgate:summary');
  first.summary = summary;
  first.branch = summary.defaultBranch;
  const target = findTarget() ?? (benchmarksOf(first)[0] ? { suite: first, benchmark: benchmarksOf(first)[0]! } : undefined);
  if (target) select(target.suite, target.benchmark, false);
  renderIndex();
  for (const load of loads) {
    try {
      const { suite, summary: other } = await load;
      suite.summary = other;
      suite.branch = other.defaultBranch;
    } catch (err) {
      showError((err as Error).message);
    }
  }
  if (rest.length > 0) renderIndex();
  if (!state.selection) followHash();
}

boot().catch((err: unknown) => showError((err as Error).message ?? String(err)));
