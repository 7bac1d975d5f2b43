// Display styles for node kinds and relations: colours and legend names, keyed by the contract's unions.
import { ENTITY_KINDS, RELATION_KINDS, type EntityKind, type RelationKind } from './types.ts';

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

/** Relations → style. Light colours, so edges stay behind the nodes. */
export const RELATION_STYLES: Readonly<Record<RelationKind, RelationStyle>> = {
  met: { color: '#f28b9b', name: 'met' },
  attended: { color: '#f0c75e', name: 'attended' },
  hosted: { color: '#6cc3b9', name: 'hosted' },
  visited: { color: '#9cc4ea', name: 'visited' },
  affiliated_with: { color: '#a3d98f', name: 'affiliated with' },
  member_of: { color: '#b9b0c9', name: 'member of' },
  proposed: { color: '#d9a6d0', name: 'proposed' },
  chairs: { color: '#8f8a86', name: 'chairs' },
  co_mentioned: { color: '#dcdcdc', name: 'co-mentioned' },
};

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
