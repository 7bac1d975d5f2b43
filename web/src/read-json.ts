// Reads graphology JSON text (`graph.export()`) as data, checking its shape; on the main thread or in the parse worker.
import type { SerializedGraph } from './normalize-graph.ts';

/** A graph file the viewer could not read; `message` is shown to the user as is. */
export class GraphFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphFileError';
  }
}

/** Reads graphology JSON (`graph.export()`) as data, checking its shape (load-graph.ts makes the graph of it). */
export function parseJsonData(name: string, text: string): SerializedGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new GraphFileError(`${name} is not valid JSON (${(err as Error).message}).`);
  }
  const d = data as { nodes?: unknown; edges?: unknown } | null;
  if (typeof d !== 'object' || d === null || !Array.isArray(d.nodes)) {
    throw new GraphFileError(`${name} is JSON but not a graphology export: it has no "nodes" list.`);
  }
  if (d.edges !== undefined && !Array.isArray(d.edges)) throw new GraphFileError(`${name} is not a graphology export: "edges" is not a list.`);
  d.edges ??= [];
  return d as SerializedGraph;
}

