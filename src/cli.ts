#!/usr/bin/env node
// Cold start counts (CI steps call `benchgate compare` often): V8's compiled code is kept in
// Node's compile cache (Node >= 22.1; a no-op before, and off with NODE_DISABLE_COMPILE_CACHE),
// which must be switched on before the CLI's modules load, so they are imported from here.
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./cli/entry.ts');
