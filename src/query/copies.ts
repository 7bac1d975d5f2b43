// "Also in …": the other printings of the article an evidence sentence comes from (wire copies, see graph/copies.ts).
import type { ArticleMeta, Evidence } from '../graph/types.ts';

/** Article metadata by id: a graph's `articles` attribute, or the rows a store reads for the articles a result cites. */
export type ArticleIndex = Readonly<Record<string, ArticleMeta>>;

/** The outlets (else article ids) of the other printings of `article`, or undefined when it has none. */
export function alsoIn(articles: ArticleIndex | undefined, article: string): string[] | undefined {
  const copies = articles?.[article]?.copies;
  if (!copies?.length) return undefined;
  return [...new Set(copies.map((c) => c.source ?? c.article))];
}

const isEvidence = (v: unknown): v is Evidence => !!v && typeof v === 'object' && typeof (v as Evidence).article === 'string' && typeof (v as Evidence).sentence === 'string' && typeof (v as Evidence).start === 'number';

/** A JSON.stringify replacer that adds `alsoIn` to every evidence object whose article has copies. */
export function withCopies(articles: ArticleIndex | undefined): (key: string, value: unknown) => unknown {
  return (_key, value) => {
    if (!articles || !isEvidence(value)) return value;
    const also = alsoIn(articles, value.article);
    return also ? { ...value, alsoIn: also } : value;
  };
}

/** The value with `alsoIn` added to its evidence objects, as a JSON printer will write it. */
export function withAlsoIn<T>(value: T, articles: ArticleIndex | undefined): T {
  return articles ? (JSON.parse(JSON.stringify(value, withCopies(articles))) as T) : value;
}

/** The ids of the articles the evidence objects inside `value` cite (for a store to read their metadata). */
export function evidenceArticles(value: unknown): string[] {
  const ids = new Set<string>();
  JSON.stringify(value, (_key, v) => {
    if (isEvidence(v)) ids.add(v.article);
    return v;
  });
  return [...ids];
}
