// Public build API: articles → knowledge graph.
import type { Article } from './article.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import { KgError } from '../errors.ts';

export type { Article } from './article.ts';

export interface BuildOptions {
  /** worker threads for extraction (default: CPU count, 1 = in-process) */
  workers?: number;
  /** compute ForceAtlas2 positions (default true) */
  layout?: boolean;
  /** called after each article is extracted */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildReport {
  articlesRead: number;
  skipped: { file: string; reason: string }[];
  entities: Record<string, number>;
  relations: Record<string, number>;
  seconds: number;
}

/** Builds the graph from articles already in memory. Same articles in any order give the same graph. */
export async function buildGraph(_articles: Article[], _options: BuildOptions = {}): Promise<KnowledgeGraph> {
  throw new KgError('E_TODO', 'buildGraph is being written');
}

/** Reads every article under `dir` (recursively) and builds the graph. */
export async function buildFromDirectory(_dir: string, _options: BuildOptions = {}): Promise<{ graph: KnowledgeGraph; report: BuildReport }> {
  throw new KgError('E_TODO', 'buildFromDirectory is being written');
}
