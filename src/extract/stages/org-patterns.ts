// The org-patterns stage: organisations and initiatives by pattern — capitalised runs with a head noun ("… Institute of …", "… Center for …").
import type { Mention, Sentence, Stage } from '../document.ts';
import { mention, spanText } from '../document.ts';
import { COMPLEMENT_OPENERS, INITIATIVE_HEADS, MONTHS, NAME_CONNECTORS, OFFICE_HOLDERS, ORG_HEADS } from '../text/words.ts';
import { isMonthWord } from '../text/months.ts';
import { slug } from '../../graph/keys.ts';
import type { Token } from '../text/tokenize.ts';
import { isCommonWord, isDateWord, isFirstName } from '../../knowledge/lexicon.ts';
import { VENUE_HEADS, NAMED_BY, NOT_BODY_STARTS, THEMED_HEADS, QUOTED_INITIATIVE_NOUNS, OUTLET_DOMAINS } from '../text/words.ts';
import { FUNCTION_WORDS } from '../text/function-words.ts';
import { FOUNDING_FORMS, PROPOSE_VERBS } from '../text/event-words.ts';

/** End of the longest title starting at each token, from the gazetteer stage's candidates (titles end organisation runs). */
function titleEnds(candidates: Mention[]): Map<number, number> {
  const ends = new Map<number, number>();
  for (const c of candidates) if ((c.kind === 'title' || c.kind === 'honorific') && c.t1 > (ends.get(c.t0) ?? -1)) ends.set(c.t0, c.t1);
  return ends;
}

const capWord = (t: Token) => t.word && ((t.cap && !isDateWord(t.lower) && !MONTHS.has(t.lower)) || (isDigit(t.lower.charCodeAt(0)) && /^\d+(st|nd|rd|th)$/.test(t.lower)));
const isDigit = (c: number) => c >= 48 && c <= 57;
/** "St." / "Mt." keep their period inside a name ("St. Petersburg"). */
const abbrevDot = (toks: Token[], j: number) => toks[j].text === '.' && toks[j].attached && /^(st|mt|ft)$/i.test(toks[j - 1]?.text ?? '') && !!toks[j + 1] && capWord(toks[j + 1]);

/** Maximal runs of capitalised words joined by connectors, commas and hyphens; titles end a run. */
function runs(s: Sentence, titles: Map<number, number>): [number, number][] {
  const out: [number, number][] = [];
  const toks = s.tokens;
  let i = 0;
  while (i < toks.length) {
    const te = capWord(toks[i]) ? (titles.get(i) ?? -1) : -1;
    // a title that names an organisation ("Foreign Ministry Spokesperson") does not hide it
    if (te > 0 && !namesOrg(toks, i, te)) {
      i = te;
      continue;
    }
    // a capitalised determiner opens the sentence, not the name ("The Shanghai Cooperation Organization was …")
    // and so does a preposition that opens it ("In the Tianjin Declaration adopted …"), or a participle before one
    // ("Published in The Express Tribune")
    if (i === 0 && /^[A-Z][a-z]+ed$/.test(toks[0].text) && FUNCTION_WORDS.has(toks[1]?.lower ?? '')) {
      i = 2;
      continue;
    }
    if (!capWord(toks[i]) || ((toks[i].lower === 'the' || toks[i].lower === 'a' || toks[i].lower === 'an') && capWord(toks[i + 1] ?? toks[i]) && i + 1 < toks.length) || (i === 0 && FUNCTION_WORDS.has(toks[i].lower) && toks.length > 1)) {
      i++;
      continue;
    }
    let j = i + 1;
    let lastCap = i;
    while (j < toks.length) {
      const t = toks[j];
      if (capWord(t)) {
        if (titles.has(j) && (!ORG_HEADS.has(t.lower) || isAbbreviation(t))) break;
        lastCap = j;
        j++;
      } else if (t.lower === 'the' && capWord(toks[j - 1])) {
        // a bare "the" right after a capitalised word ends the name: "declared Almaty the SCO Tourism … Capital"
        break;
      } else if ((t.text === '-' && t.attached) || NAME_CONNECTORS.has(t.lower) || t.text === ',' || abbrevDot(toks, j)) {
        j++;
      } else break;
    }
    // a name right after a title, joined by "and" to an organisation, is a person's: "Presidential Spokesperson İbrahim
    // Kalın and Justice and Development Party deputy chair …" (the run starts after the "and")
    const and = [...titles.values()].includes(i) ? toks.findIndex((t, k) => k > i && k < lastCap && t.lower === 'and') : -1;
    if (and > i + 1 && toks.slice(i, and).every((t) => t.cap && t.word && !isCommonWord(t.lower))) {
      out.push([and + 1, lastCap + 1]);
      i = lastCap + 1;
      continue;
    }
    out.push([i, lastCap + 1]);
    i = lastCap + 1;
  }
  return out;
}

/** A title whose head-noun part comes before any "of" names an organisation ("Foreign Ministry Spokesperson"). */
function namesOrg(toks: Token[], i: number, end: number): boolean {
  for (let k = i; k < end && toks[k].lower !== 'of'; k++) if (ORG_HEADS.has(toks[k].lower) && !isAbbreviation(toks[k])) return true;
  return false;
}

/**
 * A title written as a short all-capitals abbreviation ("FM", "PM", "EAM") is the office, even where the same letters
 * head an organisation's name elsewhere ("Capital FM"): "Pakistan FM Bilawal Bhutto Zardari" is a minister.
 */
const isAbbreviation = (t: Token) => t.text.length <= 4 && /^[A-Z]+$/.test(t.text);

/** Does an organisation with its own head noun start at k ("of the Chinese Academy of …")? */
function headFollows(toks: Token[], k: number, r1: number): boolean {
  for (let m = k; m < r1 && (toks[m].cap || NAME_CONNECTORS.has(toks[m].lower)); m++) if (toks[m].cap && ORG_HEADS.has(toks[m].lower)) return true;
  return false;
}

/** Are tokens [from, to) capitalised words none of which is a common English word (a person's name)? */
function onlyNames(toks: Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) if (!toks[k].cap || isCommonWord(toks[k].lower)) return false;
  return true;
}

/**
 * Are tokens [from, to) two or three capitalised words that name nothing by themselves ("Standing Committee", "General
 * Office"): no place, country or demonym among them (`places`), no first name, no acronym?
 */
function generic(toks: Token[], from: number, to: number, places: Set<number>): boolean {
  if (to - from < 2 || to - from > 3) return false;
  for (let k = from; k < to; k++) if (!toks[k].cap || !toks[k].word || places.has(k) || isFirstName(toks[k].lower) || isAbbreviation(toks[k])) return false;
  return true;
}

/** Is there an "and" between k and the run's end before the next comma-free stretch ends? */
function hasAndBefore(toks: Token[], k: number, r1: number): boolean {
  for (let m = k; m < r1; m++) {
    if (toks[m].lower === 'and') return true;
    if (!toks[m].cap && toks[m].text !== ',') return false;
  }
  return false;
}

/** Turns one run into organisation/initiative spans: modifiers + head, and an optional of/for/on complement. */
function spansInRun(s: Sentence, r0: number, r1: number, titles: Map<number, number>, places: Set<number>, placeEnds: Set<number>, bodies: Set<number>, bodyEnds: Set<number>): { t0: number; t1: number; kind: 'organisation' | 'initiative' }[] {
  const toks = s.tokens;
  const out: { t0: number; t1: number; kind: 'organisation' | 'initiative' }[] = [];
  let start = r0;
  // a run never starts with a comma-separated list item before a head: cut the run at commas outside complements
  let i = r0;
  while (i < r1) {
    const t = toks[i];
    // a head word that opens an office's title is the office's ("Presidential Press Secretary X")
    const te = titles.get(i);
    const isHead = t.cap && (ORG_HEADS.has(t.lower) || INITIATIVE_HEADS.has(t.lower) || themed(toks, i)) && !(te !== undefined && te > i + 1 && !ORG_HEADS.has(toks[te - 1].lower));
    if (t.text === ',') start = i + 1;
    // nor with a name standing before an "of"/"for"/"on" ahead of the first head ("Dana Allin of the International
    // Institute …"); common words there belong to the name ("Year of Sustainable Development")
    if (!out.length && COMPLEMENT_OPENERS.has(t.lower) && onlyNames(toks, start, i)) start = i + 1;
    // nor with an office holder's title before "of" ("Secretary of the National Security Council": the council is the body)
    if (!out.length && t.lower === 'of' && i > start && toks[i - 1].cap && OFFICE_HOLDERS.has(toks[i - 1].lower)) start = i + 1;
    // nor with the previous item of a list of people ("… of Belarus Alexander Volfovich and Secretary of …")
    if (!out.length && (t.lower === 'and' || t.text === ',') && nameEndsAt(toks, start, i, placeEnds)) start = i + 1;
    // nor with a country that is a list item of its own ("the United Arab Emirates and the Republic of the Union of …")
    if (!out.length && (t.lower === 'and' || t.text === ',') && placeEnds.has(i) && places.has(toks[start].lower === 'the' ? start + 1 : start)) start = i + 1;
    // … nor with a known organisation that is one ("the leaders of BRICS, the SCO and the Eurasian Economic Union")
    if ((t.lower === 'and' || t.text === ',') && bodyEnds.has(i) && bodies.has(toks[start].lower === 'the' ? start + 1 : start)) start = i + 1;
    if (!isHead) {
      i++;
      continue;
    }
    // extend over following heads and capitalised modifiers ("Organisation Secretariat", "International Airport"),
    // not into a person's name ("President of the Russian Federation Vladimir Putin")
    let end = i + 1;
    while (end < r1 && toks[end].cap && toks[end].word && !(titles.has(end) && !ORG_HEADS.has(toks[end].lower)) && !OFFICE_HOLDERS.has(toks[end].lower) && !(isFirstName(toks[end].lower) && !ORG_HEADS.has(toks[end].lower))) end++;
    // … nor into a name after the head ("the RATS Executive Committee Zhang Sinfen")
    end = beforeName(toks, i, end, placeEnds);
    // the last head noun decides: "National Strategy Institute" is an organisation, "Global Security Initiative" an initiative
    let lastHead = i;
    for (let q = i; q < end; q++) if (ORG_HEADS.has(toks[q].lower) || INITIATIVE_HEADS.has(toks[q].lower)) lastHead = q;
    const kind: 'organisation' | 'initiative' = INITIATIVE_HEADS.has(toks[lastHead].lower) || themed(toks, lastHead) ? 'initiative' : 'organisation';
    // a venue is no body: "Zhengzhou International Convention and Exhibition Centre", "the Media Centre"
    const centre = (q: number) => /^(centre|center|hall|complex)$/.test(toks[q]?.lower ?? '') && VENUE_HEADS.has(toks[q - 1]?.lower ?? '');
    let venueEnd = centre(lastHead) ? end : -1;
    if (VENUE_HEADS.has(toks[lastHead].lower) && toks[end]?.lower === 'and' && VENUE_HEADS.has(toks[end + 1]?.lower ?? '') && centre(end + 2)) venueEnd = end + 3;
    if (venueEnd > 0) {
      start = venueEnd;
      i = venueEnd;
      continue;
    }
    // complement: of/for/on + capitalised words, commas and connectors, up to the run's end or an "of the <head>" split
    const split = toks[end]?.lower === 'of' && toks[end + 1]?.lower === 'the' && headFollows(toks, end + 2, r1);
    if (end < r1 && COMPLEMENT_OPENERS.has(toks[end].lower) && !split) {
      let k = end + 1;
      let lastCap = -1;
      while (k < r1) {
        const tk = toks[k];
        // a comma inside a complement only when a list closes with "and": "of Russian, Eastern European and Central Asian Studies"
        if (tk.text === ',' && !(toks[k + 1]?.cap && hasAndBefore(toks, k + 1, r1))) break;
        // "in" + a city or country says where the body met or sits, not its name: "Council of Foreign Ministers in
        // Tianjin", "Institute for Strategic Studies in London" (but "… Measures in Asia" goes on)
        if (tk.lower === 'in' && (places.has(k + 1) || (toks[k + 1]?.lower === 'the' && places.has(k + 2)))) break;
        // … nor "in" an organisation: "the Year of Ecology in the SCO"
        if (tk.lower === 'in' && (bodies.has(k + 1) || (toks[k + 1]?.lower === 'the' && bodies.has(k + 2)))) break;
        // "the Government of Tajikistan and China's … Bank": a country ends the name before "and" another country
        if (tk.lower === 'and' && placeEnds.has(k) && places.has(k + 1)) break;
        // "the Working Group on Startups and the Experts Working Group on …": "and the" another body with its head
        if (tk.lower === 'and' && toks[k + 1]?.lower === 'the' && lastCap > 0 && headFollows(toks, k + 2, r1)) break;
        if (tk.lower === 'of' && toks[k + 1]?.lower === 'the' && lastCap > 0) {
          // does a new organisation start after "of the"? then split here
          let m = k + 2;
          let hasHead = false;
          while (m < r1 && (toks[m].cap || NAME_CONNECTORS.has(toks[m].lower))) {
            if (toks[m].cap && ORG_HEADS.has(toks[m].lower)) hasHead = true;
            m++;
          }
          if (hasHead) break;
        }
        if (tk.cap && tk.word) lastCap = k;
        k++;
      }
      if (lastCap > end) end = beforeName(toks, end, lastCap + 1, placeEnds);
    }
    // leading lower-case connectors are never part of a name
    let t0 = start;
    while (t0 < i && !toks[t0].cap) t0++;
    // a body named only by common words is a part of the organisation it is "of" or follows: "the General Office of the
    // CPC Central Committee", "the Communist Party of China (CPC) Central Committee" give no "General Office" or
    // "Central Committee" of their own, which would merge the offices and committees of every body in the corpus
    const part = (split || toks[t0 - 1]?.text === ')') && generic(toks, t0, end, places);
    if ((end - t0 >= 2 || toks[t0].cap) && !part && !notABody(s, t0, end, titles)) out.push({ t0, t1: end, kind: kind === 'organisation' && proposedFounding(toks, t0) ? 'initiative' : kind });
    start = end;
    i = end;
  }
  return out;
}

/**
 * Where a name standing after an organisation's head noun starts ("Executive Committee Zhang Sinfen", "… Anti-Terrorism
 * Structure Yevgeny Sysoyev"): two or more capitalised words, none a common English word, right after a head noun.
 * Else `end`.
 */
function beforeName(toks: Token[], from: number, end: number, placeEnds: Set<number>): number {
  let k = end;
  while (k > from && !placeEnds.has(k) && toks[k - 1].cap && toks[k - 1].word && !isCommonWord(toks[k - 1].lower) && !ORG_HEADS.has(toks[k - 1].lower) && !INITIATIVE_HEADS.has(toks[k - 1].lower)) k--;
  return end - k >= 2 && k > from && (ORG_HEADS.has(toks[k - 1].lower) || INITIATIVE_HEADS.has(toks[k - 1].lower) || placeEnds.has(k)) ? k : end;
}

/**
 * Does a person's name end right before k ("… of Belarus Alexander Volfovich" before "and")? Two or three capitalised
 * words, none a common word or a head noun, after a country or place ("of Belarus") or starting with a first name.
 */
function nameEndsAt(toks: Token[], from: number, k: number, placeEnds: Set<number>): boolean {
  let m = k;
  while (m > from && k - m < 3 && !placeEnds.has(m) && toks[m - 1].cap && toks[m - 1].word && !isCommonWord(toks[m - 1].lower) && !ORG_HEADS.has(toks[m - 1].lower)) m--;
  return k - m >= 2 && (placeEnds.has(m) || isFirstName(toks[m].lower));
}

/**
 * Is the span no body of its own: a meeting or a group of states ("Meeting of the Council of Heads of Member States",
 * "Member States of …"); a ministry's field inside a minister's title ("Minister of Information and Communications
 * Technology", "Energy and Natural Resources Minister"); a quoted slogan ("“Strengthening Multilateral Dialogue –
 * Striving for Sustainable Peace and Development”")?
 */
function notABody(s: Sentence, t0: number, t1: number, titles: Map<number, number>): boolean {
  const toks = s.tokens;
  if (NOT_BODY_STARTS.has(toks[t0].lower)) return true;
  // two common words ending in a plural after a lower-case word name a group, no body: "privileged Global Partners"
  if (t1 - t0 === 2 && toks[t0 - 1]?.word && !toks[t0 - 1].cap && isCommonWord(toks[t0].lower) && isCommonWord(toks[t0 + 1].lower) && /[^s]s$/.test(toks[t0 + 1].lower) && isCommonWord(toks[t0 + 1].lower.slice(0, -1))) return true;
  // the title of a speech or a theme: "a keynote speech entitled Strengthening Mutual Trust and Promoting Peace …"
  let b = t0 - 1;
  while (b >= 0 && (toks[b].cap || NAME_CONNECTORS.has(toks[b].lower) || (toks[b].text === '-' && toks[b].attached) || (toks[b].attached && toks[b - 1]?.text === '-'))) b--;
  if (b >= 0 && NAMED_BY.has(toks[b].lower)) return true;
  if ((titles.has(t1) && toks[titles.get(t1)! - 1]?.lower === 'minister') || (toks[t0 - 1]?.lower === 'of' && toks[t0 - 2]?.lower === 'minister')) return true;
  // "Minister of State for Petroleum …": the field after a title and "for"
  if (toks[t0 - 1]?.lower === 'for' && [...titles].some(([a, b]) => b === t0 - 1 && a < b)) return true;
  const before = s.text.slice(0, toks[t0].start - s.start);
  const open = (before.match(/[“"]/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return open % 2 === 1 && toks.slice(t0, t1).some((t) => t.cap && /ing$/.test(t.lower) && isCommonWord(t.lower));
}

const ACRONYM = /^[A-Z]{2,8}$/;

/**
 * A name defined by the acronym after it, whatever its words: "Pakistan Tehreek-i-Insaf (PTI)", "Bharatiya Janata
 * Party (BJP)". Walking back from "(", the capitalised words' initials (each part of a hyphenated word counts) must
 * spell the acronym exactly; lower-case connectors ("of", "i", "e") may stand between them. Its last word is no common
 * English word (organisations with a head noun, "… Party (BJP)", are found as such).
 */
function acronymDefined(toks: Token[], open: number): [number, number] | undefined {
  const acr = toks[open + 1]?.text;
  if (toks[open].text !== '(' || toks[open + 2]?.text !== ')' || !acr || !ACRONYM.test(acr)) return undefined;
  let n = acr.length;
  let caps = 0;
  for (let k = open - 1; k >= 0 && n >= 0; k--) {
    const t = toks[k];
    if (t.text === '-' && t.attached) continue;
    if (!t.word) return undefined;
    if (!t.cap) {
      if (!NAME_CONNECTORS.has(t.lower) && t.lower.length > 2) return undefined;
      continue;
    }
    if (t.text[0] !== acr[n - 1]) return undefined;
    // the last word is a name, not an English word: "Line of Actual Control (LAC)" is no organisation
    if (n === acr.length && isCommonWord(t.lower)) return undefined;
    n--;
    caps++;
    if (n === 0) return caps >= 2 && t.lower !== 'the' ? [k, open] : undefined;
  }
  return undefined;
}

export const orgPatterns: Stage = {
  name: 'org-patterns',
  requires: ['sentences', 'gazetteer'],
  provides: ['org-patterns'],
  run(doc) {
    for (const s of doc.sentences) {
      if (s.titleCase) continue;
      const out: Mention[] = doc.candidates[s.index];
      const titles = titleEnds(out);
      const places = new Set<number>();
      const placeEnds = new Set<number>();
      for (const c of out) if (c.kind === 'place' || c.kind === 'country' || c.kind === 'demonym') places.add(c.t0);
      for (const c of out) if (c.kind === 'place' || c.kind === 'country') placeEnds.add(c.t1);
      const bodies = new Set<number>();
      const bodyEnds = new Set<number>();
      for (const c of out) if (c.kind === 'organisation') bodies.add(c.t0);
      for (const c of out) if (c.kind === 'organisation') bodyEnds.add(c.t1);
      for (let k = 1; k < s.tokens.length - 2; k++) {
        if (s.tokens[k].text !== '(') continue;
        const sp = acronymDefined(s.tokens, k);
        // an office is not an organisation: "Kazakh Foreign Minister (KFM)"
        if (!sp || out.some((c) => (c.kind === 'title' || c.kind === 'honorific') && c.t1 === sp[1])) continue;
        const text = spanText(s, sp[0], sp[1]);
        out.push(mention('organisation', `organisation:${slug(text)}`, text, sp[0], sp[1], 'pattern', text));
      }
      const credit = s.index < 4 ? wireCredit(s, out) : undefined;
      if (credit) {
        const text = spanText(s, credit[0], credit[1]);
        out.push(mention('organisation', `organisation:${slug(text)}`, text, credit[0], credit[1], 'pattern', text));
      }
      for (const [g0, g1] of glossedBodies(s.tokens, out)) {
        const text = spanText(s, g0, g1);
        out.push(mention('organisation', `organisation:${slug(text)}`, text, g0, g1, 'pattern', text));
      }
      for (const [d0, d1] of outletDomains(s.tokens)) {
        const text = spanText(s, d0, d1);
        out.push(mention('organisation', `organisation:${slug(text)}`, text, d0, d1, 'pattern', text));
      }
      for (const [q0, q1] of quotedInitiatives(s.tokens)) {
        const text = spanText(s, q0, q1);
        out.push(mention('initiative', `initiative:${slug(text)}`, text, q0, q1, 'pattern', text));
      }
      for (const [r0, r1] of runs(s, titles)) {
        for (const sp of spansInRun(s, r0, r1, titles, places, placeEnds, bodies, bodyEnds)) {
          if (sp.t1 - sp.t0 < 2) continue; // a bare head word ("Council") is not a name
          const text = spanText(s, sp.t0, sp.t1);
          out.push(mention(sp.kind, `${sp.kind}:${slug(text)}`, text, sp.t0, sp.t1, 'pattern', text));
        }
      }
    }
  },
};

/**
 * The agency credited in a dateline: "Astana, Jul 4 (PTI) …", "Ulaanbaatar, September 16, 2022 /MONTSAME/.",
 * "BISHKEK (AKIpress) -", "Vienna, 12 May 2004 (RFE/RL)". The sentence opens with a place, then at most a country and a
 * date, then one to three words with a capital in brackets or slashes (no place, no month).
 */
function wireCredit(s: Sentence, cands: Mention[]): [number, number] | undefined {
  const toks = s.tokens;
  const place = cands.find((c) => c.t0 === 0 && (c.kind === 'place' || c.kind === 'country'));
  if (!place) return undefined;
  let k = place.t1;
  const isDateTok = (t: Token) => t.text === ',' || t.text === '.' || /^\d{1,4}(st|nd|rd|th)?$/.test(t.lower) || isMonthWord(t.lower);
  while (k < toks.length && k < place.t1 + 8 && (isDateTok(toks[k]) || cands.some((c) => c.t0 === k && c.kind === 'country'))) {
    const country = cands.find((c) => c.t0 === k && c.kind === 'country');
    k = country ? country.t1 : k + 1;
  }
  const open = toks[k]?.text;
  if (open !== '(' && open !== '/') return undefined;
  const close = open === '(' ? ')' : '/';
  let e = k + 1;
  while (e < toks.length && e <= k + 5 && toks[e].text !== close) e++;
  if (toks[e]?.text !== close || e === k + 1) return undefined;
  const inner = toks.slice(k + 1, e);
  const words = inner.filter((t) => t.word);
  if (!words.length || words.length > 3 || !/[A-Z]/.test(words[0].text[0]) || inner.some((t) => !t.word && t.text !== '/' && t.text !== '-' && t.text !== '.')) return undefined;
  if (words.some((t) => MONTHS.has(t.lower) || /^\d/.test(t.text))) return undefined;
  if (cands.some((c) => c.t0 > k && c.t0 < e && (c.kind === 'place' || c.kind === 'country' || c.kind === 'demonym'))) return undefined;
  return [k + 1, e];
}


/** A themed head with "of"/"on" and a capitalised theme after it heads an initiative: "the SCO Year of Ecology". */
const themed = (toks: Token[], i: number) => toks[i].cap && THEMED_HEADS.has(toks[i].lower) && (toks[i + 1]?.lower === 'of' || toks[i + 1]?.lower === 'on') && !!toks[i + 2]?.cap;

const OPEN_QUOTES = new Set(['"', '“']);
const CLOSE_QUOTES = new Set(['"', '”']);

/**
 * Quoted names beside a noun of initiatives: the “One Billion Trees” national campaign, the initiative "On World
 * Unity …", the "Green Belt" project. The quotation is one to ten words, its first capitalised, and the noun stands
 * right before the opening quote or at most one word after the closing one.
 */
function quotedInitiatives(toks: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < toks.length; k++) {
    if (!OPEN_QUOTES.has(toks[k].text)) continue;
    let e = k + 1;
    while (e < toks.length && e <= k + 11 && !CLOSE_QUOTES.has(toks[e].text)) e++;
    if (e >= toks.length || !CLOSE_QUOTES.has(toks[e].text) || e - k < 2 || e - k > 11 || !toks[k + 1].cap) {
      k = e;
      continue;
    }
    const before = QUOTED_INITIATIVE_NOUNS.has(toks[k - 1]?.lower ?? '');
    const after = QUOTED_INITIATIVE_NOUNS.has(toks[e + 1]?.lower ?? '') || (!!toks[e + 1]?.word && !toks[e + 1].cap && QUOTED_INITIATIVE_NOUNS.has(toks[e + 2]?.lower ?? ''));
    if ((before || after) && toks.slice(k + 1, e).every((t) => t.word || t.text === '-' || t.text === ',' || t.text === '–')) out.push([k + 1, e]);
    k = e;
  }
  return out;
}

/**
 * Outlets named by their web address: "News.Az", "24.kg", "Kun.uz" — a word (or number) with a capital or a digit, a
 * period and a known top-level domain written together.
 */
function outletDomains(toks: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k + 2 < toks.length; k++) {
    const name = toks[k];
    if (toks[k + 1].text !== '.' || !toks[k + 1].attached || !toks[k + 2].attached || !OUTLET_DOMAINS.has(toks[k + 2].lower)) continue;
    if (!/^[A-Z0-9]/.test(name.text) || !/^[\w-]+$/.test(name.text)) continue;
    // (not a sentence's end: "… in Baku. Az…" is written with a space, which the attachment rules out)
    out.push([k, k + 3]);
    k += 2;
  }
  return out;
}

/**
 * A name glossed in brackets by what it is: "Amonatbonk (Tajikistan's savings bank)", "Kabar (the Kyrgyz state news
 * agency)". One to three capitalised words, none common, before a bracket whose last word is a lower-case head noun of
 * bodies.
 */
function glossedBodies(toks: Token[], cands: Mention[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 1; k < toks.length; k++) {
    if (toks[k].text !== '(') continue;
    let e = k + 1;
    while (e < toks.length && e <= k + 8 && toks[e].text !== ')') e++;
    const head = toks[e - 1];
    if (toks[e]?.text !== ')' || e - k < 3 || head.cap || !ORG_HEADS.has(head.lower)) continue;
    let b = k;
    while (b > 0 && k - b < 3 && toks[b - 1].cap && toks[b - 1].word && !isCommonWord(toks[b - 1].lower)) b--;
    if (b === k || cands.some((c) => c.t0 < k && c.t1 > b && c.kind !== 'title')) continue;
    out.push([b, k]);
  }
  return out;
}

/**
 * Is the body named at t0 one proposed, not yet founded: "he proposed establishing an Alliance of SCO Special Economic
 * Zones", "called for the creation of a … Fund" (then it is an initiative)? A verb of proposing ("called for" too), a
 * word of founding ("establishing", "the creation of"), an article.
 */
function proposedFounding(toks: Token[], t0: number): boolean {
  let k = t0 - 1;
  if (['a', 'an', 'the'].includes(toks[k]?.lower ?? '')) k--;
  if (toks[k]?.lower === 'of' && (toks[k - 1]?.lower === 'establishment' || toks[k - 1]?.lower === 'creation' || toks[k - 1]?.lower === 'formation')) k--;
  else if (toks[k]?.lower === 'up' && toks[k - 1]?.lower === 'setting') k--;
  if (!FOUNDING_FORMS.has(toks[k]?.lower ?? '')) return false;
  k--;
  if (toks[k]?.lower === 'the') k--;
  return PROPOSE_VERBS.has(toks[k]?.lower ?? '') || (toks[k]?.lower === 'for' && toks[k - 1]?.lower === 'called');
}
