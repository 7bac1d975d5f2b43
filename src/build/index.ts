// Public build API: articles → knowledge graph (ingest, extract on worker threads, assemble, lay out).
import { availableParallelism } from 'node:os';
import type { Article } from './article.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import { extractArticle, type ArticleExtraction } from '../extract/pipeline.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { assemble } from '../graph/assemble.ts';
import { assignLayout } from '../graph/layout.ts';
import { listArticleFiles, readArticles, type Skipped } from '../ingest/read-articles.ts';
import { extractOnWorkers, startWorkers } from './pool.ts';
import { statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
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


/** Corpora larger than this are extracted on worker threads by default. */
const WORKER_THRESHOLD = 1_000_000;

/** Builds the graph from articles already in memory. Same articles in any order give the same graph. */
export async function buildGraph(articles: Article[], options: BuildOptions = {}): Promise<KnowledgeGraph> {
  return buildWith(articles, options, []);
}

async function buildWith(articles: Article[], options: BuildOptions, started: Worker[]): Promise<KnowledgeGraph> {
  const ids = new Set<string>();
  for (const a of articles) {
    if (ids.has(a.id)) throw new KgError('E_DUPLICATE_ID', `two articles have the id "${a.id}"`);
    ids.add(a.id);
  }
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bytes = sorted.reduce((n, a) => n + a.text.length, 0);
  const workers = options.workers ?? (bytes > WORKER_THRESHOLD ? availableParallelism() : 1);
  let extractions: ArticleExtraction[];
  if (workers > 1) {
    extractions = await extractOnWorkers(sorted, workers, options.onProgress, started);
  } else {
    await Promise.all(started.map((w) => w.terminate()));
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
  // start the extraction threads first: their start-up then overlaps reading the files
  const files = listArticleFiles(dir);
  const size = files.reduce((n, f) => n + statSync(f).size, 0);
  const workers = options.workers ?? (size > WORKER_THRESHOLD ? availableParallelism() : 1);
  const started = workers > 1 ? startWorkers(workers) : [];
  let articles: Article[];
  let skipped: Skipped[];
  try {
    ({ articles, skipped } = readArticles(dir, files));
  } catch (err) {
    await Promise.all(started.map((w) => w.terminate()));
    throw err;
  }
  const graph = await buildWith(articles, { ...options, workers }, started);
  return { graph, report: { articlesRead: articles.length, skipped, ...summarize(graph), seconds: (performance.now() - t0) / 1000 } };
}
