// Which articles a graph and a gold annotation have in common: scoring a graph against the gold of other articles
// gives figures that mean nothing, so `sco-kg eval` warns when they share none.
import type { GoldJson, GraphJson } from './score.ts';

/** The article names the gold's relations cite (`"article": "003"`), sorted. */
export function goldArticles(gold: GoldJson): string[] {
  const names = new Set<string>();
  for (const r of gold.relations) if (typeof r.article === 'string' && r.article) names.add(r.article);
  return [...names].sort();
}

/** The article ids and file names of a graph (its `articles` graph attribute), without extensions. */
export function graphArticles(graph: GraphJson): string[] {
  const attributes = graph.attributes as { articles?: Record<string, { file?: unknown }> } | undefined;
  const names = new Set<string>();
  for (const [id, meta] of Object.entries(attributes?.articles ?? {})) {
    names.add(id);
    if (typeof meta?.file === 'string') names.add(meta.file.replace(/\.[^./]+$/, ''));
  }
  return [...names].sort();
}

/**
 * The gold articles the graph has: a gold name matches an article id or file name equal to it or starting with it
 * and a separator ("003" matches "003_b5f2b146e8614988"), compared on the last path segment.
 */
export function sharedArticles(graph: GraphJson, gold: GoldJson): { gold: string[]; shared: string[] } {
  const ours = graphArticles(graph).map((a) => a.split('/').pop()!);
  const theirs = goldArticles(gold);
  const shared = theirs.filter((g) => ours.some((a) => a === g || (a.startsWith(g) && /^[-_. ]/.test(a.slice(g.length)))));
  return { gold: theirs, shared };
}
