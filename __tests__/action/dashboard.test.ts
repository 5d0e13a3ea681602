// The Action's dashboard settings: where the page is said to be, when it is regenerated, and
// the link the summary and the comment get.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pagesUrl, readDashboardSettings, withDashboardLink } from '../../src/action/dashboard.ts';
import { readInputs } from '../../src/action/inputs.ts';

const github = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'Octo-Org/widgets' };

function inputs(values: Record<string, string>) {
  return readInputs((name) => values[name] ?? '');
}

test("the page's address is GitHub Pages' for the repository holding the data branch, folder included", () => {
  assert.equal(pagesUrl({ dataRepository: '', dataFolder: '' }, github), 'https://octo-org.github.io/widgets/');
  assert.equal(pagesUrl({ dataRepository: '', dataFolder: 'dev/bench' }, github), 'https://octo-org.github.io/widgets/dev/bench/');
  assert.equal(pagesUrl({ dataRepository: 'https://github.com/perf-org/perf-data.git', dataFolder: '' }, github), 'https://perf-org.github.io/perf-data/');
  assert.equal(pagesUrl({ dataRepository: 'git@github.com:perf-org/perf-data.git', dataFolder: 'a b' }, github), 'https://perf-org.github.io/perf-data/a%20b/');
  assert.equal(
    pagesUrl({ dataRepository: '', dataFolder: '' }, { ...github, GITHUB_REPOSITORY: 'octo-org/octo-org.github.io' }),
    'https://octo-org.github.io/',
  );
});

test('no address is made up where Pages lives elsewhere: GitHub Enterprise Server, another host, a local path', () => {
  assert.equal(pagesUrl({ dataRepository: '', dataFolder: '' }, { GITHUB_SERVER_URL: 'https://ghe.example.com', GITHUB_REPOSITORY: 'a/b' }), undefined);
  assert.equal(pagesUrl({ dataRepository: 'https://gitlab.com/a/b.git', dataFolder: '' }, github), undefined);
  assert.equal(pagesUrl({ dataRepository: '/srv/git/data.git', dataFolder: '' }, github), undefined);
});

test('dashboard: auto is on with the data branch and off otherwise; dashboard-url wins', () => {
  const env = (values: Record<string, string>) => ({
    ...github,
    ...Object.fromEntries(Object.entries(values).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  });
  assert.deepEqual(readDashboardSettings(inputs({ 'baseline-store': 'branch' }), env({})), {
    enabled: true,
    atRoot: true,
    url: 'https://octo-org.github.io/widgets/',
  });
  assert.deepEqual(readDashboardSettings(inputs({ 'baseline-store': 'cache' }), env({})), { enabled: false, atRoot: true });
  assert.deepEqual(readDashboardSettings(inputs({ 'baseline-store': 'branch', 'data-folder': 'dev' }), env({ dashboard: 'false' })), {
    enabled: false,
    atRoot: false,
  });
  assert.deepEqual(readDashboardSettings(inputs({ 'baseline-store': 'cache' }), env({ 'dashboard-url': 'https://perf.example.com/' })), {
    enabled: false,
    atRoot: true,
    url: 'https://perf.example.com/',
  });
  assert.throws(() => readDashboardSettings(inputs({ 'baseline-store': 'branch' }), env({ dashboard: 'sometimes' })), /input 'dashboard'/);
  assert.throws(
    () => readDashboardSettings(inputs({ 'baseline-store': 'branch' }), env({ 'dashboard-url': 'javascript:alert(1)' })),
    /input 'dashboard-url': expected an http\(s\) address/,
  );
});

test('the link goes below the report, and nothing in the address can end it early', () => {
  assert.equal(withDashboardLink('report\n', { enabled: true, atRoot: true }), 'report\n');
  assert.equal(
    withDashboardLink('report\n\n', { enabled: true, atRoot: true, url: 'https://o.github.io/r/' }),
    'report\n\n📈 [Trends of every benchmark](https://o.github.io/r/) (the dashboard of the data branch)\n',
  );
  assert.match(withDashboardLink('r', { enabled: true, atRoot: true, url: 'https://x.example/a)b' }), /\(https:\/\/x\.example\/a%29b\)/);
});
