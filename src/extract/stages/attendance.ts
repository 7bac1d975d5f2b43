// The attendance stage: attended (person → summit), visited (person → country) and hosted (country → summit).
import type { Doc, Mention, Sentence, Stage } from '../document.ts';
import { perSentence } from '../document.ts';
import { countryList, conversation, countryRef, hit, negated, planned, pronounReferent, skipTitles } from '../relations/helpers.ts';
import { isPossessive, TRAVEL_VERBS, VISIT_NOUNS } from '../text/words.ts';
import { cueBit, hasCue } from '../text/cues.ts';
import { partyAt, partyBefore, type Party } from '../relations/parties.ts';
import { rule } from '../relations/rules.ts';
import { holdersOf, leaderGroups } from '../relations/leader-groups.ts';
import { SUBJECT_AUX, TITLE_GLUE, RELATIVE_GLUE, SUBJECT_GLUE, BEFORE_NAME, RELATIVES, LIST_INTRO, COMPANY } from '../text/function-words.ts';
import { VISIT_CUES, FOR_NOT_THERE, SPEAK_FORMS, PHASES, ATTEND_OBJECT, AT_WHERE, BRING, GATHER, BY_CUES, ARRIVALS, CITY_NOUNS, GATHERED, MEETS, AT_SUMMIT, BACK_NOUNS, PRESENT_OPENERS, SPEECHES, LEADER_GROUP_VERBS, LEADER_GROUP_HEADS, ATTEND_CUES, TOLD, NEAR_CUES, HOST_CUES } from '../text/event-words.ts';

const VISIT = cueBit(VISIT_CUES);

const summitsOf = (s: Sentence) => s.mentions.filter((m) => m.kind === 'summit' && m.ref);
const personsOf = (s: Sentence) => s.mentions.filter((m) => m.kind === 'person');

function summitRecord(doc: Doc, m: Mention) {
  const id = m.summit?.id;
  return id ? doc.knowledge.summits.find((r) => r.id === id) : undefined;
}

/**
 * `attended` for each of `people` at `summit`, dated by the summit's record; planned when the cue word at `cue` is
 * ("will attend"); -1 for none.
 */
function attend(doc: Doc, s: Sentence, people: Iterable<Mention>, summit: Mention, cue: number): void {
  const date = summitRecord(doc, summit)?.start;
  const plan = cue >= 0 && planned(s, cue);
  for (const p of people) hit(doc, 'attended', p.ref, summit.ref, s, { ...(plan ? { planned: true } : {}), ...(date ? { date } : {}) });
}

/** End of the list of people that `p` starts ("A, B and C attended"): the token after its last item. */
function chainEnd(s: Sentence, p: Mention): number {
  return partyAt(s, p.t0)?.end ?? p.t1;
}

/** Position of "he"/"she" as the subject of a verb shortly before `end` ("… that he would attend the summit"), or -1. */
function pronounBefore(s: Sentence, end: number): number {
  for (let k = end - 1; k >= Math.max(0, end - 5); k--) {
    if (s.owner[k]) return -1;
    if (/^(he|she)$/.test(s.tokens[k].lower)) return k;
  }
  return -1;
}

/** Is `p` the first thing after the comma that closes the opening phrase ending at `from` (titles allowed)? */
function subjectAfterComma(s: Sentence, from: number, p: Mention): boolean {
  let k = from;
  while (k < p.t0 && s.tokens[k].text !== ',') k++;
  if (s.tokens[k]?.text !== ',') return false;
  k++;
  while (k < p.t0) {
    const o = s.owner[k];
    if (o && (o.kind === 'title' || o.kind === 'demonym' || o.kind === 'honorific' || o.kind === 'country' || o.kind === 'organisation')) k = o.t1;
    else if (!o && /^(the|'s|’s|former)$/.test(s.tokens[k].lower)) k++;
    else return false;
  }
  return k === p.t0;
}

/** Index of the first cue word matching `re` strictly between a and b, or -1; no other person may stand between. */
function cueBetween(s: Sentence, a: number, b: number, re: RegExp): number {
  for (let k = a; k < b; k++) {
    const o = s.owner[k];
    if (o?.kind === 'person') return -1;
    if (!o && re.test(s.tokens[k].lower)) return k;
  }
  return -1;
}

/** People in a `met` relation, by sentence (the meetings stage is done; this stage adds no meeting). */
const metPeople = new WeakMap<Doc, Map<number, Set<string>>>();

function metIn(doc: Doc, sentence: number): ReadonlySet<string> {
  let bySentence = metPeople.get(doc);
  if (!bySentence) {
    bySentence = new Map();
    for (const h of doc.hits) {
      if (h.relation !== 'met') continue;
      let set = bySentence.get(h.sentence);
      if (!set) bySentence.set(h.sentence, (set = new Set()));
      set.add(h.source).add(h.target);
    }
    metPeople.set(doc, bySentence);
  }
  return bySentence.get(sentence) ?? NOBODY;
}
const NOBODY: ReadonlySet<string> = new Set();

function attended(doc: Doc, s: Sentence): void {
  const summits = summitsOf(s);
  if (!summits.length) return;
  const ps = personsOf(s);
  const metHere = metIn(doc, s.index);
  const went = new Map<Mention, Set<string>>();
  for (const sm of summits) {
    // "for the summit of the SCO and that of the CICA": the second summit has the first one's attendees
    const prev = [...went.keys()].find((m) => m.t1 === sm.t0 - 1 && s.tokens[sm.t0 - 1].lower === 'and');
    if (prev) {
      const rec = summitRecord(doc, sm);
      for (const p of went.get(prev)!) hit(doc, 'attended', p, sm.ref, s, rec?.start ? { date: rec.start } : {});
    }
    went.set(sm, new Set());
    for (const p of ps) {
      let cue = -1;
      // (the distance counts from the end of the list the person opens: "A, B, … and H also attend the summit")
      const end = p.t1 <= sm.t0 ? chainEnd(s, p) : p.t1;
      if (p.t1 <= sm.t0 && sm.t0 - end <= 30) {
        cue = cueBetween(s, end, sm.t0, ATTEND_CUES);
        // "President Hu Jintao told the summit earlier that …"
        if (cue < 0 && TOLD.test(s.tokens[sm.t0 - 1]?.lower ?? '') && sm.t0 - 1 >= end && cueBetween(s, end, sm.t0, TOLD) === sm.t0 - 1) cue = sm.t0 - 1;
        // "spoke by telephone with X … for the success of the summit" is a call, not a speech at it
        if (cue >= 0 && SPEAK_FORMS.has(s.tokens[cue].lower) && conversation(s, cue)) cue = -1;
        // "X thanked Y and confirmed that he would attend": a pronoun subject stands for the sentence's first person
        const pron = pronounBefore(s, sm.t0);
        if (pron >= 0) cue = p === ps[0] ? cueBetween(s, pron, sm.t0, ATTEND_CUES) : -1;
        if (cue < 0 && sm.t0 - end <= 25) {
          // "at the summit", "at the end of the summit"
          const at = phaseStart(s, sm.t0);
          const near = cueBetween(s, Math.max(p.t1, at - 2), at, NEAR_CUES);
          // the person must be the clause's subject, not a name inside an apposition ("X, director of …, said the summit")
          // nor is "support for the summit" a trip to it
          if (near >= 0 && !s.tokens.slice(p.t1, near).some((t) => t.lower === 'said' || t.lower === 'says') && !FOR_NOT_THERE.has(s.tokens[near - 1]?.lower ?? '')) cue = near;
        }
      }
      // "Addressing the 20th meeting …, President Xi stressed", "At the Astana summit, X said", "During the SCO summit, Xi will …"
      else if (sm.t1 <= p.t0 && (p.t0 - sm.t1 <= 14 || metHere.has(p.ref))) {
        const lead = s.tokens[sm.t0 - 1]?.lower ?? '';
        // "On the sidelines of the SCO summit, X met Y": both were there (however long the titles in between)
        if (s.tokens.slice(Math.max(0, sm.t0 - 4), sm.t0).some((x) => x.lower === 'sidelines')) {
          cue = sm.t0 - 1;
        } else if (/^(addressing|attending|at|during)$/.test(lead) && sm.t0 <= 2 && subjectAfterComma(s, sm.t1, p)) {
          // "At the Astana summit, X said …" — the summit opens the sentence and X is the clause's subject
          cue = sm.t0 - 1;
        }
      }
      // "X met Y on the sidelines of the summit": the people of that meeting attended
      if (cue < 0 && p.t1 <= sm.t0 && /sidelines/.test(s.tokens.slice(Math.max(0, sm.t0 - 3), sm.t0).map((t) => t.lower).join(' ')) && metHere.has(p.ref)) cue = sm.t0 - 1;
      if (cue < 0 || negated(s, cue)) continue;
      went.get(sm)!.add(p.ref);
      attend(doc, s, [p], sm, cue);
    }
  }
}

/** Where "the end of (the)" starts when it stands right before token `at`; else `at`. */
function phaseStart(s: Sentence, at: number): number {
  const t = s.tokens;
  let k = at - 1;
  if (t[k]?.lower === 'the' && !s.owner[k]) k--;
  if (t[k]?.lower !== 'of' || s.owner[k]) return at;
  return PHASES.has(t[k - 1]?.lower ?? '') && t[k - 2]?.lower === 'the' && !s.owner[k - 1] ? k - 2 : at;
}

const RELATIVE = cueBit(RELATIVES);

/**
 * A relative clause after a summit: "the 21st summit in Dushanbe, Tajikistan, in September 2021, which Raisi attended
 * in person", "the Samarkand summit, which Modi also addressed", "the summit in Astana, where Putin met Xi". The people
 * who open the clause attended (with those they met there, for "where").
 */
function attendedRelative(doc: Doc, s: Sentence): void {
  if (!hasCue(s.cues, RELATIVE)) return;
  const t = s.tokens;
  for (const sm of summitsOf(s)) {
    // the pronoun after a comma, a few words after the summit (its place and date may come between), no other name there
    let w = sm.t1;
    while (w < t.length && w - sm.t1 <= 12 && !(RELATIVES.has(t[w].lower) && !s.owner[w])) {
      const o = s.owner[w];
      if (o && o.kind !== 'place' && o.kind !== 'country') break;
      w = o ? o.t1 : w + 1;
    }
    if (!RELATIVES.has(t[w]?.lower ?? '') || s.owner[w] || t[w - 1]?.text !== ',') continue;
    const first = s.mentions.find((m) => m.t0 > w && m.kind === 'person');
    if (!first || !onlyTitlesBetween(s, w + 1, first.t0)) continue;
    const end = chainEnd(s, first);
    let v = end;
    while (v < t.length && !s.owner[v] && RELATIVE_GLUE.has(t[v].lower)) v++;
    const where = t[w].lower === 'where';
    if (s.owner[v] || !(where ? AT_WHERE : ATTEND_OBJECT).has(t[v]?.lower ?? '') || negated(s, v)) continue;
    const people = s.mentions.filter((m) => m.kind === 'person' && m.t0 >= first.t0 && m.t1 <= end);
    // "where X met Y": Y was there too
    if (where) {
      const met = metIn(doc, s.index);
      people.push(...s.mentions.filter((m) => m.kind === 'person' && m.t0 > v && met.has(m.ref) && people.some((p) => met.has(p.ref))));
    }
    attend(doc, s, people, sm, v);
  }
}

/**
 * "During his working visit to Uzbekistan to take part in …, Vladimir Putin held …": with "his" / "her" a few words
 * before the visit noun, the visitor is the first person after the comma that closes the opening phrase.
 */
function hisVisit(s: Sentence, cue: number): Mention | undefined {
  const t = s.tokens;
  if (!t.slice(Math.max(0, cue - 3), cue).some((x) => x.lower === 'his' || x.lower === 'her')) return undefined;
  const comma = t.findIndex((x, k) => k > cue && x.text === ',');
  const p = comma > 0 ? s.mentions.find((m) => m.t0 > comma && m.kind === 'person') : undefined;
  return p && onlyTitlesBetween(s, comma + 1, p.t0) ? p : undefined;
}

function visited(doc: Doc, s: Sentence): void {
  if (!hasCue(s.cues, VISIT)) return;
  const ps = personsOf(s);
  const t = s.tokens;
  if (!ps.length && !/^(he|she)$/.test(t[0]?.lower ?? '')) return;
  // "The visit is Modi's first to China"
  for (const p of ps) {
    let k = p.t1;
    if (!isPossessive(t[k]) || t[k + 1]?.lower !== 'first') continue;
    k += 2;
    if (VISIT_NOUNS.has(t[k]?.lower ?? '')) k++;
    if (t[k]?.lower !== 'to' || negated(s, p.t0)) continue;
    for (const m of countryList(doc, s, k + 1, 1)) {
      const c = countryRef(doc, m);
      if (c) hit(doc, 'visited', p.ref, c, s);
    }
  }
  for (let i = 0; i < t.length; i++) {
    if (s.owner[i] || !VISIT_CUES.has(t[i].lower)) continue;
    if (negated(s, i)) continue;
    // the travellers: the nearest person before the cue, with the people listed with them ("A and B visited"); or
    // the one after "of" ("the visit of Ebrahim Raisi to Dushanbe")
    let travellers: Mention[];
    let k = i + 1;
    const of = t[i + 1]?.lower === 'of' ? s.owner[i + 2] : undefined;
    if (of?.kind === 'person') {
      travellers = [of];
      k = of.t1;
      if (t[k]?.lower !== 'to') continue;
    } else {
      const before = ps.filter((p) => p.t1 <= i && i - p.t1 <= 25);
      const last = before[before.length - 1];
      // "He is the first Indian foreign minister to travel to Pakistan": a pronoun subject and no name before the cue;
      // "During his working visit to Uzbekistan …, Vladimir Putin held …": the subject after the opening phrase
      const he = last ? undefined : /^(he|she)$/.test(t[0].lower) ? pronounReferent(doc, s, 0) : hisVisit(s, i);
      if (!last && !he) continue;
      // a list right before the verb ("A, B, … and K also traveled to Samarkand"), else the people listed with the last
      const listed = partyBefore(s, i, SUBJECT_GLUE);
      travellers = listed && listed.people.includes(last) ? listed.people : last ? before.filter((p) => chainEnd(s, p) === chainEnd(s, last)) : [he!];
    }
    // destinations: "to Kazakhstan and Tajikistan", "in Astana", "visits to Kyrgyzstan and Tajikistan"
    while (k < t.length && k <= i + 3 && !s.owner[k] && /^(to|in|of|the|a|state|official|visit|visits|two-nation|three-nation|working)$/.test(t[k].lower)) k++;
    // "visits to the Shanghai Cooperation Organization (SCO) members Kazakhstan, Kyrgyzstan …": past the group they belong to
    k = pastMembersOf(s, k);
    const list = countryList(doc, s, k, 1);
    for (const m of list) {
      const c = countryRef(doc, m);
      for (const p of travellers) if (c) hit(doc, 'visited', p.ref, c, s, planned(s, i) ? { planned: true } : {});
    }
  }
}

/** After "the <organisation> (<acronym>) members / member states", where the countries start; else `k`. */
function pastMembersOf(s: Sentence, k: number): number {
  const t = s.tokens;
  let j = k;
  if (t[j]?.lower === 'the') j++;
  const org = s.owner[j];
  if (org?.kind !== 'organisation') return k;
  j = org.t1;
  if (t[j]?.text === '(') {
    const close = t.findIndex((x, q) => q > j && q - j <= 4 && x.text === ')');
    if (close < 0) return k;
    j = close + 1;
  }
  if (t[j]?.lower === 'member' && /^(states|countries)$/.test(t[j + 1]?.lower ?? '')) return j + 2;
  return /^(members|partners|neighbours|neighbors)$/.test(t[j]?.lower ?? '') ? j + 1 : k;
}

function hosted(doc: Doc, s: Sentence): void {
  const t = s.tokens;
  for (const sm of summitsOf(s)) {
    const rec = summitRecord(doc, sm);
    // "the summit, hosted by India", "China will host the summit in 2025"
    let done = false;
    for (const m of s.mentions) {
      const c = m.kind === 'country' || m.kind === 'demonym' ? countryRef(doc, m) : undefined;
      if (!c) continue;
      const [a, b] = m.t1 <= sm.t0 ? [m.t1, sm.t0] : [sm.t1, m.t0];
      if (b - a > 25) continue;
      const cue = cueBetween(s, a, b, HOST_CUES);
      if (m.t1 <= sm.t0 && cue >= 0 && sm.t0 - cue > 3) continue;
      if (s.mentions.some((o) => o !== m && (o.kind === 'country' || o.kind === 'person') && o.t0 > Math.min(a, cue) && o.t1 <= Math.max(cue, a))) continue;
      if (cue < 0 || negated(s, cue)) continue;
      if (m.t0 > sm.t1 && t[cue + 1]?.lower !== 'by') continue;
      hit(doc, 'hosted', c, sm.ref, s, rec?.start ? { date: rec.start } : {});
      done = true;
    }
    // the summit placed in its city: "the summit in Astana, the capital of Kazakhstan", "the Astana summit"
    if (done || !rec?.host) continue;
    const cityNamed = sm.summit?.city !== undefined || sm.summit?.host === rec.host || s.mentions.some((m) => m.kind === 'place' && rec.city && m.text.toLowerCase() === rec.city.toLowerCase());
    if (cityNamed) hit(doc, 'hosted', `country:${rec.host}`, sm.ref, s, rec.start ? { date: rec.start } : {});
  }
}

/**
 * The summit a sentence opening with "It", "The meeting", "The expanded session" goes on about: the one named in the
 * two sentences before, else the one the article is about.
 */
function backReference(doc: Doc, s: Sentence): Mention | undefined {
  const t = s.tokens;
  const opening = t[0]?.lower === 'it' || (t[0]?.lower === 'the' && (BACK_NOUNS.has(t[1]?.lower ?? '') || (!s.owner[1] && !s.owner[2] && BACK_NOUNS.has(t[2]?.lower ?? ''))));
  return opening ? lastSummitBefore(doc, s.index) ?? pastFocus(doc) : undefined;
}

/**
 * The article's summit, when it can be the meeting a sentence reports as held: not one that begins more than two days
 * after the article's date ("The meeting was attended by …" in a report on the foreign ministers' meeting held in
 * preparation for the summit of the heads of state a month later).
 */
function pastFocus(doc: Doc): Mention | undefined {
  const focus = summitInFocus(doc);
  const start = focus && summitRecord(doc, focus)?.start;
  const date = doc.article.date;
  if (!focus || !start || !date) return focus;
  return Date.parse(start) - Date.parse(date) > 2 * 86400000 ? undefined : focus;
}

/**
 * The list of people that starts at token `from`: right there (after titles only), or after a group that introduces
 * it ("the leaders of the SCO Member States: President … Xi Jinping", "the leaders of the six member states - Russia,
 * China …: Putin, …", "leaders of the observer states, namely …"). The group must name people ("leaders", "heads" …)
 * and no person may stand in it.
 */
function listAfter(s: Sentence, from: number): Party | undefined {
  const direct = partyAt(s, from, true);
  if (direct) return direct;
  let group = false;
  for (let c = from; c < s.tokens.length && c - from <= 25; c++) {
    const o = s.owner[c];
    if (o?.kind === 'person') return undefined;
    if (!o && GATHERED.has(s.tokens[c].lower)) group = true;
    if (group && !o && LIST_INTRO.has(s.tokens[c].lower)) {
      const p = partyAt(s, c + 1, true);
      if (p) return p;
    }
  }
  return undefined;
}

const GATHERS = cueBit(BRING, GATHER);

const BY = cueBit(BY_CUES);

/**
 * "The Bishkek summit …, was attended by Chinese President Xi Jinping, Russian President Vladimir Putin and …",
 * "It was attended in person by …", "The meeting, held …, was chaired by X": everyone listed after "by" attended
 * the summit named before the verb, or, when the sentence opens with "It"/"The meeting", the one named last before.
 */
function attendedBy(doc: Doc, s: Sentence): void {
  const t = s.tokens;
  // "Among the participants of the summit in Astana were A and B"; with no summit named ("Among the other dignitaries
  // who landed on Tuesday were A and B"), the article's
  if (t[0]?.lower === 'among' && t.slice(1, 4).some((x) => GATHERED.has(x.lower))) {
    const were = t.findIndex((x, k) => k > 1 && k < 24 && (x.lower === 'were' || x.lower === 'was'));
    const summits = summitsOf(s);
    const summit = were > 0 ? (summits.length ? summits.find((m) => m.t1 <= were) : summitInFocus(doc)) : undefined;
    const first = summit ? s.mentions.find((m) => m.t0 > were && m.kind === 'person') : undefined;
    const between = t.slice(1, were);
    if (summit && first && !s.mentions.some((m) => m.kind === 'person' && m.t1 <= were) && !between.some((x) => /^(met|meet|dinner|reception|ceremony|banquet)$/.test(x.lower))
      && onlyTitlesBetween(s, were + 1, first.t0) && !negated(s, were)) {
      const rec = summitRecord(doc, summit);
      const date = rec?.start;
      // "Among the other dignitaries who landed on Tuesday were A and B": they came to the host country too
      const host = between.some((x) => ARRIVALS.has(x.lower)) && rec?.host ? `country:${rec.host}` : undefined;
      for (const p of s.mentions) {
        if (p.kind !== 'person' || p.t0 < first.t0 || p.t1 > chainEnd(s, first)) continue;
        hit(doc, 'attended', p.ref, summit.ref, s, date ? { date } : {});
        if (host && !affiliatedWith(doc, p.ref, host)) hit(doc, 'visited', p.ref, host, s);
      }
    }
  }
  // "The 24th summit … in Astana brought together A, B and C": the summit as the subject that gathers its attendees
  for (let i = 1; i < t.length - 1 && hasCue(s.cues, GATHERS); i++) {
    const together = BRING.has(t[i].lower) && t[i + 1].lower === 'together';
    if (s.owner[i] || !(together || GATHER.has(t[i].lower)) || negated(s, i)) continue;
    const here = summitsOf(s).length ? [...summitsOf(s)].reverse().find((m) => m.t1 <= i && i - m.t1 <= 12) : backReference(doc, s);
    const summit = here && !s.mentions.some((o) => o.kind === 'person' && o.t0 >= here.t1 && o.t1 <= i) ? here : undefined;
    const party = summit ? listAfter(s, i + (together ? 2 : 1)) : undefined;
    if (!summit || !party) continue;
    attend(doc, s, party.people, summit, i);
  }
  for (let i = 0; i < t.length - 1 && hasCue(s.cues, BY); i++) {
    if (s.owner[i] || !BY_CUES.has(t[i].lower)) continue;
    // "attended by", "attended in person by", "attended, among others, by"
    let k = i + 1;
    // "attended and addressed by"
    while (k < t.length && k <= i + 4 && !s.owner[k] && t[k].lower !== 'by' && /^(in|person|virtually|online|,|among|others|also|jointly|and|addressed)$/.test(t[k].lower)) k++;
    if (t[k]?.lower !== 'by' || negated(s, i)) continue;
    const party = listAfter(s, k + 1);
    if (!party) continue;
    const people = party.people;
    const summit = [...summitsOf(s)].reverse().find((m) => m.t1 <= i) ?? backReference(doc, s);
    if (!summit) continue;
    attend(doc, s, people, summit, i);
  }
}

/** The words attendedAsGuests reads: "among the guests", an arrival, "made the trip". */
const AS_GUESTS = cueBit(['among', 'made'], ARRIVALS);

/** Has the article tied the person to that country by an office or role (a host's own leader does not visit it)? */
function affiliatedWith(doc: Doc, person: string, country: string): boolean {
  return doc.hits.some((h) => h.relation === 'affiliated_with' && h.source === person && h.target === country);
}

/**
 * Where the list of people ends when a group without names closes it: "A, B and C, as well as D and heads of
 * international organizations including the United Nations, attended". `k` is the last token before the verb (a
 * comma may close the group); the answer is the token before the group's "and" / "as well as" when a person stands
 * there, else `k` unchanged.
 */
function beforeGroupTail(s: Sentence, k: number): number {
  const t = s.tokens;
  for (let q = k - (t[k]?.text === ',' ? 1 : 0); q >= 1 && k - q <= 14 && s.owner[q]?.kind !== 'person'; q--) {
    if (s.owner[q]) continue;
    const noun = t[q + 1]?.lower === 'other' ? q + 2 : q + 1;
    if (!GATHERED.has(t[noun]?.lower ?? '') || s.owner[noun]) continue;
    let before = -1;
    if (t[q].lower === 'and') before = q - 1;
    else if (t[q].lower === 'as' && t[q - 1]?.lower === 'well' && t[q - 2]?.lower === 'as') before = q - 3;
    if (before >= 0 && t[before]?.text === ',') before--;
    if (before >= 0 && (s.owner[before]?.kind === 'person' || s.owner[before]?.kind === 'country')) return before;
  }
  return k;
}

/** The people whose list ends right before token `i` (only SUBJECT_GLUE words between): the clause's subjects. */
function subjectsBefore(s: Sentence, i: number): Mention[] {
  let k = i - 1;
  while (k >= 0 && !s.owner[k] && SUBJECT_GLUE.has(s.tokens[k].lower)) k--;
  // an apposition closed by a comma: "B, leader of the bloc's newest member, were also among the guests"
  if (s.tokens[k]?.text === ',') {
    for (let q = k - 1; q >= Math.max(1, k - 12) && s.owner[q]?.kind !== 'person'; q--) {
      if (s.tokens[q].text === ',' && s.owner[q - 1]?.kind === 'person') {
        k = q - 1;
        break;
      }
    }
  }
  // "X along with a delegation, including A, B and C, attended": the list closed by the comma, and who it goes with
  if (s.tokens[k]?.text === ',') {
    const party = partyBefore(s, k, NO_GLUE, true);
    const leader = party ? companionOf(s, party.items[0].start) : undefined;
    if (party && leader) return [...leader, ...party.people];
  }
  k = beforeGroupTail(s, k);
  const last = k >= 0 ? s.owner[k] : undefined;
  if (last?.kind !== 'person') {
    // a list of titled names that ends with an item without a name: "…, Prime Minister Y of Pakistan, President
    // Representative of Belarus and representatives of other observer states attended"
    return (k >= 0 && partyBefore(s, k + 1, NO_GLUE, true)?.people) || [];
  }
  const end = chainEnd(s, last);
  return s.mentions.filter((m) => m.kind === 'person' && m.t1 <= last.t1 && chainEnd(s, m) === end);
}
const NO_GLUE: ReadonlySet<string> = new Set();

/**
 * The people a list introduced by "including" at token `start` goes with: "X along with a delegation, including A, B
 * and C", "X, accompanied by ministers including A and B". The list opening the sentence (X and those listed with X),
 * when "along with" / "together with" / "accompanied by" stands between it and "including"; else undefined.
 */
function companionOf(s: Sentence, start: number): Mention[] | undefined {
  const t = s.tokens;
  if (t[start - 1]?.lower !== 'including') return undefined;
  for (let q = start - 2; q >= 1 && start - q <= 8; q--) {
    if (s.owner[q]?.kind === 'person') return undefined;
    if (!COMPANY.has(t[q].lower) || !/^(with|by)$/.test(t[q + 1]?.lower ?? '')) continue;
    const before = partyBefore(s, t[q - 1]?.text === ',' ? q - 1 : q);
    return before?.people;
  }
  return undefined;
}

/**
 * Attendance told as presence or travel, in an article about a summit: "A and B were also among the guests (at the
 * summit)", "A, B and C all made the trip", "A came to the port city", "B arrived in Tianjin" (the summit's
 * city). The summit is the article's, and the sentence names none.
 */
function attendedAsGuests(doc: Doc, s: Sentence): void {
  if (!hasCue(s.cues, AS_GUESTS)) return;
  const t = s.tokens;
  const named = summitsOf(s);
  for (let i = 1; i < t.length - 1; i++) {
    if (s.owner[i]) continue;
    const w = t[i].lower;
    let summit: Mention | undefined;
    let rec: ReturnType<typeof summitRecord>;
    if (w === 'among') {
      // "among the (other/foreign) guests"
      let k = i + 1;
      while (k < t.length && k <= i + 4 && !s.owner[k] && !GATHERED.has(t[k].lower)) k++;
      if (!GATHERED.has(t[k]?.lower ?? '') || s.owner[k]) continue;
      // (with a summit named, "among the guests at the summit" is the attended rule's: its cue words include these)
      if (named.length) continue;
      summit = summitInFocus(doc);
    } else if (ARRIVALS.has(w) || (w === 'made' && t[i + 1].lower === 'the' && (t[i + 2]?.lower === 'trip' || t[i + 2]?.lower === 'journey'))) {
      if (named.length) continue;
      summit = summitInFocus(doc);
      rec = summit && summitRecord(doc, summit);
      if (!rec) continue;
      // the destination, when there is one: the summit's city, or "the (port) city", "the capital"
      let k = w === 'made' ? i + 3 : i + 1;
      if (t[k]?.lower === 'to' || t[k]?.lower === 'in' || t[k]?.lower === 'at') {
        k++;
        const m = s.owner[k];
        if (m) {
          // the city only: a trip to the country may be for something else ("arrived in China after a visit to …")
          if (!(m.kind === 'place' && rec.city && m.text.toLowerCase() === rec.city.toLowerCase())) continue;
        } else {
          let q = k;
          while (q < t.length && q <= k + 3 && !s.owner[q] && !CITY_NOUNS.has(t[q].lower)) q++;
          if (!CITY_NOUNS.has(t[q]?.lower ?? '') || t[k].lower !== 'the') continue;
        }
      } else if (w !== 'made') continue;
    } else continue;
    if (!summit || negated(s, i)) continue;
    const people = subjectsBefore(s, i);
    // "the heads of ten organisations, among them UN Secretary-General X, came to …": the people listed after "among them"
    if (!people.length && t[i - 1]?.text === ',') {
      const first = s.mentions.find((m) => m.kind === 'person' && m.t1 <= i - 1 && chainEnd(s, m) === i - 1);
      // "among them", then only the first person's titles, organisation or country
      let them = -1;
      for (let q = (first?.t0 ?? 0) - 1; q > 0 && q >= first!.t0 - 8 && them < 0; q--) if (t[q].lower === 'them' && t[q - 1].lower === 'among') them = q;
      if (first && them > 0 && skipTitles(s, them + 1).end === first.t0) {
        people.push(...s.mentions.filter((m) => m.kind === 'person' && m.t0 >= first.t0 && m.t1 <= i - 1));
      }
    }
    // a delegation that travels with its leader ("First lady A, Foreign Minister B, … also traveled to Samarkand") comes to
    // the city, not to the summit's table: of a list that arrives, only those who lead a country or an organisation
    // (a list with a minister in it is a delegation; "A, B and C all made the trip" with no offices named is not)
    const delegation = w !== 'among' && people.length > 2 && people.some((p) => rankOf(doc, p.ref) > 1);
    attend(doc, s, delegation ? people.filter((p) => rankOf(doc, p.ref) === 1) : people, summit, i);
  }
}

/** The highest rank (1: head of state or government, an organisation's head) of the offices the article gives a person; 0 for none. */
function rankOf(doc: Doc, person: string): number {
  let best = 0;
  for (const r of doc.roles) {
    if (r.person !== person) continue;
    for (const o of r.offices ?? []) {
      const rank = doc.knowledge.offices.get(o.slice('title:'.length))?.rank ?? 0;
      if (rank && (!best || rank < best)) best = rank;
    }
  }
  return best;
}

/** How many sentences from the start of an article (headline, byline and dateline included) its lead may run. */
const LEAD_SENTENCES = 6;

/** The summit an article reports on: the first one its lead names (cached per article). */
const focusOf = new WeakMap<Doc, { summit: Mention | undefined }>();
function summitInFocus(doc: Doc): Mention | undefined {
  let f = focusOf.get(doc);
  if (!f) {
    f = { summit: undefined };
    for (const s of doc.sentences.slice(0, LEAD_SENTENCES)) {
      f.summit = summitsOf(s)[0];
      if (f.summit) break;
    }
    // a lead that names none ("The leaders … are meeting in Beijing"): the one summit the article names, if only one
    if (!f.summit) {
      const all = doc.sentences.flatMap(summitsOf);
      if (all.length && all.every((m) => m.ref === all[0].ref)) f.summit = all[0];
    }
    focusOf.set(doc, f);
  }
  return f.summit;
}

/** The words attendedFocus reads: "represented by", "attending as"; "on the sidelines". */
const REPRESENTED = cueBit(['represented', 'attending', 'attended', 'attends']);
const SIDELINES = cueBit(['sidelines', 'margins']);

/**
 * Attendance stated without naming the summit, in an article whose lead names one: "India is represented by External
 * Affairs Minister X", "X is attending as the head of an observer state", "X met Y on the sidelines" (and "Among the
 * other dignitaries … were", in attendedBy). The summit is the article's, and the sentence names no other.
 */
function attendedFocus(doc: Doc, s: Sentence): void {
  if (summitsOf(s).length) return;
  const summit = summitInFocus(doc);
  if (!summit) return;
  const t = s.tokens;
  for (let i = 0; i < t.length - 1 && hasCue(s.cues, REPRESENTED); i++) {
    if (s.owner[i]) continue;
    const w = t[i].lower;
    // "X is attending as …", "X attended as an observer"
    if ((w === 'attending' || w === 'attended' || w === 'attends') && t[i + 1].lower === 'as' && !negated(s, i)) {
      const p = [...s.mentions].reverse().find((m) => m.kind === 'person' && m.t1 <= i);
      if (p && t.slice(p.t1, i).every((x) => x.lower === ',' || SUBJECT_AUX.has(x.lower))) attend(doc, s, [p], summit, i);
    }
  }
  // "X met Y on the sidelines", "talks on the margins": the people of the meeting were at the article's summit
  // ("on the sidelines of <an event not resolved to a summit>" names another meeting: nothing is said of the summit)
  const sidelines = hasCue(s.cues, SIDELINES) ? t.findIndex((x) => x.lower === 'sidelines' || x.lower === 'margins') : -1;
  if (sidelines >= 0 && t[sidelines + 1]?.lower !== 'of') {
    const met = metIn(doc, s.index);
    if (met.size) attend(doc, s, s.mentions.filter((m) => m.kind === 'person' && met.has(m.ref)), summit, sidelines);
  } else if (meetingsAtFocus(doc)) {
    // "Xi meets foreign leaders attending SCO Tianjin summit": each meeting the article reports was at the summit
    const met = metIn(doc, s.index);
    const people = met.size ? s.mentions.filter((m) => m.kind === 'person' && met.has(m.ref)) : [];
    if (people.length) attend(doc, s, people, summit, people[0].t0);
  }
}

/**
 * Does the article's lead present its meetings as held with leaders at its summit: a sentence with a verb of meeting,
 * then leaders, then "attending"/"for"/"at" the summit in focus ("Xi meets foreign leaders attending SCO Tianjin
 * summit", "… has met with a number of foreign leaders who are in Tianjin for the SCO Summit 2025")?
 */
const atFocus = new WeakMap<Doc, boolean>();
function meetingsAtFocus(doc: Doc): boolean {
  let yes = atFocus.get(doc);
  if (yes === undefined) {
    yes = false;
    const summit = summitInFocus(doc);
    for (const s of summit ? doc.sentences.slice(0, LEAD_SENTENCES) : []) {
      const t = s.tokens;
      const m = s.mentions.find((x) => x.kind === 'summit' && x.ref === summit!.ref);
      const leaders = m ? t.findIndex((x, k) => k < m.t0 && m.t0 - k <= 20 && GATHERED.has(x.lower)) : -1;
      if (leaders < 0 || negated(s, leaders)) continue;
      const at = t.slice(leaders + 1, m!.t0).some((x) => AT_SUMMIT.has(x.lower));
      const meets = t.slice(0, leaders).some((x) => MEETS.has(x.lower));
      if (at && meets) {
        yes = true;
        break;
      }
    }
    atFocus.set(doc, yes);
  }
  return yes;
}

/** Only titles, demonyms, honorifics, their countries (or the words of BEFORE_NAME) between a and b. */
const onlyTitlesBetween = (s: Sentence, a: number, b: number) => skipTitles(s, a, BEFORE_NAME).end >= b;

/** The last summit mention in the two sentences before sentence `index`. */
function lastSummitBefore(doc: Doc, index: number): Mention | undefined {
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const found = summitsOf(doc.sentences[i]);
    if (found.length) return found[found.length - 1];
  }
  return undefined;
}

/** Verbs of taking part, and how many words after the verb the object starts ("took part in the …"). */
const TAKE_PART = new Map([
  ['attended', 1], ['attend', 1], ['attends', 1], ['joined', 1], ['join', 1],
  ['participated', 2], ['participate', 2], ['participates', 2], ['part', 2],
]);
const TAKES_PART = cueBit(TAKE_PART.keys());

/**
 * "Putin, Xi and Modi took part in the meeting via video link", a sentence or two after the one that names the
 * summit: the people listed right before the verb attended it.
 */
function attendedBackReference(doc: Doc, s: Sentence): void {
  if (!hasCue(s.cues, TAKES_PART) || summitsOf(s).length) return;
  const t = s.tokens;
  for (let i = 1; i < t.length - 1; i++) {
    const skip = TAKE_PART.get(t[i].lower);
    if (skip === undefined || s.owner[i]) continue;
    // "part" only in "took/take/takes/taking part in"; the verb then starts one word before
    const part = t[i].lower === 'part';
    if (part && !/^(took|take|takes|taking)$/.test(t[i - 1].lower)) continue;
    // "… and Z also took part." (in the meeting just named)
    const bare = part && (t[i + 1].text === '.' || t[i + 1].text === ',');
    if (skip === 2 && t[i + 1].lower !== 'in' && !bare) continue;
    const k = i + skip;
    // "the meeting", "the enlarged meeting", "the plenary session"
    const noun = t[k + 1] && !s.owner[k + 1] && !BACK_NOUNS.has(t[k + 1].lower) && !s.owner[k + 2] ? k + 2 : k + 1;
    if (!bare && (t[k]?.lower !== 'the' || !BACK_NOUNS.has(t[noun]?.lower ?? '') || s.owner[noun])) continue;
    const verb = part ? i - 1 : i;
    if (negated(s, verb)) continue;
    const people = subjectsBefore(s, verb);
    // (the summit named in the two sentences before, else the article's: "… also attended the conference as observers" after a
    // paragraph that lists the delegations)
    const summit = people.length ? lastSummitBefore(doc, s.index) ?? pastFocus(doc) : undefined;
    if (!summit) continue;
    attend(doc, s, people, summit, verb);
  }
}

const WITH_PARTICIPANTS = cueBit(['participation', 'joined']);

/**
 * "The summit began with a meeting in narrow format with the participation of the leaders …: A, B and C"; "The meeting
 * then continued in extended format, joined by … D, E and F": everyone named after the cue attended the summit the
 * sentence names, or, when it opens with "The meeting / summit / (extended) session", the one it refers back to.
 */
function attendedWithParticipants(doc: Doc, s: Sentence): void {
  if (!hasCue(s.cues, WITH_PARTICIPANTS)) return;
  const t = s.tokens;
  for (let i = 1; i < t.length - 2; i++) {
    const w = t[i].lower;
    if (s.owner[i] || !((w === 'participation' && t[i + 1].lower === 'of') || (w === 'joined' && t[i + 1].lower === 'by')) || negated(s, i)) continue;
    const here = summitsOf(s).filter((m) => m.t1 <= i);
    const summit = here.length ? here[here.length - 1] : backReference(doc, s);
    if (!summit) continue;
    const end = t.findIndex((x, k) => k > i && x.text === ';');
    attend(doc, s, personsOf(s).filter((p) => p.t0 > i && (end < 0 || p.t0 < end)), summit, i);
    return;
  }
}

const REPRESENTED_BY = cueBit(['represented']);

/**
 * "India is represented by External Affairs Minister X", "China was represented by Premier A; Russia by Prime Minister
 * B; and Uzbekistan by Deputy Prime Minister C": each person after "by" (and after each "; <country> by") attended the
 * summit the sentence names before the verb, else the article's, else the one named in the two sentences before.
 */
function attendedRepresented(doc: Doc, s: Sentence): void {
  if (!hasCue(s.cues, REPRESENTED_BY)) return;
  const t = s.tokens;
  for (let i = 1; i < t.length - 2; i++) {
    if (s.owner[i] || t[i].lower !== 'represented' || t[i + 1].lower !== 'by' || negated(s, i)) continue;
    const summit = [...summitsOf(s)].reverse().find((m) => m.t1 <= i) ?? summitInFocus(doc) ?? lastSummitBefore(doc, s.index);
    if (!summit) return;
    const people: Mention[] = [];
    let party = partyAt(s, i + 2, true);
    while (party) {
      people.push(...party.people);
      // "; Russia by Prime Minister B", ", and Uzbekistan by …"
      let k = party.end;
      if (t[k]?.text !== ';' && t[k]?.text !== ',') break;
      k++;
      if (t[k]?.lower === 'and') k++;
      const c = s.owner[k];
      if (!(c?.kind === 'country' || c?.kind === 'organisation') || t[c.t1]?.lower !== 'by') break;
      party = partyAt(s, c.t1 + 1, true);
    }
    attend(doc, s, people, summit, i);
    return;
  }
}

const WERE = cueBit(['were']);

/**
 * A list of attendees after "were", the clause before it telling presence and naming no one: "Taking part in it were
 * Minister … A, First Vice President … B and …", "Also present at the summit were …". The summit is the one named in
 * that clause, else the one named in the two sentences before, else the article's.
 */
function attendedWereList(doc: Doc, s: Sentence): void {
  if (!hasCue(s.cues, WERE)) return;
  const t = s.tokens;
  const were = t.findIndex((x, k) => k <= 20 && x.lower === 'were' && !s.owner[k]);
  if (were < 1) return;
  let open = 0;
  for (let k = were - 1; k >= 0; k--) {
    if (t[k].text === ',') {
      open = k + 1;
      break;
    }
  }
  let w = open;
  if (t[w]?.lower === 'also' || t[w]?.lower === 'in') w++;
  const cue = PRESENT_OPENERS.has(t[w]?.lower ?? '') && (t[w].lower !== 'taking' || t[w + 1]?.lower === 'part');
  if (!cue || s.mentions.some((m) => m.kind === 'person' && m.t1 <= were) || negated(s, were)) return;
  const party = listAfter(s, t[were + 1]?.text === ':' ? were + 2 : were + 1);
  if (!party) return;
  const summit = summitsOf(s).find((m) => m.t1 <= were) ?? lastSummitBefore(doc, s.index) ?? summitInFocus(doc);
  if (summit) attend(doc, s, party.people, summit, were);
}

const SPEECH = cueBit(SPEECHES);

/**
 * A speech at the summit, told without the summit's verb: "In his address at the summit, X said …" (the person opening
 * the main clause), "A, B and C, in their speeches, congratulated …" (the list before the phrase). The summit is the one
 * the phrase names, else the article's.
 */
function attendedSpeech(doc: Doc, s: Sentence): void {
  if (!hasCue(s.cues, SPEECH)) return;
  const t = s.tokens;
  for (let i = 1; i < t.length - 1; i++) {
    if (s.owner[i] || !SPEECHES.has(t[i].lower)) continue;
    // "in his address", "in his opening address": the possessive, then "in"
    const his = /^(opening|closing|keynote|inaugural)$/.test(t[i - 1]?.lower ?? '') ? i - 2 : i - 1;
    if (!/^(his|her|their)$/.test(t[his]?.lower ?? '') || t[his - 1]?.lower !== 'in') continue;
    const open = his - 1;
    // the phrase runs to the next comma (or the sentence's end); it may name the summit ("at the summit")
    // ("said in his opening address that …": the phrase ends at "that")
    let comma = t.findIndex((x, k) => k > i && (x.text === ',' || x.lower === 'that'));
    if (comma < 0) comma = t.length - 1;
    if (comma - i > 12 || negated(s, i)) continue;
    const named = summitsOf(s).find((m) => m.t0 > i && m.t1 <= comma);
    // "in his address to the nation", "in his speech on Monday": only a summit or nothing may follow the noun
    if (!named && !t.slice(i + 1, comma).every((x) => /^(at|to|the|summit|meeting|session)$/.test(x.lower))) continue;
    const summit = named ?? summitInFocus(doc);
    if (!summit) continue;
    let people: Mention[] = [];
    const say = open - 1;
    if (say > 0 && /^(said|says|stressed|noted|declared|stated|warned|urged)$/.test(t[say].lower)) {
      // "Nazarbayev said in his opening address that …": the subject of the verb of saying
      const subj = s.owner[say - 1];
      if (subj?.kind === 'person') people = [subj];
      else if (/^(he|she)$/.test(t[say - 1]?.lower ?? '')) people = [pronounReferent(doc, s, say - 1)].filter((m): m is Mention => !!m);
    } else if (open === 0) {
      // "In his address at the summit, Mr Sharif said": the subject after the comma
      const first = s.mentions.find((m) => m.kind === 'person' && m.t0 > comma);
      if (first && onlyTitlesBetween(s, comma + 1, first.t0) && t[his].lower !== 'their') people = [first];
    } else if (t[open - 1]?.text === ',') {
      // "A, B and C, in their speeches, …"
      people = partyBefore(s, open - 1)?.people ?? [];
      if (t[his].lower !== 'their' && people.length > 1) people = [];
    }
    attend(doc, s, people, summit, i);
  }
}

/**
 * Leaders named by their countries at the summit: "after the presidents of China, Russia, … signed three documents",
 * "the heads of state from the six member countries of the SCO met in Moscow". Everyone the article names with that
 * office for one of those countries (by their titles: "Russian President X") attended the summit named in the
 * sentence, else in the two before, else the article's.
 */
function attendedLeadersOf(doc: Doc, s: Sentence): void {
  const summit = summitsOf(s)[0] ?? lastSummitBefore(doc, s.index) ?? pastFocus(doc);
  if (!summit) return;
  const rec = summitRecord(doc, summit);
  const year = rec?.start ? Number(rec.start.slice(0, 4)) : undefined;
  for (const g of leaderGroups(doc, s, year)) {
    const t = s.tokens;
    let verb = -1;
    for (let k = g.end; k < t.length && k - g.end <= 8 && verb < 0; k++) if (!s.owner[k] && LEADER_GROUP_VERBS.has(t[k].lower)) verb = k;
    if (verb < 0 || negated(s, verb) || planned(s, verb)) continue;
    for (const p of holdersOf(doc, g)) hit(doc, 'attended', p, summit.ref, s, rec?.start ? { date: rec.start } : {});
  }
}

/**
 * A group of leaders spelled out between dashes or after a colon at the start of a sentence about the summit: "The six
 * -- Russia's A, China's B, … -- focused on terrorism", "The leaders: A, B and C". The summit is the one named in the
 * sentence, else in the two before, else the article's.
 */
function attendedGroupList(doc: Doc, s: Sentence): void {
  const t = s.tokens;
  let k = t[0]?.lower === 'the' || t[0]?.lower === 'all' ? 1 : 0;
  if (!k) return;
  let group = false;
  while (k < t.length && k <= 8 && !s.owner[k] && (LEADER_GROUP_HEADS.has(t[k].lower) || /^(of|the|state|states|government|member|observer|partner|dialogue|guest|countries|nations|sco)$/.test(t[k].lower))) {
    group ||= LEADER_GROUP_HEADS.has(t[k].lower);
    k++;
  }
  if (!group || !(t[k]?.text === ':' || /^[-–—]+$/.test(t[k]?.text ?? ''))) return;
  while (/^[-–—:]+$/.test(t[k]?.text ?? '')) k++;
  const party = partyAt(s, k, true);
  if (!party || party.people.length < 2 || negated(s, k)) return;
  const summit = summitsOf(s)[0] ?? lastSummitBefore(doc, s.index) ?? pastFocus(doc);
  if (summit) attend(doc, s, party.people, summit, -1);
}

export const attendance: Stage = perSentence({ name: 'attendance', requires: ['mentions', 'people', 'coreference', 'descriptions', 'roles', 'affiliated_with', 'met'], provides: ['attended', 'visited', 'hosted'] },
  rule('attended.summit-cue', attended), rule('attended.by-list', attendedBy), rule('attended.represented-by', attendedRepresented),
  rule('attended.were-list', attendedWereList), rule('attended.speech', attendedSpeech), rule('attended.relative', attendedRelative),
  rule('attended.focus', attendedFocus), rule('attended.guests', attendedAsGuests), rule('attended.back-reference', attendedBackReference),
  rule('attended.participation', attendedWithParticipants), rule('attended.leaders-of', attendedLeadersOf), rule('attended.group-list', attendedGroupList), rule('visited.travel', visited), rule('hosted.summit', hosted));
