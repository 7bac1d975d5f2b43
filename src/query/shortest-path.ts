// Shortest path between two entities over stated relations, hop by hop with the evidence for each hop.
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { STATED_RELATIONS, type RelationKind } from '../graph/relations.ts';
import type { EntityKind, Evidence, KnowledgeGraph } from '../graph/types.ts';
import { evidenceOf, firstDate } from './dates.ts';
import { labelOf, resolveEntity } from './find-entity.ts';
import { checkRelations } from './check-options.ts';
import { isSymmetric, relationRank, type Direction } from './neighbours.ts';

export interface ShortestPathOptions {
  /** relations the path may use (default: every relation but `co_mentioned`, which is not a stated relation) */
  relations?: RelationKind[];
}

/** One hop of a path: the strongest edge between two consecutive nodes, and every relation that links them. */
export interface PathStep {
  from: string;
  to: string;
  edge: string;
  relation: RelationKind;
  /** direction of `edge` seen from `from` */
  direction: Direction;
  weight: number;
  date?: string;
  evidence: Evidence[];
  /** all relations between the two nodes that the options allow, registry order */
  relations: RelationKind[];
}

export interface PathResult {
  nodes: { key: string; label: string; kind: EntityKind }[];
  steps: PathStep[];
}

/** Relations a path uses by default. */
export const PATH_RELATIONS: RelationKind[] = STATED_RELATIONS;

/**
 * The shortest path (fewest hops) from `a` to `b` (keys or names), ignoring edge direction, or `null` when they are
 * not connected. Ties are broken deterministically (by node key). Uses graphology-shortest-path on an undirected
 * projection of the allowed relations.
 */
export function shortestPath(graph: KnowledgeGraph, a: string, b: string, options: ShortestPathOptions = {}): PathResult | null {
  const source = resolveEntity(graph, a);
  const target = resolveEntity(graph, b);
  checkRelations(options.relations, 'relations');
  const allowed = new Set(options.relations?.length ? options.relations : PATH_RELATIONS);

  const projection = new UndirectedGraph();
  for (const node of [...graph.nodes()].sort()) projection.addNode(node);
  const edges = [...graph.edges()].sort();
  for (const edge of edges) {
    const relation = graph.getEdgeAttribute(edge, 'relation');
    if (!allowed.has(relation)) continue;
    const [s, t] = graph.extremities(edge);
    if (s !== t && !projection.hasEdge(s, t)) projection.addEdge(s, t);
  }

  const path = source === target ? [source] : bidirectional(projection, source, target);
  if (!path) return null;

  const graphAttributes = graph.getAttributes();
  const steps: PathStep[] = [];
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1];
    const to = path[i];
    const between = [...graph.edges(from, to), ...graph.edges(to, from)]
      .filter((edge) => allowed.has(graph.getEdgeAttribute(edge, 'relation')))
      .sort((x, y) => {
        const ax = graph.getEdgeAttributes(x);
        const ay = graph.getEdgeAttributes(y);
        return (ay.weight ?? 0) - (ax.weight ?? 0) || relationRank(ax.relation) - relationRank(ay.relation) || x.localeCompare(y);
      });
    const edge = between[0];
    const attrs = graph.getEdgeAttributes(edge);
    const date = firstDate(attrs, graphAttributes);
    steps.push({
      from,
      to,
      edge,
      relation: attrs.relation,
      direction: isSymmetric(attrs.relation) ? 'undirected' : graph.source(edge) === from ? 'out' : 'in',
      weight: attrs.weight ?? evidenceOf(attrs).length,
      ...(date !== undefined && { date }),
      evidence: evidenceOf(attrs),
      relations: [...new Set(between.map((e) => graph.getEdgeAttribute(e, 'relation')))].sort((x, y) => relationRank(x) - relationRank(y)),
    });
  }
  return {
    nodes: path.map((key) => ({ key, label: labelOf(key, graph.getNodeAttributes(key)), kind: graph.getNodeAttribute(key, 'kind') })),
    steps,
  };
}
