// Display styles for node kinds and relations: colours and legend names, keyed by the contract's unions.
import { ENTITY_KINDS, type EntityKind } from './types.ts';
import { RELATION_KINDS, RELATIONS, type RelationKind } from './relations.ts';

/** How one node kind looks: fill colour and the name the legend shows. */
export interface KindStyle {
  color: string;
  name: string;
}

/** How one relation looks: edge colour and the name the legend and panel show. */
export interface RelationStyle {
  color: string;
  name: string;
}

/** Node kinds → style. Saturated colours, so nodes stand out from the lighter edge colours. */
export const KIND_STYLES: Readonly<Record<EntityKind, KindStyle>> = {
  person: { color: '#d64550', name: 'Person' },
  country: { color: '#3f6fb5', name: 'Country' },
  organisation: { color: '#2f9a4c', name: 'Organisation' },
  summit: { color: '#e8830c', name: 'Summit' },
  initiative: { color: '#8e5bb5', name: 'Initiative' },
  place: { color: '#8a6a4f', name: 'Place' },
};

/** Relations → style: colour and name from the relation registry (graph/relations.ts). */
export const RELATION_STYLES: Readonly<Record<RelationKind, RelationStyle>> = Object.fromEntries(
  RELATION_KINDS.map((r) => [r, { color: RELATIONS[r].color, name: RELATIONS[r].label }]),
) as Record<RelationKind, RelationStyle>;

/** Colour for a kind or relation the schema does not know (e.g. from a foreign GEXF file). */
export const UNKNOWN_COLOR = '#9a9a9a';

/** Kinds in schema order with their style, for legends and filter lists. */
export const KIND_LEGEND = ENTITY_KINDS.map((kind) => ({ kind, ...KIND_STYLES[kind] }));

/** Relations in schema order with their style, for legends and filter lists. */
export const RELATION_LEGEND = RELATION_KINDS.map((relation) => ({ relation, ...RELATION_STYLES[relation] }));

/** Fill colour of a node kind; grey for kinds outside the schema. */
export function kindColor(kind: string): string {
  return (KIND_STYLES as Record<string, KindStyle>)[kind]?.color ?? UNKNOWN_COLOR;
}

/** Colour of a relation's edges; grey for relations outside the schema. */
export function relationColor(relation: string): string {
  return (RELATION_STYLES as Record<string, RelationStyle>)[relation]?.color ?? UNKNOWN_COLOR;
}
