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
import type { Doc, Hit, Mention, Sentence } from '../document.ts';
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
  /** for a context capture whose items each have a scope token of their own (a cue per person): those tokens */
  scopes: Record<string, number[]>;
}

/** A capture read at a token: the people (or other mentions) found and the token after them; undefined for none. */
export type Reader = (m: Match, k: number) => { end: number; found: Mention[] } | undefined;
/** A capture read once the sequence has matched (a clause subject, the summit meant). */
export type Context = (m: Match) => Mention[] | { found: Mention[]; scopes: number[] };
/** A zero-width test at a token. */
export type Test = (m: Match, k: number) => boolean;

/** What a hit carries besides its ends (a summit's date, a status), for a pair. */
export type Extra = (m: Match, a: Mention, b: Mention) => Partial<Hit>;
/** The key a mention stands for at an end of a relation (a city for its country), or undefined for none. */
export type Ref = (m: Match, x: Mention, from: Mention) => string | undefined;

/** The named primitives patterns refer to. */
export interface Primitives {
  readers: Readonly<Record<string, Reader>>;
  contexts: Readonly<Record<string, Context>>;
  tests: Readonly<Record<string, Test>>;
  extras?: Readonly<Record<string, Extra>>;
  refs?: Readonly<Record<string, Ref>>;
}

/** One element of a sequence. */
export type Element =
  /** a token whose lower-case form is in `words` (a word class, or a literal); `free`: held by no mention; `mark`: remember its position */
  | { words: ReadonlySet<string>; free?: boolean; mark?: string }
  /** the element, or nothing */
  | { opt: Element }
  /** zero-width: the element does not match here */
  | { not: Element }
  /** up to `max` tokens (lazy), none of them in `stop`; only words of `only` when given; `free`: held by no mention */
  | { gap: number; stop?: ReadonlySet<string>; only?: ReadonlySet<string>; free?: boolean; greedy?: true }
  /** any one token */
  | { any: true }
  /** zero-width: the sentence does not negate the token marked `affirmed` (negation scope, helpers.ts) */
  | { affirmed: string }
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
  /**
   * the token whose negation and modality scope decide (a mark; the sequence's start by default), or 'each': the
   * scope token of each source item, as its context gave it
   */
  scope?: string;
  /** emitted only when these captures found someone */
  need?: readonly string[];
  /** emitted only when this named test holds at the scope token */
  when?: string;
  /** false: the sentence's negation is not read (the rule reads it itself, or never) */
  negation?: false;
  /** false: never marked planned (the default marks a pair planned when modality scopes over the scope token) */
  plan?: false;
  /** a named extra: what each hit carries besides its ends */
  extra?: string;
  /** a named ref for the target: the key it stands for (a city's country) */
  ref?: string;
  /** 'to': pairs target by target (each target with every source), else source by source */
  outer?: 'to';
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
  /** a rule whose first element is a capture starts at each mention of this kind (person by default) */
  at?: Mention['kind'];
  /** only the first start in a sentence is tried ("the first 'were'") */
  first?: true;
  /** the rule stops for the sentence after its first match */
  once?: true;
  or: readonly Alternative[];
}

/** Shorthands for writing patterns. */
export const word = (...words: string[]): Element => ({ words: new Set(words) });
export const cls = (words: ReadonlySet<string>, opts: { free?: boolean; mark?: string } = {}): Element => ({ words, ...opts });
export const cue = (words: ReadonlySet<string>, mark = 'cue'): Element => ({ words, free: true, mark });
export const opt = (el: Element): Element => ({ opt: el });
export const not = (el: Element): Element => ({ not: el });
export const gap = (max: number, stop?: ReadonlySet<string>): Element => ({ gap: max, ...(stop ? { stop } : {}) });
/** A gap of free tokens that are all words of `only`; `greedy`: as many as there are (no giving back), else lazy. */
export const gapOf = (max: number, only: ReadonlySet<string>, greedy = false): Element => ({ gap: max, only, free: true, ...(greedy ? { greedy: true as const } : {}) });
export const any: Element = { any: true };
export const affirmed = (mark = 'cue'): Element => ({ affirmed: mark });
export const cap = (name: string, reader: string): Element => ({ cap: name, reader });
export const test = (name: string): Element => ({ test: name });

/** A compiled rule. */
export interface Compiled {
  id: RuleId;
  bit: number;
  /** words that can start it (first element a word class), or a mention kind (first element a capture: at each such mention) */
  starts: ReadonlySet<string> | Mention['kind'];
  first: boolean;
  once: boolean;
  /** the start must be a free token */
  free: boolean;
  alts: readonly CompiledAlternative[];
  prims: Primitives;
}

/** An alternative with what the engine checks before it allocates a match: the words its sequence and `before` open with. */
interface CompiledAlternative {
  a: Alternative;
  /** the words of its first element (a word element), or undefined */
  opens?: ReadonlySet<string>;
  /** the words of its first `before` element (a word element), or undefined */
  after?: ReadonlySet<string>;
  reads: readonly [string, Context][];
}

/** Does an alternative mark a token `name` (in its sequence, before it, or inside an optional element)? */
function hasMark(a: Alternative, name: string): boolean {
  const marks = (e: Element): boolean => (isWords(e) && e.mark === name) || ('opt' in e && marks(e.opt));
  return [...(a.before ?? []), ...a.seq].some(marks);
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
        else if ('affirmed' in e && !hasMark(a, e.affirmed)) throw new Error(`pattern ${p.id}: no mark "${e.affirmed}"`);
        else if ('test' in e && !prims.tests[e.test]) throw new Error(`pattern ${p.id}: no test "${e.test}"`);
      };
      for (const e of [...(a.before ?? []), ...a.seq]) check(e);
      for (const c of Object.values(a.read ?? {})) if (!prims.contexts[c]) throw new Error(`pattern ${p.id}: no context "${c}"`);
      for (const e of a.emit) {
        if (e.when && !prims.tests[e.when]) throw new Error(`pattern ${p.id}: no test "${e.when}"`);
        if (e.extra && !prims.extras?.[e.extra]) throw new Error(`pattern ${p.id}: no extra "${e.extra}"`);
        if (e.ref && !prims.refs?.[e.ref]) throw new Error(`pattern ${p.id}: no ref "${e.ref}"`);
        if (e.scope && e.scope !== 'each' && !hasMark(a, e.scope)) throw new Error(`pattern ${p.id}: no mark "${e.scope}"`);
      }
    }
    const cueWords = p.cues ?? (person ? [] : [starts]);
    const alts = p.or.map((a): CompiledAlternative => ({
      a,
      opens: isWords(a.seq[0]) ? a.seq[0].words : undefined,
      after: a.before?.length && isWords(a.before[0]) ? a.before[0].words : undefined,
      reads: Object.entries(a.read ?? {}).map(([name, c]) => [name, prims.contexts[c]]),
    }));
    return { id: p.id, bit: cueWords.length ? cueBit(...cueWords) : 0, starts: person ? p.at ?? 'person' : starts, free, first: !!p.first, once: !!p.once, alts, prims };
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
  if ('any' in e) return t[k] ? k + dir : -1;
  if ('affirmed' in e) return negated(m.s, m.marks[e.affirmed]) ? -1 : k;
  if ('not' in e) return one({ ...m, marks: {}, caps: {}, scopes: {} }, e.not, k, dir) < 0 ? k : -1;
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
    if ('gap' in el && el.greedy) {
      let n = 0;
      for (; n < el.gap; n++) {
        const tok = m.s.tokens[k + n * dir];
        if (!tok || el.stop?.has(tok.lower) || (el.only && !el.only.has(tok.lower)) || (el.free && m.s.owner[k + n * dir])) break;
      }
      k += n * dir;
      continue;
    }
    if ('gap' in el) {
      // lazy: the fewest tokens after which the rest of the sequence's next element matches
      const next = els[e + 1];
      let n = 0;
      for (; n <= el.gap; n++) {
        const at = k + n * dir;
        if (!m.s.tokens[at]) return -1;
        if (!next) break;
        if (isWords(next) ? next.words.has(m.s.tokens[at].lower) && !(next.free && m.s.owner[at]) : one({ ...m, marks: {}, caps: {}, scopes: {} }, next, at, dir) >= 0) break;
        if (el.stop?.has(m.s.tokens[at].lower)) return -1;
        if ((el.only && !el.only.has(m.s.tokens[at].lower)) || (el.free && m.s.owner[at])) return -1;
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
  const each = e.scope === 'each' ? m.scopes[e.from!] : undefined;
  const at = e.scope && !each ? m.marks[e.scope] : m.start;
  if (e.need?.some((c) => !m.caps[c]?.length)) return;
  if (e.when && !m.prims.tests[e.when](m, at)) return;
  if (e.among) {
    const g = m.caps[e.among] ?? NONE;
    for (let x = 0; x < g.length; x++) for (let y = x + 1; y < g.length; y++) pair(m, e, g[x], g[y], at);
  } else if (e.outer === 'to') {
    for (const b of m.caps[e.to!] ?? NONE) for (const a of m.caps[e.from!] ?? NONE) pair(m, e, a, b, at);
  } else {
    const from = m.caps[e.from!] ?? NONE;
    const to = m.caps[e.to!] ?? NONE;
    for (let x = 0; x < from.length; x++) for (const b of to) pair(m, e, from[x], b, each ? each[x] : at);
  }
}
const NONE: readonly Mention[] = [];

/** Records one pair of an emit, its scope token at `at`: nothing when that is negated, planned when modality scopes over it. */
function pair(m: Running, e: Emit, a: Mention, b: Mention, at: number): void {
  const { doc, s } = m;
  const to = e.ref ? m.prims.refs![e.ref](m, b, a) : b.ref;
  if (!to || a.ref === to || (e.negation !== false && negated(s, at))) return;
  const [x, y] = e.relation === 'met' && to < a.ref ? [to, a.ref] : [a.ref, to];
  const plan = e.plan !== false && planned(s, at);
  const extra = e.extra ? m.prims.extras![e.extra](m, a, b) : undefined;
  hit(doc, e.relation, x, y, s, plan ? (extra ? { planned: true, ...extra } : PLANNED) : extra ?? NO_EXTRA);
}
const PLANNED = { planned: true } as const;
const NO_EXTRA = {} as const;

/** Tries a rule's alternatives at token k (committed choice); whether one matched and was read. */
function tryAt(doc: Doc, s: Sentence, r: Compiled, k: number): boolean {
  const t = s.tokens;
  for (const { a, opens, after, reads } of r.alts) {
    // (an alternative whose first words are not there is passed over before a match is made)
    if ((opens && !opens.has(t[k].lower)) || (after && !(k > 0 && after.has(t[k - 1].lower)))) continue;
    const m: Running = { doc, s, start: k, end: k, marks: {}, caps: {}, scopes: {}, prims: r.prims };
    const head = { done: false };
    if (a.before && seq(m, a.before, k - 1, -1) < 0) continue;
    const end = seq(m, a.seq, k, 1, head);
    if (end < 0) {
      if (head.done) return false;
      continue;
    }
    m.end = end;
    for (const [name, c] of reads) {
      const got = c(m);
      if (Array.isArray(got)) m.caps[name] = got;
      else [m.caps[name], m.scopes[name]] = [got.found, got.scopes];
    }
    doc.rule = r.id;
    for (const e of a.emit) emitOne(m, e);
    doc.rule = undefined;
    return true;
  }
  return false;
}

/**
 * Runs compiled rules over one sentence: the rules that start at a word token by token (at each token, in the order
 * given), then those that start at a mention, mention by mention (at each, in the order given). A rule marked `first` is tried at its first start
 * only, one marked `once` stops after its first match.
 */
export function runPatterns(doc: Doc, s: Sentence, rules: readonly Compiled[]): void {
  const t = s.tokens;
  // rules done with this sentence (`first`, `once`), when any is
  let done: Compiled[] | undefined;
  let words = false;
  let mentions = false;
  for (const r of rules) {
    if (r.bit && !hasCue(s.cues, r.bit)) continue;
    if (typeof r.starts === 'string') mentions = true;
    else words = true;
  }
  for (let i = 0; i < t.length && words; i++) {
    const w = t[i].lower;
    for (const r of rules) {
      if (typeof r.starts === 'string' || !r.starts.has(w) || (r.free && s.owner[i]) || (r.bit && !hasCue(s.cues, r.bit)) || done?.includes(r)) continue;
      if ((tryAt(doc, s, r, i) && r.once) || r.first) (done ??= []).push(r);
    }
  }
  // mention by mention, each rule in turn
  for (let x = 0; x < s.mentions.length && mentions; x++) {
    const p = s.mentions[x];
    for (const r of rules) {
      if (p.kind !== r.starts || (r.bit && !hasCue(s.cues, r.bit)) || done?.includes(r)) continue;
      if ((tryAt(doc, s, r, p.t0) && r.once) || r.first) (done ??= []).push(r);
    }
  }
}

/** A sentence rule (for a stage's list) that runs compiled rules: see runPatterns. */
export const sentenceRule = (rules: readonly Compiled[]) => (doc: Doc, s: Sentence): void => runPatterns(doc, s, rules);
