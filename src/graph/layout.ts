// Deterministic ForceAtlas2 layout: seeded start positions from key hashes, a fixed number of iterations.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { KnowledgeGraph } from './types.ts';

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
  return relation === 'co_mentioned' ? 0.3 * w : w;
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
    if (skipCoMentions && relation === 'co_mentioned') continue;
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
 * order: nodes and edges are sorted by key, start positions come from a hash of each key.
 */
export function positionsFor(input: LayoutInput, options: LayoutOptions = {}): Record<string, Position> {
  const order = input.nodes.length;
  const positions: Record<string, Position> = {};
  if (order === 0) return positions;
  const work = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  for (const key of [...input.nodes].sort()) work.addNode(key, seedPosition(key, order));
  const edges = [...input.edges].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
  for (const [source, target, , weight] of edges) if (source !== target) work.addEdge(source, target, { weight });
  const iterations = options.iterations ?? defaultIterations(order);
  const settings: ForceAtlas2Settings = { ...forceAtlas2.inferSettings(order), barnesHutOptimize: order > BARNES_HUT_ORDER, barnesHutTheta: BARNES_HUT_THETA, ...options.settings };
  forceAtlas2.assign(work, { iterations, settings, getEdgeWeight: 'weight' });
  work.forEachNode((key, attributes) => {
    positions[key] = { x: round(attributes.x as number), y: round(attributes.y as number) };
  });
  return positions;
}

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
  (graph as AbstractGraph).updateEachNodeAttributes((key, attributes) => ({ ...attributes, ...positions[key] }), { attributes: ['x', 'y'] });
}
