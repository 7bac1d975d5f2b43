// Stage 8: short forms of people resolve to the full name used in the article ("Xi" → "Xi Jinping", "Mr Khan" → "Imran Khan");
// when two full names share the part, the one named most recently wins ("Zhang" after "Zhang Ming").
import type { Mention, Stage } from '../document.ts';

const parts = (name: string) => name.toLowerCase().split(/[\s-]+/).filter((p) => p.length > 1);

export const coreference: Stage = {
  name: 'coreference',
  run(doc) {
    const persons: Mention[] = [];
    for (const s of doc.sentences) for (const m of s.mentions) if (m.kind === 'person') persons.push(m);
    const full = persons.filter((m) => parts(m.text).length >= 2);
    const recent = new Map<string, Mention>(); // part → most recent full mention containing it
    for (const m of persons) {
      const p = parts(m.text);
      if (p.length >= 2) {
        for (const x of p) recent.set(x, m);
        continue;
      }
      if (p.length !== 1) continue;
      const target = recent.get(p[0]) ?? full.find((f) => parts(f.text).includes(p[0]));
      if (target) {
        m.ref = target.ref;
        m.label = target.label;
      }
    }
    for (const m of persons) doc.labels.set(m.ref, doc.labels.get(m.ref) && parts(doc.labels.get(m.ref)!).length >= parts(m.label ?? m.text).length ? doc.labels.get(m.ref)! : (m.label ?? m.text));
  },
};
