// One-byte copies of strings. V8 keeps a string in one byte per character when it can, but a slice of a string held
// in two bytes stays in two bytes, whatever it contains: one curly quote or dash in an article puts every sentence,
// token, name and key cut from it in two bytes. Those compare and sort slower (the bench corpus's 54k edge keys: 134 ms
// to sort in two bytes, 45 ms in one), so the strings the pipeline keeps are narrowed where their characters allow (all
// below U+0100): sentences, new token strings, slugs and so every node and edge key. The text itself is never changed.

/** A character that needs two bytes. */
const WIDE = /[^\u0000-\u00ff]/;

type Latin1Codec = { from(s: string, encoding: 'latin1'): { toString(encoding: 'latin1'): string } };
/** Node's Buffer does the copy natively; elsewhere (a browser) strings are left as they are. */
const codec = (globalThis as { Buffer?: Latin1Codec }).Buffer;

/** `s` in one byte per character when every character fits (the same characters); else `s` itself. */
export function narrow(s: string): string {
  return codec && !WIDE.test(s) ? codec.from(s, 'latin1').toString('latin1') : s;
}

/** Whether `s` has a character above U+00FF (slices of it may be narrowed; slices of other strings need not). */
export const isWide = (s: string): boolean => WIDE.test(s);
