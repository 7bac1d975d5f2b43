// Evidence references of a graph file (article, offsets, no sentence: what `kg build` writes by default) completed
// with their sentences from the store written beside the graph.
import { existsSync } from 'node:fs';
import type { KnowledgeGraph } from '../graph/types.ts';
import { openStoreForReading, storePathFor } from './open-store.ts';

/**
 * Fills in the sentence of every evidence reference of `graph` that has none, from the store at `store` (by default
 * the one beside `graphFile`: out/graph.json → out/graph.db). A reference the store does not know keeps no sentence.
 * Returns how many sentences were filled in; 0 when there is no store (the graph is left as it is).
 */
export function fillSentencesFromStore(graph: KnowledgeGraph, graphFile: string, store = storePathFor(graphFile)): number {
  let missing = false;
  graph.forEachEdge((_, a) => {
    if (!missing && a.evidence.some((e) => typeof e.sentence !== 'string')) missing = true;
  });
  if (!missing || !existsSync(store)) return 0;
  let db: ReturnType<typeof openStoreForReading>;
  try {
    db = openStoreForReading(store);
  } catch {
    return 0; // not a store of ours: the references stay references
  }
  let filled = 0;
  try {
    const text = db.prepare('SELECT text FROM sentences WHERE article = ? AND start = ?').pluck();
    graph.forEachEdge((_, a) => {
      for (const ev of a.evidence) {
        if (typeof ev.sentence === 'string') continue;
        const t = text.get(ev.article, ev.start);
        if (typeof t === 'string') {
          ev.sentence = t;
          filled++;
        }
      }
    });
  } finally {
    db.close();
  }
  return filled;
}
