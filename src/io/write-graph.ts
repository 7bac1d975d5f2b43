// Writes a graph as graphology's JSON export, atomically and piece by piece (a large graph is no one string).
import type { KnowledgeGraph } from '../graph/types.ts';
import { isStated } from '../graph/relations.ts';
import { writeChunksAtomic } from './atomic-chunks.ts';
import { edgeKey } from '../graph/keys.ts';

/** What the graph file leaves out (all kept by default; the store keeps everything either way). */
export interface GraphFileOptions {
  /** leave out co_mentioned edges (most of a large graph's edges; not stated relations) */
  coMentions?: boolean;
  /** evidence as references only (article, offsets, date), without the sentence text */
  sentences?: boolean;
  /**
   * false: an edge whose key is the one its relation and ends give (`relation:source->target`, see graph/keys.ts) is
   * written without it; our loaders (loadGraph, the viewer) give it that key again, other readers make their own
   */
  keys?: boolean;
  /**
   * a node's `articles` cut to its first N (article id order), with `articleCount` giving how many there are (the
   * store, its exports and the API have every one); all by default
   */
  articlesPerNode?: number;
}

/**
 * The graph's JSON (graphology `export()`, compact) as a sequence of pieces: the same bytes as
 * `JSON.stringify(graph.export())` and a newline, one node or edge at a time (with the default options).
 */
export function* graphJsonChunks(graph: KnowledgeGraph, options: GraphFileOptions = {}): Generator<string> {
  const coMentions = options.coMentions !== false;
  const sentences = options.sentences !== false;
  const edgeKeys = options.keys !== false;
  const perNode = options.articlesPerNode ?? Infinity;
  const { articles, ...rest } = graph.getAttributes();
  yield `{"options":${JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops })},"attributes":`;
  // the attributes in their own key order, with the (large) article table written one article at a time
  const keys = Object.keys(graph.getAttributes());
  yield '{';
  let first = true;
  for (const key of keys) {
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (key !== 'articles') {
      yield JSON.stringify((rest as Record<string, unknown>)[key]);
      continue;
    }
    yield '{';
    let firstArticle = true;
    for (const id in articles) {
      yield `${firstArticle ? '' : ','}${JSON.stringify(id)}:${JSON.stringify(articles[id])}`;
      firstArticle = false;
    }
    yield '}';
  }
  yield '},"nodes":[';
  let n = 0;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const attributes = Array.isArray(a.articles) && a.articles.length > perNode ? { ...a, articles: a.articles.slice(0, perNode), articleCount: a.articles.length } : a;
    const sep = n++ ? ',' : '';
    yield Object.keys(attributes).length ? `${sep}{"key":${JSON.stringify(node)},"attributes":${JSON.stringify(attributes)}}` : `${sep}{"key":${JSON.stringify(node)}}`;
  }
  yield '],"edges":[';
  let e = 0;
  for (const { edge, attributes: a, source, target, undirected } of graph.edgeEntries()) {
    if (!coMentions && !isStated(a.relation)) continue;
    const attributes = sentences || !Array.isArray(a.evidence) ? a : { ...a, evidence: a.evidence.map(({ sentence: _, ...ref }) => ref) };
    const sep = e++ ? ',' : '';
    const attrs = Object.keys(attributes).length ? `,"attributes":${JSON.stringify(attributes)}` : '';
    const key = edgeKeys || edge !== edgeKey(a.relation, source, target) ? `"key":${JSON.stringify(edge)},` : '';
    yield `${sep}{${key}"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}${attrs}${undirected ? ',"undirected":true' : ''}}`;
  }
  yield ']}\n';
}

/**
 * What `kg build` writes by default: the stated relations with their counts (`weight`) and their first evidence
 * references (article, offsets, date, rule) without the sentences, which the store, the local API and the static
 * site's evidence shards serve. `co_mentioned` edges (most of a large graph's edges, not stated relations) stay in the
 * store and its exports. `kg build --full` writes everything.
 */
export const COMPACT_GRAPH_FILE: GraphFileOptions = { coMentions: false, sentences: false, keys: false, articlesPerNode: 20 };

/** Serialises the graph (graphology `export()`), byte-identical for the same graph. Small graphs only: one string. */
export function graphToJson(graph: KnowledgeGraph): string {
  return [...graphJsonChunks(graph)].join('');
}

/** Writes the graph to `path` via a temporary file and a rename, in pieces. */
export function writeGraph(graph: KnowledgeGraph, path: string, options: GraphFileOptions = {}): void {
  writeChunksAtomic(path, graphJsonChunks(graph, options));
}
