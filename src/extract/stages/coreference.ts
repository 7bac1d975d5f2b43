// The coreference stage: short forms of people resolve to the full name used in the article ("Xi" → "Xi Jinping", "Mr Khan" → "Imran Khan");
// when two full names share the part, the one named most recently wins ("Zhang" after "Zhang Ming"). A first name with
// a patronymic, the Russian form of address ("dear Aleksandr Grigoryevich"), is the one person of the article with
// that first name.
import type { Mention, Stage } from '../document.ts';
import { isPatronymic } from '../text/words.ts';

const parts = (name: string) => name.toLowerCase().split(/[\s-]+/).filter((p) => p.length > 1);

/**
 * "Aleksandr Grigoryevich" → the one other person whose name holds "Aleksandr" (and that patronymic, if it has one).
 * `owners` caches, per mention text, the people that text could address (ref → their last full mention), so an
 * article naming the same person thousands of times costs linear time.
 */
function addressedBy(m: Mention, full: Mention[], owners: Map<string, Map<string, Mention> | undefined>): Mention | undefined {
  if (!owners.has(m.text)) owners.set(m.text, candidatesFor(m.text, full));
  const refs = owners.get(m.text);
  if (!refs) return undefined;
  const others = refs.size - (refs.has(m.ref) ? 1 : 0);
  if (others !== 1) return undefined;
  for (const [ref, f] of refs) if (ref !== m.ref) return f;
  return undefined;
}

/** Every person (ref → last full mention) whose name holds the first name of `text`, a first name and patronymic. */
function candidatesFor(text: string, full: Mention[]): Map<string, Mention> | undefined {
  const p = parts(text);
  if (p.length !== 2 || !isPatronymic(p[1])) return undefined;
  const refs = new Map<string, Mention>();
  for (const f of full) {
    const q = parts(f.text);
    const otherPatronymic = q.some((x) => x !== p[1] && isPatronymic(x));
    if (q.includes(p[0]) && !otherPatronymic && !(q.length === 2 && isPatronymic(q[1]))) refs.set(f.ref, f);
  }
  return refs;
}

export const coreference: Stage = {
  name: 'coreference',
  requires: ['people'],
  provides: ['coreference'],
  run(doc) {
    const persons: Mention[] = [];
    for (const s of doc.sentences) for (const m of s.mentions) if (m.kind === 'person') persons.push(m);
    // an initialled name ("S Jaishankar", "S. Aziz") is as full as the article gets: a lone "Jaishankar" is that person
    const initialled = (m: Mention) => parts(m.text).length === 1 && /^\p{Lu}[\p{Ll}]?\.?\s*\p{Lu}/u.test(m.text) && m.text.split(/[\s.]+/).filter(Boolean).length >= 2;
    const full = persons.filter((m) => parts(m.text).length >= 2 || initialled(m));
    const owners = new Map<string, Map<string, Mention> | undefined>();
    for (const m of full) {
      const target = addressedBy(m, full, owners);
      if (target) {
        m.ref = target.ref;
        m.label = target.label;
      }
    }
    const recent = new Map<string, Mention>(); // part → most recent full mention containing it
    const first = new Map<string, Mention>(); // part → first full mention containing it
    for (const f of full) for (const x of parts(f.text)) if (!first.has(x)) first.set(x, f);
    for (const m of persons) {
      const p = parts(m.text);
      if (p.length >= 2 || initialled(m)) {
        for (const x of p) recent.set(x, m);
        continue;
      }
      if (p.length !== 1) continue;
      const target = recent.get(p[0]) ?? first.get(p[0]);
      if (target) {
        m.ref = target.ref;
        m.label = target.label;
      }
    }
    for (const m of persons) doc.labels.set(m.ref, doc.labels.get(m.ref) && parts(doc.labels.get(m.ref)!).length >= parts(m.label ?? m.text).length ? doc.labels.get(m.ref)! : (m.label ?? m.text));
  },
};
