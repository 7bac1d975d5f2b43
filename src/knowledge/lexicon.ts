// Word classes from compromise's lexicon: which capitalised words are common English words, which are first names.
import nlp from 'compromise';

type Tags = string | string[];
const LEXICON: Record<string, Tags> = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, Tags> } } }).model.one.lexicon;

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);
const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);

function tagsOf(lower: string): string[] {
  const t = LEXICON[lower];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

/** compromise knows the word as a first name (Vladimir, Sergei, Narendra …). */
export function isFirstName(lower: string): boolean {
  return tagsOf(lower).some((t) => FIRST_NAME_TAGS.has(t));
}

/** compromise knows the word, and not as a name: "Comprehensive", "Follow", "July". */
export function isCommonWord(lower: string): boolean {
  const tags = tagsOf(lower);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}

/** compromise tags the word as a month, weekday or other date word. */
export function isDateWord(lower: string): boolean {
  return tagsOf(lower).some((t) => t === 'Month' || t === 'WeekDay' || t === 'Date');
}

/** compromise's organisation head words (academy, agency, bank, bureau, center, council …). */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  Object.keys((nlp.world() as unknown as { model: { two: { orgWords: Record<string, unknown> } } }).model.two.orgWords),
);
