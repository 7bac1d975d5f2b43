// The pattern engine of the relation rules, after spaCy's Matcher and compromise's match syntax. A rule is data: a
// sequence of token elements (word classes from text/, literal words, optional and negated elements, bounded gaps,
// marks) and named captures read by the shared primitives (a party, a clause subject, the article's summit), with
// what it emits (the relation, which captures are source and target, and how the sentence's negation and modality
// scope at the cue apply). Rules compile once, when their module loads: each gets a cue bit (text/cues.ts), so a
// sentence without any of its cue words is skipped before a token is read, and the words that can start it.
//
// Matching. A rule starts at a token whose word is in the class of its first element (a free token, held by no
// mention, when the element says so), or, when its first element is a party, at each person named in the sentence.
// The elements then match rightwards from there; `before` elements match leftwards from the start. A gap is lazy (it
// takes as few tokens as the element after it needs). A rule may have alternatives (`or`): at one start they are tried
// in order, and the first whose words before a capture match is the one read, whatever that capture finds (committed
// choice: "called on X" is a courtesy call even when no person follows "on"). When the sequence has matched, the rule's
// context captures (`read`) are read, then each emit: the pairs of people (or a person and a target) it names,
// unless the sentence negates the scope token; marked planned when modality scopes over it.
import type { Doc, Mention, Sentence } from '../document.ts';
import type { RelationKind, RuleId } from '../../graph/relations.ts';
import { cueBit, hasCue } from '../text/cues.ts';
import { hit, negated, planned } from './helpers.ts';

/** A match in progress: where it started and ended, its marks (token positions) and its captures. */
export interface Match {
  doc: Doc;
  s: Sentence;
  /** first token of the sequence (the cue, or the party's first token) */
  start: number;
  /** token after the sequence */
  end: number;
  marks: Record<string, number>;
  caps: Record<string, Mention[]>;
}

/** A capture read at a token: the people (or other mentions) found and the token after them; undefined for none. */
export type Reader = (m: Match, k: number) => { end: number; found: Mention[] } | undefined;
/** A capture read once the sequence has matched (a clause subject, the summit meant). */
export type Context = (m: Match) => Mention[];
/** A zero-width test at a token. */
export type Test = (m: Match, k: number) => boolean;

/** The named primitives patterns refer to. */
export interface Primitives {
  readers: Readonly<Record<string, Reader>>;
  contexts: Readonly<Record<string, Context>>;
  tests: Readonly<Record<string, Test>>;
}

/** One element of a sequence. */
export type Element =
  /** a token whose lower-case form is in `words` (a word class, or a literal); `free`: held by no mention; `mark`: remember its position */
  | { words: ReadonlySet<string>; free?: boolean; mark?: string }
  /** the element, or nothing */
  | { opt: Element }
  /** zero-width: the element does not match here */
  | { not: Element }
  /** up to `max` tokens (lazy), none of them in `stop` */
  | { gap: number; stop?: ReadonlySet<string> }
  /** a capture read by a named reader primitive */
  | { cap: string; reader: string }
  /** a zero-width named test */
  | { test: string };

/** What a match emits. */
export interface Emit {
  relation: RelationKind;
  /** pairs: `from` × `to` (each person of one with each of the other), or `among` (every pair within one capture) */
  from?: string;
  to?: string;
  among?: string;
  /** the token whose negation and modality scope decide (a mark; the sequence's start by default) */
  scope?: string;
  /** emitted only when these captures found someone */
  need?: readonly string[];
  /** emitted only when this named test holds at the scope token */
  when?: string;
}

/** One alternative of a rule. */
export interface Alternative {
  /** elements matched leftwards from the start, nearest first */
  before?: readonly Element[];
  seq: readonly Element[];
  /** context captures read after the sequence matched, in order: name → primitive */
  read?: Readonly<Record<string, string>>;
  emit: readonly Emit[];
}

/** A relation rule: its id (declared in the relation registry) and its alternatives. */
export interface Pattern {
  id: RuleId;
  /** a sentence without any of these words is skipped (the cue words); the start words are always among them */
  cues?: readonly Iterable<string>[];
  or: readonly Alternative[];
}

/** Shorthands for writing patterns. */
export const word = (...words: string[]): Element => ({ words: new Set(words) });
export const cls = (words: ReadonlySet<string>, opts: { free?: boolean; mark?: string } = {}): Element => ({ words, ...opts });
export const cue = (words: ReadonlySet<string>, mark = 'cue'): Element => ({ words, free: true, mark });
export const opt = (el: Element): Element => ({ opt: el });
export const not = (el: Element): Element => ({ not: el });
export const gap = (max: number, stop?: ReadonlySet<string>): Element => ({ gap: max, ...(stop ? { stop } : {}) });
export const cap = (name: string, reader: string): Element => ({ cap: name, reader });
export const test = (name: string): Element => ({ test: name });

/** A compiled rule. */
export interface Compiled {
  id: RuleId;
  bit: number;
  /** words that can start it (first element a word class), or 'person' (first element a capture: at each person) */
  starts: ReadonlySet<string> | 'person';
  /** the start must be a free token */
  free: boolean;
  alts: readonly Alternative[];
  prims: Primitives;
}

const isWords = (e: Element): e is { words: ReadonlySet<string>; free?: boolean; mark?: string } => 'words' in e;

/** Compiles patterns (once, at module load); fails on a primitive the registry lacks or rules that start differently. */
export function compile(patterns: readonly Pattern[], prims: Primitives): Compiled[] {
  return patterns.map((p) => {
    const firsts = p.or.map((a) => a.seq[0]);
    const starts = new Set<string>();
    let person = false;
    let free = false;
    for (const f of firsts) {
      if (isWords(f)) {
        for (const w of f.words) starts.add(w);
        free ||= !!f.free;
      } else if ('cap' in f) person = true;
      else throw new Error(`pattern ${p.id}: a sequence starts with a word class or a capture`);
    }
    if (person && starts.size) throw new Error(`pattern ${p.id}: its alternatives start differently`);
    for (const a of p.or) {
      const check = (e: Element): void => {
        if ('opt' in e) check(e.opt);
        else if ('not' in e) check(e.not);
        else if ('cap' in e && !prims.readers[e.reader]) throw new Error(`pattern ${p.id}: no reader "${e.reader}"`);
        else if ('test' in e && !prims.tests[e.test]) throw new Error(`pattern ${p.id}: no test "${e.test}"`);
      };
      for (const e of [...(a.before ?? []), ...a.seq]) check(e);
      for (const c of Object.values(a.read ?? {})) if (!prims.contexts[c]) throw new Error(`pattern ${p.id}: no context "${c}"`);
      for (const e of a.emit) if (e.when && !prims.tests[e.when]) throw new Error(`pattern ${p.id}: no test "${e.when}"`);
    }
    const cueWords = p.cues ?? (person ? [] : [starts]);
    return { id: p.id, bit: cueWords.length ? cueBit(...cueWords) : 0, starts: person ? 'person' : starts, free, alts: p.or, prims };
  });
}

/**
 * Matches one element at token k in direction `dir` (+1 rightwards, -1 leftwards: the token at k is the next one to
 * read); returns the position after it, or -1.
 */
function one(m: Running, e: Element, k: number, dir: 1 | -1): number {
  const t = m.s.tokens;
  if (isWords(e)) {
    const tok = t[k];
    if (!tok || !e.words.has(tok.lower) || (e.free && m.s.owner[k])) return -1;
    if (e.mark) m.marks[e.mark] = k;
    return k + dir;
  }
  if ('opt' in e) {
    const r = one(m, e.opt, k, dir);
    return r < 0 ? k : r;
  }
  if ('not' in e) return one({ ...m, marks: {}, caps: {} }, e.not, k, dir) < 0 ? k : -1;
  if ('test' in e) return m.prims.tests[e.test](m, k) ? k : -1;
  if ('cap' in e) {
    const r = m.prims.readers[e.reader](m, k);
    if (!r) return -1;
    m.caps[e.cap] = r.found;
    return r.end;
  }
  return -1; // a gap is matched by `seq`
}

interface Running extends Match {
  prims: Primitives;
}

/** Matches a sequence from token k; the position after it, or -1. `head`: set once the words before the first capture matched. */
function seq(m: Running, els: readonly Element[], k: number, dir: 1 | -1, head?: { done: boolean }): number {
  let words = false;
  for (let e = 0; e < els.length; e++) {
    const el = els[e];
    if (head && !head.done && words && 'cap' in el) head.done = true;
    words ||= isWords(el);
    if ('gap' in el) {
      // lazy: the fewest tokens after which the rest of the sequence's next element matches
      const next = els[e + 1];
      let n = 0;
      for (; n <= el.gap; n++) {
        const at = k + n * dir;
        if (!m.s.tokens[at]) return -1;
        if (!next || one({ ...m, marks: {}, caps: {} }, next, at, dir) >= 0) break;
        if (el.stop?.has(m.s.tokens[at].lower)) return -1;
      }
      if (n > el.gap) return -1;
      k += n * dir;
      continue;
    }
    k = one(m, el, k, dir);
    if (k < 0) return -1;
  }
  return k;
}

/** Emits the pairs of one spec for a match. */
function emitOne(m: Running, e: Emit): void {
  const { doc, s } = m;
  const at = e.scope ? m.marks[e.scope] : m.start;
  if (e.need?.some((c) => !m.caps[c]?.length)) return;
  if (e.when && !m.prims.tests[e.when](m, at)) return;
  const pair = (a: Mention, b: Mention) => {
    if (a.ref === b.ref || negated(s, at)) return;
    const sym = e.relation === 'met';
    const [x, y] = sym && b.ref < a.ref ? [b, a] : [a, b];
    hit(doc, e.relation, x.ref, y.ref, s, planned(s, at) ? { planned: true } : {});
  };
  if (e.among) {
    const g = m.caps[e.among] ?? [];
    for (let x = 0; x < g.length; x++) for (let y = x + 1; y < g.length; y++) pair(g[x], g[y]);
  } else for (const a of m.caps[e.from!] ?? []) for (const b of m.caps[e.to!] ?? []) pair(a, b);
}

/** Tries a rule's alternatives at token k (committed choice); whether one was read. */
function tryAt(doc: Doc, s: Sentence, r: Compiled, k: number): boolean {
  for (const a of r.alts) {
    const m: Running = { doc, s, start: k, end: k, marks: {}, caps: {}, prims: r.prims };
    const head = { done: false };
    if (a.before && seq(m, a.before, k - 1, -1) < 0) continue;
    const end = seq(m, a.seq, k, 1, head);
    if (end < 0) {
      if (head.done) return false;
      continue;
    }
    m.end = end;
    for (const [name, c] of Object.entries(a.read ?? {})) m.caps[name] = r.prims.contexts[c](m);
    doc.rule = r.id;
    for (const e of a.emit) emitOne(m, e);
    doc.rule = undefined;
    return true;
  }
  return false;
}

/**
 * Runs compiled rules over one sentence: the rules that start at a word token by token (at each token, in the order
 * given), then those that start at a party, person by person.
 */
export function runPatterns(doc: Doc, s: Sentence, rules: readonly Compiled[]): void {
  const t = s.tokens;
  const byWord = rules.filter((r) => r.starts !== 'person' && (!r.bit || hasCue(s.cues, r.bit)));
  if (byWord.length) {
    for (let i = 0; i < t.length; i++) {
      for (const r of byWord) {
        if ((r.starts as ReadonlySet<string>).has(t[i].lower) && !(r.free && s.owner[i])) tryAt(doc, s, r, i);
      }
    }
  }
  for (const r of rules) {
    if (r.starts !== 'person' || (r.bit && !hasCue(s.cues, r.bit))) continue;
    for (const p of s.mentions) if (p.kind === 'person') tryAt(doc, s, r, p.t0);
  }
}
