// A tiny static file server on 127.0.0.1 and a free port, for the built viewer in browser tests and the bench.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.gexf': 'application/xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A running server: its base URL and how to stop it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** An API served beside the files (as `npm start` serves the store's), and headers added to the JSON files. */
export interface StaticApi {
  handler(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  headers: Record<string, string>;
}

/** Serves the files under `root` (404 for anything else, no SPA fallback) until `close()` is called. */
export async function serveStatic(root: string, api?: StaticApi): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((req, res) => {
    if (api && req.url?.startsWith('/api/')) return api.handler(req, res, () => res.writeHead(404).end());
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...(api && extname(file) === '.json' ? api.headers : {}) });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
