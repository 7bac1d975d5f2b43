// Communities (Louvain modularity, graphology-communities-louvain) over the typed relations, as a colour or a filter.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { ViewGraph } from '../view-graph.ts';
import { isStated } from '../../../src/graph/relations.ts';

/** Community of every node (isolated nodes get their own), numbered by size: 0 is the biggest. */
export interface Communities {
  of: Map<string, number>;
  /** node count per community, biggest first */
  sizes: number[];
}

/**
 * Runs Louvain on a simple undirected copy of the graph: parallel edges merged with their weights summed, co-mentions
 * left out unless `withCoMentions`. A fixed random generator makes the result the same on every run.
 */
export function detectCommunities(graph: ViewGraph, { withCoMentions = false } = {}): Communities {
  const simple = new Graph({ type: 'undirected' });
  graph.forEachNode((key) => simple.addNode(key));
  graph.forEachEdge((_edge, a, source, target) => {
    if (source === target || (!withCoMentions && !isStated(a.relation))) return;
    const w = Math.max(1, a.weight);
    if (simple.hasEdge(source, target)) simple.updateEdgeAttribute(source, target, 'weight', (old: number) => old + w);
    else simple.addEdge(source, target, { weight: w });
  });
  let seed = 42;
  const rng = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const raw = simple.size > 0 ? louvain(simple, { getEdgeWeight: 'weight', rng }) : {};
  const counts = new Map<number, number>();
  let next = -1;
  const community = new Map<string, number>();
  simple.forEachNode((key) => {
    const c = raw[key] ?? next--; // no edge: a community of its own
    community.set(key, c);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  });
  const order = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const rank = new Map(order.map(([c], i) => [c, i]));
  const of = new Map<string, number>();
  for (const [key, c] of community) of.set(key, rank.get(c)!);
  return { of, sizes: order.map(([, n]) => n) };
}
