// The CLI: parse flags into a Config, run one command of the pipeline, map the outcome to an exit code.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readConfigFile, CONFIG_FILE } from '../config/file.ts';
import { OPTIONS, resolveConfig, type Config, type ConfigLayer } from '../config/options.ts';
import { isUserError, UsageError } from '../errors.ts';
import { EXIT_BAD_INPUT, EXIT_OK } from '../gate/gate.ts';
import { COMMANDS, type Command, type CommandContext } from './commands.ts';
import { helpText } from './help.ts';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(helpText(rest[0]));
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`benchgate: unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(', ')}. See 'benchgate help'.\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    const { flags, positionals } = parseFlags(command, rest);
    if (flags.help) {
      io.stdout.write(helpText(name));
      return EXIT_OK;
    }
    const config = await loadConfig(command, flags, io.cwd);
    const ctx: CommandContext = { config, flags, positionals, io };
    return await command.run(ctx);
  } catch (err) {
    if (isUserError(err)) {
      io.stderr.write(`benchgate ${name}: ${err.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw err;
  }
}

declare const BENCHGATE_VERSION: string | undefined;
const VERSION = typeof BENCHGATE_VERSION === 'string' ? BENCHGATE_VERSION : 'dev';

type Flags = Record<string, string | boolean | undefined>;

function parseFlags(command: Command, args: string[]): { flags: Flags; positionals: string[] } {
  const options: ParseArgsConfig['options'] = { help: { type: 'boolean', short: 'h' }, config: { type: 'string' } };
  for (const name of command.options) options[name] = { type: 'string' };
  for (const [name, spec] of Object.entries(command.flags)) options[name] = { type: spec.type };
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    const variadic = command.positionals.at(-1)?.endsWith('...') ?? false;
    if (!variadic && positionals.length > command.positionals.length) {
      throw new UsageError(`unexpected argument '${positionals[command.positionals.length]}'; usage: ${command.usage}`);
    }
    return { flags: values as Flags, positionals };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    // node's messages name the flag already; add where to look.
    throw new UsageError(`${(err as Error).message.replace(/\. To specify a positional.*$/s, '')}. See 'benchgate help ${command.name}'.`);
  }
}

async function loadConfig(command: Command, flags: Flags, cwd: string): Promise<Config> {
  const explicit = typeof flags.config === 'string';
  const path = explicit ? (flags.config as string) : CONFIG_FILE;
  const { resolve } = await import('node:path');
  const file = await readConfigFile(resolve(cwd, path), explicit);
  // A command's own flag may share a name with an option of the table (import-history's --tool).
  const known = new Set<string>(OPTIONS.map((o) => o.name).filter((name) => command.options.includes(name)));
  const fromFlags: ConfigLayer = {
    values: Object.fromEntries(Object.entries(flags).filter(([name]) => known.has(name))),
    origin: (name) => `--${name}`,
  };
  return resolveConfig(file ? [{ ...file, origin: (name) => `${path}: ${name}` }, fromFlags] : [fromFlags]);
}
