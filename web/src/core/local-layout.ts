// Lays out a small subgraph (the overview, an ego network) on its own: ForceAtlas2 until it converges, then noverlap so
// that no two node discs overlap at zoom 1. Positions are returned, never written to the full graph.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ViewerSettings } from './settings.ts';

/** A node to lay out: a start position and its radius in pixels at zoom 1. */
export interface LayoutNode {
  key: string;
  x: number;
  y: number;
  size: number;
}

/** The outcome: positions by key, and how ForceAtlas2 stopped. */
export interface LocalLayout {
  positions: Map<string, { x: number; y: number }>;
  iterations: number;
  converged: boolean;
}

/** Side of the square the layout is scaled to before noverlap: about a canvas, so graph units are close to pixels. */
export const LAYOUT_EXTENT = 900;

/** Extent per square root of the node count that ForceAtlas2 starts from. */
const EXTENT_START = 10;

function extentOf(graph: Graph): number {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  graph.forEachNode((_k, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  return Math.max(maxX - minX, maxY - minY, 1e-9);
}

/** ForceAtlas2 in batches; converged when a batch's mean move per iteration falls below `tolerance` × extent. */
export function layoutLocally(nodes: readonly LayoutNode[], edges: readonly { source: string; target: string; weight: number }[], settings: ViewerSettings['localLayout']): LocalLayout {
  const graph = new Graph({ type: 'undirected', multi: false });
  for (const n of nodes) graph.addNode(n.key, { x: n.x, y: n.y, size: n.size });
  for (const e of edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const w = 1 + Math.log2(Math.max(1, e.weight));
    if (graph.hasEdge(e.source, e.target)) graph.updateEdgeAttribute(e.source, e.target, 'weight', (old: number) => old + w);
    else graph.addEdge(e.source, e.target, { weight: w });
  }
  // start from the given arrangement at ForceAtlas2's own scale (the full graph's positions span far more)
  const start = EXTENT_START * Math.sqrt(Math.max(1, graph.order)) / extentOf(graph);
  graph.updateEachNodeAttributes((_k, a) => ({ ...a, x: a.x * start, y: a.y * start }));
  let iterations = 0;
  let converged = graph.order < 2;
  const fa2 = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 250, edgeWeightInfluence: 1, outboundAttractionDistribution: true };
  while (!converged && iterations < settings.maxIterations) {
    const before = new Map(graph.mapNodes((k, a) => [k, a.x, a.y] as const).map(([k, x, y]) => [k, { x, y }]));
    forceAtlas2.assign(graph, { iterations: settings.batch, settings: fa2 });
    iterations += settings.batch;
    let move = 0;
    graph.forEachNode((k, a) => {
      const b = before.get(k)!;
      move += Math.hypot(a.x - b.x, a.y - b.y);
    });
    converged = iterations >= settings.minIterations && move / graph.order / settings.batch < settings.tolerance * extentOf(graph);
  }
  // scale to about a canvas, so that sizes in pixels and positions share a unit, then push overlapping discs apart
  const scale = LAYOUT_EXTENT / Math.max(extentOf(graph), 1e-9);
  graph.updateEachNodeAttributes((_k, a) => ({ ...a, x: a.x * scale, y: a.y * scale }));
  noverlap.assign(graph, { maxIterations: 200, settings: { margin: settings.margin, ratio: 1.15, expansion: 1.1 } });
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((k, a) => positions.set(k, { x: a.x, y: a.y }));
  return { positions, iterations, converged };
}
