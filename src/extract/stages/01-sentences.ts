// Stage 1: split the cleaned article text into sentences and tokens.
import type { Stage } from '../document.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokenize.ts';
import { cuesOf } from '../text/cues.ts';
import { isWide, narrow } from '../text/narrow.ts';

export const sentences: Stage = {
  name: 'sentences',
  run(doc) {
    // the sentences in one byte per character where they can be (see narrow.ts): the whole text at once when it can
    const wide = isWide(doc.article.text);
    const text = wide ? doc.article.text : narrow(doc.article.text);
    for (const span of splitSentences(text)) {
      const sentence = text.slice(span.start, span.end);
      const own = wide ? narrow(sentence) : sentence;
      const tokens = tokenize(own, 0, own.length, span.start);
      doc.sentences.push({
        index: doc.sentences.length,
        start: span.start,
        end: span.end,
        text: own,
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
