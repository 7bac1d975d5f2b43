// Writes a graph as graphology's JSON export, atomically.
import type { KnowledgeGraph } from '../graph/types.ts';
import { writeFileAtomic } from './atomic-write.ts';

/** Serialises the graph (graphology `export()`), byte-identical for the same graph. */
export function graphToJson(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export()) + '\n';
}

/** Writes the graph to `path` via a temporary file and a rename. */
export function writeGraph(graph: KnowledgeGraph, path: string): void {
  writeFileAtomic(path, graphToJson(graph));
}
