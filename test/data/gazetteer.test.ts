// Schema and consistency checks for the gazetteers in data/gazetteer/.
// Each check returns a list of problems; the tests expect none. The last block feeds known-bad
// data to the same checks, so a check that can no longer fail is noticed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../data/gazetteer/', import.meta.url));

type Json = Record<string, unknown>;
interface Gazetteer {
  about: string;
  records: Json[];
}

function load(file: string): Gazetteer {
  const text = readFileSync(DIR + file, 'utf8');
  return JSON.parse(text) as Gazetteer;
}

const SCO_STATUSES = ['member', 'observer', 'dialogue_partner', 'applicant'];
const ORG_TYPES = ['intergovernmental', 'sco_body', 'ministry', 'media', 'think_tank', 'university', 'party', 'company', 'other'];
const SUMMIT_SERIES = ['sco_heads_of_state', 'sco_heads_of_government', 'shanghai_five', 'cica', 'brics', 'china_central_asia'];
const SUMMIT_FORMATS = ['in_person', 'virtual', 'hybrid'];
const INITIATIVE_TYPES = ['initiative', 'strategy', 'corridor', 'principle', 'treaty'];
const OFFICE_SCOPES = ['government', 'organisation', 'academic', 'media', 'party', 'military', 'diplomatic', 'business'];
const SCO_MEMBERS_2025 = ['belarus', 'china', 'india', 'iran', 'kazakhstan', 'kyrgyzstan', 'pakistan', 'russia', 'tajikistan', 'uzbekistan'];
/** Acronyms that are ordinary words in capitalised headlines, or shared by two well-known bodies. */
const BAD_ACRONYMS = ['IT', 'AS', 'AT', 'BE', 'BY', 'DO', 'GO', 'IN', 'IS', 'ME', 'NO', 'OF', 'ON', 'OR', 'SO', 'TO', 'UP', 'US', 'WE', 'OK', 'AM', 'AN', 'PTI', 'ICC', 'CAS'];

/** Case-, accent- and punctuation-insensitive key of a surface form. */
function norm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0 && v === v.trim();
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isIsoDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v + 'T00:00:00Z')) && new Date(v + 'T00:00:00Z').toISOString().startsWith(v);

// ---------------------------------------------------------------------------------------------
// generic checks

/** Every record has an id (slug) and a source; ids unique; records sorted by id; string arrays without duplicates. */
function checkCommon(g: Gazetteer, arrayFields: string[]): string[] {
  const out: string[] = [];
  if (!isStr(g.about)) out.push('missing about');
  if (!Array.isArray(g.records) || g.records.length === 0) return [...out, 'no records'];
  const seen = new Set<string>();
  let prev = '';
  for (const r of g.records) {
    const id = r.id;
    if (!isStr(id) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      out.push(`bad id ${JSON.stringify(id)}`);
      continue;
    }
    if (!isStr(r.source)) out.push(`${id}: missing source`);
    if (seen.has(id)) out.push(`${id}: duplicate id`);
    seen.add(id);
    if (prev && !(prev < id)) out.push(`${id}: not sorted (after ${prev})`);
    prev = id;
    for (const f of arrayFields) {
      const a = r[f];
      if (!isStrArray(a)) {
        out.push(`${id}.${f}: not an array of non-empty trimmed strings`);
        continue;
      }
      const keys = a.map((s) => s.toLowerCase());
      const dup = keys.filter((k, i) => keys.indexOf(k) !== i);
      if (dup.length) out.push(`${id}.${f}: duplicates ${dup.join(', ')}`);
    }
    if ('note' in r && !isStr(r.note)) out.push(`${id}: empty note`);
  }
  return out;
}

/** Surface forms that map to more than one record: "form -> id1, id2". */
function collisions(records: Json[], forms: (r: Json) => string[]): string[] {
  const owner = new Map<string, Set<string>>();
  for (const r of records) {
    for (const f of forms(r)) {
      const k = norm(f);
      if (!owner.has(k)) owner.set(k, new Set());
      owner.get(k)!.add(String(r.id));
    }
  }
  return [...owner].filter(([, ids]) => ids.size > 1).map(([k, ids]) => `${k} -> ${[...ids].join(', ')}`);
}

/** Acronyms look like acronyms (at least two capitals or digits) and are not common words. */
function checkAcronyms(id: string, acronyms: unknown): string[] {
  const out: string[] = [];
  for (const a of isStrArray(acronyms) ? acronyms : []) {
    if (!/^[A-Z0-9][A-Za-z0-9&./+-]*$/.test(a) || (a.match(/[A-Z0-9]/g) ?? []).length < 2) out.push(`${id}: acronym ${a} is not an acronym`);
    if (BAD_ACRONYMS.includes(a)) out.push(`${id}: acronym ${a} is a common word or ambiguous`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// countries

const countryForms = (r: Json): string[] => [
  String(r.name),
  ...((r.aliases as string[]) ?? []),
  ...((r.demonyms as string[]) ?? []),
  ...(isStr(r.capital) ? [r.capital] : []),
  ...((r.formerCapitalNames as string[]) ?? []),
  ...((r.cities as string[]) ?? []),
];

function checkCountries(g: Gazetteer): string[] {
  const out = checkCommon(g, ['aliases', 'demonyms', 'formerCapitalNames', 'cities']);
  for (const r of g.records) {
    const id = String(r.id);
    if (!isStr(r.name)) out.push(`${id}: missing name`);
    if (!isStr(r.capital)) out.push(`${id}: missing capital`);
    if (typeof r.iso2 !== 'string' || !/^[A-Z]{2}$/.test(r.iso2)) out.push(`${id}: bad iso2 ${String(r.iso2)}`);
    if (typeof r.iso3 !== 'string' || !/^[A-Z]{3}$/.test(r.iso3)) out.push(`${id}: bad iso3 ${String(r.iso3)}`);
    if (r.sco !== null) {
      const sco = r.sco as Json | undefined;
      if (!sco || typeof sco !== 'object') {
        out.push(`${id}: sco must be null or an object`);
        continue;
      }
      if (!SCO_STATUSES.includes(String(sco.status))) out.push(`${id}: bad sco.status ${String(sco.status)}`);
      if (!isInt(sco.since) || sco.since < 2001 || sco.since > 2025) out.push(`${id}: bad sco.since ${String(sco.since)}`);
      if (sco.status === 'member' && isInt(sco.since) && ![2001, 2017, 2023, 2024].includes(sco.since)) out.push(`${id}: no SCO enlargement in ${sco.since}`);
      if ('history' in sco) {
        const h = sco.history as Json[];
        if (!Array.isArray(h) || h.length === 0) out.push(`${id}: empty sco.history`);
        else {
          let last = 0;
          for (const e of h) {
            if (!SCO_STATUSES.includes(String(e.status))) out.push(`${id}: bad history status ${String(e.status)}`);
            if (!isInt(e.since) || e.since < last || (isInt(sco.since) && e.since >= sco.since)) out.push(`${id}: history out of order`);
            if (isInt(e.since)) last = e.since;
          }
        }
      }
    }
  }
  for (const f of ['iso2', 'iso3', 'name'] as const) {
    const vals = g.records.map((r) => String(r[f]));
    const dup = vals.filter((v, i) => vals.indexOf(v) !== i);
    if (dup.length) out.push(`duplicate ${f}: ${dup.join(', ')}`);
  }
  out.push(...collisions(g.records, countryForms).map((c) => `surface form in two countries: ${c}`));
  return out;
}

function scoMembers(g: Gazetteer): string[] {
  return g.records.filter((r) => (r.sco as Json | null)?.status === 'member').map((r) => String(r.id)).sort();
}

// ---------------------------------------------------------------------------------------------
// organisations

function checkOrganisations(g: Gazetteer, countryIds: Set<string>): string[] {
  const out = checkCommon(g, ['aliases', 'acronyms']);
  for (const r of g.records) {
    const id = String(r.id);
    if (!isStr(r.name)) out.push(`${id}: missing name`);
    if (!ORG_TYPES.includes(String(r.type))) out.push(`${id}: bad type ${String(r.type)}`);
    if (r.country !== null && !(typeof r.country === 'string' && countryIds.has(r.country))) out.push(`${id}: unknown country ${String(r.country)}`);
    if (['ministry', 'party'].includes(String(r.type)) && r.country === null) out.push(`${id}: a ${String(r.type)} needs a country`);
    if (r.type === 'sco_body' && r.country !== null) out.push(`${id}: an SCO body has no country`);
    out.push(...checkAcronyms(id, r.acronyms));
    if (((r.aliases as string[]) ?? []).includes(String(r.name))) out.push(`${id}: alias repeats the name`);
  }
  const forms = (r: Json) => [String(r.name), ...((r.aliases as string[]) ?? []), ...((r.acronyms as string[]) ?? [])];
  out.push(...collisions(g.records, forms).map((c) => `surface form in two organisations: ${c}`));
  return out;
}

// ---------------------------------------------------------------------------------------------
// summits

function checkSummits(g: Gazetteer, countries: Gazetteer): string[] {
  const out = checkCommon(g, ['names']);
  const byId = new Map(countries.records.map((c) => [String(c.id), c]));
  for (const r of g.records) {
    const id = String(r.id);
    if (!SUMMIT_SERIES.includes(String(r.series))) out.push(`${id}: bad series ${String(r.series)}`);
    if (!isInt(r.year) || r.year < 1996 || r.year > 2026) out.push(`${id}: bad year ${String(r.year)}`);
    if (r.ordinal !== null && r.ordinal !== undefined && !(isInt(r.ordinal) && r.ordinal >= 1)) out.push(`${id}: bad ordinal ${String(r.ordinal)}`);
    if (!SUMMIT_FORMATS.includes(String(r.format))) out.push(`${id}: bad format ${String(r.format)}`);
    if (!isStr(r.city)) out.push(`${id}: missing city`);
    const host = byId.get(String(r.host));
    if (!host) out.push(`${id}: unknown host ${String(r.host)}`);
    else if (isStr(r.city) && !countryForms(host).some((f) => norm(f) === norm(r.city as string))) {
      out.push(`${id}: city ${r.city} is not a city of ${String(r.host)} in countries.json`);
    }
    if ('start' in r || 'end' in r) {
      if (!isIsoDate(r.start) || !isIsoDate(r.end)) out.push(`${id}: start and end must both be ISO dates`);
      else {
        if (r.start > r.end) out.push(`${id}: start after end`);
        if (Number(r.start.slice(0, 4)) !== r.year) out.push(`${id}: start ${r.start} not in year ${String(r.year)}`);
        if ((Date.parse(r.end) - Date.parse(r.start)) / 86_400_000 > 4) out.push(`${id}: summit longer than 5 days`);
      }
    }
    if (isInt(r.year) && isStr(r.city) && !id.includes(String(r.year))) out.push(`${id}: id does not contain the year`);
  }
  out.push(...collisions(g.records, (r) => (r.names as string[]) ?? []).map((c) => `summit name in two summits: ${c}`));
  return out;
}

/** Ordinals of a series are 1..n, each once, and ordinal = year - offset when an offset is given. */
function checkOrdinals(g: Gazetteer, series: string, n: number, offset?: number): string[] {
  const out: string[] = [];
  const rs = g.records.filter((r) => r.series === series);
  const ords = rs.map((r) => r.ordinal).filter(isInt).sort((a, b) => a - b);
  const want = Array.from({ length: n }, (_, i) => i + 1);
  if (rs.length !== n || JSON.stringify(ords) !== JSON.stringify(want)) out.push(`${series}: ordinals ${ords.join(',')} (${rs.length} records), want 1..${n} once each`);
  if (offset !== undefined) {
    for (const r of rs) if (r.ordinal !== Number(r.year) - offset) out.push(`${String(r.id)}: ordinal ${String(r.ordinal)} != year - ${offset}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// initiatives and offices

function checkInitiatives(g: Gazetteer, countryIds: Set<string>): string[] {
  const out = checkCommon(g, ['aliases', 'acronyms']);
  for (const r of g.records) {
    const id = String(r.id);
    if (!isStr(r.name)) out.push(`${id}: missing name`);
    if (r.proposer !== null && !(typeof r.proposer === 'string' && countryIds.has(r.proposer))) out.push(`${id}: unknown proposer ${String(r.proposer)}`);
    if (r.year !== null && !(isInt(r.year) && r.year >= 1950 && r.year <= 2025)) out.push(`${id}: bad year ${String(r.year)}`);
    if (!INITIATIVE_TYPES.includes(String(r.type))) out.push(`${id}: bad type ${String(r.type)}`);
    out.push(...checkAcronyms(id, r.acronyms));
  }
  const forms = (r: Json) => [String(r.name), ...((r.aliases as string[]) ?? []), ...((r.acronyms as string[]) ?? [])];
  out.push(...collisions(g.records, forms).map((c) => `surface form in two initiatives: ${c}`));
  return out;
}

function checkOffices(g: Gazetteer): string[] {
  const out = checkCommon(g, ['variants']);
  for (const r of g.records) {
    const id = String(r.id);
    if (!isStr(r.title)) out.push(`${id}: missing title`);
    if (!OFFICE_SCOPES.includes(String(r.scope))) out.push(`${id}: bad scope ${String(r.scope)}`);
    if (!isInt(r.rank) || r.rank < 1 || r.rank > 5) out.push(`${id}: bad rank ${String(r.rank)}`);
  }
  out.push(...collisions(g.records, (r) => [String(r.title), ...((r.variants as string[]) ?? [])]).map((c) => `title in two offices: ${c}`));
  return out;
}

/** A surface form of one kind must not be a surface form of another kind (a country name as an organisation alias ...). */
function crossKindCollisions(files: Record<string, { g: Gazetteer; forms: (r: Json) => string[] }>): string[] {
  const owner = new Map<string, string>();
  const out: string[] = [];
  for (const [kind, { g, forms }] of Object.entries(files)) {
    for (const r of g.records) {
      for (const f of forms(r)) {
        const k = norm(f);
        const prev = owner.get(k);
        if (prev && !prev.startsWith(kind + ':')) out.push(`${f}: ${prev} and ${kind}:${String(r.id)}`);
        else owner.set(k, `${kind}:${String(r.id)}`);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const countries = load('countries.json');
const organisations = load('organisations.json');
const summits = load('summits.json');
const initiatives = load('initiatives.json');
const offices = load('offices.json');
const countryIds = new Set(countries.records.map((r) => String(r.id)));

describe('gazetteer: countries.json', () => {
  it('has well-formed, unique, sorted records and no surface form shared by two countries', () => {
    expect(checkCountries(countries)).toEqual([]);
  });
  it('covers the UN members, the two observer states, Taiwan and Kosovo', () => {
    expect(countries.records.length).toBeGreaterThanOrEqual(197);
    for (const id of ['holy-see', 'palestine', 'taiwan', 'kosovo', 'turkiye', 'united-states', 'united-kingdom']) expect(countryIds).toContain(id);
  });
  it('has exactly the ten SCO members of 2025', () => {
    expect(scoMembers(countries)).toEqual(SCO_MEMBERS_2025);
  });
  it('records the SCO enlargements and partners with their years', () => {
    const sco = (id: string) => countries.records.find((r) => r.id === id)?.sco as Json | null | undefined;
    expect(sco('india')).toMatchObject({ status: 'member', since: 2017 });
    expect(sco('pakistan')).toMatchObject({ status: 'member', since: 2017 });
    expect(sco('iran')).toMatchObject({ status: 'member', since: 2023 });
    expect(sco('belarus')).toMatchObject({ status: 'member', since: 2024 });
    expect(sco('mongolia')).toMatchObject({ status: 'observer', since: 2004 });
    expect(sco('afghanistan')).toMatchObject({ status: 'observer', since: 2012 });
    expect(sco('turkiye')).toMatchObject({ status: 'dialogue_partner', since: 2012 });
    expect(sco('united-states')).toBeNull();
  });
});

describe('gazetteer: organisations.json', () => {
  it('has well-formed, unique, sorted records with known countries', () => {
    expect(checkOrganisations(organisations, countryIds)).toEqual([]);
  });
  it('has the SCO and its national foreign ministries', () => {
    const ids = new Set(organisations.records.map((r) => String(r.id)));
    for (const id of ['sco', 'sco-secretariat', 'sco-rats', 'un', 'cica', 'eaeu', 'cpc', 'xinhua']) expect(ids).toContain(id);
    const mfas = organisations.records.filter((r) => r.type === 'ministry' && /Foreign|External/.test(String(r.name))).map((r) => r.country);
    for (const c of SCO_MEMBERS_2025) expect(mfas).toContain(c);
  });
});

describe('gazetteer: summits.json', () => {
  it('has well-formed, unique, sorted records whose host and city are known', () => {
    expect(checkSummits(summits, countries)).toEqual([]);
  });
  it('has every SCO heads-of-state meeting 2001-2026 once, ordinal = year - 2000', () => {
    expect(checkOrdinals(summits, 'sco_heads_of_state', 26, 2000)).toEqual([]);
  });
  it('has every SCO heads-of-government meeting 2001-2025 once (none in 2002), ordinal = year - 2001 from the 2nd', () => {
    expect(checkOrdinals(summits, 'sco_heads_of_government', 24)).toEqual([]);
    const off = summits.records.filter((r) => r.series === 'sco_heads_of_government' && r.ordinal !== (r.year === 2001 ? 1 : Number(r.year) - 2001));
    expect(off.map((r) => r.id)).toEqual([]);
  });
  it('numbers the CICA (1..6), BRICS (1..17, year - 2008) and Shanghai Five (1..5) summits', () => {
    expect(checkOrdinals(summits, 'cica', 6)).toEqual([]);
    expect(checkOrdinals(summits, 'brics', 17, 2008)).toEqual([]);
    expect(checkOrdinals(summits, 'shanghai_five', 5, 1995)).toEqual([]);
  });
  it('hosts SCO summits in SCO member states only, in the year they were members', () => {
    const bad = summits.records
      .filter((r) => r.series === 'sco_heads_of_state' || r.series === 'sco_heads_of_government')
      .filter((r) => {
        const sco = countries.records.find((c) => c.id === r.host)?.sco as Json | null | undefined;
        return !sco || sco.status !== 'member' || Number(sco.since) > Number(r.year);
      })
      .map((r) => r.id);
    expect(bad).toEqual([]);
  });
});

describe('gazetteer: initiatives.json', () => {
  it('has well-formed, unique, sorted records with known proposers', () => {
    expect(checkInitiatives(initiatives, countryIds)).toEqual([]);
  });
});

describe('gazetteer: offices.json', () => {
  it('has well-formed, unique, sorted records', () => {
    expect(checkOffices(offices)).toEqual([]);
  });
});

describe('gazetteer: across files', () => {
  it('no surface form is both a country and an organisation or initiative', () => {
    const nameForms = (r: Json) => [String(r.name), ...((r.aliases as string[]) ?? []), ...((r.acronyms as string[]) ?? [])];
    expect(
      crossKindCollisions({
        country: { g: countries, forms: countryForms },
        organisation: { g: organisations, forms: nameForms },
        initiative: { g: initiatives, forms: nameForms },
      }),
    ).toEqual([]);
  });
  it('every file is UTF-8 JSON with 2-space indentation and a final newline', () => {
    for (const f of ['countries.json', 'organisations.json', 'summits.json', 'initiatives.json', 'offices.json']) {
      const text = readFileSync(DIR + f, 'utf8');
      expect(text.endsWith('\n'), f).toBe(true);
      expect(text.split('\n')[1], f).toMatch(/^ {2}"/);
      expect(text.includes('\t'), f).toBe(false);
    }
  });
});

// The checks above must be able to fail: break clean copies of the data and make sure they notice.
describe('gazetteer checks catch broken data', () => {
  const clone = (g: Gazetteer): Gazetteer => JSON.parse(JSON.stringify(g)) as Gazetteer;
  const rec = (g: Gazetteer, id: string) => g.records.find((r) => r.id === id)!;

  it('a missing source, a duplicate id, unsorted records, duplicated aliases', () => {
    const g = clone(countries);
    delete rec(g, 'china').source;
    expect(checkCountries(g).join('\n')).toMatch(/china: missing source/);
    const h = clone(countries);
    h.records.push(JSON.parse(JSON.stringify(rec(h, 'china'))) as Json);
    expect(checkCountries(h).join('\n')).toMatch(/duplicate id|not sorted/);
    const s = clone(countries);
    s.records.reverse();
    expect(checkCountries(s).join('\n')).toMatch(/not sorted/);
    const d = clone(countries);
    (rec(d, 'russia').aliases as string[]).push('russian federation');
    expect(checkCountries(d).join('\n')).toMatch(/russia\.aliases: duplicates/);
  });
  it('a surface form given to two countries', () => {
    const g = clone(countries);
    (rec(g, 'pakistan').cities as string[]).push('Hyderabad');
    (rec(g, 'india').cities as string[]).push('Hyderabad');
    expect(checkCountries(g).join('\n')).toMatch(/hyderabad -> india, pakistan|hyderabad -> pakistan, india/);
  });
  it('a wrong SCO membership', () => {
    const g = clone(countries);
    rec(g, 'mongolia').sco = { status: 'member', since: 2024 };
    expect(scoMembers(g)).not.toEqual(SCO_MEMBERS_2025);
  });
  it('a missing, repeated or misnumbered SCO summit and an unknown host', () => {
    const g = clone(summits);
    g.records = g.records.filter((r) => r.id !== 'sco-2019-bishkek');
    expect(checkOrdinals(g, 'sco_heads_of_state', 25, 2000)).not.toEqual([]);
    const h = clone(summits);
    rec(h, 'sco-2018-qingdao').ordinal = 17;
    expect(checkOrdinals(h, 'sco_heads_of_state', 25, 2000)).not.toEqual([]);
    const k = clone(summits);
    rec(k, 'sco-2024-astana').host = 'atlantis';
    expect(checkSummits(k, countries).join('\n')).toMatch(/unknown host atlantis/);
    const c = clone(summits);
    rec(c, 'sco-2024-astana').city = 'Tashkent';
    expect(checkSummits(c, countries).join('\n')).toMatch(/not a city of kazakhstan/);
  });
  it('an unknown proposer or organisation country, a bad acronym', () => {
    const i = clone(initiatives);
    rec(i, 'bri').proposer = 'prc';
    expect(checkInitiatives(i, countryIds).join('\n')).toMatch(/unknown proposer prc/);
    const o = clone(organisations);
    rec(o, 'china-mfa').country = 'People\'s Republic of China';
    (rec(o, 'sco').acronyms as string[]).push('IT');
    const problems = checkOrganisations(o, countryIds).join('\n');
    expect(problems).toMatch(/china-mfa: unknown country/);
    expect(problems).toMatch(/acronym IT/);
  });
  it('a bad office rank or scope', () => {
    const g = clone(offices);
    rec(g, 'foreign-minister').rank = 0;
    rec(g, 'professor').scope = 'ivory_tower';
    const problems = checkOffices(g).join('\n');
    expect(problems).toMatch(/foreign-minister: bad rank/);
    expect(problems).toMatch(/professor: bad scope/);
  });
});
