// The sentences stage: split the cleaned article text into sentences and tokens, its typography made plain first (curly quotes,
// hyphen variants, wide spaces: see normalise-typography.ts). A sentence's `text` and tokens are the plain form; its
// `start` and `end` are offsets in the article's own text, so evidence points there.
import type { Stage } from '../document.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokenize.ts';
import { cuesOf } from '../text/cues.ts';
import { isWide, narrow } from '../text/narrow.ts';
import { normaliseTypography } from '../text/normalise-typography.ts';

export const sentences: Stage = {
  name: 'sentences',
  requires: [],
  provides: ['sentences'],
  run(doc) {
    // the sentences in one byte per character where they can be (see narrow.ts): the whole text at once when it can
    const plain = normaliseTypography(doc.article.text);
    const wide = isWide(plain.text);
    const text = wide ? plain.text : narrow(plain.text);
    for (const span of splitSentences(text)) {
      const sentence = text.slice(span.start, span.end);
      const own = wide ? narrow(sentence) : sentence;
      const start = plain.start(span.start);
      // token offsets: the sentence's start in the article plus their offset in its plain text (spanText reads them so)
      const tokens = tokenize(own, 0, own.length, start);
      doc.sentences.push({
        index: doc.sentences.length,
        start,
        end: plain.end(span.end),
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
