// Ego network: the subgraph around one entity, a KnowledgeGraph of its own (exportable like the whole graph).
import type { KnowledgeGraph, RelationKind } from '../graph/types.ts';
import { resolveEntity } from './find-entity.ts';
import { checkRelations } from './check-options.ts';

export interface EgoNetworkOptions {
  /** only follow and keep these relations (default: all) */
  relations?: RelationKind[];
}

/**
 * The nodes within `depth` hops of `entity` (a key or a name; edges followed in both directions) and every edge among
 * them, as a new graph with the same attributes (the graph's article metadata included). `depth` 0 is the entity alone.
 */
export function egoNetwork(graph: KnowledgeGraph, entity: string, depth = 1, options: EgoNetworkOptions = {}): KnowledgeGraph {
  const center = resolveEntity(graph, entity);
  checkRelations(options.relations, 'relations');
  const allowed = options.relations?.length ? new Set(options.relations) : undefined;
  const keep = (relation: RelationKind) => !allowed || allowed.has(relation);

  const within = new Set([center]);
  let frontier = [center];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_edge, attrs, source, target) => {
        const other = source === node ? target : source;
        if (!keep(attrs.relation) || within.has(other)) return;
        within.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }

  const ego = graph.nullCopy() as KnowledgeGraph;
  ego.replaceAttributes(structuredClone(graph.getAttributes()));
  for (const node of [...within].sort()) ego.addNode(node, structuredClone(graph.getNodeAttributes(node)));
  graph.forEachEdge((edge, attrs, source, target) => {
    if (within.has(source) && within.has(target) && keep(attrs.relation)) ego.addEdgeWithKey(edge, source, target, structuredClone(attrs));
  });
  return ego;
}
