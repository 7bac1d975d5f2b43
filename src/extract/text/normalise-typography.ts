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

/**
 * Normalises `text`; the result maps its offsets back to `text`. The same text comes back when nothing changes.
 *
 * The map is a list of segments, each starting at an offset of the result: a linear one (`end` undefined) maps offset
 * o + d to in + d (untouched text and one-for-one replacements); an atomic one is a piece of the result made from a
 * span of the original that cannot be cut (a composed letter, a ligature spelled out): its offsets map to the span's
 * ends. Dropped characters only start a new segment.
 */
export function normaliseTypography(text: string): NormalisedText {
  const n = text.length;
  let first = 0;
  while (first < n && !touched(text.charCodeAt(first))) first++;
  if (first === n) return identity(text);
  // a combining mark composes with the letter before it
  if (first > 0 && isMark(text.charCodeAt(first))) first -= first > 1 && text.charCodeAt(first - 1) >= 0xdc00 && text.charCodeAt(first - 1) <= 0xdfff ? 2 : 1;

  const parts: string[] = [];
  const segOut: number[] = [0];
  const segIn: number[] = [0];
  const segEnd: (number | undefined)[] = [undefined];
  let outLen = 0;
  let runStart = 0; // start of the untouched run not yet copied
  let changed = false;
  const flush = (to: number) => {
    if (to > runStart) {
      parts.push(text.slice(runStart, to));
      outLen += to - runStart;
    }
  };
  const segment = (inPos: number, inEnd?: number) => {
    segOut.push(outLen);
    segIn.push(inPos);
    segEnd.push(inEnd);
  };
  /** the original span [from, to) becomes `plain`, cut only at its ends */
  const atomic = (from: number, to: number, plain: string) => {
    flush(from);
    segment(from, to);
    parts.push(plain);
    outLen += plain.length;
    segment(to);
    runStart = to;
    changed = true;
  };
  let i = first;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!touched(c) && !(i + 1 < n && isMark(text.charCodeAt(i + 1)))) {
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    if (DROP.has(cp)) {
      // dropped even before a combining mark (which then stands alone, as it did)
      flush(i);
      runStart = i + 1;
      segment(runStart);
      changed = true;
      i++;
      continue;
    }
    let j = i + w;
    while (j < n && isMark(text.charCodeAt(j))) j++;
    if (j > i + w && !isMark(cp)) {
      // a letter followed by combining marks: composed where Unicode has one character for it
      const cluster = text.slice(i, j);
      const base = REPLACE.get(cp) ?? (nfkcSafe(cp) ? String.fromCodePoint(cp).normalize('NFKC') : text.slice(i, i + w));
      const composed = (base + text.slice(i + w, j)).normalize('NFC');
      if (composed !== cluster) atomic(i, j, composed);
      i = j;
      continue;
    }
    const r = REPLACE.get(cp) ?? (nfkcSafe(cp) ? String.fromCodePoint(cp).normalize('NFKC') : undefined);
    if (r !== undefined && r.length === w) {
      // one for one: the linear segment goes on
      flush(i);
      parts.push(r);
      outLen += w;
      runStart = i + w;
      changed = true;
    } else if (r !== undefined) {
      atomic(i, i + w, r);
    }
    i += w;
  }
  flush(n);
  if (!changed) return identity(text);
  const out = parts.join('');
  /** index of the last segment starting at or before `k` */
  const segmentAt = (k: number) => {
    let lo = 0;
    let hi = segOut.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segOut[mid] <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    text: out,
    start(k) {
      if (k >= outLen) return n;
      const s = segmentAt(k);
      return segEnd[s] === undefined ? segIn[s] + (k - segOut[s]) : segIn[s];
    },
    end(k) {
      if (k <= 0) return 0;
      const s = segmentAt(k - 1);
      return segEnd[s] === undefined ? segIn[s] + (k - segOut[s]) : segEnd[s]!;
    },
  };
}
