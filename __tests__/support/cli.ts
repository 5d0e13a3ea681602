// The CLI run in this process, as a shell would see it: the arguments, a working folder and an
// environment in; the exit code and everything written to stdout and stderr out.
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.ts';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** `benchgate ...argv` in `cwd`; `env` defaults to this process's, with colour off. */
export async function runCli(argv: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CliOutcome> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(argv, { cwd: options.cwd, env: options.env ?? { ...process.env, NO_COLOR: '1' }, stdout, stderr });
  return { code, stdout: out, stderr: err };
}
