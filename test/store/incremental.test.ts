// Incremental builds through the store: only added or changed files are extracted, deleted ones leave the graph,
// duplicates count once, and the result is byte-identical to a full build of the same folder.
import { describe, expect, it } from 'vitest';
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildFromDirectory } from '../../src/build/index.ts';
import { graphToJson } from '../../src/io/write-graph.ts';

const ARTICLES = 'data/articles';
const FILES = readdirSync(ARTICLES).sort();
const opts = { workers: 1, layout: true } as const;

function folder(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-inc-'));
  for (const f of names) copyFileSync(join(ARTICLES, f), join(dir, f));
  return dir;
}

/** A full build of `dir` into a store of its own. */
async function full(dir: string): Promise<string> {
  const store = join(mkdtempSync(join(tmpdir(), 'kg-full-')), 'graph.db');
  const json = graphToJson((await buildFromDirectory(dir, { ...opts, store })).graph);
  lastFullStore = store;
  return json;
}
let lastFullStore = '';

/** The graph half of a store (and the articles' copies), every row in key order, as text. */
function graphHalf(store: string): string {
  const db = new Database(store, { readonly: true });
  try {
    const rows = (sql: string) => JSON.stringify(db.prepare(sql).raw().all());
    return [
      rows('SELECT key, kind, label, mentions, attributes FROM nodes ORDER BY key'),
      rows('SELECT name, node FROM names ORDER BY name, node'),
      rows('SELECT key, relation, source, target, weight, attributes, evidence FROM edges ORDER BY key'),
      rows('SELECT id, copies FROM articles ORDER BY id'),
    ].join('\n');
  } finally {
    db.close();
  }
}

describe('incremental build', () => {
  it('extracts only added and changed files, drops deleted ones, and equals a full build byte for byte', async () => {
    const dir = folder(FILES.slice(0, 4));
    const store = join(dir, '.store', 'graph.db');
    const first = await buildFromDirectory(dir, { ...opts, store });
    expect(first.report.files).toEqual({ extracted: 4, kept: 0, removed: 0 });

    // unchanged: nothing extracted, same graph
    const again = await buildFromDirectory(dir, { ...opts, store });
    expect(again.report.files).toEqual({ extracted: 0, kept: 4, removed: 0 });
    expect(graphToJson(again.graph)).toBe(graphToJson(first.graph));

    // touched but the same bytes: kept (by hash); one added, one changed, one deleted
    utimesSync(join(dir, FILES[1]), new Date(), new Date(Date.now() + 5000));
    copyFileSync(join(ARTICLES, FILES[4]), join(dir, FILES[4]));
    appendFileSync(join(dir, FILES[2]), '\n\nKazakh President Kassym-Jomart Tokayev met Mongolian President Ukhnaagiin Khurelsukh in Astana on Tuesday.\n');
    rmSync(join(dir, FILES[0]));
    const inc = await buildFromDirectory(dir, { ...opts, store });
    expect(inc.report.files).toEqual({ extracted: 2, kept: 2, removed: 1 });
    expect(inc.report.articlesRead).toBe(4);
    const json = graphToJson(inc.graph);
    expect(json).toBe(await full(dir));
    // the store's graph half too: the incremental build writes what a full one writes
    expect(graphHalf(store)).toBe(graphHalf(lastFullStore));
    expect(inc.graph.hasEdge('met:person:kassym-jomart-tokayev->person:ukhnaagiin-khurelsukh')).toBe(true);
    expect(Object.keys(inc.graph.getAttribute('articles'))).not.toContain(FILES[0].replace(/\.txt$/, ''));

    // the store holds every sentence of the evidence, with full-text search
    const db = new Database(store, { readonly: true });
    const hit = db.prepare("SELECT s.article, s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid WHERE sentences_fts MATCH 'Khurelsukh'").all() as { article: string; text: string }[];
    expect(hit.map((h) => h.article)).toEqual([FILES[2].replace(/\.txt$/, '')]);
    expect(db.prepare('SELECT COUNT(*) FROM articles').pluck().get()).toBe(4);
    const gone = db.prepare('SELECT COUNT(*) FROM sentences WHERE article = ?').pluck().get(FILES[0].replace(/\.txt$/, ''));
    expect(gone).toBe(0);
    const edges = db.prepare('SELECT COUNT(*) FROM edges').pluck().get();
    expect(edges).toBe(inc.graph.size);
    db.close();
  });

  it('extracts everything again when the extractor version changes', async () => {
    const dir = folder(FILES.slice(0, 3));
    const store = join(dir, '.store', 'graph.db');
    const first = await buildFromDirectory(dir, { ...opts, store });
    const db = new Database(store);
    db.prepare("UPDATE files SET version = 'an-older-extractor'").run();
    db.close();
    const again = await buildFromDirectory(dir, { ...opts, store });
    expect(again.report.files).toEqual({ extracted: 3, kept: 0, removed: 0 });
    expect(graphToJson(again.graph)).toBe(graphToJson(first.graph));
  });

  it('counts an exact duplicate (same text under another name) once, under the smaller id', async () => {
    const without = folder(FILES.slice(0, 3));
    const dir = folder(FILES.slice(0, 3));
    copyFileSync(join(ARTICLES, FILES[1]), join(dir, 'zz-copy.txt'));
    const { graph, report } = await buildFromDirectory(dir, { ...opts, store: join(dir, '.store', 'g.db') });
    expect(report.articlesRead).toBe(3);
    expect(report.duplicates).toBe(1);
    expect(graphToJson(graph)).toBe(await full(without));
  });

  it('a file that gets a same-name sibling is extracted again under its new id, as in a full build', async () => {
    const dir = folder(FILES.slice(0, 2));
    const store = join(mkdtempSync(join(tmpdir(), 'kg-stem-')), 'graph.db');
    await buildFromDirectory(dir, { ...opts, store });
    copyFileSync(join(ARTICLES, FILES[3]), join(dir, FILES[0].replace(/\.txt$/, '.md')));
    const { graph, report } = await buildFromDirectory(dir, { ...opts, store });
    expect(report.files).toEqual({ extracted: 2, kept: 1, removed: 0 });
    expect(Object.keys(graph.getAttribute('articles'))).toContain(FILES[0]);
    expect(graphToJson(graph)).toBe(await full(dir));
    // and back: the sibling removed, the file is an article without extension again
    rmSync(join(dir, FILES[0].replace(/\.txt$/, '.md')));
    const back = await buildFromDirectory(dir, { ...opts, store });
    expect(Object.keys(back.graph.getAttribute('articles'))).toContain(FILES[0].replace(/\.txt$/, ''));
    expect(graphToJson(back.graph)).toBe(await full(dir));
  });

  it('a failed build leaves the store as it was and no temporary file', async () => {
    const dir = folder(FILES.slice(0, 2));
    const storeDir = mkdtempSync(join(tmpdir(), 'kg-fail-'));
    const store = join(storeDir, 'graph.db');
    await buildFromDirectory(dir, { ...opts, store });
    const before = readFileSync(store);
    // x.md beside x.txt makes their ids x.txt and x.md, and x.txt.md also has the id x.txt: the build fails
    copyFileSync(join(ARTICLES, FILES[3]), join(dir, FILES[0].replace(/\.txt$/, '.md')));
    copyFileSync(join(ARTICLES, FILES[2]), join(dir, `${FILES[0]}.md`));
    await expect(buildFromDirectory(dir, { ...opts, store })).rejects.toThrow(/two articles have the id/);
    expect(readFileSync(store).equals(before)).toBe(true);
    expect(readdirSync(storeDir)).toEqual(['graph.db']);
    // a new store that fails is not left behind
    const fresh = join(storeDir, 'new.db');
    await expect(buildFromDirectory(dir, { ...opts, store: fresh })).rejects.toThrow(/two articles have the id/);
    expect(existsSync(fresh)).toBe(false);
    expect(readdirSync(storeDir)).toEqual(['graph.db']);
  });

  it('never overwrites a file that is no store', async () => {
    const dir = folder(FILES.slice(0, 1));
    const notAStore = join(dir, 'notes.db');
    writeFileSync(notAStore, 'my notes, not a database');
    await expect(buildFromDirectory(dir, { ...opts, store: notAStore })).rejects.toThrow(/notes\.db" exists and is not a store written by `kg build`/);
    expect(readFileSync(notAStore, 'utf8')).toBe('my notes, not a database');
  });
});

describe('the store and the graph', () => {
  it('hold the same edges: the graph keeps the first evidence of each, the store every one (weight counts them)', async () => {
    const dir = folder(FILES.slice(0, 6));
    const store = join(dir, '.store', 'graph.db');
    const { graph } = await buildFromDirectory(dir, { ...opts, store });
    const db = new Database(store, { readonly: true });
    const rows = db.prepare('SELECT key, source, target, weight, attributes, evidence FROM edges ORDER BY id').all() as { key: string; source: string; target: string; weight: number; attributes: string; evidence: string }[];
    db.close();
    expect(rows.map((r) => r.key)).toEqual(graph.edges().sort());
    let longer = 0;
    for (const r of rows) {
      const a = graph.getEdgeAttributes(r.key);
      const { evidence, ...rest } = a;
      expect([r.source, r.target, r.weight, r.attributes]).toEqual([graph.source(r.key), graph.target(r.key), a.weight, JSON.stringify(rest)]);
      const refs = JSON.parse(r.evidence) as [string, number, number][];
      expect(refs).toHaveLength(a.weight);
      expect(refs.slice(0, evidence.length).map((ref) => ref.slice(0, 3))).toEqual(evidence.map((e) => [e.article, e.start, e.end]));
      if (refs.length > evidence.length) longer++;
    }
    expect(longer).toBeGreaterThan(0);
  });
});
