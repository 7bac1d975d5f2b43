// Test helpers: the mini fixture graph and a small graph builder for edge cases.
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import type { EntityAttributes, EntityKind, KnowledgeGraph, RelationAttributes, RelationKind } from '../../src/graph/types.ts';
import { loadGraph } from '../../src/io/load-graph.ts';

export const MINI_GRAPH_PATH = fileURLToPath(new URL('../fixtures/mini-graph.json', import.meta.url));

/** A fresh copy of test/fixtures/mini-graph.json. */
export function miniGraph(): KnowledgeGraph {
  return loadGraph(MINI_GRAPH_PATH);
}

/** Builds a graph from short node and edge lists: nodes as `[key, label, extra?]`, edges as `[relation, source, target, extra?]`. */
export function makeGraph(
  nodes: [key: string, label: string, extra?: Partial<EntityAttributes>][],
  edges: [relation: RelationKind, source: string, target: string, extra?: Partial<RelationAttributes>][] = [],
): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ name: 'test graph', articles: { a1: { id: 'a1', file: 'a1.txt', title: 'Article 1', date: '2024-03-01' } } });
  for (const [key, label, extra] of nodes) {
    graph.addNode(key, { kind: key.split(':')[0] as EntityKind, label, aliases: [label], mentions: 1, articles: ['a1'], ...extra });
  }
  for (const [relation, source, target, extra] of edges) {
    graph.addEdgeWithKey(`${relation}:${source}->${target}`, source, target, {
      relation,
      weight: 1,
      evidence: [{ article: 'a1', sentence: `${source} ${relation} ${target}.`, start: 0, end: 10 }],
      ...extra,
    });
  }
  return graph;
}
