// The proposals stage: proposed (person or country → initiative), as patterns (relations/pattern.ts) at each
// initiative: "China-proposed BRI", "China's Belt and Road Initiative" and "its … initiative" when the gazetteer names
// that proposer, "X proposed the Y", "the Y that X launched", "the Belarusian initiative to …", "Y put forward by X",
// "…, all of them proposed by Beijing".
import type { Doc, Mention, Sentence, Stage } from '../document.ts';
import { mention, perSentence } from '../document.ts';
import { countryRef, negated, skipTitles } from '../relations/helpers.ts';
import { compile, sentenceRule, affirmed, cap, cls, cue, gap, opt, test, word, type Emit, type Pattern, type Primitives } from '../relations/pattern.ts';
import { isPossessive } from '../text/words.ts';
import { ALL_OF, RELATIVE_THAT, WERE_WAS } from '../text/function-words.ts';
import { PROPOSE_VERBS, PROPOSAL_NOUNS, PROPOSED_COMPOUNDS } from '../text/event-words.ts';

function proposerOf(doc: Doc, m: Mention): string | null | undefined {
  return doc.knowledge.initiatives.get(m.ref.slice('initiative:'.length))?.proposer;
}

/** A capital stands for its government as a proposer ("proposed by Beijing"); other cities do not. */
const isCapital = (doc: Doc, m: Mention) => doc.knowledge.places.get(m.ref.slice('place:'.length))?.capital === true;

const actorRef = (doc: Doc, m: Mention | undefined) => (m?.kind === 'person' ? m.ref : countryRef(doc, m && (m.kind !== 'place' || isCapital(doc, m)) ? m : undefined));

/** The proposer as a mention of what it stands for (a capital for its country). */
const actor = (ref: string, m?: Mention): Mention => mention(ref.startsWith('person:') ? 'person' : 'country', ref, m?.text ?? '', m?.t0 ?? -1, m?.t1 ?? -1, 'proposer');

/** "China-proposed Belt and Road Initiative": the compound before the initiative, and the token that holds its actor; -1 for none. */
function compound(s: Sentence, ini: Mention): number {
  const t = s.tokens;
  let k = ini.t0 - 1;
  if (t[k]?.lower === 'the') k--;
  return t[k] && PROPOSED_COMPOUNDS.has(t[k].lower) && t[k - 1]?.text === '-' ? k - 2 : -1;
}

/** "China's Y", "its Y", "his Y": the proposer the gazetteer gives Y, when the possessive names it. */
function knownPossessive(doc: Doc, s: Sentence, ini: Mention): string | undefined {
  const known = proposerOf(doc, ini);
  if (!known) return undefined;
  const t = s.tokens;
  const kk = ini.t0 - 1;
  if (isPossessive(t[kk]) && countryRef(doc, s.owner[kk - 1]) === `country:${known}`) return `country:${known}`;
  if (t[kk] && /^(its|his|her|their)$/.test(t[kk].lower)) {
    const before = s.mentions.filter((m) => m.t1 <= kk && (m.kind === 'country' || m.kind === 'demonym'));
    if (before.some((m) => countryRef(doc, m) === `country:${known}`)) return `country:${known}`;
  }
  return undefined;
}

/** "X proposed the Y" (the verb a few words before, its subject just before it), each verb with its proposer. */
function verbBefore(doc: Doc, s: Sentence, ini: Mention): { found: Mention[]; scopes: number[] } {
  const t = s.tokens;
  const found: Mention[] = [];
  const scopes: number[] = [];
  for (let j = Math.max(0, ini.t0 - 4); j < ini.t0; j++) {
    if (s.owner[j] || !PROPOSE_VERBS.has(t[j].lower) || negated(s, j)) continue;
    if (t[j].lower === 'put' && t[j + 1]?.lower !== 'forward') continue;
    let actors = s.mentions.filter((m) => m.t1 <= j && j - m.t1 <= 4 && actorRef(doc, m));
    // "Xi used the SCO Plus session to unveil the …": the subject of the clause the infinitive depends on
    if (!actors.length && t[j - 1]?.lower === 'to') actors = s.mentions.filter((m) => m.t1 <= j && j - m.t1 <= 12 && actorRef(doc, m)).slice(0, 1);
    const last = actors[actors.length - 1];
    const a = actorRef(doc, last);
    if (a) {
      found.push(actor(a, last));
      scopes.push(j);
    }
  }
  return { found, scopes };
}

/** "the Belarusian initiative to draft a Eurasian Charter", "China's proposal for a …": each noun with its country. */
function nounBefore(doc: Doc, s: Sentence, ini: Mention): { found: Mention[]; scopes: number[] } {
  const t = s.tokens;
  const found: Mention[] = [];
  const scopes: number[] = [];
  for (let j = Math.max(1, ini.t0 - 5); j < ini.t0; j++) {
    if (s.owner[j] || !PROPOSAL_NOUNS.has(t[j].lower) || !/^(to|for|of|on)$/.test(t[j + 1]?.lower ?? '')) continue;
    let o = s.owner[j - 1];
    if (!o && isPossessive(t[j - 1])) o = s.owner[j - 2];
    const a = o && (o.kind === 'country' || o.kind === 'demonym') ? countryRef(doc, o) : undefined;
    if (a && !s.mentions.some((m) => m.kind === 'initiative' && m.t0 > j && m.t1 < ini.t0)) {
      found.push(actor(a, o));
      scopes.push(j);
    }
  }
  return { found, scopes };
}

const at = (k: number, found: Mention[]) => ({ end: k, found });

const PRIMITIVES: Primitives = {
  readers: {
    initiative: ({ s }, k) => {
      const m = s.owner[k];
      return m?.kind === 'initiative' ? at(m.t1, [m]) : undefined;
    },
    // the proposer after "by", past titles and demonyms before a name ("put forward by Chinese President X")
    agent: ({ doc, s }, k) => {
      let q = k;
      while (s.owner[q]?.kind === 'title' || s.owner[q]?.kind === 'demonym' && s.owner[q + 1]) {
        const o = s.owner[q]!;
        if (o.kind === 'demonym' && s.owner[o.t1]?.kind !== 'person' && s.owner[o.t1]?.kind !== 'title') break;
        q = o.t1;
      }
      const a = actorRef(doc, s.owner[q]);
      return a ? at(s.owner[q]!.t1, [actor(a, s.owner[q])]) : undefined;
    },
    // a proposer after its titles ("that President X launched", "all of them proposed by President X")
    titled: ({ doc, s }, k) => {
      const q = skipTitles(s, k).end;
      const m = s.owner[q];
      const a = m && actorRef(doc, m);
      return a ? at(m.t1, [actor(a, m)]) : undefined;
    },
  },
  contexts: {
    compound: ({ doc, s, caps }) => {
      const a = actorRef(doc, s.owner[compound(s, caps.ini[0])]);
      return a ? [actor(a)] : [];
    },
    possessive: ({ doc, s, caps }) => [actor(knownPossessive(doc, s, caps.ini[0])!)],
    'verb-before': ({ doc, s, caps }) => verbBefore(doc, s, caps.ini[0]),
    'noun-before': ({ doc, s, caps }) => nounBefore(doc, s, caps.ini[0]),
    // every initiative named before "all of them", not the one right before the verb (read as "Y, proposed by X")
    'named-before': ({ s, marks }) => s.mentions.filter((m) => m.kind === 'initiative' && m.t1 <= marks.cue && marks.v - m.t1 >= 4),
  },
  tests: {
    compound: ({ s, caps }) => compound(s, caps.ini[0]) !== -1,
    possessive: ({ doc, s, caps }) => knownPossessive(doc, s, caps.ini[0]) !== undefined,
    // neither a compound nor a known possessive states the proposer already
    open: ({ doc, s, caps }) => compound(s, caps.ini[0]) === -1 && knownPossessive(doc, s, caps.ini[0]) === undefined,
    'not-put': ({ s }, k) => s.tokens[k]?.lower !== 'put',
  },
};

const PROPOSED: Omit<Emit, 'from'> = { relation: 'proposed', to: 'ini', plan: false, negation: false };

/** The proposal rules, in the order they are tried at each initiative. */
export const PROPOSAL_PATTERNS: readonly Pattern[] = [
  // "China-proposed Belt and Road Initiative" (then nothing else is read of it)
  { id: 'proposed.compound', at: 'initiative', or: [{ seq: [cap('ini', 'initiative'), test('compound')], read: { actor: 'compound' }, emit: [{ ...PROPOSED, from: 'actor' }] }] },
  // "China's Belt and Road Initiative", "its Global Security Initiative": only when the gazetteer says who proposed it
  { id: 'proposed.possessive', at: 'initiative', or: [{ seq: [cap('ini', 'initiative'), test('possessive')], read: { actor: 'possessive' }, emit: [{ ...PROPOSED, from: 'actor' }] }] },
  // "X proposed the Y", "Xi used the session to unveil the Y"
  { id: 'proposed.verb', at: 'initiative', or: [{ seq: [cap('ini', 'initiative'), test('open')], read: { actor: 'verb-before' }, emit: [{ ...PROPOSED, from: 'actor', scope: 'each' }] }] },
  // "the Belt and Road Initiative that Xi launched in 2013"
  {
    id: 'proposed.relative',
    at: 'initiative',
    or: [{ seq: [cap('ini', 'initiative'), test('open'), cls(RELATIVE_THAT), cap('actor', 'titled'), test('not-put'), cls(PROPOSE_VERBS, { mark: 'v' }), affirmed('v')], emit: [{ ...PROPOSED, from: 'actor' }] }],
  },
  // "the Belarusian initiative to draft a Eurasian Charter", "China's proposal for a …"
  { id: 'proposed.noun', at: 'initiative', or: [{ seq: [cap('ini', 'initiative'), test('open')], read: { actor: 'noun-before' }, emit: [{ ...PROPOSED, from: 'actor' }] }] },
  // "the Y, proposed by X", "Y put forward by X"
  {
    id: 'proposed.verb',
    at: 'initiative',
    or: [{ seq: [cap('ini', 'initiative'), test('open'), gap(3), cls(PROPOSE_VERBS, { free: true }), opt(word('forward')), word('by'), cap('actor', 'agent')], emit: [{ ...PROPOSED, from: 'actor' }] }],
  },
];

/** "…, all of them proposed by Beijing", "both launched by Xi": every initiative named before in the sentence. */
export const PROPOSED_TOGETHER: readonly Pattern[] = [{
  id: 'proposed.all-of',
  or: [
    { seq: [cue(ALL_OF), word('of'), word('them', 'which'), opt(cls(WERE_WAS)), test('not-put'), cls(PROPOSE_VERBS, { mark: 'v' }), word('by'), affirmed('v'), cap('actor', 'titled')], read: { ini: 'named-before' }, emit: [{ ...PROPOSED, from: 'actor' }] },
    { seq: [cue(ALL_OF), opt(cls(WERE_WAS)), test('not-put'), cls(PROPOSE_VERBS, { mark: 'v' }), word('by'), affirmed('v'), cap('actor', 'titled')], read: { ini: 'named-before' }, emit: [{ ...PROPOSED, from: 'actor' }] },
  ],
}];

export const proposalsStage: Stage = perSentence({ name: 'proposals', requires: ['mentions', 'people'], provides: ['proposed'] },
  sentenceRule(compile(PROPOSAL_PATTERNS, PRIMITIVES)), sentenceRule(compile(PROPOSED_TOGETHER, PRIMITIVES)));
