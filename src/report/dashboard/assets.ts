// The dashboard's program: the page's code with uPlot bundled in, and its styles. From the
// source tree it is bundled on the fly with esbuild (a development dependency); the published
// dist/ carries the result, put in place of this module by scripts/build.ts.
import { readFile } from 'node:fs/promises';
import type { SiteFile } from './site.ts';

const CLIENT = new URL('./client/main.ts', import.meta.url);
const WORKER = new URL('./client/worker.ts', import.meta.url);
const STYLE = new URL('./client/style.css', import.meta.url);

export async function dashboardAssets(): Promise<SiteFile[]> {
  const { build } = await import('esbuild');
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const bundle = await build({
    entryPoints: { app: CLIENT.pathname, worker: WORKER.pathname },
    outdir: '/',
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = (name: string) => {
    const file = bundle.outputFiles.find((f) => f.path.endsWith(`/${name}`));
    if (!file) throw new Error(`the dashboard bundle has no ${name}`);
    return file.text;
  };
  const uplotCss = await readFile(require.resolve('uplot/dist/uPlot.min.css'), 'utf8');
  const { version } = JSON.parse(await readFile(require.resolve('uplot/package.json'), 'utf8')) as { version: string };
  const notice = `/*! benchgate dashboard. Includes uPlot ${version}, (c) Leon Sorokin, MIT licence, https://github.com/leeoniya/uPlot */\n`;
  const style = await readFile(STYLE, 'utf8');
  return [
    { path: 'app.js', content: notice + output('app.js') },
    { path: 'worker.js', content: output('worker.js') },
    { path: 'app.css', content: `/*! uPlot ${version} styles, MIT licence */\n${uplotCss}\n${style}` },
  ];
}
