// "also in …" for an evidence sentence's article: the outlets (else ids) of the other printings of its story.
import type { ArticleMeta } from '../../src/graph/types.ts';

/** The outlets of the article's copies, once each, as read from an untrusted graph file; '' when it has none. */
export function alsoInText(article: ArticleMeta | undefined): string {
  const copies: unknown = article?.copies;
  if (!Array.isArray(copies)) return '';
  const names = copies.map((c) => (c && typeof c === 'object' ? (c as { source?: unknown; article?: unknown }).source ?? (c as { article?: unknown }).article : undefined)).filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  return names.length ? `also in ${[...new Set(names)].join(', ')}` : '';
}
