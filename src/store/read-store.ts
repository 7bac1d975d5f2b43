// Reading the store: names resolved through its index, and the small part of the graph a query needs loaded as a
// graphology graph, so that the queries of src/query/ answer without loading the whole graph. Evidence and full-text
// search come straight from SQL.
import { MultiDirectedGraph } from 'graphology';
import type { ArticleMeta, EntityAttributes, EntityKind, Evidence, KnowledgeGraph, RelationAttributes, RelationKind } from '../graph/types.ts';
import { KgError, NotFoundError } from '../errors.ts';
import { forbiddenKeyIn, isSafeKey } from '../graph/safe-keys.ts';
import { AmbiguousNameError } from '../query/errors.ts';
import { closestNames, findEntity, type FindEntityOptions } from '../query/find-entity.ts';
import { nameTokens, normalizeName } from '../query/normalize.ts';
import { openStoreForReading, type Db } from './open-store.ts';
import { MAX_EVIDENCE } from '../graph/assemble.ts';
import type { Statement } from 'better-sqlite3';

/** SQLite's default limit on bound parameters is far above this; lists are queried in slices of it. */
const SLICE = 500;

function slices<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += SLICE) out.push(items.slice(i, i + SLICE));
  return out;
}

const marks = (n: number) => Array(n).fill('?').join(',');

/** Words of a looked-up name matched in SQL (the rest are matched by findEntity on the candidates). */
const MAX_LIKE_WORDS = 8;

/** One supporting sentence as the store keeps it in edges.evidence. */
type EvidenceRef = [article: string, start: number, end: number, date?: string | null, rule?: string];

interface EdgeRow {
  key: string;
  source: string;
  target: string;
  attributes: string;
  evidence: string;
}

const EDGE_COLUMNS = 'key, source, target, attributes, evidence';

/** One evidence sentence of an edge, with its article's title and the id of the rule that found it. */
export interface StoredEvidence extends Evidence {
  title?: string;
  rule?: string;
}

/** A full-text search hit: a sentence and its article. */
export interface SearchHit {
  article: string;
  title?: string;
  date?: string;
  start: number;
  end: number;
  sentence: string;
}

/** A store opened for queries. Close it when done. */
export class StoreReader {
  readonly db: Db;

  constructor(readonly path: string) {
    this.db = openStoreForReading(path);
  }

  close(): void {
    this.db.close();
  }

  /** Counts of what the store holds. */
  counts(): { articles: number; nodes: number; edges: number; evidence: number; sentences: number } {
    const n = (table: string, where = '') => this.db.prepare(`SELECT COUNT(*) FROM ${table} ${where}`).pluck().get() as number;
    const evidence = this.db.prepare('SELECT COALESCE(SUM(weight), 0) FROM edges').pluck().get() as number;
    return { articles: n('articles', 'WHERE duplicate_of IS NULL'), nodes: n('nodes'), edges: n('edges'), evidence, sentences: n('sentences') };
  }

  /** A graph with the given nodes (those that exist), their attributes and the metadata of the given articles. */
  private graphOf(keys: Iterable<string>, articleIds: Iterable<string> = []): KnowledgeGraph {
    const graph = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as KnowledgeGraph;
    graph.replaceAttributes({ name: 'SCO knowledge graph', articles: this.articleMetas([...new Set(articleIds)]) });
    this.addNodes(graph, [...new Set(keys)]);
    return graph;
  }

  private addNodes(graph: KnowledgeGraph, keys: string[]): void {
    const missing = keys.filter((k) => !graph.hasNode(k));
    for (const part of slices(missing)) {
      const rows = this.db.prepare(`SELECT key, attributes FROM nodes WHERE key IN (${marks(part.length)})`).all(...part) as { key: string; attributes: string }[];
      for (const r of rows) graph.addNode(r.key, this.nodeAttributes(r));
    }
  }

  /** Refuses what a graph file may not hold either (see safe-keys.ts): the store may have been written by hand. */
  private refuse(what: string): never {
    throw new KgError('E_STORE_FORMAT', `"${this.path}" is not a store written by \`kg build\`: ${what} is not allowed`);
  }

  /** A node row's attributes, its key and attribute names checked. */
  private nodeAttributes(r: { key: string; attributes: string }): EntityAttributes {
    if (!isSafeKey(r.key)) this.refuse(`node key "${r.key}"`);
    const attrs = JSON.parse(r.attributes) as EntityAttributes;
    const bad = forbiddenKeyIn(attrs);
    if (bad) this.refuse(`attribute "${bad}" of node "${r.key}"`);
    return attrs;
  }

  private addEdges(graph: KnowledgeGraph, rows: EdgeRow[]): void {
    this.addNodes(graph, [...new Set(rows.flatMap((r) => [r.source, r.target]))]);
    const articles = graph.getAttribute('articles');
    const need = new Set<string>();
    for (const r of rows) {
      if (graph.hasEdge(r.key)) continue;
      const attrs = this.edgeAttributes(r);
      graph.addDirectedEdgeWithKey(r.key, r.source, r.target, attrs);
      for (const ev of attrs.evidence) if (!articles[ev.article]) need.add(ev.article);
    }
    Object.assign(articles, this.articleMetas([...need]));
  }

  private sentenceText?: Statement;

  /** An edge's attributes as in the graph file: its first MAX_EVIDENCE evidence sentences read back from `sentences`. */
  private edgeAttributes(r: EdgeRow): RelationAttributes {
    if (!isSafeKey(r.key)) this.refuse(`edge key "${r.key}"`);
    const parsed = JSON.parse(r.attributes) as Omit<RelationAttributes, 'evidence'>;
    const bad = forbiddenKeyIn(parsed);
    if (bad) this.refuse(`attribute "${bad}" of edge "${r.key}"`);
    const { relation, weight, ...rest } = parsed;
    const text = (this.sentenceText ??= this.db.prepare('SELECT text FROM sentences WHERE article = ? AND start = ?').pluck());
    const evidence = (JSON.parse(r.evidence) as EvidenceRef[]).slice(0, MAX_EVIDENCE).map(([article, start, end, date, rule]): Evidence => {
      const sentence = (text.get(article, start) as string | undefined) ?? '';
      const ev: Evidence = date ? { article, sentence, start, end, date } : { article, sentence, start, end };
      if (rule) ev.rule = rule;
      return ev;
    });
    return { relation, weight, evidence, ...rest };
  }

  /** Metadata of articles, by id. */
  articleMetas(ids: string[]): Record<string, ArticleMeta> {
    // article ids are file names ("__proto__.txt" gives "__proto__"): kept in an object without a prototype
    const out: Record<string, ArticleMeta> = Object.create(null);
    for (const part of slices(ids)) {
      const rows = this.db.prepare(`SELECT id, file, title, date, source, author, url, fields, copies FROM articles WHERE id IN (${marks(part.length)})`).all(...part) as Record<string, string | null>[];
      for (const r of rows) {
        const meta: Record<string, unknown> = {};
        // fields and copies are JSON, the rest text, as in the graph file's article metadata
        for (const [k, v] of Object.entries(r)) if (v !== null) meta[k] = k === 'fields' || k === 'copies' ? JSON.parse(v) : v;
        out[r.id!] = meta as unknown as ArticleMeta;
      }
    }
    return out;
  }

  /**
   * The node a name refers to, as `resolveEntity` finds it in the whole graph: the candidates (the key itself, nodes
   * with the folded name as label or alias, nodes with a name containing all its words) are loaded and matched by
   * `findEntity`. Throws NotFoundError (with the closest names) or AmbiguousNameError.
   */
  resolve(name: string, options: FindEntityOptions = {}): string {
    const folded = normalizeName(name);
    const candidates = new Set<string>();
    const key = this.db.prepare('SELECT key FROM nodes WHERE key = ?').pluck().get(name.trim()) as string | undefined;
    if (key) candidates.add(key);
    for (const k of this.db.prepare('SELECT node FROM names WHERE name = ?').pluck().all(folded) as string[]) candidates.add(k);
    // the longest few distinct words: a name holding every word holds these, and SQLite takes no AND chain of
    // thousands of terms (a hostile name would fail the query instead of finding nothing)
    const words = [...new Set(nameTokens(name))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, MAX_LIKE_WORDS);
    if (words.length) {
      // a superset of the names holding every word (as substrings); findEntity keeps the exact word matches
      const like = words.map(() => "name LIKE ? ESCAPE '\\'").join(' AND ');
      const args = words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      for (const k of this.db.prepare(`SELECT DISTINCT node FROM names WHERE ${like}`).pluck().all(...args) as string[]) candidates.add(k);
    }
    const matches = findEntity(this.graphOf(candidates), name, options);
    if (matches.length === 1) return matches[0].key;
    if (matches.length > 1) throw new AmbiguousNameError(name, matches);
    const kinds = options.kind === undefined ? undefined : Array.isArray(options.kind) ? options.kind : [options.kind];
    const what = kinds?.length ? kinds.join(' or ') : 'entity';
    throw new NotFoundError(`no ${what} named "${name}" in the graph`, closestNames(this.namesGraph(kinds), name, { ...options, limit: 5 }));
  }

  /** Every node with its kind, label and aliases only (for "did you mean" suggestions). */
  private namesGraph(kinds?: EntityKind[]): KnowledgeGraph {
    const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
    const where = kinds?.length ? `WHERE kind IN (${marks(kinds.length)})` : '';
    const rows = this.db.prepare(`SELECT key, kind, label, mentions, json_extract(attributes, '$.aliases') AS aliases FROM nodes ${where}`).all(...(kinds ?? [])) as { key: string; kind: EntityKind; label: string; mentions: number; aliases: string | null }[];
    for (const r of rows) {
      if (!isSafeKey(r.key)) this.refuse(`node key "${r.key}"`);
      graph.addNode(r.key, { kind: r.kind, label: r.label, mentions: r.mentions, aliases: r.aliases ? (JSON.parse(r.aliases) as string[]) : [], articles: [] });
    }
    return graph;
  }

  /**
   * Edges touching any of `keys`, of the given relations (all when undefined); with `limit`, of each key's edges of
   * each relation only the heaviest `limit` (weight, then key: the order of `heaviestByRelation`).
   */
  private edgesOf(keys: string[], relations?: readonly RelationKind[], limit?: number): EdgeRow[] {
    const rows: EdgeRow[] = [];
    if (limit === undefined) {
      const rel = relations?.length ? ` AND relation IN (${marks(relations.length)})` : '';
      for (const part of slices(keys)) {
        const args = [...part, ...(relations ?? [])];
        const sql = `SELECT ${EDGE_COLUMNS} FROM edges WHERE source IN (${marks(part.length)})${rel}
          UNION SELECT ${EDGE_COLUMNS} FROM edges WHERE target IN (${marks(part.length)})${rel}`;
        rows.push(...(this.db.prepare(sql).all(...args, ...args) as EdgeRow[]));
      }
      return rows;
    }
    // the ids of a node's heaviest edges of each relation first (a hub has thousands: only their weight and key are read)
    const heaviest = this.db.prepare(
      `SELECT id FROM (SELECT id, weight, key FROM edges WHERE source = @key AND relation = @relation
         UNION ALL SELECT id, weight, key FROM edges WHERE target = @key AND relation = @relation)
       ORDER BY weight DESC, key LIMIT @limit`,
    ).pluck();
    const ids = new Set<number>();
    for (const key of keys) {
      for (const relation of this.relationCounts(key).keys()) {
        if (relations?.length && !relations.includes(relation)) continue;
        for (const id of heaviest.all({ key, relation, limit: Math.max(0, Math.floor(limit)) }) as number[]) ids.add(id);
      }
    }
    for (const part of slices([...ids])) rows.push(...(this.db.prepare(`SELECT ${EDGE_COLUMNS} FROM edges WHERE id IN (${marks(part.length)})`).all(...part) as EdgeRow[]));
    return rows;
  }

  /** How many edges of each relation a node has. */
  relationCounts(key: string): Map<RelationKind, number> {
    const rows = this.db
      .prepare('SELECT relation, SUM(n) AS n FROM (SELECT relation, COUNT(*) AS n FROM edges WHERE source = @key GROUP BY relation UNION ALL SELECT relation, COUNT(*) FROM edges WHERE target = @key GROUP BY relation) GROUP BY relation')
      .all({ key }) as { relation: RelationKind; n: number }[];
    return new Map(rows.map((r) => [r.relation, r.n]));
  }

  /**
   * The part of the graph within `depth` hops of `key` over the given relations: enough for `neighbours`, `meetings`
   * and `summit` on that node to give what they give on the whole graph.
   */
  around(key: string, depth = 1, relations?: readonly RelationKind[], limit?: number): KnowledgeGraph {
    const graph = this.graphOf([key]);
    let frontier = [key];
    const seen = new Set(frontier);
    for (let d = 0; d < depth && frontier.length; d++) {
      const rows = this.edgesOf(frontier, relations, limit);
      this.addEdges(graph, rows);
      const next: string[] = [];
      for (const r of rows) for (const n of [r.source, r.target]) if (!seen.has(n)) (seen.add(n), next.push(n));
      frontier = next;
    }
    return graph;
  }

  /** Every node of the given kinds (attributes included), no edges. */
  nodesOfKind(kind: EntityKind): KnowledgeGraph {
    const keys = this.db.prepare('SELECT key FROM nodes WHERE kind = ?').pluck().all(kind) as string[];
    return this.graphOf(keys);
  }

  /** Every node and every edge of the given relations (for paths over stated relations). */
  withRelations(relations: readonly RelationKind[]): KnowledgeGraph {
    const graph = this.graphOf(this.db.prepare('SELECT key FROM nodes').pluck().all() as string[]);
    const rows = this.db.prepare(`SELECT ${EDGE_COLUMNS} FROM edges WHERE relation IN (${marks(relations.length)})`).all(...relations) as EdgeRow[];
    this.addEdges(graph, rows);
    return graph;
  }

  /**
   * The whole graph as in the graph file (first evidence sentences per edge), read row by row: no step holds the file
   * as one string, so graphs larger than V8's longest string load (for exports).
   */
  wholeGraph(): KnowledgeGraph {
    const graph = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as KnowledgeGraph;
    const ids = this.db.prepare('SELECT id FROM articles WHERE duplicate_of IS NULL ORDER BY id').pluck().all() as string[];
    graph.replaceAttributes({ name: 'SCO knowledge graph', articles: this.articleMetas(ids) });
    for (const r of this.db.prepare('SELECT key, attributes FROM nodes ORDER BY key').iterate() as Iterable<{ key: string; attributes: string }>) {
      graph.addNode(r.key, this.nodeAttributes(r));
    }
    for (const r of this.db.prepare(`SELECT ${EDGE_COLUMNS} FROM edges ORDER BY key`).iterate() as Iterable<EdgeRow>) {
      graph.addDirectedEdgeWithKey(r.key, r.source, r.target, this.edgeAttributes(r));
    }
    return graph;
  }

  /** Every evidence sentence of an edge (by key), in article then offset order, from `offset`, at most `limit`. */
  edgeEvidence(edgeKey: string, limit = 100, offset = 0): { total: number; evidence: StoredEvidence[] } | undefined {
    const json = this.db.prepare('SELECT evidence FROM edges WHERE key = ?').pluck().get(edgeKey) as string | undefined;
    if (json === undefined) return undefined;
    const refs = JSON.parse(json) as EvidenceRef[];
    const sentence = this.db.prepare('SELECT s.text, a.title FROM sentences s JOIN articles a ON a.id = s.article WHERE s.article = ? AND s.start = ?');
    const evidence = refs.slice(offset, offset + limit).map(([article, start, end, date, rule]) => {
      const row = sentence.get(article, start) as { text: string; title: string | null } | undefined;
      return evidenceRow({ article, start, end, date: date ?? null, sentence: row?.text ?? '', title: row?.title ?? null, rule: rule ?? null });
    });
    return { total: refs.length, evidence };
  }

  /**
   * Evidence of a node's edges: each edge (key, relation, other end, weight) with its first `perEdge` sentences,
   * heaviest edges first, at most `limit` edges.
   */
  nodeEvidence(nodeKey: string, limit = 50, perEdge = 3): { key: string; edges: { key: string; relation: string; other: string; weight: number; evidence: StoredEvidence[] }[] } | undefined {
    if (!this.db.prepare('SELECT 1 FROM nodes WHERE key = ?').get(nodeKey)) return undefined;
    const edges = this.db
      .prepare(
        `SELECT key, relation, target AS other, weight FROM edges WHERE source = @node
         UNION ALL SELECT key, relation, source AS other, weight FROM edges WHERE target = @node
         ORDER BY weight DESC, key LIMIT @limit`,
      )
      .all({ node: nodeKey, limit }) as { key: string; relation: string; other: string; weight: number }[];
    return { key: nodeKey, edges: edges.map((e) => ({ ...e, evidence: this.edgeEvidence(e.key, perEdge)!.evidence })) };
  }

  /**
   * Full-text search over evidence sentences (SQLite FTS5 query syntax; a plain phrase of words works), best matches
   * first. Sentences of articles left out as duplicates are not returned.
   */
  search(query: string, limit = 20): SearchHit[] {
    const rows = this.db
      .prepare(
        `SELECT s.article, s.start, s.end, s.text AS sentence, a.title, a.date
         FROM sentences_fts f JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article
         WHERE sentences_fts MATCH ? AND a.duplicate_of IS NULL ORDER BY f.rank, s.article, s.start LIMIT ?`,
      )
      .all(ftsQuery(query), limit) as Record<string, string | number | null>[];
    return rows.map((r) => evidenceRow(r) as SearchHit);
  }
}

function evidenceRow(r: Record<string, string | number | null>): StoredEvidence {
  const ev: StoredEvidence = { article: String(r.article), sentence: String(r.sentence ?? ''), start: Number(r.start), end: Number(r.end) };
  if (r.date) ev.date = String(r.date);
  if (r.title) ev.title = String(r.title);
  if (r.rule) ev.rule = String(r.rule);
  return ev;
}

/**
 * A user's search text as an FTS5 query: kept as it is when it uses FTS5 syntax (quotes, AND/OR/NOT, NEAR, a
 * trailing *), else each word quoted, so that punctuation in plain text is never read as syntax.
 */
export function ftsQuery(text: string): string {
  if (/["*]|\b(AND|OR|NOT|NEAR)\b/.test(text)) return text;
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `"${w}"`).join(' ') : '""';
}

/** Opens the store at `path`, runs `fn` on it and closes it. */
export function withStore<T>(path: string, fn: (store: StoreReader) => T): T {
  const store = new StoreReader(path);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}
