// The meetings stage: met — meetings, talks, calls and conversations between people ("during a meeting with X, Y said",
// "X met Y", "talks between X and Y", "X assured Y"); negated meetings give nothing, planned ones are marked.
import type { Doc, Mention, Sentence, Stage } from '../document.ts';
import { clauseBreak, conversation, hit, negated, planned, pronounReferent, skipTitles } from '../relations/helpers.ts';
import { COUNTERPARTS, isPossessive, ROLE_NOUNS } from '../text/words.ts';
import { cueBit, hasCue } from '../text/cues.ts';
import { itemAt, partyAt } from '../relations/parties.ts';
import type { RuleId } from '../relations/rules.ts';
import { TITLE_GLUE, SKIPPABLE, PASSIVE_AUX, GROUP_AUX, VERB_ADVERBS, BEFORE_PARTNER, DASHES, CLAUSE_OPENERS, OPENING_SUBORDINATORS } from '../text/function-words.ts';
import { WITH_CUES, DIRECT, BETWEEN_CUES, GROUP_VERBS, GROUP_AFTER_AUX, VERB_PHRASE, EARLIER_VERBS } from '../text/event-words.ts';

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

const persons = (s: Sentence) => s.mentions.filter((m) => m.kind === 'person');

/**
 * People coordinated with the person at `m` ("X and Y", "X, Y and Z"), titles in between allowed. Commas alone do
 * not make a list: in "During a meeting with X, Y said" the second name is the subject, not a partner.
 */
function coordinated(s: Sentence, m: Mention): Mention[] {
  const party = partyAt(s, m.t0);
  return party && party.joined ? party.people : [m];
}

/** Does a title or a role noun end at token k ("the Russian ambassador", "the Chinese foreign minister")? */
const endsRole = (s: Sentence, k: number) => s.owner[k]?.kind === 'title' || (!!s.tokens[k] && ROLE_NOUNS.has(s.tokens[k].lower));

/** The person right after position k, skipping titles, demonyms and possessive countries ("with Kyrgyz Foreign Minister X"). */
function personAfter(s: Sentence, k: number, maxSkip = 7): Mention | undefined {
  // "received the delegation led by X": the delegation's head
  if (s.tokens[k]?.lower === 'the' || s.tokens[k]?.lower === 'a') {
    const d = s.tokens[k + 1]?.lower === 'delegation' ? k + 2 : s.tokens[k + 2]?.lower === 'delegation' ? k + 3 : -1;
    if (d > 0 && /^(led|headed)$/.test(s.tokens[d]?.lower ?? '') && s.tokens[d + 1]?.lower === 'by') k = d + 2;
  }
  // an item of the party primitive: titles, countries, organisations with their acronym in brackets before the name
  const item = itemAt(s, k);
  if (item && item.person.t0 - k <= maxSkip + 10) return item.person;
  let j = k;
  for (let n = 0; n < maxSkip && j < s.tokens.length; n++) {
    const m = s.owner[j];
    if (m?.kind === 'person') return m;
    if (m && (m.kind === 'title' || m.kind === 'demonym' || m.kind === 'honorific' || m.kind === 'country' || m.kind === 'organisation')) j = m.t1;
    else if (!m && BEFORE_PARTNER.has(s.tokens[j].lower)) j++;
    // "North Korean leader Kim Jong Un": a role noun standing as the title
    else if (!m && ROLE_NOUNS.has(s.tokens[j].lower) && s.owner[j + 1]?.kind === 'person') j++;
    // "Deputy Prime Minister and Foreign Minister X": two titles joined by "and"
    else if (j > k && s.tokens[j].lower === 'and' && s.owner[j - 1]?.kind === 'title' && s.tokens[j - 1].cap && s.owner[j + 1]?.kind === 'title') j++;
    // "met the Russian ambassador, Igor Morgulov": a title in apposition before the name
    else if (j > k && s.tokens[j].text === ',' && s.owner[j + 1]?.kind === 'person' && endsRole(s, j - 1)) j++;
    else return undefined;
  }
  return undefined;
}

/** "he held talks with", "she also met with": the pronoun subject a few words before a cue, if any. */
function pronounSubject(s: Sentence, cue: number): number | undefined {
  for (let k = cue - 1; k >= 0 && cue - k <= 5; k--) {
    const w = s.tokens[k].lower;
    if (w === 'he' || w === 'she') return k;
    if (!SKIPPABLE.has(w) && !VERB_PHRASE.has(w)) return undefined;
  }
  return undefined;
}

/** Who met the partners of "… talks with X": the nearest person before the cue in the same clause (with those
 * listed with them), else the first person after the partners ("During a meeting with X, …, Wang said"). */
function subjectsOf(s: Sentence, ps: Mention[], partners: Mention[], cue: number): Mention[] {
  const others = ps.filter((p) => !partners.includes(p));
  const before = others.filter((p) => p.t1 <= cue && !clauseBreak(s, p.t1, cue) && !s.tokens.slice(p.t1, cue).some((t) => CLAUSE_OPENERS.has(t.lower)));
  if (before.length) {
    let near = before[before.length - 1];
    // "X represented Y at the summit and held talks with Z": a second verb joined by "and" has the clause's subject,
    // the first person of the clause, not the object of the first verb
    if (before.length > 1 && andVerbBefore(s, cue)) near = before[0];
    return [...new Set([...coordinatedBefore(s, near), near])];
  }
  // after the partners, only past the comma that closes the opening phrase, and not a further partner ("… and Y")
  const lastPartner = partners[partners.length - 1];
  // (the person opens the main clause: only titles after that comma, no verb: in "talks with X on Wednesday, met Y",
  // Y is met)
  const opening = (p: Mention) => {
    const between = s.tokens.slice(lastPartner.t1, p.t0);
    const comma = p.t0 - 1 - [...between].reverse().findIndex((t) => t.text === ',');
    return comma >= lastPartner.t1 && comma < p.t0 && !between.some((t) => t.lower === 'and') && skipTitles(s, comma + 1).end >= p.t0;
  };
  const after = others.filter((p) => p.t0 >= lastPartner.t1 && !clauseBreak(s, lastPartner.t1, p.t0) && opening(p));
  return after.length ? coordinated(s, after[0]) : [];
}

/** Is the cue at `cue` in a verb phrase joined by "and" ("… and held talks with"), not a list of names ("X and Y held")? */
function andVerbBefore(s: Sentence, cue: number): boolean {
  for (let k = cue - 1; k >= 0 && cue - k <= 4; k--) {
    if (s.owner[k]) return false;
    const w = s.tokens[k].lower;
    if (w === 'and') return k < cue - 1;
    if (!VERB_PHRASE.has(w)) return false;
  }
  return false;
}

/**
 * Partners added after the first ones: "held talks with the Chinese leader, who was on a state visit, as well as with
 * A, B and C", "with X and with the Uzbek Foreign Minister".
 */
function furtherPartners(s: Sentence, first: Mention): Mention[] {
  const t = s.tokens;
  for (let k = first.t1; k < t.length && k - first.t1 <= 25; k++) {
    if (t[k].text === ';' || (t[k].lower === 'with' && !(t[k - 1]?.lower === 'and' || (t[k - 1]?.lower === 'as' && t[k - 2]?.lower === 'well')))) return [];
    if (t[k].lower !== 'with') continue;
    const next = personAfter(s, k + 1);
    return next ? coordinated(s, next) : [];
  }
  return [];
}

/** People listed before `m` with it ("A and B held talks with C": A for B). */
function coordinatedBefore(s: Sentence, m: Mention): Mention[] {
  const out: Mention[] = [];
  let k = m.t0 - 1;
  for (;;) {
    while (k >= 0 && s.owner[k] && (s.owner[k]!.kind === 'title' || s.owner[k]!.kind === 'demonym' || s.owner[k]!.kind === 'honorific')) k = s.owner[k]!.t0 - 1;
    if (s.tokens[k]?.lower !== 'and' && s.tokens[k]?.text !== ',') return out;
    k--;
    if (s.tokens[k]?.text === ',') k--;
    while (k >= 0 && s.owner[k] && (s.owner[k]!.kind === 'title' || s.owner[k]!.kind === 'demonym')) k = s.owner[k]!.t0 - 1;
    const p = s.owner[k];
    if (p?.kind !== 'person') return out;
    out.push(p);
    k = p.t0 - 1;
  }
}

/** A person named earlier in the article with a title before the name ("President of Kazakhstan Kassym-Jomart Tokayev"). */
interface Titled {
  title: string;
  country?: string;
  person: Mention;
  sentence: number;
}

/** The people named with a title in the article, in article order (read once per article, on first need). */
const titledOf = new WeakMap<Doc, Titled[]>();
function titledPeople(doc: Doc): Titled[] {
  const cached = titledOf.get(doc);
  if (cached) return cached;
  const out: Titled[] = [];
  titledOf.set(doc, out);
  for (const s of doc.sentences) {
    for (const p of s.mentions) {
      if (p.kind !== 'person') continue;
      let k = p.t0 - 1;
      while (k >= 0 && s.owner[k]?.kind === 'honorific') k = s.owner[k]!.t0 - 1;
      if (s.tokens[k]?.text === ',' && s.owner[k - 1] && s.owner[p.t0 - 1]?.kind === 'honorific') k--;
      let country: string | undefined;
      // "President of the Republic of Tajikistan", "Kazakh President", "Kazakhstan's President"
      const o = s.owner[k];
      if (o && (o.kind === 'country' || o.kind === 'demonym')) {
        country = o.ref;
        k = o.t0 - 1;
        if (s.tokens[k]?.lower === 'the') k--;
        if (s.tokens[k]?.lower !== 'of') continue;
        k--;
      }
      const title = s.owner[k];
      if (title?.kind !== 'title') continue;
      if (!country) {
        const before = s.owner[title.t0 - 1] ?? (isPossessive(s.tokens[title.t0 - 1]) ? s.owner[title.t0 - 2] : undefined);
        if (before && (before.kind === 'country' || before.kind === 'demonym')) country = before.ref;
      }
      out.push({ title: title.ref, country, person: p, sentence: s.index });
    }
  }
  return out;
}

/**
 * The subject of a meeting cue when it is a title rather than a name: "the President of Kazakhstan" (the person the
 * article named with that title and country), "the Leader of the Nation" (the first person it named with that title).
 */
function titleSubject(doc: Doc, s: Sentence, cue: number): Mention[] {
  const title = [...s.mentions].reverse().find((m) => m.kind === 'title' && m.t1 <= cue && cue - m.t1 <= 6 && s.tokens[m.t0 - 1]?.lower === 'the');
  if (!title || s.owner[title.t1]?.kind === 'person' || s.mentions.some((m) => m.kind === 'person' && m.t1 <= cue && m.t0 >= title.t0)) return [];
  let country: string | undefined;
  if (s.tokens[title.t1]?.lower === 'of') {
    let k = title.t1 + 1;
    if (s.tokens[k]?.lower === 'the') k++;
    const c = s.owner[k];
    if (c?.kind !== 'country') return [];
    country = c.ref;
  }
  const fits = titledPeople(doc).filter((x) => x.sentence < s.index && x.title === title.ref && (!country || x.country === country));
  if (!fits.length) return [];
  if (country && new Set(fits.map((x) => x.person.ref)).size > 1) return [];
  return [fits[0].person];
}

function emit(doc: Doc, s: Sentence, a: Mention, b: Mention, cue: number, id: RuleId): void {
  if (a.ref === b.ref || negated(s, cue)) return;
  doc.rule = id;
  hit(doc, 'met', a.ref < b.ref ? a.ref : b.ref, a.ref < b.ref ? b.ref : a.ref, s, planned(s, cue) ? { planned: true } : {});
  doc.rule = undefined;
}

/**
 * The subject of a verb joined to an earlier one by "and" or a comma: the person opening the sentence ("Xi met Putin
 * and received Modi"; after an opening phrase: "On Friday, Xi …"), or what "He" / "She" opening it refers to. Only when
 * a verb stands between that subject and the joined one; else undefined.
 */
function joinedVerbSubject(doc: Doc, s: Sentence, i: number, obj: Mention): Mention | undefined {
  const t = s.tokens;
  let k = i - 1;
  while (k > 0 && !s.owner[k] && VERB_ADVERBS.has(t[k].lower)) k--;
  if (s.owner[k] || !(t[k]?.lower === 'and' || t[k]?.text === ',')) return undefined;
  // the clause subject (a person or "he" / "she", after titles): at the start, or right after the comma closing an
  // opening phrase
  const subjectAt = (start: number) => {
    const at = skipTitles(s, start).end;
    return /^(he|she)$/.test(t[at]?.lower ?? '') || s.owner[at]?.kind === 'person' ? at : -1;
  };
  let at = subjectAt(0);
  if (at < 0) {
    const comma = t.findIndex((x, q) => q < k && x.text === ',');
    at = comma < 0 ? -1 : subjectAt(comma + 1);
    if (at < 0) return undefined;
  }
  const subj = s.owner[at];
  const pronoun = subj?.kind !== 'person';
  const from = pronoun ? at + 1 : subj!.t1;
  if (!t.slice(from, k).some((x, q) => !s.owner[from + q] && EARLIER_VERBS.has(x.lower))) return undefined;
  return pronoun ? pronounReferent(doc, s, at, obj) : subj;
}

/** "no", which every taking-back sentence has ("There is no such plan"). */
const NO = cueBit(['no']);

export const meetings: Stage = {
  name: 'meetings',
  requires: ['people', 'coreference', 'descriptions'],
  provides: ['met'],
  run(doc) {
    for (const s of doc.sentences) {
      const ps = persons(s);
      if (ps.length < 1) continue;
      const t = s.tokens;
      for (let i = 0; i < t.length; i++) {
        if (s.owner[i]) continue;
        const w = t[i].lower;
        // "… meeting with X …, Y said": partners after "with", subjects are the other people of the clause
        if (WITH_CUES.has(w)) {
          let k = i + 1;
          // up to three words between ("held talks by phone with"), none of them another cue or "and" ("the annual
          // summit and held talks with": the talks are the cue)
          while (k < t.length && k <= i + 3 && t[k].lower !== 'with' && t[k].lower !== 'and' && !WITH_CUES.has(t[k].lower)) k++;
          if (t[k]?.lower === 'with') {
            const first = personAfter(s, k + 1);
            if (first) {
              const partners = [...coordinated(s, first), ...furtherPartners(s, first)];
              let subjects = subjectsOf(s, ps, partners, i);
              // "The President of Kazakhstan also met with X", "the Leader of the Nation held meetings with X"
              if (!subjects.length) subjects = titleSubject(doc, s, i);
              // "After arriving, he held talks with X"
              const pronoun = subjects.length ? undefined : pronounSubject(s, i);
              if (pronoun !== undefined) subjects = [pronounReferent(doc, s, pronoun, first)].filter((m): m is Mention => !!m);
              for (const a of subjects) for (const b of partners) emit(doc, s, a, b, i, 'met.with');
              // one meeting with several ("held a separate meeting with Xi and Mongolian President Battulga", "a
              // trilateral meeting with A and B"): the partners met each other too; "talks with A and B" may be two
              if (subjects.length && oneMeeting(s, i)) for (let x = 0; x < partners.length; x++) for (let y = x + 1; y < partners.length; y++) emit(doc, s, partners[x], partners[y], i, 'met.with');
            }
          }
        }
        // "talks between X and Y"
        if (BETWEEN_CUES.has(w) && t[i + 1]?.lower === 'between') {
          const first = personAfter(s, i + 2);
          if (first) {
            const group = coordinated(s, first);
            for (let x = 0; x < group.length; x++) for (let y = x + 1; y < group.length; y++) emit(doc, s, group[x], group[y], i, 'met.between');
          }
        }
        // "X met Y", "Wang assured Y": subject person shortly before the verb, object person right after
        if (DIRECT.has(w)) {
          // "… where he was received by North Korean leader Kim Jong Un": the passive's agent is the one met
          const passive = t[i + 1]?.lower === 'by' && PASSIVE_AUX.has(t[i - 1]?.lower ?? '');
          // "called on X" is a courtesy call
          const on = w === 'called' && t[i + 1]?.lower === 'on';
          const obj = personAfter(s, passive || on ? i + 2 : i + 1, 7);
          if (!obj) continue;
          // subject: a verb joined to an earlier one ("Xi met Putin and received Modi", "He had talks with X on
          // Wednesday, met Y …") has the clause's; else the nearest person before, allowing an apposition ", …," and a
          // few adverbs
          let subj: Mention | undefined = passive ? undefined : joinedVerbSubject(doc, s, i, obj);
          let k = subj ? -1 : passive ? i - 2 : i - 1;
          for (let n = 0; n < 4 && k >= 0; n++) {
            const m = s.owner[k];
            if (m?.kind === 'person') {
              subj = m;
              break;
            }
            if (!m && SKIPPABLE.has(t[k].lower)) k--;
            else if (!m && t[k].text === ',') {
              // "The Chinese foreign minister, Wang Yi, met …": the name is itself the apposition
              const named = s.owner[k - 1];
              if (named?.kind === 'person' && t[named.t0 - 1]?.text === ',' && endsRole(s, named.t0 - 2)) {
                subj = named;
                break;
              }
              // jump back over an apposition to its opening comma
              let q = k - 1;
              while (q >= 0 && q > k - 20 && t[q].text !== ',') q--;
              if (q >= 0 && s.owner[q - 1]?.kind === 'person') {
                subj = s.owner[q - 1];
                break;
              }
              break;
            } else break;
          }
          // "… where he met X": a pronoun subject is the person named last before it (see pronounReferent)
          // ("He also called on President X": adverbs between)
          const pronoun = passive ? (/^(he|she)$/.test(t[i - 2]?.lower ?? '') ? i - 2 : undefined) : pronounSubject(s, i);
          if (!subj && pronoun !== undefined) subj = pronounReferent(doc, s, pronoun, obj);
          // "While meeting his Tajik counterpart X yesterday, Hu said …": a participle clause opening the sentence has
          // the main clause's subject, the first thing after its closing comma (titles allowed)
          if (!subj && /ing$/.test(w) && (i === 0 || (i === 1 && OPENING_SUBORDINATORS.has(t[0].lower)))) {
            const comma = t.findIndex((x, q) => q >= obj.t1 && x.text === ',');
            const at = comma > 0 ? skipTitles(s, comma + 1).end : -1;
            if (at > 0 && s.owner[at]?.kind === 'person' && s.owner[at]!.ref !== obj.ref) subj = s.owner[at];
          }
          if (subj) for (const o of coordinated(s, obj)) emit(doc, s, subj, o, i, 'met.direct');
        }
      }
      // "X and Y met / held talks / discussed"
      for (const p of ps) {
        const group = coordinated(s, p);
        if (group.length < 2) continue;
        let after = group[group.length - 1].t1;
        // a list set off by dashes or brackets: "the presidents of A, B and C - X, Y and Z - met in Khujand"
        if (DASHES.has(t[after]?.text ?? '')) after++;
        const v = t[after]?.lower ?? '';
        const v2 = t[after + 1]?.lower ?? '';
        // "X and Y spoke" may be two speeches: only "spoke by phone / on the phone / with each other" is a talk
        const speech = (v === 'spoke' || v === 'talked') && !conversation(s, after);
        if ((GROUP_VERBS.has(v) && !speech) || (GROUP_AUX.has(v) && GROUP_AFTER_AUX.has(v2))) {
          for (let x = 0; x < group.length; x++) for (let y = x + 1; y < group.length; y++) emit(doc, s, group[x], group[y], after, 'met.group');
        }
      }
    }
    // "There is no such plan" right after a planned meeting takes it back; a meeting told as done stands ("X also met
    // Y." before a subhead "No meeting with Pakistan FM")
    const drop = new Set<number>();
    for (const s of doc.sentences) if (hasCue(s.cues, NO) && /\bno (such )?(plan|plans|meeting)\b/i.test(s.text) && s.index > 0) drop.add(s.index - 1);
    if (drop.size) doc.hits = doc.hits.filter((h) => !(h.relation === 'met' && h.planned && drop.has(h.sentence)));
  },
};
