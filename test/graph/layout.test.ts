// assignLayout: deterministic, independent of insertion order, finite, separates communities, fast enough for the build.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Graph from 'graphology';
import { assignLayout, computeLayout, defaultIterations, LEAF_PLACEMENT_ORDER, seedPosition } from '../../src/graph/layout.ts';
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

  it('gives exactly what graphology-layout-forceatlas2 gives on the same graph (matrices built without a graph)', () => {
    // a random graph of 700 nodes (Barnes-Hut on), weights 1 to 3, some isolated nodes
    const g: KnowledgeGraph = new MultiDirectedGraph();
    let seed = 5;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 700; i++) g.addNode(`n${i}`, node(`n${i}`));
    for (let i = 0; i < 1500; i++) {
      const [s, t] = [`n${Math.floor(rand() * 650)}`, `n${Math.floor(rand() * 650)}`];
      if (s !== t) g.addEdge(s, t, { relation: 'met', weight: 1 + Math.floor(rand() * 3), evidence: [] });
    }
    const ours = computeLayout(g, { iterations: 5 });
    // the reference: the library's own run over an undirected copy, nodes and edges in key order, same start
    const ref = new Graph({ type: 'undirected', multi: true });
    for (const key of g.nodes().sort()) ref.addNode(key, seedPosition(key, g.order));
    const edges = g.mapEdges((key, a, s, t) => [s < t ? s : t, s < t ? t : s, key, 1 + Math.log2(a.weight)] as const);
    edges.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] < b[2] ? -1 : 1));
    for (const [s, t, , w] of edges) ref.addEdge(s, t, { weight: w });
    forceAtlas2.assign(ref, { iterations: 5, settings: { ...forceAtlas2.inferSettings(700), barnesHutOptimize: true, barnesHutTheta: 1.2 } });
    ref.forEachNode((key, a) => expect(ours[key]).toEqual({ x: Math.round(a.x * 1000) / 1000, y: Math.round(a.y * 1000) / 1000 }));
  });

  describe(`above ${LEAF_PLACEMENT_ORDER} nodes, leaves and isolated nodes are placed after the simulation`, () => {
    // 60 hubs in a ring of rings (each hub linked to 3 others), 40 leaves on each, 200 isolated nodes: 2,660 nodes
    function hubs(reverse = false): KnowledgeGraph {
      const g: KnowledgeGraph = new MultiDirectedGraph();
      const nodes: string[] = [];
      const edges: [string, string][] = [];
      for (let h = 0; h < 60; h++) {
        nodes.push(`hub${h}`);
        for (const d of [1, 2, 7]) edges.push([`hub${h}`, `hub${(h + d) % 60}`]);
        for (let l = 0; l < 40; l++) {
          nodes.push(`leaf${h}-${l}`);
          edges.push([`leaf${h}-${l}`, `hub${h}`]);
        }
      }
      for (let i = 0; i < 200; i++) nodes.push(`alone${i}`);
      for (const k of reverse ? [...nodes].reverse() : nodes) g.addNode(k, node(k));
      for (const [s, t] of reverse ? [...edges].reverse() : edges) g.addEdgeWithKey(`met:${s}->${t}`, s, t, { relation: 'met', weight: 1, evidence: [] });
      return g;
    }

    it('is deterministic, independent of insertion order, and finite', () => {
      const a = computeLayout(hubs());
      expect(computeLayout(hubs(true))).toEqual(a);
      expect(Object.keys(a)).toHaveLength(2660);
      for (const p of Object.values(a)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    });

    it('puts each leaf nearer its own hub than any other hub, and isolated nodes outside the rest', () => {
      const p = computeLayout(hubs());
      const hubKeys = [...Array(60).keys()].map((h) => `hub${h}`);
      let own = 0;
      for (let h = 0; h < 60; h++) {
        for (let l = 0; l < 40; l++) {
          const leaf = p[`leaf${h}-${l}`];
          const nearest = hubKeys.reduce((best, k) => (dist(leaf, p[k]) < dist(leaf, p[best]) ? k : best));
          if (nearest === `hub${h}`) own++;
        }
      }
      expect(own / 2400).toBeGreaterThan(0.9);
      const all = Object.values(p);
      const centre = { x: all.reduce((n, q) => n + q.x, 0) / all.length, y: all.reduce((n, q) => n + q.y, 0) / all.length };
      const connected = Object.entries(p).filter(([k]) => !k.startsWith('alone')).map(([, q]) => dist(q, centre)).sort((a, b) => a - b);
      const p90 = connected[Math.floor(0.9 * connected.length)];
      for (let i = 0; i < 200; i++) expect(dist(p[`alone${i}`], centre)).toBeGreaterThan(p90);
    });
  });
});
