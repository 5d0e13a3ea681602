// The option table is the single source of every shared option: each option is taken by the
// commands that list it (flags and help), documented in README, action.yml and docs/action.md as
// the table says (npm run docs:options --check), and no option is documented that nothing takes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { commandsTaking, shownDefault } from '../../scripts/docs-options.ts';
import { COMMANDS } from '../../src/cli/commands.ts';
import { OPTIONS, resolveConfig } from '../../src/config/options.ts';
import { runCli, type CliOutcome } from '../support/cli.ts';

const ROOT = join(import.meta.dirname, '../..');

/** A value each option accepts: its documented default, or a sample where that is empty. */
const SAMPLE: Record<string, string> = { filter: '^x' };

function cli(...argv: string[]): Promise<CliOutcome> {
  return runCli(argv, { cwd: ROOT, env: {} });
}

describe('the option table', () => {
  it('README, action.yml and docs/action.md say what it says (npm run docs:options -- --check)', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/docs-options.ts'), '--check'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });

  it('every option is taken by some command or is an input of the Action: none is documented and then refused', () => {
    for (const option of OPTIONS) {
      assert.ok(commandsTaking(option.name).length > 0 || option.action, `--${option.name} is in the table, but no command takes it and it is no Action input`);
    }
  });

  for (const option of OPTIONS) {
    const value = SAMPLE[option.name] ?? shownDefault(option);
    it(`--${option.name} ${value}: parses, and is accepted and listed in help by ${commandsTaking(option.name).join(', ') || 'no command'}`, async () => {
      resolveConfig([{ values: { [option.name]: value }, origin: (name) => `--${name}` }]);
      for (const name of commandsTaking(option.name)) {
        const result = await cli(name, `--${option.name}`, value, '--help');
        assert.equal(result.code, 0, `benchgate ${name} refuses --${option.name}: ${result.stderr}`);
        assert.match(result.stdout, new RegExp(`--${option.name} VALUE`), `benchgate help ${name} does not list --${option.name}`);
      }
    });
  }

  it('--common-noise reaches compare, as README says', async () => {
    assert.ok(COMMANDS.compare?.options.includes('common-noise'));
    const refused = await cli('compare', '--common-noise', '2000%');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--common-noise/);
    assert.doesNotMatch(refused.stderr, /Unknown option/i);
  });
});
