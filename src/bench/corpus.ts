// Synthetic SCO-news corpus for the benchmark: the seed articles' paragraphs and sentences recombined, with countries,
// cities, summit years/ordinals, office titles and news outlets swapped from the gazetteers and every person replaced
// by a synthetic name built from syllable tables. A fixed-seed PRNG makes the corpus identical on every run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles } from '../ingest/read-articles.ts';
import { splitSentences } from '../extract/text/sentences.ts';
import type { CountryRecord, Gazetteer, OfficeRecord, OrganisationRecord } from '../knowledge/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEED_DIR = join(ROOT, 'data/articles');
const GAZETTEER_DIR = join(ROOT, 'data/gazetteer');
const GOLD_FILE = join(ROOT, 'data/gold/seeds.gold.json');

// ---------------------------------------------------------------------------------------------------------------
// PRNG

/** sfc32: small, fast, good enough for text generation; same seed, same sequence. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------------------------
// Synthetic people: syllable tables by naming style (no real person's name is ever written whole)

type Style = 'pinyin' | 'turkic' | 'slavic' | 'persian' | 'indic' | 'arabic' | 'generic';

const SYL: Record<Style, { first: string[][]; family: string[][]; familyFirst?: boolean }> = {
  pinyin: {
    family: [['Bai', 'Dong', 'Fen', 'Gu', 'Jiao', 'Kong', 'Lan', 'Mei', 'Nie', 'Ou', 'Pan', 'Qiu', 'Rong', 'Song', 'Tao', 'Wu', 'Xue', 'Yan', 'Zou', 'Hou', 'Lei', 'Mo', 'Jiang', 'Ruan']],
    first: [['Jian', 'Ming', 'Xiao', 'Hai', 'Yu', 'Wen', 'Zhi', 'Li', 'Chun', 'Guo', 'Hong', 'Rui', 'Shu', 'Ying', 'Bo', 'Tian'], ['rong', 'tao', 'hua', 'lin', 'jun', 'feng', 'qing', 'yan', 'hao', 'wei', 'xin', 'lei', 'ning', 'bin', 'chao']],
    familyFirst: true,
  },
  turkic: {
    first: [['Nur', 'Ay', 'Er', 'Ka', 'Sa', 'Tal', 'Zha', 'Mu', 'Ba', 'Dau', 'Ser', 'Ul', 'As', 'Ye'], ['lan', 'bek', 'gul', 'zhan', 'mat', 'ra', 'dir', 'sul', 'lat', 'nar', 'bol', 'tay']],
    family: [['Tok', 'Sar', 'Kul', 'Bek', 'Nur', 'Zhu', 'Ab', 'Is', 'Ys', 'Kas', 'Ord', 'Tur', 'Ash'], ['tem', 'ba', 'ma', 'san', 'iy', 'al', 'ke', 'gar', 'mu', 'da'], ['ov', 'ev', 'bekov', 'ova', 'uly', 'yev', 'aliev', 'imov']],
  },
  slavic: {
    first: [['Vla', 'Se', 'Mi', 'Yu', 'Bo', 'Gle', 'Ko', 'Ar', 'Pa', 'Dmi', 'Ste', 'Ili', 'Ole', 'Na'], ['dis', 'rom', 'khei', 'ril', 'gor', 'tan', 'vel', 'slav', 'shan', 'tri', 'len', 'zar']],
    family: [['Kor', 'Vol', 'Bel', 'Mak', 'Zar', 'Lis', 'Grom', 'Kras', 'Nov', 'Pet', 'Sor', 'Tik', 'Dub'], ['ush', 'an', 'ich', 'eb', 'ol', 'ar', 'in', 'ev'], ['enko', 'ov', 'ovich', 'sky', 'in', 'ik', 'ova', 'yuk']],
  },
  persian: {
    first: [['Fa', 'Ra', 'Mo', 'Sa', 'Ja', 'Ha', 'Na', 'Ka', 'Da', 'Ba', 'Ze'], ['rid', 'him', 'hsen', 'mir', 'vad', 'mid', 'der', 'ran', 'yus', 'bak', 'shad']],
    family: [['Ka', 'Za', 'Ta', 'Ba', 'Ne', 'Ro', 'Sha', 'Ghe', 'Ma', 'Fe'], ['ri', 'he', 'va', 'ja', 'ba', 'shi', 'da'], ['mi', 'deh', 'ri', 'ni', 'fi', 'dian', 'zadeh', 'pour']],
  },
  indic: {
    first: [['Ra', 'Su', 'Vi', 'Ana', 'Pra', 'De', 'Ma', 'Ha', 'Ni', 'Ka', 'Sa', 'Ja'], ['jesh', 'nil', 'kram', 'nd', 'kash', 'v', 'dhav', 'rsh', 'khil', 'ran', 'mit', 'yant']],
    family: [['Sha', 'Ver', 'Ku', 'Re', 'Pa', 'Mis', 'Jo', 'Na', 'Ba', 'Cha', 'Di', 'Ga'], ['rma', 'ma', 'mar', 'ddy', 'tel', 'hra', 'shi', 'ir', 'nerjee', 'turvedi', 'xit', 'ndhi']],
  },
  arabic: {
    first: [['Kha', 'Fai', 'Ab', 'Ta', 'Sa', 'Na', 'Ha', 'Ma', 'Yu', 'Ra'], ['lid', 'sal', 'dul', 'riq', 'eed', 'bil', 'mad', 'jid', 'suf', 'shid']],
    family: [['Al-', 'Bin ', 'El-'], ['Ma', 'Qa', 'Ha', 'Sa', 'Za', 'Na', 'Ra', 'Ja'], ['sri', 'htani', 'shimi', 'udi', 'rouni', 'jjar', 'shid', 'ber']],
  },
  generic: {
    first: [['Lu', 'Ma', 'An', 'El', 'Te', 'Ro', 'Ca', 'Di', 'Fe', 'Gi', 'Ol'], ['ka', 'rin', 'dre', 'ias', 'ren', 'san', 'mil', 'len', 'ta', 'vo']],
    family: [['Bra', 'Kel', 'Mor', 'Sten', 'Var', 'Hol', 'Gre', 'Lin', 'Dra', 'Fol'], ['nd', 'sh', 'l', 'v', 'r', 'k'], ['ell', 'ang', 'ersen', 'ström', 'ović', 'escu', 'ani', 'ero']],
  },
};

const STYLE_OF: Record<string, Style> = {
  china: 'pinyin', taiwan: 'pinyin', singapore: 'pinyin', mongolia: 'turkic',
  kazakhstan: 'turkic', kyrgyzstan: 'turkic', uzbekistan: 'turkic', turkmenistan: 'turkic', azerbaijan: 'turkic', turkey: 'turkic',
  russia: 'slavic', belarus: 'slavic', ukraine: 'slavic', serbia: 'slavic', armenia: 'slavic', bulgaria: 'slavic', poland: 'slavic',
  iran: 'persian', tajikistan: 'persian', afghanistan: 'persian',
  india: 'indic', pakistan: 'indic', nepal: 'indic', 'sri-lanka': 'indic', bangladesh: 'indic', maldives: 'indic',
  'saudi-arabia': 'arabic', 'united-arab-emirates': 'arabic', qatar: 'arabic', egypt: 'arabic', bahrain: 'arabic', kuwait: 'arabic',
};
const STYLES: Style[] = ['pinyin', 'turkic', 'slavic', 'persian', 'indic', 'arabic', 'generic'];

export interface Person {
  full: string;
  family: string;
  given: string;
}

function syllables(r: Rand, table: string[][]): string {
  return table.map((t) => pick(r, t)).join('');
}

export function syntheticPerson(r: Rand, style: Style): Person {
  const t = SYL[style];
  const given = syllables(r, t.first);
  let family = syllables(r, t.family);
  if (style === 'arabic') family = family.replace(/(Al-|El-)(\w)/, (_, p: string, c: string) => p + c.toUpperCase());
  return { given, family, full: t.familyFirst ? `${family} ${given}` : `${given} ${family}` };
}

// ---------------------------------------------------------------------------------------------------------------
// Seed templates: paragraphs as literal text interleaved with slots

type Slot =
  | { t: 'lit'; s: string }
  | { t: 'person'; id: string; form: 'full' | 'family' | 'given' }
  | { t: 'country'; id: string; form: 'name' | 'demonym' }
  | { t: 'city'; id: string; country: string; capital: boolean }
  | { t: 'year'; y: number }
  | { t: 'yearRange'; y: number }
  | { t: 'ordinal'; n: number }
  | { t: 'office'; id: string; s: string }
  | { t: 'org'; id: string; type: string; s: string };

type Template = Slot[];

interface Gaz {
  countries: CountryRecord[];
  byId: Map<string, CountryRecord>;
  scoCountries: CountryRecord[];
  orgsByType: Map<string, OrganisationRecord[]>;
  offices: Map<string, OfficeRecord>;
  officesByClass: Map<string, OfficeRecord[]>;
}

const readGaz = <T>(file: string): T[] => (JSON.parse(readFileSync(join(GAZETTEER_DIR, file), 'utf8')) as Gazetteer<T>).records;

/** Organisation types whose names are swapped for another of the same type; others are kept as written. */
const SWAP_ORG_TYPES = new Set(['media', 'think_tank', 'university']);
/** Offices swapped for another of the same scope and rank (the generic ones, "President", "Minister", stay). */
const officeClass = (o: OfficeRecord) => (o.scope === 'government' && (o.rank === 2 || o.rank === 3) && o.id !== 'minister' ? `${o.scope}/${o.rank}` : undefined);
/** Seed surnames written family-name first (pinyin order). */
const FAMILY_FIRST = new Set(['Xi', 'Hua', 'Sun', 'Zhang', 'Guan', 'Zhao', 'Shi', 'Wang', 'Cui', 'Qian']);
/** Cities never swapped: "Shanghai" names the organisation and its "Shanghai Spirit". */
const KEEP_CITIES = new Set(['Shanghai']);

interface GoldEntity {
  id: string;
  type: string;
  names: string[];
}
interface GoldRelation {
  type: string;
  a: string;
  b: string;
}

interface SeedModel {
  lead: Template[];
  paragraphs: Template[];
  sentences: Template[];
  /** seed person id → the country they serve (from the gold affiliations), for the naming style */
  personCountry: Map<string, string>;
  /** every seed person's surface forms, for the leak check */
  realNames: string[];
  gaz: Gaz;
}

function loadGaz(): Gaz {
  const countries = readGaz<CountryRecord>('countries.json');
  const orgs = readGaz<OrganisationRecord>('organisations.json');
  const offices = readGaz<OfficeRecord>('offices.json');
  const orgsByType = new Map<string, OrganisationRecord[]>();
  for (const o of orgs) if (SWAP_ORG_TYPES.has(o.type)) orgsByType.set(o.type, [...(orgsByType.get(o.type) ?? []), o]);
  const officesByClass = new Map<string, OfficeRecord[]>();
  for (const o of offices) {
    const c = officeClass(o);
    if (c) officesByClass.set(c, [...(officesByClass.get(c) ?? []), o]);
  }
  return {
    countries,
    byId: new Map(countries.map((c) => [c.id, c])),
    scoCountries: countries.filter((c) => c.sco),
    orgsByType,
    offices: new Map(offices.map((o) => [o.id, o])),
    officesByClass,
  };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds the slot templates of the seed articles' paragraphs and sentences. */
function buildSeedModel(): SeedModel {
  const gaz = loadGaz();
  const gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as { entities: GoldEntity[]; relations: GoldRelation[] };
  const persons = gold.entities.filter((e) => e.type === 'person');
  const personCountry = new Map<string, string>();
  for (const r of gold.relations) {
    if (r.type !== 'affiliated_with') continue;
    const c = r.b.split('|').find((x) => gaz.byId.has(x));
    if (c && !personCountry.has(r.a)) personCountry.set(r.a, c);
  }

  // surface → slot factory, shared by every seed article (organisations, countries, cities, offices)
  const shared = new Map<string, (s: string) => Slot>();
  const add = (surface: string, f: (s: string) => Slot) => {
    if (surface && !shared.has(surface)) shared.set(surface, f);
  };
  for (const [type, list] of [...gaz.orgsByType].sort()) for (const o of list) for (const n of [o.name, ...o.aliases]) add(n, (s) => ({ t: 'org', id: o.id, type, s }));
  // every other organisation is protected as written (its country name stays: "Communist Party of China")
  for (const o of readGaz<OrganisationRecord>('organisations.json')) for (const n of [o.name, ...o.aliases, ...o.acronyms]) add(n, (s) => ({ t: 'lit', s }));
  for (const o of gaz.offices.values()) {
    if (!officeClass(o)) continue;
    for (const n of [o.title, ...o.variants]) if (/^\p{Lu}/u.test(n)) add(n, (s) => ({ t: 'office', id: o.id, s }));
  }
  for (const c of gaz.countries) {
    for (const n of [c.name, ...c.aliases]) add(n, () => ({ t: 'country', id: c.id, form: 'name' }));
    for (const d of c.demonyms) add(d, () => ({ t: 'country', id: c.id, form: 'demonym' }));
    for (const city of [...(c.capital ? [c.capital] : []), ...(c.cities ?? [])]) {
      if (KEEP_CITIES.has(city)) add(city, (s) => ({ t: 'lit', s }));
      else add(city, () => ({ t: 'city', id: city, country: c.id, capital: city === c.capital }));
    }
  }

  const realNames = new Set<string>();
  const lead: Template[] = [];
  const paragraphs: Template[] = [];
  const sentences: Template[] = [];
  const { articles } = readArticles(SEED_DIR);
  for (const a of articles) {
    // people of this article: full names, and the short forms (family name, given name) the text uses alone
    const local = new Map<string, (s: string) => Slot>();
    for (const p of persons) {
      // full names as written (not "President Xi Jinping"), and one-word hyphenated ones ("Amir-Abdollahian")
      const full = p.names.filter((n) => (!/^(President|Mr|Chinese|Mrs|Ms|Dr)\b/.test(n) && n.includes(' ')) || (n.includes('-') && !n.includes(' ')));
      for (const n of p.names) realNames.add(n.replace(/^(President|Mr|Chinese President|Chinese) /, ''));
      const single = p.names.filter((n) => !/[\s-]/.test(n));
      const present = full.some((n) => a.text.includes(n)) || single.some((n) => new RegExp(`(?<![\\p{L}])${escapeRe(n)}(?![\\p{L}])`, 'u').test(a.text));
      if (!present) continue;
      const label = p.names[0];
      const parts = label.split(' ');
      const familyFirst = FAMILY_FIRST.has(parts[0]);
      const family = familyFirst ? parts[0] : parts[parts.length - 1];
      const given = familyFirst ? parts.slice(1).join(' ') : parts[0];
      for (const n of full) if (!local.has(n)) local.set(n, () => ({ t: 'person', id: p.id, form: n.includes(' ') ? 'full' : 'family' }));
      if (!local.has(family)) local.set(family, () => ({ t: 'person', id: p.id, form: 'family' }));
      if (familyFirst && !local.has(given)) local.set(given, () => ({ t: 'person', id: p.id, form: 'given' }));
      for (const n of p.names) if (!n.includes(' ') && !local.has(n)) local.set(n, () => ({ t: 'person', id: p.id, form: 'family' }));
    }
    const table = new Map([...local, ...shared]);
    const alternatives = [...table.keys()].sort((x, y) => y.length - x.length || (x < y ? -1 : 1)).map(escapeRe);
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(${alternatives.join('|')})|(\\d{1,2})(?:st|nd|rd|th)|((?:19[89]|20[0-3])\\d)(?:-(\\d\\d)(?!\\d))?)(?![\\p{L}\\p{N}])`,
      'gu',
    );
    const toTemplate = (text: string): Template => {
      const out: Template = [];
      let last = 0;
      for (const m of text.matchAll(re)) {
        if (m.index! > last) out.push({ t: 'lit', s: text.slice(last, m.index) });
        if (m[1] !== undefined) out.push(table.get(m[1])!(m[1]));
        else if (m[2] !== undefined) out.push(Number(m[2]) >= 10 ? { t: 'ordinal', n: Number(m[2]) } : { t: 'lit', s: m[0] });
        else if (m[4] !== undefined) out.push({ t: 'yearRange', y: Number(m[3]) });
        else out.push({ t: 'year', y: Number(m[3]) });
        last = m.index! + m[0].length;
      }
      if (last < text.length) out.push({ t: 'lit', s: text.slice(last) });
      return out;
    };
    // the headline (first line) is left out: every generated article gets its own
    const lines = a.text.split('\n').slice(1).map((l) => l.trim()).filter((l) => l.split(/\s+/).length >= 8);
    lines.forEach((line, i) => {
      const tpl = toTemplate(line);
      (i === 0 ? lead : paragraphs).push(tpl);
      for (const sp of splitSentences(line)) {
        const s = line.slice(sp.start, sp.end);
        if (s.split(/\s+/).length >= 6) sentences.push(toTemplate(s));
      }
    });
  }
  return { lead, paragraphs, sentences, personCountry, realNames: [...realNames].filter((n) => n.length > 1), gaz };
}

// ---------------------------------------------------------------------------------------------------------------
// One generated article

const HEADLINES = [
  '{P} calls for deeper SCO cooperation ahead of {CITY} summit',
  '{C} to host {ORD} SCO summit in {CITY}',
  '{DEM} and {DEM2} leaders to meet on sidelines of SCO meeting',
  '{P} outlines {N}-point plan for SCO security cooperation',
  'SCO foreign ministers gather in {CITY} as {C} takes over the chair',
  '{C} pledges support for SCO development strategy',
  'Analysts see {CITY} summit as test for SCO expansion',
  '{P}: SCO must "stay true to the Shanghai Spirit"',
  '{DEM} delegation arrives in {CITY} for SCO talks',
  '{C} and {C2} sign agreements at {CITY} meeting',
  'What to expect from the {ORD} SCO summit',
  '{P} meets {P2} in {CITY}, discusses SCO agenda',
];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

class ArticleWriter {
  private countries = new Map<string, CountryRecord>();
  private usedCountries = new Set<string>();
  private cities = new Map<string, string>();
  private people = new Map<string, Person>();
  private usedFamilies = new Set<string>();
  private offices = new Map<string, OfficeRecord>();
  private orgs = new Map<string, OrganisationRecord>();
  readonly delta: number;

  constructor(private r: Rand, private m: SeedModel) {
    this.delta = int(r, -12, 1);
  }

  country(id: string): CountryRecord {
    let c = this.countries.get(id);
    if (!c) {
      const pool = this.r() < 0.75 ? this.m.gaz.scoCountries : this.m.gaz.countries;
      for (let k = 0; k < 20 && (!c || this.usedCountries.has(c.id)); k++) c = pick(this.r, pool);
      this.usedCountries.add(c!.id);
      this.countries.set(id, c!);
    }
    return c!;
  }

  city(seedCity: string, seedCountry: string, capital: boolean): string {
    let out = this.cities.get(seedCity);
    if (!out) {
      const c = this.country(seedCountry);
      const options = capital || !c.cities?.length ? [c.capital ?? c.name] : c.cities;
      out = pick(this.r, options);
      this.cities.set(seedCity, out);
    }
    return out;
  }

  person(id: string): Person {
    let p = this.people.get(id);
    if (!p) {
      const seedCountry = this.m.personCountry.get(id);
      const style = (seedCountry && STYLE_OF[this.country(seedCountry).id]) || pick(this.r, STYLES);
      for (let k = 0; k < 10 && (!p || this.usedFamilies.has(p.family)); k++) p = syntheticPerson(this.r, style);
      this.usedFamilies.add(p!.family);
      this.people.set(id, p!);
    }
    return p!;
  }

  fresh(): Person {
    return this.person(`extra:${this.people.size}`);
  }

  render(tpl: Template): string {
    let s = '';
    for (const x of tpl) {
      switch (x.t) {
        case 'lit':
          s += x.s;
          break;
        case 'person': {
          const p = this.person(x.id);
          s += x.form === 'full' ? p.full : x.form === 'given' ? p.given : p.family;
          break;
        }
        case 'country': {
          const c = this.country(x.id);
          s += x.form === 'demonym' ? c.demonyms[0] ?? c.name : c.name;
          break;
        }
        case 'city':
          s += this.city(x.id, x.country, x.capital);
          break;
        case 'year':
          s += String(x.y + this.delta);
          break;
        case 'yearRange':
          s += `${x.y + this.delta}-${String((x.y + this.delta + 1) % 100).padStart(2, '0')}`;
          break;
        case 'ordinal':
          s += ordinal(Math.max(1, x.n + this.delta));
          break;
        case 'office': {
          let o = this.offices.get(x.id);
          if (!o) {
            o = pick(this.r, this.m.gaz.officesByClass.get(officeClass(this.m.gaz.offices.get(x.id)!)!)!);
            this.offices.set(x.id, o);
          }
          const ofForm = /^(Minister|Secretary) of /.test(x.s);
          s += (ofForm && o.variants.find((v) => /^(Minister|Secretary) of /.test(v))) || o.title;
          break;
        }
        case 'org': {
          let o = this.orgs.get(x.id);
          if (!o) {
            o = pick(this.r, this.m.gaz.orgsByType.get(x.type)!);
            this.orgs.set(x.id, o);
          }
          s += o.name;
          break;
        }
      }
    }
    return s;
  }

  headline(): string {
    const year = 2024 + this.delta;
    const c = () => pick(this.r, this.m.gaz.scoCountries);
    const c1 = this.country('headline:1');
    const c2 = this.country('headline:2');
    return pick(this.r, HEADLINES)
      .replace('{P}', this.fresh().full)
      .replace('{P2}', this.fresh().full)
      .replace('{C}', c1.name)
      .replace('{C2}', c2.name)
      .replace('{DEM}', c1.demonyms[0] ?? c1.name)
      .replace('{DEM2}', c2.demonyms[0] ?? c2.name)
      .replace('{CITY}', c().capital ?? c1.name)
      .replace('{ORD}', ordinal(Math.max(1, year - 2000)))
      .replace('{N}', String(int(this.r, 3, 6)));
  }

  article(): string {
    const r = this.r;
    const year = 2024 + this.delta;
    const date =
      r() < 0.5
        ? `${year}-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`
        : `${pick(r, MONTH_NAMES)} ${int(r, 1, 28)}, ${year}`;
    const parts: string[] = [`${this.headline()} - ${date}`];
    const pool = this.m.paragraphs;
    const used = new Set<number>();
    parts.push(this.render(pick(r, this.m.lead)));
    const n = int(r, 3, 12);
    for (let i = 0; i < n; i++) {
      if (r() < 0.65) {
        let k = Math.floor(r() * pool.length);
        for (let tries = 0; used.has(k) && tries < 5; tries++) k = Math.floor(r() * pool.length);
        used.add(k);
        parts.push(this.render(pool[k]));
      } else {
        const sents = Array.from({ length: int(r, 2, 5) }, () => this.render(pick(r, this.m.sentences)));
        parts.push(sents.join(' '));
      }
    }
    if (r() < 0.3) parts.push(`The author is ${this.fresh().full}, ${pick(r, ['a researcher', 'director', 'a senior fellow', 'a columnist'])} at the ${pick(r, this.m.gaz.orgsByType.get('think_tank')!).name}.`);
    if (r() < 0.5) parts.push(`Source: ${pick(r, this.m.gaz.orgsByType.get('media')!).name}`);
    return parts.join(r() < 0.5 ? '\n\n' : '\n') + '\n';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The corpus

export interface CorpusOptions {
  dir: string;
  /** stop once this many bytes have been written */
  targetBytes: number;
  seed?: number;
}

export interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
}

/** Writes articles into `dir` (one .txt per article, a sub-folder per year) until `targetBytes` is reached. */
export function generateCorpus({ dir, targetBytes, seed = 0x5c0_2024 }: CorpusOptions): Corpus {
  const model = buildSeedModel();
  const r = prng(seed);
  const leak = new RegExp(`(?<![\\p{L}])(?:${model.realNames.sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\\p{L}]|['’]\\p{L}{2})`, 'u'); // "Xi's" leaks, the city "Xi'an" does not
  const files: string[] = [];
  let bytes = 0;
  const made = new Set<string>();
  for (let i = 0; bytes < targetBytes; i++) {
    const w = new ArticleWriter(r, model);
    const text = w.article();
    const hit = leak.exec(text);
    if (hit) throw new Error(`corpus generator leaked a seed person's name: "${hit[0]}" in article ${i}: …${text.slice(Math.max(0, hit.index - 60), hit.index + 60)}…`);
    const folder = String(2024 + w.delta);
    if (!made.has(folder)) {
      mkdirSync(join(dir, folder), { recursive: true });
      made.add(folder);
    }
    const rel = `${folder}/${String(i).padStart(5, '0')}_${Math.floor(r() * 0xffffffff).toString(16).padStart(8, '0')}.txt`;
    writeFileSync(join(dir, rel), text);
    files.push(rel);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files: files.sort(), bytes };
}
