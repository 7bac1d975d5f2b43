// The queries of src/query/ answered from a store: each loads only the part of the graph it needs (a node and its
// edges, the summits, or the stated relations for a path) and runs the same query on it, so the answers are the same
// as from the graph file.
import type { KnowledgeGraph, RelationKind } from '../graph/types.ts';
import { neighboursWithTotals, type Neighbour, type NeighboursOptions } from '../query/neighbours.ts';
import { meetings, type MeetingsResult } from '../query/meetings.ts';
import { resolveSummit, summit, type SummitInfo } from '../query/summit.ts';
import { PATH_RELATIONS, shortestPath, type PathResult, type ShortestPathOptions } from '../query/shortest-path.ts';
import { labelOf } from '../query/find-entity.ts';
import type { StoreReader } from './read-store.ts';

const asList = <T>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

/**
 * `neighbours` over a store: the entity, its neighbours up to `options.depth` hops, how many relations `options.limit`
 * left out, and the part of the graph read (with `limit`, only the heaviest edges of each kind of each node followed
 * are read).
 */
export function storeNeighbours(store: StoreReader, entity: string, options: NeighboursOptions = {}): { entity: { key: string; label: string; kind: string }; neighbours: Neighbour[]; leftOut: number; graph: KnowledgeGraph } {
  const key = store.resolve(entity);
  const relations = asList(options.relation) as RelationKind[] | undefined;
  const graph = store.around(key, Math.max(1, Math.floor(options.depth ?? 1)), relations, options.limit);
  const attrs = graph.getNodeAttributes(key);
  const result = neighboursWithTotals(graph, key, options, (node) => store.relationCounts(node));
  return { entity: { key, label: labelOf(key, attrs), kind: attrs.kind }, ...result, graph };
}

/** `meetings` over a store. */
export function storeMeetings(store: StoreReader, person: string): MeetingsResult {
  const key = store.resolve(person, { kind: 'person' });
  return meetings(store.around(key, 1, ['met']), key);
}

/** `summit` over a store. */
export function storeSummit(store: StoreReader, nameOrYear: string | number): SummitInfo {
  const key = resolveSummit(store.nodesOfKind('summit'), nameOrYear);
  return summit(store.around(key, 1), key);
}

/** `shortestPath` over a store (every node and the edges of the allowed relations are loaded). */
export function storePath(store: StoreReader, a: string, b: string, options: ShortestPathOptions = {}): PathResult | null {
  const relations = options.relations?.length ? options.relations : PATH_RELATIONS;
  return shortestPath(store.withRelations(relations), a, b, options);
}
