// build:web's evidence shards: the sentences of a graph file's evidence references, read from the store beside it and
// written next to the site's graph file in one file per group of nodes (see graph/evidence-shards.ts).
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadGraph } from '../io/load-graph.ts';
import { shardFolderOf, shardOf, type Shard, type ShardEvidence, type ShardIndex } from '../graph/evidence-shards.ts';
import { openStoreForReading } from './open-store.ts';

/** Nodes per shard, on average: a shard of the 100 MB corpus is a few hundred kB. */
const NODES_PER_SHARD = 256;

/**
 * Writes the shards of `graphFile` (its evidence references, filled with sentences from `store`) into the folder
 * `shardFolderOf(name)` inside `outDir`, replacing what was there (written to a temporary folder, then renamed).
 * Returns the number of shards written, 0 when the graph file already carries every sentence (nothing to shard).
 */
export function writeEvidenceShards(graphFile: string, store: string, outDir: string, name = basename(graphFile)): number {
  const graph = loadGraph(graphFile);
  let refs = 0;
  graph.forEachEdge((_, a) => {
    for (const e of a.evidence) if (typeof e.sentence !== 'string') refs++;
  });
  const folder = join(outDir, shardFolderOf(name));
  if (!refs) {
    rmSync(folder, { recursive: true, force: true });
    return 0;
  }
  const shards = Math.max(1, Math.ceil(graph.order / NODES_PER_SHARD));
  const content: Shard[] = Array.from({ length: shards }, () => ({}));
  const db = openStoreForReading(store);
  try {
    const text = db.prepare('SELECT text FROM sentences WHERE article = ? AND start = ?').pluck();
    graph.forEachEdge((key, a, source, target) => {
      if (!a.evidence.length) return;
      const evidence: ShardEvidence[] = a.evidence.map((e) => {
        const sentence = typeof e.sentence === 'string' ? e.sentence : ((text.get(e.article, e.start) as string | undefined) ?? '');
        return { article: e.article, start: e.start, end: e.end, sentence, ...(e.date ? { date: e.date } : {}) };
      });
      for (const node of source === target ? [source] : [source, target]) ((content[shardOf(node, shards)][node] ??= {})[key] = evidence);
    });
  } finally {
    db.close();
  }
  mkdirSync(outDir, { recursive: true });
  const tmp = join(dirname(folder), `.${basename(folder)}.${process.pid}.tmp`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    const index: ShardIndex = { shards };
    writeFileSync(join(tmp, 'index.json'), JSON.stringify(index) + '\n');
    content.forEach((shard, i) => writeFileSync(join(tmp, `${i}.json`), JSON.stringify(shard) + '\n'));
    if (existsSync(folder)) rmSync(folder, { recursive: true, force: true });
    renameSync(tmp, folder);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  return shards;
}
