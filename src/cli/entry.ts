// The CLI process: exit codes, EPIPE, and the one place an unexpected error is reported.
import { main } from './main.ts';

// `benchgate list | head`: once the reader has gone, the rest of the output has nowhere to go.
// The command still finishes and its exit code still counts (a regression must not turn into a pass).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });
}

main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`benchgate: unexpected error, please report it: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 2;
  },
);
