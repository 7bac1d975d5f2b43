// Word classes from compromise's lexicon: which capitalised words are common English words, which are first names,
// which are date words, and compromise's organisation head words. compromise takes about a second to import, so the
// few lists taken from it are cached as JSON (keyed by compromise's version) and worker threads read the cache.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../io/atomic-write.ts';

type Tags = string | string[];

/** The word lists taken from compromise. */
export interface WordLists {
  version: string;
  firstNames: string[];
  common: string[];
  dates: string[];
  orgWords: string[];
}

const require = createRequire(import.meta.url);
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);
const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const DATE_TAGS = new Set(['Month', 'WeekDay', 'Date']);

/** The installed compromise's version, read from its package.json (its `exports` map hides that file from require). */
function compromiseVersion(): string {
  let dir = dirname(require.resolve('compromise'));
  while (!existsSync(join(dir, 'package.json')) || !/[\\/]compromise$/.test(dir)) {
    const up = dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Derives the word lists from compromise itself (slow: imports compromise). */
export function wordListsFromCompromise(): WordLists {
  const nlp = require('compromise') as { world(): { model: { one: { lexicon: Record<string, Tags> }; two: { orgWords: Record<string, unknown> } } } };
  const world = nlp.world();
  const firstNames: string[] = [];
  const common: string[] = [];
  const dates: string[] = [];
  for (const [word, t] of Object.entries(world.model.one.lexicon)) {
    const tags = Array.isArray(t) ? t : [t];
    if (tags.some((x) => FIRST_NAME_TAGS.has(x))) firstNames.push(word);
    if (!tags.some((x) => NAME_TAGS.has(x))) common.push(word);
    if (tags.some((x) => DATE_TAGS.has(x))) dates.push(word);
  }
  return { version: compromiseVersion(), firstNames, common, dates, orgWords: Object.keys(world.model.two.orgWords) };
}

/** Where the cache lives: node_modules/.cache, as other tools keep theirs. */
export const LEXICON_CACHE = fileURLToPath(new URL('../../node_modules/.cache/sco-kg/compromise-words.json', import.meta.url));

/** The word lists: from the cache when it matches the installed compromise, else from compromise (and cached). */
export function loadWordLists(cache = LEXICON_CACHE): WordLists {
  const version = compromiseVersion();
  try {
    const cached = JSON.parse(readFileSync(cache, 'utf8')) as WordLists;
    if (cached.version === version) return cached;
  } catch {
    // no cache yet
  }
  const lists = wordListsFromCompromise();
  try {
    writeFileAtomic(cache, JSON.stringify(lists));
  } catch {
    // read-only install: work without a cache
  }
  return lists;
}

const lists = loadWordLists();
const FIRST_NAMES: ReadonlySet<string> = new Set(lists.firstNames);
const COMMON: ReadonlySet<string> = new Set(lists.common);
const DATES: ReadonlySet<string> = new Set(lists.dates);

/** compromise knows the word as a first name (Vladimir, Sergei, Narendra …). */
export function isFirstName(lower: string): boolean {
  return FIRST_NAMES.has(lower);
}

/** compromise knows the word, and not as a name: "Comprehensive", "Follow", "July". */
export function isCommonWord(lower: string): boolean {
  return COMMON.has(lower);
}

/** compromise tags the word as a month, weekday or other date word. */
export function isDateWord(lower: string): boolean {
  return DATES.has(lower);
}

/** compromise's organisation head words (academy, agency, bank, bureau, center, council …). */
export const ORG_WORDS: ReadonlySet<string> = new Set(lists.orgWords);
