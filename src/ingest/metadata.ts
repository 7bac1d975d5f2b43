// Article metadata found in the text: a date in the headline ("Scope for peace - 2024-08-27"), a date line,
// the outlet ("Source: China Daily") and the author ("The author is …", "By …").
import { datelineHead, isDateLine } from './article-date.ts';
import { monthNumber } from '../extract/text/months.ts';

/**
 * Parses ISO dates (with or without a time: "2018-04-05T06:00:00+02:00"), "August 27, 2024", "27 August 2024" and
 * day-first numeric "17.09.2021" dates to YYYY-MM-DD. A timestamp keeps the publisher's own calendar day.
 */
export function parseDate(s: string): string | undefined {
  let m = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) >= 1 && Number(m[1]) <= 31) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  m = /\b([A-Z][a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? ?(\d{4})\b/.exec(s);
  if (m && monthNumber(m[1])) return iso(m[3], m[1], m[2]);
  m = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+)\.?,? (\d{4})\b/.exec(s);
  if (m && monthNumber(m[2])) return iso(m[3], m[2], m[1]);
  return undefined;
}

function iso(y: string, month: string, d: string): string {
  const mi = monthNumber(month);
  return `${y}-${String(mi).padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function shorten(s: string, max = 120): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max);
  return `${s.slice(0, cut > 40 ? cut : max)}…`;
}

export interface TextMetadata {
  title: string;
  date?: string;
  source?: string;
  author?: string;
}

/**
 * A dateline: a place in capitals or title case, a comma, a date of a few words (any form parseDate reads, or a month and
 * day), then the agency between slashes or in parentheses. Bounded repetitions only: it runs on the first 120 characters.
 */
const DATELINE = /^\p{Lu}[\p{L}'’.-]{1,20}(?:[ -]\p{Lu}[\p{L}'’.-]{1,20}){0,2},\s+([\p{L}\d][\p{L}\d.,]{0,12}(?: [\p{L}\d][\p{L}\d.,]{0,12}){0,2})\s*(?:\/\s*([^/\n]{2,40}?)\s*\/|\(([^)\n]{2,40})\))/u;

const PUBLISHED = /^(?:published|posted|date|first published|publication date|released)\b\s*(?:on|at)?\s*:?\s*/i;
const UPDATED = /^(?:updated|last updated|modified)\b\s*(?:on|at)?\s*:?\s*/i;

/** The date of the first short line opening with `label`. */
function labelledDate(lines: string[], label: RegExp): string | undefined {
  for (const l of lines) {
    if (label.test(l) && isDateLine(l)) {
      const d = parseDate(l);
      if (d) return d;
    }
  }
  return undefined;
}

/** Reads title, date, source and author from a cleaned article text whose first line is the headline. */
export function readMetadata(text: string, fallbackTitle = ''): TextMetadata {
  const lines = text.split('\n').map((l) => l.trim());
  const first = lines.find((l) => l) ?? fallbackTitle;
  // a first line that is a paragraph, not a headline: its first sentence, shortened
  let title = first.split(/\s+/).length > 25 ? shorten(first.split(/(?<=[.!?])\s+/)[0]) : first;
  let date: string | undefined;
  const titled = /^(.*\S)\s+[-–—|]\s+(\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})$/.exec(first);
  if (titled) {
    title = titled[1];
    date = parseDate(titled[2]);
  }
  // a wire dateline opening the first paragraph: "BISHKEK, September 3, 2025 / Kabar /.", "DUSHANBE, 17.09.2021
  // /NIAT "Khovar"/.", "TIANJIN, Sept. 1 (Xinhua) --" (no year: no date, but the outlet)
  let wire: RegExpExecArray | null = null;
  for (const l of lines.slice(1, 6)) {
    wire ??= DATELINE.exec(l.slice(0, 120));
    if (!date && isDateLine(l)) date = parseDate(l);
  }
  date ??= wire ? parseDate(wire[1]) : undefined;
  // a dateline of another form: "DUSHANBE, August 27, 2008, Asia-Plus —", "Yekaterinburg, Russia (AFP) June 15, 2009"
  for (const l of lines.slice(0, 6)) date ??= parseDate(datelineHead(l) ?? '');
  // further down, only a labelled date line: "Published: 12 May 2024", then "Updated: 2011-04-18 10:05"
  date ??= labelledDate(lines, PUBLISHED) ?? labelledDate(lines, UPDATED);
  let source: string | undefined;
  let author: string | undefined;
  for (const l of lines) {
    const s = /^(?:source|via)\s*:\s*(.{2,80})$/i.exec(l);
    if (s) source ??= s[1].replace(/[.\s]+$/, '');
    const a = /^(?:[Tt]he author is|[Ww]ritten by|[Bb]y)\s+([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})/u.exec(l);
    if (a) author ??= a[1];
  }
  // a "Source:" line names the outlet more surely than a dateline's agency
  source ??= wire ? (wire[2] ?? wire[3]).trim() : undefined;
  return { title, date, source, author };
}
