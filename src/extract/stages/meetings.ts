// The meetings stage: met — meetings, talks, calls and conversations between people ("during a meeting with X, Y said",
// "X met Y", "talks between X and Y", "X assured Y"), as patterns (relations/pattern.ts) over the party and
// clause-subject primitives; negated meetings give nothing, planned ones are marked.
import type { Sentence, Stage } from '../document.ts';
import { conversation } from '../relations/helpers.ts';
import { cueBit, hasCue } from '../text/cues.ts';
import { coordinated, furtherPartners, personAfter } from '../relations/parties.ts';
import { meetingSubjects, verbSubject } from '../relations/subject.ts';
import { compile, runPatterns, cls, cue, word, gap, cap, opt, test, type Pattern, type Primitives } from '../relations/pattern.ts';
import { PASSIVE_AUX, GROUP_AUX, DASHES, CLAUSE_STOPS } from '../text/function-words.ts';
import { WITH_CUES, DIRECT, BETWEEN_CUES, GROUP_VERBS, GROUP_AFTER_AUX } from '../text/event-words.ts';

/** Is the cue at i one meeting: "a (separate) meeting", "a trilateral / three-way / joint meeting"? */
function oneMeeting(s: Sentence, i: number): boolean {
  const t = s.tokens;
  if (t[i].lower !== 'meeting') return false;
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    if (/^(trilateral|tripartite|three-way|joint)$/.test(t[k].lower)) return true;
    if (t[k].lower === 'a' || t[k].lower === 'one') return true;
    if (!/^(separate|brief|short|closed-door|private|special|bilateral)$/.test(t[k].lower)) return false;
  }
  return false;
}

const STOP_BEFORE_WITH: ReadonlySet<string> = new Set([...WITH_CUES, 'and']);

/** The primitives the meeting patterns name. */
const PRIMITIVES: Primitives = {
  readers: {
    // the person after a cue (titles, "the delegation led by"), with those coordinated with them
    party: ({ s }, k) => {
      const first = personAfter(s, k);
      return first ? { end: first.t1, found: coordinated(s, first) } : undefined;
    },
    // the same, with further partners ("…, as well as with A and B")
    partners: ({ s }, k) => {
      const first = personAfter(s, k);
      return first ? { end: first.t1, found: [...coordinated(s, first), ...furtherPartners(s, first)] } : undefined;
    },
    // a list of two or more people joined by "and" that starts at k
    list: ({ s }, k) => {
      const p = s.owner[k];
      const group = p?.kind === 'person' ? coordinated(s, p) : [];
      return group.length >= 2 ? { end: group[group.length - 1].t1, found: group } : undefined;
    },
  },
  contexts: {
    'meeting-subject': ({ doc, s, caps, marks }) => meetingSubjects(doc, s, caps.partners, marks.cue),
    'verb-subject': ({ doc, s, caps, marks }) => [verbSubject(doc, s, marks.cue, caps.object[0])].filter((m) => !!m),
    'passive-subject': ({ doc, s, caps, marks }) => [verbSubject(doc, s, marks.cue, caps.object[0], true)].filter((m) => !!m),
  },
  tests: {
    // one meeting with several ("a separate meeting with A and B", "a trilateral meeting with A and B"): the partners
    // met each other too; "talks with A and B" may be two
    'one-meeting': ({ s }, k) => oneMeeting(s, k),
    // "X and Y spoke" may be two speeches: only "spoke by phone / on the phone / with each other" is a talk
    'not-speech': ({ s }, k) => !((s.tokens[k]?.lower === 'spoke' || s.tokens[k]?.lower === 'talked') && !conversation(s, k)),
  },
};

/** The meeting rules, in the order they are tried at each token. */
export const MEETING_PATTERNS: readonly Pattern[] = [
  // "… held talks (by phone) with X …, Y said": partners after "with", subjects the other people of the clause
  {
    id: 'met.with',
    or: [{
      seq: [cue(WITH_CUES), gap(3, STOP_BEFORE_WITH), word('with'), cap('partners', 'partners')],
      read: { subject: 'meeting-subject' },
      emit: [{ relation: 'met', from: 'subject', to: 'partners' }, { relation: 'met', among: 'partners', need: ['subject'], when: 'one-meeting' }],
    }],
  },
  // "talks between X and Y"
  { id: 'met.between', or: [{ seq: [cue(BETWEEN_CUES), word('between'), cap('group', 'party')], emit: [{ relation: 'met', among: 'group' }] }] },
  // "X met Y", "Wang assured Y", "where he was received by X" (the passive's agent), "called on X" (a courtesy call)
  {
    id: 'met.direct',
    or: [
      { before: [cls(PASSIVE_AUX)], seq: [cue(DIRECT), word('by'), cap('object', 'party')], read: { subject: 'passive-subject' }, emit: [{ relation: 'met', from: 'subject', to: 'object' }] },
      // ("were received together in Beijing by X": a few words of place or manner before the agent)
      { before: [cls(PASSIVE_AUX)], seq: [cue(DIRECT), gap(4, CLAUSE_STOPS), word('by'), cap('object', 'party')], read: { subject: 'passive-subject' }, emit: [{ relation: 'met', from: 'subject', to: 'object' }] },
      { seq: [cue(new Set(['called'])), word('on'), cap('object', 'party')], read: { subject: 'verb-subject' }, emit: [{ relation: 'met', from: 'subject', to: 'object' }] },
      { seq: [cue(DIRECT), cap('object', 'party')], read: { subject: 'verb-subject' }, emit: [{ relation: 'met', from: 'subject', to: 'object' }] },
    ],
  },
  // "X and Y met / held talks / will discuss", "the presidents of A and B - X and Y - met"
  {
    id: 'met.group',
    cues: [GROUP_VERBS, GROUP_AUX],
    or: [
      { seq: [cap('group', 'list'), opt(cls(DASHES)), test('not-speech'), cls(GROUP_VERBS, { mark: 'verb' })], emit: [{ relation: 'met', among: 'group', scope: 'verb' }] },
      { seq: [cap('group', 'list'), opt(cls(DASHES)), cls(GROUP_AUX, { mark: 'verb' }), cls(GROUP_AFTER_AUX)], emit: [{ relation: 'met', among: 'group', scope: 'verb' }] },
    ],
  },
];

const RULES = compile(MEETING_PATTERNS, PRIMITIVES);

/** "no", which every taking-back sentence has ("There is no such plan"). */
const NO = cueBit(['no']);

export const meetings: Stage = {
  name: 'meetings',
  requires: ['people', 'coreference', 'descriptions'],
  provides: ['met'],
  run(doc) {
    for (const s of doc.sentences) if (s.mentions.some((m) => m.kind === 'person')) runPatterns(doc, s, RULES);
    // "There is no such plan" right after a planned meeting takes it back; a meeting told as done stands ("X also met
    // Y." before a subhead "No meeting with Pakistan FM")
    const drop = new Set<number>();
    for (const s of doc.sentences) if (hasCue(s.cues, NO) && /\bno (such )?(plan|plans|meeting)\b/i.test(s.text) && s.index > 0) drop.add(s.index - 1);
    if (drop.size) doc.hits = doc.hits.filter((h) => !(h.relation === 'met' && h.planned && drop.has(h.sentence)));
  },
};
