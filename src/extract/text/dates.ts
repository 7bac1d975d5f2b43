// Dates stated in a sentence ("on 21 May", "on November 10", "in July 2024", "May 21, 2024") as YYYY-MM-DD or YYYY-MM.
import { MONTH_HINT, MONTH_PATTERN, MONTH_WORDS_PATTERN, monthNumber } from './months.ts';

const MONTH = MONTH_PATTERN;
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH}(?:,? (\\d{4}))?\\b`);
const MONTH_DAY = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:[-–]\\d{1,2})?(?:,? (\\d{4}))?\\b`);
const MONTH_YEAR = new RegExp(`\\b(?:in|since|from|during|by) ${MONTH},? (\\d{4})\\b`);


const month = (m: string) => String(monthNumber(m)).padStart(2, '0');
const pad = (d: string) => d.padStart(2, '0');

/** The first date the sentence states; a day without a year takes `year` (the article's), else nothing. */
export function sentenceDate(text: string, year?: number): string | undefined {
  // every form has a digit and a month name (at least its first three letters, capitalised)
  if (!/\d/.test(text) || !MONTH_HINT.test(text)) return undefined;
  const found: { at: number; date: string }[] = [];
  const withYear = (y: string | undefined) => y ?? (year !== undefined ? String(year) : undefined);
  // "May" is also a verb: only "May 21" with a day counts, which MONTH_DAY requires
  let m = MONTH_DAY.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 31 && withYear(m[3])) found.push({ at: m.index, date: `${withYear(m[3])}-${month(m[1])}-${pad(m[2])}` });
  m = DAY_MONTH.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 31 && withYear(m[3])) found.push({ at: m.index, date: `${withYear(m[3])}-${month(m[2])}-${pad(m[1])}` });
  m = MONTH_YEAR.exec(text);
  if (m) found.push({ at: m.index, date: `${m[2]}-${month(m[1])}` });
  // the first date the sentence states
  return found.sort((a, b) => a.at - b.at)[0]?.date;
}

/** Words naming another, earlier event a year may date: "founded in 2001", "the founding on June 15, 2001", "joined in 2017". */
const PAST_EVENT = new Set(['founded', 'founding', 'formed', 'formation', 'established', 'establishment', 'created', 'creation', 'inception', 'launched', 'joined', 'born', 'birth']);

/** Words that put the rest of their clause in the future: "hopes to host a meeting in 2012", "will chair it in 2026". */
const FUTURE = new Set(['will', 'would', 'shall', "'ll", 'hopes', 'hope', 'plans', 'plan', 'intends', 'intend', 'aims', 'seeks', 'wants', 'expects', 'scheduled', 'planned', 'upcoming', 'forthcoming']);

/** What may stand between a year and its preposition: the rest of its date ("on the morning of June 15, 2001"). */
const DATE_PARTS = new RegExp(`^(?:\\d{1,2}(?:st|nd|rd|th)?|,|\\.|the|of|early|late|mid|morning|evening|afternoon|night|${MONTH_WORDS_PATTERN})$`);

/**
 * Does the year at `i` (in a sentence's lower-cased words) date another event than the one the article reports? The
 * word before its date's preposition names a founding or a joining ("was formed in 2001", "its founding on June 15,
 * 2001"): a past event. Such a year never dates the article, nor a summit named without one.
 */
export function pastEventYear(words: readonly string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && words[j] !== 'in' && words[j] !== 'on' && DATE_PARTS.test(words[j])) j--;
  if (j < 1 || (words[j] !== 'in' && words[j] !== 'on')) return false;
  return PAST_EVENT.has(words[j - 1]) || (words[j - 1] === 'up' && words[j - 2] === 'set');
}

/** Is the year at `i` one of a planned event: a word of the future before it in its sentence ("hopes to host … in 2012")? */
export function futureYear(words: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) if (FUTURE.has(words[j])) return true;
  return false;
}
