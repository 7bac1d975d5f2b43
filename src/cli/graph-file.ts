// The graph file a query command reads, with the sentences of its evidence references taken from the store beside it.
import type { KnowledgeGraph } from '../graph/types.ts';
import { loadGraph } from '../io/load-graph.ts';
import { fillSentencesFromStore } from '../store/fill-sentences.ts';

/** Loads a graph file; evidence written as references (the default) gets its sentences from the store beside it. */
export function loadGraphFile(file: string): KnowledgeGraph {
  const graph = loadGraph(file);
  fillSentencesFromStore(graph, file);
  return graph;
}
