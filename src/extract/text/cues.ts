// Cue words: the words a rule cannot fire without ("member", "joined" for membership; "visit", "travelled" for visits).
// Each list of cue words gets a bit; a sentence carries the union of its words' bits (computed once, when it is
// tokenized), so a rule whose cue words a sentence lacks skips it without scanning its tokens. Most sentences carry
// none of a given rule's cues, and a rule that rarely runs is also one the JIT compiler rarely has to optimise.
import type { Token } from './tokenize.ts';

/** Bits given out so far; past 31 lists, bits are shared (a shared bit only lets more sentences through). */
let lists = 0;
const bitsOf = new Map<string, number>();

/**
 * Registers cue words (lower case, one token each) and returns their bit, for {@link hasCue}. Call it when a module
 * loads: a sentence's bits are computed when it is tokenized, against the words registered by then.
 */
export function cueBit(...words: Iterable<string>[]): number {
  const bit = 1 << lists++ % 31;
  for (const list of words) for (const w of list) bitsOf.set(w, (bitsOf.get(w) ?? 0) | bit);
  return bit;
}

/** The union of the bits of the cue words among `tokens`. */
export function cuesOf(tokens: readonly Token[]): number {
  let bits = 0;
  for (let i = 0; i < tokens.length; i++) {
    const b = bitsOf.get(tokens[i].lower);
    if (b !== undefined) bits |= b;
  }
  return bits;
}

/** Whether a sentence with cue bits `cues` has a word of the list whose bit is `bit`. */
export const hasCue = (cues: number, bit: number): boolean => (cues & bit) !== 0;
