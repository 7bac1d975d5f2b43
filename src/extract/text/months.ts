// Month names, written once: as words (a set), in order (for their numbers), and as the patterns date readers match
// ("21 May 2024", "Sept. 3", "in July 2024"). Used by extraction (text/dates.ts, the name and summit stages) and by the
// readers of article metadata (ingest/metadata.ts).

/** The months in order, lower case. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** Month names as words (compromise tags "May" as a modal verb first). */
export const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);

/** The month's number (1–12) of a month name or of its first three letters or more ("Sep", "sept", "January"), else 0. */
export function monthNumber(word: string): number {
  const three = word.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.startsWith(three)) + 1;
}

/** Is a lower-case word a month's name or the start of one of three letters or more ("jan", "sept", "august")? */
export function isMonthWord(lower: string): boolean {
  return lower.length >= 3 && MONTH_NAMES.some((m) => m.startsWith(lower));
}

/** Abbreviations of the month names (three letters, "Sep" also "Sept"); May has none. */
const ABBREVIATIONS = MONTH_NAMES.filter((m) => m !== 'may').map((m) => (m === 'september' ? 'sept?' : m.slice(0, 3)));
const capital = (w: string) => w[0].toUpperCase() + w.slice(1);

/** Regular-expression source of a capitalised month name or abbreviation with its optional dot, as one group. */
export const MONTH_PATTERN = `(${[...MONTH_NAMES.map(capital), ...ABBREVIATIONS.map((a) => `${capital(a)}\\.?`)].join('|')})`;

/** Regular-expression source of a lower-case month abbreviation or name (alternatives, no group). */
export const MONTH_WORDS_PATTERN = [...ABBREVIATIONS, ...MONTH_NAMES].join('|');

/** The capitalised first three letters of every month ("Jan" … "Dec"): a quick test that a text may hold a date. */
export const MONTH_HINT = new RegExp(MONTH_NAMES.map((m) => capital(m.slice(0, 3))).join('|'));
