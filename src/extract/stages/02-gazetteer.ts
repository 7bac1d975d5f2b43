// Stage 2: the entity ruler — gazetteer phrases (countries, demonyms, cities, organisations, initiatives, titles) as candidates.
import type { Stage } from '../document.ts';
import { spanText } from '../document.ts';

export const gazetteer: Stage = {
  name: 'gazetteer',
  run(doc) {
    const { trie } = doc.knowledge;
    for (const s of doc.sentences) {
      const out = doc.candidates[s.index];
      for (let i = 0; i < s.tokens.length; i++) {
        if (!s.tokens[i].word) continue;
        // a phrase must start at a word boundary: not inside a hyphenated word ("Xi'an" is one token already)
        for (const { entry, end } of trie.matchAt(s.tokens, i)) {
          if (end < s.tokens.length && s.tokens[end].attached && s.tokens[end].text === '-' && entry.kind !== 'demonym' && entry.kind !== 'country') continue;
          out.push({ kind: entry.kind, ref: entry.ref, text: spanText(s, i, end), t0: i, t1: end, via: 'gazetteer' });
        }
      }
    }
  },
};
