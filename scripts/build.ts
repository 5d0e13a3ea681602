// Bundles dist/ as ESM: the Action (index.js), the CLI (cli.js), the benchmark child (child.js),
// the load scenario child (load-child.js) and the public API (api.js). Run by `npm run build`; CI
// rebuilds and fails if dist/ differs.
import { build, type Plugin } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { dashboardAssets } from '../src/report/dashboard/assets.ts';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

// The dashboard's page program, bundled once here and carried inside dist/ as text.
const assets = await dashboardAssets();
const embedDashboard: Plugin = {
  name: 'embed-dashboard-assets',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]report[\\/]dashboard[\\/]assets\.ts$/ }, () => ({
      contents: `export async function dashboardAssets() { return ${JSON.stringify(assets)}; }`,
      loader: 'js',
    }));
  },
};

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: {
    index: 'src/action.ts',
    cli: 'src/cli.ts',
    child: 'src/measure/micro/child.ts',
    'load-child': 'src/load/child.ts',
    api: 'src/api.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // tsx is found at run time in the user's project (TypeScript benchmarks on Node < 22.18).
  external: ['tsx', 'tsx/*'],
  define: { BENCHGATE_VERSION: JSON.stringify(pkg.version) },
  // Some bundled CommonJS dependencies call require(); ESM has none, so give them one.
  banner: { js: "import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);" },
  legalComments: 'linked',
  plugins: [embedDashboard],
  logLevel: 'warning',
});
