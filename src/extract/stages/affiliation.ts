// The affiliation stage: affiliated_with — a person and the office they hold, from a title before the name
// ("Kazakhstan's President …", "SCO Secretary-General …") or an apposition after it (", director of the …").
import type { Doc, Mention, Sentence, Stage } from '../document.ts';
import { countryRef, hit } from '../relations/helpers.ts';
import { COUNTERPARTS, isPossessive, ROLE_NOUNS } from '../text/words.ts';
import { SUBJECT_AUX } from '../text/function-words.ts';
import { partyAt } from '../relations/parties.ts';
import { LINKS } from '../text/function-words.ts';
import { MODIFIERS, BEFORE_TITLE } from '../text/words.ts';
import { DELEGATION_VERBS } from '../text/event-words.ts';

/** What a mention points at as an affiliation target: country (or demonym) or organisation. */
function target(doc: Doc, m: Mention | undefined): string | undefined {
  if (!m) return undefined;
  if (m.kind === 'organisation') return m.ref;
  if (m.kind === 'country' || m.kind === 'demonym') return countryRef(doc, m);
  return undefined;
}

/** Organisation or country that follows a role: "of the Republic of Belarus", "at the research department at the X". */
function complement(doc: Doc, s: Sentence, k: number): { ref: string; end: number } | undefined {
  const t = s.tokens;
  if (!t[k] || !LINKS.has(t[k].lower)) return undefined;
  for (let n = 0, j = k; n < 9 && j < t.length; n++) {
    const m = s.owner[j];
    if (m) {
      const ref = target(doc, m);
      if (ref) return { ref, end: m.t1 };
      if (m.kind === 'person' || m.kind === 'summit') return undefined;
      j = m.t1;
      continue;
    }
    if (t[j].text === ',' || t[j].text === '.' || t[j].text === ';' || t[j].text === '(') return undefined;
    j++;
  }
  return undefined;
}

/** Reads one role starting at token k: title mention or role noun; returns role text, end, and its complement target. */
function roleAt(doc: Doc, s: Sentence, k: number): { role: string; end: number; ref?: string; refEnd?: number; office?: string } | undefined {
  const t = s.tokens;
  let j = k;
  let pre: string | undefined;
  // possessive or demonym or organisation before the title: "Kazakhstan's Deputy Prime Minister", "Chinese Vice Foreign Minister"
  for (let n = 0; n < 4 && j < t.length; n++) {
    const m = s.owner[j];
    if (m && (m.kind === 'country' || m.kind === 'demonym' || m.kind === 'organisation')) {
      pre = target(doc, m);
      j = m.t1;
      if (isPossessive(t[j])) j++;
    } else if (!m && MODIFIERS.has(t[j].lower)) j++;
    else break;
  }
  const m = s.owner[j];
  let role: string;
  let end: number;
  if (m && m.kind === 'title') {
    role = m.text;
    end = m.t1;
    // "Deputy Prime Minister and Minister of Foreign Affairs": both titles
  } else if (!m && t[j] && ROLE_NOUNS.has(t[j].lower) && !MODIFIERS.has(t[j].lower)) {
    role = t[j].text;
    end = j + 1;
  } else return undefined;
  const comp = complement(doc, s, end);
  // a title followed by a name belongs to that name: "…, Iranian President Masoud Pezeshkian and …"
  let after = comp && !pre ? comp.end : end;
  // "…, Türkiye's Ambassador to Tashkent X": past the posting
  if (t[after]?.lower === 'to' && (s.owner[after + 1]?.kind === 'place' || s.owner[after + 1]?.kind === 'country')) after = s.owner[after + 1]!.t1;
  else if (/ to$/i.test(role) && (s.owner[after]?.kind === 'place' || s.owner[after]?.kind === 'country')) after = s.owner[after]!.t1;
  // "…, Emir of Qatar, Sheikh Tamim": a comma before the honorific
  if (t[after]?.text === ',' && s.owner[after + 1]?.kind === 'honorific') after++;
  // "…, President of the Islamic Republic of Iran Sayyid Ebrahim Raisi": past an honorific too
  while (s.owner[after]?.kind === 'honorific') after = s.owner[after]!.t1;
  if (s.owner[after]?.kind === 'person' || s.owner[end]?.kind === 'person') return undefined;
  const ref = pre ?? comp?.ref;
  return { role, end: comp && !pre ? comp.end : end, ref, refEnd: comp?.end, office: m?.kind === 'title' ? m.ref : undefined };
}

/** The country or organisation named by "of" right after a titled name: "President X of the Republic of Kazakhstan". */
function ofAfter(doc: Doc, s: Sentence, p: Mention): string | undefined {
  const t = s.tokens;
  if (t[p.t1]?.lower !== 'of') return undefined;
  const k = t[p.t1 + 1]?.lower === 'the' ? p.t1 + 2 : p.t1 + 1;
  return target(doc, s.owner[k]);
}

/**
 * "China was represented by Premier A; Russia by Prime Minister B": the country a titled person represents, named
 * before "(was represented) by" with only the person's titles between.
 */
function representedBy(doc: Doc, s: Sentence, k: number): string | undefined {
  const t = s.tokens;
  if (t[k]?.lower !== 'by') return undefined;
  let c = k - 1;
  if (t[c]?.lower === 'represented') {
    c--;
    while (c >= 0 && SUBJECT_AUX.has(t[c].lower)) c--;
  } else if (!(t[c - 1]?.text === ';' || t[c - 1]?.text === ',' || t[c - 1]?.lower === 'and' || t[c - 1]?.lower === 'while')) return undefined;
  const m = s.owner[c];
  if (m?.kind !== 'country') return undefined;
  // the elliptic "; Russia by …" only after a sentence that says "represented by"
  return t[k - 1]?.lower === 'represented' || t.some((x) => x.lower === 'represented') ? m.ref : undefined;
}

/** The name ends an apposition at token j: a comma, a full stop or the sentence's end follows. */
const closedAt = (t: Sentence['tokens'], j: number) => j >= t.length || t[j].text === ',' || t[j].text === '.';

/**
 * The country whose delegation person `p` is listed in: "The Iranian delegation also included the Minister of Foreign
 * Affairs X", "Pakistan's delegation was led by Foreign Minister Y" (no other person between).
 */
function delegationOf(doc: Doc, s: Sentence, p: Mention): string | undefined {
  const t = s.tokens;
  for (let k = p.t0 - 1, verb = false; k >= 1 && p.t0 - k <= 15; k--) {
    const o = s.owner[k];
    if (o?.kind === 'person') return undefined;
    if (!o && DELEGATION_VERBS.has(t[k].lower)) verb = true;
    if (o || t[k].lower !== 'delegation' || !verb) continue;
    let r = k - 1;
    if (isPossessive(t[r])) r--;
    const own = target(doc, s.owner[r]);
    if (own) return own;
    // "Prime Minister X along with a delegation, including …", "X and his delegation, including …": the leader's
    // country, when the article gives that person one
    while (r >= 0 && !s.owner[r] && /^(a|an|the|his|her|high-level|large|along|with|and|accompanied|by|together)$/.test(t[r].lower)) r--;
    const leader = s.owner[r]?.kind === 'person' ? s.owner[r]!.ref : undefined;
    const countries = new Set(doc.hits.filter((h) => h.relation === 'affiliated_with' && h.source === leader && h.target.startsWith('country:')).map((h) => h.target));
    return leader && countries.size === 1 ? [...countries][0] : undefined;
  }
  return undefined;
}

/**
 * "X signed the document on behalf of Tehran", "X, speaking on behalf of China": the country (or its capital, standing
 * for its government) the sentence's first person acts for, a few words after the name with no other person between.
 */
function onBehalfOf(doc: Doc, s: Sentence, p: Mention): string | undefined {
  const t = s.tokens;
  // the one acting is the sentence's first person ("A thanked B on behalf of Pakistan": A, not B)
  if (s.mentions.find((m) => m.kind === 'person') !== p) return undefined;
  for (let k = p.t1; k < t.length - 3 && k - p.t1 <= 10; k++) {
    const o = s.owner[k];
    if (o?.kind === 'person') return undefined;
    if (o || t[k].lower !== 'on' || t[k + 1].lower !== 'behalf' || t[k + 2].lower !== 'of') continue;
    let r = k + 3;
    if (t[r]?.lower === 'the') r++;
    const m = s.owner[r];
    if (m?.kind === 'country') return m.ref;
    if (m?.kind === 'place' && doc.knowledge.places.get(m.ref.slice(6))?.capital) return countryRef(doc, m);
    return undefined;
  }
  return undefined;
}

/**
 * A name after a chain of bodies and countries joined by "of (the)" that starts with an office: "Secretary of the
 * National Security Council of Mongolia X", "Secretary of the Security Council of the Russian Federation X",
 * "Division Secretary of the Islamic Republic of Pakistan X". The person serves the chain's country, or the country of
 * a national body in it; else the body itself. `c` is the mention right before the name.
 */
function officeChain(doc: Doc, s: Sentence, c: Mention): { role: string; ref?: string; offices?: string[] } | undefined {
  const t = s.tokens;
  const chain: Mention[] = [c];
  for (let hop = 0; hop < 3; hop++) {
    let k = chain[chain.length - 1].t0 - 1;
    if (t[k]?.lower === 'the') k--;
    if (t[k]?.lower !== 'of') return undefined;
    k--;
    const o = s.owner[k];
    let role: string | undefined;
    let offices: string[] | undefined;
    if (o && (o.kind === 'title' || o.kind === 'honorific')) [role, offices] = [o.text, o.kind === 'title' ? [o.ref] : undefined];
    else if (!o && t[k]?.cap && ROLE_NOUNS.has(t[k].lower) && !MODIFIERS.has(t[k].lower)) role = t[k].text;
    else if (o && target(doc, o)) {
      chain.push(o);
      continue;
    } else return undefined;
    // a body named by pattern may hold its country ("National Security Council of Mongolia")
    const inside = (m: Mention) => doc.candidates[s.index]?.find((x) => x.kind === 'country' && x.t0 >= m.t0 && x.t1 <= m.t1 && m.kind === 'organisation');
    const country = chain.find((m) => m.kind === 'country' || m.kind === 'demonym') ?? chain.map(inside).find(Boolean);
    const national = chain.map((m) => (m.kind === 'organisation' ? doc.knowledge.organisations.get(m.ref.slice(13))?.country : undefined)).find(Boolean);
    const ref = country ? target(doc, country) : national ? `country:${national}` : target(doc, chain[chain.length - 1]);
    return { role, ref, offices };
  }
  return undefined;
}

export const affiliation: Stage = {
  name: 'affiliation',
  requires: ['people', 'coreference'],
  provides: ['roles', 'affiliated_with'],
  run(doc) {
    for (const s of doc.sentences) {
      const t = s.tokens;
      let lastTarget: string | undefined;
      // the person it was found for, and their offices
      let lastPerson: string | undefined;
      let lastOffices: string[] = [];
      // the people of "his X and Y counterparts A and B" and the countries they pair with
      const counterpart = new Map<Mention, string>();
      // the role of the last person of the sentence that had one (a counterpart holds the same)
      let lastRole: string | undefined;
      for (const p of s.mentions) {
        if (p.kind !== 'person') continue;
        // the role as written, whom it serves, and the offices (title:… keys) its titles name
        const found: { role: string; ref?: string; offices?: string[] }[] = [];
        // title before: walk left over titles, then a country/demonym/organisation (with 's)
        let k = p.t0 - 1;
        // an honorific between title and name ("President … Sayyid Ebrahim Raisi", "His Excellency X") is skipped
        let honoured = false;
        while (k >= 0 && s.owner[k]?.kind === 'honorific') {
          k = s.owner[k]!.t0 - 1;
          honoured = true;
        }
        // "President of the Republic of Tajikistan, His Excellency Emomali Rahmon": the comma goes with the honorific
        if (honoured && t[k]?.text === ',' && s.owner[k - 1]) k--;
        // "Kazakhstan's Minister of Foreign Affairs, Murat Nurtleu, said …": a title in apposition, the name set off by
        // commas on both sides
        else if (!honoured && t[k]?.text === ',' && closedAt(t, p.t1) && (s.owner[k - 1]?.kind === 'title' || target(doc, s.owner[k - 1]))) k--;
        const titles: Mention[] = [];
        // "Kazakhstan's Deputy Prime Minister and Foreign Minister Murat Nurtleu": two titles joined by "and" (capitalised:
        // "the Indian minister and PM Shehbaz" are two people)
        while (k >= 0 && (s.owner[k]?.kind === 'title' || (titles.length && t[k].lower === 'and' && s.owner[k - 1]?.kind === 'title' && t[k - 1].cap))) {
          if (!s.owner[k]) k--;
          titles.unshift(s.owner[k]!);
          k = s.owner[k]!.t0 - 1;
        }
        // "Foreign Minister of Kyrgyzstan Jeenbek Kulubaev", "Chinese Ambassador to Pakistan Jiang Zaidong"
        // ("Türkiye's Ambassador to Tashkent X": a city for the posting, the title variant holding its "to")
        const posting = s.owner[k]?.kind === 'place' && / to$/i.test(s.owner[k - 1]?.text ?? '') ? s.owner[k - 1] : undefined;
        if (posting && !titles.length) {
          let r = posting.t0 - 1;
          if (isPossessive(t[r])) r--;
          found.push({ role: `${posting.text} ${s.owner[k]!.text}`, ref: target(doc, s.owner[r]), offices: [posting.ref] });
        } else if (!titles.length && k >= 1 && target(doc, s.owner[k])) {
          const c = s.owner[k]!;
          let q = c.t0 - 1;
          if (t[q]?.lower === 'the') q--;
          const title = s.owner[q - 1]?.kind === 'title' ? s.owner[q - 1]! : undefined;
          if (title && (t[q]?.lower === 'of' || t[q]?.lower === 'to')) {
            // a demonym or country before the title names whom the office serves; "to X" is only the posting
            let r = title.t0 - 1;
            if (isPossessive(t[r])) r--;
            const pre = target(doc, s.owner[r]);
            // (a country's national body stands for the country: "Premier of the State Council of the People's
            // Republic of China X" serves China)
            const national = c.kind === 'organisation' ? doc.knowledge.organisations.get(c.ref.slice(13))?.country : undefined;
            const ref = pre ?? (t[q].lower === 'of' ? (national ? `country:${national}` : target(doc, c)) : undefined);
            const posting = / to$/i.test(title.text) ? `${title.text} ${c.text}` : `${title.text} to ${c.text}`;
            found.push({ role: t[q].lower === 'to' ? posting : title.text, ref, offices: [title.ref] });
          } else {
            const chain = officeChain(doc, s, c);
            if (chain) found.push(chain);
          }
        }
        // "Uzbek leader Shavkat Mirziyoyev": a role noun standing as the title
        if (!titles.length && !found.length && k >= 1 && !s.owner[k] && ROLE_NOUNS.has(t[k].lower) && !MODIFIERS.has(t[k].lower)) {
          let r = k - 1;
          if (isPossessive(t[r])) r--;
          const pre = target(doc, s.owner[r]);
          if (pre) found.push({ role: t[k].text, ref: pre });
        }
        // "Lavrov held talks with his Iranian counterpart Abbas Araghchi": the country is the counterpart's, the office
        // the other person's (when the sentence gave one)
        if (!titles.length && !found.length && k >= 1 && !s.owner[k] && COUNTERPARTS.has(t[k].lower)) {
          // "his Pakistani and Chinese counterparts A and B, respectively": the demonyms pair with the names in order
          const demonyms: Mention[] = [];
          for (let q = k - 1; s.owner[q]?.kind === 'demonym'; ) {
            demonyms.unshift(s.owner[q]!);
            q = s.owner[q]!.t0 - 1;
            if (t[q]?.lower === 'and' || t[q]?.text === ',') q--;
            if (t[q]?.text === ',') q--;
          }
          const listed = demonyms.length > 1 ? partyAt(s, p.t0)?.people ?? [] : [p];
          if (listed.length === demonyms.length) listed.forEach((m, n) => counterpart.set(m, target(doc, demonyms[n])!));
        }
        const pairedRef = counterpart.get(p);
        if (pairedRef && !found.length) found.push({ role: lastRole ?? 'counterpart', ref: pairedRef });
        if (titles.length) {
          while (k >= 0 && !s.owner[k] && BEFORE_TITLE.has(t[k].lower)) k--;
          if (isPossessive(t[k])) k--;
          let ref = target(doc, s.owner[k]) ?? representedBy(doc, s, k);
          // "Iranian President A and Minister of Foreign Affairs B": the second inherits the first's country
          // (not a head of state or government: "Russian President X and Prime Minister Y" may be two countries' leaders)
          const leads = titles.some((x) => (doc.knowledge.offices.get(x.ref.slice(6))?.rank ?? 9) === 1);
          const role = titles.map((x) => x.text).join(' ');
          const after = complement(doc, s, titles[titles.length - 1].t1);
          // "President N. Nazarbayev of the Republic of Kazakhstan", "Minister of State Vijay Singh of India"
          ref ??= after && after.end <= p.t0 ? after.ref : ofAfter(doc, s, p);
          // "… by Uzbek Prime Minister A, Deputy Prime Minister B, Deputy Minister of Foreign Affairs C": a list of
          // different offices after a country's official is that country's delegation (the same office again, "Russian
          // Foreign Minister A, Foreign Minister B", is another country's)
          const sameOffice = titles.some((x) => lastOffices.includes(x.ref));
          if (!ref && !leads && !sameOffice && (t[k]?.lower === 'and' || t[k]?.text === ',') && s.owner[k - 1]?.kind === 'person' && s.owner[k - 1]!.ref === lastPerson) ref = lastTarget;
          found.push({ role, ref, offices: titles.map((x) => x.ref) });
        }
        // apposition after: ", director of the X", " the Minister of …", " scholar from X", ", who is also a member of …"
        let j = p.t1;
        if (t[j]?.text === ',') j++;
        // "X and Russian Prime Minister Y": the title after "and" is Y's, not X's
        for (let n = 0; n < 3 && j < t.length && t[p.t1]?.lower !== 'and'; n++) {
          const r = roleAt(doc, s, j);
          if (!r) break;
          found.push({ role: r.role, ref: r.ref, offices: r.office ? [r.office] : undefined });
          j = Math.max(r.end, r.refEnd ?? 0);
          // "… and former foreign minister of Uzbekistan"
          if (t[j]?.lower === 'and') j++;
          else break;
        }
        // acting for a country: with no role named, that is the role
        if (!found.some((f) => f.ref)) {
          const ref = onBehalfOf(doc, s, p);
          if (ref) found.push({ role: found[0]?.role ?? 'representative', ref, offices: found[0]?.offices });
        }
        // a titled member of a country's delegation serves that country
        const unplaced = found.find((f) => !f.ref && f.offices);
        if (unplaced) unplaced.ref = delegationOf(doc, s, p);
        if (found.length) lastRole = found[0].role;
        for (const f of found) {
          doc.roles.push({ person: p.ref, role: f.role, target: f.ref, offices: f.offices });
          if (f.ref) {
            hit(doc, 'affiliated_with', p.ref, f.ref, s, { role: f.role });
            lastTarget = f.ref;
            lastPerson = p.ref;
            lastOffices = f.offices ?? [];
          }
        }
      }
    }
  },
};
