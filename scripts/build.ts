// Bundles dist/ as ESM: the Action (index.js), the CLI (cli.js), the benchmark child (child.js),
// the load scenario child (load-child.js) and the public API (api.js). Run by `npm run build`; CI
// rebuilds and fails if dist/ differs.
import { build, type Plugin } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { dashboardAssets } from '../src/report/dashboard/assets.ts';
import { builtinsViaRequirePlugin } from './builtins-via-require.ts';

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

// @actions/http-client imports undici 6 for one method, getAgentDispatcher (a proxy dispatcher for
// fetch), which neither @actions/core, @actions/cache nor benchgate calls; the rest of it uses
// node:http. Bundled, that import is 0.8 MB of a second undici beside the load client's. It is
// replaced by a ProxyAgent that says so if anything ever constructs one; __tests__/architecture
// checks that the Action's bundle holds no undici.
const noProxyAgent: Plugin = {
  name: 'actions-http-client-without-undici',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, (args) =>
      /[\\/]@actions[\\/]http-client[\\/]/.test(args.importer) ? { path: 'undici', namespace: 'no-proxy-agent' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-proxy-agent' }, () => ({
      contents:
        "export class ProxyAgent { constructor() { throw new Error('benchgate is bundled without undici for @actions/http-client: getAgentDispatcher() is not available'); } }",
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
    http: 'src/api-http.ts',
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
  // Plugins that load a source file go first-come: the dashboard's embed before the rewrite of imports.
  plugins: [embedDashboard, noProxyAgent, builtinsViaRequirePlugin],
  logLevel: 'warning',
});
