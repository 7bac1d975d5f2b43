// The home-country stage: a national office named with no country ("Foreign Minister X also travelled …" in a Turkish
// outlet, "ISLAMABAD: Information Minister X said …") is the office of the article's home country — the country of
// its outlet, else of its dateline — when the sentence names no other country and the article ties that person to no
// country of its own.
import type { Doc, Sentence, Stage } from '../document.ts';
import { hit } from '../relations/helpers.ts';
import { DATELINE_END } from '../text/function-words.ts';
import { NATIONAL_SCOPES } from '../text/words.ts';


export const homeCountry: Stage = {
  name: 'home-country',
  requires: ['roles'],
  provides: ['home-country', 'affiliated_with'],
  run(doc) {
    const home = outletCountry(doc) ?? datelineCountry(doc);
    if (!home) return;
    const ref = `country:${home}`;
    // people the article ties to a country already, and the untied holders of national offices with their role
    const placed = new Set<string>();
    for (const h of doc.hits) if (h.relation === 'affiliated_with' && h.target.startsWith('country:')) placed.add(h.source);
    const untied = new Map<string, string>();
    for (const r of doc.roles) {
      if (r.target?.startsWith('country:')) placed.add(r.person);
      else if (!r.target && r.offices?.length && r.offices.every((o) => national(doc, o)) && !untied.has(r.person)) untied.set(r.person, r.role);
    }
    for (const s of doc.sentences) {
      if (!untied.size) break;
      if (namesOtherCountry(s, ref)) continue;
      for (const p of s.mentions) {
        const role = p.kind === 'person' && !placed.has(p.ref) ? untied.get(p.ref) : undefined;
        if (role === undefined || bodyOffice(s, p.t0)) continue;
        hit(doc, 'affiliated_with', p.ref, ref, s, { role });
        untied.delete(p.ref);
      }
    }
  },
};

/**
 * A national office below the heads of state and government: a president or prime minister named without a country is
 * as often a visitor as the host, a minister or spokesperson mostly the home government's.
 */
const national = (doc: Doc, office: string) => {
  const o = doc.knowledge.offices.get(office.slice('title:'.length));
  return !!o && NATIONAL_SCOPES.has(o.scope) && o.rank > 1;
};

/** Does the sentence name a country (or its people) other than `home`? */
const namesOtherCountry = (s: Sentence, home: string) => s.mentions.some((m) => (m.kind === 'country' || m.kind === 'demonym') && m.ref !== home);

/**
 * The country of the article's outlet: a news organisation of the gazetteer that the source names ("Daily Sabah",
 * "Dawn"), or a country the source names in brackets ("Daily Sabah (Türkiye)").
 */
const outletCache = new WeakMap<Doc['knowledge'], Map<string, string | undefined>>();
function outletCountry(doc: Doc): string | undefined {
  const source = doc.article.source?.trim();
  if (!source) return undefined;
  let cache = outletCache.get(doc.knowledge);
  if (!cache) outletCache.set(doc.knowledge, (cache = new Map()));
  if (!cache.has(source)) cache.set(source, outletOf(doc, source));
  return cache.get(source);
}

function outletOf(doc: Doc, source: string): string | undefined {
  const bracket = /\(([^()]+)\)\s*$/.exec(source)?.[1];
  const name = source.replace(/\s*\([^()]*\)\s*$/, '').toLowerCase();
  for (const o of doc.knowledge.organisations.values()) {
    if (o.type !== 'media' || !o.country) continue;
    if ([o.name, ...o.aliases, ...o.acronyms].some((n) => n.toLowerCase() === name)) return o.country;
  }
  if (!bracket) return undefined;
  const b = bracket.toLowerCase();
  for (const c of doc.knowledge.countries.values()) if (c.name.toLowerCase() === b || c.aliases.some((a) => a.toLowerCase() === b)) return c.id;
  return undefined;
}

/**
 * The country of a dateline's city opening one of the first sentences ("ISLAMABAD:", "Tashkent -", "ASTANA, July 4").
 * Stricter than the summits stage's dateline on purpose: a wire dateline in title case ("Astana, Jul 4 (PTI)") says
 * where a story was filed from abroad, not whose press wrote it.
 */
function datelineCountry(doc: Doc): string | undefined {
  for (const s of doc.sentences.slice(0, 3)) {
    const p = s.mentions.find((m) => m.t0 === 0 && m.kind === 'place');
    if (!p) continue;
    const next = s.tokens[p.t1]?.text ?? '';
    const caps = p.text.length >= 3 && p.text === p.text.toUpperCase();
    if ((caps && DATELINE_END.has(next)) || next === ':' || (next === '-' && !s.tokens[p.t1].attached)) return doc.knowledge.places.get(p.ref.slice('place:'.length))?.country;
  }
  return undefined;
}

/**
 * Are the titles before the name at token `t0` a body's offices ("Justice and Development Party (AK Party) Deputy
 * Chairperson and party spokesperson X")? A body or the word "party" stands before them.
 */
function bodyOffice(s: Sentence, t0: number): boolean {
  let k = t0 - 1;
  while (k >= 0 && (s.owner[k]?.kind === 'title' || s.tokens[k].lower === 'and')) k = s.owner[k] ? s.owner[k]!.t0 - 1 : k - 1;
  return s.tokens[k]?.lower === 'party' || s.tokens[k]?.text === ')' || s.owner[k]?.kind === 'organisation';
}
