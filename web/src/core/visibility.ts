// Applies the view state's filters: which nodes and edges are shown. Pure; the reducers read its result.
import type { GraphIndex } from './graph-index.ts';
import type { ViewGraph } from '../view-graph.ts';
import type { ViewState } from './view-state.ts';
import { RELATIONS, STATED_RELATIONS } from '../../../src/graph/relations.ts';

/** Relations that tie a summit to the people and country its view shows: the stated ones that end at a summit. */
export const SUMMIT_VIEW_RELATIONS: readonly string[] = STATED_RELATIONS.filter((r) => (RELATIONS[r].to as readonly string[]).includes('summit'));

/** Keys of the nodes and edges that pass the filters. */
export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** visible edges per visible node (counted in the same pass) */
  degree?: Map<string, number>;
  /** shown nodes per kind and shown edges per relation (the filter list's counts, from the same pass) */
  kindCounts?: Map<string, number>;
  relationCounts?: Map<string, number>;
}

function inYears(year: number | undefined, years: ViewState['years']): boolean {
  return year === undefined || years === null || (year >= years[0] && year <= years[1]);
}

/** A summit and the nodes tied to it by `attended` or `hosted`, in either direction. */
export function summitMembers(graph: ViewGraph, summit: string): Set<string> {
  const members = new Set<string>();
  if (!graph.hasNode(summit)) return members;
  members.add(summit);
  graph.forEachEdge(summit, (_key, a, source, target) => {
    if (SUMMIT_VIEW_RELATIONS.includes(a.relation)) members.add(source === summit ? target : source);
  });
  return members;
}

function beforeUntil(month: string | undefined, until: string | null): boolean {
  return month === undefined || until === null || month <= until;
}

/**
 * Computes what the filters let through. One pass over nodes and edges, so it is cheap to redo on every change.
 * `communities` (node → community) is needed only when the state filters by community.
 */
export function computeVisibility(graph: ViewGraph, index: GraphIndex, state: ViewState, communities?: ReadonlyMap<string, number>): Visibility {
  const focus = state.summit ? summitMembers(graph, state.summit) : null;
  const nodes = new Set<string>();
  graph.forEachNode((key, a) => {
    if (state.hiddenKinds.has(a.kind)) return;
    if (focus && !focus.has(key)) return;
    if (state.years && !inYears(index.nodeYear.get(key), state.years)) return;
    if (state.until && !beforeUntil(index.nodeMonth.get(key), state.until)) return;
    if (state.community !== null && communities && communities.get(key) !== state.community) return;
    nodes.add(key);
  });
  const edges = new Set<string>();
  const degree = new Map<string, number>();
  const relationCounts = new Map<string, number>();
  graph.forEachEdge((key, a, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (state.hiddenRelations.has(a.relation)) return;
    if (a.weight < state.minWeight) return;
    if (state.years && !inYears(index.edgeYear.get(key), state.years)) return;
    if (state.until && !beforeUntil(index.edgeMonth.get(key), state.until)) return;
    edges.add(key);
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
    relationCounts.set(a.relation, (relationCounts.get(a.relation) ?? 0) + 1);
  });
  if (state.linkedOnly) for (const key of nodes) if (!degree.has(key)) nodes.delete(key);
  const kindCounts = new Map<string, number>();
  for (const key of nodes) {
    const kind = graph.getNodeAttribute(key, 'kind');
    kindCounts.set(kind, (kindCounts.get(kind) ?? 0) + 1);
  }
  return { nodes, edges, degree, kindCounts, relationCounts };
}
