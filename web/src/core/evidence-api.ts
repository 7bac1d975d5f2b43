// Evidence from the store when the page is served by `npm start` (src/cli/store-api.ts): every sentence of an edge,
// a node's edges with their first sentences, and full-text search over evidence sentences. On a static host there is no
// API: `available()` answers false once and the viewer keeps to what the graph file carries.
import type { Evidence } from '../../../src/graph/types.ts';
import type { SearchHit } from '../../../src/store/read-store.ts';

/** One evidence sentence as the API returns it (the article's title included). */
export interface ApiEvidence extends Evidence {
  title?: string;
}

/** A full-text search hit: a sentence and its article, as the store's search gives it. */
export type ApiSearchHit = SearchHit;

/** The store's evidence, read through the local API. */
export interface EvidenceApi {
  /** true when the page's server answers the API (asked once) */
  available(): Promise<boolean>;
  /** sentences of an edge from `offset`, at most `limit`, and how many it has; null when the API has no such edge */
  edge(key: string, limit?: number, offset?: number): Promise<{ total: number; evidence: ApiEvidence[] } | null>;
  /** a node's edges (heaviest first) with their first `perEdge` sentences, by edge key */
  node(key: string, limit?: number, perEdge?: number): Promise<Map<string, ApiEvidence[]>>;
  /** sentences matching `query` (SQLite FTS5: plain words match as words) */
  search(query: string, limit?: number): Promise<ApiSearchHit[]>;
}

function isEvidence(value: unknown): value is ApiEvidence {
  const e = value as ApiEvidence;
  return typeof e === 'object' && e !== null && typeof e.article === 'string' && typeof e.sentence === 'string' && Number.isFinite(e.start) && Number.isFinite(e.end);
}

/** The API at `base` (the page's folder by default, where `npm start` serves it). `fetchJson` is replaceable in tests. */
export function createEvidenceApi(base = 'api/', fetchJson: (url: string) => Promise<unknown> = defaultFetchJson): EvidenceApi {
  let status: Promise<boolean> | null = null;
  const get = (path: string, params: Record<string, string | number>) => fetchJson(`${base}${path}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`);
  return {
    available() {
      status ??= fetchJson(`${base}status`).then(
        (body) => typeof body === 'object' && body !== null && 'store' in body,
        () => false,
      );
      return status;
    },
    async edge(key, limit = 100, offset = 0) {
      if (!(await this.available())) return null;
      const body = (await get('evidence/edge', { key, limit, offset }).catch(() => null)) as { total?: unknown; evidence?: unknown } | null;
      if (!body || !Array.isArray(body.evidence)) return null;
      return { total: Number(body.total) || body.evidence.length, evidence: body.evidence.filter(isEvidence) };
    },
    async node(key, limit = 200, perEdge = 3) {
      const out = new Map<string, ApiEvidence[]>();
      if (!(await this.available())) return out;
      const body = (await get('evidence/node', { key, limit, per_edge: perEdge }).catch(() => null)) as { edges?: unknown } | null;
      if (!body || !Array.isArray(body.edges)) return out;
      for (const e of body.edges as { key?: unknown; evidence?: unknown }[]) {
        if (typeof e?.key === 'string' && Array.isArray(e.evidence)) out.set(e.key, e.evidence.filter(isEvidence));
      }
      return out;
    },
    async search(query, limit = 8) {
      if (!query.trim() || !(await this.available())) return [];
      const body = (await get('search', { q: query, limit }).catch(() => null)) as { hits?: unknown } | null;
      return body && Array.isArray(body.hits) ? body.hits.filter(isEvidence) : [];
    },
  };
}

async function defaultFetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** True when an evidence item carries its sentence (a lean graph file keeps only the article and offsets). */
export function hasSentence(e: Evidence): boolean {
  return typeof e.sentence === 'string' && e.sentence.length > 0;
}
