// Deterministic ForceAtlas2 layout: seeded start positions from key hashes, a fixed number of iterations.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
// the library's iteration step and default settings, run on matrices built here (see positionsFor)
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { KnowledgeGraph } from './types.ts';
import { isStated } from './relations.ts';

/** Any graphology graph: the build's {@link KnowledgeGraph} or a graph the viewer opened. */
export type LayoutGraph = KnowledgeGraph | AbstractGraph<Attributes, Attributes, Attributes>;

/** Options of {@link assignLayout}. */
export interface LayoutOptions {
  /** ForceAtlas2 iterations; default depends only on the node count (see {@link defaultIterations}). */
  iterations?: number;
  /** overrides of the settings ForceAtlas2 infers from the graph's order */
  settings?: ForceAtlas2Settings;
}

/** Position of one node. */
export interface Position {
  x: number;
  y: number;
}

/** 32-bit FNV-1a hash of a string. */
function hash(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A start position for `key` in a disc whose area grows with the node count: same key, same position. */
export function seedPosition(key: string, order: number): Position {
  const angle = (hash(key) / 0x100000000) * 2 * Math.PI;
  const radius = Math.sqrt(hash(key, 0x9747b28c) / 0x100000000) * Math.sqrt(Math.max(order, 1)) * 10;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** Above this order ForceAtlas2 uses the Barnes-Hut approximation (cheaper than exact repulsion from here on). */
const BARNES_HUT_ORDER = 600;

/**
 * Barnes-Hut accuracy: Gephi's default (1.2) rather than graphology's (0.5), which costs three times as much per
 * iteration on a 10,000-node graph (110 ms against 35 ms here) for a start layout the viewer refines anyway.
 */
const BARNES_HUT_THETA = 1.2;

/**
 * Iterations used when none are given, a function of the order only (so the layout is deterministic): about 0.5 s of
 * work for exact repulsion (hundreds of iterations for small graphs), about 0.3 s with Barnes-Hut (a few dozen
 * iterations for thousands of nodes, never fewer than 10).
 */
export function defaultIterations(order: number): number {
  const [perIterationMs, budgetMs] = order <= BARNES_HUT_ORDER ? [1.7e-5 * order * order, 500] : [0.0035 * order, 300];
  return Math.max(10, Math.min(500, Math.round(budgetMs / Math.max(perIterationMs, 1e-3))));
}

/** Weight ForceAtlas2 gives an edge: stated relations pull harder than co-mentions, and weight counts logarithmically. */
function layoutWeight(relation: unknown, weight: unknown): number {
  const w = 1 + Math.log2(Math.max(1, typeof weight === 'number' && Number.isFinite(weight) ? weight : 1));
  return isStated(relation) ? w : 0.3 * w;
}

/** Above this many edges the build-time layout leaves co_mentioned edges out. */
export const LARGE_EDGE_COUNT = 20_000;

/** What the layout reads of a graph: node keys, and edges with their layout weight. Plain data, for another thread. */
export interface LayoutInput {
  nodes: string[];
  /** [source, target, edge key, weight] with source ≤ target */
  edges: [string, string, string, number][];
}

/** An edge as the layout sees it. */
export interface LayoutEdge {
  key: string;
  source: string;
  target: string;
  relation: unknown;
  weight: unknown;
}

/**
 * The layout's input from node keys and edges (in any order). In big graphs co-mentions (most of the edges) are left
 * out: stated relations shape the picture, at a fraction of the cost.
 */
export function layoutInputOf(nodes: Iterable<string>, edges: Iterable<LayoutEdge>, size: number): LayoutInput {
  const skipCoMentions = size > LARGE_EDGE_COUNT;
  const out: LayoutInput = { nodes: [...nodes], edges: [] };
  for (const { key, source, target, relation, weight } of edges) {
    if (skipCoMentions && !isStated(relation)) continue;
    out.edges.push([source < target ? source : target, source < target ? target : source, key, layoutWeight(relation, weight)]);
  }
  return out;
}

/** The layout's input from a graph. */
export function layoutInput(graph: LayoutGraph): LayoutInput {
  const edges: LayoutEdge[] = [];
  (graph as AbstractGraph).forEachEdge((key, attributes, source, target) => edges.push({ key, source, target, relation: attributes.relation, weight: attributes.weight }));
  return layoutInputOf((graph as AbstractGraph).nodes(), edges, graph.size);
}

/**
 * ForceAtlas2 positions for a layout input. The result depends only on the node keys and the edges, not on their
 * order: nodes and edges are sorted by key, start positions come from a hash of each key. The matrices are the ones
 * graphology-layout-forceatlas2 builds from a graph (mass = 1 + weighted degree, accumulated edge by edge), built
 * here from the input directly; in graphs over {@link LEAF_PLACEMENT_ORDER} nodes only the core is simulated.
 */
export function positionsFor(input: LayoutInput, options: LayoutOptions = {}): Record<string, Position> {
  const order = input.nodes.length;
  const positions: Record<string, Position> = {};
  if (order === 0) return positions;
  const keys = [...input.nodes].sort();
  const index = new Map<string, number>();
  keys.forEach((key, i) => index.set(key, i));
  const edges = input.edges
    .filter((e) => e[0] !== e[1])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0))
    .map(([source, target, , weight]) => [index.get(source)!, index.get(target)!, weight] as const);
  // each node's one neighbour (-1: none, -2: two or more)
  const neighbour = new Int32Array(order).fill(-1);
  for (const [s, t] of edges) {
    neighbour[s] = neighbour[s] === -1 || neighbour[s] === t ? t : -2;
    neighbour[t] = neighbour[t] === -1 || neighbour[t] === s ? s : -2;
  }
  // the nodes ForceAtlas2 moves: all in small graphs; else those with two or more neighbours, and isolated pairs
  const large = order > LEAF_PLACEMENT_ORDER;
  const row = new Int32Array(order).fill(-1);
  let rows = 0;
  for (let i = 0; i < order; i++) {
    const n = neighbour[i];
    if (!large || n === -2 || (n >= 0 && neighbour[n] !== -2)) row[i] = rows++;
  }
  const nodes = new Float32Array(rows * PPN);
  for (let i = 0; i < order; i++) {
    if (row[i] < 0) continue;
    const { x, y } = seedPosition(keys[i], order);
    const j = row[i] * PPN;
    nodes[j] = x;
    nodes[j + 1] = y;
    nodes[j + 6] = 1; // mass
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = 1; // size
  }
  const simulated: number[] = [];
  for (let e = 0; e < edges.length; e++) {
    const [s, t, weight] = edges[e];
    // a node keeps the weight of the leaves left out in its mass, so that it still makes room for them
    if (row[s] >= 0) nodes[row[s] * PPN + 6] += weight;
    if (row[t] >= 0) nodes[row[t] * PPN + 6] += weight;
    if (row[s] >= 0 && row[t] >= 0) simulated.push(e);
  }
  const matrix = new Float32Array(simulated.length * PPE);
  simulated.forEach((e, k) => {
    const [s, t, weight] = edges[e];
    matrix[k * PPE] = row[s] * PPN;
    matrix[k * PPE + 1] = row[t] * PPN;
    matrix[k * PPE + 2] = weight;
  });
  const iterations = options.iterations ?? defaultIterations(order);
  const settings = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(rows), barnesHutOptimize: rows > BARNES_HUT_ORDER, barnesHutTheta: BARNES_HUT_THETA, ...options.settings };
  if (rows) {
    warmUp(settings);
    for (let n = 0; n < iterations; n++) iterate(settings, nodes, matrix);
  }
  const x = new Float64Array(order);
  const y = new Float64Array(order);
  for (let i = 0; i < order; i++) {
    if (row[i] < 0) continue;
    x[i] = round(nodes[row[i] * PPN]);
    y[i] = round(nodes[row[i] * PPN + 1]);
  }
  if (rows < order) placeLeaves(keys, neighbour, row, edges, simulated, x, y);
  for (let i = 0; i < order; i++) positions[keys[i]] = { x: x[i], y: y[i] };
  return positions;
}

const warmed = new Set<boolean>();

/**
 * Runs a few iterations on a 5-node graph with the same settings, once per thread and Barnes-Hut mode. `iterate` is one
 * long function of loops run one after the other; on a big graph's first call the optimizing compiler takes it over
 * in the first loop and then meets each later loop without type feedback, and throws its code away each time (seven
 * times in a 10 MB build). After a small call that ran every loop, the first compiled code covers them all.
 */
function warmUp(settings: typeof FA2_DEFAULTS & { barnesHutOptimize: boolean }): void {
  if (warmed.has(settings.barnesHutOptimize)) return;
  warmed.add(settings.barnesHutOptimize);
  const n = 5;
  const nodes = new Float32Array(n * PPN);
  const matrix = new Float32Array(n * PPE);
  for (let i = 0; i < n; i++) {
    nodes[i * PPN] = Math.cos(i);
    nodes[i * PPN + 1] = Math.sin(i);
    nodes[i * PPN + 6] = 3.5; // mass
    nodes[i * PPN + 7] = 1; // convergence
    nodes[i * PPN + 8] = 1; // size
    matrix[i * PPE] = i * PPN;
    matrix[i * PPE + 1] = ((i + 1) % n) * PPN;
    matrix[i * PPE + 2] = 1.5; // not whole, so that the arithmetic is recorded as on doubles, not small integers
  }
  // enough calls for V8 to give the function a feedback vector (it records no types before) and fill it
  for (let k = 0; k < 200; k++) iterate(settings, nodes, matrix);
}

/**
 * Places the nodes ForceAtlas2 left out: a leaf in a disc around its neighbour (a radius growing with the square root of
 * the neighbour's leaf count, so that a big fan keeps an even density, but short of the nearest simulated neighbour),
 * an isolated node in a ring around the rest. Angles and radii come from hashes of the keys; the unit is half the
 * median length of a simulated edge.
 */
function placeLeaves(keys: string[], neighbour: Int32Array, row: Int32Array, edges: readonly (readonly [number, number, number])[], simulated: number[], x: Float64Array, y: Float64Array): void {
  const lengths = simulated.map((e) => Math.hypot(x[edges[e][0]] - x[edges[e][1]], y[edges[e][0]] - y[edges[e][1]]));
  const sorted = [...lengths].sort((a, b) => a - b);
  const unit = sorted.length ? Math.max(sorted[sorted.length >> 1] / 2, 1e-3) : 1;
  const leaves = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) if (row[i] < 0 && neighbour[i] >= 0) leaves[neighbour[i]]++;
  const angle = (key: string) => (hash(key) / 0x100000000) * 2 * Math.PI;
  const share = (key: string) => hash(key, 0x9747b28c) / 0x100000000;
  // a fan stays within 45 % of the hub's shortest simulated edge, so that it does not reach into the next hub's
  const reach = new Float64Array(keys.length).fill(Infinity);
  simulated.forEach((e, k) => {
    const [s, t] = edges[e];
    reach[s] = Math.min(reach[s], 0.45 * lengths[k]);
    reach[t] = Math.min(reach[t], 0.45 * lengths[k]);
  });
  let cx = 0;
  let cy = 0;
  let placed = 0;
  for (let i = 0; i < keys.length; i++) {
    if (row[i] >= 0) {
      cx += x[i];
      cy += y[i];
      placed++;
      continue;
    }
    const hub = neighbour[i];
    if (hub < 0) continue;
    const r = Math.min(reach[hub], unit * (0.6 + 0.4 * Math.sqrt(leaves[hub]))) * (0.35 + 0.65 * Math.sqrt(share(keys[i])));
    x[i] = round(x[hub] + r * Math.cos(angle(keys[i])));
    y[i] = round(y[hub] + r * Math.sin(angle(keys[i])));
  }
  cx = placed ? cx / placed : 0;
  cy = placed ? cy / placed : 0;
  // the ring of isolated nodes sits just outside most of the rest (the 95th percentile of distances to the centre)
  const distances: number[] = [];
  for (let i = 0; i < keys.length; i++) if (row[i] >= 0 || neighbour[i] >= 0) distances.push(Math.hypot(x[i] - cx, y[i] - cy));
  distances.sort((a, b) => a - b);
  const extent = distances.length ? distances[Math.floor(0.95 * (distances.length - 1))] : 0;
  for (let i = 0; i < keys.length; i++) {
    if (row[i] >= 0 || neighbour[i] >= 0) continue;
    if (!placed) {
      const start = seedPosition(keys[i], keys.length);
      x[i] = round(start.x);
      y[i] = round(start.y);
      continue;
    }
    const r = extent * (1.1 + 0.2 * share(keys[i])) + unit;
    x[i] = round(cx + r * Math.cos(angle(keys[i])));
    y[i] = round(cy + r * Math.sin(angle(keys[i])));
  }
}

/**
 * Above this order, nodes with a single neighbour (and nodes with none) are left out of ForceAtlas2 and placed
 * afterwards: leaves in a disc around their neighbour, isolated nodes in a ring around the rest. In the graphs of
 * corpora most nodes are such leaves (three in four in the bench corpus), so the simulation runs on a fraction of the
 * nodes for the same number of iterations; the viewer's live layout refines the start it gives.
 */
export const LEAF_PLACEMENT_ORDER = 2000;

/** Values per node and per edge in ForceAtlas2's matrices (graphology-layout-forceatlas2's iterate.js). */
const PPN = 10;
const PPE = 3;

/** Computes ForceAtlas2 positions without touching the graph (see {@link positionsFor}). */
export function computeLayout(graph: LayoutGraph, options: LayoutOptions = {}): Record<string, Position> {
  return positionsFor(layoutInput(graph), options);
}

/** Rounds to 3 decimals so the JSON stays small and identical across runs. */
function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 1000) / 1000 : 0;
}

/** Writes deterministic ForceAtlas2 positions into every node's `x` and `y` attributes. */
export function assignLayout(graph: LayoutGraph, options: LayoutOptions = {}): void {
  applyPositions(graph, computeLayout(graph, options));
}

/** Writes positions (from {@link computeLayout} or {@link positionsFor}) into the nodes' `x` and `y`. */
export function applyPositions(graph: LayoutGraph, positions: Record<string, Position>): void {
  // in place: a copy of every node's attributes cost a tenth of a second on 10,000 nodes, at the end of a build
  (graph as AbstractGraph).updateEachNodeAttributes(
    (key, attributes) => {
      const p = positions[key];
      if (p) {
        attributes.x = p.x;
        attributes.y = p.y;
      }
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
}
