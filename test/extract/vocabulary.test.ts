// The words the extraction rules read live in src/extract/text (words.ts, function-words.ts, event-words.ts,
// months.ts): a stage or relation file that declares a list of words of its own fails here, so near-duplicate lists
// cannot grow back in the files that use them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BE_FORMS, HAVE_FORMS, PASSIVE_AUX, SKIPPABLE, SUBJECT_GLUE, VERB_ADVERBS, WILL_FORMS } from '../../src/extract/text/function-words.ts';
import { BETWEEN_CUES, GROUP_AFTER_AUX, MEET_FORMS, MEETING_NOUNS, WITH_CUES } from '../../src/extract/text/event-words.ts';
import { MONTH_NAMES, MONTHS, monthNumber } from '../../src/extract/text/months.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The word lists a source text declares: a set or array literal of two or more lower-case words. */
export function wordLists(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:new Set(?:<string>)?\(|=\s*)\[([^[\]]*)\]/g)) {
    // only literals: string items (and spreads of other lists), nothing computed
    if (!/^\s*(?:(?:'[^']*'|"[^"]*"|\.\.\.[A-Z_]+)\s*(?:,\s*|$))+$/.test(m[1])) continue;
    const words = m[1].match(/'[a-z][a-z' -]*'|"[a-z][a-z' -]*"/g) ?? [];
    if (words.length >= 2) found.push(m[0].replace(/\s+/g, ' ').slice(0, 70));
  }
  return found;
}

describe('one vocabulary', () => {
  it.each([
    ["const VERBS = new Set(['met', 'held']);", 1],
    ["const V: ReadonlySet<string> = new Set(['a', 'an', 'the']);", 1],
    ["const OPENERS = ['said', 'told'];", 1],
    ["const V = new Set([...MEET_FORMS, ...HOLD_FORMS]);", 0],
    ["const seen = new Set<string>();", 0],
    ["const ends = [',', ':'];", 0],
    ["const refs = [...new Set(s.mentions.filter((m) => m.kind !== 'title' && m.kind !== 'place'))];", 0],
  ])('wordLists(%j) finds %i', (text, n) => {
    expect(wordLists(text).length).toBe(n);
  });

  /** Lists that are data, not words: office ids of data/gazetteer/offices.json. */
  const DATA_IDS = ['src/extract/relations/leader-groups.ts'];

  it('no stage or relation file declares a word list of its own', () => {
    const dirs = ['src/extract/stages', 'src/extract/relations'];
    const lists = dirs.flatMap((d) =>
      readdirSync(join(ROOT, d))
        .filter((f) => f.endsWith('.ts') && !DATA_IDS.includes(`${d}/${f}`))
        .flatMap((f) => wordLists(readFileSync(join(ROOT, d, f), 'utf8')).map((l) => `${d}/${f}: ${l}`)),
    );
    expect(lists).toEqual([]);
  });

  it('lists built from a class hold all of its forms', () => {
    for (const w of [...BE_FORMS, ...HAVE_FORMS, ...WILL_FORMS]) expect(SUBJECT_GLUE.has(w), w).toBe(true);
    for (const w of [...HAVE_FORMS, ...WILL_FORMS, ...VERB_ADVERBS]) expect(SKIPPABLE.has(w), w).toBe(true);
    for (const w of BE_FORMS) expect(PASSIVE_AUX.has(w), w).toBe(true);
    for (const w of [...MEET_FORMS, ...MEETING_NOUNS]) expect(WITH_CUES.has(w), w).toBe(true);
    for (const w of MEETING_NOUNS) expect(BETWEEN_CUES.has(w), w).toBe(true);
    for (const w of MEET_FORMS) expect(GROUP_AFTER_AUX.has(w), w).toBe(true);
  });

  it.each([
    ['January', 1],
    ['Sept.', 9],
    ['sep', 9],
    ['May', 5],
    ['Dec', 12],
    ['Mayor', 5],
    ['Monday', 0],
  ])('monthNumber(%s) = %i', (word, n) => {
    expect(monthNumber(word)).toBe(n);
  });

  it('has the twelve months once, in order', () => {
    expect(MONTH_NAMES.length).toBe(12);
    expect(MONTHS.size).toBe(12);
    expect(MONTH_NAMES.indexOf('july')).toBe(6);
  });
});
