// Loading one benchmark file in the child, TypeScript included, without a build step.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPESCRIPT_FILE = /\.(ts|mts|cts)$/;

export async function loadBenchmarkFile(file: string): Promise<void> {
  if (TYPESCRIPT_FILE.test(file) && !canLoadTypeScript()) registerTsx(file);
  await import(pathToFileURL(file).href);
}

function canLoadTypeScript(): boolean {
  // When this module is itself TypeScript (benchgate's own sources, not the bundle),
  // something already loads .ts files: Node's type stripping or tsx passed with --import.
  return Boolean(process.features.typescript) || import.meta.url.endsWith('.ts');
}

// The project's own tsx first (its version and tsconfig handling are what its authors chose),
// then the one installed with benchgate.
function registerTsx(file: string): void {
  for (const from of [file, import.meta.url]) {
    let api: { register: () => unknown };
    try {
      api = createRequire(from)('tsx/esm/api') as typeof api;
    } catch {
      continue;
    }
    api.register();
    return;
  }
  throw new Error(
    `TypeScript benchmark files need Node >= 22.18 or the tsx package; this is Node ${process.version} ` +
      `and tsx was found neither from ${dirname(file)} nor beside benchgate`,
  );
}
