// Entity lookup by key, label or alias, insensitive to case and accents, with "did you mean" suggestions.
import type { EntityAttributes, EntityKind, KnowledgeGraph } from '../graph/types.ts';
import { NotFoundError } from '../errors.ts';
import { AmbiguousNameError } from './errors.ts';
import { editDistance, nameTokens, normalizeName } from './normalize.ts';

/** How a name matched: the node key itself, the label, an alias, or all of its words within the label or an alias. */
export type MatchKind = 'key' | 'label' | 'alias' | 'words';

/** One entity a name matched. */
export interface EntityMatch {
  key: string;
  label: string;
  kind: EntityKind;
  matchedBy: MatchKind;
  /** the alias that matched, for `matchedBy: 'alias'` */
  alias?: string;
}

export interface FindEntityOptions {
  /** only entities of these kinds */
  kind?: EntityKind | EntityKind[];
}

const TIERS: MatchKind[] = ['key', 'label', 'alias', 'words'];

/**
 * Finds the entities a name refers to. Tries, in order, the node key, the label, the aliases, then "all the words of
 * the name appear in the label or one alias" (so "Tokayev" finds "Kassym-Jomart Tokayev"), and returns every match of
 * the first tier that has any — several when the name is ambiguous, none when nothing matches.
 * Comparison ignores case, accents, quotes and punctuation (see `normalizeName`).
 */
export function findEntity(graph: KnowledgeGraph, name: string, options: FindEntityOptions = {}): EntityMatch[] {
  const kinds = toSet(options.kind);
  const query = normalizeName(name);
  const words = nameTokens(name);
  const found: Record<MatchKind, EntityMatch[]> = { key: [], label: [], alias: [], words: [] };
  if (!query && !graph.hasNode(name)) return [];
  const trimmed = name.trim();
  graph.forEachNode((key, attrs) => {
    if (kinds && !kinds.has(attrs.kind)) return;
    const base = { key, label: labelOf(key, attrs), kind: attrs.kind };
    if (key === trimmed) return void found.key.push({ ...base, matchedBy: 'key' });
    if (normalizeName(base.label) === query) return void found.label.push({ ...base, matchedBy: 'label' });
    const alias = aliasesOf(attrs).find((a) => normalizeName(a) === query);
    if (alias !== undefined) return void found.alias.push({ ...base, matchedBy: 'alias', alias });
    if (words.length && [base.label, ...aliasesOf(attrs)].some((n) => containsWords(nameTokens(n), words))) {
      found.words.push({ ...base, matchedBy: 'words' });
    }
  });
  for (const tier of TIERS) {
    if (found[tier].length) return found[tier].sort((a, b) => byMentions(graph, a.key, b.key) || a.label.localeCompare(b.label));
  }
  return [];
}

/**
 * Resolves a name to exactly one node key. Throws `NotFoundError` (with the closest names as suggestions) when nothing
 * matches and `AmbiguousNameError` (listing the candidates) when several entities do.
 */
export function resolveEntity(graph: KnowledgeGraph, name: string, options: FindEntityOptions = {}): string {
  const matches = findEntity(graph, name, options);
  if (matches.length === 1) return matches[0].key;
  if (matches.length > 1) throw new AmbiguousNameError(name, matches);
  const kinds = toSet(options.kind);
  const what = kinds ? [...kinds].join(' or ') : 'entity';
  throw new NotFoundError(`no ${what} named "${name}" in the graph`, closestNames(graph, name, { ...options, limit: 5 }));
}

/** Longest name (folded) that gets "did you mean" suggestions: no entity name is longer, and each costs its length squared. */
export const MAX_SUGGEST_LENGTH = 200;

/**
 * The labels closest to a name, best first, for "did you mean" messages: by edit distance of the folded name to the
 * label or any alias, relative to length. Only reasonably close names are returned. The distance is computed only
 * for names within half the length of each other (others are not close) and of at most MAX_SUGGEST_LENGTH
 * characters, so a hostile name costs no more than a graph's worth of short comparisons.
 */
export function closestNames(graph: KnowledgeGraph, name: string, options: FindEntityOptions & { limit?: number } = {}): string[] {
  const kinds = toSet(options.kind);
  const query = normalizeName(name);
  if (!query || query.length > MAX_SUGGEST_LENGTH) return [];
  const scored: { label: string; score: number }[] = [];
  graph.forEachNode((key, attrs) => {
    if (kinds && !kinds.has(attrs.kind)) return;
    const label = labelOf(key, attrs);
    let best = Infinity;
    for (const candidate of [label, ...aliasesOf(attrs)]) {
      const folded = normalizeName(candidate);
      if (!folded || folded.length > MAX_SUGGEST_LENGTH) continue;
      // a prefix match ("wang" → "wang yi") counts as close as a one-letter typo
      const longest = Math.max(query.length, folded.length);
      const prefix = folded.startsWith(query) || query.startsWith(folded);
      if (!prefix && Math.abs(query.length - folded.length) / longest > 0.5) continue; // the distance is at least that
      const distance = prefix ? 1 : editDistance(query, folded);
      best = Math.min(best, distance / Math.max(query.length, folded.length));
    }
    if (best <= 0.5) scored.push({ label, score: best });
  });
  const unique = new Map<string, number>();
  for (const { label, score } of scored.sort((a, b) => a.score - b.score || a.label.localeCompare(b.label))) {
    if (!unique.has(label)) unique.set(label, score);
  }
  return [...unique.keys()].slice(0, options.limit ?? 5);
}

/** A node's label, falling back to its key when the attribute is missing. */
export function labelOf(key: string, attrs: Partial<EntityAttributes>): string {
  return typeof attrs.label === 'string' && attrs.label ? attrs.label : key;
}

/** A node's aliases, tolerating a missing attribute. */
export function aliasesOf(attrs: Partial<EntityAttributes>): string[] {
  return Array.isArray(attrs.aliases) ? attrs.aliases.filter((a): a is string => typeof a === 'string') : [];
}

function containsWords(haystack: string[], words: string[]): boolean {
  return words.every((w) => haystack.includes(w));
}

function byMentions(graph: KnowledgeGraph, a: string, b: string): number {
  return (graph.getNodeAttribute(b, 'mentions') ?? 0) - (graph.getNodeAttribute(a, 'mentions') ?? 0);
}

function toSet<T>(value: T | T[] | undefined): Set<T> | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.length ? new Set(list) : undefined;
}
