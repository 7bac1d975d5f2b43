// Deterministic node and edge keys.
import type { EntityKind, RelationKind } from './types.ts';

/** Lower-case ASCII slug: accents folded, non-alphanumerics to single hyphens. */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function nodeKey(kind: EntityKind, id: string): string {
  return `${kind}:${id}`;
}

/** One edge per relation and ordered pair; symmetric relations put the smaller key first. */
export function edgeKey(relation: RelationKind, source: string, target: string): string {
  return `${relation}:${source}->${target}`;
}
