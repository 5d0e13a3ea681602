#!/usr/bin/env node
import { main } from './cli/main.ts';

main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`benchgate: unexpected error, please report it: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 2;
  },
);
