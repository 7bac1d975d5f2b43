// Loads a graph written by `kg build` (graphology JSON) from a path, a JSON string or an already parsed object.
import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EntityAttributes, GraphAttributes, KnowledgeGraph, RelationAttributes } from '../graph/types.ts';
import { KgError } from '../errors.ts';
import { fsReason } from './fs-errors.ts';

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
      let text: string;
      try {
        text = readFileSync(pathOrJson, 'utf8');
      } catch (err) {
        const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : fsReason(err);
        throw new KgError('E_GRAPH_READ', `cannot read ${source}: ${reason}`);
      }
      data = parseJson(text, source);
    }
  }
  return fromSerialized(data, source);
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
  graph.replaceAttributes({
    ...attributes,
    name: typeof attributes.name === 'string' ? attributes.name : '',
    articles: isObject(attributes.articles) ? (attributes.articles as GraphAttributes['articles']) : {},
  });

  data.nodes.forEach((node: unknown, i: number) => {
    if (!isObject(node) || (typeof node.key !== 'string' && typeof node.key !== 'number')) return fail(`node #${i} has no key`);
    const attrs = isObject(node.attributes) ? node.attributes : {};
    if (typeof attrs.kind !== 'string') return fail(`node "${node.key}" has no "kind"`);
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
    const attrs = isObject(edge.attributes) ? edge.attributes : {};
    if (typeof attrs.relation !== 'string') return fail(`${name} has no "relation"`);
    const evidence = Array.isArray(attrs.evidence) ? attrs.evidence : [];
    const full = { ...attrs, evidence, weight: typeof attrs.weight === 'number' ? attrs.weight : evidence.length } as RelationAttributes;
    if (typeof edge.key === 'string') {
      if (graph.hasEdge(edge.key)) return fail(`${name} appears twice`);
      graph.addEdgeWithKey(edge.key, s, t, full);
    } else {
      graph.addEdge(s, t, full);
    }
  });
  return graph;
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
