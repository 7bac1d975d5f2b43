// Graphology JSON export with a stable order: nodes and edges by key, object keys sorted. Browser-safe.
import type { KnowledgeGraph } from '../graph/types.ts';

/**
 * Writes the graph as graphology's JSON (`graph.export()` shape, which `loadGraph` and `kg build` use), with nodes and
 * edges sorted by key and every object's keys sorted, so equal graphs give byte-identical files whatever the insertion
 * order. Arrays (aliases, evidence) keep their order.
 */
export function writeJson(graph: KnowledgeGraph): string {
  const data = graph.export();
  const edgeKey = (e: { key?: string; source: string; target: string }) => e.key ?? `${e.source}->${e.target}`;
  const sorted = {
    ...data,
    nodes: [...data.nodes].sort((a, b) => compare(a.key, b.key)),
    edges: [...data.edges].sort((a, b) => compare(edgeKey(a), edgeKey(b))),
  };
  return JSON.stringify(sortKeys(sorted), null, 2) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = Object.create(null); // a key "__proto__" (an article id) stays a key
  for (const key of Object.keys(value).sort(compare)) out[key] = sortKeys((value as Record<string, unknown>)[key]);
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
