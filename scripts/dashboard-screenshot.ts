// docs/dashboard.png, from a real run: benchgate measures the bundled demo library 16 times on
// this machine (versions 1 then 2, as if v2 had been merged half way; the commits are named for
// the picture, the measurements and their times are real), keeps every run in a local store as
// the history of `main`, writes the dashboard, and Chromium takes the picture.
//
//     npm run build && node scripts/dashboard-screenshot.ts
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveFolder } from '../__tests__/support/browser.ts';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'benchgate-screenshot-'));
const RUNS = 16;
const BENCHMARK = 'escapeHtml 1.6 KB';

function benchgate(args: string[], env: Record<string, string> = {}): void {
  execFileSync(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

try {
  const store = join(work, 'store');
  for (let i = 0; i < RUNS; i++) {
    const version = i < RUNS / 2 ? '1' : '2';
    const file = join(work, `run-${i}.json`);
    const commit = createHash('sha1').update(`demo commit ${i}`).digest('hex');
    process.stdout.write(`run ${i + 1} of ${RUNS} (demo v${version})\n`);
    const measure = ['--samples', '8', '--processes', '2', '--round-time', '50ms', '--commit', commit, '--branch', 'main'];
    benchgate(['run', '--benchmarks', 'examples/demo/benchmarks', '--suite', 'demo', ...measure, '--out', file], { DEMO_VERSION: version });
    benchgate(['save', file, '--branch', 'main', '--store', store]);
  }
  const site = join(work, 'site');
  benchgate(['dashboard', '--store', store, '--out', site, '--repository-url', 'https://github.com/benchgate/benchgate']);

  const server = await serveFolder(site);
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${server.url}#demo/${encodeURIComponent(BENCHMARK)}`);
    await page.waitForFunction(() => document.documentElement.dataset.history === 'loaded' && document.documentElement.dataset.changes === 'loaded');
    const over = await page.locator('#chart .u-over').boundingBox();
    if (over) await page.mouse.move(over.x + over.width * 0.78, over.y + over.height * 0.3);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(root, 'docs', 'dashboard.png') });
    process.stdout.write('Wrote docs/dashboard.png\n');
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
