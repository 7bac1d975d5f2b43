// The date an article carries outside any feed field: a wire dateline opening its first paragraph, a line that is only
// a date ("Updated: 2011-04-18 10:05", "Published on 12:00 AM, July 11, 2015"), or its URL (/2018/06/09/, 20180609,
// a Unix time after a slug). Never a date inside running text: that one may be of another event.
import { MONTH_WORDS_PATTERN } from '../extract/text/months.ts';

/**
 * The place that opens a dateline: one to three capitalised words, then a comma, a colon, a parenthesis or a dash
 * ("Vienna,", "DUSHANBE,", "Yekaterinburg, Russia (AFP)", "BEIJING, (Agency - …", "Tashkent -").
 */
const PLACE_OPENING = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}\s*(?:[,:(]|\s[-–—])/u;

/**
 * The wire dateline opening `line`, for its date: "Vienna, 12 May 2004 (RFE/RL) --", "DUSHANBE, August 27, 2008,
 * Asia-Plus —", "Yekaterinburg, Russia (AFP) June 15, 2009", "BEIJING, (Agency - 22nd Aug, 2022 ) :". It runs until
 * the first word in lower case (the sentence it opens), so that a date further on is not taken for the article's.
 */
export function datelineHead(line: string): string | undefined {
  const head = line.slice(0, 120);
  if (!PLACE_OPENING.test(head)) return undefined;
  const lower = /(?:^|[\s(,])\p{Ll}/u.exec(head);
  return lower ? head.slice(0, lower.index) : head;
}

/** What a line that is only a date may hold besides it: a label, a time, a weekday, punctuation. */
const DATE_LINE_REST = new RegExp(`^(?:published|updated|posted|date|last|first|modified|on|at|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|ist|edt|est|msk|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|${MONTH_WORDS_PATTERN})\\.?$`, 'i');

/** Is the line nothing but a date, with a label or a time ("Updated: 2011-04-18 10:05", "Published on 12:00 AM, July 11, 2015")? */
export function isDateLine(line: string): boolean {
  if (line.length > 60 || !/\d/.test(line)) return false;
  return line
    .split(/[\s,:|/()[\]–—-]+/)
    .filter((w) => w && !/^[\d.:]+(?:st|nd|rd|th)?$/.test(w))
    .every((w) => DATE_LINE_REST.test(w));
}

const valid = (y: number, m: number, d: number) => y >= 1990 && y <= 2039 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The date in an article's URL: "/2018/06/09/", "/2002-06/10/", "/2018-06-09-", "20180609" between non-digits, or a
 * Unix time in seconds ending a slug ("…-chzhan-minom-1663327432").
 */
export function urlDate(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  let m = /(?:^|\D)((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:\D|$)/.exec(path);
  if (m && valid(+m[1], +m[2], +m[3])) return iso(+m[1], +m[2], +m[3]);
  m = /(?:^|\D)((?:19|20)\d\d)(\d\d)(\d\d)(?:\D|$)/.exec(path);
  if (m && valid(+m[1], +m[2], +m[3])) return iso(+m[1], +m[2], +m[3]);
  m = /[a-z][-_](1[0-9]{9})(?:[./?#]|$)/i.exec(path);
  if (m) {
    const d = new Date(Number(m[1]) * 1000);
    if (valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())) return d.toISOString().slice(0, 10);
  }
  return undefined;
}
