// Groups of leaders named by their countries: "the presidents of China, Russia and Kazakhstan signed …", "the heads of
// state from the six member countries of the SCO met …". A summit report names its attendees this way as often as by
// name; the people the article names elsewhere with the office of one of those countries are the group's members.
import type { Doc, Sentence } from '../document.ts';
import { countryList } from './helpers.ts';
import { GROUP_COUNTS } from '../text/function-words.ts';

/** The level of office a group names: heads of state ("presidents", "leaders") or of government ("prime ministers"). */
export type Level = 'state' | 'government';

/** Offices of each level (ids of data/gazetteer/offices.json). */
const OFFICES: Record<Level, ReadonlySet<string>> = {
  state: new Set(['president', 'king', 'emir', 'sultan', 'general-secretary', 'supreme-leader']),
  government: new Set(['prime-minister', 'premier', 'chancellor']),
};

export interface LeaderGroup {
  level: Level;
  /** country refs ("country:russia") */
  countries: Set<string>;
  /** the group noun's token and the token after the group */
  at: number;
  end: number;
}

/** The group noun at token k and its level: "presidents", "leaders", "heads of state", "prime ministers" … */
function groupNoun(s: Sentence, k: number): { level: Level; end: number } | undefined {
  const t = s.tokens;
  const w = t[k]?.lower;
  if (s.owner[k]) return undefined;
  if (w === 'presidents' || w === 'leaders') return { level: 'state', end: k + 1 };
  if (w === 'premiers') return { level: 'government', end: k + 1 };
  if (w === 'prime' && t[k + 1]?.lower === 'ministers') return { level: 'government', end: k + 2 };
  if (w === 'heads' && t[k + 1]?.lower === 'of' && (t[k + 2]?.lower === 'state' || t[k + 2]?.lower === 'states')) return { level: 'state', end: k + 3 };
  if (w === 'heads' && t[k + 1]?.lower === 'of' && t[k + 2]?.lower === 'government') return { level: 'government', end: k + 3 };
  return undefined;
}

/** The SCO's members in `year` (a founding member counts from 2001). */
function membersIn(doc: Doc, year: number): Set<string> {
  const out = new Set<string>();
  for (const c of doc.knowledge.countries.values()) if (c.sco?.status === 'member' && (c.sco.since ?? 2001) <= year) out.add(`country:${c.id}`);
  return out;
}

/**
 * The groups of leaders a sentence names by their countries: "presidents of China, Russia, …", "heads of state from
 * Kazakhstan, China and …", "leaders of Russia, China, and the four Central Asian states of Uzbekistan, …", "heads of
 * state from the six member countries of the SCO" (the members in `year`).
 */
export function leaderGroups(doc: Doc, s: Sentence, year: number | undefined): LeaderGroup[] {
  const out: LeaderGroup[] = [];
  for (let k = 0; k < s.tokens.length - 2; k++) {
    const g = leaderGroupAt(doc, s, k, year);
    if (g) out.push(g);
  }
  return out;
}

/** The group whose noun stands at token k ("presidents of China, Russia and …"), or undefined. */
export function leaderGroupAt(doc: Doc, s: Sentence, k: number, year: number | undefined): LeaderGroup | undefined {
  const t = s.tokens;
  const g = groupNoun(s, k);
  if (!g || !(t[g.end]?.lower === 'of' || t[g.end]?.lower === 'from')) return undefined;
  let j = g.end + 1;
  if (t[j]?.lower === 'the') j++;
  const countries = new Set<string>();
  let end = j;
  for (let part = 0; part < 3; part++) {
    const list = countryList(doc, s, end, 0);
    for (const m of list) countries.add(m.ref.startsWith('country:') ? m.ref : `country:${doc.knowledge.places.get(m.ref.slice(6))?.country}`);
    if (list.length) end = list[list.length - 1].t1;
    // "… and the four Central Asian states of Uzbekistan, …": a counted group of countries goes on with its own list
    let q = end;
    while (t[q] && (t[q].text === ',' || t[q].lower === 'and' || t[q].lower === 'the')) q++;
    if (!GROUP_COUNTS.has(t[q]?.lower ?? '')) break;
    let r = q + 1;
    while (r < t.length && r - q <= 4 && !/^(states|countries|nations|members)$/.test(t[r].lower)) r++;
    if (!/^(states|countries|nations|members)$/.test(t[r]?.lower ?? '')) break;
    // "the six member countries (of the SCO)": the members in that year
    if (t[r - 1]?.lower === 'member' && year) {
      for (const c of membersIn(doc, year)) countries.add(c);
      end = r + 1;
      if (t[end]?.lower === 'of' && s.owner[end + 1]?.ref === 'organisation:sco') end = s.owner[end + 1]!.t1;
      else if (t[end]?.lower === 'of' && t[end + 1]?.lower === 'the' && s.owner[end + 2]?.ref === 'organisation:sco') end = s.owner[end + 2]!.t1;
      break;
    }
    if (t[r + 1]?.lower !== 'of') break;
    end = r + 2;
  }
  return countries.size >= 2 ? { level: g.level, countries, at: k, end } : undefined;
}

/** The people of the article who hold an office of `level` for one of `countries` (not a former one). */
export function holdersOf(doc: Doc, group: LeaderGroup): string[] {
  const out = new Set<string>();
  for (const r of doc.roles) {
    if (!r.target || !group.countries.has(r.target) || /\b(former|ex|late|then|acting|first)\b/i.test(r.role)) continue;
    if (r.offices?.some((o) => OFFICES[group.level].has(o.replace(/^title:/, '')))) out.add(r.person);
  }
  return [...out].sort();
}
