// Loads a graph written by `kg build` (graphology JSON) from a path, a JSON string or an already parsed object.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EntityAttributes, GraphAttributes, KnowledgeGraph, RelationAttributes } from '../graph/types.ts';
import { KgError } from '../errors.ts';
import { forbiddenKeyIn, isSafeKey } from '../graph/safe-keys.ts';
import { fsReason } from './fs-errors.ts';
import { edgeKey } from '../graph/keys.ts';
import { RELATIONS, type RelationKind } from '../graph/relations.ts';

const isRelation = (r: string): r is RelationKind => Object.hasOwn(RELATIONS, r);

/** Largest graph file read (bytes): a JavaScript string holds at most about 512 MiB. */
export const MAX_GRAPH_BYTES = 512 * 1024 * 1024;

/**
 * Loads a knowledge graph. `pathOrJson` is a file path, a JSON string (starting with `{`), or the parsed object
 * (`graph.export()` shape). Missing list and count attributes are filled in (`aliases: []`, `mentions: 0`,
 * `articles: []`, `evidence: []`, `weight` = evidence count) so queries and exports can rely on them.
 * Throws `KgError` (code `E_GRAPH_READ` or `E_GRAPH_FORMAT`, exit code 2) naming the file on unreadable or malformed input.
 */
export function loadGraph(pathOrJson: string | SerializedGraph | object): KnowledgeGraph {
  let source = 'graph JSON';
  let data: unknown = pathOrJson;
  if (typeof pathOrJson === 'string') {
    if (pathOrJson.trimStart().startsWith('{')) {
      data = parseJson(pathOrJson, source);
    } else {
      source = `graph file "${pathOrJson}"`;
      data = parseJson(readGraphFile(pathOrJson, source), source);
    }
  }
  return fromSerialized(data, source);
}

/** A graph file's text: only a regular file (not /dev/zero, a FIFO or a folder) of at most MAX_GRAPH_BYTES. */
function readGraphFile(path: string, source: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    if (!st.isFile()) throw new KgError('E_GRAPH_READ', `cannot read ${source}: ${st.isDirectory() ? 'it is a folder' : 'not a regular file'}`);
    if (st.size > MAX_GRAPH_BYTES) throw new KgError('E_GRAPH_READ', `cannot read ${source}: ${st.size} bytes, more than the ${MAX_GRAPH_BYTES} a graph file may have`);
    return readFileSync(fd, 'utf8');
  } catch (err) {
    if (err instanceof KgError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : fsReason(err);
    throw new KgError('E_GRAPH_READ', `cannot read ${source}: ${reason}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new KgError('E_GRAPH_FORMAT', `${source} is not valid JSON: ${(err as Error).message}`);
  }
}

function fromSerialized(data: unknown, source: string): KnowledgeGraph {
  const fail = (why: string): never => {
    throw new KgError('E_GRAPH_FORMAT', `${source} is not a graph written by \`kg build\`: ${why}`);
  };
  if (!isObject(data)) return fail('expected a JSON object with "nodes" and "edges"');
  if (!Array.isArray(data.nodes)) return fail('"nodes" is missing or not an array');
  if (data.edges !== undefined && !Array.isArray(data.edges)) return fail('"edges" is not an array');

  const graph: KnowledgeGraph = new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>({ allowSelfLoops: false });
  const attributes = isObject(data.attributes) ? data.attributes : {};
  const bad = forbiddenKeyIn(attributes);
  if (bad) return fail(`graph attribute "${bad}" is not allowed`);
  // article ids are file names ("__proto__.txt" gives "__proto__"): kept in an object without a prototype
  const articles: GraphAttributes['articles'] = Object.create(null);
  if (isObject(attributes.articles)) for (const [id, meta] of Object.entries(attributes.articles)) if (isObject(meta)) articles[id] = meta as GraphAttributes['articles'][string];
  graph.replaceAttributes({ ...attributes, name: typeof attributes.name === 'string' ? attributes.name : '', articles });

  data.nodes.forEach((node: unknown, i: number) => {
    if (!isObject(node) || (typeof node.key !== 'string' && typeof node.key !== 'number')) return fail(`node #${i} has no key`);
    if (!isSafeKey(node.key)) return fail(`node key "${node.key}" is not allowed`);
    const attrs = isObject(node.attributes) ? node.attributes : {};
    if (typeof attrs.kind !== 'string') return fail(`node "${node.key}" has no "kind"`);
    const wrong = forbiddenKeyIn(attrs) ?? wrongType(attrs, NODE_TYPES);
    if (wrong) return fail(`node "${node.key}" has an invalid attribute "${wrong}"`);
    if (graph.hasNode(String(node.key))) return fail(`node "${node.key}" appears twice`);
    graph.addNode(String(node.key), {
      ...attrs,
      label: typeof attrs.label === 'string' ? attrs.label : String(node.key),
      aliases: Array.isArray(attrs.aliases) ? attrs.aliases : [],
      mentions: typeof attrs.mentions === 'number' ? attrs.mentions : 0,
      articles: Array.isArray(attrs.articles) ? attrs.articles : [],
    } as EntityAttributes);
  });

  ((data.edges ?? []) as unknown[]).forEach((edge, i) => {
    if (!isObject(edge)) return fail(`edge #${i} is not an object`);
    const { source: s, target: t } = edge;
    const name = typeof edge.key === 'string' ? `edge "${edge.key}"` : `edge #${i}`;
    if (edge.undirected === true) return fail(`${name} is undirected; the graph is directed`);
    if (typeof s !== 'string' || !graph.hasNode(s)) return fail(`${name} starts at unknown node "${String(s)}"`);
    if (typeof t !== 'string' || !graph.hasNode(t)) return fail(`${name} ends at unknown node "${String(t)}"`);
    if (s === t) return fail(`${name} is a self-loop`);
    if (edge.key !== undefined && !isSafeKey(edge.key)) return fail(`${name} has a key that is not allowed`);
    const attrs = isObject(edge.attributes) ? edge.attributes : {};
    if (typeof attrs.relation !== 'string') return fail(`${name} has no "relation"`);
    const wrong = forbiddenKeyIn(attrs) ?? wrongType(attrs, EDGE_TYPES);
    if (wrong) return fail(`${name} has an invalid attribute "${wrong}"`);
    const evidence = Array.isArray(attrs.evidence) ? attrs.evidence : [];
    const full = { ...attrs, evidence, weight: typeof attrs.weight === 'number' ? attrs.weight : evidence.length } as RelationAttributes;
    // an edge written without its key (kg build's default file) gets the one its relation and ends give
    const key = typeof edge.key === 'string' ? edge.key : edge.key === undefined && isRelation(attrs.relation) ? edgeKey(attrs.relation, s, t) : undefined;
    if (key !== undefined) {
      if (graph.hasEdge(key)) return fail(`${typeof edge.key === 'string' ? name : `edge "${key}"`} appears twice`);
      graph.addEdgeWithKey(key, s, t, full);
    } else {
      graph.addEdge(s, t, full);
    }
  });
  return graph;
}

type Check = (v: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isStrings: Check = (v) => Array.isArray(v) && v.every(isString);
// a lean graph (build --lean) keeps evidence as references: the article and the sentence's offsets, no sentence
const isEvidence: Check = (v) =>
  Array.isArray(v) &&
  v.every((e) => isObject(e) && isString(e.article) && (isString(e.sentence) || (e.sentence === undefined && isNumber(e.start) && isNumber(e.end))) && !forbiddenKeyIn(e));

/** The types of the contract's attributes (src/graph/types.ts); other attributes are kept as they are. */
const NODE_TYPES: Record<string, Check> = {
  label: isString, aliases: isStrings, mentions: isNumber, articles: isStrings, roles: isStrings, ordinal: isNumber, year: isNumber,
  city: isString, host: isString, date: isString, scoStatus: isString, acronym: isString, x: isNumber, y: isNumber,
};
const EDGE_TYPES: Record<string, Check> = {
  weight: isNumber, evidence: isEvidence, role: isString, status: isString, date: isString, planned: (v) => typeof v === 'boolean',
};

/** The first attribute present with a value of the wrong type (`null` and missing values are not checked). */
function wrongType(attrs: Record<string, unknown>, types: Record<string, Check>): string | undefined {
  for (const [name, ok] of Object.entries(types)) if (attrs[name] !== undefined && attrs[name] !== null && !ok(attrs[name])) return name;
  return undefined;
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
