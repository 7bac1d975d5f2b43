// The graph sigma draws: only the nodes and edges the scope and filters show, with their colour, size and position
// computed here once, so sigma's reducers only add the hover/selection highlight (constant work per item) and a
// filter change rebuilds a small graph instead of re-reducing every hidden item of the full one.
import Graph from 'graphology';
import type { EntityAttributes } from '../../../src/graph/types.ts';
import { RELATIONS } from '../../../src/graph/relations.ts';
import { kindColor, relationColor } from '../../../src/graph/style.ts';
import type { ViewGraph } from '../view-graph.ts';
import type { Visibility } from './visibility.ts';
import { OTHER_COLOR, PALETTE, attributeColors, logSize, type AttributeInfo } from './attributes.ts';
import type { ViewerSettings } from './settings.ts';
import { edgesAmong } from './scope.ts';

/** Edge program for hairlines (gl.LINES), registered under this type in sigma's settings. */
export const THIN_EDGE_TYPE = 'thin';

/** A drawn node: sigma's display fields plus the kind, for legends. */
export interface DisplayNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: string;
  zIndex: number;
  type: 'circle';
}

/** A drawn edge: sigma's display fields plus its ends and relation (the reducers read them without a graph lookup). */
export interface DisplayEdgeAttributes {
  size: number;
  color: string;
  type: string;
  relation: string;
  weight: number;
  zIndex: number;
  s: string;
  t: string;
}

/** The graph sigma renders. Keys are the full graph's keys. */
export type DisplayGraph = Graph<DisplayNodeAttributes, DisplayEdgeAttributes>;

/** How nodes are coloured and sized; see {@link nodeStyler}. */
export interface NodeStyle {
  color(key: string, attributes: Record<string, unknown>): string;
  /** value the size grows with (degree or an attribute), and its maximum over the graph */
  sizeValue(key: string, attributes: Record<string, unknown>): number;
  maxSizeValue: number;
  /** legend lines for the colour */
  legend: { name: string; color: string }[] | null;
}

/** Colour by kind, community or any attribute; size by degree or any numeric attribute. */
export function nodeStyler(colorBy: string, sizeBy: string, degree: ReadonlyMap<string, number>, attributes: readonly AttributeInfo[], communities: ReadonlyMap<string, number> | null): NodeStyle {
  let color: NodeStyle['color'] = (_k, a) => kindColor(String(a.kind));
  let legend: NodeStyle['legend'] = null;
  if (colorBy === 'community' && communities) {
    color = (k) => {
      const c = communities.get(k);
      return c !== undefined && c < PALETTE.length ? PALETTE[c] : OTHER_COLOR;
    };
    legend = [...PALETTE.map((c, i) => ({ name: `community ${i + 1}`, color: c })), { name: 'smaller communities', color: OTHER_COLOR }];
  } else {
    const info = attributes.find((a) => a.name === colorBy && colorBy !== 'kind');
    if (info) {
      const scale = attributeColors(info);
      color = (_k, a) => scale.color(a[info.name]);
      legend = scale.legend;
    }
  }
  const sizeInfo = attributes.find((a) => a.name === sizeBy && a.type === 'numeric');
  let maxDegree = 1;
  for (const d of degree.values()) maxDegree = Math.max(maxDegree, d);
  return sizeInfo
    ? { color, legend, sizeValue: (_k, a) => (typeof a[sizeInfo.name] === 'number' ? (a[sizeInfo.name] as number) - Math.min(0, sizeInfo.min) : 0), maxSizeValue: sizeInfo.max - Math.min(0, sizeInfo.min) }
    : { color, legend, sizeValue: (k) => degree.get(k) ?? 0, maxSizeValue: maxDegree };
}

/** Edge thickness: a log scale of the weight (supporting sentences) from 1 px, capped at `maxSize`. */
export function edgeSize(weight: number, maxWeight: number, maxSize: number): number {
  if (maxWeight <= 1) return 1;
  return Math.min(maxSize, 1 + (maxSize - 1) * (Math.log(Math.max(1, weight)) / Math.log(maxWeight)));
}

/** A node's drawn radius in pixels at zoom 1: its size value on a log scale, times the view's `scale` ({@link nodeScaleFor}). */
export function displaySize(style: NodeStyle, key: string, attributes: Record<string, unknown>, settings: ViewerSettings, scale: number): number {
  return Math.max(1.5, logSize(style.sizeValue(key, attributes), style.maxSizeValue, settings.nodes.minSize, settings.nodes.maxSize) * scale);
}

/** Node size multiplier for a view of `order` nodes: 1 up to 50 nodes, then shrinking (room for labels) to 0.35. */
export function nodeScaleFor(order: number): number {
  return Math.max(0.35, Math.min(1, Math.sqrt(50 / Math.max(1, order))));
}

function isSymmetric(relation: string): boolean {
  return (RELATIONS as Record<string, { symmetric: boolean }>)[relation]?.symmetric ?? true;
}

/** What {@link buildDisplayGraph} needs. */
export interface DisplayInput {
  graph: ViewGraph;
  members: ReadonlySet<string>;
  visibility: Visibility;
  style: NodeStyle;
  maxWeight: number;
  settings: ViewerSettings;
  /** draw only these of the visible edges (the overview's backbone); all visible edges among the members when absent */
  edges?: Iterable<string>;
  /** positions from a local layout; nodes without one keep the full graph's */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
}

/** Builds the drawn graph: the members that pass the filters and the visible edges among them. */
export function buildDisplayGraph({ graph, members, visibility, style, maxWeight, settings, positions, edges: only }: DisplayInput): DisplayGraph {
  const display: DisplayGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  const scale = nodeScaleFor(members.size);
  for (const key of members) {
    if (!visibility.nodes.has(key)) continue;
    const a = graph.getNodeAttributes(key) as EntityAttributes & Record<string, unknown>;
    const p = positions?.get(key) ?? a;
    const size = displaySize(style, key, a, settings, scale);
    // bigger nodes are drawn (and hit-tested) on top: the node under the pointer is the one the user sees there
    display.addNode(key, { x: p.x ?? 0, y: p.y ?? 0, size, color: style.color(key, a), label: a.label, kind: a.kind, zIndex: Math.round(size * 10), type: 'circle' });
  }
  const drawn: [string, string, string][] = [];
  for (const key of only ?? edgesAmong(graph, visibility, members)) {
    const [s, t] = graph.extremities(key);
    if (display.hasNode(s) && display.hasNode(t)) drawn.push([key, s, t]);
  }
  const light = drawn.length > settings.edges.lightAbove;
  for (const [key, s, t] of drawn) {
    const a = graph.getEdgeAttributes(key);
    const attributes: DisplayEdgeAttributes = {
      size: light ? 1 : edgeSize(a.weight, maxWeight, settings.edges.maxSize),
      color: relationColor(a.relation),
      type: light ? THIN_EDGE_TYPE : isSymmetric(a.relation) || graph.isUndirected(key) ? 'line' : 'arrow',
      relation: a.relation,
      weight: a.weight,
      zIndex: 1,
      s,
      t,
    };
    if (graph.isUndirected(key)) display.addUndirectedEdgeWithKey(key, s, t, attributes);
    else display.addDirectedEdgeWithKey(key, s, t, attributes);
  }
  return display;
}
