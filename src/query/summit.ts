// A summit at a glance: where, when, who hosted it and who attended, by name or by year.
import type { Evidence, KnowledgeGraph } from '../graph/types.ts';
import { NotFoundError } from '../errors.ts';
import { AmbiguousNameError } from './errors.ts';
import { evidenceOf, firstDate } from './dates.ts';
import { findEntity, labelOf, resolveEntity } from './find-entity.ts';
import { normalizeName } from './normalize.ts';

/** A participant of a summit (attendee or host), with the sentences that say so. */
export interface SummitParticipant {
  key: string;
  label: string;
  kind: string;
  date?: string;
  evidence: Evidence[];
  /** the text gives the attendance as planned, not done */
  planned?: boolean;
}

export interface SummitInfo {
  key: string;
  label: string;
  ordinal: number | null;
  year: number | null;
  city: string | null;
  /** start date (YYYY-MM-DD) when known */
  date: string | null;
  /** the host country: from a `hosted` edge, else from the summit's `host` attribute (then without evidence) */
  host: SummitParticipant | null;
  /** every `attended` edge into the summit, by name */
  attendees: SummitParticipant[];
}

/**
 * Describes one summit. `nameOrYear` is a name or key (resolved among summits), an ordinal ("24", "24th": the summit
 * with that `ordinal`), a year (the summit of that year, numbered SCO summits before other meetings) or a city (the
 * summit held there, when a name matches none). Throws `NotFoundError` or
 * `AmbiguousNameError` like `resolveEntity`.
 */
export function summit(graph: KnowledgeGraph, nameOrYear: string | number): SummitInfo {
  const key = resolveSummit(graph, nameOrYear);
  const attrs = graph.getNodeAttributes(key);
  const graphAttributes = graph.getAttributes();
  const participant = (edge: string, other: string): SummitParticipant => {
    const edgeAttrs = graph.getEdgeAttributes(edge);
    const otherAttrs = graph.getNodeAttributes(other);
    const date = firstDate(edgeAttrs, graphAttributes);
    return {
      key: other,
      label: labelOf(other, otherAttrs),
      kind: otherAttrs.kind,
      ...(date !== undefined && { date }),
      evidence: evidenceOf(edgeAttrs),
      ...(edgeAttrs.planned !== undefined && { planned: edgeAttrs.planned }),
    };
  };

  const attendees: SummitParticipant[] = [];
  const hosts: { p: SummitParticipant; weight: number }[] = [];
  graph.forEachInEdge(key, (edge, edgeAttrs, source) => {
    if (edgeAttrs.relation === 'attended') attendees.push(participant(edge, source));
    if (edgeAttrs.relation === 'hosted') hosts.push({ p: participant(edge, source), weight: edgeAttrs.weight ?? 0 });
  });
  attendees.sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  hosts.sort((a, b) => b.weight - a.weight || a.p.label.localeCompare(b.p.label));

  let host = hosts[0]?.p ?? null;
  if (!host && typeof attrs.host === 'string' && attrs.host) {
    const match = findEntity(graph, attrs.host, { kind: 'country' });
    host = match.length === 1
      ? { key: match[0].key, label: match[0].label, kind: 'country', evidence: [] }
      : { key: '', label: attrs.host, kind: 'country', evidence: [] };
  }
  return {
    key,
    label: labelOf(key, attrs),
    ordinal: attrs.ordinal ?? null,
    year: attrs.year ?? null,
    city: attrs.city ?? null,
    date: attrs.date ?? null,
    host,
    attendees,
  };
}

/** "24", "24th", "1st", "22nd", "3rd": an ordinal; undefined otherwise. */
export function parseOrdinal(text: string): number | undefined {
  const m = /^(\d{1,3})(st|nd|rd|th)?$/i.exec(text);
  if (!m || Number(m[1]) < 1) return undefined;
  const n = Number(m[1]);
  if (m[2]) {
    const expected = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
    if (m[2].toLowerCase() !== expected) return undefined;
  }
  return n;
}

/** The summit a name, an ordinal, a year or a city refers to (an ordinal or a year: the numbered summit first). */
export function resolveSummit(graph: KnowledgeGraph, nameOrYear: string | number): string {
  const text = String(nameOrYear).trim();
  const all: string[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'summit') all.push(key);
  });
  const candidates = (keys: string[]) => keys.map((key) => ({ key, label: labelOf(key, graph.getNodeAttributes(key)), kind: 'summit' }));
  const ordinal = parseOrdinal(text);
  if (ordinal !== undefined) {
    const numbered = all.filter((key) => graph.getNodeAttribute(key, 'ordinal') === ordinal);
    if (numbered.length === 1) return numbered[0];
    if (numbered.length > 1) throw new AmbiguousNameError(text, candidates(numbered));
    const ordinals = [...new Set(all.map((key) => graph.getNodeAttribute(key, 'ordinal')).filter((o): o is number => typeof o === 'number'))].sort((a, b) => a - b);
    throw new NotFoundError(`no summit numbered ${ordinal} in the graph${ordinals.length ? ` (it has ${ordinals.join(', ')})` : ''}`);
  }
  if (!/^\d{4}$/.test(text)) return resolveByNameOrCity(graph, text, all);
  const year = Number(text);
  const ofYear = all.filter((key) => summitYear(graph, key) === year);
  const numbered = ofYear.filter((key) => typeof graph.getNodeAttribute(key, 'ordinal') === 'number');
  const best = numbered.length ? numbered : ofYear;
  if (best.length === 1) return best[0];
  if (best.length > 1) throw new AmbiguousNameError(text, candidates(best));
  const years = [...new Set(all.map((key) => summitYear(graph, key)).filter((y): y is number => y !== undefined))].sort();
  throw new NotFoundError(`no summit in ${year}`, years.map(String));
}

/** A summit by name or key, else by its `city` attribute (numbered SCO summits first). */
function resolveByNameOrCity(graph: KnowledgeGraph, text: string, all: string[]): string {
  try {
    return resolveEntity(graph, text, { kind: 'summit' });
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
    const city = normalizeName(text);
    const inCity = all.filter((key) => {
      const c = graph.getNodeAttribute(key, 'city');
      return typeof c === 'string' && normalizeName(c) === city;
    });
    const numbered = inCity.filter((key) => typeof graph.getNodeAttribute(key, 'ordinal') === 'number');
    const best = numbered.length ? numbered : inCity;
    if (best.length === 1) return best[0];
    if (best.length > 1) throw new AmbiguousNameError(text, [...best].sort().map((key) => ({ key, label: labelOf(key, graph.getNodeAttributes(key)), kind: 'summit' })));
    throw err;
  }
}

/** A summit's year: its `year` attribute, else the year of its `date`. */
function summitYear(graph: KnowledgeGraph, key: string): number | undefined {
  const attrs = graph.getNodeAttributes(key);
  if (typeof attrs.year === 'number') return attrs.year;
  const fromDate = /^(\d{4})/.exec(attrs.date ?? '');
  return fromDate ? Number(fromDate[1]) : undefined;
}
