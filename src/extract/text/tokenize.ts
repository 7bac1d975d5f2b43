// Tokenizer with character offsets: words, numbers, possessive 's, hyphens and punctuation as separate tokens.
//
// It reads the text once, code point by code point, and gives exactly the tokens of the regular expression
//   /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|\S/gu
// (dotted initials like "U.S.", words with internal apostrophes, or any single non-space character), with a
// possessive 's split off the word. The Unicode classes of each code point are looked up in a table filled on first
// use, so the hot loop does integer work instead of running a regular expression over a copy of the sentence.
import { narrow } from './narrow.ts';

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

const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const UPPER = 8;
const SPACE = 16;
const KNOWN = 128;

const CLASSES: [RegExp, number][] = [
  [/^\p{L}$/u, LETTER],
  [/^\p{M}$/u, MARK],
  [/^\p{N}$/u, NUMBER],
  [/^\p{Lu}$/u, UPPER],
  [/^\s$/u, SPACE],
];

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let f = KNOWN;
  for (const [re, flag] of CLASSES) if (re.test(ch)) f |= flag;
  return f;
}

/** Classes of the Basic Multilingual Plane, filled on first use; astral code points are classified each time. */
const BMP = new Uint8Array(0x10000);

function classOf(cp: number): number {
  if (cp > 0xffff) return classify(cp);
  let f = BMP[cp];
  if (f === 0) f = BMP[cp] = classify(cp);
  return f;
}

/** Code point at `i`, a lone surrogate standing for itself (as in a /u regular expression). */
function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const PERIOD = 46;

/** End of the dotted initials starting at `i` ("U.S."), or -1 when there are fewer than two. */
function initialsEnd(text: string, i: number, end: number): number {
  let j = i;
  let n = 0;
  while (j < end) {
    const cp = codePointAt(text, j, end);
    const w = width(cp);
    if (!(classOf(cp) & UPPER) || j + w >= end || text.charCodeAt(j + w) !== PERIOD) break;
    j += w + 1;
    n++;
  }
  return n >= 2 ? j : -1;
}

/** End of the run of code points starting at `i` whose classes meet `mask`. */
function runEnd(text: string, i: number, end: number, mask: number): number {
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      // ASCII: letters and digits only (the classes asked for are always letter and mark, maybe number)
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (mask & NUMBER && c >= 48 && c <= 57)) {
        j++;
        continue;
      }
      break;
    }
    const cp = codePointAt(text, j, end);
    if (!(classOf(cp) & mask)) break;
    j += width(cp);
  }
  return j;
}

/** End of a word starting at `i` (its first code point is a letter, mark or digit): the run, then 'segments. */
function wordEnd(text: string, i: number, end: number): number {
  let j = runEnd(text, i, end, LETTER | MARK | NUMBER);
  for (;;) {
    const c = text.charCodeAt(j);
    if (j >= end || (c !== APOSTROPHE && c !== RIGHT_QUOTE)) return j;
    const k = runEnd(text, j + 1, end, LETTER | MARK);
    if (k === j + 1) return j;
    j = k;
  }
}

/**
 * Tokenizes `text` from `offset` to `end`. Offsets in tokens are absolute, plus `base`: the offset of `text` in a
 * longer text it was cut from (a sentence of an article).
 */
export function tokenize(text: string, offset = 0, end = text.length, base = 0): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  let i = offset;
  while (i < end) {
    const cp = codePointAt(text, i, end);
    const f = cp < 128 ? asciiClass(cp) : classOf(cp);
    if (f & SPACE) {
      i += width(cp);
      continue;
    }
    let j = f & UPPER ? initialsEnd(text, i, end) : -1;
    if (j < 0) j = f & (LETTER | MARK | NUMBER) ? wordEnd(text, i, end) : i + width(cp);
    // split a possessive 's / ’s off the word
    const last = text.charCodeAt(j - 2);
    if (j - i > 2 && (last === APOSTROPHE || last === RIGHT_QUOTE) && text.charCodeAt(j - 1) === 115) {
      out.push(make(text, i, j - 2, i === prevEnd, base));
      out.push(make(text, j - 2, j, true, base));
    } else {
      out.push(make(text, i, j, i === prevEnd, base));
    }
    prevEnd = j;
    i = j;
  }
  return out;
}

/** Classes of an ASCII code point, without the table. */
function asciiClass(c: number): number {
  if (c >= 97 && c <= 122) return KNOWN | LETTER;
  if (c >= 65 && c <= 90) return KNOWN | LETTER | UPPER;
  if (c >= 48 && c <= 57) return KNOWN | NUMBER;
  if (c === 32 || (c >= 9 && c <= 13)) return KNOWN | SPACE;
  return KNOWN;
}

/**
 * Token strings seen before, so that a word met again costs no new strings: the same `text` and `lower` objects come
 * back, with their hashes already computed for every later Map and Set lookup. An open-addressing table keyed by a
 * hash of the code units; it stops taking new words when full (the tokens are the same either way, only fresher).
 */
const INTERN_BITS = 17;
const INTERN_SLOTS = 1 << INTERN_BITS;
const INTERN_MAX = INTERN_SLOTS >> 1;
/** Longer tokens are rare and rarely repeated: sliced each time. */
const INTERN_LONGEST = 24;
const internHash = new Int32Array(INTERN_SLOTS);
const internText: (string | undefined)[] = new Array(INTERN_SLOTS).fill(undefined);
const internLower: string[] = new Array(INTERN_SLOTS).fill('');
const internFlags = new Uint8Array(INTERN_SLOTS);
let interned = 0;

const CAP = 1;
const WORD = 2;

function make(source: string, start: number, end: number, attached: boolean, base: number): Token {
  if (end - start > INTERN_LONGEST) return fresh(source, start, end, attached, base);
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ source.charCodeAt(k), 0x01000193);
  h |= 1; // 0 marks an empty slot
  const len = end - start;
  let slot = h & (INTERN_SLOTS - 1);
  for (;;) {
    const sh = internHash[slot];
    if (sh === 0) break;
    if (sh === h) {
      const t = internText[slot]!;
      if (t.length === len) {
        let k = 0;
        while (k < len && t.charCodeAt(k) === source.charCodeAt(start + k)) k++;
        if (k === len) {
          const f = internFlags[slot];
          return { text: t, lower: internLower[slot], start: start + base, end: end + base, cap: (f & CAP) !== 0, word: (f & WORD) !== 0, attached };
        }
      }
    }
    slot = (slot + 1) & (INTERN_SLOTS - 1);
  }
  const token = fresh(source, start, end, attached, base);
  if (interned < INTERN_MAX) {
    interned++;
    internHash[slot] = h;
    internText[slot] = token.text;
    internLower[slot] = token.lower;
    internFlags[slot] = (token.cap ? CAP : 0) | (token.word ? WORD : 0);
  }
  return token;
}

/** A token whose strings are new (narrowed: see narrow.ts; the token table keeps them for every later sentence). */
function fresh(source: string, start: number, end: number, attached: boolean, base: number): Token {
  const text = narrow(source.slice(start, end));
  const first = text.charCodeAt(0);
  // the first code unit decides `word` (a surrogate is neither letter nor digit); `cap` reads the whole code point
  const word = first < 128 ? (asciiClass(first) & (LETTER | NUMBER)) !== 0 : first < 0xd800 || first > 0xdfff ? (classOf(first) & (LETTER | NUMBER)) !== 0 : false;
  const cap = word && first < 128 ? first >= 65 && first <= 90 : (classOf(codePointAt(text, 0, text.length)) & UPPER) !== 0;
  return { text, lower: text.toLowerCase(), start: start + base, end: end + base, cap, word, attached };
}
