// sigma reducers over the display graph: colour, size and position are already in its attributes (core/display.ts);
// the reducers only add the hover/selection highlight, so each call is constant work with no allocation when idle.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { DisplayEdgeAttributes, DisplayGraph, DisplayNodeAttributes } from './display.ts';

/** Colour of nodes and edges pushed to the background while another node is highlighted. */
export const DIM_NODE_COLOR = '#e4e4e4';
export const DIM_EDGE_COLOR = '#f0f0f0';

/** What the reducers read on each call; the app replaces its fields and asks sigma to refresh. */
export interface FocusContext {
  /** hovered node, else selected node: it and its neighbours are highlighted */
  focus: string | null;
  /** neighbours of `focus` in the display graph */
  neighbours: Set<string>;
  /** selected edge (its evidence is in the panel): drawn thicker */
  edge: string | null;
  /** big views: the focus does not dim the rest, so a hover repaints only the focus and its neighbours */
  light: boolean;
}

/** Neighbours of a node in the display graph. */
export function displayNeighbours(display: DisplayGraph, node: string | null): Set<string> {
  const out = new Set<string>();
  if (!node || !display.hasNode(node)) return out;
  display.forEachNeighbor(node, (other) => out.add(other));
  return out;
}

/** Creates sigma's nodeReducer and edgeReducer over a context the caller keeps up to date. */
export function createReducers(ctx: FocusContext) {
  const nodeReducer = (key: string, a: DisplayNodeAttributes): Partial<NodeDisplayData> => {
    if (!ctx.focus) return a;
    if (key === ctx.focus) return { ...a, highlighted: true, forceLabel: true, zIndex: 100_000 };
    if (ctx.neighbours.has(key)) return { ...a, forceLabel: true, zIndex: a.zIndex + 50_000 };
    if (ctx.light) return a;
    return { ...a, color: DIM_NODE_COLOR, label: null, zIndex: 0 };
  };
  const edgeReducer = (key: string, a: DisplayEdgeAttributes): Partial<EdgeDisplayData> => {
    if (key === ctx.edge) return { ...a, size: a.size + 3, zIndex: 3 };
    if (!ctx.focus) return a;
    if (a.s === ctx.focus || a.t === ctx.focus) return { ...a, size: a.size + 1, zIndex: 2 };
    if (ctx.light) return a;
    return { ...a, color: DIM_EDGE_COLOR, zIndex: 0 };
  };
  return { nodeReducer, edgeReducer };
}
