// Deterministic node and edge keys.
import type { EntityKind, RelationKind } from './types.ts';
import { narrow } from '../extract/text/narrow.ts';

/** Slugs already made: the same names recur across a corpus (bounded, emptied when full). */
const SLUGS = new Map<string, string>();
const SLUG_CACHE_SIZE = 50_000;

/** Lower-case ASCII slug: accents folded, non-alphanumerics to single hyphens. */
export function slug(s: string): string {
  let out = SLUGS.get(s);
  if (out === undefined) {
    if (SLUGS.size >= SLUG_CACHE_SIZE) SLUGS.clear();
    SLUGS.set(s, (out = makeSlug(s)));
  }
  return out;
}

const LETTERS: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ð: 'd', þ: 'th' };

/** The slug, in one byte per character (it is ASCII; see narrow.ts): keys made from it compare and sort faster. */
function makeSlug(s: string): string {
  return narrow(
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // letters NFKD leaves whole: Turkish dotless ı, Polish ł, Nordic ø, æ, German ß …
      .replace(/[ıłøđßæœðþ]/g, (c) => LETTERS[c])
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
  );
}

export function nodeKey(kind: EntityKind, id: string): string {
  return `${kind}:${id}`;
}

/** One edge per relation and ordered pair; symmetric relations put the smaller key first. */
export function edgeKey(relation: RelationKind, source: string, target: string): string {
  return `${relation}:${source}->${target}`;
}
