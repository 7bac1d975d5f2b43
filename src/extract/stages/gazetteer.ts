// The gazetteer stage: the entity ruler — gazetteer phrases (countries, demonyms, cities, organisations, initiatives, titles) as candidates.
import type { Mention, Sentence, Stage } from '../document.ts';
import { mention, spanText } from '../document.ts';
import { isCommonWord } from '../../knowledge/lexicon.ts';
import { FUNCTION_WORDS } from '../text/function-words.ts';

/** A headline in Title Case: no closing period, most content words capitalised, and at least two capitalised
 * common words that no gazetteer entry explains ("Leaders Sign Astana Declaration, Back …"). */
export function isTitleCase(s: Sentence, candidates: Mention[]): boolean {
  const t = s.tokens;
  if (!t.length || t[t.length - 1].text === '.') return false;
  const content = t.filter((x) => x.word && !FUNCTION_WORDS.has(x.lower) && !(x.text.charCodeAt(0) >= 48 && x.text.charCodeAt(0) <= 57));
  if (content.length < 4 || content.filter((x) => x.cap).length < 0.8 * content.length) return false;
  const covered = new Set<number>();
  for (const c of candidates) for (let i = c.t0; i < c.t1; i++) covered.add(i);
  let common = 0;
  for (let i = 1; i < t.length; i++) if (t[i].word && t[i].cap && !covered.has(i) && !FUNCTION_WORDS.has(t[i].lower) && isCommonWord(t[i].lower)) common++;
  return common >= 2;
}

export const gazetteer: Stage = {
  name: 'gazetteer',
  requires: ['sentences'],
  provides: ['gazetteer'],
  run(doc) {
    const { trie } = doc.knowledge;
    for (const s of doc.sentences) {
      const out = doc.candidates[s.index];
      for (let i = 0; i < s.tokens.length; i++) {
        if (!s.tokens[i].word) continue;
        // a phrase must start at a word boundary: not inside a hyphenated word ("Xi'an" is one token already)
        for (const { entry, end } of trie.matchAt(s.tokens, i)) {
          if (end < s.tokens.length && s.tokens[end].attached && s.tokens[end].text === '-' && entry.kind !== 'demonym' && entry.kind !== 'country') continue;
          out.push(mention(entry.kind, entry.ref, spanText(s, i, end), i, end, 'gazetteer'));
        }
      }
      s.titleCase = isTitleCase(s, out);
    }
  },
};
