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

  const distance = new Map<string, number>([[start, 0]]);
  const results: Neighbour[] = [];
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, attrs, source, target) => {
        const other = source === node ? target : source;
        if (relations && !relations.has(attrs.relation)) return;
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
  return results.sort(
    (a, b) =>
      a.depth - b.depth ||
      relationRank(a.relation) - relationRank(b.relation) ||
      b.weight - a.weight ||
      a.label.localeCompare(b.label) ||
      a.edge.localeCompare(b.edge),
  );
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
