// The graph file is written piece by piece; the pieces must make exactly graphology's JSON export.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiGraph } from 'graphology';
import { loadGraph } from '../../src/io/load-graph.ts';
import { graphJsonChunks, writeGraph } from '../../src/io/write-graph.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';

describe('graph JSON written in pieces', () => {
  const mixed = new MultiGraph();
  mixed.replaceAttributes({ name: 'x', articles: { b: { id: 'b', file: 'b.txt', title: '"quoted"' }, a: { id: 'a', file: 'a.txt', title: 'é\u2028' } }, extra: [1] });
  mixed.addNode('n1', { kind: 'person', label: 'N\n1' });
  mixed.addNode('n2');
  mixed.addDirectedEdgeWithKey('e1', 'n1', 'n2', { relation: 'met', weight: 1 });
  mixed.addUndirectedEdgeWithKey('e2', 'n2', 'n1');
  const cases: [string, KnowledgeGraph][] = [
    ['the query fixture', loadGraph('test/fixtures/mini-graph.json')],
    ['attributes in any order, empty attributes, an undirected edge', mixed as unknown as KnowledgeGraph],
  ];
  it.each(cases)('%s: same bytes as JSON.stringify(graph.export())', (_, graph) => {
    expect([...graphJsonChunks(graph)].join('')).toBe(JSON.stringify(graph.export()) + '\n');
    const file = join(mkdtempSync(join(tmpdir(), 'kg-json-')), 'g.json');
    writeGraph(graph, file);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(graph.export()) + '\n');
  });

  it.each([
    [1, 'cut to 1 with the count'],
    [2, 'kept whole (the longest has 2), no count'],
    [1000, 'kept whole, no count'],
  ])('articlesPerNode %i: every node\'s article list %s', (perNode) => {
    const graph = loadGraph('test/fixtures/mini-graph.json');
    const longest = Math.max(...graph.mapNodes((_, a) => a.articles.length));
    expect(longest).toBe(2);
    const cut = loadGraph([...graphJsonChunks(graph, { articlesPerNode: perNode })].join(''));
    cut.forEachNode((key, a) => {
      const all = graph.getNodeAttribute(key, 'articles');
      expect(a.articles).toEqual(all.slice(0, perNode));
      expect(a.articleCount).toBe(all.length > perNode ? all.length : undefined);
    });
  });

  it('the lean file leaves out co_mentioned edges and sentence texts, and still loads', () => {
    const graph = loadGraph('test/fixtures/mini-graph.json');
    const co = graph.filterEdges((_, a) => a.relation === 'co_mentioned').length;
    expect(co).toBeGreaterThan(0);
    const lean = loadGraph([...graphJsonChunks(graph, { coMentions: false, sentences: false })].join(''));
    expect(lean.size).toBe(graph.size - co);
    lean.forEachEdge((key, a) => {
      expect(a.relation).not.toBe('co_mentioned');
      expect(a.evidence).toEqual(graph.getEdgeAttribute(key, 'evidence').map(({ sentence: _, ...ref }) => ref));
      expect(a.weight).toBe(graph.getEdgeAttribute(key, 'weight'));
    });
  });
});
