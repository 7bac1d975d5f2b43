// The evidence API `npm start` serves over the store: answers, and clear JSON errors for bad requests.
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFromDirectory } from '../../src/build/index.ts';
import { storeApi } from '../../src/cli/store-api.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-api-'));
const STORE = join(dir, 'graph.db');
let server: Server;
let base = '';
let weight = 0;
const EDGE = 'met:person:sergei-aleinik->person:wang-yi';

beforeAll(async () => {
  const { graph } = await buildFromDirectory('data/articles', { workers: 1, layout: false, store: STORE });
  weight = graph.getEdgeAttribute(EDGE, 'weight');
  const api = storeApi(STORE);
  server = createServer((req, res) => api(req, res, () => ((res.statusCode = 418), res.end('next'))));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const get = async (path: string) => {
  const res = await fetch(base + path);
  return { status: res.status, type: res.headers.get('content-type'), body: res.status === 418 ? await res.text() : await res.json() };
};

describe('evidence API', () => {
  it('answers status, edge and node evidence, and search', async () => {
    const status = await get('/api/status');
    expect(status.body).toMatchObject({ articles: 5 });
    expect(status.body.edges).toBeGreaterThan(100);
    const edge = await get(`/api/evidence/edge?key=${encodeURIComponent(EDGE)}`);
    expect(edge.status).toBe(200);
    expect(edge.body.total).toBe(weight);
    expect(edge.body.evidence[0].sentence).toMatch(/Sergei Aleinik/);
    expect(edge.body.evidence[0].title).toBeTruthy();
    expect(edge.body.evidence[0].rule).toMatch(/^met\./);
    const node = await get('/api/evidence/node?key=person%3Awang-yi&limit=2&per_edge=1');
    expect(node.body.edges).toHaveLength(2);
    expect(node.body.edges.every((e: { evidence: unknown[] }) => e.evidence.length === 1)).toBe(true);
    const search = await get('/api/search?q=Aleinik%20Wang');
    expect(search.status).toBe(200);
    expect(search.body.hits.length).toBeGreaterThan(0);
    expect(search.body.hits.every((h: { sentence: string }) => /Aleinik/.test(h.sentence) && /Wang/.test(h.sentence))).toBe(true);
  });

  const ERRORS: [string, number, RegExp][] = [
    ['/api/evidence/edge', 400, /missing parameter key/],
    ['/api/evidence/edge?key=met%3Anobody', 404, /no edge met:nobody/],
    ['/api/evidence/node?key=person%3Anobody', 404, /no node/],
    ['/api/evidence/edge?key=x&limit=-1', 400, /limit must be a whole number/],
    ['/api/search?q=%22unbalanced', 400, /cannot search for/],
    ['/api/nothing', 404, /no such API/],
  ];
  it.each(ERRORS)('%s → %i with a JSON error', async (path, status, message) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    expect(r.type).toMatch(/application\/json/);
    expect(r.body.error).toMatch(message);
  });

  it('leaves other paths to the viewer', async () => {
    expect(await get('/graph.json')).toMatchObject({ status: 418, body: 'next' });
  });

  it('says there is no store yet with 503', async () => {
    const api = storeApi(join(dir, 'missing.db'));
    const res = { statusCode: 0, headers: {} as Record<string, string>, body: '', setHeader(k: string, v: string) { this.headers[k] = v; }, end(b: string) { this.body = b; } };
    api({ url: '/api/status', method: 'GET' } as never, res as never, () => undefined);
    expect(res.statusCode).toBe(503);
    expect(JSON.parse(res.body).error).toMatch(/no store/);
  });
});
