// Tokenizer with character offsets: words, numbers, possessive 's, hyphens and punctuation as separate tokens.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** first character is an upper-case letter */
  cap: boolean;
  /** a word or number (not punctuation) */
  word: boolean;
  /** no space between this token and the previous one */
  attached: boolean;
}

// words (letters, marks, digits, internal apostrophes, dotted initials like U.S.), or any single non-space character
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|\S/gu;

/** Tokenizes `text` from `offset` to `end`; offsets in tokens are absolute. */
export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(offset, end);
  let prevEnd = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    const s = offset + m.index;
    // split a possessive 's / ’s off the word
    const poss = t.length > 2 ? /['’]s$/u.exec(t) : null;
    if (poss) {
      t = t.slice(0, -2);
      out.push(make(t, s, s === prevEnd));
      out.push(make(slice.slice(m.index + t.length, m.index + t.length + 2), s + t.length, true));
    } else {
      out.push(make(t, s, s === prevEnd));
    }
    prevEnd = s + m[0].length;
  }
  return out;
}

function make(text: string, start: number, attached: boolean): Token {
  const first = text.charCodeAt(0);
  const word = /[\p{L}\p{N}]/u.test(text[0]);
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    cap: word && first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(text),
    word,
    attached,
  };
}
