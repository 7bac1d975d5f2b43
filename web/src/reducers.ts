// sigma reducers: colour by kind, size by degree, edge colour by relation and thickness by weight, filters and highlight.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { RELATIONS, type EntityAttributes, type RelationAttributes } from '../../src/graph/types.ts';
import { kindColor, relationColor } from '../../src/graph/style.ts';
import type { GraphIndex } from './graph-index.ts';
import type { ViewGraph } from './view-graph.ts';
import type { Visibility } from './visibility.ts';

/** Colour of nodes and edges pushed to the background while another node is highlighted. */
export const DIM_NODE_COLOR = '#e4e4e4';
export const DIM_EDGE_COLOR = '#f0f0f0';

/** Edge program for hairlines (gl.LINES), registered under this type in sigma's settings. */
export const THIN_EDGE_TYPE = 'thin';

/** Labels longer than this are shortened on the canvas (in full when the node is highlighted, and in the panel). */
export const LABEL_MAX_CHARS = 26;

/** Views with at most this many nodes label all of them. */
export const LABEL_ALL_UP_TO = 30;

/** What the reducers read on each call; the app replaces its fields and asks sigma to refresh. */
export interface DisplayContext {
  graph: ViewGraph;
  index: GraphIndex;
  visibility: Visibility;
  /** hovered node, else selected node: it and its neighbours are highlighted */
  focus: string | null;
  /** visible neighbours of `focus` */
  neighbours: Set<string>;
  /**
   * Level of detail for big views. When true, edges are 1-pixel lines and the focus does not dim the rest, so hovering
   * only repaints the focus and its neighbours instead of every item.
   */
  light: boolean;
  /** node size multiplier: 1 for small graphs, smaller for big ones so nodes do not cover each other */
  nodeScale: number;
}

/** Shortens a label for the canvas: long names would run over their neighbours' labels. */
export function shortLabel(label: string, max = LABEL_MAX_CHARS): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** Node radius in pixels at zoom 1: grows with the square root of the degree. */
export function nodeSize(degree: number, scale = 1): number {
  return Math.max(1.5, Math.min(24, 3 + 2.2 * Math.sqrt(degree)) * scale);
}

/** Node size multiplier for a graph of `order` nodes: 1 up to ~1000 nodes, then shrinking to 0.35. */
export function nodeScaleFor(order: number): number {
  return Math.max(0.35, Math.min(1, Math.sqrt(1000 / Math.max(1, order))));
}

/** Edge thickness in pixels: grows with the logarithm of the weight (supporting sentences). */
export function edgeSize(weight: number): number {
  return Math.min(8, 1 + 1.5 * Math.log2(Math.max(1, weight)));
}

function isSymmetric(relation: string): boolean {
  return (RELATIONS as Record<string, { symmetric: boolean }>)[relation]?.symmetric ?? true;
}

/** Visible neighbours of a node through visible edges. */
export function visibleNeighbours(graph: ViewGraph, visibility: Visibility, node: string | null): Set<string> {
  const out = new Set<string>();
  if (!node || !graph.hasNode(node)) return out;
  graph.forEachEdge(node, (key, _a, source, target) => {
    if (visibility.edges.has(key)) out.add(source === node ? target : source);
  });
  return out;
}

/** Creates sigma's nodeReducer and edgeReducer over a context the caller keeps up to date. */
export function createReducers(ctx: DisplayContext) {
  const nodeReducer = (key: string, a: EntityAttributes): Partial<NodeDisplayData> => {
    const display: Partial<NodeDisplayData> = {
      x: a.x,
      y: a.y,
      label: shortLabel(a.label),
      size: nodeSize(ctx.index.degree.get(key) ?? 0, ctx.nodeScale),
      color: kindColor(a.kind),
      type: 'circle',
      zIndex: 1,
    };
    if (!ctx.visibility.nodes.has(key)) {
      display.hidden = true;
    } else if (key === ctx.focus) {
      Object.assign(display, { label: a.label, highlighted: true, forceLabel: true, zIndex: 3 });
    } else if (ctx.focus && ctx.neighbours.has(key)) {
      Object.assign(display, { forceLabel: true, zIndex: 2 });
    } else if (ctx.focus && !ctx.light) {
      Object.assign(display, { color: DIM_NODE_COLOR, label: null, zIndex: 0 });
    } else if (ctx.visibility.nodes.size <= LABEL_ALL_UP_TO) {
      // few nodes shown (a preset, a narrow filter): every one gets its label
      display.forceLabel = true;
    }
    return display;
  };
  const edgeReducer = (key: string, a: RelationAttributes): Partial<EdgeDisplayData> => {
    const display: Partial<EdgeDisplayData> = {
      size: edgeSize(a.weight),
      color: relationColor(a.relation),
      // hidden edges and light views use the cheapest program: sigma still feeds hidden items to their program
      type: ctx.light || !ctx.visibility.edges.has(key) ? THIN_EDGE_TYPE : isSymmetric(a.relation) ? 'line' : 'arrow',
      zIndex: 1,
    };
    if (!ctx.visibility.edges.has(key)) {
      display.hidden = true;
    } else if (ctx.focus) {
      const [source, target] = ctx.graph.extremities(key);
      if (source === ctx.focus || target === ctx.focus) Object.assign(display, { size: (display.size ?? 1) + 1, zIndex: 2 });
      else if (!ctx.light) Object.assign(display, { color: DIM_EDGE_COLOR, zIndex: 0 });
    }
    return display;
  };
  return { nodeReducer, edgeReducer };
}
