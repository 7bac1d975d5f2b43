// Facts derived once per loaded graph (degrees, years, kinds present, summits, search entries); never written back.
import { ENTITY_KINDS } from '../../../src/graph/types.ts';
import { RELATION_KINDS } from '../../../src/graph/relations.ts';
import type { ViewGraph } from '../view-graph.ts';

/** One searchable node: its label and every alias, folded for matching. */
export interface SearchEntry {
  key: string;
  label: string;
  kind: string;
  names: { text: string; folded: string }[];
  /** roles (people), matched after names */
  roles: { text: string; folded: string }[];
  degree: number;
}

/** One evidence sentence of the graph file, for searching its text where no store answers. */
export interface SentenceEntry {
  edge: string;
  /** index in the edge's evidence */
  at: number;
  text: string;
}

/** Everything the viewer needs to know about a graph that does not change while the user explores it. */
export interface GraphIndex {
  degree: Map<string, number>;
  /** year of each dated edge (the edge's `date`, else its earliest evidence or article date) */
  edgeYear: Map<string, number>;
  /** year of each dated node (summits) */
  nodeYear: Map<string, number>;
  /** month (YYYY-MM) of each dated edge: its `date`, else its earliest evidence; a bare year counts as January */
  edgeMonth: Map<string, string>;
  /** month (YYYY-MM) of each dated summit */
  nodeMonth: Map<string, string>;
  /** evidence sentences per month (YYYY-MM), months in order; sentences without a date are left out */
  evidencePerMonth: [string, number][];
  /** [min, max] over all dates, or null when the graph has none */
  yearRange: [number, number] | null;
  maxWeight: number;
  /** node counts by kind, schema kinds first (zero when absent), then kinds the schema does not know */
  kindCounts: Map<string, number>;
  /** edge counts by relation, schema relations first, then unknown ones */
  relationCounts: Map<string, number>;
  summits: { key: string; label: string; year: number | null }[];
  /** search entries, built on first use (folding every name of a big graph takes a moment) */
  search(): readonly SearchEntry[];
  /** builds the search entries for at most `ms` milliseconds; true once all are built (idle time, a slice at a time) */
  prepareSearch(ms: number): boolean;
  /** the graph file's evidence sentences, listed on first use (no copies: searched as they are) */
  sentences(): readonly SentenceEntry[];
  /** edges whose evidence in the graph file cites the sentence at `start` of `article` */
  edgesCiting(article: string, start: number): string[];
}

/** Lower-cases and strips accents, so "Sergeï" matches "sergei". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** First four-digit year in a date string (YYYY, YYYY-MM-DD, …), or null. */
export function yearOf(date: unknown): number | null {
  if (typeof date === 'number' && Number.isInteger(date)) return date;
  const match = typeof date === 'string' ? /\b(\d{4})\b/.exec(date) : null;
  return match ? Number(match[1]) : null;
}

/** First YYYY-MM in a date string, or YYYY-01 for a bare year, or null. */
export function monthOf(date: unknown): string | null {
  if (typeof date === 'number' && Number.isInteger(date)) return `${date}-01`;
  if (typeof date !== 'string') return null;
  const match = /\b(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!match) return null;
  const month = Number(match[2] ?? '1');
  return `${match[1]}-${String(month >= 1 && month <= 12 ? month : 1).padStart(2, '0')}`;
}

function countBy(keys: readonly string[], values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>(keys.map((k) => [k, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/**
 * Builds the {@link GraphIndex} of a graph in one pass over nodes and edges. `whole`: the degrees and heaviest weight
 * of the whole graph when `graph` is only its first screen (core/preview.ts), so sizes and thicknesses match it.
 */
export function indexGraph(graph: ViewGraph, whole?: { degree: Map<string, number>; maxWeight: number }): GraphIndex {
  const articles = graph.getAttribute('articles') ?? {};
  const degree = new Map<string, number>();
  const summits: GraphIndex['summits'] = [];
  const kinds: string[] = [];
  graph.forEachNode((key, a) => {
    degree.set(key, graph.degree(key));
    kinds.push(String(a.kind));
    if (a.kind === 'summit') summits.push({ key, label: a.label, year: yearOf(a.year) ?? yearOf(a.date) });
  });
  let maxWeight = 1;
  const relations: string[] = [];
  graph.forEachEdge((_key, a) => {
    maxWeight = Math.max(maxWeight, a.weight);
    relations.push(String(a.relation));
  });
  if (whole) maxWeight = whole.maxWeight;
  summits.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.label.localeCompare(b.label));
  // dates: a pass over every evidence sentence, done when a date filter, the timeline or the year inputs first ask
  type Dates = Pick<GraphIndex, 'edgeYear' | 'nodeYear' | 'edgeMonth' | 'nodeMonth' | 'evidencePerMonth' | 'yearRange'>;
  let dates: Dates | null = null;
  const buildDates = (): Dates => {
    const nodeYear = new Map<string, number>();
    const edgeYear = new Map<string, number>();
    const edgeMonth = new Map<string, string>();
    const nodeMonth = new Map<string, string>();
    const perMonth = new Map<string, number>();
    let min = Infinity;
    let max = -Infinity;
    const see = (y: number) => {
      min = Math.min(min, y);
      max = Math.max(max, y);
    };
    // the same date strings recur thousands of times: parse each once
    const months = new Map<unknown, string | null>();
    const month = (date: unknown) => {
      let m = months.get(date);
      if (m === undefined) months.set(date, (m = monthOf(date)));
      return m;
    };
    for (const s of summits) {
      if (s.year === null) continue;
      nodeYear.set(s.key, s.year);
      see(s.year);
      nodeMonth.set(s.key, month(graph.getNodeAttribute(s.key, 'date')) ?? `${s.year}-01`);
    }
    graph.forEachEdge((key, a) => {
      let first = month(a.date);
      const own = first !== null;
      for (const e of a.evidence) {
        const m = month(e.date ?? articles[e.article]?.date);
        if (m === null) continue;
        perMonth.set(m, (perMonth.get(m) ?? 0) + 1);
        if (!own && (first === null || m < first)) first = m;
      }
      if (first === null) return;
      const year = Number(first.slice(0, 4));
      edgeMonth.set(key, first);
      edgeYear.set(key, year);
      see(year);
    });
    return {
      edgeYear,
      nodeYear,
      edgeMonth,
      nodeMonth,
      evidencePerMonth: [...perMonth].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      yearRange: Number.isFinite(min) ? [min, max] : null,
    };
  };
  const d = () => (dates ??= buildDates());
  let search: SearchEntry[] | null = null;
  const folded = (texts: Iterable<string>) => [...new Set(texts)].map((text) => ({ text, folded: fold(text) }));
  const entry = (key: string): SearchEntry => {
    const a = graph.getNodeAttributes(key);
    return { key, label: a.label, kind: a.kind, names: folded([a.label, ...a.aliases]), roles: folded(Array.isArray(a.roles) ? a.roles : []), degree: degree.get(key) ?? 0 };
  };
  // built in slices (prepareSearch) or at once (search): the entries so far, in node order
  let pending: string[] | null = null;
  const partial: SearchEntry[] = [];
  const buildSearch = (ms = Infinity): SearchEntry[] | null => {
    pending ??= graph.nodes();
    const until = performance.now() + ms;
    while (partial.length < pending.length) {
      partial.push(entry(pending[partial.length]));
      if (partial.length % 256 === 0 && performance.now() > until) return null;
    }
    return partial;
  };
  let sentences: SentenceEntry[] | null = null;
  const buildSentences = (): SentenceEntry[] => {
    const out: SentenceEntry[] = [];
    graph.forEachEdge((edge, a) => a.evidence.forEach((e, at) => e.sentence && out.push({ edge, at, text: e.sentence })));
    return out;
  };
  let citing: Map<string, string[]> | null = null;
  const buildCiting = () => {
    const out = new Map<string, string[]>();
    graph.forEachEdge((edge, a) => {
      for (const e of a.evidence) {
        const key = `${e.article}\u0000${e.start}`;
        const list = out.get(key);
        if (!list) out.set(key, [edge]);
        else if (!list.includes(edge)) list.push(edge);
      }
    });
    return out;
  };
  return {
    degree: whole?.degree ?? degree,
    get edgeYear() {
      return d().edgeYear;
    },
    get nodeYear() {
      return d().nodeYear;
    },
    get edgeMonth() {
      return d().edgeMonth;
    },
    get nodeMonth() {
      return d().nodeMonth;
    },
    get evidencePerMonth() {
      return d().evidencePerMonth;
    },
    get yearRange() {
      return d().yearRange;
    },
    maxWeight,
    kindCounts: countBy(ENTITY_KINDS, kinds),
    relationCounts: countBy(RELATION_KINDS, relations),
    summits,
    search: () => (search ??= buildSearch()!),
    prepareSearch: (ms) => Boolean(search ??= buildSearch(ms)),
    sentences: () => (sentences ??= buildSentences()),
    edgesCiting: (article, start) => (citing ??= buildCiting()).get(`${article}\u0000${start}`) ?? [],
  };
}
