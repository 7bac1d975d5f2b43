// The query commands answer the same from the store (only the part of the graph they need) as from the graph file.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromDirectory } from '../../src/build/index.ts';
import { writeGraph } from '../../src/io/write-graph.ts';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { runCommand } from '../cli/helpers.ts';
import { StoreReader } from '../../src/store/read-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-store-q-'));
const GRAPH = join(dir, 'graph.json');
const STORE = join(dir, 'graph.db');

beforeAll(async () => {
  const { graph } = await buildFromDirectory('data/articles', { workers: 1, store: STORE });
  writeGraph(graph, GRAPH);
});

const run = (name: string, file: string, args: string[]) => runCommand(COMMANDS.find((c) => c.name === name)!, [file, ...args]);

const CASES: [string, string[]][] = [
  ['neighbours', ['Wang Yi']],
  ['neighbours', ['Wang Yi', '--relation', 'met', '--json']],
  ['neighbours', ['SCO', '--depth', '2', '--kind', 'person', '--min-weight', '2']],
  ['neighbours', ['Tokayev', '--from', '2024', '--json']],
  ['neighbours', ['Wang Yu']],
  ['neighbours', ['SCO', '--limit', '3']],
  ['neighbours', ['SCO', '--limit', '2', '--depth', '2', '--json']],
  ['neighbours', ['Wang Yi', '--limit', '0', '--relation', 'co_mentioned,met']],
  ['neighbours', ['Wang Yi', '--limit', '1', '--relation', 'co_mentioned,met']],
  ['neighbours', ['Wang Yi', '--limit', 'all']],
  ['meetings', ['Xi']],
  ['meetings', ['Wang Yi', '--json']],
  ['path', ['Zhang Ming', 'Kassym-Jomart Tokayev', '--json']],
  ['path', ['Xi', 'Putin']],
  ['summit', ['2024']],
  ['summit', ['Astana', '--json']],
  ['summit', ['1999']],
];

describe('queries over the store', () => {
  it.each(CASES)('%s %j: same output and errors as over the graph file', async (name, args) => {
    const fromFile = await run(name, GRAPH, args);
    const fromStore = await run(name, STORE, args);
    expect(fromStore.out).toBe(fromFile.out);
    expect(fromStore.code).toBe(fromFile.code);
    expect(fromStore.error?.message).toBe(fromFile.error?.message);
    expect(fromStore.error?.suggestions).toEqual(fromFile.error?.suggestions);
    expect(fromFile.out.length + (fromFile.error?.message.length ?? 0)).toBeGreaterThan(0);
  });

  it('--limit keeps the heaviest relations of each kind of a hub and says how many it left out', async () => {
    const all = JSON.parse((await run('neighbours', STORE, ['SCO', '--limit', 'all', '--json'])).out);
    const some = JSON.parse((await run('neighbours', STORE, ['SCO', '--limit', '3', '--json'])).out);
    type Row = { relation: string; weight: number };
    const of = (list: Row[], relation: string) => list.filter((n) => n.relation === relation);
    const kinds = [...new Set(all.neighbours.map((n: Row) => n.relation))] as string[];
    expect(of(all.neighbours, 'co_mentioned').length).toBeGreaterThan(3);
    let left = 0;
    for (const k of kinds) {
      const n = of(all.neighbours, k).length;
      expect(of(some.neighbours, k).map((r) => r.weight)).toEqual(of(all.neighbours, k).map((r) => r.weight).slice(0, 3));
      left += Math.max(0, n - 3);
    }
    expect(some.leftOut).toBe(left);
    expect(all.leftOut).toBeUndefined();
    expect((await run('neighbours', STORE, ['SCO', '--limit', '3'])).out).toMatch(new RegExp(`\\(${left} lighter relations left out: at most 3 of each kind`));
  });

  it('gives every evidence sentence of an edge, and finds sentences by their words', () => {
    const store = new StoreReader(STORE);
    try {
      const edge = store.db.prepare("SELECT key, weight FROM edges WHERE relation = 'co_mentioned' ORDER BY weight DESC, key LIMIT 1").get() as { key: string; weight: number };
      expect(edge.weight).toBeGreaterThan(3);
      const all = store.edgeEvidence(edge.key, 1000)!;
      expect(all.total).toBe(edge.weight);
      expect(all.evidence).toHaveLength(edge.weight);
      expect(all.evidence.every((e) => e.sentence.length > 0 && e.title)).toBe(true);
      expect(store.edgeEvidence(edge.key, 2, 1)!.evidence).toEqual(all.evidence.slice(1, 3));
      expect(store.edgeEvidence('met:person:nobody->person:none')).toBeUndefined();
      // the same rows through the evidence view, as a SQLite tool would read them
      const view = store.db.prepare('SELECT article, start, end, sentence FROM evidence WHERE edge_key = ? ORDER BY seq').all(edge.key);
      expect(view).toEqual(all.evidence.map(({ article, start, end, sentence }) => ({ article, start, end, sentence })));
      const sums = store.db.prepare('SELECT (SELECT COUNT(*) FROM evidence) AS rows, (SELECT SUM(weight) FROM edges) AS weights, (SELECT COUNT(*) FROM evidence WHERE sentence IS NULL) AS missing').get();
      expect(sums).toMatchObject({ missing: 0 });
      expect((sums as { rows: number }).rows).toBe((sums as { weights: number }).weights);
      const hits = store.search('Aleinik');
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => /Aleinik/.test(h.sentence))).toBe(true);
      expect(store.search('"no such phrase anywhere"')).toEqual([]);
      const node = store.nodeEvidence('person:wang-yi')!;
      expect(node.edges.some((e) => e.relation === 'met' && e.other === 'person:sergei-aleinik' && e.evidence.length > 0)).toBe(true);
    } finally {
      store.close();
    }
  });

  it('a file that is no store gives one clear error naming it', async () => {
    const r = await run('neighbours', GRAPH.replace(/\.json$/, '.missing.db'), ['Xi']);
    expect(r.error?.message).toMatch(/cannot read store ".*graph\.missing\.db": no such file/);
    expect(r.error?.exitCode).toBe(3);
  });
});

describe('exports from the store', () => {
  it.each([['gexf', 'graph.gexf'], ['csv', 'nodes.csv'], ['csv', 'relationships.csv'], ['json', 'graph.json']])('%s (%s): the same bytes from graph.db as from graph.json', async (format, file) => {
    const a = join(dir, `from-json-${format}`);
    const b = join(dir, `from-db-${format}`);
    expect((await run('export', GRAPH, ['--format', format, '--out', `${a}/`])).code).toBe(0);
    expect((await run('export', STORE, ['--format', format, '--out', `${b}/`])).code).toBe(0);
    const bytes = readFileSync(join(b, file), 'utf8');
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes).toBe(readFileSync(join(a, file), 'utf8'));
  });
});
