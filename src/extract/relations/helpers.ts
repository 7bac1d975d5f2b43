// Shared helpers for the relation stages: what a mention points at, negation and modality around a cue word.
import type { Doc, Hit, Mention, Sentence } from '../document.ts';
import type { RelationKind } from '../../graph/types.ts';
import { TITLE_GLUE, NEGATIONS, MODALS, CONVERSATION_AFTER } from '../text/function-words.ts';

/** Entity a mention stands for in a relation: demonyms stand for their country; titles for nothing. */
export function entityRef(m: Mention | undefined): string | undefined {
  if (!m || m.kind === 'title' || m.kind === 'honorific') return undefined;
  return m.ref || undefined;
}

/** Country a mention stands for: a country, a demonym, or a known city's country. */
export function countryRef(doc: Doc, m: Mention | undefined): string | undefined {
  if (!m) return undefined;
  if (m.kind === 'country' || m.kind === 'demonym') return m.ref;
  if (m.kind === 'place') {
    const p = doc.knowledge.places.get(m.ref.slice(6));
    return p ? `country:${p.country}` : undefined;
  }
  return undefined;
}

/**
 * Is the cue at token `i` negated by a word in the few tokens before it (or right after: "did not")? A question is not
 * an assertion either: "asked whether a meeting between X and Y was planned".
 */
export function negated(s: Sentence, i: number, window = 6): boolean {
  for (let k = Math.max(0, i - window); k <= Math.min(s.tokens.length - 1, i + 1); k++) if (NEGATIONS.has(s.tokens[k].lower) && k !== i) return true;
  return false;
}

/** Is the cue at token `i` stated as planned ("will meet", "is expected to attend")? */
export function planned(s: Sentence, i: number, window = 5): boolean {
  // "to" marks a plan only right before the verb ("to attend"), not "a visit to China and attended"
  for (let k = Math.max(0, i - window); k < i; k++) if (MODALS.has(s.tokens[k].lower) && (s.tokens[k].lower !== 'to' || k === i - 1)) return true;
  return false;
}

/** Mentions of the sentence between token positions [a, b). */
export function mentionsBetween(s: Sentence, a: number, b: number): Mention[] {
  return s.mentions.filter((m) => m.t0 >= a && m.t1 <= b);
}

/** Records a relation hit (symmetric relations keep the smaller key first). */
export function hit(doc: Doc, relation: RelationKind, source: string, target: string, s: Sentence, extra: Partial<Hit> = {}): void {
  if (!source || !target || source === target) return;
  doc.hits.push({ relation, source, target, sentence: s.index, ...(doc.rule ? { rule: doc.rule } : {}), ...extra });
}

/**
 * Walks from token k over what can stand before a person's name: titles, demonyms and honorifics, the countries and
 * organisations that go with them ("SCO Secretary-General", "President of the Republic of Belarus") and the plain
 * `words` given. Returns where the walk stopped, whether a title (demonym, honorific) was passed, and whether a
 * country or organisation was.
 */
export function skipTitles(s: Sentence, k: number, words: ReadonlySet<string> = TITLE_GLUE): { end: number; titled: boolean; entity: boolean } {
  let titled = false;
  let entity = false;
  while (k < s.tokens.length) {
    const o = s.owner[k];
    if (o && (o.kind === 'title' || o.kind === 'demonym' || o.kind === 'honorific')) {
      k = o.t1;
      titled = true;
    } else if (o && (o.kind === 'country' || o.kind === 'organisation')) {
      k = o.t1;
      entity = true;
    } else if (!o && words.has(s.tokens[k].lower)) k++;
    else break;
  }
  return { end: k, titled, entity };
}

/** Is there a clause break (";", or a sentence-internal quote start) between tokens a and b? */
export function clauseBreak(s: Sentence, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (s.tokens[k].text === ';' || s.tokens[k].text === ':') return true;
  return false;
}

/** Countries listed together at a position: "Kazakhstan and Tajikistan", "Russia, Belarus, Kyrgyzstan, and Uzbekistan",
 * "Egypt, the State of Qatar and the Kingdom of Saudi Arabia". Up to `maxGap` other tokens may precede the first one;
 * separators (",", "and", then "the") between items are free. */
export function countryList(doc: Doc, s: Sentence, from: number, maxGap = 3): Mention[] {
  const out: Mention[] = [];
  let k = from;
  let gap = 0;
  while (k < s.tokens.length) {
    const m = s.owner[k];
    if (m && countryRef(doc, m) && (m.kind === 'country' || m.kind === 'place')) {
      out.push(m);
      k = m.t1;
      let sep = false;
      while (s.tokens[k] && (s.tokens[k].text === ',' || s.tokens[k].lower === 'and')) {
        sep = true;
        k++;
      }
      if (!sep) break;
      if (s.tokens[k]?.lower === 'the') k++;
      continue;
    }
    if (out.length || gap >= maxGap) break;
    k++;
    gap++;
  }
  return out;
}

/**
 * Whom "he" / "she" at token i stands for: the person named last before it in the sentence, else the first person of
 * the nearest of the two sentences before that names one (never `not`, the other party).
 */
export function pronounReferent(doc: Doc, s: Sentence, i: number, not?: Mention): Mention | undefined {
  const other = (m: Mention) => m.kind === 'person' && m.ref !== not?.ref;
  const here = s.mentions.filter((m) => other(m) && m.t1 <= i);
  if (here.length) return here[here.length - 1];
  for (let back = 1; back <= 2; back++) {
    const prev = doc.sentences[s.index - back]?.mentions.find(other);
    if (prev) return prev;
  }
  return undefined;
}

/**
 * Is the verb at token k ("spoke", "talked") a conversation rather than a speech: "spoke by telephone with X",
 * "spoke on the phone", "talked with each other" (not "spoke at the plenary session")?
 */
export function conversation(s: Sentence, k: number): boolean {
  const next = s.tokens[k + 1]?.lower;
  if (next !== undefined && CONVERSATION_AFTER.has(next)) return true;
  if (next !== 'on') return false;
  const j = s.tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
  return /^(tele)?phone$/.test(s.tokens[j]?.lower ?? '');
}
