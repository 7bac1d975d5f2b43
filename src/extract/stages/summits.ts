// The summits stage: summit mentions ("the Astana summit", "the 24th meeting of the SCO Heads of State Council", "this year's summit")
// and their resolution to one gazetteer summit via ordinal ↔ year ↔ city and the article's reference year.
import type { Doc, Mention, Sentence, Stage, SummitClue } from '../document.ts';
import { mention, spanText, summitClue } from '../document.ts';
import { slug } from '../../graph/keys.ts';
import { isCommonWord } from '../../knowledge/lexicon.ts';
import type { SummitRecord } from '../../knowledge/types.ts';
import { futureYear, pastEventYear } from '../text/dates.ts';
import { isPossessive, MONTHS, ORDINAL_WORDS } from '../text/words.ts';
import { isMonthWord } from '../text/months.ts';
import { GATHERING } from '../text/event-words.ts';
import { CIRCLES } from '../text/words.ts';
import { SUMMIT_HOLD_VERBS, FOUNDING_NOUNS, FOUNDING_ACTS } from '../text/event-words.ts';
import { FIRST_OF_KIND, YEAR_BOUNDS, CITY_GLUE, DATELINE_END, AHEAD, NEXT_WORDS, TAKE_PLACE, WILL_FORMS } from '../text/function-words.ts';

const SCO = 'sco_heads_of_state';

function ordinalOf(lower: string): number | undefined {
  const m = /^(\d{1,2})(st|nd|rd|th)$/.exec(lower);
  if (m) return Number(m[1]);
  const i = ORDINAL_WORDS.indexOf(lower);
  return i >= 0 ? i + 1 : undefined;
}
const yearOf = (t: string) => (t.length === 4 && /^(19[5-9]\d|20\d\d)$/.test(t) ? Number(t) : undefined);

/** The summit series an organisation's summits belong to ("cica", "brics"), from the gazetteer's series names. */
function seriesOfOrg(doc: Doc, ref: string, series: Set<string>): string | undefined {
  const id = ref.slice(ref.indexOf(':') + 1);
  if (id === 'sco') return SCO;
  const org = doc.knowledge.organisations.get(id);
  for (const cand of [id, ...(org?.acronyms ?? []).map((a) => a.toLowerCase())]) if (series.has(cand)) return cand;
  return undefined;
}

/**
 * Does an organisation of the gazetteer that has no summit series there hold summits of its own ("the SAARC summit")?
 * Not the SCO's bodies ("the SCO Heads of State Council summit"), nor an organisation found only by pattern.
 */
function ownSummits(doc: Doc, ref: string): boolean {
  const org = doc.knowledge.organisations.get(ref.slice(ref.indexOf(':') + 1));
  return !!org && !/^sco\b|shanghai cooperation/i.test(`${org.id} ${org.name}`) && !org.acronyms.some((a) => /^SCO\b/.test(a));
}

function orgAt(doc: Doc, s: Sentence, i: number): { ref: string; t1: number } | undefined {
  let best: Mention | undefined;
  for (const c of doc.candidates[s.index]) if (c.t0 === i && c.kind === 'organisation' && (!best || c.t1 > best.t1)) best = c;
  return best && { ref: best.ref, t1: best.t1 };
}

function placeAt(doc: Doc, s: Sentence, i: number): { city: string; t1: number } | undefined {
  for (const c of doc.candidates[s.index]) {
    if (c.t0 === i && c.kind === 'place') {
      const p = doc.knowledge.places.get(c.ref.slice(6));
      if (p) return { city: p.name, t1: c.t1 };
    }
  }
  return undefined;
}

const seriesNames = new WeakMap<object, Map<string, string>>();
/** Series by the words their summits are named with ("china-central asia" → china_central_asia), from the gazetteer's names. */
function seriesByName(doc: Doc): Map<string, string> {
  let m = seriesNames.get(doc.knowledge);
  if (!m) {
    m = new Map();
    for (const r of doc.knowledge.summits) {
      if (r.series === SCO) continue;
      for (const n of r.names ?? []) {
        const pre = /^(?:\d+(?:st|nd|rd|th) |\d{4} )?(.+?) (?:\d{4} )?summit\b/i.exec(n.replace(/[–—]/g, '-'));
        if (pre && !/\d/.test(pre[1])) m.set(pre[1].toLowerCase(), r.series);
      }
    }
    seriesNames.set(doc.knowledge, m);
  }
  return m;
}

/**
 * Finds summit mentions in one sentence and reads their clues. The scan is kept apart from the reading of one mention
 * ({@link summitAt}), which runs only at "summit" and "meeting": the hot loop stays small for the optimizing compiler.
 */
function findInSentence(doc: Doc, s: Sentence, series: Set<string>): Mention[] {
  const toks = s.tokens;
  const out: Mention[] = [];
  for (let k = 0; k < toks.length; k++) {
    const low = toks[k].lower;
    if (low === 'summit' || low === 'meeting') {
      const n = out.length;
      k = summitAt(doc, s, k, series, out);
      if (out.length === n && low === 'meeting') councilOfOrganisation(doc, s, k, series, out);
    } else if (low === 'summits' && k > 2) pluralSummits(doc, s, k, series, out);
    else if (low === 'conference' || low === 'session' || low === 'sitting') councilOfOrganisation(doc, s, k, series, out);
  }
  return out;
}

/**
 * "The fourth conference of the Council of Shanghai Cooperation Organization", "the 4th meeting of the Council of the
 * SCO": a council of the SCO named without saying whose heads meet in it. Resolved by its number: the heads of state's
 * or the heads of government's meeting of that number that falls in the article's year.
 */
function councilOfOrganisation(doc: Doc, s: Sentence, k: number, series: Set<string>, out: Mention[]): void {
  const toks = s.tokens;
  if (toks[k + 1]?.lower !== 'of') return;
  let j = toks[k + 2]?.lower === 'the' ? k + 3 : k + 2;
  if (toks[j]?.lower !== 'council' || toks[j + 1]?.lower !== 'of') return;
  j = toks[j + 2]?.lower === 'the' ? j + 3 : j + 2;
  const o = orgAt(doc, s, j);
  if (!o || seriesOfOrg(doc, o.ref, series) !== SCO) return;
  const clue = summitClue(SCO);
  const left = leftModifiers(doc, s, k, series, clue);
  if (clue.ordinal === undefined) return;
  let t0 = left.t0;
  if (toks[t0 - 1]?.lower === 'the') t0--;
  const t1 = toks[o.t1]?.text === '(' && toks[o.t1 + 2]?.text === ')' ? o.t1 + 3 : o.t1;
  clue.eitherCouncil = true;
  out.push(mention('summit', '', spanText(s, t0, t1), t0, t1, 'pattern', undefined, clue));
}

/**
 * "the CSTO and SCO summits", "the SCO, CICA and BRICS summits": one summit of each organisation, with the place and
 * year after "summits" ("… summits in Dushanbe").
 */
function pluralSummits(doc: Doc, s: Sentence, k: number, series: Set<string>, out: Mention[]): void {
  const toks = s.tokens;
  const orgs: Mention[] = [];
  for (let j = k; j > 0; ) {
    const o = doc.candidates[s.index].find((c) => c.t1 === j && c.kind === 'organisation');
    if (!o) break;
    orgs.unshift(o);
    j = o.t0;
    if (toks[j - 1]?.lower !== 'and' && toks[j - 1]?.text !== ',') break;
    j--;
  }
  if (orgs.length < 2) return;
  const where = summitClue('');
  rightSide(doc, s, k + 1, series, where);
  for (const o of orgs) {
    const ser = seriesOfOrg(doc, o.ref, series) ?? (ownSummits(doc, o.ref) ? `other:${o.text}` : undefined);
    if (!ser) continue;
    const clue = { ...where, series: ser };
    if (clue.year === undefined && clue.city === undefined) clue.generic = true;
    const t1 = o === orgs[orgs.length - 1] ? k + 1 : o.t1;
    out.push(mention('summit', '', `${o.text} summit`, o.t0, t1, 'pattern', undefined, clue));
  }
}

/**
 * Reads the summit mention whose key word ("summit", "meeting") is token `k`, if it is one, into `out`. Returns the
 * token the scan goes on after (`k` itself, or the mention's last token).
 */
function summitAt(doc: Doc, s: Sentence, k: number, series: Set<string>, out: Mention[]): number {
  const toks = s.tokens;
  const low = toks[k].lower;
  const keys = low === 'summit' ? [k, k + 1] : low === 'meeting' ? meetingKey(doc, s, k) : undefined;
  if (!keys) return k;
  const [key0, key1] = keys;
  if (k > 0 && toks[k - 1].lower === 'the' && toks[k + 1]?.lower === 'meeting') return k;
  const clue = summitClue('');
  // left modifiers: the / this year's / 24th / 2024 / SCO / Astana / upcoming
  const left = leftModifiers(doc, s, key0, series, clue);
  const gov = /heads of (?:the )?government|prime ministers/i.test(spanText(s, left.t0, key1)) || (low === 'meeting' && toks[k - 1]?.lower === 'government') || councilOfGovernment(s, key0);
  let t0 = left.t0;
  let orgSeries = left.orgSeries;
  // a summit named by something else than the SCO ("the China-Central Asia summit", "the NATO summit", "the Russia-India summit")
  const named = !orgSeries && t0 === key0 ? namedSeries(doc, s, t0) : undefined;
  if (named) [orgSeries, t0] = named;
  // right side: "of the SCO", "in Astana", "in 2018", "(Astana)"
  const right = rightSide(doc, s, key1, series, clue);
  const t1 = right.t1;
  // (capitals before a meeting the right side names as the SCO's are no series' name: "PRESS RELEASE Meeting of the
  // Council of Heads of State of the SCO")
  if (named && right.orgSeries) t0 = key0;
  if (toks[t0 - 1]?.lower === 'the') t0--;
  orgSeries = right.orgSeries ?? orgSeries;
  if (clue.ordinal === 1 && !numbering(toks, t0, key0, t1)) clue.ordinal = undefined;
  // a year soon after ("scheduled for July 3–4 2024") with no other summit in between
  if (clue.year === undefined) clue.year = yearSoonAfter(toks, key1);
  if (toks[key0].lower === 'summit' && toks[key0 + 1]?.lower === 's') return k;
  clue.series = gov ? 'sco_heads_of_government' : (orgSeries ?? SCO);
  if (clue.city && namesakeOnly(doc, clue)) clue.city = undefined;
  // a relative summit in a sentence that names a host city: "gather in Bishkek for this year's summit"
  if (!clue.city && clue.ordinal === undefined && clue.year === undefined && clue.relative) clue.city = hostCityNamed(doc, s, t0, t1, clue.series);
  const hasClue = clue.ordinal !== undefined || clue.year !== undefined || clue.city !== undefined || clue.relative !== undefined || clue.host !== undefined;
  if (!hasClue) {
    clue.generic = true;
    // "In October 2023, Bishkek also hosted the meeting of the SCO Council of Heads of Government"
    clue.yearInSentence = yearOutside(toks, t0, t1);
    // (any city narrows the year's summits down; without a year, only the city the sentence places its event in:
    // "met for talks in the Russian city of Yekaterinburg, where they attended the SCO summit")
    clue.cityInSentence = clue.yearInSentence !== undefined ? hostCityNamed(doc, s, t0, t1, clue.series) : venueNamed(doc, s, t0, t1, clue.series);
  }
  out.push(mention('summit', '', spanText(s, t0, t1), t0, t1, 'pattern', undefined, clue));
  // "… and that of the CICA" adds a second summit
  if (toks[t1]?.lower === 'and' && toks[t1 + 1]?.lower === 'that' && toks[t1 + 2]?.lower === 'of') thatOf(doc, s, t1, series, out);
  return Math.max(k, t1 - 1);
}

/**
 * "The Shanghai summit" in a report of a year Shanghai hosted no summit in (nor the year before or after): the city
 * that names the organisation stands for it ("Shanghai summit opens in China"), so the mention is the series' summit.
 */
function namesakeOnly(doc: Doc, clue: SummitClue): boolean {
  if (clue.series !== SCO || clue.year !== undefined || clue.ordinal !== undefined || clue.relative || !doc.article.date) return false;
  if (!doc.knowledge.organisations.get('sco')?.name.startsWith(`${clue.city} `)) return false;
  const dated = Number(doc.article.date.slice(0, 4));
  return !doc.knowledge.summits.some((r) => r.series === SCO && r.city === clue.city && Math.abs(r.year - dated) <= 1);
}

// The parts of one summit mention, each a function of its own: small units for the optimizing compiler, which
// recompiles only the part a rare case reaches.

/** The key words of "meeting of the (SCO) (Council of) Heads of State (Council)" or "the SCO heads of state meeting". */
function meetingKey(doc: Doc, s: Sentence, k: number): [number, number] | undefined {
  const toks = s.tokens;
  let key0 = k;
  let key1 = k + 1;
  if (toks[k + 1]?.lower === 'of') {
    // "meeting of the (SCO) (Council of) Heads of State (Council)"
    let j = k + 2;
    if (toks[j]?.lower === 'the') j++;
    const o = orgAt(doc, s, j);
    if (o && /heads/.test(spanText(s, j, o.t1).toLowerCase()) === false && toks[o.t1]?.lower === 'heads') j = o.t1;
    else if (o && !/heads/i.test(spanText(s, j, o.t1))) j = o.t1;
    // "meeting of the SCO Council of Heads of Government": an organisation naming the council
    if (o && /heads of (state|government)/i.test(spanText(s, j, o.t1))) {
      key1 = o.t1;
    } else {
      // "the next meeting of the Council will take place in Russia in 2020": the council named bare, after a summit
      // (the series the article reports on), is the heads of state's
      if (toks[j]?.lower === 'council' && toks[j + 1]?.lower !== 'of' && NEXT_WORDS.has(toks[k - 1]?.lower ?? '')) return [key0, j + 1];
      if (toks[j]?.lower === 'council' && toks[j + 1]?.lower === 'of') j += 2;
      if (toks[j]?.lower === 'heads' && toks[j + 1]?.lower === 'of' && toks[j + 2]?.lower === 'state') {
        key1 = j + 3;
        if (toks[key1]?.lower === 'council') key1++;
      } else if (o && /heads of state/i.test(spanText(s, o.t1 - 4 > j ? o.t1 - 4 : j, o.t1))) {
        key1 = o.t1;
      } else {
        // ("a meeting of SCO heads of government": the heads after the organisation)
        const h = headsOf(doc, s, k + 2) ?? (j > k + 2 ? headsOf(doc, s, j) : undefined);
        if (!h) return undefined;
        key1 = h;
      }
    }
    return [key0, key1];
  }
  if (k === 0) return undefined;
  // "The Council of Heads of Member States held its regular meeting …"
  const its = councilHeldIts(doc, s, k);
  if (its !== undefined) return [its, k + 1];
  // "the SCO Council of Heads of Government meeting", "the SCO heads of state meeting"
  const o = doc.candidates[s.index].find((c) => c.t1 === k && c.kind === 'organisation' && /heads of (state|government)/i.test(c.text));
  const plain = toks[k - 1]?.lower === 'state' || toks[k - 1]?.lower === 'government' ? (toks[k - 2]?.lower === 'of' && toks[k - 3]?.lower === 'heads' ? k - 3 : -1) : -1;
  if (o) key0 = o.t0;
  else if (plain >= 0) key0 = plain;
  else return undefined;
  return [key0, key1];
}

/**
 * The end of the words after "meeting of" that name a council of the SCO's heads, other than as one organisation:
 * "(the) (Council of) (the) Heads of (the) State / States / Member States / SCO (member) states (Council)", "its Heads of
 * the State Council", "the expanded circle of the heads of SCO states", "Prime Ministers of (the SCO) Member States".
 */
function headsOf(doc: Doc, s: Sentence, at: number): number | undefined {
  const toks = s.tokens;
  const w = (i: number) => toks[i]?.lower;
  let j = at;
  if (w(j) === 'the' || w(j) === 'its') j++;
  if (CIRCLES.has(w(j)) && (w(j + 1) === 'circle' || w(j + 1) === 'format') && w(j + 2) === 'of') j += 3;
  else if (w(j) === 'council' && w(j + 1) === 'of') j += 2;
  if (w(j) === 'the') j++;
  // "Prime Ministers of (the SCO) Member States", "prime ministers of the SCO"
  if (w(j) === 'prime' && w(j + 1) === 'ministers' && w(j + 2) === 'of') {
    const after = toks.slice(j + 3, j + 7).map((t) => t.lower);
    const o = orgAt(doc, s, w(j + 3) === 'the' ? j + 4 : j + 3);
    return after.includes('member') || (o && seriesOfOrg(doc, o.ref, new Set()) === SCO) ? j + 2 : undefined;
  }
  if (w(j) !== 'heads' || w(j + 1) !== 'of') return undefined;
  j += 2;
  if (w(j) === 'the') j++;
  const o = orgAt(doc, s, j);
  if (o && seriesOfOrg(doc, o.ref, new Set()) === SCO) j = o.t1;
  if (w(j) === 'member') j++;
  if (!['state', 'states', 'government', 'governments'].includes(w(j))) return undefined;
  return w(j + 1) === 'council' ? j + 2 : j + 1;
}

/** "The Council of Heads of Government held its meeting": the "its" at `key0` is the heads of government's. */
function councilOfGovernment(s: Sentence, key0: number): boolean {
  return s.tokens[key0].lower === 'its' && /\bheads of (?:the )?government\b/i.test(spanText(s, 0, key0));
}

/**
 * "The Council of Heads of Member States held its regular meeting": the first token of "its … meeting" (token `k`) when a
 * council of the heads holds it, else undefined.
 */
function councilHeldIts(doc: Doc, s: Sentence, k: number): number | undefined {
  const toks = s.tokens;
  const its = toks[k - 1]?.lower === 'its' ? k - 1 : toks[k - 2]?.lower === 'its' ? k - 2 : -1;
  if (its < 1 || !SUMMIT_HOLD_VERBS.has(toks[its - 1].lower)) return undefined;
  const before = spanText(s, 0, its - 1);
  return /\bheads of (?:the )?(?:sco )?(?:member )?(?:states?|government)\b/i.test(before) ? its : undefined;
}

/**
 * Does the word "first" in [t0, key0) number the summit (the SCO's first summit, Shanghai 2001)? Not in "the first
 * summit of the SCO that Belarus attends as a member", "the first SCO summit since …", "his first SCO summit", which
 * say first of a kind. A digit ("1st") always numbers.
 */
function numbering(toks: Sentence['tokens'], t0: number, key0: number, t1: number): boolean {
  const at = toks.findIndex((t, k) => k >= t0 && k < key0 && t.lower === 'first');
  if (at < 0) return true;
  const before = toks[at - 1];
  if (before && (isPossessive(before) || /^(his|her|its|their|our|my|your)$/.test(before.lower))) return false;
  return !FIRST_OF_KIND.has(toks[t1]?.lower ?? '');
}

/** Reads the words before the key into `clue`; returns where the mention starts and the series an organisation names. */
function leftModifiers(doc: Doc, s: Sentence, key0: number, series: Set<string>, clue: SummitClue): { t0: number; orgSeries: string | undefined } {
  const toks = s.tokens;
  let orgSeries: string | undefined;
  let t0 = key0;
  for (let j = key0 - 1; j >= 0 && j >= key0 - 6; j--) {
    const t = toks[j];
    const ord = ordinalOf(t.lower);
    const yr = yearOf(t.text);
    if (ord !== undefined) clue.ordinal = ord;
    else if (yr !== undefined) clue.year = yr;
    else if (isPossessive(t) && toks[j - 1]?.lower === 'year' && ['this', 'last', 'next', "year's"].includes(toks[j - 2]?.lower)) {
      clue.relative = toks[j - 2].lower as SummitClue['relative'];
      j -= 2;
    } else if (t.lower === 'next' && t0 === j + 1) {
      // "the next summit", "the next meeting of the Council …": the first one after the article's date
      clue.relative = 'following';
    } else if ((t.lower === 'last' || t.lower === 'previous') && toks[j - 1]?.lower === 'the') {
      // "the last SCO Heads of State Summit": the latest one before the article's date
      clue.relative = 'previous';
    } else if (['upcoming', 'forthcoming', 'coming', 'current', 'ongoing', 'annual', 'plus', '+'].includes(t.lower)) {
      if (t.lower !== 'annual' && t.lower !== '+' && t.lower !== 'plus') clue.relative = 'this';
      if (t.lower === '+' || t.lower === 'plus') break;
    } else {
      const o = doc.candidates[s.index].find((c) => c.t1 === j + 1 && c.kind === 'organisation');
      const p = doc.candidates[s.index].find((c) => c.t1 === j + 1 && c.kind === 'place');
      if (o) {
        // an organisation with no series in the gazetteer holds summits of its own ("the SAARC summit in 2016")
        orgSeries = seriesOfOrg(doc, o.ref, series) ?? (ownSummits(doc, o.ref) ? `other:${o.text}` : orgSeries);
        j = o.t0;
      } else if (p) {
        clue.city = doc.knowledge.places.get(p.ref.slice(6))?.name;
        j = p.t0;
      } else if ((t.lower === 'state' || t.lower === 'government') && toks[j - 1]?.lower === 'of' && toks[j - 2]?.lower === 'heads') {
        // "the SCO Heads of State Summit"
        j -= 2;
      } else if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') {
        t0 = j;
        break;
      } else break;
      t0 = j;
      continue;
    }
    t0 = j;
  }
  return { t0, orgSeries };
}

/** A summit named by the capitalised words before it ("the China-Central Asia summit"): its series and first token. */
function namedSeries(doc: Doc, s: Sentence, t0: number): [string, number] | undefined {
  const toks = s.tokens;
  let q = t0 - 1;
  const nameEnd = t0;
  while (q >= 0 && (toks[q].cap || (toks[q].text === '-' && toks[q].attached) || toks[q].text === '–')) q--;
  // a sentence-initial common word is not a name ("Following summit talks …")
  if (q === -1 && isCommonWord(toks[0].lower) && !doc.candidates[s.index].some((c) => c.t0 === 0)) q = 0;
  const named = spanText(s, q + 1, nameEnd);
  if (named && !/^(SCO|Shanghai)$/i.test(named) && q + 1 < nameEnd && toks[nameEnd - 1].word) {
    const key = named.toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ');
    return [seriesByName(doc).get(key) ?? `other:${named}`, q + 1];
  }
  return undefined;
}

/** Reads the words after the key ("of the SCO", "in Astana", "in 2018") into `clue`; returns where the mention ends. */
function rightSide(doc: Doc, s: Sentence, key1: number, series: Set<string>, clue: SummitClue): { t1: number; orgSeries: string | undefined } {
  const toks = s.tokens;
  let orgSeries: string | undefined;
  let t1 = key1;
  let j = key1;
  if (toks[j]?.lower === 'of') {
    const at = toks[j + 1]?.lower === 'the' ? j + 2 : j + 1;
    const o = orgAt(doc, s, at);
    if (o) {
      orgSeries = seriesOfOrg(doc, o.ref, series);
      t1 = j = o.t1;
      // "(CICA)" right after the long form
      if (toks[j]?.text === '(' && toks[j + 2]?.text === ')') t1 = j = j + 3;
    } else if (toks[at]?.lower === 'heads' && toks[at + 1]?.lower === 'of' && toks[at + 2]?.lower === 'state') {
      // "the jubilee summit of the heads of state in Bishkek in 2026": the place and year come after
      t1 = j = at + 3;
    }
  }
  for (let n = 0; n < 3 && j < toks.length; n++) {
    const w = toks[j].lower;
    if (w === 'held' || w === 'hosted' || w === 'taking' || w === 'scheduled') {
      j++;
      continue;
    }
    // "will take place in Russia in 2020", "took place in Bishkek" (the words do not count as a clue)
    const takePlace = TAKE_PLACE.has(w) ? (toks[j + 1]?.lower === 'place' ? 2 : WILL_FORMS.includes(w as never) && TAKE_PLACE.has(toks[j + 1]?.lower ?? '') && toks[j + 2]?.lower === 'place' ? 3 : 0) : 0;
    if (takePlace) {
      j += takePlace;
      n--;
      continue;
    }
    // "on 4 July 2024 in Astana": the date, and its year
    if (w === 'on') {
      let m = j + 1;
      while (m < toks.length && (DAY.test(toks[m].lower) || isMonthWord(toks[m].lower) || toks[m].text === ',' || yearOf(toks[m].text) !== undefined)) {
        clue.year ??= yearOf(toks[m].text);
        m++;
      }
      if (m > j + 1) {
        j = m;
        continue;
      }
    }
    // "hosted by China": the host country
    if (w === 'by' && toks[j - 1]?.lower === 'hosted') {
      const c = doc.candidates[s.index].find((x) => x.t0 === j + 1 && x.kind === 'country');
      if (c && !clue.host) {
        clue.host = c.ref.slice('country:'.length);
        j = c.t1;
        continue;
      }
    }
    if (w === 'in' || w === 'of' || w === 'at') {
      const yr = yearOf(toks[j + 1]?.text ?? '');
      const p = placeAt(doc, s, j + 1);
      if (yr !== undefined && clue.year === undefined) {
        clue.year = yr;
        j += 2;
        continue;
      }
      if (p && !clue.city) {
        clue.city = p.city;
        j = p.t1;
        continue;
      }
      // "the summit in Kazakhstan" (a country, not a city)
      const c = doc.candidates[s.index].find((x) => x.t0 === j + 1 && x.kind === 'country');
      if (c && !clue.city && !clue.host) {
        clue.host = c.ref.slice('country:'.length);
        j = c.t1;
        continue;
      }
    }
    break;
  }
  return { t1, orgSeries };
}

const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;

/** A year within a few words after the key, before any other summit and not a bound ("until", "by" …). */
function yearSoonAfter(toks: Sentence['tokens'], key1: number): number | undefined {
  for (let m = key1; m < Math.min(toks.length, key1 + 8); m++) {
    if (toks[m].lower === 'summit') break;
    const yr = yearOf(toks[m].text);
    if (yr !== undefined && !YEAR_BOUNDS.has(toks[m - 1]?.lower ?? '')) return yr;
  }
  return undefined;
}

const lowered = new WeakMap<object, string[]>();
/** The lower-cased words of a sentence's tokens, computed once. */
function lowerWords(toks: Sentence['tokens']): string[] {
  let w = lowered.get(toks);
  if (!w) lowered.set(toks, (w = toks.map((t) => t.lower)));
  return w;
}

/** The one year the sentence names outside the mention [t0, t1), not as a bound; undefined when none or several. */
function yearOutside(toks: Sentence['tokens'], t0: number, t1: number): number | undefined {
  let found: number | undefined;
  const [c0, c1] = clauseAround(toks, t0, t1);
  for (let m = c0; m < c1; m++) {
    if (m === t0) m = t1;
    if (m >= c1) break;
    const yr = yearOf(toks[m].text);
    // (the year of a founding is no summit's: "coincides with the anniversary of its founding on June 15, 2001")
    if (yr === undefined || pastEventYear(lowerWords(toks), m)) continue;
    if (YEAR_BOUNDS.has(toks[m - 1]?.lower ?? '') || (found !== undefined && found !== yr)) return undefined;
    found = yr;
  }
  return found;
}

/** The one summit of the series whose year and city the mention's clause both name, if any. */
function placedInClause(clue: SummitClue, summits: SummitRecord[]): SummitRecord | undefined {
  if (clue.yearInSentence === undefined || !clue.cityInSentence) return undefined;
  const there = summits.filter((r) => r.series === clue.series && r.year === clue.yearInSentence && r.city === clue.cityInSentence);
  return there.length === 1 ? there[0] : undefined;
}

/** The clause around tokens [t0, t1): a semicolon ends one ("first held in Dushanbe in 2014 …; the next in 2019"). */
function clauseAround(toks: Sentence['tokens'], t0: number, t1: number): [number, number] {
  let c0 = t0;
  while (c0 > 0 && toks[c0 - 1].text !== ';') c0--;
  let c1 = t1;
  while (c1 < toks.length && toks[c1].text !== ';') c1++;
  return [c0, c1];
}

/** The one city, named in the sentence outside the mention, that hosted a summit of the series. */
function hostCityNamed(doc: Doc, s: Sentence, t0: number, t1: number, ofSeries: string): string | undefined {
  let found: string | undefined;
  const [c0, c1] = clauseAround(s.tokens, t0, t1);
  for (const c of doc.candidates[s.index]) {
    if (c.kind !== 'place' || (c.t1 > t0 && c.t0 < t1) || c.t0 < c0 || c.t1 > c1) continue;
    const name = doc.knowledge.places.get(c.ref.slice(6))?.name;
    if (!name || !doc.knowledge.summits.some((r) => r.series === ofSeries && r.city === name)) continue;
    if (found !== undefined && found !== name) return undefined;
    found = name;
  }
  return found;
}

/** Is the place at token `t0` the one an event is "in" (across "the Russian city of")? */
function placedIn(toks: Sentence['tokens'], t0: number): boolean {
  for (let j = t0 - 1; j >= 0 && j >= t0 - 6; j--) {
    if (toks[j].lower === 'in') return true;
    if (!CITY_GLUE.has(toks[j].lower) && !toks[j].cap) return false;
  }
  return false;
}

/** The one city of the series' summits the sentence, outside the mention [t0, t1), places an event in ("in Beijing"). */
function venueNamed(doc: Doc, s: Sentence, t0: number, t1: number, ofSeries: string): string | undefined {
  let found: string | undefined;
  for (const c of doc.candidates[s.index]) {
    if (c.kind !== 'place' || (c.t1 > t0 && c.t0 < t1) || !placedIn(s.tokens, c.t0)) continue;
    const name = doc.knowledge.places.get(c.ref.slice(6))?.name;
    if (!name || !doc.knowledge.summits.some((r) => r.series === ofSeries && r.city === name)) continue;
    if (found !== undefined && found !== name) return undefined;
    found = name;
  }
  return found;
}

/**
 * The city the article's lead (its first three sentences) gathers leaders in: "The leaders of six countries are meeting
 * in Beijing to discuss …". Where "the summit" is, when neither a dateline nor the mention's sentence says.
 */
function leadVenue(doc: Doc): string | undefined {
  for (const s of doc.sentences.slice(0, 3)) {
    for (const c of doc.candidates[s.index]) {
      if (c.kind !== 'place' || !placedIn(s.tokens, c.t0)) continue;
      const inAt = s.tokens.slice(0, c.t0).map((t) => t.lower).lastIndexOf('in');
      if (!s.tokens.slice(Math.max(0, inAt - 3), inAt).some((t) => GATHERING.has(t.lower))) continue;
      const name = doc.knowledge.places.get(c.ref.slice(6))?.name;
      if (name) return name;
    }
  }
  return undefined;
}

/** "… and that of the CICA": the second summit, from token `t1` ("and"). */
function thatOf(doc: Doc, s: Sentence, t1: number, series: Set<string>, out: Mention[]): void {
  const toks = s.tokens;
  const at = toks[t1 + 3]?.lower === 'the' ? t1 + 4 : t1 + 3;
  const o = orgAt(doc, s, at);
  const ser = o && seriesOfOrg(doc, o.ref, series);
  if (o && ser) {
    let end = o.t1;
    if (toks[end]?.text === '(' && toks[end + 2]?.text === ')') end += 3;
    out.push(mention('summit', '', spanText(s, t1 + 1, end), t1 + 1, end, 'pattern', undefined, summitClue(ser, true)));
  }
}

/** Year the article speaks from: its date, else the first summit named by ordinal, else the latest year named that dates no other event. */
function referenceYear(doc: Doc, found: Mention[], withSummit: Set<number>): number | undefined {
  if (doc.article.date) return Number(doc.article.date.slice(0, 4));
  for (const m of found) if (m.summit!.series === SCO && m.summit!.ordinal !== undefined) return 2000 + m.summit!.ordinal;
  // the latest year named, other than the year of "the next summit" ("will host the next SCO summit in 2018") when
  // another is named
  const next = new Set(found.filter((m) => m.summit!.relative === 'following' && m.summit!.year !== undefined).map((m) => m.summit!.year));
  let max: number | undefined;
  let maxNext: number | undefined;
  for (const s of doc.sentences) {
    s.tokens.forEach((t, i) => {
      const y = yearOf(t.text);
      if (y === undefined || ['until', 'by', 'to', 'through', 'till', 'before', 'since', 'from'].includes(s.tokens[i - 1]?.lower ?? '')) return;
      if (next.has(y)) maxNext = Math.max(maxNext ?? y, y);
      // an incidental year, of a founding or of a planned event, never dates the article: "the group, formed in
      // 2001, …", "Mongolia hopes to host a ministerial meeting in 2012" (a planned summit's year does: "the summit in
      // Astana, which Kazakhstan will host on July 3-4, 2024")
      else if (!pastEventYear(lowerWords(s.tokens), i) && (withSummit.has(s.index) || !futureYear(lowerWords(s.tokens), i))) max = Math.max(max ?? y, y);
    });
  }
  return max ?? maxNext ?? foundingYear(doc);
}

/**
 * An article with no date and no year that reports the SCO's founding as it happens ("the heads of six states signed a
 * declaration on the establishment of the Shanghai Cooperation Organisation") speaks from the year of its first summit.
 */
function foundingYear(doc: Doc): number | undefined {
  for (const s of doc.sentences) {
    const toks = s.tokens;
    if (!toks.some((t) => FOUNDING_ACTS.has(t.lower))) continue;
    for (let i = 0; i + 2 < toks.length; i++) {
      if (!FOUNDING_NOUNS.has(toks[i].lower) || toks[i + 1].lower !== 'of') continue;
      const o = orgAt(doc, s, toks[i + 2].lower === 'the' ? i + 3 : i + 2);
      if (o && seriesOfOrg(doc, o.ref, new Set()) === SCO) return doc.knowledge.summits.find((r) => r.series === SCO && r.ordinal === 1)?.year;
    }
  }
  return undefined;
}

/**
 * The city of the article's dateline, when it opens one of the first sentences in capitals ("UFA, July 10. /TASS/.",
 * "ASTANA. KAZINFORM -"): where the article was written from, which for "the summit" with no other clue is where the
 * summit was.
 */
function datelineCity(doc: Doc): string | undefined {
  for (const s of doc.sentences.slice(0, 4)) {
    const p = placeAt(doc, s, 0);
    if (p && datelineAfter(doc, s, p.t1)) return p.city;
  }
  return undefined;
}

/**
 * Does a dateline follow the place that opens sentence `s` (ending at token `t1`)? A place in capitals before a comma, a
 * colon, a dash or a parenthesis ("UFA, July 10", "ASTANA —"); one in title case before a colon, a dash or a parenthesis
 * ("Ufa:", "Tashkent -", "Beijing (Xinhua)"), or before a comma and a date or a country and an agency ("Vienna, 12 May
 * 2004 (RFE/RL)", "Yekaterinburg, Russia (AFP)"). Not "Moscow, Beijing and Delhi agreed …".
 */
function datelineAfter(doc: Doc, s: Sentence, t1: number): boolean {
  const toks = s.tokens;
  const place = spanText(s, 0, t1);
  const next = toks[t1]?.text ?? '';
  if (place.length >= 3 && place === place.toUpperCase() && DATELINE_END.has(next)) return true;
  if (!toks[0].cap || !DATELINE_END.has(next) || (next === '-' && toks[t1].attached)) return false;
  if (next !== ',') return true;
  const after = toks[t1 + 1];
  if (after && (/^\d/.test(after.text) || isMonthWord(after.lower))) return true;
  const country = doc.candidates[s.index].find((c) => c.t0 === t1 + 1 && c.kind === 'country');
  return !!country && toks[country.t1]?.text === '(';
}

/**
 * The summit of a city where a sentence or the lead places leaders: the city's summit of the reference year, or without
 * one its only summit. (Leaders meeting in Moscow in 2018 are at no summit of Moscow's.)
 */
function venueSummit(pool: SummitRecord[], city: string | undefined, refYear: number | undefined): SummitRecord | undefined {
  if (!city) return undefined;
  const there = pool.filter((r) => r.city === city && (refYear === undefined || r.year === refYear));
  return there.length === 1 ? there[0] : undefined;
}

/** Where the article's "the summit" may be: the dateline's city, the city its lead gathers leaders in. */
interface ArticlePlaces {
  dateline?: string;
  lead?: string;
}

function resolve(clue: SummitClue, summits: SummitRecord[], refYear: number | undefined, current: Map<string, SummitRecord>, articleDate: string | undefined, places: ArticlePlaces): SummitRecord | undefined {
  // a council of the SCO named without its heads: the meeting of that number in the article's year, of either council
  if (clue.eitherCouncil && clue.ordinal !== undefined) {
    const numbered = summits.filter((r) => (r.series === SCO || r.series === 'sco_heads_of_government') && r.ordinal === clue.ordinal);
    return numbered.find((r) => r.year === refYear) ?? numbered.find((r) => r.series === SCO);
  }
  const pool = summits.filter((r) => r.series === clue.series);
  // an ordinal decides in a series the gazetteer numbers; in one it does not ("the 23rd meeting of the SCO Council of
  // Heads of Government"), the other clues and the article's year do
  if (clue.ordinal !== undefined && pool.some((r) => r.ordinal !== undefined)) {
    const numbered = pool.find((r) => r.ordinal === clue.ordinal);
    // "the fourth SCO summit hosted by China", when the SCO's fourth was elsewhere: the fourth of the host's summits
    if (clue.host && numbered?.host !== clue.host) return pool.filter((r) => r.host === clue.host).sort((a, b) => a.year - b.year)[clue.ordinal - 1];
    return numbered;
  }
  // "the next summit", unless a year says which ("the next SCO summit … in 2018")
  if (clue.relative === 'following' && clue.year === undefined) return following(clue, pool, refYear, articleDate);
  if (clue.relative === 'previous' && clue.year === undefined) return previous(pool, refYear, articleDate);
  // no clue in the mention: the one summit of the sentence's year (and city, when it names one)
  if (clue.yearInSentence !== undefined) {
    const inYear = pool.filter((r) => r.year === clue.yearInSentence);
    const inCity = clue.cityInSentence ? inYear.filter((r) => r.city === clue.cityInSentence) : inYear;
    if (inCity.length === 1) return inCity[0];
  }
  let year = clue.year;
  if (year === undefined && clue.relative && refYear !== undefined) year = refYear + (clue.relative === 'last' ? -1 : clue.relative === 'next' ? 1 : 0);
  const cityNorm = clue.city?.toLowerCase();
  let cands = pool.filter((r) => (year === undefined || r.year === year) && (!cityNorm || r.city?.toLowerCase() === cityNorm) && (!clue.host || r.host === clue.host));
  if (year === undefined && !cityNorm && !clue.host) {
    const cur = current.get(clue.series);
    if (cur) return cur;
    // "the summit of the SCO and that of the CICA": another series' summit in the SCO summit's year
    const sco = current.get(SCO);
    if (sco && clue.series !== SCO) return pool.find((r) => r.year === sco.year);
    // the summit of the city the sentence places its event in ("met in Yekaterinburg, where they attended the summit")
    const inSentence = venueSummit(pool, clue.cityInSentence, refYear);
    if (inSentence) return inSentence;
    // the summit of the dateline's city ("UFA, July 10. /TASS/. … after the summit"), the one nearest the year when
    // the city hosted several
    const there = places.dateline ? pool.filter((r) => r.city === places.dateline) : [];
    if (there.length === 1 || (there.length && refYear !== undefined)) cands = there;
    else if (venueSummit(pool, places.lead, refYear)) return venueSummit(pool, places.lead, refYear);
    else if (refYear === undefined) return undefined;
    else cands = pool.filter((r) => r.year === refYear);
  }
  // "this year's summit in Bishkek" when the reference year is a guess: the city's summit nearest to it
  if (!cands.length && cityNorm && year !== undefined && clue.year === undefined) cands = pool.filter((r) => r.city?.toLowerCase() === cityNorm);
  if (cands.length <= 1) return cands[0];
  // no reference year: a city or country that hosted several summits needs a year, and without one says none of them
  if (refYear === undefined) return undefined;
  return [...cands].sort((a, b) => Math.abs(a.year - refYear) - Math.abs(b.year - refYear) || b.year - a.year)[0];
}

/**
 * "The next summit": the first of the series after the article's date (a record without dates counts from the end of
 * its year), in the city the sentence names if it names one; without a date, the one of the reference year.
 */
function following(clue: SummitClue, pool: SummitRecord[], refYear: number | undefined, articleDate: string | undefined): SummitRecord | undefined {
  const city = clue.city?.toLowerCase();
  const inCity = city ? pool.filter((r) => r.city?.toLowerCase() === city) : pool;
  if (!articleDate) return refYear === undefined ? undefined : inCity.find((r) => r.year === refYear);
  const when = (r: SummitRecord) => r.start ?? `${r.year}-12-31`;
  const after = inCity.filter((r) => when(r) > articleDate).sort((a, b) => (when(a) < when(b) ? -1 : 1));
  return after[0];
}

/**
 * "The last summit": the latest of the series that ended before the article's date (a record without dates counts
 * from the start of its year); without a date, the one of the year before the reference year.
 */
function previous(pool: SummitRecord[], refYear: number | undefined, articleDate: string | undefined): SummitRecord | undefined {
  if (!articleDate) return refYear === undefined ? undefined : pool.find((r) => r.year === refYear - 1);
  const ended = (r: SummitRecord) => r.end ?? `${r.year}-01-01`;
  return pool.filter((r) => ended(r) < articleDate).sort((a, b) => (ended(a) < ended(b) ? 1 : -1))[0];
}

/** Is token `t` inside a quotation of its sentence: after an opening quote mark not yet closed? */
function inQuote(s: Sentence, t: number): boolean {
  let open = false;
  for (let j = 0; j < t; j++) {
    const q = s.tokens[j].text;
    if (q === '“' || q === '«') open = true;
    else if (q === '”' || q === '»') open = false;
    else if (q === '"') open = !open;
  }
  return open;
}

export const summits: Stage = {
  name: 'summits',
  requires: ['sentences', 'gazetteer', 'org-patterns'],
  provides: ['summits', 'ref-year'],
  run(doc) {
    const all = doc.knowledge.summits;
    const series = new Set(all.map((r) => r.series));
    const found: Mention[] = [];
    const sentenceOf = new Map<Mention, number>();
    for (const s of doc.sentences) {
      const ms = findInSentence(doc, s, series);
      for (const m of ms) {
        doc.candidates[s.index].push(m);
        sentenceOf.set(m, s.index);
      }
      found.push(...ms);
    }
    // a summit named inside a quotation is told in passing ("'At the end of the 16th Summit, held in Tashkent, the
    // leaders agreed …,' the ministry said"): it neither dates the article nor is its current summit
    const quoted = new Set(found.filter((m) => inQuote(doc.sentences[sentenceOf.get(m)!], m.t0)));
    doc.refYear = referenceYear(doc, found.filter((m) => !quoted.has(m)), new Set(sentenceOf.values()));
    const places: ArticlePlaces = found.length ? { dateline: datelineCity(doc), lead: leadVenue(doc) } : {};
    // resolve explicit clues first, so that "the summit" can point at the article's current summit
    const current = new Map<string, SummitRecord>();
    const order = [...found].sort((a, b) => Number(!!a.summit!.generic) - Number(!!b.summit!.generic));
    const position = new Map(found.map((m, i) => [m, i]));
    const dated = doc.article.date ? Number(doc.article.date.slice(0, 4)) : undefined;
    // the last resolved summit of each series before a position (not one named in a quotation), swept forward as the
    // generic mentions (resolved in the order of the text, after all the others) come up: a linear pass instead of a
    // search back from each one
    const lastOf = new Map<string, Mention>();
    const lastNotFollowing = new Map<string, Mention>();
    let swept = 0;
    const sweepTo = (end: number) => {
      for (; swept < end; swept++) {
        const p = found[swept];
        if (!p.summit!.id || quoted.has(p)) continue;
        lastOf.set(p.summit!.series, p);
        if (p.summit!.relative !== 'following') lastNotFollowing.set(p.summit!.series, p);
      }
    };
    for (const m of order) {
      // "the summit" refers back to the summit of that series named last before it, in this sentence or the one
      // before; further back, to the article's current summit when a past one was named in between (a background
      // paragraph: "The procedure was launched at the Samarkand summit in 2022. … On the sidelines of the summit …")
      let rec: SummitRecord | undefined;
      // … unless its own clause names the year and the city of one summit ("first held in Dushanbe in 2014 on the
      // sidelines of the SCO summit") and no other summit of the sentence takes them ("at the end of the summit and will
      // host the next meeting … in Bishkek in 2019")
      const claimed = found.some((f) => f !== m && !f.summit!.generic && sentenceOf.get(f) === sentenceOf.get(m));
      const placed = m.summit!.generic && !claimed ? placedInClause(m.summit!, all) : undefined;
      if (placed) rec = placed;
      else if (m.summit!.generic) {
        // (the next summit only from a sentence that looks ahead too: "On the sidelines of the summit" after "will host
        // the next meeting in Bishkek" is at this one)
        const ahead = doc.sentences[sentenceOf.get(m)!].tokens.some((t) => AHEAD.has(t.lower));
        sweepTo(position.get(m)!);
        const prev = (ahead ? lastOf : lastNotFollowing).get(m.summit!.series);
        rec = prev ? all.find((r) => r.id === prev.summit!.id) : undefined;
        // "Pakistan hosted the two-day summit" right after the 23rd meeting of the Council of Heads of Government was
        // named: a bare "summit" goes on about the SCO meeting of another council named in this sentence or the one before
        if (!prev && m.summit!.series === SCO) {
          // (found is in text order: the search back stops at the sentence before)
          let other: Mention | undefined;
          for (let k = position.get(m)! - 1; k >= 0 && !other && sentenceOf.get(m)! - sentenceOf.get(found[k])! <= 1; k--) if (found[k].summit!.id) other = found[k];
          const otherRec = other ? all.find((r) => r.id === other.summit!.id) : undefined;
          if (otherRec?.series.startsWith('sco_')) rec = otherRec;
        }
        const cur = current.get(m.summit!.series);
        // … and, as the subject opening a sentence, to the current summit when the one just before was named inside
        // the previous sentence, not as its subject ("… the acronym coined at the SCO Summit held in Qingdao in 2018.
        // The Summit was attended by …")
        const aside = prev && m.t0 === 0 && prev.t0 > 2 && sentenceOf.get(prev) === sentenceOf.get(m)! - 1;
        // … and to the current summit when the one before is numbered as a summit of another year than the article's
        // ("The 16th Summit, held in Tashkent, agreed on it." in a report of 2018)
        const background = prev && dated !== undefined && prev.summit!.ordinal !== undefined && rec?.year !== dated;
        if (prev && cur && rec !== cur && (aside || background || (sentenceOf.get(prev)! < sentenceOf.get(m)! - 1 && rec?.year !== doc.refYear))) rec = cur;
      }
      rec ??= resolve(m.summit!, all, doc.refYear, current, doc.article.date, places);
      if (!rec) continue;
      m.summit!.id = rec.id;
      m.ref = `summit:${rec.id}`;
      // the article's current summit: "this year's", a numbered one (of the article's year when it is dated: the 16th
      // summit named in a 2018 report is background), or one of the reference year; never one named in a quotation
      const numbered = m.summit!.ordinal !== undefined && (dated === undefined || rec.year === dated);
      const isCurrent = !quoted.has(m) && (m.summit!.relative === 'this' || numbered || (rec.year === doc.refYear && m.summit!.relative !== 'following' && m.summit!.relative !== 'previous'));
      if (isCurrent && !current.has(rec.series)) current.set(rec.series, rec);
    }
    // an unresolved summit of a named non-SCO series keeps a generic node; other unresolved mentions are dropped
    for (const s of doc.sentences) {
      doc.candidates[s.index] = doc.candidates[s.index].filter((m) => {
        if (m.kind !== 'summit' || m.ref) return true;
        const ser = m.summit!.series;
        if (ser.startsWith('other:')) {
          const name = ser.slice(6);
          const y = m.summit!.year;
          m.ref = `summit:${slug(name)}-summit${y ? `-${y}` : ''}`;
          m.label = `${name} summit${y ? ` ${y}` : ''}`;
          return true;
        }
        if (ser !== SCO) {
          m.ref = `summit:${ser}-summit`;
          m.label = `${ser.toUpperCase().replace(/_/g, ' ')} summit`;
          return true;
        }
        return false;
      });
    }
  },
};
