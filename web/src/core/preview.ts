// The first screen of a big graph, read from the parsed file before the whole graph is built: the overview's nodes
// (core/scope.ts's rule, on the same degrees) and their backbone edges, as a small graph sigma can draw at once. The app
// shows it, then builds the whole graph after that first frame; the overview it then computes is the same one.
import Graph from 'graphology';
import type { Attributes, SerializedGraph as SerializedGraphOf } from 'graphology-types';
import type { EntityAttributes, GraphAttributes, RelationAttributes } from '../../../src/graph/types.ts';
import type { ViewGraph } from '../view-graph.ts';
import { assignEdgeKeys, hasPosition, kindOf, normalizeEdge, normalizeNode, relationOf, weightOf, type SerializedGraph } from '../normalize-graph.ts';
import { pickOverview, strongestEdges } from './scope.ts';
import type { ViewerSettings } from './settings.ts';
import type { ViewState } from './view-state.ts';

/** The first screen of a graph and what the app needs to draw it as the whole graph's overview would be drawn. */
export interface OverviewPreview {
  /** the overview's nodes and backbone edges (normalised copies; the file's data is left for the whole graph) */
  graph: ViewGraph;
  members: Set<string>;
  edges: Set<string>;
  /** every node's degree in the whole graph (node sizes grow with it) */
  degree: Map<string, number>;
  /** heaviest edge of the whole graph (edge thickness is relative to it) */
  maxWeight: number;
  /** nodes and edges of the whole graph */
  order: number;
  size: number;
}

/** True when a state filters only by kind, relation and weight (what {@link overviewPreview} reads) and shows the overview. */
export function previewable(state: ViewState): boolean {
  return state.scope === 'overview' && !state.selected && state.years === null && state.summit === null && !state.linkedOnly && state.until === null && state.community === null && state.colorBy === 'kind' && state.sizeBy === 'degree';
}

/**
 * The overview of `data` (graphology's serialised form, keys checked) under `state`, or null when the whole graph is
 * small enough to be the first screen, when the state is not {@link previewable}, or when anything in the file would
 * make the whole graph differ (nodes without positions, a repeated key, an edge to a missing node): then the app builds
 * the whole graph first, and reports any error in the file as it always does. Gives keyless edges their keys (in place).
 */
export function overviewPreview(data: SerializedGraph, state: ViewState, settings: ViewerSettings): OverviewPreview | null {
  if (!previewable(state) || data.nodes.length <= settings.overview.showAllUpTo) return null;
  assignEdgeKeys(data);
  const nodeAttributes = new Map<string, Attributes>();
  const visible = new Set<string>();
  for (const node of data.nodes) {
    const key = String(node.key);
    if (nodeAttributes.has(key) || !hasPosition(node.attributes)) return null;
    nodeAttributes.set(key, node.attributes ?? {});
    if (!state.hiddenKinds.has(kindOf(node.attributes))) visible.add(key);
  }
  const degree = new Map<string, number>([...nodeAttributes.keys()].map((key) => [key, 0]));
  const visibleDegree = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const edgeKeys = new Set<string>();
  const shown: number[] = [];
  let maxWeight = 1;
  let directed = true;
  for (const [i, edge] of data.edges.entries()) {
    if (edge.key === undefined || edge.key === null) return null; // graphology would make up a key
    const key = String(edge.key);
    const [s, t] = [String(edge.source), String(edge.target)];
    if (edgeKeys.has(key) || !nodeAttributes.has(s) || !nodeAttributes.has(t)) return null;
    edgeKeys.add(key);
    if (edge.undirected) directed = false;
    const weight = weightOf(edge.attributes);
    maxWeight = Math.max(maxWeight, weight);
    bump(degree, s);
    bump(degree, t);
    if (!visible.has(s) || !visible.has(t) || state.hiddenRelations.has(relationOf(edge.attributes)) || weight < state.minWeight) continue;
    bump(visibleDegree, s);
    bump(visibleDegree, t);
    shown.push(i);
  }
  const members = pickOverview(visible, (key) => kindOf(nodeAttributes.get(key)), settings.overview, visibleDegree);
  if (members.size >= visible.size) return null;
  const candidates = new Map<string, [string, number][]>();
  for (const i of shown) {
    const edge = data.edges[i];
    const [s, t] = [String(edge.source), String(edge.target)];
    if (!members.has(s) || !members.has(t)) continue;
    const entry: [string, number] = [String(edge.key), weightOf(edge.attributes)];
    for (const end of s === t ? [s] : [s, t]) {
      const list = candidates.get(end);
      if (list) list.push(entry);
      else candidates.set(end, [entry]);
    }
  }
  const edges = strongestEdges(members, settings.overview.edgesPerNode, (node) => candidates.get(node) ?? []);
  const graph: ViewGraph = new Graph({ type: directed ? 'directed' : 'mixed', multi: true, allowSelfLoops: true });
  graph.import({
    nodes: data.nodes.filter((n) => members.has(String(n.key))).map((n) => ({ key: String(n.key), attributes: normalizeNode(String(n.key), { ...n.attributes }) })),
    edges: shown
      .map((i) => data.edges[i])
      .filter((e) => edges.has(String(e.key)))
      .map((e) => ({ key: String(e.key), source: String(e.source), target: String(e.target), undirected: Boolean(e.undirected), attributes: normalizeEdge({ ...e.attributes }) })),
  } as unknown as SerializedGraphOf<EntityAttributes, RelationAttributes, GraphAttributes>);
  graph.replaceAttributes({ name: String(data.attributes?.name ?? 'graph'), articles: {} } as GraphAttributes);
  return { graph, members, edges, degree, maxWeight, order: data.nodes.length, size: data.edges.length };
}
