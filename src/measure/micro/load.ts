// Loading one benchmark file in the child, TypeScript included, without a build step.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPESCRIPT_FILE = /\.(ts|mts|cts)$/;

export async function loadBenchmarkFile(file: string): Promise<void> {
  if (TYPESCRIPT_FILE.test(file) && !canLoadTypeScript()) await registerTsx(file);
  await import(pathToFileURL(file).href);
}

function canLoadTypeScript(): boolean {
  // When this module is itself TypeScript (benchgate's own sources, not the bundle),
  // something already loads .ts files: Node's type stripping or tsx passed with --import.
  return Boolean(process.features.typescript) || import.meta.url.endsWith('.ts');
}

// The project's own tsx first (its version and tsconfig handling are what its authors chose),
// then the one installed with benchgate.
async function registerTsx(file: string): Promise<void> {
  for (const from of [file, import.meta.url]) {
    const api = tsxApi(from);
    if (!api) continue;
    const { register } = (await import(api)) as { register: () => unknown };
    register();
    return;
  }
  throw new Error(
    `TypeScript benchmark files need Node >= 22.18 or the tsx package; this is Node ${process.version} ` +
      `and tsx was found neither from ${dirname(file)} nor beside benchgate. Install it in the project ` +
      '(npm install --save-dev tsx: benchgate names it as an optional peer dependency) or run on Node >= 22.18.',
  );
}

// `tsx/esm/api` resolved as an import would resolve it from `from`. require.resolve would pick
// the CommonJS build, whose register() cannot find its loader when loaded that way.
function tsxApi(from: string): string | undefined {
  let manifest: string;
  try {
    manifest = createRequire(from).resolve('tsx/package.json');
  } catch {
    return undefined;
  }
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Record<string, unknown> };
  const entry = exports?.['./esm/api'] as string | { import?: string | { default?: string } } | undefined;
  const target = typeof entry === 'string' ? entry : typeof entry?.import === 'string' ? entry.import : entry?.import?.default;
  return target ? pathToFileURL(join(dirname(manifest), target)).href : undefined;
}
