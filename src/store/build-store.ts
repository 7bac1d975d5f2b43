// Writing the store during a build. Everything a build changes happens in one transaction, committed at the end: a
// failed or interrupted build leaves the store as it was (a new store is written to a temporary file and renamed).
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { deflateSync, inflateSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { PackedBatch } from '../graph/pack.ts';
import { R_ARTICLE, R_END, R_FIELDS, R_SENTENCE, R_START } from '../graph/pack.ts';
import { MAX_EVIDENCE, type Resolved } from '../graph/assemble.ts';
import type { ArticleMeta, Evidence, KnowledgeGraph } from '../graph/types.ts';
import type { Skipped } from '../ingest/read-articles.ts';
import type { FileResult } from '../build/pool.ts';
import { normalizeName } from '../query/normalize.ts';
import { KgError } from '../errors.ts';
import { folderFor, reclaimTemporaries, temporaryName, writeTarget } from '../io/atomic-write.ts';
import { GRAPH_TABLES, SCHEMA, SCHEMA_VERSION } from './schema.ts';
import { schemaVersionOf, type Db } from './open-store.ts';

/** An article file as listed for a build. */
export interface ListedFile {
  path: string;
  /** relative to the article folder, '/'-separated */
  rel: string;
  size: number;
  mtime: number;
  /** its article ids keep the extension (another article file shares its name but for that): cached apart */
  keepExtension?: boolean;
}

/** What a build must do with the files it listed. */
export interface Plan {
  /** files to (re-)extract */
  extract: ListedFile[];
  /** files whose cached extraction is kept */
  kept: number;
  /** files gone from the folder, removed with their articles */
  removed: number;
}

/** One supporting sentence as the store keeps it: [article, start, end], then the date and the rule id when known. */
function evidenceRef(ev: Evidence & { rule?: string }): (string | number | null)[] {
  if (ev.rule) return [ev.article, ev.start, ev.end, ev.date ?? null, ev.rule];
  return ev.date ? [ev.article, ev.start, ev.end, ev.date] : [ev.article, ev.start, ev.end];
}

const sha1 = (data: Buffer) => createHash('sha1').update(data).digest('hex');

/** Rows written per transaction-internal batch of evidence: only the prepared statement loop, no memory held. */
export class StoreBuild {
  private constructor(
    readonly db: Db,
    private readonly path: string,
    /** the temporary file a new store is written to, renamed over `file` at commit */
    private readonly tmp: string | undefined,
    private readonly version: string,
    /** the file `path` names: itself, or the file a symbolic link there points to (the link stays a link) */
    private readonly file = path,
    /** the permissions of the store a new one replaces, kept */
    private readonly mode?: number,
  ) {}

  /**
   * Opens the store at `path` for a build with extractor `version`: the existing one when it is ours and of this
   * schema, else a new one (in a temporary file until commit). Begins the build's transaction.
   */
  static open(path: string, version: string): StoreBuild {
    folderFor(path, 'E_STORE_WRITE');
    // a folder or a dangling link named as the store is refused; a link is written through
    const { file, mode } = writeTarget(path);
    reclaimTemporaries(file);
    let db: Db | undefined;
    if (existsSync(file)) {
      // a store of another schema is replaced; a file that is no store is never overwritten
      let version: number | undefined;
      try {
        db = new Database(file, { fileMustExist: true });
        version = schemaVersionOf(db);
      } catch {
        version = undefined;
      }
      if (version === undefined) {
        db?.close();
        throw new KgError('E_STORE_FORMAT', `"${path}" exists and is not a store written by \`kg build\`: choose another --store or remove it`);
      }
      if (version !== SCHEMA_VERSION) {
        db!.close();
        db = undefined;
      }
    }
    let tmp: string | undefined;
    try {
      if (db) {
        db.pragma('journal_mode = DELETE');
        db.pragma('synchronous = NORMAL');
      } else {
        tmp = temporaryName(file);
        db = new Database(tmp);
        // a new file: nothing to roll back to (it is deleted on failure), so no journal
        db.pragma('journal_mode = OFF');
        db.pragma('synchronous = OFF');
      }
      db.pragma('cache_size = -65536');
      db.pragma('temp_store = MEMORY');
      db.exec('BEGIN');
      db.exec(SCHEMA);
      db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?)").run(String(SCHEMA_VERSION));
    } catch (err) {
      db?.close();
      if (tmp) rmSync(tmp, { force: true });
      throw new KgError('E_STORE_WRITE', `cannot write store "${path}": ${(err as Error).message}`);
    }
    return new StoreBuild(db, path, tmp, version, file, mode);
  }

  /**
   * Compares the listed files with the cache: a file of the same path, extractor version and size and modification
   * time, or else of the same bytes (sha1), is kept; others are to extract (their old rows removed); files no longer
   * listed are removed with their articles and sentences.
   */
  /** The extractor version a file's cache is valid for; a file whose ids keep the extension is cached apart. */
  private versionOf(f: ListedFile): string {
    return f.keepExtension ? `${this.version}+ext` : this.version;
  }

  plan(files: ListedFile[]): Plan {
    const old = new Map<string, { size: number; mtime: number; hash: string; version: string }>();
    for (const row of this.db.prepare('SELECT path, size, mtime, hash, version FROM files').iterate() as Iterable<{ path: string; size: number; mtime: number; hash: string; version: string }>) {
      old.set(row.path, row);
    }
    const touch = this.db.prepare('UPDATE files SET size = ?, mtime = ? WHERE path = ?');
    const extract: ListedFile[] = [];
    let kept = 0;
    for (const f of files) {
      const o = old.get(f.rel);
      old.delete(f.rel);
      if (o && o.version === this.versionOf(f)) {
        if (o.size === f.size && o.mtime === f.mtime) {
          kept++;
          continue;
        }
        let bytes: Buffer | undefined;
        try {
          bytes = readFileSync(f.path);
        } catch {
          // unreadable now: extracted again, and the reader says why
        }
        if (bytes && sha1(bytes) === o.hash) {
          touch.run(f.size, f.mtime, f.rel);
          kept++;
          continue;
        }
      }
      if (o) this.removeFile(f.rel);
      extract.push(f);
    }
    for (const rel of old.keys()) this.removeFile(rel);
    return { extract, kept, removed: old.size };
  }

  /** Removes a file's cached extraction, its articles and their sentences. */
  private removeFile(rel: string): void {
    this.db.prepare('DELETE FROM sentences WHERE article IN (SELECT id FROM articles WHERE file = ?)').run(rel);
    this.db.prepare('DELETE FROM articles WHERE file = ?').run(rel);
    this.db.prepare('DELETE FROM files WHERE path = ?').run(rel);
  }

  private statements?: ReturnType<StoreBuild['prepareAdd']>;
  private prepareAdd() {
    return {
      file: this.db.prepare('INSERT INTO files(path, size, mtime, hash, version, batch, skipped) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      article: this.db.prepare('INSERT INTO articles(id, file, title, date, url, source, author, hash, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      owner: this.db.prepare('SELECT file FROM articles WHERE id = ?'),
      sentence: this.db.prepare('INSERT OR IGNORE INTO sentences(article, start, end, text) VALUES (?, ?, ?, ?)'),
    };
  }

  /** Caches one file's extraction: the packed batch, its articles and the sentences its relations cite. */
  addFile(f: ListedFile, result: FileResult): void {
    const st = (this.statements ??= this.prepareAdd());
    const { batch } = result;
    st.file.run(f.rel, f.size, f.mtime, result.hash, this.versionOf(f), deflateSync(serialize(batch), { level: 1 }), JSON.stringify(result.skipped));
    const ids: string[] = [];
    batch.articles.forEach((json, i) => {
      const a = JSON.parse(json) as ArticleMeta;
      ids.push(a.id);
      try {
        st.article.run(a.id, f.rel, a.title ?? null, a.date ?? null, a.url ?? null, a.source ?? null, a.author ?? null, result.textHashes[i], a.fields ? JSON.stringify(a.fields) : null);
      } catch (err) {
        if ((err as { code?: string }).code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') throw err;
        const other = (st.owner.get(a.id) as { file: string } | undefined)?.file;
        throw new KgError('E_DUPLICATE_ID', `two articles have the id "${a.id}" (${other ?? '?'} and ${f.rel})`);
      }
    });
    const R = batch.relations;
    for (let r = 0; r < R.length; r += R_FIELDS) st.sentence.run(ids[R[r + R_ARTICLE]], R[r + R_START], R[r + R_END], batch.strings[R[r + R_SENTENCE]]);
  }

  /**
   * Marks exact duplicates (same cleaned text as an article with a smaller id) and returns their ids: they are counted
   * once, under the smallest id, whatever the order the files came in.
   */
  duplicates(): Set<string> {
    this.db.exec(`
      UPDATE articles SET duplicate_of = NULL WHERE duplicate_of IS NOT NULL;
      UPDATE articles SET duplicate_of = d.first
        FROM (SELECT id, MIN(id) OVER (PARTITION BY hash) AS first FROM articles) AS d
        WHERE articles.id = d.id AND d.first <> d.id;`);
    return new Set((this.db.prepare('SELECT id FROM articles WHERE duplicate_of IS NOT NULL').pluck().all() as string[]));
  }

  /** Every cached batch, in file path order, one at a time. */
  *batches(): Generator<PackedBatch> {
    for (const blob of this.db.prepare('SELECT batch FROM files ORDER BY path').pluck().iterate() as Iterable<Buffer>) yield deserialize(inflateSync(blob)) as PackedBatch;
  }

  /** What was skipped, in file path order. */
  skipped(): Skipped[] {
    return (this.db.prepare("SELECT skipped FROM files WHERE skipped <> '[]' ORDER BY path").pluck().all() as string[]).flatMap((s) => JSON.parse(s) as Skipped[]);
  }

  /** Articles counted (duplicates left out). */
  articleCount(): number {
    return this.db.prepare('SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL').pluck().get() as number;
  }

  /**
   * Writes the edges of the graph half (attributes as the graph gives them, without evidence, and every evidence
   * reference), then cuts each edge's evidence in `resolved` to the first MAX_EVIDENCE the graph keeps: the rest is
   * in the store and memory lets it go. Called once per build, before {@link writeGraph}.
   */
  writeEdges(resolved: Resolved): void {
    for (const t of GRAPH_TABLES) this.db.exec(`DELETE FROM ${t}`);
    const edge = this.db.prepare('INSERT INTO edges(key, relation, source, target, weight, attributes, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)');
    // in key order, as the graph inserts them (the table's row ids follow)
    for (const key of [...resolved.edges.keys()].sort()) {
      const e = resolved.edges.get(key)!;
      const { evidence, ...rest } = e.attributes;
      edge.run(key, rest.relation, e.source, e.target, rest.weight, JSON.stringify(rest), JSON.stringify(evidence.map(evidenceRef)));
      if (evidence.length > MAX_EVIDENCE) e.attributes.evidence = evidence.slice(0, MAX_EVIDENCE);
    }
  }

  /** Writes the rest of the graph half: nodes (with their folded names) and each article's wire copies. */
  writeGraph(graph: KnowledgeGraph): void {
    // wire copies are found over all the articles of a build: each build writes them again
    this.db.exec('UPDATE articles SET copies = NULL WHERE copies IS NOT NULL');
    const copies = this.db.prepare('UPDATE articles SET copies = ? WHERE id = ?');
    for (const [id, meta] of Object.entries(graph.getAttribute('articles') ?? {})) if (meta.copies?.length) copies.run(JSON.stringify(meta.copies), id);
    const node = this.db.prepare('INSERT INTO nodes(key, kind, label, mentions, attributes) VALUES (?, ?, ?, ?, ?)');
    const name = this.db.prepare('INSERT INTO names(name, node) VALUES (?, ?)');
    graph.forEachNode((key, a) => {
      node.run(key, a.kind, a.label, a.mentions, JSON.stringify(a));
      const names = new Set([a.label, ...a.aliases].map(normalizeName).filter(Boolean));
      for (const n of names) name.run(n, key);
    });
  }

  /** Fills in the sentence text of the evidence the graph keeps (built without it: see Assembler), from `sentences`. */
  fillSentences(graph: KnowledgeGraph): void {
    const text = this.db.prepare('SELECT text FROM sentences WHERE article = ? AND start = ?').pluck();
    graph.forEachEdge((_, a) => {
      for (const ev of a.evidence) if (!ev.sentence) ev.sentence = (text.get(ev.article, ev.start) as string | undefined) ?? '';
    });
  }

  /** Records a fact about the build in `meta`. */
  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)').run(key, value);
  }

  /** Commits the build: the store now holds it, whole. */
  commit(): void {
    try {
      this.db.exec('COMMIT');
      this.db.close();
      if (this.tmp) {
        if (this.mode !== undefined) chmodSync(this.tmp, this.mode);
        renameSync(this.tmp, this.file);
      }
    } catch (err) {
      this.abort();
      throw new KgError('E_STORE_WRITE', `cannot write store "${this.path}": ${(err as Error).message}`);
    }
  }

  /** Gives the build up: the store is left as it was before. */
  abort(): void {
    try {
      if (this.db.open && this.db.inTransaction) this.db.exec('ROLLBACK');
    } catch {
      // closing below discards the transaction anyway
    }
    if (this.db.open) this.db.close();
    if (this.tmp) rmSync(this.tmp, { force: true });
  }
}
