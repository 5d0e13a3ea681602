// An esbuild plugin that loads Node's builtins with require() instead of import, and the heavy
// ones only when first called.
//
// Why: an ESM import of a builtin builds a namespace for it, which reads every one of its exports,
// and some exports are lazy getters: importing node:util loads util's diff and colour code, which
// opens stderr as a stream; node:fs reads fs.promises, which loads readline and streams. require()
// returns the module object and touches only the names the code takes. Three builtins cost
// milliseconds to load even so (node:crypto about 8, node:fs/promises 4, with readline and the
// streams), and `compare` calls none of them: their functions are bound on first call.
// Together that was about 20 ms of the CLI's 70 ms over `node -e 0` (issue 9; docs/weight.json).
//
// `import { a, b as c } from 'node:x'` becomes `const { a, b: c } = require('node:x')`, and a
// default or namespace import the whole object; for the LAZY builtins each imported function
// becomes `const a = (...args) => require('node:x').a(...args)`. The bundle's banner gives every
// chunk a require(). Only single-line imports of builtins are rewritten (benchgate's sources have
// no other kind); `import type` is left alone. __tests__/architecture checks the result: the CLI's
// `compare` loads none of these builtins.
import type { Plugin } from 'esbuild';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

const nodeRequire = createRequire(import.meta.url);

/** Builtins whose functions are bound on first call. Not child_process: promisify(execFile) needs its own custom promisified form. */
export const LAZY = new Set(['node:fs/promises', 'node:timers/promises', 'node:crypto']);

const IMPORT = /^import\s+(?!type\s)([^'";\n]+?)\s+from\s+'(node:[a-z_/]+)';$/gm;

/** The source with its builtin imports turned into require() calls. */
export function builtinsViaRequire(source: string): string {
  return source.replace(IMPORT, (_statement, clause: string, specifier: string) => {
    const call = `require(${JSON.stringify(specifier)})`;
    const named = /^\{(.*)\}$/.exec(clause.trim());
    if (named) {
      const names = named[1]!
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('type '))
        .map((s) => {
          const [, imported, local] = /^(\S+)(?:\s+as\s+(\S+))?$/.exec(s)!;
          return { imported: imported!, local: local ?? imported! };
        });
      const exported = nodeRequire(specifier) as Record<string, unknown>;
      const lazy = (n: { imported: string }) => LAZY.has(specifier) && typeof exported[n.imported] === 'function' && /^[a-z]/.test(n.imported);
      const eager = names.filter((n) => !lazy(n));
      return [
        ...(eager.length > 0 ? [`const { ${eager.map((n) => (n.local === n.imported ? n.local : `${n.imported}: ${n.local}`)).join(', ')} } = ${call};`] : []),
        ...names.filter(lazy).map((n) => `const ${n.local} = (...args) => ${call}.${n.imported}(...args);`),
      ].join(' ');
    }
    const whole = /^(?:\*\s+as\s+)?([A-Za-z_$][\w$]*)$/.exec(clause.trim());
    if (whole) return `const ${whole[1]} = ${call};`;
    throw new Error(`builtins-via-require: cannot rewrite "import ${clause} from '${specifier}'"; write it as a named or default import`);
  });
}

export const builtinsViaRequirePlugin: Plugin = {
  name: 'builtins-via-require',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: builtinsViaRequire(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};
