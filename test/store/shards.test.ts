// kg build's default graph file gives evidence as references; the sentences come back from the store beside it (CLI
// queries) and from build:web's shards (the viewer). Both must give exactly the sentences of the full graph file.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromDirectory } from '../../src/build/index.ts';
import { COMPACT_GRAPH_FILE, writeGraph } from '../../src/io/write-graph.ts';
import { loadGraph } from '../../src/io/load-graph.ts';
import { fillSentencesFromStore } from '../../src/store/fill-sentences.ts';
import { writeEvidenceShards } from '../../src/store/write-shards.ts';
import { shardFolderOf, shardOf, type Shard } from '../../src/graph/evidence-shards.ts';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { runCommand } from '../cli/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-shards-'));
const FULL = join(dir, 'full.json');
const COMPACT = join(dir, 'graph.json');
const STORE = join(dir, 'graph.db');

type FileEdge = { key: string; source: string; target: string; attributes: { relation: string; evidence: { article: string; start: number; sentence?: string }[] } };
const edgesOf = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { edges: FileEdge[] }).edges;

beforeAll(async () => {
  const { graph } = await buildFromDirectory('data/articles', { workers: 1, store: STORE });
  writeGraph(graph, FULL);
  writeGraph(graph, COMPACT, COMPACT_GRAPH_FILE);
});

describe('the default graph file and its sentences', () => {
  it('holds the stated relations with references only, and is smaller than a quarter of the full file', () => {
    const full = edgesOf(FULL);
    const compact = edgesOf(COMPACT);
    // no key: each is relation:source->target, which the loader gives back
    expect(compact.every((e) => e.key === undefined)).toBe(true);
    expect(compact.map((e) => `${e.attributes.relation}:${e.source}->${e.target}`)).toEqual(full.filter((e) => e.attributes.relation !== 'co_mentioned').map((e) => e.key));
    expect(loadGraph(COMPACT).edges()).toEqual(full.filter((e) => e.attributes.relation !== 'co_mentioned').map((e) => e.key));
    for (const e of compact) for (const ev of e.attributes.evidence) expect(ev.sentence).toBeUndefined();
    expect(readFileSync(COMPACT).length).toBeLessThan(readFileSync(FULL).length / 4);
  });

  it('the store beside it gives every reference the sentence of the full file', () => {
    const graph = loadGraph(COMPACT);
    const filled = fillSentencesFromStore(graph, COMPACT);
    const full = new Map(edgesOf(FULL).map((e) => [e.key, e.attributes.evidence.map((ev) => ev.sentence)]));
    let n = 0;
    graph.forEachEdge((key, a) => {
      expect(a.evidence.map((ev) => ev.sentence)).toEqual(full.get(key));
      n += a.evidence.length;
    });
    expect(filled).toBe(n);
    expect(n).toBeGreaterThan(20);
  });

  it('without a store the references stay references', () => {
    const graph = loadGraph(COMPACT);
    expect(fillSentencesFromStore(graph, COMPACT, join(dir, 'no-such.db'))).toBe(0);
  });

  it('neighbours over the default file prints the sentences, as over the full file', async () => {
    const run = (file: string) => runCommand(COMMANDS.find((c) => c.name === 'neighbours')!, [file, 'Wang Yi', '--relation', 'met']);
    const [a, b] = [await run(COMPACT), await run(FULL)];
    expect(a.out).toBe(b.out);
    expect(a.out).toContain('Aleinik');
  });

  it("build:web's shards hold, under each end of every edge, its evidence with the full file's sentences", () => {
    const site = join(dir, 'site');
    const shards = writeEvidenceShards(COMPACT, STORE, site, 'graph.json');
    const folder = join(site, shardFolderOf('graph.json'));
    expect(readdirSync(folder).sort()).toEqual(['index.json', ...Array.from({ length: shards }, (_, i) => `${i}.json`)].sort());
    expect(JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'))).toEqual({ shards });
    const read = (n: number) => JSON.parse(readFileSync(join(folder, `${n}.json`), 'utf8')) as Shard;
    for (const e of edgesOf(FULL).filter((x) => x.attributes.relation !== 'co_mentioned')) {
      for (const node of [e.source, e.target]) {
        const got = read(shardOf(node, shards))[node]?.[e.key];
        expect(got?.map((ev) => [ev.article, ev.start, ev.sentence])).toEqual(e.attributes.evidence.map((ev) => [ev.article, ev.start, ev.sentence]));
      }
    }
  });

  it('a graph file with its sentences needs no shards', () => {
    const site = join(dir, 'site-full');
    expect(writeEvidenceShards(FULL, STORE, site, 'graph.json')).toBe(0);
    expect(existsSync(join(site, shardFolderOf('graph.json')))).toBe(false);
  });

  it.each([
    ['graph.json', 'graph.evidence'],
    ['/site/sub/xss.json', 'xss.evidence'],
    ['My.Graph.JSON', 'My.Graph.evidence'],
  ])('shardFolderOf(%s) = %s', (file, folder) => expect(shardFolderOf(file)).toBe(folder));

  it('shardOf spreads keys over every shard and stays in range', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = shardOf(`person:p-${i}`, 7);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(7);
      seen.add(n);
    }
    expect(seen.size).toBe(7);
    expect(shardOf('person:wang-yi', 1)).toBe(0);
  });
});
