// Loads the gazetteers in data/gazetteer/ and compiles them into the entity ruler's trie and lookup maps.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { PhraseTrie, type CaseMode, type PhraseEntry } from './trie.ts';
import { tokenize } from '../extract/text/tokenize.ts';
import { AGENCY_SUFFIXES } from '../extract/text/words.ts';
import { slug } from '../graph/keys.ts';
import { KgError } from '../errors.ts';
import type { CountryRecord, Gazetteer, InitiativeRecord, OfficeRecord, OrganisationRecord, SummitRecord } from './types.ts';

/** A city or capital known from the country gazetteer. */
export interface PlaceRecord {
  id: string;
  name: string;
  country: string;
  capital: boolean;
}

export interface Knowledge {
  trie: PhraseTrie;
  countries: Map<string, CountryRecord>;
  organisations: Map<string, OrganisationRecord>;
  initiatives: Map<string, InitiativeRecord>;
  offices: Map<string, OfficeRecord>;
  places: Map<string, PlaceRecord>;
  summits: SummitRecord[];
}

export const GAZETTEER_DIR = fileURLToPath(new URL('../../data/gazetteer/', import.meta.url));

function read<T>(dir: string, file: string): T[] {
  const path = join(dir, file);
  let json: Gazetteer<T>;
  try {
    json = JSON.parse(readFileSync(path, 'utf8')) as Gazetteer<T>;
  } catch (err) {
    throw new KgError('E_GAZETTEER', `cannot read gazetteer ${path}: ${(err as Error).message}`);
  }
  return json.records;
}

// Records are rebuilt with every field of their type, in one order (unset ones undefined, notes dropped): JSON.parse
// gives records with optional fields a shape of their own, and code reading several shapes is compiled more than once.
const countryRecord = (c: CountryRecord): CountryRecord => ({
  id: c.id, name: c.name, aliases: c.aliases, demonyms: c.demonyms, capital: c.capital, formerCapitalNames: c.formerCapitalNames,
  cities: c.cities, iso2: c.iso2, iso3: c.iso3, sco: c.sco ? { status: c.sco.status, since: c.sco.since } : null, source: c.source,
});
const organisationRecord = (o: OrganisationRecord): OrganisationRecord => ({
  id: o.id, name: o.name, aliases: o.aliases, acronyms: o.acronyms, type: o.type, country: o.country, source: o.source,
});
const initiativeRecord = (i: InitiativeRecord): InitiativeRecord => ({
  id: i.id, name: i.name, aliases: i.aliases, acronyms: i.acronyms, proposer: i.proposer, year: i.year, type: i.type, source: i.source,
});
const summitRecord = (r: SummitRecord): SummitRecord => ({
  id: r.id, series: r.series, ordinal: r.ordinal, year: r.year, start: r.start, end: r.end, city: r.city, host: r.host, format: r.format,
  names: r.names, source: r.source,
});

const HONORIFICS = ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Sir', 'Madam', 'Mme', 'H.E.', 'Dame', 'Sheikh', 'Shaikh', 'His Excellency', 'Her Excellency', 'Excellency', 'His Majesty', 'Her Majesty', 'His Highness', 'Her Highness', 'Sayyid', 'Shri', 'Shrimati', 'Smt', 'Smt.'];

let cached: Knowledge | undefined;

/** Loads (once per process) and compiles the gazetteers. */
export function loadKnowledge(dir = GAZETTEER_DIR): Knowledge {
  if (cached && dir === GAZETTEER_DIR) return cached;
  const trie = new PhraseTrie();
  const add = (kind: PhraseEntry['kind'], ref: string, phrase: string, caseMode: CaseMode) => {
    const words = tokenize(phrase).map((t) => t.text);
    if (words.length) trie.add({ kind, ref, phrase, words, caseMode });
  };

  const countries = new Map<string, CountryRecord>();
  const places = new Map<string, PlaceRecord>();
  for (const c of read<CountryRecord>(dir, 'countries.json').map(countryRecord)) {
    countries.set(c.id, c);
    add('country', `country:${c.id}`, c.name, 'cap');
    for (const a of c.aliases) add('country', `country:${c.id}`, a, /^[A-Z.]+$/.test(a) ? 'exact' : 'cap');
    for (const d of c.demonyms) add('demonym', `country:${c.id}`, d, 'cap');
    const cities = [...(c.capital ? [c.capital] : []), ...(c.formerCapitalNames ?? []), ...(c.cities ?? [])];
    for (const city of cities) {
      const id = slug(city);
      if (!places.has(id)) places.set(id, { id, name: city, country: c.id, capital: city === c.capital });
      add('place', `place:${id}`, city, 'cap');
    }
  }
  const organisations = new Map<string, OrganisationRecord>();
  for (const o of read<OrganisationRecord>(dir, 'organisations.json').map(organisationRecord)) {
    organisations.set(o.id, o);
    for (const n of [o.name, ...o.aliases]) add('organisation', `organisation:${o.id}`, n, 'cap');
    for (const a of o.acronyms) add('organisation', `organisation:${o.id}`, a, 'exact');
    // a news outlet under its full form: "MONTSAME National News Agency" is Montsame
    if (o.type === 'media') {
      for (const n of [o.name, ...o.aliases, ...o.acronyms]) {
        if (!/agency/i.test(n)) for (const sfx of AGENCY_SUFFIXES) add('organisation', `organisation:${o.id}`, `${n} ${sfx}`, 'cap');
      }
    }
  }
  const initiatives = new Map<string, InitiativeRecord>();
  for (const i of read<InitiativeRecord>(dir, 'initiatives.json').map(initiativeRecord)) {
    initiatives.set(i.id, i);
    for (const n of [i.name, ...i.aliases]) add('initiative', `initiative:${i.id}`, n, n.includes(' ') ? 'any' : 'cap');
    for (const a of i.acronyms) add('initiative', `initiative:${i.id}`, a, 'exact');
  }
  const offices = new Map<string, OfficeRecord>();
  for (const o of read<OfficeRecord>(dir, 'offices.json')) {
    offices.set(o.id, o);
    for (const n of [o.title, ...o.variants]) add('title', `title:${o.id}`, n, /^[A-Z]{2,5}$/.test(n) ? 'exact' : 'any');
  }
  for (const h of HONORIFICS) add('honorific', 'title:honorific', h, 'exact');
  const summits = read<SummitRecord>(dir, 'summits.json').map(summitRecord);
  const k: Knowledge = { trie, countries, organisations, initiatives, offices, places, summits };
  if (dir === GAZETTEER_DIR) cached = k;
  return k;
}
