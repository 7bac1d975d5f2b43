// Stage 1: split the cleaned article text into sentences and tokens.
import type { Stage } from '../document.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokenize.ts';
import { cuesOf } from '../text/cues.ts';

export const sentences: Stage = {
  name: 'sentences',
  run(doc) {
    const text = doc.article.text;
    for (const span of splitSentences(text)) {
      const tokens = tokenize(text, span.start, span.end);
      doc.sentences.push({
        index: doc.sentences.length,
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        tokens,
        mentions: [],
        owner: new Array(tokens.length),
        titleCase: false,
        cues: cuesOf(tokens),
      });
      doc.candidates.push([]);
    }
  },
};
