// Stage 1: split the cleaned article text into sentences and tokens.
import type { Stage } from '../document.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize, type Token } from '../text/tokenize.ts';

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with', 'as', 'vs', 'from', 'or', 'into', 'over']);

/** A headline in Title Case: no closing period, and most of at least four content words capitalised. */
export function isTitleCase(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last || last.text === '.') return false;
  const content = tokens.filter((t) => t.word && !FUNCTION_WORDS.has(t.lower) && !/^\d/.test(t.text));
  if (content.length < 4) return false;
  return content.filter((t) => t.cap).length >= 0.8 * content.length;
}

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
        titleCase: isTitleCase(tokens),
      });
      doc.candidates.push([]);
    }
  },
};
