// A batch of article extractions in a compact, transferable form: every string once in a table, entities and
// relations as rows of integers. Worker threads post batches in this form (a few typed arrays and one array of
// strings cost far less to copy between threads than thousands of small objects), and assembly reads it directly.
import type { ArticleExtraction } from '../extract/pipeline.ts';
import type { ArticleMeta, RelationKind, ScoStatus } from './types.ts';

/** Fields of an entity row. */
export const E_ARTICLE = 0;
export const E_KEY = 1;
export const E_KIND = 2;
export const E_LABEL = 3;
export const E_CANONICAL = 4;
export const E_MENTIONS = 5;
export const E_ALIASES = 6; // first index in `aliases`
export const E_ALIASES_END = 7;
export const E_ATTRS = 8; // JSON of the attributes, -1 when there are none
export const E_FIELDS = 9;

/** Fields of a relation row; optional fields hold -1 when absent. */
export const R_ARTICLE = 0;
export const R_RELATION = 1;
export const R_SOURCE = 2;
export const R_TARGET = 3;
export const R_SENTENCE = 4;
export const R_START = 5;
export const R_END = 6;
export const R_DATE = 7;
export const R_ROLE = 8;
export const R_STATUS = 9;
export const R_PLANNED = 10;
/** the id of the rule that found the relation (relations/rules.ts), or -1 */
export const R_RULE = 11;
export const R_FIELDS = 12;

export interface PackedBatch {
  /** every string of the batch, once */
  strings: string[];
  /** JSON of each article's metadata (key order kept), in the order of the extractions */
  articles: string[];
  /** E_FIELDS integers per entity, articles in order and each article's entities in its order */
  entities: Int32Array;
  /** alias string indices, sliced by E_ALIASES..E_ALIASES_END */
  aliases: Int32Array;
  /** R_FIELDS integers per relation, in the same order as entities */
  relations: Int32Array;
}

/** A growable Int32Array. */
class IntRows {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Packs extractions (in the given order). The evidence of a relation is its article, sentence and offsets. Any
 * iterable: extractions made one at a time are packed as they come, never all held at once.
 */
export function packBatch(extractions: Iterable<ArticleExtraction>): PackedBatch {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const str = (s: string | undefined): number => {
    if (s === undefined) return -1;
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const entities = new IntRows();
  const aliases = new IntRows();
  const relations = new IntRows();
  const articles: string[] = [];
  let a = 0;
  for (const x of extractions) {
    articles.push(JSON.stringify(x.article));
    for (const e of x.entities) {
      const attrs = Object.keys(e.attrs).length ? JSON.stringify(e.attrs) : undefined;
      entities.push(a);
      entities.push(str(e.key));
      entities.push(str(e.kind));
      entities.push(str(e.label));
      entities.push(e.canonical ? 1 : 0);
      entities.push(e.mentions);
      entities.push(aliases.length);
      for (const alias of e.aliases) aliases.push(str(alias));
      entities.push(aliases.length);
      entities.push(str(attrs));
    }
    for (const r of x.relations) {
      relations.push(a);
      relations.push(str(r.relation));
      relations.push(str(r.source));
      relations.push(str(r.target));
      relations.push(str(r.evidence.sentence));
      relations.push(r.evidence.start);
      relations.push(r.evidence.end);
      relations.push(str(r.date));
      relations.push(str(r.role));
      relations.push(str(r.status));
      relations.push(r.planned ? 1 : 0);
      relations.push(str(r.rule));
    }
    a++;
  }
  return { strings, articles, entities: entities.done(), aliases: aliases.done(), relations: relations.done() };
}

/** The typed arrays of a batch, to transfer rather than copy when posting it to another thread. */
export function transferables(batch: PackedBatch): ArrayBuffer[] {
  return [batch.entities.buffer, batch.aliases.buffer, batch.relations.buffer] as ArrayBuffer[];
}

/** Reads a batch back into extractions (for tests and tools; assembly reads the rows directly). */
export function unpackBatch(batch: PackedBatch): ArticleExtraction[] {
  const s = (i: number) => (i < 0 ? undefined : batch.strings[i]);
  const out: ArticleExtraction[] = batch.articles.map((json) => ({ article: JSON.parse(json) as ArticleMeta, entities: [], relations: [] }));
  const E = batch.entities;
  for (let r = 0; r < E.length; r += E_FIELDS) {
    const attrs = s(E[r + E_ATTRS]);
    out[E[r + E_ARTICLE]].entities.push({
      key: s(E[r + E_KEY])!,
      kind: s(E[r + E_KIND]) as ArticleExtraction['entities'][number]['kind'],
      label: s(E[r + E_LABEL])!,
      canonical: E[r + E_CANONICAL] === 1,
      aliases: [...batch.aliases.subarray(E[r + E_ALIASES], E[r + E_ALIASES_END])].map((i) => batch.strings[i]),
      mentions: E[r + E_MENTIONS],
      attrs: attrs ? JSON.parse(attrs) : {},
    });
  }
  const R = batch.relations;
  for (let r = 0; r < R.length; r += R_FIELDS) {
    const x = out[R[r + R_ARTICLE]];
    const evidence: ArticleExtraction['relations'][number]['evidence'] = { article: x.article.id, sentence: s(R[r + R_SENTENCE])!, start: R[r + R_START], end: R[r + R_END] };
    if (x.article.date) evidence.date = x.article.date;
    const rel: ArticleExtraction['relations'][number] = { relation: s(R[r + R_RELATION]) as RelationKind, source: s(R[r + R_SOURCE])!, target: s(R[r + R_TARGET])!, evidence };
    if (R[r + R_ROLE] >= 0) rel.role = s(R[r + R_ROLE]);
    if (R[r + R_STATUS] >= 0) rel.status = s(R[r + R_STATUS]) as ScoStatus;
    if (R[r + R_PLANNED]) rel.planned = true;
    if (R[r + R_DATE] >= 0) rel.date = s(R[r + R_DATE]);
    if (R[r + R_RULE] >= 0) rel.rule = s(R[r + R_RULE]);
    x.relations.push(rel);
  }
  return out;
}

/** The batch without the articles whose id is in `drop` (and without their rows). */
export function withoutArticles(batch: PackedBatch, drop: ReadonlySet<string>): PackedBatch {
  return packBatch(unpackBatch(batch).filter((x) => !drop.has(x.article.id)));
}
