// Turns any parsed graphology graph (our JSON, a GEXF file, a foreign graph) into the contract's shape the viewer reads.
import Graph from 'graphology';
import type { Attributes, SerializedGraph as SerializedGraphOf } from 'graphology-types';
import type { ArticleMeta, EntityAttributes, Evidence, GraphAttributes, RelationAttributes } from '../../src/graph/types.ts';
import { RELATIONS, type RelationKind } from '../../src/graph/relations.ts';
import { edgeKey } from '../../src/graph/keys.ts';
import { computeLayout, seedPosition } from '../../src/graph/layout.ts';
import type { ViewGraph } from './view-graph.ts';
import { forbiddenKeyIn, isSafeKey } from '../../src/graph/safe-keys.ts';

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

/** A string, number or boolean as text; anything else (an object, an array) is no text. */
function toText(value: unknown): string | undefined {
  return (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') && value !== '' ? String(value) : undefined;
}

/**
 * Reads evidence that may be an array of objects, a JSON string of one, or (the project's GEXF) sentences one per line
 * with their articles in a separate list (`evidenceArticles`). A reference without its sentence (kg build's default
 * graph file) is kept with an empty sentence, filled in when its node is opened (evidence-source.ts).
 */
function toEvidence(value: unknown, articles: string[] = []): Evidence[] {
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      const sentences = value.split('\n').map((line) => line.trim()).filter(Boolean);
      const articleOf = (i: number) => (articles.length === sentences.length ? articles[i] : articles.length === 1 ? articles[0] : '');
      return sentences.map((sentence, i) => ({ article: articleOf(i), sentence, start: 0, end: sentence.length }));
    }
  }
  if (!Array.isArray(list)) return [];
  // a lean graph file's evidence is a reference (article and offsets) without the sentence: kept, with an empty one
  return list
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null && ('sentence' in e || typeof e.article === 'string'))
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
  const out: Record<string, ArticleMeta> = Object.create(null); // an article id may be "__proto__"
  for (const [id, meta] of Object.entries(record as Record<string, unknown>)) {
    if (typeof meta !== 'object' || meta === null) continue;
    const m = meta as Record<string, unknown>;
    out[id] = { ...(m as object), id: String(m.id ?? id), file: String(m.file ?? ''), title: String(m.title ?? id) } as ArticleMeta;
  }
  return out;
}

/** A node's kind as the viewer reads it: a foreign file's nodes without one get a kind of their own, shown like any other. */
export function kindOf(a: Attributes | undefined): string {
  return toText(a?.kind) ?? 'other';
}

/** An edge's relation as the viewer reads it: its GEXF label, else `related` (not a co-mention: those start hidden). */
export function relationOf(a: Attributes | undefined): string {
  return toText(a?.relation) ?? toText(a?.label) ?? 'related';
}

/** An edge's weight as the viewer reads it (1 when it has none). */
export function weightOf(a: Attributes | undefined): number {
  return toNumber(a?.weight) ?? 1;
}

/** True when the node attributes carry a finite x and y. */
export function hasPosition(a: Attributes | undefined): boolean {
  return toNumber(a?.x) !== undefined && toNumber(a?.y) !== undefined;
}

/** Brings node attributes to the contract's shape, in place (they are fresh from a parser); unknown extras are kept. */
export function normalizeNode(key: string, a: Attributes): EntityAttributes {
  const label = toText(a.label) ?? key;
  const aliases = toStringList(a.aliases);
  a.kind = kindOf(a);
  a.label = label;
  a.aliases = aliases.length ? aliases : [label];
  a.mentions = toNumber(a.mentions) ?? 0;
  a.articles = toStringList(a.articles);
  if ('roles' in a) a.roles = toStringList(a.roles);
  for (const field of ['ordinal', 'year']) if (field in a) a[field] = toNumber(a[field]) ?? null;
  for (const field of ['city', 'host', 'date', 'scoStatus', 'acronym']) if (field in a) a[field] = toText(a[field]) ?? null;
  const x = toNumber(a.x);
  const y = toNumber(a.y);
  if (x === undefined || y === undefined) {
    delete a.x;
    delete a.y;
  } else {
    a.x = x;
    a.y = y;
  }
  // sigma would read these as display data; the viewer derives display with reducers instead
  delete a.type;
  delete a.color;
  delete a.size;
  return a as EntityAttributes;
}

export function normalizeEdge(a: Attributes): RelationAttributes {
  a.relation = relationOf(a);
  a.weight = weightOf(a);
  if (Array.isArray(a.evidence) && a.evidence.every((e) => typeof e === 'object' && e !== null && typeof e.article === 'string' && (typeof e.sentence === 'string' || e.sentence === undefined))) {
    // graph files of `kg build` (a lean one's references get an empty sentence, which the panels fetch from the store)
    for (const e of a.evidence) e.sentence ??= '';
  } else {
    a.evidence = toEvidence(a.evidence, toStringList(a.evidenceArticles));
  }
  delete a.type;
  delete a.color;
  delete a.size;
  return a as RelationAttributes;
}

/** A graph in graphology's serialised form (`graph.export()`), as read from a file. */
export type SerializedGraph = Pick<SerializedGraphOf<Attributes, Attributes, Attributes>, 'nodes' | 'edges'> & { attributes?: Attributes; options?: unknown };

/**
 * Builds the viewer's graph from graphology's serialised form, bringing attributes to the contract's shape (lists as
 * arrays, numbers as numbers, evidence as objects). Works on `data` in place: pass data nobody else holds (fresh from
 * JSON.parse or export()). Directed data gives a directed multigraph, anything else a mixed one. Nodes without positions
 * get a layout, so sigma can draw them.
 */
export function graphFromSerialized(data: SerializedGraph): ViewGraph {
  checkKeys(data);
  const attributes = data.attributes ?? {};
  for (const node of data.nodes) node.attributes = normalizeNode(String(node.key), node.attributes ?? {});
  let directed = true;
  assignEdgeKeys(data);
  for (const edge of data.edges) {
    edge.attributes = normalizeEdge(edge.attributes ?? {});
    if (edge.undirected) directed = false;
  }
  const graph: ViewGraph = new Graph({ type: directed ? 'directed' : 'mixed', multi: true, allowSelfLoops: true });
  graph.import({ nodes: data.nodes, edges: data.edges } as unknown as SerializedGraphOf<EntityAttributes, RelationAttributes, GraphAttributes>);
  graph.replaceAttributes({ ...attributes, name: toText(attributes.name) ?? 'graph', articles: toArticles(attributes.articles) } as GraphAttributes);
  ensurePositions(graph);
  return graph;
}

/**
 * Gives the edges kg build writes without a key (the key is their relation and ends: relation:source->target) that
 * key, in place, unless another edge has it. Idempotent: the first screen (core/preview.ts) reads the keys before the
 * graph is built.
 */
export function assignEdgeKeys(data: SerializedGraph): void {
  let keys: Set<string> | null = null;
  for (const edge of data.edges) {
    const relation = edge.attributes?.relation;
    if ((edge.key === undefined || edge.key === null) && typeof relation === 'string' && Object.hasOwn(RELATIONS, relation)) {
      keys ??= new Set(data.edges.map((e) => e.key).filter((k) => k !== undefined && k !== null).map(String));
      const key = edgeKey(relation as RelationKind, String(edge.source), String(edge.target));
      if (!keys.has(key)) {
        keys.add(key);
        edge.key = key;
      }
    }
  }
}

/**
 * Refuses keys that would reach Object.prototype inside graphology or the viewer: "__proto__", "constructor" and
 * "prototype" as node keys, edge keys, edge ends or attribute names.
 */
export function checkKeys(data: SerializedGraph): void {
  const bad = (what: string, key: unknown) => new Error(`${what} "${String(key)}" is not allowed (it names a member of every JavaScript object).`);
  if (data.attributes && forbiddenKeyIn(data.attributes)) throw bad('the graph attribute', forbiddenKeyIn(data.attributes));
  for (const node of data.nodes) {
    if (!isSafeKey(node.key)) throw bad('the node key', node.key);
    const k = node.attributes && forbiddenKeyIn(node.attributes);
    if (k) throw bad('the node attribute', k);
  }
  for (const edge of data.edges) {
    for (const key of [edge.key, edge.source, edge.target]) if (key !== undefined && !isSafeKey(key)) throw bad('the edge key or end', key);
    const k = edge.attributes && forbiddenKeyIn(edge.attributes);
    if (k) throw bad('the edge attribute', k);
  }
}

/** Copies any graphology graph (e.g. one read from GEXF) into the viewer's graph; see {@link graphFromSerialized}. */
export function normalizeGraph(source: Graph): ViewGraph {
  return graphFromSerialized(structuredClone(source.export()) as SerializedGraph);
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
