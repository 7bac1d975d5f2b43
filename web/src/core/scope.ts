// Which nodes a scope shows before any drawing: the overview (the most connected nodes per kind), an ego network grown
// one hop at a time from the nodes the user expanded, or everything. Pure functions over the filtered graph.
import type { ViewGraph } from '../view-graph.ts';
import type { Visibility } from './visibility.ts';
import type { ViewerSettings } from './settings.ts';

/** Typed degree of each visible node: its visible edges (co-mentions count only when the filters show them). */
export function visibleDegrees(graph: ViewGraph, visibility: Visibility): Map<string, number> {
  if (visibility.degree) return visibility.degree;
  const degree = new Map<string, number>();
  for (const edge of visibility.edges) {
    const [s, t] = graph.extremities(edge);
    degree.set(s, (degree.get(s) ?? 0) + 1);
    degree.set(t, (degree.get(t) ?? 0) + 1);
  }
  return degree;
}

/**
 * The overview: every visible node of a small graph; in a bigger one the most connected nodes of each kind that has a
 * quota, the budget shared out again among the kinds the filters leave on. Kinds without a quota join only when no kind
 * with one is visible (a foreign file), then the most connected nodes whatever their kind.
 */
export function overviewMembers(graph: ViewGraph, visibility: Visibility, settings: ViewerSettings['overview'], degree = visibleDegrees(graph, visibility)): Set<string> {
  return pickOverview(visibility.nodes, (key) => graph.getNodeAttribute(key, 'kind'), settings, degree);
}

/**
 * {@link overviewMembers} over any list of visible nodes (in the graph's order) and a way to read their kind: the app
 * runs it on the full graph, the first screen (core/preview.ts) on the parsed file before the graph is built.
 */
export function pickOverview(nodes: ReadonlySet<string>, kindOf: (key: string) => string, settings: ViewerSettings['overview'], degree: ReadonlyMap<string, number>): Set<string> {
  if (nodes.size <= settings.showAllUpTo) return new Set(nodes);
  const budget = Object.values(settings.perKind).reduce((a, b) => a + b, 0);
  const byKind = new Map<string, string[]>();
  for (const key of nodes) {
    if (!degree.get(key)) continue; // an overview is about relations: isolated nodes wait for the whole view
    const kind = kindOf(key);
    let list = byKind.get(kind);
    if (!list) byKind.set(kind, (list = []));
    list.push(key);
  }
  const quotaKinds = [...byKind.keys()].filter((k) => (settings.perKind[k] ?? 0) > 0);
  const rank = (keys: string[]) => keys.sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1));
  const members = new Set<string>();
  if (quotaKinds.length === 0) {
    for (const key of rank([...byKind.values()].flat()).slice(0, budget)) members.add(key);
    return members;
  }
  const total = quotaKinds.reduce((sum, k) => sum + settings.perKind[k], 0);
  for (const kind of quotaKinds) {
    const quota = Math.round((settings.perKind[kind] / total) * budget);
    for (const key of rank(byKind.get(kind) ?? []).slice(0, quota)) members.add(key);
  }
  return members;
}

/**
 * An ego network: the expanded nodes and, for each, its strongest visible neighbours (by edge weight), up to the
 * settings' caps. `expanded[0]` is the centre; later entries are nodes the user expanded one hop further.
 */
export function egoMembers(graph: ViewGraph, visibility: Visibility, expanded: readonly string[], settings: ViewerSettings['ego']): Set<string> {
  const members = new Set<string>();
  for (const node of expanded) if (graph.hasNode(node) && visibility.nodes.has(node)) members.add(node);
  for (const node of expanded) {
    if (!members.has(node)) continue;
    const best = new Map<string, number>();
    graph.forEachEdge(node, (edge, a, source, target) => {
      if (!visibility.edges.has(edge)) return;
      const other = source === node ? target : source;
      best.set(other, Math.max(best.get(other) ?? 0, a.weight));
    });
    const ranked = [...best].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    for (const [other] of ranked.slice(0, settings.maxNeighbours)) {
      if (members.size >= settings.maxNodes) return members;
      members.add(other);
    }
  }
  return members;
}

/** The nodes of an ego network not yet expanded: the next hop grows from them. */
export function frontier(members: ReadonlySet<string>, expanded: readonly string[]): string[] {
  const done = new Set(expanded);
  return [...members].filter((key) => !done.has(key)).sort();
}

/**
 * The overview's backbone: each member keeps its `perNode` strongest visible edges to other members (by weight, then
 * key); an edge stays when either end keeps it. A dense top-120 would otherwise be a ball of hundreds of edges.
 */
export function backboneEdges(graph: ViewGraph, visibility: Visibility, members: ReadonlySet<string>, perNode: number): Set<string> {
  return strongestEdges(members, perNode, (node) => {
    const candidates: [string, number][] = [];
    graph.forEachEdge(node, (edge, a, source, target) => {
      if (visibility.edges.has(edge) && members.has(source === node ? target : source)) candidates.push([edge, a.weight]);
    });
    return candidates;
  });
}

/** {@link backboneEdges} over any source of each member's visible edges to other members, as [edge key, weight]. */
export function strongestEdges(members: ReadonlySet<string>, perNode: number, candidatesOf: (node: string) => [string, number][]): Set<string> {
  const kept = new Set<string>();
  for (const node of members) {
    const candidates = candidatesOf(node);
    candidates.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    for (const [edge] of candidates.slice(0, perNode)) kept.add(edge);
  }
  return kept;
}

/**
 * The visible edges between shown members: read from the members' own edges when they are few (an overview, an ego
 * network), so a click costs the degree of what is shown, not a pass over every edge of the graph.
 */
export function edgesAmong(graph: ViewGraph, visibility: Visibility, members: ReadonlySet<string>): Iterable<string> {
  if (members.size * 4 >= visibility.nodes.size) return visibility.edges;
  const out = new Set<string>();
  for (const node of members) {
    if (!visibility.nodes.has(node)) continue;
    graph.forEachEdge(node, (edge, _a, source, target) => {
      if (visibility.edges.has(edge) && members.has(source === node ? target : source)) out.add(edge);
    });
  }
  return out;
}
