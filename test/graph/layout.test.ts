// assignLayout: deterministic, independent of insertion order, finite, separates communities, fast enough for the build.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { assignLayout, computeLayout, defaultIterations } from '../../src/graph/layout.ts';
import type { EntityAttributes, GraphAttributes, KnowledgeGraph, RelationAttributes } from '../../src/graph/types.ts';

function node(label: string): EntityAttributes {
  return { kind: 'person', label, aliases: [label], mentions: 1, articles: [] };
}

/** Two 8-cliques joined by one edge, nodes and edges added in the given order. */
function twoCliques(reverse = false): KnowledgeGraph {
  const g: KnowledgeGraph = new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>();
  const keys = [...Array(16).keys()].map((i) => `person:${i < 8 ? 'a' : 'b'}${i % 8}`);
  for (const k of reverse ? [...keys].reverse() : keys) g.addNode(k, node(k));
  const edges: [string, string][] = [];
  for (const group of ['a', 'b']) for (let i = 0; i < 8; i++) for (let j = i + 1; j < 8; j++) edges.push([`person:${group}${i}`, `person:${group}${j}`]);
  edges.push(['person:a0', 'person:b0']);
  for (const [s, t] of reverse ? [...edges].reverse() : edges) g.addEdgeWithKey(`met:${s}->${t}`, s, t, { relation: 'met', weight: 1, evidence: [] });
  return g;
}

function randomGraph(n: number, m: number): KnowledgeGraph {
  const g: KnowledgeGraph = new MultiDirectedGraph();
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, node(`n${i}`));
  for (let i = 0; i < m; i++) {
    const s = `n${Math.floor(rand() * n)}`;
    const t = `n${Math.floor(rand() * n)}`;
    if (s !== t) g.addEdge(s, t, { relation: 'co_mentioned', weight: 1 + Math.floor(rand() * 3), evidence: [] });
  }
  return g;
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('assignLayout', () => {
  it('writes finite x/y on every node and is deterministic', () => {
    const a = twoCliques();
    const b = twoCliques();
    assignLayout(a);
    assignLayout(b);
    a.forEachNode((key, attr) => {
      expect(Number.isFinite(attr.x)).toBe(true);
      expect(Number.isFinite(attr.y)).toBe(true);
      expect(b.getNodeAttributes(key)).toEqual(attr);
    });
  });

  it('does not depend on the order nodes and edges were added in', () => {
    expect(computeLayout(twoCliques(true))).toEqual(computeLayout(twoCliques(false)));
  });

  it('keeps the other attributes', () => {
    const g = twoCliques();
    assignLayout(g);
    expect(g.getNodeAttributes('person:a1')).toMatchObject(node('person:a1'));
  });

  it('puts members of a community closer to each other than to the other community', () => {
    const positions = computeLayout(twoCliques());
    let within = 0;
    let across = 0;
    for (let i = 1; i < 8; i++) {
      within += dist(positions[`person:a${i}`], positions['person:a1']) + dist(positions[`person:b${i}`], positions['person:b1']);
      across += dist(positions[`person:a${i}`], positions['person:b1']) + dist(positions[`person:b${i}`], positions['person:a1']);
    }
    expect(within * 2).toBeLessThan(across);
  });

  it('handles an empty graph and isolated nodes', () => {
    const g: KnowledgeGraph = new MultiDirectedGraph();
    expect(computeLayout(g)).toEqual({});
    g.addNode('place:x', node('x'));
    assignLayout(g);
    expect(Number.isFinite(g.getNodeAttribute('place:x', 'x'))).toBe(true);
  });

  it('lays out a few thousand nodes fast enough for the build', () => {
    const g = randomGraph(3000, 9000);
    const t0 = performance.now();
    assignLayout(g);
    const ms = performance.now() - t0;
    console.log(`assignLayout: 3000 nodes, ${g.size} edges, ${defaultIterations(3000)} iterations in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(4000); // ~0.5 s on an idle machine; headroom for busy CI machines
  });
});
