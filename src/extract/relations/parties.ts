// The party primitive: a person, or a list of people, as news text names them. Every relation rule that reads "who"
// reads it here, so a list is handled the same way by meetings, attendance and visits.
//
// An item is a name with what may stand around it:
//   before: titles, demonyms, honorifics, countries and organisations with their glue ("President of the Republic of
//           Belarus", "Kazakhstan's", "SCO Secretary-General", "Deputy Prime Minister and Foreign Minister", "then-")
//   after:  "of <country or organisation>" ("President N. Nazarbayev of the Republic of Kazakhstan"), a bracket
//           ("(Pakistan)"), an apposition set off by commas that holds only titles and their countries
//           (", Chairman of the Cabinet of Ministers of the Kyrgyz Republic,")
// Items are separated by ",", "and", ", and", ";", "as well as".
import type { Mention, Sentence } from '../document.ts';
import { ITEM_GLUE, TITLE_FILLER, LIST_STARTS, BEFORE_PARTNER } from '../text/function-words.ts';
import { ROLE_HEADS, ROLE_NOUNS } from '../text/words.ts';

/** How many tokens an item's prefix may run. */
const MAX_PREFIX = 24;

const isTitleLike = (m: Mention | undefined) => !!m && (m.kind === 'title' || m.kind === 'demonym' || m.kind === 'honorific');
const isEntity = (m: Mention | undefined) => !!m && (m.kind === 'country' || m.kind === 'organisation' || m.kind === 'place');

export interface Item {
  person: Mention;
  /** first token of the item (its titles) */
  start: number;
  /** token after the item (its "of <country>", bracket or apposition included) */
  end: number;
  /** a title, demonym, honorific or possessive country stood before the name */
  titled: boolean;
}

/**
 * The item that starts at token `k`: titles and their countries, then a person, then what follows the name.
 * `loose` lets lower-case filler words stand in the prefix ("advisor to the Prime Minister on national security S.
 * Aziz"), which only lists introduced by a cue may use.
 */
export function itemAt(s: Sentence, k: number, loose = false): Item | undefined {
  const t = s.tokens;
  let j = k;
  let titled = false;
  // capitalised words that are no mention, inside a title ("Energy and Natural Resources Minister", "Communications
  // Director"): allowed when a title follows them
  let loneCaps = false;
  while (j < t.length && j - k <= MAX_PREFIX) {
    const o = s.owner[j];
    if (o?.kind === 'person') break;
    if (isTitleLike(o)) {
      titled = true;
      j = o!.t1;
    } else if (isEntity(o)) {
      j = o!.t1;
      if (t[j] && (t[j].lower === "'s" || t[j].lower === '’s')) {
        titled = true;
        j++;
      }
    } else if (!o && ITEM_GLUE.has(t[j].lower)) {
      // "and" only between two titles ("Deputy Prime Minister and Foreign Minister X", "Deputy Chairperson and party
      // spokesperson Y")
      // ("Energy and Natural Resources Minister": between the capitalised words of a title)
      const capsAnd = t[j].lower === 'and' && !s.owner[j - 1] && !!t[j - 1]?.cap && !!t[j + 1]?.cap;
      if (t[j].lower === 'and' && !capsAnd && !(isTitleLike(s.owner[j - 1]) && (isTitleLike(s.owner[j + 1]) || (!s.owner[j + 1] && isTitleLike(s.owner[j + 2]))))) return undefined;
      j += t[j].lower === 'and' && !capsAnd && !s.owner[j + 1] && !ITEM_GLUE.has(t[j + 1]?.lower ?? '') ? 2 : 1;
    } else if (!o && t[j].text === '(' && j > k) {
      // an acronym in brackets after an organisation: "National Intelligence Organization (MIT) head X"
      const close = t.findIndex((x, q) => q > j && q - j <= 6 && x.text === ')');
      if (close < 0 || s.owner.slice(j, close).some((m) => m?.kind === 'person')) return undefined;
      j = close + 1;
    } else if (!o && loose && TITLE_FILLER.has(t[j].lower)) j++;
    else if (!o && t[j].cap && t[j].word) {
      loneCaps = true;
      j++;
    }
    // "Emir of Qatar, Sheikh Tamim", "his Chinese counterpart, President Hu Jintao": a comma after the titles, before
    // more titles or the name
    else if (!o && t[j].text === ',' && j > k && (titled || t[j - 1].lower === 'counterpart') && (isTitleLike(s.owner[j + 1]) || s.owner[j + 1]?.kind === 'person')) j++;
    else return undefined;
  }
  const person = s.owner[j];
  // (capitalised words end in a title, or in a role noun: "Chief Executive Officer X", "Foreign Affairs Adviser Y")
  // ("Minister of Information and Communications Technology X": after a title, its portfolio)
  if (person?.kind !== 'person' || (loneCaps && !titled && !isTitleLike(s.owner[j - 1]) && !ROLE_HEADS.has(t[j - 1]?.lower ?? ''))) return undefined;
  return { person, start: k, end: itemEnd(s, person.t1), titled };
}

/** Where an item ends after its name at `k`: past "of <country>", a bracket, or a title apposition closed by a comma. */
function itemEnd(s: Sentence, k: number): number {
  const t = s.tokens;
  // "President X of the Republic of Kazakhstan", "Prime Minister Y of Pakistan"
  if (t[k]?.lower === 'of') {
    let j = k + 1;
    if (t[j]?.lower === 'the') j++;
    const o = s.owner[j];
    if (isEntity(o)) return o!.t1;
  }
  // "X (Pakistan)", "Y (Kyrgyzstan)"
  if (t[k]?.text === '(') {
    const close = t.findIndex((x, q) => q > k && q - k <= 8 && x.text === ')');
    if (close > 0 && !s.owner.slice(k, close).some((o) => o?.kind === 'person')) return close + 1;
  }
  // ", Chairman of the Cabinet of Ministers of the Kyrgyz Republic," before the next item
  if (t[k]?.text === ',') {
    const { end: j, title } = titleRun(s, k + 1, 16);
    // the apposition must be closed by a comma (or end the sentence) and may not be the next item's own titles
    if (title && (t[j]?.text === ',' || t[j]?.text === '.' || j >= t.length) && s.owner[j]?.kind !== 'person' && !itemAt(s, k + 1)) return j;
  }
  return k;
}

/**
 * A run of titles with their countries, organisations and plain words (no "and", no name) from token k, at most `max`
 * tokens: a title apposition (", Chairman of the Cabinet of Ministers of the Kyrgyz Republic,") or a nameless item.
 */
function titleRun(s: Sentence, k: number, max: number): { end: number; title: boolean; entity: boolean } {
  const t = s.tokens;
  let j = k;
  let title = false;
  let entity = false;
  while (j < t.length && j - k <= max) {
    const o = s.owner[j];
    if (isTitleLike(o)) {
      title = true;
      j = o!.t1;
    } else if (isEntity(o)) {
      entity = true;
      j = o!.t1;
    } else if (!o && (ITEM_GLUE.has(t[j].lower) || TITLE_FILLER.has(t[j].lower)) && t[j].lower !== 'and') j++;
    else break;
  }
  return { end: j, title, entity };
}

/**
 * An item without a name, inside a list of names: "President Representative of Belarus" in "…, Prime Minister Y of
 * Pakistan, President Representative of Belarus and …". Titles (one at least) with their country or organisation; the
 * token after it, or -1.
 */
function namelessAt(s: Sentence, k: number): number {
  const { end: j, title, entity } = titleRun(s, k, MAX_PREFIX);
  return title && entity && s.owner[j]?.kind !== 'person' ? j : -1;
}

/** The separator at token k: the token after it, or -1. Sets `joined` when it holds "and" or "as well as". */
function separator(s: Sentence, k: number): { next: number; joined: boolean } | undefined {
  const t = s.tokens;
  let j = k;
  let joined = false;
  if (t[j]?.text === ',' || t[j]?.text === ';') j++;
  if (t[j]?.lower === 'and') {
    joined = true;
    j++;
    if (t[j]?.lower === 'also') j++;
  } else if (t[j]?.lower === 'as' && t[j + 1]?.lower === 'well' && t[j + 2]?.lower === 'as') {
    joined = true;
    j += 3;
  }
  return j > k ? { next: j, joined } : undefined;
}

export interface Party {
  items: Item[];
  people: Mention[];
  /** token after the last item */
  end: number;
  /** the list has "and" / "as well as" (commas alone may be an apposition or a clause break) */
  joined: boolean;
}

/** After ", who/which …," (no person inside, at most 12 words): the closing comma; else `k`. */
function pastRelative(s: Sentence, k: number): number {
  const t = s.tokens;
  if (t[k]?.text !== ',' || !/^(who|which)$/.test(t[k + 1]?.lower ?? '')) return k;
  for (let q = k + 2; q < t.length && q - k <= 14; q++) {
    if (s.owner[q]?.kind === 'person') return k;
    if (t[q].text === ';' || t[q].text === ':') return k;
    if (t[q].text === ',') return q;
  }
  return k;
}

/** The list of people that starts at token `from` (its first item's titles), or undefined when no item starts there. */
export function partyAt(s: Sentence, from: number, loose = false): Party | undefined {
  const first = itemAt(s, from, loose);
  if (!first) return undefined;
  const items = [first];
  let end = first.end;
  let joined = false;
  for (;;) {
    // a relative clause on an item ("…, President of Kazakhstan X, who was sworn in two days earlier, President of …")
    // is passed over to the comma that closes it
    end = pastRelative(s, end);
    const sep = separator(s, end);
    if (!sep) break;
    const next = itemAt(s, sep.next, loose);
    if (!next) {
      // a list of titled names may hold an item without a name (only in a loose list, followed by more or ending it)
      const nameless = loose ? namelessAt(s, sep.next) : -1;
      if (nameless < 0) break;
      end = nameless;
      joined ||= sep.joined;
      continue;
    }
    items.push(next);
    joined ||= sep.joined;
    end = next.end;
  }
  return { items, people: items.map((i) => i.person), end, joined };
}

/**
 * The list of people that ends right before token `end` (only the words of `glue` between): the subjects of a verb
 * that follows them ("A, B and C attended"). The list starts at the earliest item whose list reaches `end`.
 */
export function partyBefore(s: Sentence, end: number, glue: ReadonlySet<string> = NO_WORDS, loose = false): Party | undefined {
  let k = end;
  while (k > 0 && !s.owner[k - 1] && glue.has(s.tokens[k - 1].lower)) k--;
  const persons = s.mentions.filter((m) => m.kind === 'person' && m.t1 <= k && k - m.t1 <= 24);
  if (!persons.length) return undefined;
  let best: Party | undefined;
  // an item may start at the sentence start, right after a separator, or right after a clause opener (",", ":")
  for (let from = Math.max(0, k - 200); from < k; from++) {
    if (from > 0 && !LIST_STARTS.has(s.tokens[from - 1].lower)) continue;
    if (s.owner[from] && s.owner[from]!.t0 !== from) continue;
    const p = partyAt(s, from, loose);
    if (p && p.end === k) {
      best = p;
      break;
    }
  }
  return best;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * People coordinated with the person at `m` ("X and Y", "X, Y and Z"), titles in between allowed. Commas alone do
 * not make a list: in "During a meeting with X, Y said" the second name is the subject, not a partner.
 */
export function coordinated(s: Sentence, m: Mention): Mention[] {
  const party = partyAt(s, m.t0);
  return party && party.joined ? party.people : [m];
}

/** People listed before `m` with it ("A and B held talks with C": A for B). */
export function coordinatedBefore(s: Sentence, m: Mention): Mention[] {
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

/** Does a title or a role noun end at token k ("the Russian ambassador", "the Chinese foreign minister")? */
export const endsRole = (s: Sentence, k: number) => s.owner[k]?.kind === 'title' || (!!s.tokens[k] && ROLE_NOUNS.has(s.tokens[k].lower));

/**
 * The person right after position k, the object of a cue: titles, demonyms and possessive countries skipped ("with
 * Kyrgyz Foreign Minister X"), "the delegation led by X" (its head).
 */
export function personAfter(s: Sentence, k: number, maxSkip = 7): Mention | undefined {
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

/**
 * Partners added after the first ones: "held talks with the Chinese leader, who was on a state visit, as well as with
 * A, B and C", "with X and with the Uzbek Foreign Minister".
 */
export function furtherPartners(s: Sentence, first: Mention): Mention[] {
  const t = s.tokens;
  for (let k = first.t1; k < t.length && k - first.t1 <= 25; k++) {
    if (t[k].text === ';' || (t[k].lower === 'with' && !(t[k - 1]?.lower === 'and' || (t[k - 1]?.lower === 'as' && t[k - 2]?.lower === 'well')))) return [];
    if (t[k].lower !== 'with') continue;
    const next = personAfter(s, k + 1);
    return next ? coordinated(s, next) : [];
  }
  return [];
}
