// The local evidence API `npm start` serves next to the viewer (127.0.0.1 only), read from the store (graph.db):
//
//   GET /api/status                                   → { store, articles, nodes, edges, evidence, sentences }
//   GET /api/evidence/edge?key=EDGE[&limit=100][&offset=0]
//                                                     → { key, total, evidence: [{ article, title, date, start, end, sentence, rule }] }
//   GET /api/evidence/node?key=NODE[&limit=50][&per_edge=3]
//                                                     → { key, edges: [{ key, relation, other, weight, evidence: […] }] }
//   GET /api/search?q=TEXT[&limit=20]                 → { query, hits: [{ article, title, date, start, end, sentence }] }
//
// Answers are JSON; errors are JSON too ({ error }) with 400 (bad parameter), 404 (unknown key or path under /api/)
// or 503 (no store). The graph file carries the first evidence sentences of each edge (≤ 3) and its weight; the rest
// comes from here. The store is opened for each request, so a rebuild is seen at once.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { KgError } from '../errors.ts';
import { StoreReader } from '../store/read-store.ts';

type Next = (err?: unknown) => void;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.end(JSON.stringify(body));
}

/** A whole-number query parameter within [min, max], or the default. */
function intParam(params: URLSearchParams, name: string, dflt: number, min: number, max: number): number {
  const raw = params.get(name);
  if (raw === null) return dflt;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new HttpError(400, `${name} must be a whole number from ${min} to ${max}`);
  return Number(raw);
}

function required(params: URLSearchParams, name: string): string {
  const v = params.get(name);
  if (!v) throw new HttpError(400, `missing parameter ${name}`);
  return v;
}

/** Connect-style middleware answering /api/… from the store at `storeFile`; other paths go to `next`. */
export function storeApi(storeFile: string): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith('/api/')) return next();
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'only GET' });
    if (!existsSync(storeFile)) return send(res, 503, { error: 'no store: build the graph with `kg build` first' });
    let store: StoreReader | undefined;
    try {
      store = new StoreReader(storeFile);
      const p = url.searchParams;
      switch (url.pathname) {
        case '/api/status':
          return send(res, 200, { store: storeFile, ...store.counts() });
        case '/api/evidence/edge': {
          const key = required(p, 'key');
          const found = store.edgeEvidence(key, intParam(p, 'limit', 100, 1, 10_000), intParam(p, 'offset', 0, 0, Number.MAX_SAFE_INTEGER));
          if (!found) throw new HttpError(404, `no edge ${key}`);
          return send(res, 200, { key, ...found });
        }
        case '/api/evidence/node': {
          const key = required(p, 'key');
          const found = store.nodeEvidence(key, intParam(p, 'limit', 50, 1, 10_000), intParam(p, 'per_edge', 3, 0, 1000));
          if (!found) throw new HttpError(404, `no node ${key}`);
          return send(res, 200, found);
        }
        case '/api/search': {
          const q = required(p, 'q');
          let hits;
          try {
            hits = store.search(q, intParam(p, 'limit', 20, 1, 1000));
          } catch (err) {
            if (err instanceof HttpError) throw err;
            throw new HttpError(400, `cannot search for ${JSON.stringify(q)}: ${(err as Error).message}`);
          }
          return send(res, 200, { query: q, hits });
        }
        default:
          throw new HttpError(404, `no such API: ${url.pathname}`);
      }
    } catch (err) {
      if (err instanceof HttpError) return send(res, err.status, { error: err.message });
      if (err instanceof KgError) return send(res, 503, { error: err.message });
      return send(res, 500, { error: (err as Error).message });
    } finally {
      store?.close();
    }
  };
}
