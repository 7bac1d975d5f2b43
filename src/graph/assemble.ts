// Merges per-article extractions into one graph: one node per real entity (people matched across articles by
// full name, a lone surname by the one full name that has it, one-letter typos), evidence accumulated per edge.
// Order-independent: articles, nodes, edges and evidence are sorted, so any file order gives the same graph.
import Graph from 'graphology';
import type { ArticleExtraction, ExtractedEntity, ExtractedRelation } from '../extract/pipeline.ts';
import type { ArticleMeta, EntityAttributes, Evidence, KnowledgeGraph, RelationAttributes, ScoStatus } from './types.ts';
import { RELATIONS } from './types.ts';
import { edgeKey, slug } from './keys.ts';

/** Evidence sentences stored per edge; `weight` still counts them all. */
export const MAX_EVIDENCE = 100;

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

/** Maps person keys that name the same person onto one key. */
function resolvePeople(entities: Map<string, ExtractedEntity & { articles: Set<string> }>): Map<string, string> {
  const people = [...entities.values()].filter((e) => e.kind === 'person').sort((a, b) => cmp(a.key, b.key));
  const partsOf = new Map<ExtractedEntity, string[]>(people.map((p) => [p, nameParts(p.label)]));
  const full = people.filter((p) => partsOf.get(p)!.length >= 2);
  const fullParts = full.map((p) => partsOf.get(p)!);
  const map = new Map<string, string>();
  // typos: same number of parts, all equal but one that is one edit away (and long enough to be a real typo).
  // Not every pair is compared: two names that differ in exactly part k, by at most one edit, share an index key
  // (part count, k, the other parts, the word or one of its one-letter deletions). The candidate pairs are then
  // checked and applied in the (i, j) order of a full double loop, so the result is the same as comparing all pairs.
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < full.length; i++) {
    const a = fullParts[i];
    for (let k = 0; k < a.length; k++) {
      const rest = `${a.length}\u0000${k}\u0000${a.slice(0, k).join('\u0001')}\u0000${a.slice(k + 1).join('\u0001')}\u0000`;
      const w = a[k];
      const variants = new Set([w]);
      for (let d = 0; d < w.length; d++) variants.add(w.slice(0, d) + w.slice(d + 1));
      for (const v of variants) {
        const list = buckets.get(rest + v);
        if (list) list.push(i);
        else buckets.set(rest + v, [i]);
      }
    }
  }
  const pairs = new Set<number>();
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) pairs.add(list[x] * full.length + list[y]);
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
  const byWord = new Map<string, number[]>();
  fullParts.forEach((parts, i) => {
    for (const w of new Set(parts)) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  for (const p of people) {
    const parts = partsOf.get(p)!;
    if (parts.length !== 1) continue;
    const owners = [...new Set((byWord.get(parts[0]) ?? []).map((i) => map.get(full[i].key) ?? full[i].key))];
    if (owners.length === 1) map.set(p.key, owners[0]);
  }
  return map;
}

/** Pattern-found organisations and initiatives: spelling variants (Organisation/Organization, Centre/Center) share a key. */
function foldKey(key: string): string {
  const i = key.indexOf(':');
  return key.slice(0, i + 1) + slug(key.slice(i + 1).replace(/organisation/g, 'organization').replace(/centre/g, 'center').replace(/programme/g, 'program'));
}

/** Builds the knowledge graph from the extractions of all articles. */
export function assemble(extractions: ArticleExtraction[]): KnowledgeGraph {
  const exs = [...extractions].sort((a, b) => cmp(a.article.id, b.article.id));
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false }) as unknown as KnowledgeGraph;
  const articles: Record<string, ArticleMeta> = {};
  for (const ex of exs) articles[ex.article.id] = { ...ex.article } as ArticleMeta;
  graph.replaceAttributes({ name: 'SCO knowledge graph', articles });

  // 1. entities per key across articles
  const ents = new Map<string, ExtractedEntity & { articles: Set<string>; aliasCount: Map<string, number> }>();
  const canonicalKey = (key: string) => (key.startsWith('organisation:') || key.startsWith('initiative:') ? foldKey(key) : key);
  for (const ex of exs) {
    for (const e of ex.entities) {
      const key = e.canonical ? e.key : canonicalKey(e.key);
      let cur = ents.get(key);
      if (!cur) {
        cur = { ...e, key, aliases: [], mentions: 0, attrs: { ...e.attrs }, articles: new Set(), aliasCount: new Map() };
        ents.set(key, cur);
      }
      cur.mentions += e.mentions;
      cur.articles.add(ex.article.id);
      for (const a of e.aliases) cur.aliasCount.set(a, (cur.aliasCount.get(a) ?? 0) + 1);
      const roles = e.attrs.roles as string[] | undefined;
      if (roles) cur.attrs.roles = [...new Set([...((cur.attrs.roles as string[]) ?? []), ...roles])];
      if (!e.canonical && nameParts(e.label).length > nameParts(cur.label).length) cur.label = e.label;
    }
  }
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
  // 2. nodes
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
  // 3. edges
  const edges = new Map<string, { source: string; target: string; attrs: RelationAttributes; roles: Map<string, number>; plannedAll: boolean; seen: Set<string> }>();
  const rels: ExtractedRelation[] = exs.flatMap((x) => x.relations);
  for (const r of rels) {
    let source = final(r.source);
    let target = final(r.target);
    if (source === target || !nodes.has(source) || !nodes.has(target)) continue;
    if (RELATIONS[r.relation].symmetric && target < source) [source, target] = [target, source];
    const key = edgeKey(r.relation, source, target);
    let e = edges.get(key);
    if (!e) {
      e = { source, target, attrs: { relation: r.relation, weight: 0, evidence: [] }, roles: new Map(), plannedAll: true, seen: new Set() };
      edges.set(key, e);
    }
    const ev: Evidence = r.evidence;
    const evKey = `${ev.article}\u0000${ev.start}`;
    if (!e.seen.has(evKey)) {
      e.seen.add(evKey);
      e.attrs.evidence.push(ev);
    }
    if (r.role) e.roles.set(r.role, (e.roles.get(r.role) ?? 0) + 1);
    if (r.status) e.attrs.status = r.status as ScoStatus;
    if (!r.planned) e.plannedAll = false;
    if (r.date && (!e.attrs.date || r.date < e.attrs.date)) e.attrs.date = r.date;
  }
  for (const [key, n] of [...nodes].sort((a, b) => cmp(a[0], b[0]))) graph.addNode(key, n);
  for (const [key, e] of [...edges].sort((a, b) => cmp(a[0], b[0]))) {
    e.attrs.evidence.sort((a, b) => cmp(a.article, b.article) || a.start - b.start);
    e.attrs.weight = e.attrs.evidence.length;
    // weight counts every sentence; the stored evidence keeps the first MAX_EVIDENCE (by article, offset)
    if (e.attrs.evidence.length > MAX_EVIDENCE) e.attrs.evidence = e.attrs.evidence.slice(0, MAX_EVIDENCE);
    if (e.roles.size) e.attrs.role = [...e.roles].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0][0];
    if (e.plannedAll) e.attrs.planned = true;
    graph.addDirectedEdgeWithKey(key, e.source, e.target, e.attrs);
  }
  return graph;
}
