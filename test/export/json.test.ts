// JSON export: loads back into the same graph, and is byte-identical whatever the insertion order.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { writeJson } from '../../src/export/json.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { loadGraph } from '../../src/io/load-graph.ts';
import { exportFixture } from './helpers.ts';

/** The same graph built in reverse order, with attribute keys inserted in reverse too. */
function reversed(graph: KnowledgeGraph): KnowledgeGraph {
  const copy: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  copy.replaceAttributes(Object.fromEntries(Object.entries(graph.getAttributes()).reverse()) as never);
  for (const node of [...graph.nodes()].reverse()) copy.addNode(node, Object.fromEntries(Object.entries(graph.getNodeAttributes(node)).reverse()) as never);
  for (const edge of [...graph.edges()].reverse()) copy.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), Object.fromEntries(Object.entries(graph.getEdgeAttributes(edge)).reverse()) as never);
  return copy;
}

describe('JSON export', () => {
  const graph = exportFixture();

  it('round-trips through loadGraph', () => {
    const back = loadGraph(writeJson(graph));
    expect(back.nodes().sort()).toEqual(graph.nodes().sort());
    expect(back.edges().sort()).toEqual(graph.edges().sort());
    graph.forEachNode((key, attrs) => expect(back.getNodeAttributes(key)).toEqual(attrs));
    graph.forEachEdge((key, attrs, source, target) => {
      expect(back.getEdgeAttributes(key)).toEqual(attrs);
      expect(back.extremities(key)).toEqual([source, target]);
    });
    expect(back.getAttributes()).toEqual(graph.getAttributes());
  });

  it('is byte-identical for the same graph built in another order', () => {
    const a = writeJson(graph);
    expect(writeJson(reversed(graph))).toBe(a);
    const keys = JSON.parse(a).nodes.map((n: { key: string }) => n.key);
    expect(keys).toEqual([...keys].sort());
  });
});
