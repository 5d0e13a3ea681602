// The option table (src/config/options.ts) is the single source of every shared option: the CLI's
// flags and help come from it at run time, and this script writes the rest from it:
//   README.md         the option table (with the commands that take each option),
//   action.yml        each shared input's description and default,
//   docs/action.md    those inputs' rows of its inputs table.
//
//   npm run docs:options            rewrite them
//   npm run docs:options -- --check say which are out of date and exit 1 (a test runs this)
//
// A new option is a new row of OPTIONS (with `action` for its input, or false), its name in the
// `options` of each command that reads it, and then this script.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COMMANDS } from '../src/cli/commands.ts';
import { OPTIONS } from '../src/config/options.ts';

const ROOT = resolve(import.meta.dirname, '..');
type Option = (typeof OPTIONS)[number];

/** The default as the docs write it. */
export function shownDefault(option: Option): string {
  const shown = 'shown' in option ? option.shown : undefined;
  return shown ?? (option.default === undefined ? '' : String(option.default));
}

/** The commands whose flags include the option, in the order of `benchgate help`. */
export function commandsTaking(name: string): string[] {
  return Object.values(COMMANDS)
    .filter((c) => (c.options as readonly string[]).includes(name))
    .map((c) => c.name);
}

const cell = (text: string) =>
  text
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

function readmeTable(): string {
  return [
    '| option | default | commands | meaning |',
    '| --- | --- | --- | --- |',
    ...OPTIONS.map((o) => {
      const shown = shownDefault(o);
      const fallback = 'defaultText' in o && o.defaultText ? o.defaultText : '';
      const commands = commandsTaking(o.name);
      return `| \`--${o.name}\` | ${shown ? `\`${shown}\`` : fallback} | ${commands.join(', ')}${o.action ? `${commands.length ? ', ' : ''}Action input` : ''} | ${cell(o.description)} |`;
    }),
  ].join('\n');
}

// action.yml's scalars: plain where YAML reads them back as the same string, single-quoted otherwise.
function yamlScalar(text: string): string {
  const plain =
    text !== '' &&
    !/^[\s!&*?|>'"%@`{}[\],#-]/.test(text) &&
    !/[:#]\s|:$|\s#|\s$/.test(text) &&
    !/^(?:true|false|yes|no|on|off|null|~|[-+]?[\d.]+(?:e[-+]?\d+)?)$/i.test(text);
  return plain ? text : `'${text.replace(/'/g, "''")}'`;
}

function actionYml(text: string): string {
  let out = text;
  for (const o of OPTIONS) {
    if (!o.action) continue;
    const block = new RegExp(`(\\n  ${o.name}:\\n)    description: [^\\n]*\\n    default: [^\\n]*\\n`);
    if (!block.test(out)) throw new Error(`action.yml has no input '${o.name}' with a one-line description and default; add one`);
    out = out.replace(block, `$1    description: ${yamlScalar(o.action)}\n    default: ${yamlScalar(shownDefault(o))}\n`);
  }
  return out;
}

function actionDoc(text: string): string {
  let out = text;
  for (const o of OPTIONS) {
    if (!o.action) continue;
    const shown = shownDefault(o);
    const row = `| \`${o.name}\` | ${shown ? `\`${cell(shown)}\`` : '*(empty)*'} | ${cell(o.action)} |`;
    const pattern = new RegExp(`^\\| \`${o.name}\` \\|.*$`, 'm');
    if (!pattern.test(out)) throw new Error(`docs/action.md has no row for the input '${o.name}'`);
    out = out.replace(pattern, () => row);
  }
  return out;
}

function readme(text: string): string {
  const start = '<!-- options:start (generated from src/config/options.ts by npm run docs:options) -->';
  const end = '<!-- options:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
  return `${text.slice(0, from + start.length)}\n${readmeTable()}\n${text.slice(to)}`;
}

export function generated(): Record<string, { current: string; wanted: string }> {
  const files: Record<string, (text: string) => string> = { 'README.md': readme, 'action.yml': actionYml, 'docs/action.md': actionDoc };
  return Object.fromEntries(
    Object.entries(files).map(([file, make]) => {
      const current = readFileSync(join(ROOT, file), 'utf8');
      return [file, { current, wanted: make(current) }];
    }),
  );
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const [file, { current, wanted }] of Object.entries(generated())) {
    if (current === wanted) continue;
    stale.push(file);
    if (!check) writeFileSync(join(ROOT, file), wanted);
  }
  if (check && stale.length > 0) {
    process.stderr.write(`Out of date with the option table: ${stale.join(', ')}. Run npm run docs:options.\n`);
    process.exit(1);
  }
  process.stdout.write(stale.length === 0 ? 'Option docs are up to date.\n' : `Rewrote ${stale.join(', ')}.\n`);
}
