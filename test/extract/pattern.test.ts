// The relation pattern engine (src/extract/relations/pattern.ts): each row runs one small pattern, over the real
// sentence, gazetteer and people stages, on an invented sentence, and lists what it emits. The elements (literals,
// word classes, optional, negated, gaps with their bound and stop words, marks, captures, alternatives, emits with
// their scope) each have rows that match and rows that do not.
import { describe, expect, it } from 'vitest';
import { extractArticle, STAGES } from '../../src/extract/pipeline.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Stage } from '../../src/extract/document.ts';
import { itemAt } from '../../src/extract/relations/parties.ts';
import { compile, runPatterns, affirmed, any, cap, cls, cue, gap, gapOf, not, opt, test, word, type Pattern, type Primitives } from '../../src/extract/relations/pattern.ts';
import { countryRef } from '../../src/extract/relations/helpers.ts';

const PRIMS: Primitives = {
  readers: {
    // one person, titles before the name allowed
    person: ({ s }, k) => {
      const it = itemAt(s, k);
      return it ? { end: it.end, found: [it.person] } : undefined;
    },
  },
  contexts: {
    // every person named before the sequence's start
    'people-before': ({ s, start }) => s.mentions.filter((m) => m.kind === 'person' && m.t1 <= start),
    // every person after the start, each with the token before it as its scope
    'people-after': ({ s, start }) => {
      const found = s.mentions.filter((m) => m.kind === 'person' && m.t0 > start);
      return { found, scopes: found.map((m) => m.t0 - 1) };
    },
    countries: ({ s }) => s.mentions.filter((m) => m.kind === 'country' || m.kind === 'place'),
  },
  extras: { 'on-friday': () => ({ date: '2024-07-05' }) },
  refs: { country: ({ doc }, x) => countryRef(doc, x) },
  tests: {
    'capitalised': ({ s }, k) => !!s.tokens[k]?.cap,
    'past': ({ s }, k) => s.tokens[k]?.lower === 'met',
  },
};

const knowledge = loadKnowledge();
const upTo = STAGES.slice(0, STAGES.findIndex((x) => x.name === 'descriptions') + 1);

/** What `patterns` emit on `text`: "relation: A -> B [rule]" with "(planned)" when so. */
function run(patterns: Pattern[], text: string): string[] {
  const rules = compile(patterns, PRIMS);
  const stage: Stage = { name: 'patterns', requires: ['people'], provides: ['met', 'visited'], run: (doc) => { for (const s of doc.sentences) runPatterns(doc, s, rules); } };
  const ex = extractArticle({ id: 't', file: 't.txt', title: 't', text }, knowledge, [...upTo, stage]);
  const label = new Map(ex.entities.map((e) => [e.key, e.label]));
  return ex.relations.map((r) => `${r.relation}: ${label.get(r.source)} -> ${label.get(r.target)}${r.planned ? ' (planned)' : ''}${r.date ? ` ${r.date}` : ''} [${r.rule}]`);
}

const A = 'President Anvar Karimov';
const B = 'Premier Zhang Ming';
const AB = 'met: Anvar Karimov -> Zhang Ming [met.direct]';
const MET = new Set(['met', 'meets', 'meet']);
const direct = (...seq: Pattern['or'][number]['seq'][]): Pattern[] => [{ id: 'met.direct', or: seq.map((s) => ({ seq: s, emit: [{ relation: 'met' as const, from: 'a', to: 'b' }] })) }];

const ROWS: [string, Pattern[], string, string[]][] = [
  // literal words and captures
  ['capture, literal, capture', direct([cap('a', 'person'), word('met'), cap('b', 'person')]), `${A} met ${B} in Tashkent.`, [AB]],
  ['a literal that is not there', direct([cap('a', 'person'), word('met'), cap('b', 'person')]), `${A} greeted ${B} in Tashkent.`, []],
  ['a capture that finds no one', direct([cap('a', 'person'), word('met'), cap('b', 'person')]), `${A} met the delegation in Tashkent.`, []],
  // a word class as the cue: free tokens only
  ['a word class starts the rule', direct([cue(MET), cap('b', 'person')]).map((p) => ({ ...p, or: p.or.map((a) => ({ ...a, read: { a: 'people-before' } })) })), `${A} met ${B}.`, [AB]],
  // optional
  ['optional word present', direct([cap('a', 'person'), opt(word('also')), word('met'), cap('b', 'person')]), `${A} also met ${B}.`, [AB]],
  ['optional word absent', direct([cap('a', 'person'), opt(word('also')), word('met'), cap('b', 'person')]), `${A} met ${B}.`, [AB]],
  ['another word where the optional one goes', direct([cap('a', 'person'), opt(word('also')), word('met'), cap('b', 'person')]), `${A} quietly met ${B}.`, []],
  // gaps: lazy, bounded, with stop words
  ['a gap within its bound', direct([cap('a', 'person'), word('met'), gap(2), word('with'), cap('b', 'person')]), `${A} met on Monday with ${B}.`, [AB]],
  ['a gap of zero', direct([cap('a', 'person'), word('met'), gap(2), word('with'), cap('b', 'person')]), `${A} met with ${B}.`, [AB]],
  ['a gap past its bound', direct([cap('a', 'person'), word('met'), gap(2), word('with'), cap('b', 'person')]), `${A} met late on Monday with ${B}.`, []],
  ['a stop word inside the gap', direct([cap('a', 'person'), word('met'), gap(3, new Set(['and'])), word('with'), cap('b', 'person')]), `${A} met and dined with ${B}.`, []],
  // negated elements and tests
  ['not: the word is absent', direct([cap('a', 'person'), word('met'), not(word('officials')), gap(3), word('with'), cap('b', 'person')]), `${A} met on Monday with ${B}.`, [AB]],
  ['not: the word is there', direct([cap('a', 'person'), word('met'), not(word('officials')), gap(3), word('with'), cap('b', 'person')]), `${A} met officials together with ${B}.`, []],
  ['a test that holds', direct([cap('a', 'person'), word('met'), test('capitalised'), cap('b', 'person')]), `${A} met ${B}.`, [AB]],
  ['a test that fails', direct([cap('a', 'person'), word('met'), test('capitalised'), gap(1), cap('b', 'person')]), `${A} met the ${B}.`, []],
  // before: elements read leftwards from the start
  ['before matches', [{ id: 'met.direct', or: [{ before: [word('was')], seq: [cue(MET), word('by'), cap('b', 'person')], read: { a: 'people-before' }, emit: [{ relation: 'met', from: 'a', to: 'b' }] }] }], `${A} was met by ${B}.`, [AB]],
  ['before does not match', [{ id: 'met.direct', or: [{ before: [word('was')], seq: [cue(MET), word('by'), cap('b', 'person')], read: { a: 'people-before' }, emit: [{ relation: 'met', from: 'a', to: 'b' }] }] }], `${A} met by ${B}.`, []],
  // committed alternatives: the first whose words before a capture match is read, even when its capture fails
  ['the second alternative when the first one\'s words fail', direct([cap('a', 'person'), word('called'), word('on'), cap('b', 'person')], [cap('a', 'person'), word('called'), cap('b', 'person')]), `${A} called ${B}.`, [AB]],
  ['committed: no fall-through once the words matched', direct([cap('a', 'person'), word('called'), word('on'), cap('b', 'person')], [cap('a', 'person'), word('called'), gap(3), cap('b', 'person')]), `${A} called on officials with ${B}.`, []],
  ['the same alternatives without the committed words', direct([cap('a', 'person'), word('called'), word('at'), cap('b', 'person')], [cap('a', 'person'), word('called'), gap(3), cap('b', 'person')]), `${A} called on officials with ${B}.`, [AB]],
  ['no commitment without words before a capture', direct([cap('a', 'person'), word('greeted'), word('warmly'), cap('b', 'person')], [cap('a', 'person'), word('greeted'), cap('b', 'person')]), `${A} greeted ${B}.`, [AB]],
  // negation and modality scope at the scope token
  ['negated at the cue', direct([cap('a', 'person'), word('did'), word('not'), cue(MET, 'v'), cap('b', 'person')]).map(scopeAt('v')), `${A} did not meet ${B}.`, []],
  ['planned at the cue', direct([cap('a', 'person'), word('will'), cue(MET, 'v'), cap('b', 'person')]).map(scopeAt('v')), `${A} will meet ${B}.`, ['met: Anvar Karimov -> Zhang Ming (planned) [met.direct]']],
  ['neither', direct([cap('a', 'person'), cue(MET, 'v'), cap('b', 'person')]).map(scopeAt('v')), `${A} met ${B}.`, [AB]],
  // among: every pair within one capture; need: only with someone captured
  ['among a list', [{ id: 'met.group', or: [{ seq: [cap('a', 'person'), word('and'), cap('b', 'person'), word('met')], emit: [{ relation: 'met', among: 'a' }, { relation: 'met', from: 'a', to: 'b', need: ['a'] }] }] }], `${A} and ${B} met.`, ['met: Anvar Karimov -> Zhang Ming [met.group]']],
  ['when: a test that fails at the scope token', [{ id: 'met.direct', or: [{ seq: [cap('a', 'person'), cue(MET, 'v'), cap('b', 'person')], emit: [{ relation: 'met', from: 'a', to: 'b', scope: 'v', when: 'past' }] }] }], `${A} meets ${B}.`, []],
  ['when: a test that holds at the scope token', [{ id: 'met.direct', or: [{ seq: [cap('a', 'person'), cue(MET, 'v'), cap('b', 'person')], emit: [{ relation: 'met', from: 'a', to: 'b', scope: 'v', when: 'past' }] }] }], `${A} met ${B}.`, [AB]],
  // gaps of given words: lazy by default, greedy when asked (no giving back)
  ['gapOf: only the given words', direct([cap('a', 'person'), word('met'), gapOf(3, new Set(['briefly', 'again'])), word('with'), cap('b', 'person')]), `${A} met briefly again with ${B}.`, [AB]],
  ['gapOf: another word inside', direct([cap('a', 'person'), word('met'), gapOf(3, new Set(['briefly', 'again'])), word('with'), cap('b', 'person')]), `${A} met briefly today with ${B}.`, []],
  ['greedy gapOf takes the word the next element wants', direct([cap('a', 'person'), gapOf(3, new Set(['has', 'met']), true), word('met'), cap('b', 'person')]), `${A} has met ${B}.`, []],
  ['lazy gapOf leaves it', direct([cap('a', 'person'), gapOf(3, new Set(['has', 'met'])), word('met'), cap('b', 'person')]), `${A} has met ${B}.`, [AB]],
  ['any: one token whatever it is', direct([cap('a', 'person'), any, word('met'), cap('b', 'person')]), `${A} finally met ${B}.`, [AB]],
  // affirmed: the sentence does not negate the marked token
  ['affirmed holds', direct([cap('a', 'person'), cue(MET, 'v'), affirmed('v'), cap('b', 'person')]), `${A} met ${B}.`, [AB]],
  ['affirmed fails under negation (and no emit reads it)', [{ id: 'met.direct', or: [{ seq: [cap('a', 'person'), word('never'), cue(MET, 'v'), affirmed('v'), cap('b', 'person')], emit: [{ relation: 'met', from: 'a', to: 'b', negation: false }] }] }], `${A} never met ${B}.`, []],
  ['negation: false keeps a negated pair', [{ id: 'met.direct', or: [{ seq: [cap('a', 'person'), word('never'), cue(MET, 'v'), cap('b', 'person')], emit: [{ relation: 'met', from: 'a', to: 'b', scope: 'v', negation: false }] }] }], `${A} never met ${B}.`, [AB]],
  ['plan: false never marks planned', direct([cap('a', 'person'), word('will'), cue(MET, 'v'), cap('b', 'person')]).map(scopeAt('v')).map((p) => ({ ...p, or: p.or.map((a) => ({ ...a, emit: a.emit.map((e) => ({ ...e, plan: false as const })) })) })), `${A} will meet ${B}.`, [AB]],
  // first / once
  ['first: only the first start is tried', [{ id: 'met.direct', first: true, or: [{ seq: [cue(MET), word('with'), cap('b', 'person')], read: { a: 'people-before' }, emit: [{ relation: 'met', from: 'a', to: 'b' }] }] }], `${A} met officials and met with ${B}.`, []],
  ['without first, a later start matches', [{ id: 'met.direct', or: [{ seq: [cue(MET), word('with'), cap('b', 'person')], read: { a: 'people-before' }, emit: [{ relation: 'met', from: 'a', to: 'b' }] }] }], `${A} met officials and met with ${B}.`, [AB]],
  ['once: stops after the first match', [{ id: 'met.direct', once: true, or: [{ seq: [cue(MET), cap('b', 'person')], read: { a: 'people-before' }, emit: [{ relation: 'met', from: 'a', to: 'b' }] }] }], `${A} met ${B} and met President Bolat Serikov.`, [AB]],
  ['without once, every match', [{ id: 'met.direct', or: [{ seq: [cue(MET), cap('b', 'person')], read: { a: 'people-before' }, emit: [{ relation: 'met', from: 'a', to: 'b' }] }] }], `${A} met ${B} and met President Bolat Serikov.`, [AB, 'met: Anvar Karimov -> Bolat Serikov [met.direct]', 'met: Bolat Serikov -> Zhang Ming [met.direct]']],
  // a scope per item: each person's own negation
  ['scope each: per item', [{ id: 'met.direct', at: 'person', or: [{ seq: [cap('a', 'person'), word('met')], read: { b: 'people-after' }, emit: [{ relation: 'met', from: 'b', to: 'a', scope: 'each' }] }] }], `${A} met ${B} and not President Bolat Serikov.`, [AB]],
  // refs, extras and target-major order
  ['ref: a city stands for its country; extra: a date', [{ id: 'visited.travel', or: [{ seq: [cap('a', 'person'), word('visited')], read: { to: 'countries' }, emit: [{ relation: 'visited', from: 'a', to: 'to', ref: 'country', extra: 'on-friday' }] }] }], `${A} visited Astana.`, ['visited: Anvar Karimov -> Kazakhstan 2024-07-05 [visited.travel]']],
  ['pairs source by source', [{ id: 'visited.travel', or: [{ seq: [cue(new Set(['visited']))], read: { a: 'people-before', to: 'countries' }, emit: [{ relation: 'visited', from: 'a', to: 'to', ref: 'country' }] }] }], `${A} and ${B} visited Astana and Tashkent.`, ['visited: Anvar Karimov -> Kazakhstan [visited.travel]', 'visited: Anvar Karimov -> Uzbekistan [visited.travel]', 'visited: Zhang Ming -> Kazakhstan [visited.travel]', 'visited: Zhang Ming -> Uzbekistan [visited.travel]']],
  ['outer: to pairs target by target', [{ id: 'visited.travel', or: [{ seq: [cue(new Set(['visited']))], read: { a: 'people-before', to: 'countries' }, emit: [{ relation: 'visited', from: 'a', to: 'to', ref: 'country', outer: 'to' as const }] }] }], `${A} and ${B} visited Astana and Tashkent.`, ['visited: Anvar Karimov -> Kazakhstan [visited.travel]', 'visited: Zhang Ming -> Kazakhstan [visited.travel]', 'visited: Anvar Karimov -> Uzbekistan [visited.travel]', 'visited: Zhang Ming -> Uzbekistan [visited.travel]']],
];

function scopeAt(mark: string) {
  return (p: Pattern): Pattern => ({ ...p, or: p.or.map((a) => ({ ...a, emit: a.emit.map((e) => ({ ...e, scope: mark })) })) });
}

describe('pattern engine', () => {
  it.each(ROWS)('%s', (_name, patterns, text, expected) => {
    expect(run(patterns, text)).toEqual(expected);
  });

  it.each([
    ['an unknown reader', [{ id: 'met.direct', or: [{ seq: [cue(MET), cap('b', 'nobody')], emit: [] }] }]],
    ['an unknown context', [{ id: 'met.direct', or: [{ seq: [cue(MET)], read: { a: 'nobody' }, emit: [] }] }]],
    ['an unknown test', [{ id: 'met.direct', or: [{ seq: [cue(MET), test('nobody')], emit: [] }] }]],
    ['a sequence that starts with a gap', [{ id: 'met.direct', or: [{ seq: [gap(2), cue(MET)], emit: [] }] }]],
    ['an unknown mark for affirmed', [{ id: 'met.direct', or: [{ seq: [cue(MET), affirmed('nowhere')], emit: [] }] }]],
    ['an unknown mark for a scope', [{ id: 'met.direct', or: [{ seq: [cue(MET)], emit: [{ relation: 'met', among: 'a', scope: 'nowhere' }] }] }]],
    ['an unknown extra', [{ id: 'met.direct', or: [{ seq: [cue(MET)], emit: [{ relation: 'met', among: 'a', extra: 'nothing' }] }] }]],
    ['an unknown ref', [{ id: 'met.direct', or: [{ seq: [cue(MET)], emit: [{ relation: 'met', among: 'a', ref: 'nothing' }] }] }]],
    ['alternatives that start at a word and at a person', [{ id: 'met.direct', or: [{ seq: [cue(MET)], emit: [] }, { seq: [cap('a', 'person')], emit: [] }] }]],
  ] as [string, Pattern[]][])('compile refuses %s', (_name, patterns) => {
    expect(() => compile(patterns, PRIMS)).toThrow(/pattern met\.direct/);
  });
});
