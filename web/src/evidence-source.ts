// Evidence sentences the graph file gives only as references (article and offsets: kg build's default), fetched when
// a node is opened: from the static site's shards beside the graph file (build:web), else from the local API over the
// store (`npm start`). Sentences are text: they are put into the graph's evidence objects and shown with textContent.
import { shardFolderOf, shardOf, type Shard, type ShardIndex } from '../../src/graph/evidence-shards.ts';
import type { Evidence } from '../../src/graph/types.ts';
import type { ViewGraph } from './view-graph.ts';

/** Whether any evidence of the node's edges is a reference without its sentence. */
export function missingSentences(graph: ViewGraph, node: string): boolean {
  let missing = false;
  graph.forEachEdge(node, (_, a) => {
    if (!missing && a.evidence.some((e) => !e.sentence)) missing = true;
  });
  return missing;
}

export class EvidenceSource {
  private index?: Promise<ShardIndex | null>;
  private readonly shards = new Map<number, Promise<Shard | null>>();
  /** nodes already asked for (whatever the answer), so a panel redrawn after the answer asks nothing again */
  private readonly asked = new Set<string>();

  /**
   * `graphUrl`: the address the graph file was loaded from (undefined for a file from the user's disk); `apiBase`: the
   * store's API that served it, named by `npm start`'s header (null on a static host, which is never asked for one).
   */
  constructor(
    private readonly graphUrl: string | undefined,
    private readonly apiBase: string | null = null,
  ) {}

  /** Fills in the sentences of the node's edges; resolves to true when something changed (the panel is redrawn). */
  async load(graph: ViewGraph, node: string): Promise<boolean> {
    if (this.asked.has(node) || !graph.hasNode(node) || !missingSentences(graph, node)) return false;
    this.asked.add(node);
    // served with its store: the API; a static site: the shards beside the graph file
    const byEdge = this.apiBase ? await this.fromApi(node) : await this.fromShards(node);
    if (!byEdge) return false;
    let changed = false;
    graph.forEachEdge(node, (edge, a) => {
      const found = byEdge[edge];
      if (!found) return;
      a.evidence = a.evidence.map((e) => {
        if (e.sentence) return e;
        const hit = found.find((f) => f.article === e.article && f.start === e.start);
        if (!hit?.sentence) return e;
        changed = true;
        return { ...e, sentence: String(hit.sentence) };
      });
    });
    return changed;
  }

  private async fromShards(node: string): Promise<Record<string, Evidence[]> | null> {
    if (!this.graphUrl) return null;
    const base = new URL(`${shardFolderOf(new URL(this.graphUrl, location.href).pathname)}/`, new URL(this.graphUrl, location.href));
    this.index ??= getJson<ShardIndex>(new URL('index.json', base));
    const index = await this.index;
    if (!index || !(index.shards > 0)) return null;
    const n = shardOf(node, index.shards);
    if (!this.shards.has(n)) this.shards.set(n, getJson<Shard>(new URL(`${n}.json`, base)));
    const shard = await this.shards.get(n)!;
    return (shard?.[node] as Record<string, Evidence[]> | undefined) ?? null;
  }

  private async fromApi(node: string): Promise<Record<string, Evidence[]> | null> {
    const base = new URL(this.apiBase!, location.href);
    const answer = await getJson<{ edges?: { key: string; evidence: Evidence[] }[] }>(new URL(`evidence/node?key=${encodeURIComponent(node)}&limit=1000&per_edge=3`, base));
    if (!answer?.edges) return null;
    return Object.fromEntries(answer.edges.map((e) => [e.key, e.evidence]));
  }
}

/** A same-origin JSON file, or null when it is missing or not JSON. */
async function getJson<T>(url: URL): Promise<T | null> {
  try {
    const response = await fetch(url);
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return null;
    return (await response.json()) as T;
  } catch {
    return null;
  }
}
