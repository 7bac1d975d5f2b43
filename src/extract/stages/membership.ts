// The membership stage: member_of (country → organisation, with status) and chairs (country → organisation's rotating
// chair), as patterns (relations/pattern.ts) whose organisation and countries are read by the named primitives below.
import type { Doc, Mention, Sentence, Stage } from '../document.ts';
import { mention, perSentence } from '../document.ts';
import type { ScoStatus } from '../../graph/types.ts';
import { countryList, countryRef, negated, planned } from '../relations/helpers.ts';
import { compile, sentenceRule, affirmed, cls, cue, test, word, type Pattern, type Primitives } from '../relations/pattern.ts';
import { CHAIR_CUES, HANDOVER, INCLUDES, MEMBERS_LISTED, GENERIC_ORG, BRINGS, MEMBER_CUES, CONSISTS, MEMBER_NOUNS, FOUNDED } from '../text/event-words.ts';

/** A country or organisation key as a mention (the ends of a hit that no one token names). */
const keyed = (ref: string): Mention => mention(ref.startsWith('organisation:') ? 'organisation' : 'country', ref, '', -1, -1, 'key');

/** Intergovernmental organisations (and SCO bodies) can have member states; others cannot. */
function isIgo(doc: Doc, m: Mention | undefined): boolean {
  if (!m || m.kind !== 'organisation') return false;
  const org = doc.knowledge.organisations.get(m.ref.slice('organisation:'.length));
  return org?.type === 'intergovernmental';
}

function statusFor(doc: Doc, country: string, org: string, cue: ScoStatus | 'join'): ScoStatus {
  if (cue !== 'join') return cue;
  const rec = doc.knowledge.countries.get(country.slice('country:'.length));
  return org === 'organisation:sco' && rec?.sco ? rec.sco.status : 'member';
}

/** Does "status" stand a few words before the cue at i ("the status of (an) SCO dialogue partner")? */
function statusBefore(t: Sentence['tokens'], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) if (t[k].lower === 'status') return true;
  return false;
}

/** Countries in the few tokens before position i, nearest group only ("Russia, Belarus and Uzbekistan are members"). */
function countriesBefore(doc: Doc, s: Sentence, i: number, window: number): string[] {
  const out: string[] = [];
  let gap = 0;
  for (let k = i - 1; k >= 0 && gap <= window; k--) {
    const m = s.owner[k];
    if (m && (m.kind === 'country' || m.kind === 'demonym') && m.kind !== 'demonym') {
      out.push(countryRef(doc, m)!);
      k = m.t0;
      gap = 0;
      continue;
    }
    if (m?.kind === 'person' || (m && m.kind === 'organisation' && out.length)) break;
    // a dash or semicolon closes the group ("four observers - A, B and C - and six dialogue partners")
    if (!m && /^[-–—;:]$/.test(s.tokens[k].text)) break;
    if (out.length && !(s.tokens[k].text === ',' || s.tokens[k].lower === 'and')) break;
    gap++;
  }
  return out;
}

/**
 * The SCO's key when the article names it: the organisation meant by observer and dialogue-partner status, or by a
 * chairmanship, when the sentence names none ("Mongolia has been an observer", "Kazakhstan's chairmanship").
 */
function scoOfArticle(doc: Doc): string | undefined {
  if (!doc.knowledge.organisations.has('sco')) return undefined;
  for (const x of doc.sentences) for (const m of x.mentions) if (m.ref === 'organisation:sco') return m.ref;
  return undefined;
}


/** The organisation a membership cue at i refers to: "member of the SCO", "the SCO's member", the sentence's only one, or the SCO's when the article names it. */
function memberOrg(doc: Doc, s: Sentence, i: number): string | undefined {
  const cue = MEMBER_CUES.get(s.tokens[i].lower)!;
  const orgs = s.mentions.filter((m) => isIgo(doc, m));
  let org = orgs.find((o) => o.t0 > i && o.t0 - i <= 5) ?? orgs.find((o) => o.t1 <= i && i - o.t1 <= 2);
  // "The SCO was founded …; India and Pakistan were admitted as full members in 2017": the sentence's only organisation
  if (!org && orgs.length === 1 && s.mentions.filter((m) => m.kind === 'organisation').length === 1) org = orgs[0];
  return org?.ref ?? (!orgs.length && (cue === 'observer' || cue === 'dialogue_partner') ? scoOfArticle(doc) : undefined);
}

/** The countries a membership cue at i is said of (the organisation `orgRef`): listed before it, after "status … to", or after "member states such as". */
function membersOf(doc: Doc, s: Sentence, i: number, orgRef: string): string[] {
  const t = s.tokens;
  const orgs = s.mentions.filter((m) => isIgo(doc, m));
  const org = orgs.find((o) => o.t0 > i && o.t0 - i <= 5) ?? orgs.find((o) => o.t1 <= i && i - o.t1 <= 2) ?? (orgs.length === 1 && s.mentions.filter((m) => m.kind === 'organisation').length === 1 ? orgs[0] : undefined);
  let countries = countriesBefore(doc, s, t[i - 1]?.lower === 'dialogue' ? i - 1 : i, 10);
  // "granting the status of SCO dialogue partner to Egypt, Qatar and Saudi Arabia"
  if (!countries.length && statusBefore(t, i)) {
    let k = i + 1;
    if (t[k]?.lower === 'state' || t[k]?.lower === 'states') k++;
    if (t[k]?.lower === 'to') countries = countryList(doc, s, k + 1, 1).filter((m) => m.kind === 'country').map((m) => m.ref);
  }
  // "SCO member states such as China and Russia", "SCO members China and Kyrgyzstan", "observers Mongolia and …"
  if (!countries.length && (!org || org.t1 <= i)) {
    let k = i + 1;
    while (k < t.length && k <= i + 4 && !s.owner[k] && /^(states|countries|state|such|as|including|like|,|:|nations)$/.test(t[k].lower)) k++;
    const m = s.owner[k];
    if (m?.kind === 'country') {
      for (let q = k; q < t.length; q++) {
        const n = s.owner[q];
        if (n?.kind === 'country') {
          countries.push(n.ref);
          q = n.t1 - 1;
        } else if (!(t[q].text === ',' || t[q].lower === 'and')) break;
      }
    }
  }
  return countries.filter((c) => c !== orgRef);
}

/** "Its members are …", "The SCO was founded … by": the organisation named before, else the one of the sentences before ("Its", "The … members"), else the SCO. */
function listedOrg(doc: Doc, s: Sentence, i: number): string | undefined {
  const t = s.tokens;
  const members = !FOUNDED.has(t[i].lower);
  let org = [...s.mentions].reverse().find((m) => isIgo(doc, m) && m.t1 <= i);
  const generic = t.slice(0, i).some((x, q) => GENERIC_ORG.has(x.lower) && t[q - 1]?.lower === 'the' && !s.owner[q]);
  if (!org && members && (t[0]?.lower === 'its' || t[0]?.lower === 'the' || generic)) {
    for (let q = s.index - 1; q >= Math.max(0, s.index - 3) && !org; q--) org = [...doc.sentences[q].mentions].reverse().find((m) => isIgo(doc, m));
  }
  // "the Organization has …" with no organisation named just before: the SCO, when the article names it
  return org?.ref ?? (members && generic ? scoOfArticle(doc) : undefined);
}

/** Where "founded in 2001 by" / "established … together with" ends, after the verb at i; -1 for none. */
function foundedBy(s: Sentence, i: number): number {
  const t = s.tokens;
  let k = i + 1;
  const withAt = (q: number) => (t[q].lower === 'together' || t[q].lower === 'along') && t[q + 1]?.lower === 'with';
  while (k < t.length && k <= i + 8 && t[k].lower !== 'by' && !withAt(k) && t[k].text !== ',') k++;
  if (k < t.length && withAt(k)) k++;
  else if (t[k]?.lower !== 'by') return -1;
  return k + 1;
}

/** The country whose chairmanship a cue at i names: a possessive or demonym before it, or the subject of "X assumes the chair". */
function chairHolder(doc: Doc, s: Sentence, i: number): string | undefined {
  for (let k = i - 1, n = 0; k >= 0 && n < 10; k--, n++) {
    const m = s.owner[k];
    if (m && (m.kind === 'country' || m.kind === 'demonym')) return countryRef(doc, m);
    if (m && m.kind === 'person') break;
  }
  return undefined;
}

/** The verb of a handover with the chairmanship (cue at i) as its subject ("the chairmanship … passed"), not negated; -1 for none. */
function handoverVerb(s: Sentence, i: number): number {
  const verb = s.tokens.findIndex((x, k) => k > i && k <= i + 8 && HANDOVER.has(x.lower) && !s.owner.slice(i + 1, k).some((o) => o?.kind === 'person'));
  return verb > 0 && !negated(s, verb) ? verb : -1;
}

/** Hand-over countries that take the chair later (planned when the handover is). */
const PLANNED = new WeakSet<Mention>();

/**
 * The chairs a handover names: "the chairmanship … passed from Kazakhstan to China" (both chaired it), "has now passed
 * to Kyrgyzstan"; else, after a handover verb before the cue ("handed over the chairmanship to X"), the country it
 * goes to, when it is not the holder named before.
 */
function handoverChairs(doc: Doc, s: Sentence, i: number): Mention[] {
  const t = s.tokens;
  const out: Mention[] = [];
  const verb = handoverVerb(s, i);
  if (verb > 0) {
    for (let k = verb + 1; k < Math.min(t.length, verb + 6); k++) {
      if (t[k].lower !== 'from' && t[k].lower !== 'to') continue;
      const c = countryList(doc, s, k + 1, 0)[0];
      if (c?.kind !== 'country') continue;
      const m = keyed(c.ref);
      if (t[k].lower === 'to' && planned(s, verb)) PLANNED.add(m);
      out.push(m);
    }
    return out;
  }
  if (t.slice(Math.max(0, i - 4), i).some((x) => HANDOVER.has(x.lower))) {
    for (let k = i + 1; k < Math.min(t.length, i + 8); k++) {
      if (t[k].lower !== 'to') continue;
      const next = countryList(doc, s, k + 1, 1)[0];
      if (next?.kind === 'country' && next.ref !== chairHolder(doc, s, i)) {
        const m = keyed(next.ref);
        if (planned(s, i)) PLANNED.add(m);
        out.push(m);
      }
      break;
    }
  }
  return out;
}

const PRIMITIVES: Primitives = {
  readers: {
    // two or more countries from k, past "the member states such as", ":"
    'member-list': ({ doc, s }, k) => {
      const t = s.tokens;
      while (k < t.length && !s.owner[k] && /^(the|member|members|states|countries|such|as|:)$/.test(t[k].lower)) k++;
      const list = countryList(doc, s, k, 0);
      return list.length >= 2 ? { end: k, found: list.filter((m) => m.kind === 'country') } : undefined;
    },
    // two or more countries (or cities) after "members are", "founded … by"
    'listed-countries': ({ doc, s, marks }, k) => {
      const from = FOUNDED.has(s.tokens[marks.cue].lower) ? foundedBy(s, marks.cue) : k + 1;
      const list = from < 0 ? [] : countryList(doc, s, from, 1);
      return list.length >= 2 ? { end: from, found: list.filter((m) => m.kind === 'country') } : undefined;
    },
  },
  contexts: {
    'member-org': ({ doc, s, marks }) => {
      const org = memberOrg(doc, s, marks.cue);
      return org ? [keyed(org)] : [];
    },
    members: ({ doc, s, marks, caps }) => (caps.org.length ? membersOf(doc, s, marks.cue, caps.org[0].ref).map(keyed) : []),
    'org-before': ({ doc, s, marks }) => {
      const org = [...s.mentions].reverse().find((m) => isIgo(doc, m) && m.t1 <= marks.cue && marks.cue - m.t1 <= 3);
      return org ? [org] : [];
    },
    'listed-org': ({ doc, s, marks }) => {
      const org = listedOrg(doc, s, marks.cue);
      return org ? [keyed(org)] : [];
    },
    'chair-org': ({ doc, s, marks }) => {
      const i = marks.cue;
      let org = s.mentions.find((m) => isIgo(doc, m) && m.t0 > i && m.t0 - i <= 3);
      if (!org) org = s.mentions.find((m) => isIgo(doc, m) && m.t1 <= i && i - m.t1 <= 3);
      if (!org && s.tokens[i].lower === 'presidency') return [];
      const ref = org?.ref ?? scoOfArticle(doc);
      return ref ? [keyed(ref)] : [];
    },
    holder: ({ doc, s, marks }) => {
      const c = chairHolder(doc, s, marks.cue);
      return c ? [keyed(c)] : [];
    },
    handover: ({ doc, s, marks, caps }) => (caps.org.length ? handoverChairs(doc, s, marks.cue) : []),
  },
  tests: {
    // "partner" only as "dialogue partner"
    'member-cue': ({ s, marks }) => MEMBER_CUES.get(s.tokens[marks.cue].lower) !== 'dialogue_partner' || s.tokens[marks.cue - 1]?.lower === 'dialogue',
    'members-listed': ({ s, marks }) => MEMBERS_LISTED.has(s.tokens[marks.cue + 1]?.lower ?? ''),
    'dialogue-partners': ({ s, marks }) => s.tokens[marks.cue].lower !== 'partners' || s.tokens[marks.cue - 1]?.lower === 'dialogue',
    // "chair" as a person's title ("Chair Li said") is not a country's chairmanship
    'not-a-title': ({ s, marks }) => {
      const own = s.owner[marks.cue];
      return !own || (own.kind === 'title' && s.owner[own.t1]?.kind !== 'person');
    },
  },
  extras: {
    // the status the cue word gives ("join": the country's SCO status, else member); planned "will join (in …)"
    'cue-status': ({ doc, s, marks }, a, b) => {
      const cue = MEMBER_CUES.get(s.tokens[marks.cue].lower)!;
      return { status: statusFor(doc, a.ref, b.ref, cue), ...(planned(s, marks.cue) || (cue === 'join' && planned(s, marks.cue, 8)) ? { planned: true } : {}) };
    },
    'join-status': ({ doc }, a, b) => ({ status: statusFor(doc, a.ref, b.ref, 'join') }),
    'listed-status': ({ s, marks }) => {
      const w = s.tokens[marks.cue].lower;
      const observer = w === 'observers' || ((w === 'states' || w === 'countries') && s.tokens[marks.cue - 1]?.lower === 'observer');
      return { status: observer ? 'observer' : w === 'partners' ? 'dialogue_partner' : 'member' };
    },
    'handover-plan': (_m, a) => (PLANNED.has(a) ? { planned: true } : {}),
  },
};

/** The membership and chairmanship rules; each list runs as one sentence rule, in the stage's order. */
export const MEMBERSHIP_PATTERNS = {
  // "Iran joined the SCO", "Mongolia is an observer", "India and Pakistan became full members", "SCO members China and Kyrgyzstan"
  cue: [{
    id: 'member_of.cue',
    or: [{ seq: [cue(new Set(MEMBER_CUES.keys())), test('member-cue'), affirmed()], read: { org: 'member-org', countries: 'members' }, emit: [{ relation: 'member_of', from: 'countries', to: 'org', extra: 'cue-status', plan: false, negation: false }] }],
  }],
  // "The SCO includes China, Russia, …", "brings together A, B and C", "consists of A, B and C"
  list: [{
    id: 'member_of.list',
    or: [
      { seq: [cue(BRINGS), word('together'), affirmed()], read: { org: 'org-before' }, emit: [] },
      { seq: [cue(CONSISTS), word('of'), affirmed()], read: { org: 'org-before' }, emit: [] },
      { seq: [cue(INCLUDES), affirmed()], read: { org: 'org-before' }, emit: [] },
    ].map((a) => ({ ...a, seq: [...a.seq, { cap: 'countries', reader: 'member-list' }], emit: [{ relation: 'member_of' as const, from: 'countries', to: 'org', extra: 'join-status', plan: false as const, negation: false as const }] })),
  }],
  // "Its members are Belarus, India, …", "The SCO was founded in 2001 by China, Russia, …"
  membersAre: [{
    id: 'member_of.members-are',
    or: [
      { seq: [cue(MEMBER_NOUNS), test('members-listed'), test('dialogue-partners'), { cap: 'countries', reader: 'listed-countries' }], read: { org: 'listed-org' }, emit: [{ relation: 'member_of', from: 'countries', to: 'org', extra: 'listed-status', plan: false, negation: false }] },
      { seq: [cue(FOUNDED), affirmed(), { cap: 'countries', reader: 'listed-countries' }], read: { org: 'listed-org' }, emit: [{ relation: 'member_of', from: 'countries', to: 'org', extra: 'listed-status', plan: false, negation: false }] },
    ],
  }],
  // "Kazakhstan's chairmanship", "the Russian presidency", "the chairmanship … passed from Kazakhstan to China"
  chairs: [{
    id: 'chairs.cue',
    or: [{
      seq: [cls(CHAIR_CUES, { mark: 'cue' }), test('not-a-title'), affirmed()],
      read: { org: 'chair-org', holder: 'holder', handover: 'handover' },
      emit: [{ relation: 'chairs', from: 'holder', to: 'org', negation: false }, { relation: 'chairs', from: 'handover', to: 'org', extra: 'handover-plan', plan: false, negation: false }],
    }],
  }],
} satisfies Record<string, Pattern[]>;

const rules = (patterns: Pattern[]) => sentenceRule(compile(patterns, PRIMITIVES));
const P = MEMBERSHIP_PATTERNS;

export const membershipStage: Stage = perSentence({ name: 'membership', requires: ['mentions', 'people'], provides: ['member_of', 'chairs'] },
  rules(P.cue), rules(P.list), rules(P.membersAre), rules(P.chairs));
