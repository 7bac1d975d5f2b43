// The membership stage: member_of (country → organisation, with status) and chairs (country → organisation's rotating chair).
import type { Doc, Mention, Sentence, Stage } from '../document.ts';
import { perSentence } from '../document.ts';
import type { ScoStatus } from '../../graph/types.ts';
import { countryList, countryRef, hit, negated, planned } from '../relations/helpers.ts';
import { cueBit, hasCue } from '../text/cues.ts';
import { CHAIR_CUES, HANDOVER, INCLUDES, MEMBERS_LISTED, GENERIC_ORG } from '../text/event-words.ts';

const MEMBER_CUES = new Map<string, ScoStatus | 'join'>(Object.entries({
  member: 'member', members: 'member', membership: 'member', 'member-states': 'member', 'member-state': 'member',
  join: 'join', joins: 'join', joined: 'join', joining: 'join', admission: 'join', accession: 'join', admitted: 'join', entry: 'join',
  observer: 'observer', observers: 'observer', partner: 'dialogue_partner', partners: 'dialogue_partner',
  applicant: 'applicant', applied: 'applicant', application: 'applicant',
} as Record<string, ScoStatus | 'join'>));
const MEMBER = cueBit(MEMBER_CUES.keys());
const CHAIR = cueBit(CHAIR_CUES);

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

function membership(doc: Doc, s: Sentence): void {
  if (!hasCue(s.cues, MEMBER)) return;
  const t = s.tokens;
  const orgs = s.mentions.filter((m) => isIgo(doc, m));
  for (let i = 0; i < t.length; i++) {
    const cue = MEMBER_CUES.get(t[i].lower);
    if (!cue || s.owner[i]) continue;
    if (cue === 'dialogue_partner' && t[i - 1]?.lower !== 'dialogue') continue;
    if (negated(s, i)) continue;
    // the organisation: "member of the SCO", "join the SCO", "the SCO's member", "SCO members X, Y"; with no
    // organisation in the sentence, an observer or dialogue partner is one of the SCO when the article is about it
    let org = orgs.find((o) => o.t0 > i && o.t0 - i <= 5) ?? orgs.find((o) => o.t1 <= i && i - o.t1 <= 2);
    // "The SCO was founded …; India and Pakistan were admitted as full members in 2017": the sentence's only organisation
    if (!org && orgs.length === 1 && s.mentions.filter((m) => m.kind === 'organisation').length === 1) org = orgs[0];
    const orgRef = org?.ref ?? (!orgs.length && (cue === 'observer' || cue === 'dialogue_partner') ? scoOfArticle(doc) : undefined);
    if (!orgRef) continue;
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
    countries = countries.filter((c) => c !== orgRef);
    for (const c of countries) hit(doc, 'member_of', c, orgRef, s, { status: statusFor(doc, c, orgRef, cue), ...(planned(s, i) || cue === 'join' && planned(s, i, 8) ? { planned: true } : {}) });
  }
}

const LISTS = cueBit(INCLUDES, ['brings', 'brought', 'consists', 'consisting']);

function memberLists(doc: Doc, s: Sentence): void {
  if (!hasCue(s.cues, LISTS)) return;
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const together = t[i].lower === 'brings' || t[i].lower === 'brought' ? t[i + 1]?.lower === 'together' : false;
    const consists = (t[i].lower === 'consists' || t[i].lower === 'consisting') && t[i + 1]?.lower === 'of';
    if (s.owner[i] || !(INCLUDES.has(t[i].lower) || together || consists) || negated(s, i)) continue;
    const org = [...s.mentions].reverse().find((m) => isIgo(doc, m) && m.t1 <= i && i - m.t1 <= 3);
    if (!org) continue;
    let k = i + (together || consists ? 2 : 1);
    while (k < t.length && !s.owner[k] && /^(the|member|members|states|countries|such|as|:)$/.test(t[k].lower)) k++;
    const list = countryList(doc, s, k, 0);
    if (list.length < 2) continue; // one country after "includes" is rarely a membership list
    for (const m of list) if (m.kind === 'country') hit(doc, 'member_of', m.ref, org.ref, s, { status: statusFor(doc, m.ref, org.ref, 'join') });
  }
}

function chairs(doc: Doc, s: Sentence): void {
  if (!hasCue(s.cues, CHAIR)) return;
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const own = s.owner[i];
    if ((own && own.kind !== 'title') || !CHAIR_CUES.has(t[i].lower) || negated(s, i)) continue;
    // "chair" as a person's title ("Chair Li said") is not a country's chairmanship
    if (own && s.owner[own.t1]?.kind === 'person') continue;
    // the organisation: "of the SCO" after, "the SCO's rotating chairmanship" before, else the SCO when the article is about it
    let org = s.mentions.find((m) => isIgo(doc, m) && m.t0 > i && m.t0 - i <= 3);
    if (!org) org = s.mentions.find((m) => isIgo(doc, m) && m.t1 <= i && i - m.t1 <= 3);
    if (!org && t[i].lower === 'presidency') continue;
    const orgRef = org?.ref ?? scoOfArticle(doc);
    if (!orgRef) continue;
    // the country: possessive or demonym right before ("Kazakhstan's chairmanship", "the Russian presidency"),
    // or the subject of "X assumes/is/will take the … chair"
    let country: string | undefined;
    for (let k = i - 1, n = 0; k >= 0 && n < 10; k--, n++) {
      const m = s.owner[k];
      if (m && (m.kind === 'country' || m.kind === 'demonym')) {
        country = countryRef(doc, m);
        break;
      }
      if (m && m.kind === 'person') break;
    }
    if (country) hit(doc, 'chairs', country, orgRef, s, planned(s, i) ? { planned: true } : {});
    // the chairmanship as the subject of a handover: "the chairmanship … passed from Kazakhstan to China", "The
    // chairmanship has now passed to Kyrgyzstan": both countries chaired it
    const verb = t.findIndex((x, k) => k > i && k <= i + 8 && HANDOVER.has(x.lower) && !s.owner.slice(i + 1, k).some((o) => o?.kind === 'person'));
    if (verb > 0 && !negated(s, verb)) {
      for (let k = verb + 1; k < Math.min(t.length, verb + 6); k++) {
        if (t[k].lower !== 'from' && t[k].lower !== 'to') continue;
        const c = countryList(doc, s, k + 1, 0)[0];
        if (c?.kind === 'country') hit(doc, 'chairs', c.ref, orgRef, s, t[k].lower === 'to' && planned(s, verb) ? { planned: true } : {});
      }
      continue;
    }
    // a handover: the country it goes "to" chairs next
    if (t.slice(Math.max(0, i - 4), i).some((x) => HANDOVER.has(x.lower))) {
      for (let k = i + 1; k < Math.min(t.length, i + 8); k++) {
        if (t[k].lower !== 'to') continue;
        const next = countryList(doc, s, k + 1, 1)[0];
        if (next?.kind === 'country' && next.ref !== country) hit(doc, 'chairs', next.ref, orgRef, s, planned(s, i) ? { planned: true } : {});
        break;
      }
    }
  }
}

/** The words that open such a list: "members are", "founded … by". */
const MEMBERS_ARE = cueBit(['members', 'states', 'countries', 'observers', 'partners', 'founded', 'established', 'created']);

/**
 * "Its members are Belarus, India, …", "The ten members are China, Russia, …", "The SCO was founded in 2001 by China,
 * Russia, …": a list of two or more countries after the cue; the organisation is the one named before in the sentence,
 * else (for "Its"/"The … members") the last one named in the sentences before.
 */
function membersAre(doc: Doc, s: Sentence): void {
  if (!hasCue(s.cues, MEMBERS_ARE)) return;
  const t = s.tokens;
  for (let i = 0; i < t.length - 1; i++) {
    if (s.owner[i]) continue;
    const w = t[i].lower;
    const members = (w === 'members' || w === 'states' || w === 'countries' || w === 'observers' || w === 'partners') && MEMBERS_LISTED.has(t[i + 1].lower);
    const founded = (w === 'founded' || w === 'established' || w === 'created') && negated(s, i) === false;
    if (!members && !founded) continue;
    let k = i + 1;
    if (founded) {
      // "founded in 2001 by", "established in June 2001 in Shanghai by", "established in 2001 together with"
      const withAt = (q: number) => (t[q].lower === 'together' || t[q].lower === 'along') && t[q + 1]?.lower === 'with';
      while (k < t.length && k <= i + 8 && t[k].lower !== 'by' && !withAt(k) && t[k].text !== ',') k++;
      if (k < t.length && withAt(k)) k++;
      else if (t[k]?.lower !== 'by') continue;
    }
    k++;
    const list = countryList(doc, s, k, 1);
    if (list.length < 2) continue;
    let org = [...s.mentions].reverse().find((m) => isIgo(doc, m) && m.t1 <= i);
    const generic = t.slice(0, i).some((x, q) => GENERIC_ORG.has(x.lower) && t[q - 1]?.lower === 'the' && !s.owner[q]);
    if (!org && members && (t[0]?.lower === 'its' || t[0]?.lower === 'the' || generic)) {
      for (let q = s.index - 1; q >= Math.max(0, s.index - 3) && !org; q--) org = [...doc.sentences[q].mentions].reverse().find((m) => isIgo(doc, m));
    }
    // "the Organization has …" with no organisation named just before: the SCO, when the article names it
    const orgRef = org?.ref ?? (members && generic ? scoOfArticle(doc) : undefined);
    if (!orgRef) continue;
    const observer = w === 'observers' || ((w === 'states' || w === 'countries') && t[i - 1]?.lower === 'observer');
    const status: ScoStatus = observer ? 'observer' : w === 'partners' ? 'dialogue_partner' : 'member';
    if (w === 'partners' && t[i - 1]?.lower !== 'dialogue') continue;
    for (const m of list) if (m.kind === 'country') hit(doc, 'member_of', m.ref, orgRef, s, { status });
  }
}

export const membershipStage: Stage = perSentence({ name: 'membership', requires: ['mentions', 'people'], provides: ['member_of', 'chairs'] }, membership, memberLists, membersAre, chairs);
