// Public build API: articles → knowledge graph (ingest, extract on worker threads, assemble, lay out).
import { availableParallelism } from 'node:os';
import type { Article } from './article.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import { extractArticle, type ArticleExtraction } from '../extract/pipeline.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { assemble } from '../graph/assemble.ts';
import { assignLayout } from '../graph/layout.ts';
import { readArticles, type Skipped } from '../ingest/read-articles.ts';
import { extractOnWorkers } from './pool.ts';
import { KgError } from '../errors.ts';

export type { Article } from './article.ts';

export interface BuildOptions {
  /** worker threads for extraction (default: CPU count for corpora over 1 MB, else 1 = in-process) */
  workers?: number;
  /** compute ForceAtlas2 positions (default true) */
  layout?: boolean;
  /** called after each article (or batch of articles) is extracted */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildReport {
  articlesRead: number;
  skipped: Skipped[];
  entities: Record<string, number>;
  relations: Record<string, number>;
  seconds: number;
}


/** Builds the graph from articles already in memory. Same articles in any order give the same graph. */
export async function buildGraph(articles: Article[], options: BuildOptions = {}): Promise<KnowledgeGraph> {
  const ids = new Set<string>();
  for (const a of articles) {
    if (ids.has(a.id)) throw new KgError('E_DUPLICATE_ID', `two articles have the id "${a.id}"`);
    ids.add(a.id);
  }
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bytes = sorted.reduce((n, a) => n + a.text.length, 0);
  const workers = options.workers ?? (bytes > 1_000_000 ? availableParallelism() : 1);
  let extractions: ArticleExtraction[];
  if (workers > 1) {
    extractions = await extractOnWorkers(sorted, workers, options.onProgress);
  } else {
    const knowledge = loadKnowledge();
    extractions = sorted.map((a, i) => {
      const x = extractArticle(a, knowledge);
      options.onProgress?.(i + 1, sorted.length);
      return x;
    });
  }
  const graph = assemble(extractions);
  if (options.layout !== false) assignLayout(graph);
  return graph;
}

/** Counts nodes by kind and edges by relation. */
export function summarize(graph: KnowledgeGraph): { entities: Record<string, number>; relations: Record<string, number> } {
  const entities: Record<string, number> = {};
  const relations: Record<string, number> = {};
  graph.forEachNode((_, a) => (entities[a.kind] = (entities[a.kind] ?? 0) + 1));
  graph.forEachEdge((_, a) => (relations[a.relation] = (relations[a.relation] ?? 0) + 1));
  return { entities, relations };
}

/** Reads every article under `dir` (recursively) and builds the graph. */
export async function buildFromDirectory(dir: string, options: BuildOptions = {}): Promise<{ graph: KnowledgeGraph; report: BuildReport }> {
  const t0 = performance.now();
  const { articles, skipped } = readArticles(dir);
  const graph = await buildGraph(articles, options);
  return { graph, report: { articlesRead: articles.length, skipped, ...summarize(graph), seconds: (performance.now() - t0) / 1000 } };
}
