// The dashboard as files: the page, its program, the manifest and one summary per suite. Pure:
// histories in, files out; the CLI and the Action read the store and write what changed.
// No stored text reaches the HTML: the page is the same for every store, and its data is
// JSON the program puts into the DOM as text.
import { createHash } from 'node:crypto';
import type { DetectChangePoints } from './change-points.ts';
import { DASHBOARD_VERSION, MANIFEST_FILE, MANIFEST_FORMAT, SITE_FOLDER, type DashboardManifest } from './model.ts';
import { summarizeSuite, type SuiteHistory } from './summary.ts';

export interface SiteFile {
  /** '/'-separated, relative to the site's folder. */
  path: string;
  content: string;
}

export interface SiteInput {
  suites: SuiteHistory[];
  /** The program: app.js and app.css (dashboardAssets()). */
  assets: SiteFile[];
  /** Where commits open; anything but an http(s) URL is left out. */
  repository?: string;
  generated: string;
  detect: DetectChangePoints;
  changePointMethod?: string;
}

/** The names a store may not use for a suite's folder, because the site's own files live there. */
export const SITE_PATHS = ['index.html', SITE_FOLDER];

export function renderSite(input: SiteInput): SiteFile[] {
  const files: SiteFile[] = [];
  const manifest: DashboardManifest = {
    format: MANIFEST_FORMAT,
    version: DASHBOARD_VERSION,
    generated: input.generated,
    ...(httpUrl(input.repository) ? { repository: httpUrl(input.repository)! } : {}),
    suites: [],
  };
  const suites = [...input.suites].sort((a, b) => (a.suite < b.suite ? -1 : a.suite > b.suite ? 1 : 0));
  for (const history of suites) {
    if (SITE_PATHS.includes(history.folder)) {
      throw new RangeError(
        `suite ${JSON.stringify(history.suite)}: its folder "${history.folder}" is where the dashboard keeps its own files; rename the suite`,
      );
    }
    const { summary, changes } = summarizeSuite(history, {
      detect: input.detect,
      ...(input.changePointMethod !== undefined ? { changePointMethod: input.changePointMethod } : {}),
    });
    const content = `${JSON.stringify(summary)}\n`;
    const changesContent = `${JSON.stringify(changes)}\n`;
    files.push({ path: `${SITE_FOLDER}/suites/${history.folder}.json`, content });
    files.push({ path: `${SITE_FOLDER}/changes/${history.folder}.json`, content: changesContent });
    manifest.suites.push({
      name: history.suite,
      folder: history.folder,
      runs: history.index.shards.reduce((sum, s) => sum + s.runs, 0),
      benchmarks: history.index.benchmarks.length,
      stamp: stamp(content),
      changesStamp: stamp(changesContent),
    });
  }
  files.push({ path: MANIFEST_FILE, content: `${JSON.stringify(manifest)}\n` });
  for (const asset of input.assets) files.push({ path: `${SITE_FOLDER}/${asset.path}`, content: asset.content });
  const versions = Object.fromEntries(input.assets.map((a) => [a.path, stamp(a.content)]));
  // The page starts the worker with its own script's stamp: one stamp for both.
  versions['app.js'] = stamp(input.assets.map((a) => (a.path.endsWith('.js') ? a.content : '')).join('\u0000'));
  files.push({ path: 'index.html', content: page(versions) });
  return files;
}

function stamp(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 12);
}

function httpUrl(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page, the same for every store. Its policy lets it load only its own files, so even a
 * bug that put stored text into markup could not run a script or reach another host.
 */
function page(versions: Record<string, string>): string {
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <meta name="referrer" content="no-referrer" />
    <meta name="generator" content="benchgate" />
    <title>Benchmarks · benchgate</title>
    <link rel="icon" href="data:," />
    <link rel="preload" href="${MANIFEST_FILE}" as="fetch" crossorigin="anonymous" />
    <link rel="stylesheet" href="${SITE_FOLDER}/app.css?v=${versions['app.css'] ?? ''}" />
    <script defer src="${SITE_FOLDER}/app.js?v=${versions['app.js'] ?? ''}"></script>
  </head>
  <body>
    <header>
      <h1>Benchmarks</h1>
      <span id="generated"></span>
      <span class="spacer"></span>
      <input id="search" type="search" placeholder="Search benchmarks" aria-label="Search benchmarks by name" autocomplete="off" />
      <label>Group <select id="group"><option value="suite">by suite</option><option value="file">by file</option></select></label>
      <label id="branch-field" hidden>Branch <select id="branch"></select></label>
      <label>X <select id="x-mode"><option value="commit">by commit</option><option value="time">by time</option></select></label>
      <label><input id="log" type="checkbox" /> Log scale</label>
      <button id="theme" type="button" aria-label="Switch between light and dark">Dark</button>
    </header>
    <div id="error" role="alert" hidden></div>
    <main>
      <section id="detail" aria-live="polite">
        <h2 id="title"></h2>
        <div id="meta"></div>
        <p id="latest"></p>
        <div id="chart"></div>
        <div id="status"></div>
        <p class="note">
          Line: each run's median. Band: a 95% interval of that median from the run's own samples (median ×÷ e^(1.96 · 1.25 · cv / √n), on the log scale).
          Runs also differ from one another by more than this: change points are judged on the whole series, not on the bands.
          ▲ regression, ▼ improvement, ● failed, as the Action judged the run; dashed lines: change points, with the size of the step.
          Drag to zoom, double-click to reset; click a point to open its commit.
        </p>
        <h3>Change points</h3>
        <div id="steps"></div>
      </section>
      <nav id="list" aria-label="Benchmarks">
        <div id="count" class="muted"></div>
        <table id="index"></table>
      </nav>
    </main>
    <noscript>This dashboard needs JavaScript.</noscript>
  </body>
</html>
`;
}
