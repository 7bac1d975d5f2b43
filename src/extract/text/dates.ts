// Dates stated in a sentence ("on 21 May", "on November 10", "in July 2024", "May 21, 2024") as YYYY-MM-DD or YYYY-MM.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH}(?:,? (\\d{4}))?\\b`);
const MONTH_DAY = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:[-–]\\d{1,2})?(?:,? (\\d{4}))?\\b`);
const MONTH_YEAR = new RegExp(`\\b(?:in|since|from|during|by) ${MONTH},? (\\d{4})\\b`);

const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;

const month = (m: string) => String(MONTHS.indexOf(m.slice(0, 3).toLowerCase()) + 1).padStart(2, '0');
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
