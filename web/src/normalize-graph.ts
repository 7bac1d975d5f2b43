// Turns any parsed graphology graph (our JSON, a GEXF file, a foreign graph) into the contract's shape the viewer reads.
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { ArticleMeta, EntityAttributes, Evidence, GraphAttributes, RelationAttributes } from '../../src/graph/types.ts';
import { computeLayout, seedPosition } from '../../src/graph/layout.ts';
import type { ViewGraph } from './view-graph.ts';

/** Graphs up to this order get a ForceAtlas2 layout in the browser when they come without positions. */
const LAYOUT_IN_BROWSER_MAX_ORDER = 5000;

/** Reads a list that may be an array, a JSON array in a string (GEXF), or a `|`-separated string. */
function toStringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map(String);
  if (typeof value !== 'string' || value.trim() === '') return [];
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      return toStringList(JSON.parse(text));
    } catch {
      /* not JSON: fall through */
    }
  }
  return text.split('|').map((s) => s.trim()).filter(Boolean);
}

function toNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

function toText(value: unknown): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : String(value);
}

/** Reads evidence that may be an array of objects or a JSON string of one (GEXF). */
function toEvidence(value: unknown): Evidence[] {
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      return value.trim() ? [{ article: '', sentence: value, start: 0, end: value.length }] : [];
    }
  }
  if (!Array.isArray(list)) return [];
  return list
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null && 'sentence' in e)
    .map((e) => ({
      article: String(e.article ?? ''),
      sentence: String(e.sentence ?? ''),
      start: toNumber(e.start) ?? 0,
      end: toNumber(e.end) ?? 0,
      ...(toText(e.date) ? { date: String(e.date) } : {}),
    }));
}

function toArticles(value: unknown): Record<string, ArticleMeta> {
  let record: unknown = value;
  if (typeof value === 'string') {
    try {
      record = JSON.parse(value);
    } catch {
      return {};
    }
  }
  if (typeof record !== 'object' || record === null) return {};
  const out: Record<string, ArticleMeta> = {};
  for (const [id, meta] of Object.entries(record as Record<string, unknown>)) {
    if (typeof meta !== 'object' || meta === null) continue;
    const m = meta as Record<string, unknown>;
    out[id] = { ...(m as object), id: String(m.id ?? id), file: String(m.file ?? ''), title: String(m.title ?? id) } as ArticleMeta;
  }
  return out;
}

/** Node attributes in the contract's shape; unknown extra attributes are kept as they are. */
function normalizeNode(key: string, a: Attributes): EntityAttributes {
  const label = toText(a.label) ?? key;
  const aliases = toStringList(a.aliases);
  const node: EntityAttributes = {
    ...(a as object),
    kind: (toText(a.kind) ?? 'place') as EntityAttributes['kind'],
    label,
    aliases: aliases.length ? aliases : [label],
    mentions: toNumber(a.mentions) ?? 0,
    articles: toStringList(a.articles),
  };
  if ('roles' in a) node.roles = toStringList(a.roles);
  for (const field of ['ordinal', 'year'] as const) if (field in a) node[field] = toNumber(a[field]) ?? null;
  for (const field of ['city', 'host', 'date'] as const) if (field in a) node[field] = toText(a[field]) ?? null;
  const x = toNumber(a.x);
  const y = toNumber(a.y);
  if (x === undefined || y === undefined) {
    delete node.x;
    delete node.y;
  } else {
    node.x = x;
    node.y = y;
  }
  // sigma reads these as display data; the viewer derives them with reducers instead
  delete (node as Attributes).type;
  return node;
}

function normalizeEdge(a: Attributes): RelationAttributes {
  return {
    ...(a as object),
    relation: (toText(a.relation) ?? toText(a.label) ?? 'co_mentioned') as RelationAttributes['relation'],
    weight: toNumber(a.weight) ?? 1,
    evidence: toEvidence(a.evidence),
  } as RelationAttributes;
}

/**
 * Copies `source` into a mixed multigraph whose attributes follow the contract (lists as arrays, numbers as numbers,
 * evidence as objects). Nodes without positions get a layout, so sigma can draw them.
 */
export function normalizeGraph(source: Graph): ViewGraph {
  const sourceAttributes = source.getAttributes();
  const graph: ViewGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  const attributes: GraphAttributes = {
    ...(sourceAttributes as object),
    name: toText(sourceAttributes.name) ?? 'graph',
    articles: toArticles(sourceAttributes.articles),
  };
  graph.replaceAttributes(attributes);
  source.forEachNode((key, a) => graph.addNode(key, normalizeNode(key, a)));
  source.forEachEdge((key, a, s, t, _sa, _ta, undirected) => {
    if (undirected) graph.addUndirectedEdgeWithKey(key, s, t, normalizeEdge(a));
    else graph.addDirectedEdgeWithKey(key, s, t, normalizeEdge(a));
  });
  ensurePositions(graph);
  return graph;
}

/** True when every node has finite x and y. */
export function hasPositions(graph: ViewGraph): boolean {
  return graph.everyNode((_key, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
}

/** Lays out a graph that came without positions: ForceAtlas2 when small enough, hashed start positions otherwise. */
function ensurePositions(graph: ViewGraph): void {
  if (hasPositions(graph)) return;
  const positions = graph.order <= LAYOUT_IN_BROWSER_MAX_ORDER ? computeLayout(graph) : null;
  graph.updateEachNodeAttributes(
    (key, a) => ({ ...a, ...(positions ? positions[key] : seedPosition(key, graph.order)) }),
    { attributes: ['x', 'y'] },
  );
}
