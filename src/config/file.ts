// The optional config file, benchgate.config.json: the same option names as the flags.
import { readFileSync } from 'node:fs';
import { InputError, describe } from '../errors.ts';
import type { ConfigLayer } from './options.ts';

export const CONFIG_FILE = 'benchgate.config.json';

/** Reads the config file; a missing default file is fine, a missing explicit one is an error. */
export async function readConfigFile(path: string, explicit: boolean): Promise<ConfigLayer | undefined> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !explicit) return undefined;
    throw new InputError(path, `cannot read the config file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch (err) {
    throw new InputError(path, `not valid JSON: ${(err as Error).message}`);
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw new InputError(path, `expected an object of options such as {"threshold": "5%"}, found ${describe(values)}`);
  }
  const { $schema: _ignored, ...options } = values as Record<string, unknown>;
  return { values: options, origin: (name) => `${path}: ${name}` };
}
