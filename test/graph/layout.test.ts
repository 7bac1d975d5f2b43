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

  it('separates two communities of a graph big enough for Barnes-Hut, with the default iterations', () => {
    // two random communities of 400 nodes each, 2,400 edges inside each and 20 across
    const g: KnowledgeGraph = new MultiDirectedGraph();
    let seed = 11;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const c of ['a', 'b']) for (let i = 0; i < 400; i++) g.addNode(`${c}${i}`, node(`${c}${i}`));
    const link = (s: string, t: string) => s !== t && !g.hasEdge(s, t) && g.addEdge(s, t, { relation: 'met', weight: 1, evidence: [] });
    for (const c of ['a', 'b']) for (let i = 0; i < 2400; i++) link(`${c}${Math.floor(rand() * 400)}`, `${c}${Math.floor(rand() * 400)}`);
    for (let i = 0; i < 20; i++) link(`a${Math.floor(rand() * 400)}`, `b${Math.floor(rand() * 400)}`);
    expect(defaultIterations(g.order)).toBeGreaterThanOrEqual(10);
    const p = computeLayout(g);
    const centre = (c: string) => {
      const xs = [...Array(400).keys()].map((i) => p[`${c}${i}`]);
      return { x: xs.reduce((n, q) => n + q.x, 0) / 400, y: xs.reduce((n, q) => n + q.y, 0) / 400 };
    };
    const [ca, cb] = [centre('a'), centre('b')];
    // most nodes sit nearer their own community's centre than the other's
    let own = 0;
    for (let i = 0; i < 400; i++) {
      if (dist(p[`a${i}`], ca) < dist(p[`a${i}`], cb)) own++;
      if (dist(p[`b${i}`], cb) < dist(p[`b${i}`], ca)) own++;
    }
    expect(own / 800).toBeGreaterThan(0.9);
  });
});
