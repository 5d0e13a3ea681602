// Debian's Chromium driven by playwright-core (nothing downloaded), and a static file server on
// 127.0.0.1 for the pages it opens. Shared by the dashboard's browser tests and its evaluation.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.BENCHGATE_CHROMIUM ?? '/usr/bin/chromium';

/** The switches the tests run Chromium with: headless, and quiet on the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile every time, removed on close. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'benchgate-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport: { width: 1360, height: 860 },
    deviceScaleFactor: 1,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  url: string;
  /** Paths requested, in order, with their status. */
  requests: Array<{ path: string; status: number }>;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 (a free port), as GitHub Pages serves a branch: files only, queries ignored. */
export async function serveFolder(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const requests: StaticServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(base, path));
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      requests.push({ path, status });
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
      res.end(body);
    };
    if (file !== base && !file.startsWith(base + sep)) return send(403, 'outside the served folder');
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
    } catch {
      return send(404, 'not found');
    }
    readFile(file).then(
      (body) => send(200, body, TYPES[extname(file)] ?? 'application/octet-stream'),
      () => send(404, 'not found'),
    );
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}/`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
