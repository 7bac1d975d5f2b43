// The article's-summit primitive: which summit a sentence speaks of when it names one, refers back to one ("It", "The
// meeting"), or names none (the one the article reports on, its lead's), and the summit's record (its date, host and
// city). Attendance patterns read their summit here.
import type { Doc, Mention, Sentence } from '../document.ts';
import { BACK_NOUNS } from '../text/event-words.ts';

/** The summit mentions of a sentence that resolved to a gazetteer summit. */
export const summitsOf = (s: Sentence): Mention[] => s.mentions.filter((m) => m.kind === 'summit' && m.ref);

/** The gazetteer record of a summit mention. */
export function summitRecord(doc: Doc, m: Mention) {
  const id = m.summit?.id;
  return id ? doc.knowledge.summits.find((r) => r.id === id) : undefined;
}

/** How many sentences from the start of an article (headline, byline and dateline included) its lead may run. */
export const LEAD_SENTENCES = 6;

/** The summit an article reports on: the first one its lead names (cached per article). */
const focusOf = new WeakMap<Doc, { summit: Mention | undefined }>();
export function summitInFocus(doc: Doc): Mention | undefined {
  let f = focusOf.get(doc);
  if (!f) {
    f = { summit: undefined };
    for (const s of doc.sentences.slice(0, LEAD_SENTENCES)) {
      f.summit = summitsOf(s)[0];
      if (f.summit) break;
    }
    // a lead that names none ("The leaders … are meeting in Beijing"): the one summit the article names, if only one
    if (!f.summit) {
      const all = doc.sentences.flatMap(summitsOf);
      if (all.length && all.every((m) => m.ref === all[0].ref)) f.summit = all[0];
    }
    focusOf.set(doc, f);
  }
  return f.summit;
}

/**
 * The article's summit, when it can be the meeting a sentence reports as held: not one that begins more than two days
 * after the article's date ("The meeting was attended by …" in a report on the foreign ministers' meeting held in
 * preparation for the summit of the heads of state a month later).
 */
export function pastFocus(doc: Doc): Mention | undefined {
  const focus = summitInFocus(doc);
  const start = focus && summitRecord(doc, focus)?.start;
  const date = doc.article.date;
  if (!focus || !start || !date) return focus;
  return Date.parse(start) - Date.parse(date) > 2 * 86400000 ? undefined : focus;
}

/** The last summit mention in the two sentences before sentence `index`. */
export function lastSummitBefore(doc: Doc, index: number): Mention | undefined {
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const found = summitsOf(doc.sentences[i]);
    if (found.length) return found[found.length - 1];
  }
  return undefined;
}

/**
 * The summit a sentence opening with "It", "The meeting", "The expanded session" goes on about: the one named in the
 * two sentences before, else the one the article is about.
 */
export function backReference(doc: Doc, s: Sentence): Mention | undefined {
  const t = s.tokens;
  const opening = t[0]?.lower === 'it' || (t[0]?.lower === 'the' && (BACK_NOUNS.has(t[1]?.lower ?? '') || (!s.owner[1] && !s.owner[2] && BACK_NOUNS.has(t[2]?.lower ?? ''))));
  return opening ? lastSummitBefore(doc, s.index) ?? pastFocus(doc) : undefined;
}

/** The last summit the sentence names before token `at`, else the one it refers back to. */
export const summitBefore = (doc: Doc, s: Sentence, at: number): Mention | undefined => [...summitsOf(s)].reverse().find((m) => m.t1 <= at) ?? backReference(doc, s);

/** The summit the sentence names, else the one named in the two before, else the article's (when it can be past). */
export const summitAround = (doc: Doc, s: Sentence): Mention | undefined => summitsOf(s)[0] ?? lastSummitBefore(doc, s.index) ?? pastFocus(doc);

/** People in a `met` relation, by sentence (read once the meetings stage is done). */
const metPeople = new WeakMap<Doc, Map<number, Set<string>>>();
export function metIn(doc: Doc, sentence: number): ReadonlySet<string> {
  let bySentence = metPeople.get(doc);
  if (!bySentence) {
    bySentence = new Map();
    for (const h of doc.hits) {
      if (h.relation !== 'met') continue;
      let set = bySentence.get(h.sentence);
      if (!set) bySentence.set(h.sentence, (set = new Set()));
      set.add(h.source).add(h.target);
    }
    metPeople.set(doc, bySentence);
  }
  return bySentence.get(sentence) ?? NOBODY;
}
const NOBODY: ReadonlySet<string> = new Set();
