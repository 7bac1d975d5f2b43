// The people stage: people, found by method — capitalised runs with a title before, a role after, a verb of saying,
// or a known first name; then every later use of a found name (or a part of it) in the article.
import type { Doc, Mention, Sentence, Stage } from '../document.ts';
import { commit, mention, spanText } from '../document.ts';
import { skipTitles } from '../relations/helpers.ts';
import { ORG_HEADS, APPOSITION_LEADS, isPossessive, MONTHS, ROLE_NOUNS, SAY_VERBS, TRAVEL_VERBS, VISIT_NOUNS, COUNTERPARTS } from '../text/words.ts';
import { WEAK_VERBS } from '../text/function-words.ts';
import { MEETING_WITH } from '../text/event-words.ts';
import { isCommonWord, isDateWord, isFirstName } from '../../knowledge/lexicon.ts';
import { slug } from '../../graph/keys.ts';
import { PARTICLES, FACILITY_NOUNS, PERSON_RELATION_NOUNS, PLACE_NOUNS } from '../text/words.ts';
import { PRONOUNS, POSSESSIVE_DETS } from '../text/function-words.ts';

/** An initial before a surname: one letter, or a transliterated two-letter one ("Ts.", "Sh."). */
const isInitial = (text: string) => text.length === 1 || (text.length === 2 && /^(Ts|Sh|Zh|Kh|Ch|Yu|Ya|Ye|Yo)$/.test(text));

/** Free capitalised runs that could be names: words, hyphen-joined parts, particles between words. */
function nameRuns(s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  const t = s.tokens;
  // (cap: the first character is an upper-case letter, so never a digit)
  const ok = (i: number) => {
    const x = t[i];
    return !s.owner[i] && x.word && x.cap && !(x.text.length > 3 && allCaps(x.text)) && !isDateWord(x.lower) && !PRONOUNS.has(x.lower) && !ROLE_NOUNS.has(x.lower);
  };
  let i = 0;
  while (i < t.length) {
    // "I. Karimov", "A. Atambayev": an initial, not the pronoun or the article
    if (!ok(i) && !(/^[AI]$/.test(t[i].text) && t[i + 1]?.text === '.' && t[i + 1].attached && t[i + 2] && ok(i + 2))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < t.length) {
      if (t[j].text === '.' && t[j].attached && isInitial(t[j - 1].text) && t[j + 1] && ok(j + 1)) j++;
      else if (ok(j)) j++;
      else if (t[j].text === '-' && t[j].attached && t[j + 1] && ok(j + 1) && t[j + 1].attached) j += 2;
      // a Korean given name's lower-case second syllable: "Ban Ki-moon", "Moon Jae-in", "Kim Jong-un"
      else if (t[j].text === '-' && t[j].attached && t[j + 1]?.attached && /^\p{Ll}{1,4}$/u.test(t[j + 1].text) && t[j - 1].text.length <= 4 && j - i >= 2 && !(t[j + 2]?.attached && t[j + 2].text === '-')) j += 2;
      else if (PARTICLES.has(t[j].lower) && t[j + 1] && ok(j + 1)) j += 2;
      else break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** No character changes in upper case ("NATO", "SCO"); ASCII is read without making the upper-case copy. */
function allCaps(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return text === text.toUpperCase();
  }
  return true;
}

function prevMention(s: Sentence, i: number): Mention | undefined {
  return i > 0 ? s.owner[i - 1] : undefined;
}

/** A title (or honorific) right before the name, possibly "Foreign Minister of Kyrgyzstan Jeenbek Kulubaev". */
function titleBefore(s: Sentence, i: number): boolean {
  // "Director of the SCO Regional Anti-Terrorism Structure (RATS) Executive Committee Zhang Sinfen": past a body's part
  // named by capitalised words with a head noun
  const name = i;
  let q = i;
  while (q > i - 3 && q > 0 && !s.owner[q - 1] && s.tokens[q - 1].cap && s.tokens[q - 1].word) q--;
  if (q < i && s.tokens.slice(q, i).some((t) => ORG_HEADS.has(t.lower)) && (s.tokens[q - 1]?.text === ')' || s.owner[q - 1]?.kind === 'organisation')) i = q;
  // "Secretary General of the Shanghai Cooperation Organization (SCO) Zhang Ming": past the acronym in brackets
  if (s.tokens[i - 1]?.text === ')') {
    let open = i - 2;
    while (open > 0 && i - 1 - open <= 6 && s.tokens[open].text !== '(') open--;
    // (a body's name after the acronym is no person: "the Communist Party of China (CPC) Central Committee")
    let k = name;
    while (k < s.tokens.length && k - name < 4 && s.tokens[k].cap && !ORG_HEADS.has(s.tokens[k].lower)) k++;
    const body = k < s.tokens.length && k - name < 4 && ORG_HEADS.has(s.tokens[k].lower);
    if (!body && open > 0 && s.tokens[open].text === '(' && s.owner[open - 1]?.kind === 'organisation') i = open;
  }
  const p = prevMention(s, i);
  if (p && (p.kind === 'title' || p.kind === 'honorific')) return true;
  // "Uzbek leader X", "Russia's envoy X": a role noun after a country, demonym or organisation
  const w = s.tokens[i - 1];
  if (!p && w && ROLE_NOUNS.has(w.lower) && i >= 2) {
    const q = s.owner[i - 2] ?? (/^['’]s$/.test(s.tokens[i - 2]?.lower ?? '') ? s.owner[i - 3] : undefined);
    if (q && (q.kind === 'demonym' || q.kind === 'country' || q.kind === 'organisation')) return true;
  }
  // "his moderate rival Mir Hossein Mousavi", "Sharif's predecessor X": a noun of a person's relation after a possessive
  if (w && PERSON_RELATION_NOUNS.has(w.lower) && i >= 2) {
    const k = !s.tokens[i - 2].cap && s.tokens[i - 2].word && !POSSESSIVE_DETS.has(s.tokens[i - 2].lower) ? i - 3 : i - 2;
    if (POSSESSIVE_DETS.has(s.tokens[k]?.lower ?? '') || isPossessive(s.tokens[k])) return true;
  }
  if (p && (p.kind === 'country' || p.kind === 'organisation' || (p.kind === 'place' && / to$/i.test(s.owner[p.t0 - 1]?.text ?? '')))) {
    const q = s.owner[p.t0 - 1];
    const of = s.tokens[p.t0 - 1]?.lower === 'of' || s.tokens[p.t0 - 1]?.lower === 'the' || s.tokens[p.t0 - 1]?.lower === 'to';
    const q2 = of ? s.owner[s.tokens[p.t0 - 1]?.lower === 'the' ? p.t0 - 3 : p.t0 - 2] : q;
    if (q2 && q2.kind === 'title') return true;
    if (p.kind !== 'place' && officeChain(s, p)) return true;
  }
  return false;
}

/**
 * Does a chain of bodies and countries joined by "of (the)" before the name start with an office: "Secretary of the
 * National Security Council of Mongolia X", "Division Secretary of the Islamic Republic of Pakistan X"? The office may be
 * a title or a role noun the gazetteer does not hold.
 */
function officeChain(s: Sentence, p: Mention): boolean {
  for (let hop = 0; hop < 3; hop++) {
    let k = p.t0 - 1;
    if (s.tokens[k]?.lower === 'the') k--;
    if (s.tokens[k]?.lower !== 'of') return false;
    k--;
    const o = s.owner[k];
    if (o && (o.kind === 'title' || o.kind === 'honorific')) return true;
    if (o && (o.kind === 'organisation' || o.kind === 'country')) {
      p = o;
      continue;
    }
    return !o && !!s.tokens[k]?.cap && ROLE_NOUNS.has(s.tokens[k].lower);
  }
  return false;
}

/** Does a title's "of …" / "… and …" stand right before token i ("Minister of Information and (Communications …)")? */
function portfolioBefore(s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
    const o = s.owner[k];
    if (o?.kind === 'title') return s.tokens[o.t1]?.lower === 'of' || s.tokens[o.t1]?.lower === 'for';
    if (o || !(s.tokens[k].lower === 'of' || s.tokens[k].lower === 'for' || s.tokens[k].lower === 'and' || (s.tokens[k].cap && isCommonWord(s.tokens[k].lower)))) return false;
  }
  return false;
}

/** A role after the name: ", director of …", ", a researcher at …", "the Minister of …", " scholar from …". */
function roleAfter(s: Sentence, j: number, len: number): boolean {
  const t = s.tokens;
  let k = j;
  const comma = t[k]?.text === ',';
  if (comma) k++;
  for (let n = 0; n < 3 && t[k] && APPOSITION_LEADS.has(t[k].lower); n++) k++;
  for (let n = 0; n < 2; n++) {
    const m = s.owner[k];
    if (m && (m.kind === 'demonym' || m.kind === 'country' || m.kind === 'organisation') && (comma || n > 0 || k > j)) {
      k = m.t1;
      if (isPossessive(t[k])) k++;
    }
  }
  const m = s.owner[k];
  // a title straight after one word is that word's modifier ("Kremlin spokesman X"), not an apposition; nor are words
  // straight before a title that a name follows ("Energy and Natural Resources Minister Fatih Donmez")
  if (m && m.kind === 'title') return comma || k > j || (len >= 2 && !(t[m.t1]?.cap && t[m.t1].word));
  return !!t[k] && ROLE_NOUNS.has(t[k].lower) && (comma || k > j || ['scholar', 'director', 'researcher', 'professor', 'analyst', 'expert'].includes(t[k].lower));
}

function attribution(s: Sentence, i: number, j: number, len: number): boolean {
  const t = s.tokens;
  const before = t[i - 1]?.lower;
  if (before && ['said', 'says', 'told', 'added', 'noted', 'wrote', 'asked', 'quoted', 'met', 'meets', 'counterpart', 'counterparts'].includes(before)) return true;
  // verbs whose object is a person: "thanked X", "received X", "congratulated X"
  if (before && len >= 2 && /^(thanked|congratulated|received|welcomed|greeted|hosted|invited|urged|assured|briefed|phoned|telephoned|hugged|visited|accompanied|succeeded|replaced|appointed|named)$/.test(before)) return true;
  // "talks with X", "a meeting with X", "a phone call with X"
  if (before === 'with' && MEETING_WITH.has(t[i - 2]?.lower ?? '')) return true;
  if (before === 'to' && t[i - 2]?.lower === 'according') return true;
  // a full name that makes a visit: "the visit of Ebrahim Raisi to Dushanbe", "Narendra Modi's trip to China"
  if (len >= 2 && before === 'of' && VISIT_NOUNS.has(t[i - 2]?.lower ?? '')) return true;
  if (len >= 2 && isPossessive(t[j]) && VISIT_NOUNS.has(t[j + 1]?.lower ?? '')) return true;
  if ((before === 'is' || before === 'by') && /^(author|writer|written)$/.test(t[i - 2]?.lower ?? '')) return true;
  // a role noun in apposition before a full name, closed after it: "the party's incarcerated founder, Imran Khan, at …"
  // or a title: "The current Chairman of the Cabinet of Ministers, Adylbek Kasymaliev, is …"
  // (or "the Tajik counterpart, Emomali Sobirov, on …")
  if (before === ',' && len >= 2 && (j === t.length || t[j].text === ',' || t[j].text === '.') && (ROLE_NOUNS.has(t[i - 2]?.lower ?? '') || COUNTERPARTS.has(t[i - 2]?.lower ?? '') || titleBefore(s, i - 1))) return true;
  const after = t[j]?.lower;
  // a full name that travels: "since Hina Rabbani Khar travelled to New Delhi in 2011"
  if (after && len >= 2 && TRAVEL_VERBS.has(after)) return true;
  if (!after || !SAY_VERBS.has(after)) return false;
  return !WEAK_VERBS.has(after) || len >= 2;
}

/** A country, demonym or title that may stand before a listed name: "Belarus's", "Belarusian", "President". */
const isPrefix = (m: Mention | undefined) => !!m && (m.kind === 'country' || m.kind === 'demonym' || m.kind === 'title' || m.kind === 'honorific');

/**
 * Is the run [i, j) an item of a list ("A, B and C") in which another item is a person? Items may carry a possessive
 * country, a demonym or a title ("Pakistan's Shehbaz Sharif and Belarus's Alexander Lukashenko").
 */
function listedWithPerson(s: Sentence, i: number, j: number): boolean {
  const t = s.tokens;
  // after: ", X" / "and X" / ", and X" (past this item's "of <country>": "Ashraf Ghani of Afghanistan, …")
  let k = itemTailEnd(s, j);
  if (t[k]?.text === ',' || t[k]?.text === ';') k++;
  if (t[k]?.lower === 'and') k++;
  if (k > j && s.owner[skipTitles(s, k).end]?.kind === 'person') return true;
  // before, past this item's own prefixes
  k = i - 1;
  for (let n = 0; n < 3 && k >= 0; n++) {
    if (isPossessive(t[k]) && isPrefix(s.owner[k - 1])) k = s.owner[k - 1]!.t0 - 1;
    else if (isPrefix(s.owner[k])) k = s.owner[k]!.t0 - 1;
    else break;
  }
  const sep = k;
  if (t[k]?.lower === 'and') k--;
  if (t[k]?.text === ',' || t[k]?.text === ';') k--;
  if (k < sep) k = itemTailStart(s, k);
  // (past the previous item's "of <country>")
  if (k < sep && s.owner[k]?.kind === 'country' && t[s.owner[k]!.t0 - 1]?.lower === 'of') k = s.owner[k]!.t0 - 2;
  return k < sep && s.owner[k]?.kind === 'person';
}

const isYearSpan = (text: string) => /^\d{4}$/.test(text) || text === '-' || text === '–';

/**
 * Past an item's tail after its name at token j: "of <country>", a bracket ("(Republic of Kazakhstan)"), and the years
 * ("in 2007-2009"), as in "A (Country) in 2004-2006; B (Country) in 2007-2009".
 */
function itemTailEnd(s: Sentence, j: number): number {
  const t = s.tokens;
  let k = ofCountryEnd(s, j);
  if (t[k]?.text === '(') {
    let e = k + 1;
    while (e < t.length && e <= k + 8 && t[e].text !== ')') e++;
    if (t[e]?.text === ')') k = e + 1;
  }
  if ((t[k]?.lower === 'in' || t[k]?.lower === 'from') && /^\d{4}$/.test(t[k + 1]?.text ?? '')) {
    k += 2;
    while (k < t.length && isYearSpan(t[k].text)) k++;
  }
  return k;
}

/** The last token of the name before an item's tail that ends at token k (the reverse of `itemTailEnd`), else k. */
function itemTailStart(s: Sentence, k: number): number {
  const t = s.tokens;
  let m = k;
  if (/^\d{4}$/.test(t[m]?.text ?? '')) {
    while (m > 0 && isYearSpan(t[m].text)) m--;
    if (t[m]?.lower !== 'in' && t[m]?.lower !== 'from') return k;
    m--;
  }
  if (t[m]?.text === ')') {
    let b = m - 1;
    while (b > 0 && b >= m - 8 && t[b].text !== '(') b--;
    if (t[b]?.text !== '(') return k;
    m = b - 1;
  }
  return m;
}

/** After "of <country>" at token j ("… of Belarus"), else j. */
function ofCountryEnd(s: Sentence, j: number): number {
  const c = s.tokens[j]?.lower === 'of' ? s.owner[j + 1] : undefined;
  return c?.kind === 'country' ? c.t1 : j;
}

function addPerson(doc: Doc, s: Sentence, i: number, j: number, via: string): void {
  const text = spanText(s, i, j);
  commit(s, mention('person', `person:${slug(text)}`, text, i, j, via, text));
}

/** The names found so far, lower-cased, with their refs. */
function knownNames(doc: Doc): Map<string, string> {
  const known = new Map<string, string>();
  for (const s of doc.sentences) for (const m of s.mentions) if (m.kind === 'person') known.set(m.text.toLowerCase(), m.ref);
  return known;
}

/**
 * Marks the free uses of the `known` names, whole or by one of their words ("Xi", "Wang", "Mr Khan"); and the fuller
 * forms of a name known only as one word: "Kassym-Jomart Tokayev continues …" where the article has "President Tokayev"
 * (two or three capitalised words, none a common word, the last the known name).
 */
function aliases(doc: Doc, known: Map<string, string>): void {
  const parts = new Set<string>();
  for (const name of known.keys()) for (const p of name.split(/[\s-]+/)) if (p.length > 1) parts.add(p);
  for (const s of doc.sentences) {
    for (const [i, j] of nameRuns(s)) {
      const text = spanText(s, i, j).toLowerCase();
      if (known.has(text)) addPerson(doc, s, i, j, 'alias');
      else if (j - i === 1 && parts.has(text)) addPerson(doc, s, i, j, 'alias');
      else if (!s.titleCase && known.has(s.tokens[j - 1].lower)) {
        const words = s.tokens.slice(i, j).filter((t) => t.word);
        if (words.length >= 2 && words.length <= 4 && words.every((t) => !isCommonWord(t.lower) && !ORG_HEADS.has(t.lower))) addPerson(doc, s, i, j, 'alias');
      }
    }
  }
}

/** The plural of a common word ("States" in "the SCO Member States", "Nations"): no one's name, even after a title. */
const pluralNoun = (lower: string) => lower.length > 3 && lower.endsWith('s') && isCommonWord(lower) && isCommonWord(lower.slice(0, -1));

export const people: Stage = {
  name: 'people',
  requires: ['mentions'],
  provides: ['people'],
  run(doc) {
    // pass 1: names with evidence of being a person
    for (const s of doc.sentences) {
      if (s.titleCase) continue;
      for (const [i0, j] of nameRuns(s)) {
        // a body's part before the name is no part of it: "(RATS) Executive Committee Zhang Sinfen"
        let i = i0;
        for (let q = i0; q < j - 2; q++) if (ORG_HEADS.has(s.tokens[q].lower)) i = q + 1;
        if (i > i0 && s.tokens.slice(i, j).some((t) => t.word && isCommonWord(t.lower))) i = i0;
        // nor is a minister's portfolio: "Minister of Information and Communications Technology Mahmoud Vaezi"
        let portfolio = false;
        if (j - i0 > 2 && portfolioBefore(s, i0)) {
          // the name starts at a known first name, else it is the last two words
          let q = i0;
          while (q < j - 2 && !isFirstName(s.tokens[q].lower)) q++;
          // ("Minister of State for Petroleum Jam Kamal": no first name opens two words or more: the last two)
          if (j - q < 2) q = j - 2;
          if (q > i0 && j - q >= 2) {
            i = q;
            portfolio = true;
          }
        }
        const words = s.tokens.slice(i, j).filter((t) => t.word && !PARTICLES.has(t.lower));
        if (words.length > 4) continue;
        const len = words.length;
        const tb = portfolio || titleBefore(s, i);
        // a lone common word ("Because", "Following") is a name only right after a title ("President Sun"); a lone month
        // never is a new name ("In March, President of Tajikistan …"; "May" after "Theresa May" is found in pass 2)
        if (len === 1 && ((isCommonWord(words[0].lower) && !tb) || MONTHS.has(words[0].lower) || pluralNoun(words[0].lower))) continue;
        // "an SCO Member State": a lone common word after a role noun (no title of the gazetteer) is no name
        if (len === 1 && isCommonWord(words[0].lower) && !s.owner[i - 1] && ROLE_NOUNS.has(s.tokens[i - 1]?.lower ?? '')) continue;
        // "meetings with State Heads and …": common words ending in a plural noun name a group, never a person
        if (len >= 2 && pluralNoun(words[len - 1].lower) && words.every((w) => isCommonWord(w.lower))) continue;
        // … or ending in one after a word no first name and no title ("The Dialogue Partners met")
        if (len >= 2 && pluralNoun(words[len - 1].lower) && !isFirstName(words[0].lower) && !tb) continue;
        // "Shandong Province", "Fergana Valley": a name ending in a noun of places is the place's
        if (len >= 2 && PLACE_NOUNS.has(words[len - 1].lower)) continue;
        // "received at Nur Khan airbase": a name before a lower-case noun of places is the place's
        if (FACILITY_NOUNS.has(s.tokens[j]?.lower ?? '') && !s.tokens[j].cap) continue;
        // "at the PM House": a lone head noun of a body after a title is the office's building, no one's name
        if (len === 1 && tb && ORG_HEADS.has(words[0].lower)) continue;
        // "Additionally, the head of …": an adverb opening the sentence, not a name with an apposition
        if (len === 1 && i === 0 && s.tokens[1]?.text === ',' && /ly$/.test(words[0].lower)) continue;
        // one word with only a verb of saying ("Gazprom said") is not enough; later uses of known names come in pass 2
        // "S. Aziz", "Ts.Elbegdorj": an initial before a capitalised word is a person's name on its own
        const initialled = len >= 2 && isInitial(s.tokens[i].text) && s.tokens[i + 1]?.text === '.' && !isCommonWord(words[1].lower);
        // "Uzbekistan's Bakhtiyor Nazarov": two or three uncommon words after a country's possessive
        const possessed = len >= 2 && isPossessive(s.tokens[i - 1]) && s.owner[i - 2]?.kind === 'country' && words.every((w) => !isCommonWord(w.lower) && !ORG_HEADS.has(w.lower));
        const strong = tb || initialled || possessed || roleAfter(s, j, len) || (len >= 2 && attribution(s, i, j, len));
        const firstName = len >= 2 && isFirstName(words[0].lower) && !isCommonWord(words[1].lower);
        if (strong || firstName) addPerson(doc, s, i, j, strong ? 'context' : 'first-name');
      }
    }
    // pass 2: later uses of a found name, whole or in part ("Xi", "Wang", "Mr Khan")
    aliases(doc, knownNames(doc));
    // pass 3: names listed with a person ("leaders including Vladimir Putin, Shehbaz Sharif and Recep Tayyip Erdogan",
    // "A, B and C met", where A and B were named before); then the later uses of those
    const listed = new Map<string, string>();
    for (const s of doc.sentences) {
      if (s.titleCase) continue;
      const runs = nameRuns(s);
      for (let changed = true; changed; ) {
        changed = false;
        for (const [i, j] of runs) {
          if (s.owner[i]) continue;
          const words = s.tokens.slice(i, j).filter((t) => t.word && !PARTICLES.has(t.lower));
          // (a short first word that is also an English word is allowed when the last is none: "… and Wang Yi", not
          // "… and Meeting Modi")
          if (words.length < 2 || words.length > 4) continue;
          const commonFirst = isCommonWord(words[0].lower) && (words[0].lower.length > 4 || isCommonWord(words[words.length - 1].lower));
          if (commonFirst || PLACE_NOUNS.has(words[words.length - 1].lower)) continue;
          if (listedWithPerson(s, i, j)) {
            addPerson(doc, s, i, j, 'list');
            const m = s.owner[i]!;
            listed.set(m.text.toLowerCase(), m.ref);
            changed = true;
          }
        }
      }
    }
    if (listed.size) aliases(doc, listed);
  },
};
