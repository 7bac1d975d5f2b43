// Dates of facts: normalising the contract's "YYYY-MM-DD or YYYY" strings and testing them against a range.
import type { Evidence, GraphAttributes, RelationAttributes } from '../graph/types.ts';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar day) into the interval it covers,
 * as ISO day strings; anything else gives `undefined`.
 */
export function dateInterval(value: unknown): { start: string; end: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return { start: `${y}-01-01`, end: `${y}-12-31` };
  const month = Number(mo);
  if (month < 1 || month > 12) return undefined;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (d === undefined) return { start: `${y}-${mo}-01`, end: `${y}-${mo}-${String(lastDay).padStart(2, '0')}` };
  const day = Number(d);
  if (day < 1 || day > lastDay) return undefined;
  return { start: `${y}-${mo}-${d}`, end: `${y}-${mo}-${d}` };
}

/** The first day a date string stands for ("2024" → "2024-01-01"), or `undefined` if it is not a date. */
export function isoDay(value: unknown): string | undefined {
  return dateInterval(value)?.start;
}

/** Every date a relation carries — its own `date`, then each evidence sentence's date — valid ones only, sorted, unique. */
export function relationDates(attributes: Partial<RelationAttributes>): string[] {
  const dates = new Set<string>();
  if (dateInterval(attributes.date)) dates.add(attributes.date as string);
  for (const ev of evidenceOf(attributes)) if (dateInterval(ev.date)) dates.add(ev.date as string);
  return [...dates].sort();
}

/**
 * The dates a relation is attested on: its own dates (see `relationDates`) or, when it has none, the publication
 * dates of the articles its evidence comes from (the fact was reported by then).
 */
export function factDates(attributes: Partial<RelationAttributes>, graphAttributes?: Partial<GraphAttributes>): string[] {
  const own = relationDates(attributes);
  return own.length ? own : articleDates(evidenceOf(attributes).map((ev) => ev.article), graphAttributes);
}

/** When a relation is first attested: its own `date` if valid, else the earliest of `factDates`. */
export function firstDate(attributes: Partial<RelationAttributes>, graphAttributes?: Partial<GraphAttributes>): string | undefined {
  if (dateInterval(attributes.date)) return attributes.date;
  return factDates(attributes, graphAttributes)[0];
}

/** Publication dates of the given articles (from the graph's article metadata), valid ones only, sorted, unique. */
export function articleDates(articleIds: readonly string[], graphAttributes?: Partial<GraphAttributes>): string[] {
  const meta = graphAttributes?.articles ?? {};
  const dates = new Set<string>();
  for (const id of articleIds) {
    const date = meta[id]?.date;
    if (dateInterval(date)) dates.add(date as string);
  }
  return [...dates].sort();
}

/**
 * Whether any of `dates` falls in [from, to] (either bound optional; bounds may be "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 * and cover their whole year or month). With a bound given, an undated fact is out of range.
 */
export function overlapsRange(dates: readonly string[], from?: string, to?: string): boolean {
  if (from === undefined && to === undefined) return true;
  const lo = from === undefined ? undefined : dateInterval(from)?.start;
  const hi = to === undefined ? undefined : dateInterval(to)?.end;
  return dates.some((date) => {
    const span = dateInterval(date);
    if (!span) return false;
    return (lo === undefined || span.end >= lo) && (hi === undefined || span.start <= hi);
  });
}

/** The evidence list of a relation, tolerating a missing or malformed attribute. */
export function evidenceOf(attributes: Partial<RelationAttributes>): Evidence[] {
  return Array.isArray(attributes.evidence) ? attributes.evidence : [];
}
