// Typography as real pages write it, made plain before lookup: curly quotes and apostrophes, hyphen and minus
// variants, non-breaking and other wide spaces, zero-width characters, fullwidth letters and ligatures (their NFKC
// forms) and letters written as base + combining marks (NFC). "People’s Republic of China" then matches the gazetteer
// as "People's Republic of China" does. Every character of the result knows the span of the original it came from, so
// evidence offsets still point into the article's own text.
//
// En and em dashes stay: the rules read them as clause and list marks, unlike the hyphen.

/** One-for-one replacements. */
const REPLACE = new Map<number, string>([
  // apostrophes and single quotes
  [0x2018, "'"], [0x2019, "'"], [0x201a, "'"], [0x201b, "'"], [0x2032, "'"], [0x02bc, "'"], [0xff07, "'"],
  // double quotes
  [0x201c, '"'], [0x201d, '"'], [0x201e, '"'], [0x201f, '"'], [0x2033, '"'], [0x00ab, '"'], [0x00bb, '"'], [0xff02, '"'],
  // hyphens, minus signs; the horizontal bar is an em dash
  [0x2010, '-'], [0x2011, '-'], [0x2012, '-'], [0x2212, '-'], [0xfe63, '-'], [0xff0d, '-'], [0x2015, '—'], [0xfe58, '—'],
  // spaces of every width, non-breaking ones included
  [0x00a0, ' '], [0x2000, ' '], [0x2001, ' '], [0x2002, ' '], [0x2003, ' '], [0x2004, ' '], [0x2005, ' '], [0x2006, ' '],
  [0x2007, ' '], [0x2008, ' '], [0x2009, ' '], [0x200a, ' '], [0x202f, ' '], [0x205f, ' '], [0x3000, ' '],
]);

/** Characters that are dropped: zero-width spaces and joiners, the word joiner, a stray byte-order mark, the soft hyphen. */
const DROP = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

/** Blocks whose compatibility forms are plain letters and digits: fullwidth ASCII, Latin ligatures (ﬁ → fi). */
const nfkcSafe = (cp: number) => (cp >= 0xff01 && cp <= 0xff5e) || (cp >= 0xfb00 && cp <= 0xfb06);

const isMark = (cp: number) => (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff);

/** Whether a code unit may need a change (the fast path skips text where none does). */
const touched = (c: number) => c >= 0xa0 && (REPLACE.has(c) || DROP.has(c) || nfkcSafe(c) || isMark(c) || (c >= 0xd800 && c <= 0xdbff));

export interface NormalisedText {
  text: string;
  /** offset in the original text of offset `i` of `text`, as the start of a span */
  start(i: number): number;
  /** offset in the original text of offset `i` of `text`, as the end of a span */
  end(i: number): number;
}

const identity = (text: string): NormalisedText => ({ text, start: (i) => i, end: (i) => i });

/** Normalises `text`; the result maps its offsets back to `text`. The same text comes back when nothing changes. */
export function normaliseTypography(text: string): NormalisedText {
  const n = text.length;
  let first = 0;
  while (first < n && !touched(text.charCodeAt(first))) first++;
  if (first === n) return identity(text);
  // a combining mark composes with the letter before it
  if (first > 0 && isMark(text.charCodeAt(first))) first -= first > 1 && text.charCodeAt(first - 1) >= 0xdc00 && text.charCodeAt(first - 1) <= 0xdfff ? 2 : 1;

  const parts: string[] = [text.slice(0, first)];
  // from[j], to[j]: the span of the original that character j of the result came from (only past `first`)
  const from: number[] = [];
  const to: number[] = [];
  let outLen = first;
  const emit = (s: string, a: number, b: number) => {
    parts.push(s);
    for (let k = 0; k < s.length; k++) {
      from.push(a);
      to.push(b);
    }
    outLen += s.length;
  };
  let changed = false;
  let i = first;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    // a letter followed by combining marks: composed where Unicode has one character for it
    let j = i + w;
    while (j < n && isMark(text.charCodeAt(j))) j++;
    if (j > i + w && !isMark(cp)) {
      const cluster = text.slice(i, j);
      const composed = cluster.normalize('NFC');
      emit(composed, i, j);
      changed ||= composed !== cluster;
      i = j;
      continue;
    }
    const r = REPLACE.get(cp);
    if (r !== undefined) {
      emit(r, i, i + w);
      changed = true;
    } else if (DROP.has(cp)) {
      changed = true;
    } else if (nfkcSafe(cp)) {
      emit(String.fromCodePoint(cp).normalize('NFKC'), i, i + w);
      changed = true;
    } else {
      emit(text.slice(i, i + w), i, i + w);
    }
    i += w;
  }
  if (!changed) return identity(text);
  const out = parts.join('');
  return {
    text: out,
    start: (k) => (k < first ? k : k < outLen ? from[k - first] : n),
    end: (k) => (k <= first ? k : to[k - first - 1]),
  };
}
