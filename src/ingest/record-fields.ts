// One record of a news export (a JSON object, a CSV row) → article fields, whatever the exporter called them:
// text/body/content, title/headline, date/published/publishedAt/seendate, url/link, source/outlet/domain, author.
// Fields the reader does not know are kept on the article as they are.
import type { RawArticle } from './formats.ts';

/** Accepted names of each field, compared without case, "_", "-" or spaces; the first present wins. */
export const FIELD_NAMES = {
  text: ['text', 'body', 'content', 'articlebody', 'fulltext', 'maintext', 'article', 'story', 'bodytext', 'contenttext'],
  title: ['title', 'headline', 'heading', 'articletitle'],
  date: ['date', 'published', 'publishedat', 'publishdate', 'publicationdate', 'datepublished', 'datepublish', 'pubdate', 'seendate', 'createdat', 'created', 'datetime', 'time'],
  url: ['url', 'link', 'href', 'uri', 'sourceurl', 'articleurl', 'canonicalurl', 'documentidentifier'],
  source: ['source', 'outlet', 'domain', 'publisher', 'site', 'sitename', 'sourcename', 'sourcecommonname', 'media', 'newspaper', 'feed'],
  author: ['author', 'authors', 'byline', 'creator', 'writer'],
} as const;

type Field = keyof typeof FIELD_NAMES;
const squash = (k: string) => k.toLowerCase().replace(/[\s_-]+/g, '');

/** A field value as text: strings, numbers, a {name} object (NewsAPI's source), a list of them (authors). */
function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    const parts = v.map(asText).filter((x): x is string => !!x);
    return parts.length ? parts.join(', ') : undefined;
  }
  if (v && typeof v === 'object' && 'name' in v) return asText((v as { name: unknown }).name);
  return undefined;
}

/**
 * A date as exporters write it, to YYYY-MM-DD when it can be read: ISO, GDELT's compact "20240827T120000Z" or
 * "20240827120000", Unix seconds or milliseconds. Anything else is left for parseDate.
 */
export function exportDate(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) {
    const ms = v < 1e11 ? v * 1000 : v; // seconds or milliseconds since 1970
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
  }
  const s = asText(v);
  if (!s) return undefined;
  const m = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:T?\d{4,6}Z?)?$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31) return `${m[1]}-${m[2]}-${m[3]}`;
  if (/^\d{10}(?:\d{3})?$/.test(s)) return exportDate(Number(s));
  return s;
}

export interface RecordFields extends Omit<RawArticle, 'text'> {
  text?: string;
}

/**
 * Sets `key` on `record` as an own property, whatever the key: an export's field may be called "__proto__", which
 * plain assignment would take for the object's prototype (losing the field, or giving the record an attacker's).
 */
export function setField(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Reads a record's fields by their usual names; the rest go to `fields`. */
export function recordFields(r: Record<string, unknown>): RecordFields {
  const byName = new Map<string, string>();
  for (const k of Object.keys(r)) if (!byName.has(squash(k))) byName.set(squash(k), k);
  const used = new Set<string>();
  const pick = (field: Field): unknown => {
    for (const name of FIELD_NAMES[field]) {
      const key = byName.get(name);
      if (key !== undefined && asText(r[key]) !== undefined) {
        used.add(key);
        return r[key];
      }
    }
    return undefined;
  };
  const out: RecordFields = {};
  const text = asText(pick('text'));
  if (text) out.text = text;
  const title = asText(pick('title'));
  if (title) out.title = title.replace(/\s+/g, ' ');
  const date = exportDate(pick('date'));
  if (date) out.date = date;
  for (const f of ['url', 'source', 'author'] as const) {
    const v = asText(pick(f));
    if (v) out[f] = v;
  }
  const rest: Record<string, unknown> = {};
  for (const k of Object.keys(r)) if (!used.has(k) && r[k] !== null && r[k] !== undefined && r[k] !== '') setField(rest, k, r[k]);
  if (Object.keys(rest).length) out.fields = rest;
  return out;
}
