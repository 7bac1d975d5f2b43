// "Also in …": the other printings of the article an evidence sentence comes from (wire copies, see graph/copies.ts).
import type { Evidence, KnowledgeGraph } from '../graph/types.ts';

/** The outlets (else article ids) of the other printings of `article`, or undefined when it has none. */
export function alsoIn(graph: KnowledgeGraph, article: string): string[] | undefined {
  const copies = graph.getAttribute('articles')?.[article]?.copies;
  if (!copies?.length) return undefined;
  return [...new Set(copies.map((c) => c.source ?? c.article))];
}

const isEvidence = (v: unknown): v is Evidence => !!v && typeof v === 'object' && typeof (v as Evidence).article === 'string' && typeof (v as Evidence).sentence === 'string' && typeof (v as Evidence).start === 'number';

/** A JSON.stringify replacer that adds `alsoIn` to every evidence object whose article has copies (none without a graph). */
export function withCopies(graph: KnowledgeGraph | undefined): (key: string, value: unknown) => unknown {
  return (_key, value) => {
    if (!graph || !isEvidence(value)) return value;
    const also = alsoIn(graph, value.article);
    return also ? { ...value, alsoIn: also } : value;
  };
}

/** The value with `alsoIn` added to its evidence objects, as a JSON printer will write it (the value itself without a graph). */
export function withAlsoIn<T>(value: T, graph: KnowledgeGraph | undefined): T {
  return graph ? (JSON.parse(JSON.stringify(value, withCopies(graph))) as T) : value;
}
