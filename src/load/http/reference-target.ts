// A plain HTTP server in a process of its own, on 127.0.0.1, answering every request with
// the same small JSON body (optionally after a fixed delay). It is the known target that load
// generators are held against: the in-process generator and autocannon should get the
// same throughput out of it.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ReferenceTarget {
  url: string;
  port: number;
  /** Stop the server process. */
  close(): Promise<void>;
}

const SERVER = `
const http = require('node:http');
const delay = Number(process.env.REFERENCE_DELAY_MS || 0);
const body = JSON.stringify({ events: [{ id: 1, kind: 'created', group: 'g1' }] });
const answer = (res) => { res.setHeader('content-type', 'application/json'); res.end(body); };
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => (delay > 0 ? setTimeout(answer, delay, res) : answer(res)));
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
process.on('SIGTERM', () => { server.closeAllConnections(); server.close(() => process.exit(0)); });
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
`;

/** Start the reference server; `delayMs` holds each response that long (a fixed service time). */
export async function startReferenceTarget(options: { delayMs?: number } = {}): Promise<ReferenceTarget> {
  // stdin stays open as a lifeline: if this process dies, the server's stdin ends and it exits.
  const child: ChildProcess = spawn(process.execPath, ['-e', SERVER], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, REFERENCE_DELAY_MS: String(options.delayMs ?? 0) },
  });
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error('the reference target did not start within 10 s')), 10_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the reference target exited with ${code} before it listened`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
