// The clause-subject primitive: who does what a cue says, across fronted adverbials ("On Friday, X …"), adverbs
// between subject and verb ("X also met"), appositions ("X, the foreign minister, met"), pronouns ("he held talks")
// and descriptions by title ("the President of Kazakhstan met"). Relation patterns name these readers; each reads
// backwards (or past an opening phrase) from a cue at token `cue`.
import type { Doc, Mention, Sentence } from '../document.ts';
import { clauseBreak, pronounReferent, skipTitles } from './helpers.ts';
import { coordinated, coordinatedBefore, endsRole } from './parties.ts';
import { isPossessive } from '../text/words.ts';
import { SKIPPABLE, VERB_ADVERBS, CLAUSE_OPENERS, OPENING_SUBORDINATORS } from '../text/function-words.ts';
import { VERB_PHRASE, EARLIER_VERBS } from '../text/event-words.ts';

const persons = (s: Sentence) => s.mentions.filter((m) => m.kind === 'person');

/** "he held talks with", "she also met with": the pronoun subject a few words before a cue, if any. */
export function pronounSubject(s: Sentence, cue: number): number | undefined {
  for (let k = cue - 1; k >= 0 && cue - k <= 5; k--) {
    const w = s.tokens[k].lower;
    if (w === 'he' || w === 'she') return k;
    if (!SKIPPABLE.has(w) && !VERB_PHRASE.has(w)) return undefined;
  }
  return undefined;
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
 * The subjects of a cue whose objects are `partners` ("… talks with X"): the nearest person before the cue in the same
 * clause (with those listed with them), else the first person after the partners ("During a meeting with X, …, Wang
 * said").
 */
export function subjectsAround(s: Sentence, partners: Mention[], cue: number): Mention[] {
  const others = persons(s).filter((p) => !partners.includes(p));
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
 * The subject of a cue when it is a title rather than a name: "the President of Kazakhstan" (the person the article
 * named with that title and country), "the Leader of the Nation" (the first person it named with that title).
 */
export function titleSubject(doc: Doc, s: Sentence, cue: number): Mention[] {
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

/**
 * The subjects of "… talks with X" (`partners`, the first of them `first`): named around the cue, else a title
 * ("The President of Kazakhstan also met with X"), else a pronoun ("After arriving, he held talks with X").
 */
export function meetingSubjects(doc: Doc, s: Sentence, partners: Mention[], cue: number): Mention[] {
  let subjects = subjectsAround(s, partners, cue);
  if (!subjects.length) subjects = titleSubject(doc, s, cue);
  const pronoun = subjects.length ? undefined : pronounSubject(s, cue);
  if (pronoun !== undefined) subjects = [pronounReferent(doc, s, pronoun, partners[0])].filter((m): m is Mention => !!m);
  return subjects;
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

/**
 * The subject of a transitive verb at `i` whose object is `obj` ("X met Y"): a verb joined to an earlier one has the
 * clause's ("Xi met Putin and received Modi"); else the nearest person before, across an apposition ", …," and a few
 * adverbs; else a pronoun; else, for a participle opening the sentence ("While meeting his counterpart X, Hu said"),
 * the main clause's subject. `passive` ("where he was received by X"): only "he"/"she" before the auxiliary.
 */
export function verbSubject(doc: Doc, s: Sentence, i: number, obj: Mention, passive = false): Mention | undefined {
  const t = s.tokens;
  const w = t[i].lower;
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
  return subj;
}
