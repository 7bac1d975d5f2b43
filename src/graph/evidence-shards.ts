// Evidence shards of a static site: the evidence sentences of a graph file written as references, in files next to it
// (graph.json → graph.evidence/index.json and graph.evidence/<n>.json), one of which the viewer loads when a node is
// opened. Shared by the writer (build:web) and the viewer: no Node or browser API here.

/** The folder of a graph file's shards, relative to the graph file's folder: graph.json → graph.evidence. */
export function shardFolderOf(graphFile: string): string {
  const name = graphFile.split('/').pop() ?? graphFile;
  return `${name.replace(/\.json$/i, '')}.evidence`;
}

/** The shard a node's evidence is in: FNV-1a of its key (UTF-16 code units) modulo the number of shards. */
export function shardOf(nodeKey: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < nodeKey.length; i++) {
    h ^= nodeKey.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

/** `index.json`: how many shards there are. */
export interface ShardIndex {
  shards: number;
}

/** One evidence sentence in a shard: [start, end, sentence] of the reference with that article and start. */
export interface ShardEvidence {
  article: string;
  start: number;
  end: number;
  sentence: string;
  date?: string;
}

/** `<n>.json`: for each node of the shard, for each of its edges in the graph file, the edge's evidence with sentences. */
export type Shard = Record<string, Record<string, ShardEvidence[]>>;
