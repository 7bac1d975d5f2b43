// The attendance stage: attended (person → summit), visited (person → country) and hosted (country → summit), every
// rule a pattern (relations/pattern.ts, listed in ATTENDANCE_PATTERNS) whose captures are read by the party,
// clause-subject and article's-summit primitives and by the named readers below.
import type { Doc, Mention, Sentence, Stage } from '../document.ts';
import { mention, perSentence } from '../document.ts';
import { countryList, conversation, countryRef, negated, planned, pronounReferent, skipTitles } from '../relations/helpers.ts';
import { isPossessive, VISIT_NOUNS } from '../text/words.ts';
import { partyAt, partyBefore, type Party } from '../relations/parties.ts';
import { holdersOf, leaderGroupAt } from '../relations/leader-groups.ts';
import { backReference, lastSummitBefore, LEAD_SENTENCES, metIn, pastFocus, summitAround, summitBefore, summitInFocus, summitRecord, summitsOf } from '../relations/summit.ts';
import { compile, sentenceRule, any, affirmed, cap, cls, cue, gap, gapOf, not, opt, test, word, type Emit, type Pattern, type Primitives } from '../relations/pattern.ts';
import { WERE_WAS, SUBJECT_AUX, RELATIVE_GLUE, SUBJECT_GLUE, BEFORE_NAME, RELATIVES, LIST_INTRO, COMPANY, NOT_SUBJECT_PREPS } from '../text/function-words.ts';
import { VISIT_CUES, FOR_NOT_THERE, SPEAK_FORMS, PHASES, ATTEND_OBJECT, AT_WHERE, BRING, GATHER, BY_CUES, ARRIVALS, CITY_NOUNS, GATHERED, MEETS, AT_SUMMIT, BACK_NOUNS, PRESENT_OPENERS, SPEECHES, ATTENDS_AS, SIDELINE_NOUNS, LEADER_GROUP_NOUNS, BEFORE_AGENT, TRIP_NOUNS, TAKE_FORMS, LEADER_GROUP_VERBS, LEADER_GROUP_HEADS, ATTEND_CUES, TOLD, NEAR_CUES, HOST_CUES, ATTENDING, ATTENDEES_LISTED } from '../text/event-words.ts';

const personsOf = (s: Sentence) => s.mentions.filter((m) => m.kind === 'person');

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

/**
 * The people of the sentence who attended summit `sm` by a cue between them (a verb or preposition of attendance, "told
 * the summit", "at the end of the summit", "On the sidelines of the summit"), each with the token of that cue, which
 * decides the negation and modality that apply.
 */
function cuedAttendees(doc: Doc, s: Sentence, sm: Mention): { found: Mention[]; scopes: number[] } {
  const ps = personsOf(s);
  const metHere = metIn(doc, s.index);
  const found: Mention[] = [];
  const scopes: number[] = [];
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
    if (cue < 0) continue;
    // "X noted that Mongolia, which was granted observer status at the Tashkent Summit in 2004, …": the cue is in a
    // relative clause on something else than the person
    if (p.t1 <= cue && otherRelative(s, p.t1, cue)) continue;
    found.push(p);
    scopes.push(cue);
  }
  return { found, scopes };
}

/** Does a relative clause (", which/who …") on a country or an organisation open between tokens `from` and `to`? */
function otherRelative(s: Sentence, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (!RELATIVES.has(s.tokens[k].lower) || s.tokens[k - 1].text !== ',') continue;
    const o = s.owner[k - 2];
    if (o && (o.kind === 'country' || o.kind === 'organisation')) return true;
  }
  return false;
}

/** Where "the end of (the)" starts when it stands right before token `at`; else `at`. */
function phaseStart(s: Sentence, at: number): number {
  const t = s.tokens;
  let k = at - 1;
  if (t[k]?.lower === 'the' && !s.owner[k]) k--;
  if (t[k]?.lower !== 'of' || s.owner[k]) return at;
  return PHASES.has(t[k - 1]?.lower ?? '') && t[k - 2]?.lower === 'the' && !s.owner[k - 1] ? k - 2 : at;
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

/**
 * The countries that host summit `sm` by a cue between them ("the summit, hosted by India", "China will host the
 * summit in 2025"), each with its cue token; none where that cue is negated.
 */
function hostsOf(doc: Doc, s: Sentence, sm: Mention): { found: Mention[]; scopes: number[] } {
  const t = s.tokens;
  const found: Mention[] = [];
  const scopes: number[] = [];
  for (const m of s.mentions) {
    const c = m.kind === 'country' || m.kind === 'demonym' ? countryRef(doc, m) : undefined;
    // ("took over the presidency from China … and will host": a country after "from" is no subject)
    if (!c || prepObject(s, m)) continue;
    const [a, b] = m.t1 <= sm.t0 ? [m.t1, sm.t0] : [sm.t1, m.t0];
    if (b - a > 25) continue;
    const cue = cueBetween(s, a, b, HOST_CUES);
    if (m.t1 <= sm.t0 && cue >= 0 && sm.t0 - cue > 3) continue;
    if (s.mentions.some((o) => o !== m && (o.kind === 'country' || o.kind === 'person') && !prepObject(s, o) && o.t0 > Math.min(a, cue) && o.t1 <= Math.max(cue, a))) continue;
    if (cue < 0 || negated(s, cue)) continue;
    if (m.t0 > sm.t1 && t[cue + 1]?.lower !== 'by') continue;
    found.push(mention('country', c, m.text, m.t0, m.t1, m.via));
    scopes.push(cue);
  }
  return { found, scopes };
}

/** Is the mention the object of a preposition that never opens a subject ("from China", "with Russia")? */
const prepObject = (s: Sentence, m: Mention) => NOT_SUBJECT_PREPS.has(s.tokens[m.t0 - 1]?.lower ?? '');

/** The host of a summit placed in its city ("the summit in Astana, the capital of Kazakhstan", "the Astana summit"). */
function cityHost(doc: Doc, s: Sentence, sm: Mention): Mention[] {
  const rec = summitRecord(doc, sm);
  if (!rec?.host) return [];
  const cityNamed = sm.summit?.city !== undefined || sm.summit?.host === rec.host || s.mentions.some((m) => m.kind === 'place' && rec.city && m.text.toLowerCase() === rec.city.toLowerCase());
  return cityNamed ? [mention('country', `country:${rec.host}`, rec.host, sm.t0, sm.t1, 'summit')] : [];
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

/**
 * The list of people after "were" in "Among the participants … were A and B": the first person after it, with only
 * titles before the name, and those listed with them.
 */
function titledList(s: Sentence, k: number): Mention[] | undefined {
  const first = s.mentions.find((m) => m.t0 >= k && m.kind === 'person');
  if (!first || !onlyTitlesBetween(s, k, first.t0)) return undefined;
  const end = chainEnd(s, first);
  return s.mentions.filter((p) => p.kind === 'person' && p.t0 >= first.t0 && p.t1 <= end);
}

/**
 * The phrase of "in his address (at the summit)" at the speech noun i: where it ends (the next comma or "that", else
 * the sentence's end), and the summit it names; undefined when it runs too long or names something else ("in his
 * address to the nation").
 */
function speechPhrase(s: Sentence, i: number): { comma: number; named: Mention | undefined } | undefined {
  const t = s.tokens;
  let comma = t.findIndex((x, k) => k > i && (x.text === ',' || x.lower === 'that'));
  if (comma < 0) comma = t.length - 1;
  if (comma - i > 12) return undefined;
  const named = summitsOf(s).find((m) => m.t0 > i && m.t1 <= comma);
  if (!named && !t.slice(i + 1, comma).every((x) => /^(at|to|the|summit|meeting|session)$/.test(x.lower))) return undefined;
  return { comma, named };
}

/** "in his address", "in his opening address": the possessive before the speech noun at i, or -1. */
function speechPossessive(s: Sentence, i: number): number {
  const t = s.tokens;
  const his = /^(opening|closing|keynote|inaugural)$/.test(t[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  return /^(his|her|their)$/.test(t[his]?.lower ?? '') && t[his - 1]?.lower === 'in' ? his : -1;
}

/**
 * Who gave the speech at i: the subject of a verb of saying before the phrase ("X said in his opening address that"),
 * the person opening the main clause after it ("In his address at the summit, X said"), or the list before it ("A, B
 * and C, in their speeches, …").
 */
function speakers(doc: Doc, s: Sentence, i: number, comma: number): Mention[] {
  const t = s.tokens;
  const his = speechPossessive(s, i);
  const open = his - 1;
  const say = open - 1;
  if (say > 0 && /^(said|says|stressed|noted|declared|stated|warned|urged)$/.test(t[say].lower)) {
    const subj = s.owner[say - 1];
    if (subj?.kind === 'person') return [subj];
    if (/^(he|she)$/.test(t[say - 1]?.lower ?? '')) return [pronounReferent(doc, s, say - 1)].filter((m): m is Mention => !!m);
    return [];
  }
  if (open === 0) {
    const first = s.mentions.find((m) => m.kind === 'person' && m.t0 > comma);
    return first && onlyTitlesBetween(s, comma + 1, first.t0) && t[his].lower !== 'their' ? [first] : [];
  }
  if (t[open - 1]?.text === ',') {
    const people = partyBefore(s, open - 1)?.people ?? [];
    return t[his].lower !== 'their' && people.length > 1 ? [] : people;
  }
  return [];
}

/** Where the relative pronoun stands after a summit ending at k (its place and date may come between, after a comma); -1 for none. */
function relativeAfter(s: Sentence, k: number): number {
  const t = s.tokens;
  let w = k;
  while (w < t.length && w - k <= 12 && !(RELATIVES.has(t[w].lower) && !s.owner[w])) {
    const o = s.owner[w];
    if (o && o.kind !== 'place' && o.kind !== 'country') break;
    w = o ? o.t1 : w + 1;
  }
  return RELATIVES.has(t[w]?.lower ?? '') && !s.owner[w] && t[w - 1]?.text === ',' ? w : -1;
}

/**
 * With no summit named in the sentence, the trip at i (an arrival, "made the trip") leads to the summit's city: "A
 * came to the port city", "B arrived in Tianjin", or no destination at all ("made the trip").
 */
function toSummitCity(doc: Doc, s: Sentence, i: number, made: boolean): boolean {
  const t = s.tokens;
  const summit = summitInFocus(doc);
  const rec = summit && summitRecord(doc, summit);
  if (!rec) return false;
  let k = made ? i + 3 : i + 1;
  if (t[k]?.lower === 'to' || t[k]?.lower === 'in' || t[k]?.lower === 'at') {
    k++;
    const m = s.owner[k];
    // the city only: a trip to the country may be for something else ("arrived in China after a visit to …")
    if (m) return m.kind === 'place' && !!rec.city && m.text.toLowerCase() === rec.city.toLowerCase();
    let q = k;
    while (q < t.length && q <= k + 3 && !s.owner[q] && !CITY_NOUNS.has(t[q].lower)) q++;
    return CITY_NOUNS.has(t[q]?.lower ?? '') && t[k].lower === 'the';
  }
  return made;
}

/**
 * The people who came as guests (cue at i): the list before the cue, or the one after "among them"; of a list that
 * arrives, a delegation with its leader (a minister in it), only those who lead a country or an organisation.
 */
function guests(doc: Doc, s: Sentence, i: number): Mention[] {
  const t = s.tokens;
  const people = subjectsBefore(s, i);
  // "the heads of ten organisations, among them UN Secretary-General X, came to …": the people listed after "among them"
  if (!people.length && t[i - 1]?.text === ',') {
    const first = s.mentions.find((m) => m.kind === 'person' && m.t1 <= i - 1 && chainEnd(s, m) === i - 1);
    let them = -1;
    for (let q = (first?.t0 ?? 0) - 1; q > 0 && q >= first!.t0 - 8 && them < 0; q--) if (t[q].lower === 'them' && t[q - 1].lower === 'among') them = q;
    if (first && them > 0 && skipTitles(s, them + 1).end === first.t0) {
      people.push(...s.mentions.filter((m) => m.kind === 'person' && m.t0 >= first.t0 && m.t1 <= i - 1));
    }
  }
  // a delegation that travels with its leader ("First lady A, Foreign Minister B, … also traveled to Samarkand") comes to
  // the city, not to the summit's table (a list with a minister in it is a delegation; "A, B and C all made the trip"
  // with no offices named is not)
  const delegation = t[i].lower !== 'among' && people.length > 2 && people.some((p) => rankOf(doc, p.ref) > 1);
  return delegation ? people.filter((p) => rankOf(doc, p.ref) === 1) : people;
}

/** "took part in the meeting", "attended the enlarged meeting", "… and Z also took part.": the object of taking part at i. */
function takesPartIn(s: Sentence, i: number): boolean {
  const t = s.tokens;
  const skip = TAKE_PART.get(t[i].lower)!;
  const bare = t[i].lower === 'part' && (t[i + 1]?.text === '.' || t[i + 1]?.text === ',');
  // "… participated as leaders of the Observer States", "… took part as Guest of the Chair": in a capacity, no object
  const capacity = skip === 2 && t[i + 1]?.lower === 'as';
  if (capacity) return true;
  if (skip === 2 && t[i + 1]?.lower !== 'in' && !bare) return false;
  const k = i + skip;
  // "the meeting", "the enlarged meeting", "the plenary session"
  const noun = t[k + 1] && !s.owner[k + 1] && !BACK_NOUNS.has(t[k + 1].lower) && !s.owner[k + 2] ? k + 2 : k + 1;
  return bare || (t[k]?.lower === 'the' && BACK_NOUNS.has(t[noun]?.lower ?? '') && !s.owner[noun]);
}

/** After "The (six / leaders / heads of state …)" opening a sentence, the token after its ":" or dashes; -1 for none. */
function groupHeads(s: Sentence): number {
  const t = s.tokens;
  let k = 1;
  let group = false;
  while (k < t.length && k <= 8 && !s.owner[k] && (LEADER_GROUP_HEADS.has(t[k].lower) || /^(of|the|state|states|government|member|observer|partner|dialogue|guest|countries|nations|sco)$/.test(t[k].lower))) {
    group ||= LEADER_GROUP_HEADS.has(t[k].lower);
    k++;
  }
  if (!group || !(t[k]?.text === ':' || /^[-–—]+$/.test(t[k]?.text ?? ''))) return -1;
  while (/^[-–—:]+$/.test(t[k]?.text ?? '')) k++;
  return k;
}

/** A travel's destinations from token k (the cue at `cue`): "to Kazakhstan and Tajikistan", "in Astana", "visits to the SCO members A and B". */
function destinations(doc: Doc, s: Sentence, k: number, cue: number): Mention[] {
  const t = s.tokens;
  while (k < t.length && k <= cue + 3 && !s.owner[k] && /^(to|in|of|the|a|state|official|visit|visits|two-nation|three-nation|working)$/.test(t[k].lower)) k++;
  return countryList(doc, s, pastMembersOf(s, k), 1);
}

/** Who travels (the cue at i): the nearest person before, with those listed with them, or "he"/"she" opening the sentence, or "his visit …, X". */
function travellers(doc: Doc, s: Sentence, i: number): Mention[] {
  const t = s.tokens;
  const before = personsOf(s).filter((p) => p.t1 <= i && i - p.t1 <= 25);
  const last = before[before.length - 1];
  const he = last ? undefined : /^(he|she)$/.test(t[0].lower) ? pronounReferent(doc, s, 0) : hisVisit(s, i);
  if (!last && !he) return [];
  // a list right before the verb ("A, B, … and K also traveled to Samarkand"), else the people listed with the last
  const listed = partyBefore(s, i, SUBJECT_GLUE);
  return listed && listed.people.includes(last) ? listed.people : last ? before.filter((p) => chainEnd(s, p) === chainEnd(s, last)) : [he!];
}

const one = (m: Mention | undefined): Mention[] => (m ? [m] : []);
const at = (k: number, found: Mention[]) => ({ end: k, found });

/** The primitives the attendance patterns name. */
const PRIMITIVES: Primitives = {
  readers: {
    'list-after': ({ s }, k) => {
      const p = listAfter(s, k);
      return p && { end: p.end, found: p.people };
    },
    'titled-list': ({ s }, k) => {
      const found = titledList(s, k);
      return found && at(k, found);
    },
    // "by Premier A; Russia by Prime Minister B; and Uzbekistan by …" (perhaps no one)
    represented: ({ s }, k) => {
      const t = s.tokens;
      const people: Mention[] = [];
      let party = partyAt(s, k, true);
      while (party) {
        people.push(...party.people);
        let q = party.end;
        if (t[q]?.text !== ';' && t[q]?.text !== ',') break;
        q++;
        if (t[q]?.lower === 'and') q++;
        const c = s.owner[q];
        if (!(c?.kind === 'country' || c?.kind === 'organisation') || t[c.t1]?.lower !== 'by') break;
        party = partyAt(s, c.t1 + 1, true);
      }
      return at(k, people);
    },
    // the people named after the cue, up to a ";"
    'persons-after': ({ s, marks }, k) => {
      const end = s.tokens.findIndex((x, q) => q > marks.cue && x.text === ';');
      return at(k, personsOf(s).filter((p) => p.t0 > marks.cue && (end < 0 || p.t0 < end)));
    },
    'summit-before': ({ doc, s, marks }, k) => {
      const here = summitBefore(doc, s, marks.cue);
      return here && at(k, [here]);
    },
    summit: ({ s }, k) => {
      const m = s.owner[k];
      return m?.kind === 'summit' && m.ref ? at(m.t1, [m]) : undefined;
    },
    'to-relative': ({ s }, k) => {
      const w = relativeAfter(s, k);
      return w < 0 ? undefined : at(w, []);
    },
    'relative-subjects': ({ s }, k) => {
      const first = s.mentions.find((m) => m.t0 >= k && m.kind === 'person');
      if (!first || !onlyTitlesBetween(s, k, first.t0)) return undefined;
      const end = chainEnd(s, first);
      return at(end, s.mentions.filter((m) => m.kind === 'person' && m.t0 >= first.t0 && m.t1 <= end));
    },
    'group-heads': ({ s }) => {
      const k = groupHeads(s);
      return k < 0 ? undefined : at(k, []);
    },
    'leader-list': ({ s }, k) => {
      const p = partyAt(s, k, true);
      return p && p.people.length >= 2 ? { end: p.end, found: p.people } : undefined;
    },
    person: ({ s }, k) => {
      const p = s.owner[k];
      return p?.kind === 'person' ? at(p.t1, [p]) : undefined;
    },
    // the people holding the office a group of leaders names, for its countries (named elsewhere in the article)
    holders: ({ doc, s, marks }) => {
      const summit = summitAround(doc, s);
      const start = summit && summitRecord(doc, summit)?.start;
      const g = summit && leaderGroupAt(doc, s, marks.cue, start ? Number(start.slice(0, 4)) : undefined);
      return g && { end: g.end, found: holdersOf(doc, g).map((p) => mention('person', p, '', -1, -1, 'role')) };
    },
    // the people of the sentence's meetings, from the first of them (at k)
    'met-from-here': ({ doc, s }, k) => {
      const met = metIn(doc, s.index);
      const p = s.owner[k];
      return p?.kind === 'person' && met.has(p.ref) ? at(p.t1, s.mentions.filter((m) => m.kind === 'person' && met.has(m.ref))) : undefined;
    },
    countries: ({ doc, s }, k) => at(k, countryList(doc, s, k, 1)),
    destinations: ({ doc, s, marks }, k) => at(k, destinations(doc, s, k, marks.cue)),
  },
  contexts: {
    'gathering-summit': ({ doc, s, marks }) => {
      const i = marks.cue;
      const here = summitsOf(s).length ? [...summitsOf(s)].reverse().find((m) => m.t1 <= i && i - m.t1 <= 12) : backReference(doc, s);
      return one(here && !s.mentions.some((o) => o.kind === 'person' && o.t0 >= here.t1 && o.t1 <= i) ? here : undefined);
    },
    'summit-before': ({ doc, s, marks }) => one(summitBefore(doc, s, marks.cue)),
    'named-or-focus': ({ doc, s, marks }) => one([...summitsOf(s)].reverse().find((m) => m.t1 <= marks.cue) ?? summitInFocus(doc) ?? lastSummitBefore(doc, s.index)),
    'were-summit': ({ doc, s, marks }) => one(summitsOf(s).find((m) => m.t1 <= marks.cue) ?? lastSummitBefore(doc, s.index) ?? summitInFocus(doc)),
    'among-summit': ({ doc, s, marks }) => {
      const summits = summitsOf(s);
      return one(summits.length ? summits.find((m) => m.t1 <= marks.were) : summitInFocus(doc));
    },
    'speech-summit': ({ doc, s, marks }) => one(speechPhrase(s, marks.cue)!.named ?? summitInFocus(doc)),
    speakers: ({ doc, s, marks, caps }) => (caps.summit.length ? speakers(doc, s, marks.cue, speechPhrase(s, marks.cue)!.comma) : []),
    // "where X met Y": Y was there too
    'with-met': ({ doc, s, marks, caps }) => {
      const people = [...caps.people];
      const met = metIn(doc, s.index);
      people.push(...s.mentions.filter((m) => m.kind === 'person' && m.t0 > marks.v && met.has(m.ref) && people.some((p) => met.has(p.ref))));
      return people;
    },
    focus: ({ doc }) => one(summitInFocus(doc)),
    hosts: ({ doc, s, caps }) => hostsOf(doc, s, caps.summit[0]),
    'city-host': ({ doc, s, caps }) => (caps.hosts.length ? [] : cityHost(doc, s, caps.summit[0])),
    cued: ({ doc, s, caps }) => cuedAttendees(doc, s, caps.summit[0]),
    carried: ({ doc, s, caps }) => {
      const sm = caps.summit[0];
      const prev = summitsOf(s).find((m) => m.t1 === sm.t0 - 1 && s.tokens[sm.t0 - 1].lower === 'and');
      return prev ? wentTo(doc, s, prev) : [];
    },
    // the person right before the verb, only commas and auxiliaries between ("X is attending as")
    'subject-before': ({ s, marks }) => {
      const p = [...s.mentions].reverse().find((m) => m.kind === 'person' && m.t1 <= marks.cue);
      return p && s.tokens.slice(p.t1, marks.cue).every((x) => x.lower === ',' || SUBJECT_AUX.has(x.lower)) ? [p] : [];
    },
    'met-here': ({ doc, s }) => {
      const met = metIn(doc, s.index);
      return s.mentions.filter((m) => m.kind === 'person' && met.has(m.ref));
    },
    guests: ({ doc, s, marks }) => guests(doc, s, marks.cue),
    'subjects-before': ({ s, marks }) => subjectsBefore(s, marks.verb),
    'back-summit': ({ doc, s, caps }) => (caps.people.length ? one(lastSummitBefore(doc, s.index) ?? pastFocus(doc)) : []),
    around: ({ doc, s }) => one(summitAround(doc, s)),
    travellers: ({ doc, s, marks }) => travellers(doc, s, marks.cue),
  },
  tests: {
    'sentence-start': (_m, k) => k === 1,
    'gathered-near': ({ s }) => s.tokens.slice(1, 4).some((x) => GATHERED.has(x.lower)),
    // no one named before "were", and no meal or meeting in the clause ("Among those who met X at dinner were")
    'among-clause': ({ s, marks }) =>
      !s.mentions.some((m) => m.kind === 'person' && m.t1 <= marks.were) && !s.tokens.slice(1, marks.were).some((x) => /^(met|meet|dinner|reception|ceremony|banquet)$/.test(x.lower)),
    early: ({ marks }) => marks.cue >= 1 && marks.cue <= 20,
    // "Taking part in it were", "Also present at the summit were": the clause before "were" tells presence, names no one
    'presence-clause': ({ s, marks }) => {
      const t = s.tokens;
      const were = marks.cue;
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
      return cue && !s.mentions.some((m) => m.kind === 'person' && m.t1 <= were);
    },
    'in-possessive': ({ s, marks }) => speechPossessive(s, marks.cue) >= 0,
    'speech-phrase': ({ s, marks }) => speechPhrase(s, marks.cue) !== undefined,
    'no-summit-named': ({ s }) => !summitsOf(s).length,
    'to-summit-city': ({ doc, s, marks }) => toSummitCity(doc, s, marks.cue, s.tokens[marks.cue].lower === 'made'),
    'takes-part-in': ({ s, start }) => takesPartIn(s, start),
    'affirmed-here': ({ s }, k) => !negated(s, k),
    // told as done, not as planned ("will sign")
    done: ({ s, marks }) => !planned(s, marks.verb),
    'meetings-at-focus': ({ doc }) => meetingsAtFocus(doc),
    // no "on the sidelines" that is not "of" something
    'no-sidelines': ({ s }) => {
      const k = s.tokens.findIndex((x) => SIDELINE_NOUNS.has(x.lower));
      return k < 0 || s.tokens[k + 1]?.lower === 'of';
    },
    possessive: ({ s }, k) => isPossessive(s.tokens[k]),
    'to-here': ({ s }, k) => s.tokens[k]?.lower === 'to',
    'person-here': ({ s }, k) => s.owner[k]?.kind === 'person',
  },
  extras: {
    'summit-date': ({ doc }, _a, b) => {
      const date = summitRecord(doc, b)?.start;
      return date ? { date } : {};
    },
  },
  refs: {
    country: ({ doc }, x) => countryRef(doc, x),
    // "Among the other dignitaries who landed on Tuesday were A and B": they came to the host country too (not their own)
    'arrival-host': ({ doc, s, marks }, summit, person) => {
      const host = s.tokens.slice(1, marks.were).some((x) => ARRIVALS.has(x.lower)) ? summitRecord(doc, summit)?.host : undefined;
      return host && !affiliatedWith(doc, person.ref, `country:${host}`) ? `country:${host}` : undefined;
    },
  },
};

const ATTENDED: Emit = { relation: 'attended', from: 'people', to: 'summit', extra: 'summit-date' };

/** Verbs of taking part, and how many words after the verb the object starts ("took part in the …"). */
const TAKE_PART = new Map([
  ['attended', 1], ['attend', 1], ['attends', 1], ['joined', 1], ['join', 1],
  ['participated', 2], ['participate', 2], ['participates', 2], ['part', 2],
]);

const rules = (...patterns: Pattern[]) => sentenceRule(compile(patterns, PRIMITIVES));

/** The attendance and travel patterns, by rule id (each list runs as one sentence rule, in the stage's order). */
export const ATTENDANCE_PATTERNS = {
  // "A, B and C attend the Astana summit", "X told the summit", "At the Astana summit, X said": each person with the cue
  // between them and the summit (its negation and modality); a summit joined to the one before by "and" ("for the
  // summit of the SCO and that of the CICA") has that one's attendees
  summitCue: [{
    id: 'attended.summit-cue',
    at: 'summit',
    or: [{ seq: [cap('summit', 'summit')], read: { carried: 'carried', people: 'cued' }, emit: [{ ...ATTENDED, from: 'carried', plan: false, negation: false }, { ...ATTENDED, scope: 'each' }] }],
  }],
  byList: [
    // "Among the participants of the summit in Astana were A and B"; with no summit named ("Among the other
    // dignitaries who landed on Tuesday were A and B"), the article's
    {
      id: 'attended.by-list',
      or: [{
        seq: [word('among'), test('sentence-start'), test('gathered-near'), any, gap(21), cls(WERE_WAS, { mark: 'were' }), affirmed('were'), test('among-clause'), cap('people', 'titled-list')],
        read: { summit: 'among-summit' },
        emit: [{ ...ATTENDED, scope: 'were', plan: false }, { relation: 'visited', from: 'people', to: 'summit', ref: 'arrival-host', scope: 'were', plan: false }],
      }],
    },
    // "The 24th summit … in Astana brought together A, B and C": the summit as the subject that gathers its attendees
    {
      id: 'attended.by-list',
      or: [
        { before: [any], seq: [cue(BRING), word('together'), affirmed(), cap('people', 'list-after')], read: { summit: 'gathering-summit' }, emit: [ATTENDED] },
        { before: [any], seq: [cue(GATHER), affirmed(), cap('people', 'list-after')], read: { summit: 'gathering-summit' }, emit: [ATTENDED] },
      ],
    },
    // "The Bishkek summit …, was attended (in person / and addressed) by A, B and C", "It was attended by …"
    {
      id: 'attended.by-list',
      or: [{
        seq: [cue(BY_CUES), gapOf(4, BEFORE_AGENT), word('by'), affirmed(), cap('people', 'list-after')],
        read: { summit: 'summit-before' },
        emit: [ATTENDED],
      }],
    },
  ],
  // "China was represented by Premier A; Russia by Prime Minister B": the summit named before, else the article's
  representedBy: [{
    id: 'attended.represented-by',
    once: true,
    or: [{ before: [any], seq: [cue(new Set(['represented'])), word('by'), affirmed(), cap('people', 'represented')], read: { summit: 'named-or-focus' }, emit: [ATTENDED] }],
  }],
  // "Taking part in it were A, B and C", "Also present at the summit were: …"
  wereList: [{
    id: 'attended.were-list',
    first: true,
    or: [{ seq: [cue(new Set(['were'])), test('early'), affirmed(), test('presence-clause'), opt(word(':')), cap('people', 'list-after')], read: { summit: 'were-summit' }, emit: [ATTENDED] }],
  }, {
    // "Leaders attending the summit included A, B and C"
    id: 'attended.were-list',
    or: [{ seq: [cue(ATTENDING), affirmed(), cap('summit', 'summit'), cls(ATTENDEES_LISTED), opt(word(':')), cap('people', 'list-after')], emit: [ATTENDED] }],
  }],
  // "In his address at the summit, X said", "X said in his opening address that", "A, B and C, in their speeches, …"
  speech: [{
    id: 'attended.speech',
    or: [{ before: [any], seq: [cue(SPEECHES), test('in-possessive'), affirmed(), test('speech-phrase')], read: { summit: 'speech-summit', people: 'speakers' }, emit: [ATTENDED] }],
  }],
  // "the 21st summit in Dushanbe, in September 2021, which X attended in person", "the summit in Astana, where X met Y"
  relative: [{
    id: 'attended.relative',
    at: 'summit',
    cues: [RELATIVES],
    or: [
      { seq: [cap('summit', 'summit'), cap('_', 'to-relative'), cls(new Set(['where']), { mark: 'rel' }), cap('people', 'relative-subjects'), gapOf(100, RELATIVE_GLUE, true), cls(AT_WHERE, { free: true, mark: 'v' }), affirmed('v')], read: { people: 'with-met' }, emit: [{ ...ATTENDED, scope: 'v' }] },
      { seq: [cap('summit', 'summit'), cap('_', 'to-relative'), cls(new Set([...RELATIVES].filter((w) => w !== 'where')), { mark: 'rel' }), cap('people', 'relative-subjects'), gapOf(100, RELATIVE_GLUE, true), cls(ATTEND_OBJECT, { free: true, mark: 'v' }), affirmed('v')], emit: [{ ...ATTENDED, scope: 'v' }] },
    ],
  }],
  // attendance at the article's summit, the sentence naming none: "X is attending as the head of an observer state"
  focusAs: [{
    id: 'attended.focus',
    or: [{ seq: [cue(ATTENDS_AS), word('as'), test('no-summit-named'), affirmed()], read: { summit: 'focus', people: 'subject-before' }, emit: [ATTENDED] }],
  }],
  // "X met Y on the sidelines", "talks on the margins": the people of the meeting were at the article's summit ("on the
  // sidelines of <an event not resolved to a summit>" names another meeting: nothing is said of the summit)
  sidelines: [{
    id: 'attended.focus',
    first: true,
    or: [{ seq: [word(...SIDELINE_NOUNS), not(word('of')), test('no-summit-named')], read: { summit: 'focus', people: 'met-here' }, emit: [ATTENDED] }],
  }],
  // "Xi meets foreign leaders attending SCO Tianjin summit" in the lead: each meeting the article reports was at the summit
  focusMeetings: [{
    id: 'attended.focus',
    once: true,
    or: [{ seq: [cap('people', 'met-from-here'), test('no-summit-named'), test('meetings-at-focus'), test('no-sidelines')], read: { summit: 'focus' }, emit: [ATTENDED] }],
  }],
  // "A and B were also among the guests", "A, B and C all made the trip", "A came to the port city" (the article's summit)
  guests: [{
    id: 'attended.guests',
    or: [
      { before: [any], seq: [cue(new Set(['among'])), { gap: 4, free: true }, cls(GATHERED, { free: true }), test('no-summit-named'), affirmed()], read: { summit: 'focus', people: 'guests' }, emit: [ATTENDED] },
      { before: [any], seq: [cue(ARRIVALS), test('no-summit-named'), test('to-summit-city'), affirmed()], read: { summit: 'focus', people: 'guests' }, emit: [ATTENDED] },
      { before: [any], seq: [cue(new Set(['made'])), word('the'), cls(TRIP_NOUNS), test('no-summit-named'), test('to-summit-city'), affirmed()], read: { summit: 'focus', people: 'guests' }, emit: [ATTENDED] },
    ],
  }],
  // "Putin, Xi and Modi took part in the meeting via video link", a sentence or two after the one naming the summit
  backReference: [{
    id: 'attended.back-reference',
    or: [
      { before: [cls(TAKE_FORMS, { mark: 'verb' })], seq: [cue(new Set(['part'])), test('no-summit-named'), test('takes-part-in'), affirmed('verb')], read: { people: 'subjects-before', summit: 'back-summit' }, emit: [{ ...ATTENDED, scope: 'verb' }] },
      { before: [any], seq: [cue(new Set([...TAKE_PART.keys()].filter((w) => w !== 'part')), 'verb'), test('no-summit-named'), test('takes-part-in'), affirmed('verb')], read: { people: 'subjects-before', summit: 'back-summit' }, emit: [{ ...ATTENDED, scope: 'verb' }] },
    ],
  }],
  // "The summit began … with the participation of A, B and C", "The meeting then continued, joined by D and E"
  participation: [{
    id: 'attended.participation',
    once: true,
    or: [
      { before: [any], seq: [cue(new Set(['participation'])), word('of'), affirmed(), cap('summit', 'summit-before'), cap('people', 'persons-after')], emit: [ATTENDED] },
      { before: [any], seq: [cue(new Set(['joined'])), word('by'), affirmed(), cap('summit', 'summit-before'), cap('people', 'persons-after')], emit: [ATTENDED] },
    ],
  }],
  // "after the presidents of China, Russia, … signed three documents", "the heads of state from the six member countries
  // met": everyone the article names with that office for one of those countries (by their titles: "Russian President
  // X") attended the summit named in the sentence, else in the two before, else the article's
  leadersOf: [{
    id: 'attended.leaders-of',
    or: [{ seq: [cue(LEADER_GROUP_NOUNS), cap('people', 'holders'), gap(8), cls(LEADER_GROUP_VERBS, { free: true, mark: 'verb' }), affirmed('verb'), test('done')], read: { summit: 'around' }, emit: [{ ...ATTENDED, scope: 'verb', plan: false }] }],
  }],
  // "The six -- Russia's A, China's B, … -- focused on terrorism", "The leaders: A, B and C"
  groupList: [{
    id: 'attended.group-list',
    first: true,
    or: [{ seq: [word('the', 'all'), test('sentence-start'), cap('_', 'group-heads'), test('affirmed-here'), cap('people', 'leader-list')], read: { summit: 'around' }, emit: [{ ...ATTENDED, plan: false, negation: false }] }],
  }],
  // "the summit, hosted by India", "China will host the summit in 2025"; else the host of a summit placed in its city
  hosted: [{
    id: 'hosted.summit',
    at: 'summit',
    or: [{
      seq: [cap('summit', 'summit')],
      read: { hosts: 'hosts', city: 'city-host' },
      emit: [{ relation: 'hosted', from: 'hosts', to: 'summit', extra: 'summit-date', scope: 'each', plan: false }, { relation: 'hosted', from: 'city', to: 'summit', extra: 'summit-date', plan: false, negation: false }],
    }],
  }],
  // "The visit is Modi's first to China"
  firstVisit: [{
    id: 'visited.travel',
    cues: [VISIT_CUES],
    or: [{ seq: [cap('travellers', 'person'), test('possessive'), any, word('first'), opt(cls(VISIT_NOUNS)), word('to'), cap('places', 'countries')], emit: [{ relation: 'visited', from: 'travellers', to: 'places', ref: 'country', outer: 'to', plan: false }] }],
  }],
  // "X paid a state visit to Y", "A, B and C also traveled to Samarkand", "the visit of X to Dushanbe", "he is the first … to travel to Y"
  travel: [{
    id: 'visited.travel',
    or: [
      { seq: [cue(VISIT_CUES), affirmed(), word('of'), test('person-here'), cap('travellers', 'person'), test('to-here'), cap('places', 'destinations')], emit: [{ relation: 'visited', from: 'travellers', to: 'places', ref: 'country', outer: 'to' }] },
      { seq: [cue(VISIT_CUES), affirmed(), cap('places', 'destinations')], read: { travellers: 'travellers' }, emit: [{ relation: 'visited', from: 'travellers', to: 'places', ref: 'country', outer: 'to' }] },
    ],
  }],
} satisfies Record<string, Pattern[]>;

const P = ATTENDANCE_PATTERNS;

/** The people attending `sm` by a cue, once each, not negated ("for the summit of the SCO and that of the CICA"). */
function wentTo(doc: Doc, s: Sentence, sm: Mention): Mention[] {
  const { found, scopes } = cuedAttendees(doc, s, sm);
  const seen = new Set<string>();
  return found.filter((p, x) => !negated(s, scopes[x]) && !seen.has(p.ref) && !!seen.add(p.ref));
}

export const attendance: Stage = perSentence({ name: 'attendance', requires: ['mentions', 'people', 'coreference', 'descriptions', 'roles', 'affiliated_with', 'met'], provides: ['attended', 'visited', 'hosted'] },
  rules(...P.summitCue), rules(P.byList[0]), rules(P.byList[1]), rules(P.byList[2]), rules(...P.representedBy),
  rules(...P.wereList), rules(...P.speech), rules(...P.relative), rules(...P.focusAs), rules(...P.sidelines), rules(...P.focusMeetings), rules(...P.guests),
  rules(...P.backReference), rules(...P.participation), rules(...P.leadersOf), rules(...P.groupList),
  rules(...P.firstVisit), rules(...P.travel), rules(...P.hosted));
