// Neighbours of an entity: who or what it is linked to, through which relation, with weight, dates and evidence.
import { RELATION_KINDS, RELATIONS, type RelationKind } from '../graph/relations.ts';
import type { EntityKind, Evidence, KnowledgeGraph, ScoStatus } from '../graph/types.ts';
import { factDates, firstDate, evidenceOf, overlapsRange } from './dates.ts';
import { labelOf, resolveEntity } from './find-entity.ts';
import { checkDate, checkKinds, checkRelations } from './check-options.ts';

/** Which way a relation points, seen from the node it is reached from. Symmetric relations (met, co_mentioned) are `undirected`. */
export type Direction = 'out' | 'in' | 'undirected';

export interface NeighboursOptions {
  /** only these relations (default: all) */
  relation?: RelationKind | RelationKind[];
  /** only report neighbours of these kinds; traversal still goes through other kinds (default: all) */
  kind?: EntityKind | EntityKind[];
  /** how many hops away (default 1) */
  depth?: number;
  /** only relations with at least this many supporting sentences */
  minWeight?: number;
  /** only relations attested on or after this date ("YYYY", "YYYY-MM" or "YYYY-MM-DD") */
  from?: string;
  /** only relations attested on or before this date */
  to?: string;
  /**
   * of each node whose relations are followed, at most N relations of each kind are followed and listed: the heaviest
   * (weight, then edge key); default all. A hub (the SCO itself) has thousands of one kind, tens of thousands of
   * co-mentions.
   */
  limit?: number;
}

/** {@link neighbours} with how many relations `limit` left out. */
export interface NeighboursResult {
  neighbours: Neighbour[];
  /** relations not followed because of `limit` (0 without it) */
  leftOut: number;
}

/** One relation that links a neighbour to the entity (depth 1) or to a node on the way (depth > 1). */
export interface Neighbour {
  key: string;
  label: string;
  kind: EntityKind;
  /** hops from the entity */
  depth: number;
  /** the node this neighbour was reached from (the entity itself at depth 1) */
  via: string;
  /** the edge key */
  edge: string;
  relation: RelationKind;
  direction: Direction;
  weight: number;
  /** when the relation is first attested (see `firstDate`) */
  date?: string;
  /** every date it is attested on, sorted */
  dates: string[];
  evidence: Evidence[];
  role?: string;
  status?: ScoStatus;
  planned?: boolean;
}

/**
 * Lists the neighbours of `entity` (a node key or a name, resolved with `resolveEntity`) up to `depth` hops, following
 * edges in both directions. Each result is one edge, so a neighbour linked by two relations appears twice. Filters on
 * relation, weight and dates apply to every hop; `kind` only filters what is reported.
 * Sorted by depth, relation (registry order), weight (highest first), then label. An unknown relation or kind, or a
 * `from` / `to` that is no date, throws a `KgError` with code `E_OPTION`.
 */
export function neighbours(graph: KnowledgeGraph, entity: string, options: NeighboursOptions = {}): Neighbour[] {
  return neighboursWithTotals(graph, entity, options).neighbours;
}

/**
 * {@link neighbours}, with the count of relations left out by `options.limit`. `relationCounts(node)` gives how many
 * relations of each kind a node has in all, when `graph` is only part of the graph (a store's part holds each followed
 * node's heaviest ones: see StoreReader.around); by default they are counted in `graph`.
 */
export function neighboursWithTotals(graph: KnowledgeGraph, entity: string, options: NeighboursOptions = {}, relationCounts?: (node: string) => Map<RelationKind, number>): NeighboursResult {
  checkRelations(options.relation);
  checkKinds(options.kind);
  checkDate(options.from, 'from');
  checkDate(options.to, 'to');
  const start = resolveEntity(graph, entity);
  const relations = toSet(options.relation);
  const kinds = toSet(options.kind);
  const depth = Math.max(1, Math.floor(options.depth ?? 1));
  const minWeight = options.minWeight ?? -Infinity;
  const graphAttributes = graph.getAttributes();
  const limit = options.limit !== undefined ? Math.max(0, Math.floor(options.limit)) : undefined;
  let leftOut = 0;

  const distance = new Map<string, number>([[start, 0]]);
  const results: Neighbour[] = [];
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      let followed: Set<string> | undefined;
      if (limit !== undefined) {
        followed = new Set();
        const heaviest = heaviestByRelation(graph, node);
        for (const all of heaviest.values()) for (const edge of all.slice(0, limit)) followed.add(edge);
        const counts = relationCounts ? relationCounts(node) : new Map([...heaviest].map(([relation, all]) => [relation, all.length]));
        for (const [relation, n] of counts) if (!relations || relations.has(relation)) leftOut += Math.max(0, n - limit);
      }
      graph.forEachEdge(node, (edge, attrs, source, target) => {
        const other = source === node ? target : source;
        if (relations && !relations.has(attrs.relation)) return;
        if (followed && !followed.has(edge)) return;
        if ((attrs.weight ?? 0) < minWeight) return;
        const dates = factDates(attrs, graphAttributes);
        if (!overlapsRange(dates, options.from, options.to)) return;
        const seen = distance.get(other);
        if (seen !== undefined && seen < d) return;
        if (seen === undefined) {
          distance.set(other, d);
          next.push(other);
        }
        const otherAttrs = graph.getNodeAttributes(other);
        if (kinds && !kinds.has(otherAttrs.kind)) return;
        results.push({
          key: other,
          label: labelOf(other, otherAttrs),
          kind: otherAttrs.kind,
          depth: d,
          via: node,
          edge,
          relation: attrs.relation,
          direction: isSymmetric(attrs.relation) ? 'undirected' : source === node ? 'out' : 'in',
          weight: attrs.weight ?? evidenceOf(attrs).length,
          date: firstDate(attrs, graphAttributes),
          dates,
          evidence: evidenceOf(attrs),
          ...(attrs.role !== undefined && { role: attrs.role }),
          ...(attrs.status !== undefined && { status: attrs.status }),
          ...(attrs.planned !== undefined && { planned: attrs.planned }),
        });
      });
    }
    frontier = next;
  }
  results.sort(
    (a, b) =>
      a.depth - b.depth ||
      relationRank(a.relation) - relationRank(b.relation) ||
      b.weight - a.weight ||
      a.label.localeCompare(b.label) ||
      a.edge.localeCompare(b.edge),
  );
  return { neighbours: results, leftOut };
}

/** A node's edges by relation, each list heaviest first (then by edge key): the order `limit` keeps them in. */
export function heaviestByRelation(graph: KnowledgeGraph, node: string): Map<RelationKind, string[]> {
  const lists = new Map<RelationKind, [string, number][]>();
  graph.forEachEdge(node, (edge, attrs) => {
    let list = lists.get(attrs.relation);
    if (!list) lists.set(attrs.relation, (list = []));
    list.push([edge, attrs.weight ?? 0]);
  });
  const out = new Map<RelationKind, string[]>();
  for (const [relation, list] of lists) out.set(relation, list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((e) => e[0]));
  return out;
}

/** Whether a relation kind is symmetric in the registry (unknown kinds are not). */
export function isSymmetric(relation: string): boolean {
  return (RELATIONS as Record<string, { symmetric: boolean }>)[relation]?.symmetric ?? false;
}

/** Position of a relation in the registry, for stable sorting; unknown kinds sort last. */
export function relationRank(relation: string): number {
  const i = RELATION_KINDS.indexOf(relation as RelationKind);
  return i === -1 ? RELATION_KINDS.length : i;
}

function toSet<T>(value: T | T[] | undefined): Set<T> | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.length ? new Set(list) : undefined;
}
