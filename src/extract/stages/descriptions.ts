// The descriptions stage: definite descriptions of people named before — "the Iranian president", "the Belarusian leader",
// "Russia's foreign minister" with no name after — become mentions of the one person the article has given that office
// for that country, so that the relation stages after this one read them as that person ("On the sidelines the
// Belarusian leader met with Xi Jinping"). Nothing is guessed when two people could be meant, or none.
import type { Doc, Mention, Sentence, Stage } from '../document.ts';
import { commit, mention } from '../document.ts';
import { countryRef, hit, pronounReferent } from '../relations/helpers.ts';
import { isPossessive } from '../text/words.ts';
import { LEADER_WORDS } from '../text/words.ts';

/** The offices a country's "leader" holds: heads of state and of government, and the one-party state's leader. */
const leadersOf = new WeakMap<Doc['knowledge'], Set<string>>();
function leaderOffices(doc: Doc): Set<string> {
  let out = leadersOf.get(doc.knowledge);
  if (!out) {
    out = new Set();
    for (const o of doc.knowledge.offices.values()) if (o.rank === 1 && (o.scope === 'government' || o.scope === 'party')) out.add(`title:${o.id}`);
    leadersOf.set(doc.knowledge, out);
  }
  return out;
}

/** What the article says of one person: where they are named, the countries they serve, the offices they hold. */
interface Known {
  ref: string;
  /** sentences (indexes) that name them, and the first position where they are named */
  sentences: Set<number>;
  first: [number, number];
  countries: Set<string>;
  offices: Set<string>;
  /** offices held with no country or organisation named */
  unplaced: Set<string>;
}

function knownPeople(doc: Doc): Map<string, Known> {
  const people = new Map<string, Known>();
  for (const s of doc.sentences) {
    for (const m of s.mentions) {
      if (m.kind !== 'person') continue;
      let k = people.get(m.ref);
      if (!k) people.set(m.ref, (k = { ref: m.ref, sentences: new Set(), first: [s.index, m.t0], countries: new Set(), offices: new Set(), unplaced: new Set() }));
      k.sentences.add(s.index);
    }
  }
  for (const h of doc.hits) if (h.relation === 'affiliated_with' && h.target.startsWith('country:')) people.get(h.source)?.countries.add(h.target);
  for (const r of doc.roles) {
    const k = people.get(r.person);
    for (const o of r.offices ?? []) {
      k?.offices.add(o);
      if (!r.target) k?.unplaced.add(o);
    }
  }
  return people;
}

/**
 * Does a sentence of the article that name `k` also name `country` (country, demonym or a city of it), with no other
 * person of that sentence serving it ("Defense Minister A and his Indian counterpart B" ties A to no country)?
 */
function namedWith(doc: Doc, k: Known, country: string, people?: Map<string, Known>): boolean {
  for (const i of k.sentences) {
    const ms = doc.sentences[i].mentions;
    if (!ms.some((m) => countryRef(doc, m) === country)) continue;
    if (!people || !ms.some((m) => m.kind === 'person' && m.ref !== k.ref && people.get(m.ref)?.countries.has(country))) return true;
  }
  return false;
}

/**
 * The person a description means: among the people named before it, the one the article ties to `country` by one of
 * `offices`; failing that, the one who holds such an office with no country named, serves no other country, and is
 * named in a sentence that names `country` ("President Ebrahim Raisi, speaking from Tehran, said Iran's …").
 */
function meant(doc: Doc, people: Map<string, Known>, country: string, offices: Set<string>, s: Sentence, at: number): { person: string; inferred: boolean } | undefined {
  const before = [...people.values()].filter((k) => k.first[0] < s.index || (k.first[0] === s.index && k.first[1] < at));
  const holds = (k: Known, set: Set<string>) => [...set].some((o) => offices.has(o));
  const placed = before.filter((k) => k.countries.has(country) && holds(k, k.offices));
  if (placed.length) return placed.length === 1 ? { person: placed[0].ref, inferred: false } : undefined;
  const unplaced = before.filter((k) => k.countries.size === 0 && holds(k, k.unplaced) && namedWith(doc, k, country, people) && !subjectOf(doc, s, at, k.ref));
  return unplaced.length === 1 ? { person: unplaced[0].ref, inferred: true } : undefined;
}

/** Is `person` the "he"/"she" before token `at` ("He noted that the Chinese president …" describes someone else)? */
function subjectOf(doc: Doc, s: Sentence, at: number, person: string): boolean {
  for (let i = 0; i < at; i++) if (/^(he|she)$/.test(s.tokens[i].lower) && pronounReferent(doc, s, i)?.ref === person) return true;
  return false;
}

/**
 * Whom "The prime minister" / "The minister" opening a sentence means: the article's first-named person, when they
 * hold an office of that name ("External Affairs Minister" for "the minister") and were named before; or else the
 * one person named before who holds one.
 */
function protagonist(doc: Doc, people: Map<string, Known>, title: Mention, s: Sentence): { person: string; inferred: boolean } | undefined {
  const name = title.ref.slice('title:'.length);
  const fits = (k: Known) => [...k.offices].some((o) => o === title.ref || o.endsWith(`-${name}`));
  // people are in the order the article first names them (knownPeople reads it from the start)
  const before = [...people.values()].filter((k) => k.first[0] < s.index);
  if (!before.length) return undefined;
  if (fits(before[0])) return { person: before[0].ref, inferred: false };
  const holders = before.filter(fits);
  return holders.length === 1 ? { person: holders[0].ref, inferred: false } : undefined;
}

/**
 * "This time, the President of Kazakhstan met …", "the head of Kazakhstan held a meeting" in an article about one
 * leader named without an office: the article's first-named person, when named before, serving no other country, and
 * named in a sentence with that country; only for the offices of a country's leader.
 */
function leadingPerson(doc: Doc, people: Map<string, Known>, country: string, offices: Set<string>, title: Mention | undefined, s: Sentence): { person: string; inferred: boolean } | undefined {
  if (title && title.ref !== 'title:head' && !leaderOffices(doc).has(title.ref)) return undefined;
  const first = [...people.values()][0];
  // the headline describes the article's protagonist, named later ("President of Belarus pays visit to Tajikistan",
  // then "Alexander Lukashenko talked to …"); a later description needs the headline or a sentence naming both
  const headline = isHeadline(doc, s);
  if (!first || (first.first[0] >= s.index && !headline) || first.offices.size || [...first.countries].some((c) => c !== country)) return undefined;
  if (!headline && !namedWith(doc, first, country) && !headlineDescribes(doc, country)) return undefined;
  return offices.size ? { person: first.ref, inferred: !first.countries.has(country) } : undefined;
}

/** Is sentence `s` the article's headline (its first sentence, the title's text)? */
const isHeadline = (doc: Doc, s: Sentence) => s.index === 0 && !!doc.article.title && s.text.trim() === doc.article.title.trim();

/** Does the headline describe a leader of `country` ("President of Belarus pays …", "Kazakh President visits …")? */
function headlineDescribes(doc: Doc, country: string): boolean {
  const h = doc.sentences[0];
  if (!h || !isHeadline(doc, h)) return false;
  return h.mentions.some((m) => describedAt(doc, h, m)?.country === country);
}

/** A description found in a sentence: the country, the title mention or leader word, and the tokens of the office. */
interface Description {
  country: string;
  title?: Mention;
  /** the office's tokens [t0, t1): the title's, or the leader word's */
  t0: number;
  t1: number;
  /** where the description starts (people named before this may be meant) */
  at: number;
}

/** Is the description complete at token k: no name after the office ("the Iranian President Masoud Pezeshkian")? */
const bare = (s: Sentence, k: number) => !s.owner[k] && !(s.tokens[k]?.cap && s.tokens[k].word);

/** Is token `k` right after a short opening phrase closed by a comma that names no one ("Meanwhile,", "After the talks,")? */
function openingPhrase(s: Sentence, k: number): boolean {
  if (s.tokens[k - 1]?.text !== ',' || k - 1 > 6) return false;
  return !s.mentions.some((m) => m.t0 < k - 1 && (m.kind === 'person' || m.kind === 'title'));
}

/** "the Iranian president", "Iran's foreign minister", "the Belarusian leader", "the President of Iran". */
function describedAt(doc: Doc, s: Sentence, d: Mention): Description | undefined {
  const t = s.tokens;
  // (a headline has no article: "President of Belarus pays …")
  if (d.kind === 'title' && (t[d.t0 - 1]?.lower === 'the' || (d.t0 === 0 && isHeadline(doc, s))) && t[d.t1]?.lower === 'of') {
    // "the President of (the Republic of) Iran"
    let k = d.t1 + 1;
    if (t[k]?.lower === 'the') k++;
    const c = s.owner[k];
    const country = c?.kind === 'country' ? c.ref : undefined;
    return country && bare(s, c!.t1) ? { country, title: d, t0: d.t0, t1: d.t1, at: d.t0 - 1 } : undefined;
  }
  // "The prime minister arrived in Astana", "The minister also met …": the office alone, as the sentence's subject
  // ("Meanwhile, the prime minister also met …": after a short opening phrase that names no one)
  if (d.kind === 'title' && t[d.t0 - 1]?.lower === 'the' && (d.t0 === 1 || openingPhrase(s, d.t0 - 1)) && t[d.t1]?.lower !== 'of' && bare(s, d.t1)) return { country: '', title: d, t0: d.t0, t1: d.t1, at: 0 };
  if (d.kind !== 'demonym' && d.kind !== 'country') return undefined;
  let k = d.t1;
  if (d.kind === 'country') {
    if (!isPossessive(t[k])) return undefined;
    k++;
  } else if (t[d.t0 - 1]?.lower !== 'the') return undefined;
  const title = s.owner[k]?.kind === 'title' ? s.owner[k] : undefined;
  const leader = !s.owner[k] && LEADER_WORDS.has(t[k]?.lower ?? '');
  if (!title && !leader) return undefined;
  const end = title ? title.t1 : k + 1;
  const country = countryRef(doc, d);
  return country && bare(s, end) ? { country, title, t0: k, t1: end, at: d.t0 } : undefined;
}

export const descriptions: Stage = {
  name: 'descriptions',
  requires: ['roles', 'affiliated_with'],
  provides: ['descriptions', 'affiliated_with'],
  run(doc) {
    let people: Map<string, Known> | undefined;
    for (const s of doc.sentences) {
      // (by index: a resolved description takes its title's place, or is inserted after the demonym, and is skipped)
      for (let i = 0; i < s.mentions.length; i++) {
        const desc = describedAt(doc, s, s.mentions[i]);
        if (!desc) continue;
        const { country, title } = desc;
        people ??= knownPeople(doc);
        const offices = title && title.ref !== 'title:head' ? new Set([title.ref]) : leaderOffices(doc);
        const who = country ? meant(doc, people, country, offices, s, desc.at) ?? leadingPerson(doc, people, country, offices, title, s) : protagonist(doc, people, title!, s);
        if (!who) continue;
        if (title) unown(s, title);
        const m = mention('person', who.person, title ? title.text : s.tokens[desc.t0].text, desc.t0, desc.t1, 'description', doc.labels.get(who.person));
        if (!commit(s, m)) continue;
        // the sentence now names that person (a later description may rest on it)
        people.get(who.person)?.sentences.add(s.index);
        // "President X … the Iranian president": the office is now known to be Iran's
        if (who.inferred && title) {
          const office = doc.knowledge.offices.get(title.ref.slice('title:'.length));
          hit(doc, 'affiliated_with', who.person, country, s, { role: office?.title ?? title.text });
          people.get(who.person)?.countries.add(country);
        }
      }
    }
  },
};

/** Takes a mention out of its sentence, freeing its tokens. */
function unown(s: Sentence, m: Mention): void {
  for (let i = m.t0; i < m.t1; i++) if (s.owner[i] === m) s.owner[i] = undefined;
  s.mentions.splice(s.mentions.indexOf(m), 1);
}
