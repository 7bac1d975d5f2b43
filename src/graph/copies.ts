// Wire copies: the same agency story printed by many outlets, found as near-duplicate texts. Each article gets a
// MinHash signature over its word 5-shingles (one-permutation MinHash: each shingle's hash falls in one of 64 bins,
// the least per bin is kept; one hash per shingle instead of 64, deterministic), signatures are bucketed by bands
// (locality-sensitive hashing: 32 bands of 2 bins) and candidate pairs kept when their estimated Jaccard similarity is high enough.
// Groups are the connected pairs; a group's representative is its smallest article id, so any file order gives the
// same groups.

const K = 64;
const ROWS = 2;
const BANDS = Math.floor(K / ROWS);
const SHINGLE = 5;
/** Texts shorter than this (in words) get no signature: a few words in common say nothing. */
const MIN_WORDS = 40;
/** Estimated Jaccard similarity of shingle sets above which two articles are copies of one story. */
export const COPY_SIMILARITY = 0.6;
/** Buckets larger than this compare each member with the bucket's first and next member only (linear, not quadratic). */
const FULL_BUCKET = 64;

/** murmur3's finaliser: a good 32-bit mix. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const EMPTY = 0xffffffff;
const EMPTY_HEX = 'ffffffff';
const EMPTY_BAND = EMPTY_HEX.repeat(ROWS);
const HEX = /^[0-9a-f]+$/;

/**
 * The MinHash signature of a text as a string (8 hex digits per bin, "ffffffff" for an empty bin), or undefined for a
 * short text. Words are runs of letters and digits (ASCII folded to lower case; other characters above U+007F count as
 * letters unless they are spaces or punctuation of the General Punctuation block).
 */
export function fingerprint(text: string): string | undefined {
  const words: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 32;
    let letter: boolean;
    if (c < 128) {
      if (c >= 65 && c <= 90) c |= 32;
      letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    } else letter = c !== 0xa0 && c !== 0x3000 && !(c >= 0x2000 && c <= 0x206f) && c !== 0xab && c !== 0xbb;
    if (letter) {
      if (!inWord) h = 0x811c9dc5;
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      words.push(h);
      inWord = false;
    }
  }
  if (words.length < MIN_WORDS) return undefined;
  const sig = new Uint32Array(K).fill(EMPTY);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let x = 0x9e3779b9;
    for (let k = 0; k < SHINGLE; k++) x = Math.imul(x ^ words[i + k], 0x01000193);
    x = mix(x);
    const bin = x & (K - 1);
    const v = x >>> 6;
    if (v < sig[bin]) sig[bin] = v;
  }
  let out = '';
  for (const v of sig) out += v.toString(16).padStart(8, '0');
  return out;
}

/**
 * Estimated Jaccard similarity of two signatures: of the bins filled in either, the share where both hold the same
 * least hash.
 */
export function similarity(a: string, b: string): number {
  let same = 0;
  let filled = 0;
  for (let j = 0; j < K; j++) {
    const x = a.slice(j * 8, j * 8 + 8);
    const y = b.slice(j * 8, j * 8 + 8);
    if (x === EMPTY_HEX && y === EMPTY_HEX) continue;
    filled++;
    if (x === y) same++;
  }
  return filled ? same / filled : 0;
}

/** {@link similarity} of the signatures at offsets `a` and `b` of `bins` (K numbers each). */
function binSimilarity(bins: Uint32Array, a: number, b: number): number {
  let same = 0;
  let filled = 0;
  for (let j = 0; j < K; j++) {
    const x = bins[a + j];
    const y = bins[b + j];
    if (x === EMPTY && y === EMPTY) continue;
    filled++;
    if (x === y) same++;
  }
  return filled ? same / filled : 0;
}

/**
 * Groups near-duplicate articles. Returns, for every article in a group of two or more, the group's members sorted by
 * id (the first is its representative). Articles without a signature are in no group.
 */
export function groupCopies(articles: { id: string; fingerprint?: string }[]): Map<string, string[]> {
  const withSig = articles.filter((a) => a.fingerprint && a.fingerprint.length === K * 8 && HEX.test(a.fingerprint)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parent = withSig.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  // the signatures as numbers, once (comparing 8-character slices of two strings for every candidate pair cost
  // seconds on 26,000 articles)
  const bins = new Uint32Array(withSig.length * K);
  withSig.forEach((a, i) => {
    for (let j = 0; j < K; j++) bins[i * K + j] = parseInt(a.fingerprint!.slice(j * 8, j * 8 + 8), 16);
  });
  const tryPair = (i: number, j: number) => {
    if (find(i) !== find(j) && binSimilarity(bins, i * K, j * K) >= COPY_SIMILARITY) union(i, j);
  };
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < withSig.length; i++) {
      const key = withSig[i].fingerprint!.slice(band * ROWS * 8, (band + 1) * ROWS * 8);
      if (key === EMPTY_BAND) continue; // a band of empty bins says nothing (short texts share them)
      const b = buckets.get(key);
      if (b) b.push(i);
      else buckets.set(key, [i]);
    }
    for (const members of buckets.values()) {
      if (members.length < 2) continue;
      if (members.length <= FULL_BUCKET) {
        for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) tryPair(members[x], members[y]);
      } else {
        for (let x = 1; x < members.length; x++) {
          tryPair(members[0], members[x]);
          tryPair(members[x - 1], members[x]);
        }
      }
    }
  }
  const groups = new Map<number, string[]>();
  withSig.forEach((a, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(a.id);
    else groups.set(r, [a.id]);
  });
  const out = new Map<string, string[]>();
  for (const g of groups.values()) if (g.length > 1) for (const id of g) out.set(id, g);
  return out;
}
