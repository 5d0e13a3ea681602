// Help, generated from the commands and the option table so it can never drift from them.
import { OPTIONS } from '../config/options.ts';
import { COMMANDS } from './commands.ts';

export function helpText(commandName?: string): string {
  const command = commandName ? COMMANDS[commandName] : undefined;
  if (!command) {
    const rows = Object.values(COMMANDS).map((c) => `  ${c.name.padEnd(9)} ${c.summary}`);
    return [
      'benchgate: catch performance regressions with statistics, not single numbers.',
      '',
      'Usage: benchgate <command> [options]',
      '',
      'Commands:',
      ...rows,
      '',
      "Run 'benchgate help <command>' for its options. Options can also be set in benchgate.config.json.",
      'Exit codes: 0 no regression, 1 regression or failed benchmark, 2 bad usage or bad input.',
      '',
    ].join('\n');
  }
  const lines = [`Usage: ${command.usage}`, '', command.summary, ''];
  const own = Object.entries(command.flags).map(([name, spec]) => flagLine(name, spec.type === 'string' ? 'VALUE' : '', spec.description));
  const shared = OPTIONS.filter((o) => command.options.includes(o.name)).map((o) =>
    flagLine(o.name, 'VALUE', `${o.description} (default: ${o.defaultText ?? String(o.default)})`),
  );
  lines.push('Options:', ...own, ...shared, flagLine('config', 'FILE', 'Read options from this JSON file (default: benchgate.config.json when present).'), '');
  return lines.join('\n');
}

function flagLine(name: string, value: string, description: string): string {
  const flag = `--${name}${value ? ` ${value}` : ''}`;
  return `  ${flag.padEnd(26)} ${description}`;
}
