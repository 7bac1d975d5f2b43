// Merges per-article extractions into one graph: one node per real entity (people matched across articles by
// full name, a lone surname or surname-only form by the one full name that ends with it, one-letter typos, hyphens and
// spaces, x/ks transliterations, initials, surname-first order), evidence accumulated per edge.
// Order-independent: articles, nodes, edges and evidence are sorted, so any file order gives the same graph.
import { MultiDirectedGraph } from 'graphology';
import type { ArticleExtraction, ExtractedEntity } from '../extract/pipeline.ts';
import type { ArticleMeta, EntityAttributes, EntityKind, Evidence, KnowledgeGraph, RelationAttributes, RelationKind, ScoStatus } from './types.ts';
import { RELATIONS } from './relations.ts';
import { edgeKey, slug } from './keys.ts';
import type { LayoutEdge } from './layout.ts';
import { KgError } from '../errors.ts';
import { isPatronymic } from '../extract/text/words.ts';
import { groupCopies } from './copies.ts';
import {
  E_ALIASES, E_ALIASES_END, E_ARTICLE, E_ATTRS, E_CANONICAL, E_FIELDS, E_KEY, E_KIND, E_LABEL, E_MENTIONS, R_ARTICLE, R_END, R_FIELDS, R_PLANNED,
  R_RELATION, R_ROLE, R_RULE, R_SENTENCE, R_SOURCE, R_START, R_STATUS, R_TARGET, R_DATE, packBatch, withoutArticles, type PackedBatch,
} from './pack.ts';

/**
 * Evidence sentences the graph keeps per edge (the first, by article and offset); `weight` still counts them all and
 * the store keeps every one (see src/store/). Enough for the viewer's panel and the CLI, small enough that the graph
 * file stays a fraction of the text.
 */
export const MAX_EVIDENCE = 3;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const nameParts = (label: string) => label.toLowerCase().split(/[\s-]+/).filter(Boolean);

/** Damerau-free edit distance ≤ 1 between two words. */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Parts of a person's name for matching: lower case, accents folded, periods dropped, and the one transliteration
 * difference that is not a single edit ("x" for "ks": Aleksandr / Alexander).
 */
const matchParts = (label: string) =>
  nameParts(label.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\b(Ts|Sh|Zh|Kh|Ch|Yu|Ya|Ye|Yo)\./g, (d) => `${d[0]} `).replace(/\./g, ' ').replace(/x/gi, 'ks'));

/**
 * The consonants of a name part, for transliterations of one name: "Rouhani" / "Rohani" / "Ruhani",
 * "Nazarbayev" / "Nazarbaev", "Elbegdorj" / "Elbegdorzh", "Hassan" / "Hasan". Its first letter is kept whatever it is.
 */
function skeleton(part: string): string {
  // the Russian surname ending of Soviet-era spellings ("Rakhmonov" for "Rahmon", "Akilov" / "Oqilov") is left out
  const stem = part.length >= 7 ? part.replace(/(ov|ev|ova|eva)$/, '') : part;
  const w = stem.replace(/dzh|dj/g, 'j').replace(/zh/g, 'j').replace(/kh/g, 'h').replace(/gh/g, 'g').replace(/q/g, 'k').replace(/(.)\1/g, '$1');
  // a first vowel is written several ways ("Emomali" / "Imomali", "Oqil" / "Akil")
  return (/[aeiouy]/.test(w[0]) ? 'a' : w[0]) + w.slice(1).replace(/[aeiouyw]/g, '');
}

/** The genitive ending of a Mongolian patronymic on a part of six letters or more: "Tsakhiagiin", "Jadambyn". */
const GENITIVE = /(?<=\w{4})(giin|iin|yn)$/;

/** Of several spellings of one person, the one kept: most mentions, then the smallest key. */
const preferred = (a: ExtractedEntity, b: ExtractedEntity) => (a.mentions !== b.mentions ? (a.mentions > b.mentions ? a : b) : a.key < b.key ? a : b);

/** Names that share all parts but one, up to this many, are compared pair by pair for typos (more go through an index). */
const SMALL_GROUP = 8;

/** Maps person keys that name the same person onto one key. */
function resolvePeople(entities: Map<string, ExtractedEntity & { articles: Set<string> }>): Map<string, string> {
  const people = [...entities.values()].filter((e) => e.kind === 'person').sort((a, b) => cmp(a.key, b.key));
  const partsOf = new Map<ExtractedEntity, string[]>(people.map((p) => [p, matchParts(p.label)]));
  const full = people.filter((p) => partsOf.get(p)!.length >= 2);
  const fullParts = full.map((p) => partsOf.get(p)!);
  const map = new Map<string, string>();
  // one person under two spellings that share a key: the preferred spelling keeps its key, the other maps onto it
  const mergeBy = (keyOf: (parts: string[]) => string | undefined) => {
    const seen = new Map<string, ExtractedEntity>();
    for (const p of people) {
      const key = keyOf(partsOf.get(p)!);
      if (key === undefined || map.has(p.key)) continue;
      const other = seen.get(key);
      if (!other) seen.set(key, p);
      else {
        const keep = preferred(other, p);
        map.set(keep === p ? other.key : p.key, keep.key);
        seen.set(key, keep);
      }
    }
    return seen;
  };
  // the same letters split differently: "Amir-Abdollahian" / "Amirabdollahian", "Oyun-Erdene" / "Oyun Erdene"
  const byLetters = mergeBy((parts) => parts.join(''));
  // one name in two transliterations: every part has the same consonants (three or more), and the same first letter
  const skeletonKey = (parts: string[]) => {
    if (parts.length < 2) return undefined;
    const keys = parts.map(skeleton);
    return keys.every((k) => k.length >= 3) ? keys.join(' ') : undefined;
  };
  const bySkeletons = mergeBy(skeletonKey);
  // the same parts in another order: "Aliyev Ilham" (surname first, as in the Kremlin's lists of persons) / "Ilham Aliyev"
  mergeBy((parts) => (parts.length >= 2 ? [...parts].sort().join(' ') : undefined));
  // a Mongolian patronymic in the genitive ("Tsakhiagiin Elbegdorj", "Jadambyn Enkhbayar") is the father's name
  // ("Tsakhia Elbegdorj"): the same person, in either order ("Ukhnaagiin Khurelsukh" / "Khurelsukh Ukhnaa")
  mergeBy((parts) => (parts.length >= 2 ? parts.map((w) => w.replace(GENITIVE, '')).sort().join(' ') : undefined));
  // a patronymic in the middle ("Sergey Viktorovich Lavrov") is left out by the other spelling ("Sergey Lavrov")
  for (const p of people) {
    const parts = partsOf.get(p)!;
    if (parts.length < 3 || map.has(p.key)) continue;
    const without = parts.filter((w, k) => k === 0 || k === parts.length - 1 || !isPatronymic(w));
    // (in either transliteration: "Aleksandr Grigoryevich Lukashenko" / "Alexander Lukashenko")
    const other = without.length < parts.length ? (byLetters.get(without.join('')) ?? bySkeletons.get(skeletonKey(without) ?? '')) : undefined;
    if (other && other.key !== p.key) map.set(p.key, other.key);
  }
  // full names by each of their words (for initials here, for lone names below)
  const byWord = new Map<string, number[]>();
  fullParts.forEach((parts, i) => {
    for (const w of new Set(parts)) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  const bySkeleton = new Map<string, number[]>();
  fullParts.forEach((parts, i) => {
    for (const w of parts) if (w.length > 1) bySkeleton.set(skeleton(w), [...(bySkeleton.get(skeleton(w)) ?? []), i]);
  });
  // initials: "S. Jaishankar" is the one full name whose parts agree, an initial standing for a part's first letter
  for (let i = 0; i < full.length; i++) {
    const a = fullParts[i];
    const word = a.find((w) => w.length > 1);
    if (!word || !a.some((w) => w.length === 1) || map.has(full[i].key)) continue;
    const fits = [...(byWord.get(word) ?? []), ...(bySkeleton.get(skeleton(word)) ?? [])].filter((j) => {
      const b = fullParts[j];
      return j !== i && b.length === a.length && !b.some((w) => w.length === 1) && a.every((w, k) => w === b[k] || (w.length === 1 && b[k][0] === w) || (w.length > 1 && skeleton(w) === skeleton(b[k])));
    }).map((j) => full[j]);
    const owners = [...new Set(fits.map((p) => map.get(p.key) ?? p.key))];
    if (owners.length === 1) map.set(full[i].key, owners[0]);
  }
  // typos: same number of parts, all equal but one that is one edit away (and long enough to be a real typo).
  // Not every pair is compared: two names that differ in exactly part k, by at most one edit, share an index key
  // (part count, k, the other parts, the word or one of its one-letter deletions). The candidate pairs are then
  // checked and applied in the (i, j) order of a full double loop, so the result is the same as comparing all pairs.
  // The other parts come first: most names share them with no other name, a few with a handful (all those pairs
  // are checked), common ones with many (those are indexed by the word and its one-letter deletions).
  const groups = new Map<string, { k: number; names: number[] }>();
  for (let i = 0; i < full.length; i++) {
    const a = fullParts[i];
    for (let k = 0; k < a.length; k++) {
      // a typo is only merged in a part of 5 letters or more, so the other spelling has at least 4: shorter parts
      // cannot be the differing one
      if (a[k].length < 4) continue;
      const rest = `${a.length}\u0000${k}\u0000${a.slice(0, k).join('\u0001')}\u0000${a.slice(k + 1).join('\u0001')}`;
      const group = groups.get(rest);
      if (group) group.names.push(i);
      else groups.set(rest, { k, names: [i] });
    }
  }
  const pairs = new Set<number>();
  const pairUp = (list: number[]) => {
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) pairs.add(list[x] * full.length + list[y]);
  };
  for (const { k, names } of groups.values()) {
    if (names.length < 2) continue;
    if (names.length <= SMALL_GROUP) {
      pairUp(names);
      continue;
    }
    const byVariant = new Map<string, number[]>();
    for (const i of names) {
      const w = fullParts[i][k];
      const add = (v: string) => {
        const list = byVariant.get(v);
        if (!list) byVariant.set(v, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      };
      add(w);
      for (let d = 0; d < w.length; d++) add(w.slice(0, d) + w.slice(d + 1));
    }
    for (const list of byVariant.values()) pairUp(list);
  }
  for (const pair of [...pairs].sort((p, q) => p - q)) {
    const i = Math.floor(pair / full.length);
    const j = pair % full.length;
    const a = fullParts[i];
    const b = fullParts[j];
    if (a.length !== b.length) continue;
    const diff = a.map((x, k) => x !== b[k]).filter(Boolean).length;
    const k = a.findIndex((x, n) => x !== b[n]);
    if (diff === 1 && a[k].length >= 5 && oneEdit(a[k], b[k])) {
      const [keep, drop] = full[i].mentions >= full[j].mentions ? [full[i], full[j]] : [full[j], full[i]];
      if (!map.has(keep.key)) map.set(drop.key, keep.key);
    }
  }
  // a lone name ("Hua") joins the one full name in the corpus that contains it; ambiguous ones stay apart
  for (const p of people) {
    const parts = partsOf.get(p)!;
    if (parts.length !== 1) continue;
    const owners = [...new Set((byWord.get(parts[0]) ?? []).map((i) => map.get(full[i].key) ?? full[i].key))];
    if (owners.length === 1 && owners[0] !== p.key) map.set(p.key, owners[0]);
  }
  // a lone name with a typo ("Narzarbayev") joins the one full name whose last part is one edit away (7 letters or more);
  // the full names' last parts are indexed by themselves and their one-letter deletions (two words one edit apart
  // share one of those keys)
  const byDeletion = new Map<string, Set<number>>();
  const deletions = (w: string) => [w, ...[...w].map((_, d) => w.slice(0, d) + w.slice(d + 1))];
  fullParts.forEach((parts, i) => {
    const last = parts[parts.length - 1];
    if (last.length >= 6) for (const v of deletions(last)) byDeletion.set(v, (byDeletion.get(v) ?? new Set()).add(i));
  });
  for (const p of people) {
    const parts = partsOf.get(p)!;
    if (parts.length !== 1 || parts[0].length < 7 || map.has(p.key)) continue;
    const found = new Set<number>();
    for (const v of deletions(parts[0])) for (const i of byDeletion.get(v) ?? []) if (oneEdit(parts[0], fullParts[i][fullParts[i].length - 1])) found.add(i);
    const owners = [...new Set([...found].map((i) => map.get(full[i].key) ?? full[i].key))];
    if (owners.length === 1 && owners[0] !== p.key) map.set(p.key, owners[0]);
  }
  // a name of two parts is the one name of three that has both, first part first ("Ashraf Ghani" / "Ashraf Gani
  // Ahmadzai", "Recep Erdogan" / "Recep Tayyip Erdogan"), parts compared by their consonants
  const samePart = (a: string, b: string) => a === b || (a.length >= 5 && oneEdit(a, b)) || (a.length >= 4 && skeleton(a) === skeleton(b) && a[0] === b[0]);
  for (const p of full) {
    const a = partsOf.get(p)!;
    if (a.length !== 2 || a.some((w) => w.length < 3) || map.has(p.key)) continue;
    const fits = (byWord.get(a[0]) ?? []).filter((j) => {
      const b = fullParts[j];
      return b.length === 3 && b[0] === a[0] && (samePart(a[1], b[1]) || samePart(a[1], b[2]));
    });
    const owners = [...new Set(fits.map((j) => map.get(full[j].key) ?? full[j].key))].filter((o) => o !== p.key);
    if (owners.length === 1) map.set(p.key, owners[0]);
  }
  // a surname-only form ("Bhutto Zardari", "Amir-Abdollahian") joins the one longer name that ends with the same letters
  const byEnding = new Map<string, Set<string>>();
  fullParts.forEach((parts, i) => {
    const owner = map.get(full[i].key) ?? full[i].key;
    for (let k = 1; k < parts.length; k++) {
      const ending = parts.slice(k).join('');
      const set = byEnding.get(ending) ?? new Set();
      byEnding.set(ending, set.add(owner));
    }
  });
  for (const p of full) {
    if (map.has(p.key)) continue;
    const owners = [...(byEnding.get(partsOf.get(p)!.join('')) ?? [])].filter((o) => o !== p.key);
    if (owners.length === 1) map.set(p.key, owners[0]);
  }
  // follow chains (A → B → C) to their end
  for (const key of map.keys()) {
    let end = map.get(key)!;
    for (let n = 0; map.has(end) && n < 10; n++) end = map.get(end)!;
    map.set(key, end);
  }
  return map;
}

/** Pattern-found organisations and initiatives: spelling variants (Organisation/Organization, Centre/Center) share a key. */
function foldKey(key: string): string {
  const i = key.indexOf(':');
  return key.slice(0, i + 1) + slug(key.slice(i + 1).replace(/organisation/g, 'organization').replace(/centre/g, 'center').replace(/programme/g, 'program'));
}

const NO_ROWS = new Int32Array(0);

/** One batch as the assembler keeps it until the end: its entity rows, and where each article's rows start. */
interface HeldBatch {
  batch: PackedBatch;
  metas: ArticleMeta[];
  /** each article's id and date, apart: the metadata objects come in several shapes (optional fields), these in one */
  ids: string[];
  dates: (string | undefined)[];
  /** index of each article's first entity row, plus one past the end */
  entityAt: number[];
}

/**
 * The relations of one (relation, source, target) as extracted, before people are merged, accumulated as batches
 * arrive: every row's evidence (duplicates removed later), its role, status, date and modality.
 */
interface RawEdge {
  relation: RelationKind;
  source: string;
  target: string;
  evidence: HeldEvidence[];
  roles?: Map<string, number>;
  /** the status of the latest row that has one (by article date, then article id, then row), and where that row is */
  status?: { value: ScoStatus; date: string; article: string; row: number };
  /** earliest date */
  date?: string;
  /** every row says planned */
  plannedAll: boolean;
}

/**
 * Whether status `a` comes after `b`: from a later-dated article (undated ones count as oldest), then by article id and
 * row order (the later one wins). File names only break ties between articles of the same date.
 */
const later = (a: { date: string; article: string; row: number }, b: { date: string; article: string; row: number }) =>
  a.date > b.date || (a.date === b.date && (a.article > b.article || (a.article === b.article && a.row > b.row)));

/**
 * Builds the knowledge graph from batches of packed extractions, which may arrive in any order (as worker threads
 * finish them): `add` accumulates each relation row into its (relation, source, target) as batches come in, `finish`
 * merges people and builds the graph. Articles, nodes, edges and evidence are sorted there, and every merge rule is
 * independent of arrival order, so any order of batches gives the same graph.
 */
export class Assembler {
  /**
   * `sentences: false` keeps no sentence text (evidence gets `sentence: ''`, to be filled in from the store for the
   * evidence the graph keeps), and drops every string of a batch its entity rows do not need once its relations are
   * taken: the text is most of a batch, so the assembler then holds a fraction of it.
   */
  constructor(private readonly options: { sentences?: boolean } = {}) {}

  private batches: HeldBatch[] = [];
  /** resolve() has run (and let the batches go) */
  private spent = false;
  private ids = new Set<string>();
  /** raw relations by source, then target (a pair has a few relations at most: a short list); no key string per row */
  private raw = new Map<string, Map<string, RawEdge[]>>();
  /** the same, in one list */
  private rawAll: RawEdge[] = [];

  /** Takes one batch, less the articles in `drop` (duplicates). Throws a KgError when an article id was already seen. */
  add(batch: PackedBatch, drop?: ReadonlySet<string>): void {
    if (drop?.size && batch.articles.some((json) => drop.has((JSON.parse(json) as ArticleMeta).id))) batch = withoutArticles(batch, drop);
    const metas = batch.articles.map((json) => JSON.parse(json) as ArticleMeta);
    const ids: string[] = [];
    const dates: (string | undefined)[] = [];
    for (const m of metas) {
      if (this.ids.has(m.id)) throw new KgError('E_DUPLICATE_ID', `two articles have the id "${m.id}"`);
      this.ids.add(m.id);
      ids.push(m.id);
      dates.push(m.date);
    }
    const entityAt: number[] = new Array(metas.length + 1).fill(-1);
    const E = batch.entities;
    for (let r = E.length - E_FIELDS; r >= 0; r -= E_FIELDS) entityAt[E[r + E_ARTICLE]] = r;
    entityAt[metas.length] = E.length;
    for (let a = metas.length - 1; a >= 0; a--) if (entityAt[a] < 0) entityAt[a] = entityAt[a + 1];
    // the relation rows are read once, here: the batch is kept without them
    this.batches.push({ batch: { ...batch, relations: NO_ROWS }, metas, ids, dates, entityAt });
    // the rows and strings as arguments: a batch from another thread and one made here have different hidden classes
    this.addRelations(batch.relations, batch.strings, ids, dates, this.options.sentences !== false);
    if (this.options.sentences === false) keepEntityStrings(batch);
  }

  /** Accumulates the relation rows of a batch into their (relation, source, target) groups. */
  private addRelations(R: Int32Array, str: string[], ids: string[], dates: (string | undefined)[], withSentences: boolean): void {
    for (let r = 0; r < R.length; r += R_FIELDS) {
      const relation = str[R[r + R_RELATION]] as RelationKind;
      const source = str[R[r + R_SOURCE]];
      const target = str[R[r + R_TARGET]];
      let byTarget = this.raw.get(source);
      if (!byTarget) this.raw.set(source, (byTarget = new Map()));
      let pair = byTarget.get(target);
      if (!pair) byTarget.set(target, (pair = []));
      let e: RawEdge | undefined;
      for (let i = 0; i < pair.length && !e; i++) if (pair[i].relation === relation) e = pair[i];
      if (!e) {
        // every field from the start, so that all groups share one hidden class (optimised code stays valid)
        e = { relation, source, target, evidence: [], roles: undefined, status: undefined, date: undefined, plannedAll: true };
        pair.push(e);
        this.rawAll.push(e);
      }
      const article = ids[R[r + R_ARTICLE]];
      const sentence = withSentences ? str[R[r + R_SENTENCE]] : '';
      const articleDate = dates[R[r + R_ARTICLE]];
      // two literal shapes rather than a date added afterwards (a map transition per object)
      const rule = R[r + R_RULE] >= 0 ? this.intern(str[R[r + R_RULE]]) : undefined;
      e.evidence.push(
        articleDate
          ? { article, sentence, start: R[r + R_START], end: R[r + R_END], date: articleDate, rule }
          : { article, sentence, start: R[r + R_START], end: R[r + R_END], date: undefined, rule },
      );
      if (R[r + R_ROLE] >= 0) {
        const role = str[R[r + R_ROLE]];
        e.roles ??= new Map();
        e.roles.set(role, (e.roles.get(role) ?? 0) + 1);
      }
      if (R[r + R_STATUS] >= 0) {
        const status = { value: str[R[r + R_STATUS]] as ScoStatus, date: articleDate ?? '', article, row: r };
        if (!e.status || later(status, e.status)) e.status = status;
      }
      if (R[r + R_DATE] >= 0) {
        const date = str[R[r + R_DATE]];
        if (!e.date || date < e.date) e.date = date;
      }
      if (!R[r + R_PLANNED]) e.plannedAll = false;
    }
  }

  private interned = new Map<string, string>();
  /** One string per rule id, however many batches name it. */
  private intern(s: string): string {
    let out = this.interned.get(s);
    if (out === undefined) this.interned.set(s, (out = s));
    return out;
  }

  /** Merges everything added into the graph. */
  finish(): KnowledgeGraph {
    return this.resolve().toGraph();
  }

  /**
   * Merges everything added into final nodes and edges with their attributes, not yet a graph: what is in it is
   * enough to lay the graph out (on another thread) while {@link Resolved.toGraph} builds it. Called once: the
   * assembler lets go of what it was given as it goes.
   */
  resolve(): Resolved {
    if (this.spent) throw new Error('Assembler.resolve() runs once: its batches are let go');
    this.spent = true;
    // each step is a function of its own: smaller units for the optimizing compiler, which meets this code cold
    const order = this.articleOrder();
    const metas = order.map(([b, a]) => this.batches[b].metas[a]);
    // wire copies: groups of near-duplicate articles; each keeps the list of the others, evidence counts once per group
    const copies = groupCopies(metas);
    const repOf = (article: string) => copies.get(article)?.[0];
    const sourceOf = new Map(metas.map((m) => [m.id, m.source]));
    const articles: Record<string, ArticleMeta> = Object.create(null); // an article may be named "__proto__"
    for (const m of metas) {
      const { fingerprint: _f, ...meta } = m;
      const group = copies.get(m.id);
      if (group) meta.copies = group.filter((id) => id !== m.id).map((id) => (sourceOf.get(id) ? { article: id, source: sourceOf.get(id) } : { article: id }));
      articles[m.id] = meta;
    }
    const ents = this.entities(order, repOf);
    // every entity row is in `ents` now: the batches are let go (memory: resolving is the assembler's last step)
    this.batches = [];
    const merged = resolvePeople(ents);
    const finals = new Map<string, string>();
    const final = (key: string) => {
      let f = finals.get(key);
      if (f === undefined) {
        const k = ents.has(key) ? key : canonicalKey(key);
        f = merged.get(k) ?? k;
        finals.set(key, f);
      }
      return f;
    };
    const nodes = mergeNodes(ents, final);
    const edges = this.edges(nodes, final, repOf);
    this.raw = new Map();
    this.rawAll = [];
    return new Resolved(articles, nodes, edges);
  }

  /** Articles in id order, as (batch, index in batch). */
  private articleOrder(): [number, number][] {
    const order: [number, number][] = [];
    this.batches.forEach((hb, b) => hb.ids.forEach((_, a) => order.push([b, a])));
    const idOf = ([b, a]: [number, number]) => this.batches[b].ids[a];
    order.sort((x, y) => cmp(idOf(x), idOf(y)));
    return order;
  }

  /** Entities per key across articles, in article order. Mentions in wire copies count once: the most of any copy. */
  private entities(order: [number, number][], repOf: (article: string) => string | undefined): Map<string, HeldEntity> {
    const parts = new Map<string, number>();
    const partCount = (label: string) => {
      let n = parts.get(label);
      if (n === undefined) parts.set(label, (n = nameParts(label).length));
      return n;
    };
    const ents = new Map<string, HeldEntity>();
    for (const [b, a] of order) {
      const { batch, ids, entityAt } = this.batches[b];
      const E = batch.entities;
      const str = batch.strings;
      const id = ids[a];
      for (let r = entityAt[a]; r < entityAt[a + 1]; r += E_FIELDS) {
        const canonical = E[r + E_CANONICAL] === 1;
        const label = str[E[r + E_LABEL]];
        const key = canonical ? str[E[r + E_KEY]] : canonicalKey(str[E[r + E_KEY]]);
        const attrsJson = E[r + E_ATTRS] >= 0 ? str[E[r + E_ATTRS]] : undefined;
        let cur = ents.get(key);
        // the first article's attributes are the entity's; later ones only add roles
        const attrs = attrsJson && (!cur || attrsJson.includes('"roles"')) ? (JSON.parse(attrsJson) as Record<string, unknown>) : undefined;
        if (!cur) {
          const kind = str[E[r + E_KIND]] as EntityKind;
          cur = { key, kind, label, canonical, aliases: [], mentions: 0, attrs: attrs ?? {}, articles: new Set(), aliasCount: new Map(), copyMentions: undefined };
          ents.set(key, cur);
        }
        const rep = repOf(id);
        if (rep === undefined) cur.mentions += E[r + E_MENTIONS];
        else {
          cur.copyMentions ??= new Map();
          cur.copyMentions.set(rep, Math.max(cur.copyMentions.get(rep) ?? 0, E[r + E_MENTIONS]));
        }
        cur.articles.add(id);
        for (let i = E[r + E_ALIASES]; i < E[r + E_ALIASES_END]; i++) {
          const alias = str[batch.aliases[i]];
          cur.aliasCount.set(alias, (cur.aliasCount.get(alias) ?? 0) + 1);
        }
        const roles = attrs?.roles as string[] | undefined;
        if (roles) cur.attrs.roles = [...new Set([...((cur.attrs.roles as string[]) ?? []), ...roles])];
        if (!canonical && partCount(label) > partCount(cur.label)) cur.label = label;
      }
    }
    for (const e of ents.values()) if (e.copyMentions) for (const n of e.copyMentions.values()) e.mentions += n;
    return ents;
  }

  /** The raw relation groups mapped onto final keys (people merged), then merged into the final edges. */
  private edges(nodes: Map<string, EntityAttributes>, final: (key: string) => string, repOf: (article: string) => string | undefined): Map<string, ResolvedEdge> {
    const edges = new Map<string, { source: string; target: string; groups: RawEdge[] }>();
    for (const g of this.rawAll) {
      let source = final(g.source);
      let target = final(g.target);
      if (source === target || !nodes.has(source) || !nodes.has(target)) continue;
      if (RELATIONS[g.relation].symmetric && target < source) [source, target] = [target, source];
      const key = edgeKey(g.relation, source, target);
      const e = edges.get(key);
      if (e) e.groups.push(g);
      else edges.set(key, { source, target, groups: [g] });
    }
    const finalEdges = new Map<string, ResolvedEdge>();
    for (const [key, e] of edges) finalEdges.set(key, { source: e.source, target: e.target, attributes: edgeAttributes(e.groups, repOf) });
    return finalEdges;
  }
}

/** Empties the strings of a batch that no entity row refers to (relation rows have been read by then). */
function keepEntityStrings(batch: PackedBatch): void {
  const keep = new Uint8Array(batch.strings.length);
  const E = batch.entities;
  for (let r = 0; r < E.length; r += E_FIELDS) {
    keep[E[r + E_KEY]] = keep[E[r + E_KIND]] = keep[E[r + E_LABEL]] = 1;
    if (E[r + E_ATTRS] >= 0) keep[E[r + E_ATTRS]] = 1;
  }
  for (const i of batch.aliases) keep[i] = 1;
  for (let i = 0; i < keep.length; i++) if (!keep[i]) batch.strings[i] = '';
}

/** An entity as the assembler gathers it across articles. */
type HeldEntity = ExtractedEntity & { articles: Set<string>; aliasCount: Map<string, number>; copyMentions: Map<string, number> | undefined };

/** Organisations and initiatives found by pattern share a key across spelling variants. */
const canonicalKey = (key: string) => (key.startsWith('organisation:') || key.startsWith('initiative:') ? foldKey(key) : key);

/** The nodes: entities merged onto their final keys, in key order (aliases, articles and roles sorted). */
function mergeNodes(ents: Map<string, HeldEntity>, final: (key: string) => string): Map<string, EntityAttributes> {
  const nodes = new Map<string, EntityAttributes>();
  for (const [key, e] of [...ents].sort((a, b) => cmp(a[0], b[0]))) {
    const target = final(key);
    let n = nodes.get(target);
    if (!n) {
      const base = ents.get(target) ?? e;
      n = { kind: base.kind, label: base.label, aliases: [], mentions: 0, articles: [], ...(base.attrs as Partial<EntityAttributes>) } as EntityAttributes;
      nodes.set(target, n);
    }
    n.mentions += e.mentions;
    n.articles = [...new Set([...n.articles, ...e.articles])].sort(cmp);
    n.aliases = [...new Set([...n.aliases, ...e.aliasCount.keys(), e.label])].sort(cmp);
    if (e.attrs.roles) n.roles = [...new Set([...(n.roles ?? []), ...(e.attrs.roles as string[])])].sort(cmp);
  }
  for (const n of nodes.values()) if (!n.aliases.includes(n.label)) n.aliases = [...n.aliases, n.label].sort(cmp);
  return nodes;
}

/** An edge of the final graph. */
export interface ResolvedEdge {
  source: string;
  target: string;
  attributes: RelationAttributes;
}

/** The final nodes and edges with their attributes, in no particular order (see {@link Assembler.resolve}). */
export class Resolved {
  constructor(
    readonly articles: Record<string, ArticleMeta>,
    readonly nodes: Map<string, EntityAttributes>,
    readonly edges: Map<string, ResolvedEdge>,
  ) {}

  /** The edges as the layout reads them. */
  *layoutEdges(): Generator<LayoutEdge> {
    for (const [key, e] of this.edges) yield { key, source: e.source, target: e.target, relation: e.attributes.relation, weight: e.attributes.weight };
  }

  /** The graph: nodes and edges inserted in key order, so that the same corpus always gives the same file. */
  toGraph(): KnowledgeGraph {
    const graph = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as KnowledgeGraph;
    graph.replaceAttributes({ name: 'SCO knowledge graph', articles: this.articles });
    for (const key of [...this.nodes.keys()].sort()) graph.addNode(key, this.nodes.get(key)!);
    for (const key of [...this.edges.keys()].sort()) {
      const e = this.edges.get(key)!;
      // every sentence stays here (the store writes them all, with their rule ids); the graph keeps the first
      // MAX_EVIDENCE, as the contract's Evidence (article, sentence, start, end, date?)
      const attrs = { ...e.attributes, evidence: e.attributes.evidence.slice(0, MAX_EVIDENCE).map(graphEvidence) };
      graph.addDirectedEdgeWithKey(key, e.source, e.target, attrs);
    }
    return graph;
  }
}

/** Evidence as the assembler keeps it: the graph's fields, the date and the rule id always present (maybe undefined). */
export type HeldEvidence = Omit<Evidence, 'date' | 'rule'> & { date: string | undefined; rule: string | undefined };

/** The graph's form of one evidence: no date key when there is no date, no rule key when no rule id is known. */
const graphEvidence = (ev: Evidence): Evidence => {
  const { article, sentence, start, end, date, rule } = ev;
  const out: Evidence = date ? { article, sentence, start, end, date } : { article, sentence, start, end };
  if (rule) out.rule = rule;
  return out;
};

const byArticleThenOffset = (a: Evidence, b: Evidence) => cmp(a.article, b.article) || a.start - b.start;

/** The attributes of one edge from the raw groups merged into it: evidence sorted and deduplicated, weight … */
function edgeAttributes(groups: RawEdge[], repOf: (article: string) => string | undefined = () => undefined): RelationAttributes {
  let evidence = groups.length === 1 ? groups[0].evidence : groups.flatMap((g) => g.evidence);
  let sorted = true;
  for (let i = 1; i < evidence.length && sorted; i++) sorted = byArticleThenOffset(evidence[i - 1], evidence[i]) < 0;
  if (!sorted) {
    // one sentence supports the edge once (two rules, or two merged names, may have found it twice)
    evidence = [...evidence].sort(byArticleThenOffset).filter((ev, i, all) => i === 0 || byArticleThenOffset(all[i - 1], ev) !== 0);
  }
  evidence = onePrintingEach(evidence, repOf);
  // weight counts every sentence; the graph keeps the first MAX_EVIDENCE (by article, offset: see toGraph)
  const attrs: RelationAttributes = { relation: groups[0].relation, weight: evidence.length, evidence };
  let status: RawEdge['status'];
  let date: string | undefined;
  let roles: Map<string, number> | undefined;
  let plannedAll = true;
  for (const g of groups) {
    if (g.status && (!status || later(g.status, status))) status = g.status;
    if (g.date && (!date || g.date < date)) date = g.date;
    if (!g.plannedAll) plannedAll = false;
    if (g.roles) {
      roles ??= new Map();
      for (const [role, n] of g.roles) roles.set(role, (roles.get(role) ?? 0) + n);
    }
  }
  if (status) attrs.status = status.value;
  if (date) attrs.date = date;
  if (roles) attrs.role = [...roles].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0][0];
  if (plannedAll) attrs.planned = true;
  return attrs;
}

/**
 * Evidence (sorted by article) with wire copies counted once: of each group of copies, only the evidence of the copy
 * that gives the most sentences (the first by id on a tie) is kept.
 */
function onePrintingEach<E extends Evidence>(evidence: E[], repOf: (article: string) => string | undefined): E[] {
  let best: Map<string, { article: string; n: number }> | undefined;
  for (let i = 0; i < evidence.length; ) {
    const article = evidence[i].article;
    let j = i + 1;
    while (j < evidence.length && evidence[j].article === article) j++;
    const rep = repOf(article);
    if (rep !== undefined) {
      best ??= new Map();
      const b = best.get(rep);
      if (!b || j - i > b.n) best.set(rep, { article, n: j - i });
    }
    i = j;
  }
  if (!best) return evidence;
  const keep = new Set([...best.values()].map((b) => b.article));
  return evidence.filter((ev) => repOf(ev.article) === undefined || keep.has(ev.article));
}

/** Builds the knowledge graph from the extractions of all articles (one batch). */
export function assemble(extractions: ArticleExtraction[]): KnowledgeGraph {
  const a = new Assembler();
  a.add(packBatch(extractions));
  return a.finish();
}
