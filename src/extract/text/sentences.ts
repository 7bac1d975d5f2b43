// Sentence splitter with character offsets: fast, linear, aware of abbreviations and initials.

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Two-letter initials of Cyrillic and Mongolian names in Latin script (Ц, Ш, Ж, Х, Ч, Ю, Я, Е). */
const INITIAL_DIGRAPHS = new Set(['Ts', 'Sh', 'Zh', 'Kh', 'Ch', 'Yu', 'Ya', 'Ye', 'Yo']);

/** Words that end with a period but rarely end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt cmdr adm sen rep gov st mt jr sr no vs etc approx dept est fig inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec h.e e.g i.e u.s u.k u.n a.m p.m'.split(' '),
);

/** Longest sentence kept whole; longer runs are cut at a space so pattern matching stays linear. */
export const MAX_SENTENCE = 1500;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** Closing quotes and brackets that stay with the sentence they end: " ' ” ’ ) ] */
const CLOSERS = new Set([...`"'”’)]`].map((ch) => ch.charCodeAt(0)));

/** A letter or a period (the code unit at `i`: ASCII by comparison, the rest by Unicode property). */
function isWordOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return /\p{L}/u.test(text[i]);
}

const BREAKS = /[.!?\n]/g;

/** Splits text into sentences. Line breaks always end a sentence (articles put paragraphs and headings on lines). */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const n = text.length;
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    while (e - s > MAX_SENTENCE) {
      // the last space within the window (lastIndexOf would scan on back to the text's start: quadratic without spaces)
      let cut = s + MAX_SENTENCE;
      while (cut > s && text.charCodeAt(cut) !== 32) cut--;
      if (cut <= s) cut = s + MAX_SENTENCE;
      out.push({ start: s, end: cut });
      s = cut;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
    }
    if (e > s) out.push({ start: s, end: e });
  };
  // the regular expression skips to the next line break or . ! ? (a native scan; no match object is made)
  BREAKS.lastIndex = 0;
  while (BREAKS.test(text)) {
    const i = BREAKS.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(start, i);
      start = i + 1;
      continue;
    }
    // include closing quotes and brackets after the punctuation
    let j = i + 1;
    while (j < n && CLOSERS.has(text.charCodeAt(j))) j++;
    if (j < n && !isSpace(text.charCodeAt(j))) continue;
    // next non-space character must look like a sentence start
    let k = j;
    while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0)) k++;
    if (k < n && text.charCodeAt(k) !== 10) {
      if (!/[\p{Lu}\d"“‘'(\[]/u.test(text[k])) continue;
    }
    if (c === 46) {
      // the word before the period
      let w = i - 1;
      while (w >= start && isWordOrDot(text, w)) w--;
      const word = text.slice(w + 1, i).toLowerCase();
      if (ABBREVIATIONS.has(word)) continue;
      if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(text[w + 1])) continue; // initial: "A. B. Vajpayee"
      // a transliterated two-letter initial before a name: "Ts. Elbegdorj", "Sh. Mirziyoyev", "Zh. Tokayev"
      if (INITIAL_DIGRAPHS.has(text.slice(w + 1, i)) && /\p{Lu}/u.test(text[k] ?? '')) continue;
      if (/^(\p{L}\.)+\p{L}$/u.test(word)) continue; // "U.S." style
    }
    push(start, j);
    start = j;
  }
  push(start, n);
  return out;
}
